import { type CauseId, isCauseId, type OutcomeId } from './causes';
import { exploreFrom, routeTarget } from './explore';
import { type FactKey, type Facts, UNKNOWN } from './facts';
import { factAskedAt, QUESTION_IDS } from './replay';

/**
 * Ranks the causes still possible for what is known. The machine decides which causes are still
 * reachable; this table only orders them. Priors follow how often each cause turns up behind a
 * 502 (the seeds' "likelihood" column and common incident experience); each known fact multiplies
 * the weight of the causes it makes more (or less) likely.
 */

export type Likelihood = 'high' | 'medium' | 'low';
export type RankedCause = { id: OutcomeId; likelihood: Likelihood; weight: number };

const PRIOR: Record<CauseId, number> = {
  'site-outage': 50,
  'transient-blip': 25,
  'browser-cache': 6,
  'browser-extension': 4,
  'local-dns': 4,
  'vpn-or-proxy': 4,
  'local-network': 4,
  'upstream-down': 30,
  'app-fatal-error': 14,
  'resource-exhaustion': 12,
  'upstream-overloaded': 10,
  'upstream-timeout': 10,
  'wrong-upstream-target': 10,
  'no-healthy-upstream': 8,
  'proxy-config-error': 8,
  'socket-or-permission': 6,
  'firewall-block': 6,
  'tls-mismatch': 6,
  'premature-close': 6,
  'malformed-response': 4,
  'dns-resolution': 4,
  'cdn-edge-issue': 4,
  'header-too-large': 3,
  'provider-infrastructure': 4,
};

type Evidence = { fact: FactKey; values: string[]; multiply: Partial<Record<CauseId, number>> };

const EVIDENCE: Evidence[] = [
  { fact: 'recentChange', values: ['deploy'], multiply: { 'app-fatal-error': 3, 'upstream-down': 2, 'wrong-upstream-target': 2, 'no-healthy-upstream': 2, 'malformed-response': 1.5 } },
  { fact: 'recentChange', values: ['config'], multiply: { 'proxy-config-error': 4, 'wrong-upstream-target': 2.5, 'socket-or-permission': 2, 'tls-mismatch': 2, 'header-too-large': 1.5 } },
  { fact: 'recentChange', values: ['migration'], multiply: { 'dns-resolution': 5, 'firewall-block': 2.5, 'tls-mismatch': 2, 'socket-or-permission': 1.5 } },
  { fact: 'traffic', values: ['spike'], multiply: { 'upstream-overloaded': 5, 'resource-exhaustion': 3, 'upstream-timeout': 2 } },
  { fact: 'pattern', values: ['intermittent'], multiply: { 'upstream-overloaded': 2, 'premature-close': 3, 'resource-exhaustion': 2, 'upstream-timeout': 2, 'no-healthy-upstream': 1.5, 'proxy-config-error': 0.3, 'wrong-upstream-target': 0.3, 'socket-or-permission': 0.3 } },
  { fact: 'pattern', values: ['constant'], multiply: { 'upstream-down': 2, 'wrong-upstream-target': 2, 'proxy-config-error': 2, 'socket-or-permission': 2, 'firewall-block': 2, 'premature-close': 0.4, 'upstream-overloaded': 0.4 } },
  { fact: 'scope', values: ['some'], multiply: { 'no-healthy-upstream': 2, 'cdn-edge-issue': 2, 'premature-close': 1.5, 'dns-resolution': 1.5 } },
  { fact: 'hosting', values: ['shared'], multiply: { 'provider-infrastructure': 4, 'app-fatal-error': 2, 'resource-exhaustion': 1.5 } },
  { fact: 'hosting', values: ['kubernetes'], multiply: { 'no-healthy-upstream': 2, 'wrong-upstream-target': 1.5 } },
  { fact: 'hosting', values: ['serverless'], multiply: { 'malformed-response': 5, 'upstream-timeout': 2 } },
  { fact: 'hosting', values: ['paas'], multiply: { 'wrong-upstream-target': 2, 'resource-exhaustion': 1.5 } },
  { fact: 'cms', values: ['wordpress'], multiply: { 'app-fatal-error': 2.5 } },
  { fact: 'runtime', values: ['php-fpm'], multiply: { 'socket-or-permission': 2, 'upstream-overloaded': 1.5 } },
  { fact: 'runtime', values: ['node'], multiply: { 'premature-close': 1.5 } },
  { fact: 'cdn', values: ['cloudflare', 'cloudfront', 'fastly', 'akamai', 'other'], multiply: { 'firewall-block': 1.5, 'tls-mismatch': 1.5 } },
  { fact: 'errorSource', values: ['cdn'], multiply: { 'cdn-edge-issue': 4, 'firewall-block': 3, 'tls-mismatch': 3, 'dns-resolution': 2 } },
  { fact: 'errorSource', values: ['load-balancer'], multiply: { 'no-healthy-upstream': 4, 'premature-close': 3, 'tls-mismatch': 2 } },
  { fact: 'cdnBypass', values: ['works'], multiply: { 'firewall-block': 2, 'tls-mismatch': 2 } },
  { fact: 'serviceStatus', values: ['stopped', 'restarting'], multiply: { 'upstream-down': 4, 'resource-exhaustion': 3, 'app-fatal-error': 2 } },
  { fact: 'directCurl', values: ['ok'], multiply: { 'wrong-upstream-target': 3, 'proxy-config-error': 3, 'tls-mismatch': 2, 'firewall-block': 2, 'upstream-down': 0.2 } },
  { fact: 'resources', values: ['memory', 'cpu', 'disk'], multiply: { 'resource-exhaustion': 10 } },
  { fact: 'logSignal', values: ['connection-refused'], multiply: { 'upstream-down': 4, 'wrong-upstream-target': 3 } },
  { fact: 'logSignal', values: ['prematurely-closed', 'reset-by-peer'], multiply: { 'premature-close': 4, 'resource-exhaustion': 2, 'app-fatal-error': 2 } },
  { fact: 'appLog', values: ['fatal-error', 'memory-limit'], multiply: { 'app-fatal-error': 10 } },
];

function weightOf(cause: CauseId, facts: Facts): number {
  let weight = PRIOR[cause];
  for (const { fact, values, multiply } of EVIDENCE) {
    const value = facts[fact];
    if (value !== undefined && values.includes(value)) weight *= multiply[cause] ?? 1;
  }
  return weight;
}

/** Facts that say something: "Not sure" answers carry no evidence and rule nothing out. */
export function knownFacts(facts: Facts): Facts {
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== UNKNOWN)) as Facts;
}

function likelihoodOf(share: number): Likelihood {
  if (share >= 0.5) return 'high';
  if (share >= 0.2) return 'medium';
  return 'low';
}

/**
 * The causes the known facts route to directly: some question asking one of these facts, answered
 * with its value, leads straight to the cause (logSignal=no-such-file → socket-or-permission).
 * Read from the machine's own route table, so ranking never disagrees with routing.
 */
function decidedBy(facts: Facts): Set<OutcomeId> {
  const decided = new Set<OutcomeId>();
  for (const step of QUESTION_IDS) {
    const fact = factAskedAt(step);
    const value = fact ? facts[fact] : undefined;
    if (value === undefined || value === UNKNOWN) continue;
    const target = routeTarget(step, facts, value);
    if (isCauseId(target)) decided.add(target);
  }
  return decided;
}

/**
 * Ranks the given outcomes for the facts: redirect outcomes as certain, then the causes the
 * evidence routes to (at least "medium", "high" when only one), then the rest by weight.
 */
export function rankOutcomes(outcomes: Iterable<OutcomeId>, facts: Facts): RankedCause[] {
  const known = knownFacts(facts);
  const weighted = [...outcomes].map((id) => ({ id, weight: isCauseId(id) ? weightOf(id, known) : 0 }));
  const causes = weighted.filter((c) => c.weight > 0);
  const total = causes.reduce((sum, c) => sum + c.weight, 0);
  const decided = decidedBy(known);
  const floor: Likelihood = causes.filter((c) => decided.has(c.id)).length === 1 ? 'high' : 'medium';
  const ranked = causes
    .map((c) => {
      const likelihood = likelihoodOf(c.weight / total);
      return { ...c, likelihood: decided.has(c.id) && likelihood !== 'high' ? floor : likelihood };
    })
    .sort((a, b) => Number(decided.has(b.id)) - Number(decided.has(a.id)) || b.weight - a.weight || a.id.localeCompare(b.id));
  const redirects = weighted.filter((c) => c.weight === 0).map((c) => ({ ...c, likelihood: 'high' as const }));
  return [...redirects, ...ranked];
}

/** The causes still possible at `step`, ranked, given what is known so far. */
export function stillPossible(step: string, facts: Facts): RankedCause[] {
  return rankOutcomes(exploreFrom(step, facts).outcomes.keys(), facts);
}

/**
 * How sure a diagnosis is: every outcome the facts that say something still allow, ranked, with
 * the reached outcome first (the machine has read the evidence in order; the weights only say how
 * strongly the rest of what is known agrees).
 */
export function rankDiagnosis(outcome: OutcomeId, facts: Facts): RankedCause[] {
  const possible = rankOutcomes(exploreFrom('role', knownFacts(facts)).outcomes.keys(), facts);
  const reached = possible.find((c) => c.id === outcome) ?? { id: outcome, weight: 0, likelihood: 'low' as const };
  return [reached, ...possible.filter((c) => c.id !== outcome)];
}

/** How many other causes the "Did that fix it?" path moves through before escalating. */
export const MAX_CAUSES_TRIED = 3;

/**
 * The cause to show after the owner tried the fixes of `causesTried` causes without success: the
 * next one in the ranking, and after MAX_CAUSES_TRIED (or when nothing else is possible),
 * escalation to the provider or on-call with the evidence.
 */
export function causeAfterTries(outcome: OutcomeId, facts: Facts): { id: OutcomeId; tried: OutcomeId[] } {
  const tries = Number(facts.causesTried ?? 0);
  if (!tries || !isCauseId(outcome)) return { id: outcome, tried: [] };
  const candidates = rankDiagnosis(outcome, facts)
    .map((c) => c.id)
    .filter((id) => id !== 'provider-infrastructure');
  const next = tries < MAX_CAUSES_TRIED ? candidates[tries] : undefined;
  return { id: next ?? 'provider-infrastructure', tried: candidates.slice(0, tries) };
}
