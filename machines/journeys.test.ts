import { describe, expect, it } from 'vitest';
import { journeys, ownerJourneys } from '../e2e/journeys';
import { diagnose } from './diagnose';
import { FACT_VALUES } from './facts';
import { replayToOutcome } from './replay';

// Facts that only choose which instructions to show; no question asks them.
const DISPLAY_FACTS = new Set(['device', 'os', 'browser']);

describe('named journeys', () => {
  for (const journey of journeys) {
    it(`${journey.name} → ${journey.outcome}`, () => {
      const reached = replayToOutcome(journey.facts);
      expect(reached.step).toBe(journey.outcome);
      // Every answer in the fixture is asked on the way: a journey says exactly what a person does.
      const asked = new Set(reached.path.map((visit) => visit.fact));
      const unused = Object.keys(journey.facts).filter((key) => !asked.has(key as never) && !DISPLAY_FACTS.has(key));
      expect(unused).toEqual([]);
    });
  }

  it('cover every hosting model, with and without a CDN and a load balancer', () => {
    const hosting = new Set(ownerJourneys.map((j) => j.facts.hosting));
    expect([...FACT_VALUES.hosting].filter((h) => !hosting.has(h))).toEqual([]);
    expect(ownerJourneys.some((j) => j.facts.cdn === 'none')).toBe(true);
    expect(ownerJourneys.some((j) => j.facts.cdn && j.facts.cdn !== 'none')).toBe(true);
    expect(ownerJourneys.some((j) => j.facts.loadBalancer === 'none')).toBe(true);
    expect(ownerJourneys.some((j) => j.facts.loadBalancer && j.facts.loadBalancer !== 'none')).toBe(true);
    expect(ownerJourneys.length).toBeGreaterThanOrEqual(25);
  });
});

describe('diagnose (the API)', () => {
  it('answers site-outage for a visitor whose refresh failed and who sees it down for everyone', () => {
    const result = diagnose({ role: 'visitor', statusCode: '502', refresh: 'not-fixed', downForEveryone: 'yes' });
    expect(result.outcome).toBe('site-outage');
    expect(result.path).toEqual(['role', 'statusCode', 'refresh', 'downForEveryone', 'site-outage']);
    expect(result.questionsAsked).toBe(4);
    expect(result.causes[0]).toEqual({ id: 'site-outage', likelihood: 'high' });
  });

  it('answers socket-or-permission for nginx + php-fpm with "No such file" in the log, with causes ranked', () => {
    const result = diagnose({ role: 'owner', hosting: 'vps', proxy: 'nginx', runtime: 'php-fpm', logSignal: 'no-such-file' });
    expect(result.outcome).toBe('socket-or-permission');
    expect(result.causes[0].id).toBe('socket-or-permission');
    expect(result.questionsAsked).toBe(result.path.length - 1);
    expect(result.questionsAsked).toBeGreaterThan(5);
  });

  it('answers every question "Not sure" when given nothing, and still reaches an outcome', () => {
    const result = diagnose({});
    expect(result.path.at(-1)).toBe(result.outcome);
    expect(result.causes.length).toBeGreaterThan(1);
  });

  it('ranks alternatives for what is known, most likely first', () => {
    const { causes } = diagnose({ role: 'owner', statusCode: '502', hosting: 'vps', pattern: 'intermittent', traffic: 'spike' });
    const ids = causes.map((c) => c.id);
    expect(ids.indexOf('upstream-overloaded')).toBeLessThan(ids.indexOf('proxy-config-error'));
    expect(ids).not.toContain('site-outage');
  });
});
