import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { ownerJourneys, visitorJourneys, type Journey } from '@/e2e/journeys';
import { type Facts, serializeFacts } from '@/machines/facts';
import { replayToOutcome } from '@/machines/replay';

/**
 * The named journeys (e2e/journeys.ts) and every step URL they pass through, from the first
 * question to the outcome, computed by the machine's own replay (a missing fact is "Not sure",
 * as e2e's walk() answers). Visitor URLs carry device, os and browser facts, as the pages' links
 * do once scripts run, so none of them goes through proxy.ts's one-time redirect. The result goes
 * to the file named by BENCH_OUT, for scripts/bench.mjs (plain JavaScript, which cannot import
 * TypeScript on Node 20).
 */
const VISITOR_CLIENT: Facts = { device: 'desktop', os: 'linux', browser: 'chrome' };

function stepUrls(journey: Journey): string[] {
  const { path } = replayToOutcome(journey.facts);
  const urls: string[] = [];
  let facts: Facts = {};
  for (let i = 0; i <= path.length; i++) {
    const withClient = facts.role === 'visitor' ? { ...facts, ...VISITOR_CLIENT } : facts;
    const query = serializeFacts(withClient);
    urls.push(query ? `/diagnose?${query}` : '/diagnose');
    if (i < path.length) facts = { ...facts, [path[i].fact]: path[i].value };
  }
  return urls;
}

it('lists the journeys and their step URLs', () => {
  const describe = (journey: Journey) => ({ name: journey.name, facts: journey.facts, outcome: journey.outcome, urls: stepUrls(journey) });
  const result = { owner: ownerJourneys.map(describe), visitor: visitorJourneys.map(describe) };
  if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, JSON.stringify(result));
});
