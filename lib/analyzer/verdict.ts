import { type FactKey, type Facts, isFactKey, isFactValue, sortFacts } from '@/machines/facts';
import { isContext, RESPONDER } from './rule';
import type { Hit, RuleFindings } from './scan';
import type { Analysis, Layer, Signal } from './types';

/** The `errorSource` answer for the layer that returned the 502. */
const ERROR_SOURCE: Record<Layer, Facts['errorSource']> = {
  browser: undefined,
  cdn: 'cdn',
  'load-balancer': 'load-balancer',
  'reverse-proxy': 'proxy',
  platform: 'platform',
  application: 'application',
};

/** Facts that say *why* (not just what or who): with one of these, the evidence diagnoses something. */
const DIAGNOSTIC: readonly FactKey[] = [
  'logSignal',
  'appLog',
  'resources',
  'podStatus',
  'platformLog',
  'functionLog',
  'tls',
  'dns',
  'healthChecks',
  'serviceEndpoints',
  'directCurl',
  'proxyConfigTest',
];

/** Facts about the stack: the layer that wrote the response knows its own stack best. */
const STACK: readonly FactKey[] = ['proxy', 'cdn', 'loadBalancer', 'hosting'];

const STATUS_LINE_RULES = new Set(['http.status-502', 'http.status-error', 'http.status-ok']);

/** The facts of a hit, without empty values and without anything outside the vocabulary. */
function cleanFacts(facts: Facts): Facts {
  const clean: Record<string, string> = {};
  for (const [key, value] of Object.entries(facts)) {
    if (value !== undefined && isFactKey(key) && isFactValue(key, value)) clean[key] = value;
  }
  return clean as Facts;
}

function toSignal(hit: Hit, count: number): Signal {
  const signal: Signal = {
    rule: hit.rule.id,
    line: hit.line,
    text: hit.text,
    meaning: hit.meaning,
    facts: cleanFacts(hit.facts),
    source: hit.rule.source,
  };
  if (hit.layer) signal.layer = hit.layer;
  if (hit.vendor) signal.vendor = hit.vendor;
  signal.count = count;
  return signal;
}

type Candidate = { value: string; weight: number; count: number; line: number };

function better(a: Candidate, b: Candidate): boolean {
  if (a.weight !== b.weight) return a.weight > b.weight;
  if (a.count !== b.count) return a.count > b.count;
  return a.line < b.line;
}

/**
 * The status the evidence shows. A status line is the response's own word: a 502 anywhere among
 * them wins (curl -L prints redirects first), else the first error code. Without an error status
 * line, other evidence (a page headline, an access or load-balancer log) decides, 502 first.
 * `success` is true when the only statuses seen are successes or redirects.
 */
function statusOf(findings: RuleFindings[]): { statusCode: Facts['statusCode']; success: boolean } {
  const byId = new Map(findings.map((f) => [f.rule.id, f]));
  if (byId.has('http.status-502')) return { statusCode: '502', success: false };
  const error = byId.get('http.status-error');
  if (error) return { statusCode: cleanFacts(error.hits[0].facts).statusCode, success: false };
  let best: Candidate | undefined;
  for (const finding of findings) {
    if (STATUS_LINE_RULES.has(finding.rule.id)) continue;
    for (const hit of finding.hits) {
      const value = cleanFacts(hit.facts).statusCode;
      if (!value) continue;
      const candidate = { value, weight: value === '502' ? Number.POSITIVE_INFINITY : hit.weight, count: finding.count, line: hit.line };
      if (!best || better(candidate, best)) best = candidate;
    }
  }
  if (best) return { statusCode: best.value as Facts['statusCode'], success: false };
  return { statusCode: undefined, success: byId.has('http.status-ok') };
}

/** The hit that best names who wrote the response: the strongest responder, then the earliest. */
function responderOf(findings: RuleFindings[]): Hit | undefined {
  const cleared = new Set(findings.flatMap((f) => f.hits.map((h) => h.clears)).filter((v): v is string => Boolean(v)));
  let best: Hit | undefined;
  for (const finding of findings) {
    for (const hit of finding.hits) {
      if (hit.responder <= 0 || !hit.layer || (hit.vendor && cleared.has(hit.vendor))) continue;
      if (!best || hit.responder > best.responder || (hit.responder === best.responder && hit.line < best.line)) best = hit;
    }
  }
  return best;
}

/**
 * One value per fact. The responder's own stack facts come first (nginx in front of Apache is
 * "proxy=nginx"); otherwise the most specific evidence wins, then the most frequent, then the first.
 */
function mergeFacts(findings: RuleFindings[], responder: Hit | undefined): Facts {
  const chosen = new Map<FactKey, Candidate>();
  for (const finding of findings) {
    for (const hit of finding.hits) {
      for (const [key, value] of Object.entries(cleanFacts(hit.facts)) as [FactKey, string][]) {
        if (key === 'statusCode' || key === 'errorSource') continue;
        const candidate = { value, weight: hit.weight, count: finding.count, line: hit.line };
        const current = chosen.get(key);
        if (!current || better(candidate, current)) chosen.set(key, candidate);
      }
    }
  }
  const facts: Record<string, string> = {};
  for (const [key, candidate] of chosen) facts[key] = candidate.value;
  if (responder) {
    const own = cleanFacts(responder.facts);
    for (const key of STACK) if (own[key]) facts[key] = own[key];
  }
  return facts as Facts;
}

export type Verdict = Omit<Analysis, 'causes'>;

/** Turns what the rules found into the analysis: who returned it, the facts, and the signals. */
export function verdict(found: Map<string, RuleFindings>, truncated: boolean): Verdict {
  const findings = [...found.values()].sort((a, b) => a.hits[0].line - b.hits[0].line);
  const signals = findings
    .flatMap((finding) => finding.hits.map((hit) => toSignal(hit, finding.count)))
    .sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));

  const { statusCode, success } = statusOf(findings);
  const responder = responderOf(findings);
  const merged = mergeFacts(findings, responder);
  const diagnostic = DIAGNOSTIC.some((key) => merged[key] !== undefined);
  const about502 = statusCode === '502' || (statusCode === undefined && !success);
  // A gateway's own 503 or 504 page still says who answered (the wizard then explains that code).
  const gatewayError = about502 || statusCode === '503' || statusCode === '504';

  // Evidence of a failure (not only context such as headers), with no other status shown.
  const failure = findings.some((f) => !isContext(f.rule));
  const recognised =
    diagnostic ||
    statusCode === '502' ||
    (gatewayError && (failure || (responder !== undefined && responder.responder >= RESPONDER.plainBody)));
  if (!recognised) {
    // Nothing about a 502: say only what the status was, honestly, and guess nothing else.
    return { layer: null, vendor: null, facts: statusCode ? { statusCode } : {}, signals, recognised: false, truncated };
  }

  const layer = gatewayError && responder?.layer ? responder.layer : null;
  const vendor = layer ? (responder?.vendor ?? null) : null;
  const facts: Facts = { ...merged };
  if (statusCode) facts.statusCode = statusCode;
  if (layer && ERROR_SOURCE[layer]) facts.errorSource = ERROR_SOURCE[layer];
  return { layer, vendor, facts: sortFacts(facts), signals, recognised: true, truncated };
}
