/**
 * The fact vocabulary: every thing the wizard can know about a case, as `key=value`.
 * Keys and values are a public interface (URLs, the API, embed events); see docs/vocabulary.md.
 * The key order here is the canonical order of a `/diagnose` query string.
 */
export const FACT_VALUES = {
  role: ['visitor', 'owner'],
  statusCode: ['502', '500', '503', '504', 'other'],
  device: ['desktop', 'mobile'],
  os: ['windows', 'macos', 'linux', 'android', 'ios', 'chromeos'],
  browser: ['chrome', 'firefox', 'safari', 'edge', 'other'],
  refresh: ['fixed', 'not-fixed'],
  downForEveryone: ['yes', 'no'],
  clearCache: ['fixed', 'not-fixed'],
  privateWindow: ['fixed', 'not-fixed'],
  otherBrowser: ['fixed', 'not-fixed'],
  flushDns: ['fixed', 'not-fixed'],
  usesVpn: ['yes', 'no'],
  disableVpn: ['fixed', 'not-fixed'],
  switchNetwork: ['fixed', 'not-fixed'],
  waitRetry: ['fixed', 'not-fixed'],
  hosting: ['shared', 'vps', 'dedicated', 'paas', 'kubernetes', 'serverless'],
  cdn: ['none', 'cloudflare', 'cloudfront', 'fastly', 'akamai', 'other'],
  loadBalancer: ['none', 'aws-alb', 'gcp', 'azure', 'other'],
  proxy: ['nginx', 'apache', 'haproxy', 'caddy', 'traefik', 'iis', 'none', 'other'],
  runtime: ['php-fpm', 'node', 'python', 'ruby', 'java', 'dotnet', 'go', 'other'],
  cms: ['wordpress', 'none'],
  scope: ['everyone', 'some', 'only-me'],
  pattern: ['constant', 'intermittent'],
  recentChange: ['deploy', 'config', 'migration', 'none'],
  traffic: ['spike', 'normal'],
  errorSource: ['cdn', 'load-balancer', 'proxy', 'platform', 'application'],
  cdnBypass: ['works', 'fails'],
  serviceStatus: ['running', 'stopped', 'restarting'],
  listening: ['yes', 'no', 'elsewhere'],
  directCurl: ['ok', 'refused', 'error', 'slow'],
  proxyConfigTest: ['ok', 'fails'],
  logSignal: [
    'connection-refused',
    'no-such-file',
    'permission-denied',
    'timed-out',
    'prematurely-closed',
    'reset-by-peer',
    'too-big-header',
    'no-live-upstreams',
    'ssl-handshake',
    'host-not-found',
    'invalid-response',
    'none',
  ],
  appLog: ['fatal-error', 'memory-limit', 'worker-timeout', 'pool-exhausted', 'none'],
  resources: ['ok', 'memory', 'cpu', 'disk'],
  dns: ['correct', 'wrong', 'no-answer'],
  firewall: ['open', 'blocked'],
  tls: ['ok', 'mismatch', 'cert-invalid'],
  healthChecks: ['passing', 'failing'],
  pluginsDisabled: ['fixed', 'not-fixed'],
  logAccess: ['full', 'limited'],
  // Added to the shared vocabulary: what the platform itself says, by hosting model.
  podStatus: ['running', 'crash-loop', 'oom-killed', 'not-ready', 'pending'],
  serviceEndpoints: ['present', 'empty', 'wrong-port'],
  platformLog: ['app-crashed', 'port-not-bound', 'boot-timeout', 'memory-quota', 'request-timeout', 'closed-without-response', 'none'],
  functionLog: ['malformed-response', 'payload-too-large', 'timed-out', 'out-of-memory', 'crashed', 'none'],
  // Not a question: how many diagnosed causes' fixes the owner tried without success ("Did that
  // fix it?" → No at the last fix), so the outcome moves on to the next likely cause.
  causesTried: ['1', '2', '3'],
} as const;

/** "Not sure": a value every question accepts, kept in URLs like any other answer. */
export const UNKNOWN = 'unknown';

export type FactKey = keyof typeof FACT_VALUES;
export type FactValue<K extends FactKey = FactKey> = (typeof FACT_VALUES)[K][number] | typeof UNKNOWN;
export type Facts = { [K in FactKey]?: FactValue<K> };

export const FACT_KEYS = Object.keys(FACT_VALUES) as FactKey[];

export function isFactKey(key: string): key is FactKey {
  return Object.hasOwn(FACT_VALUES, key);
}

export function isFactValue<K extends FactKey>(key: K, value: unknown): value is FactValue<K> {
  return value === UNKNOWN || (FACT_VALUES[key] as readonly unknown[]).includes(value);
}

type QueryInput = URLSearchParams | string | Record<string, string | string[] | undefined>;

function entriesOf(input: QueryInput): [string, string][] {
  if (typeof input === 'string') return [...new URLSearchParams(input).entries()];
  if (input instanceof URLSearchParams) return [...input.entries()];
  return Object.entries(input).flatMap(([key, value]) =>
    Array.isArray(value) ? value.map((v): [string, string] => [key, v]) : value === undefined ? [] : [[key, value]],
  );
}

/**
 * Reads facts from a query string. Keys and values outside the vocabulary are dropped; when a key
 * repeats, its first valid value wins. Never throws: a tampered URL still opens a step.
 */
export function parseFacts(input: QueryInput): Facts {
  const facts: Record<string, string> = {};
  for (const [key, value] of entriesOf(input)) {
    if (isFactKey(key) && !(key in facts) && isFactValue(key, value)) facts[key] = value;
  }
  return sortFacts(facts as Facts);
}

/** The same facts with keys in canonical order. */
export function sortFacts(facts: Facts): Facts {
  const sorted: Record<string, string> = {};
  for (const key of FACT_KEYS) {
    const value = facts[key];
    if (value !== undefined) sorted[key] = value;
  }
  return sorted as Facts;
}

/** The canonical query string (no leading `?`) for a set of facts. */
export function serializeFacts(facts: Facts): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(sortFacts(facts))) params.append(key, value);
  return params.toString();
}

/** The `/diagnose` URL that holds these facts. */
export function diagnoseHref(facts: Facts): string {
  const query = serializeFacts(facts);
  return query ? `/diagnose?${query}` : '/diagnose';
}

export function withFact<K extends FactKey>(facts: Facts, key: K, value: FactValue<K>): Facts {
  return sortFacts({ ...facts, [key]: value });
}

export function withoutFact(facts: Facts, key: FactKey): Facts {
  const rest = { ...facts };
  delete rest[key];
  return rest;
}

export type FactProblem = { key: string; problem: string };

/**
 * Checks an API caller's facts strictly: unlike a URL, a JSON body with a misspelt key or value is
 * answered with what is wrong, so a chatbot learns instead of silently getting a vaguer answer.
 */
export function validateFacts(input: unknown): { facts: Facts; problems: FactProblem[] } {
  const problems: FactProblem[] = [];
  const facts: Record<string, string> = {};
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { facts: {}, problems: [{ key: 'facts', problem: 'must be an object of fact keys to values' }] };
  }
  for (const [key, value] of Object.entries(input)) {
    if (!isFactKey(key)) {
      problems.push({ key, problem: 'is not a known fact key' });
    } else if (!isFactValue(key, value)) {
      const allowed = [...FACT_VALUES[key], UNKNOWN].join(', ');
      problems.push({ key, problem: `must be one of: ${allowed}` });
    } else {
      facts[key] = value;
    }
  }
  return { facts: sortFacts(facts as Facts), problems };
}
