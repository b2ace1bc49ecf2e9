import { describe, expect, it } from 'vitest';
import { FACT_VALUES, isFactKey, isFactValue } from '@/machines/facts';
import { analyze } from '.';
import { RULES } from './rules';
import { SAMPLES } from './test-samples';

// Every vendor id a rule may report: DESIGN.md's list, plus the ones added here (each a real
// layer someone might see: Railway, the Varnish cache, ingress-nginx's own name).
const VENDORS = new Set([
  'cloudflare',
  'cloudfront',
  'fastly',
  'akamai',
  'varnish',
  'aws-alb',
  'aws-elb',
  'gcp-lb',
  'azure-app-gateway',
  'azure-front-door',
  'nginx',
  'apache',
  'haproxy',
  'caddy',
  'traefik',
  'envoy',
  'iis',
  'heroku',
  'vercel',
  'netlify',
  'render',
  'fly',
  'ingress-nginx',
  'aws-api-gateway',
  'railway',
]);
const LAYERS = new Set(['browser', 'cdn', 'load-balancer', 'reverse-proxy', 'platform', 'application']);

describe('the rule table', () => {
  it('has unique ids', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s is well formed', (_id, rule) => {
    // A citation: a URL, or `owner/repo: path` of the source file the wording comes from.
    expect(rule.source).toMatch(/^https:\/\/\S+$|^[\w.-]+\/[\w.-]+: \S+$/);
    expect(rule.meaning.length).toBeGreaterThan(20);
    // Literal anchors, at least one, none empty.
    expect(rule.anchors.length).toBeGreaterThan(0);
    for (const anchor of rule.anchors) expect(anchor.replace(/^\^/, '').length).toBeGreaterThan(2);
    // Patterns keep no state between lines.
    expect(rule.pattern.global || rule.pattern.sticky).toBe(false);
    for (const [key, value] of Object.entries(rule.facts ?? {})) {
      expect(isFactKey(key), key).toBe(true);
      if (isFactKey(key)) expect(isFactValue(key, value), `${key}=${value}`).toBe(true);
    }
    if (rule.layer) expect(LAYERS.has(rule.layer)).toBe(true);
    if (rule.vendor) expect(VENDORS.has(rule.vendor), rule.vendor).toBe(true);
  });

  it('has a sample for every rule, and no sample for a rule that does not exist', () => {
    const sampled = new Set(SAMPLES.map(([rule]) => rule));
    expect(RULES.map((r) => r.id).filter((id) => !sampled.has(id))).toEqual([]);
    expect([...sampled].filter((id) => !RULES.some((r) => r.id === id))).toEqual([]);
  });
});

describe('every rule fires on its sample', () => {
  it.each(SAMPLES)('%s', (rule, text) => {
    const analysis = analyze(text);
    const signal = analysis.signals.find((s) => s.rule === rule);
    expect(signal, analysis.signals.map((s) => s.rule).join(', ')).toBeDefined();
    // The signal's facts stay inside the vocabulary.
    for (const [key, value] of Object.entries(signal?.facts ?? {})) {
      expect(isFactKey(key) && (FACT_VALUES[key] as readonly string[]).includes(value as string)).toBe(true);
    }
  });
});
