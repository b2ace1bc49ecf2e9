/**
 * The outcome ids: causes (with the bucket they belong to) and redirect outcomes for other
 * status codes. Public interface: URLs, `data-cause`, the API and embed events use these ids.
 */
export const CAUSE_BUCKETS = {
  'transient-blip': 'visitor',
  'browser-cache': 'visitor',
  'browser-extension': 'visitor',
  'local-dns': 'visitor',
  'vpn-or-proxy': 'visitor',
  'local-network': 'visitor',
  'site-outage': 'visitor',
  'upstream-down': 'unavailable',
  'resource-exhaustion': 'unavailable',
  'upstream-overloaded': 'unavailable',
  'app-fatal-error': 'unavailable',
  'no-healthy-upstream': 'unavailable',
  'wrong-upstream-target': 'handoff',
  'socket-or-permission': 'handoff',
  'proxy-config-error': 'handoff',
  'dns-resolution': 'handoff',
  'firewall-block': 'handoff',
  'tls-mismatch': 'handoff',
  'cdn-edge-issue': 'handoff',
  'header-too-large': 'response',
  'premature-close': 'response',
  'malformed-response': 'response',
  'upstream-timeout': 'response',
  'provider-infrastructure': 'escalate',
} as const;

export type CauseId = keyof typeof CAUSE_BUCKETS;
export type Bucket = (typeof CAUSE_BUCKETS)[CauseId];
export const CAUSE_IDS = Object.keys(CAUSE_BUCKETS) as CauseId[];

/** Outcomes that send the person to another status code's checks (and `status-other`, ours). */
export const REDIRECT_OUTCOMES = ['status-500', 'status-503', 'status-504', 'status-other'] as const;
export type RedirectOutcome = (typeof REDIRECT_OUTCOMES)[number];
export type OutcomeId = CauseId | RedirectOutcome;

export function isCauseId(id: string): id is CauseId {
  return Object.hasOwn(CAUSE_BUCKETS, id);
}

export function isRedirectOutcome(id: string): id is RedirectOutcome {
  return (REDIRECT_OUTCOMES as readonly string[]).includes(id);
}
