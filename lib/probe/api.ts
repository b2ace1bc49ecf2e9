// `POST /api/probe` as a plain Request → Response function, so it is tested in Node like the rest of
// lib/ (app/api/probe/route.ts only wires in the environment and the process-wide limits).
// Order: body and URL rules first (400, costs nothing), then the client's and everyone's rate
// limits (429), then the cap on checks in flight (503), and only then DNS and the network.
import { readJsonBody } from '@/lib/json-body';
import { type ConcurrencyCap, clientKey, type RateLimiter } from './limits';
import { checkUrl, type ProbeOptions, probe } from './probe';
import { MAX_URL_LENGTH } from './target';

export type ProbeApiConfig = {
  /** FOR TESTS ONLY (PROBE_ALLOW_PRIVATE=1): lift the address, name and port rules. */
  allowPrivate: boolean;
  /** TRUST_PROXY=1: the first X-Forwarded-For entry is the client (see clientKey). */
  trustProxy: boolean;
  perClient: RateLimiter;
  everyone: RateLimiter;
  cap: ConcurrencyCap;
  /** Extra probe options (a test's resolver, shorter limits). */
  probe?: Omit<ProbeOptions, 'allowPrivate'>;
};

const NO_STORE = { 'Cache-Control': 'no-store' };

function error(status: number, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return Response.json({ error: message, ...extra }, { status, headers: { ...NO_STORE, ...headers } });
}

function refused(reason: { kind: string; reason: string }): Response {
  return error(400, `We will not check that address: ${reason.reason}.`, { refused: reason });
}

export async function probeApi(request: Request, config: ProbeApiConfig): Promise<Response> {
  // A URL is short: a small cap on the body keeps this endpoint cheap to refuse.
  const body = await readJsonBody(request, 8 * 1024);
  if (!body.ok) return error(body.status, body.error);
  const value = body.value as { url?: unknown } | null;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return error(400, 'The body must be a JSON object like {"url": "https://example.com/"}.');
  }
  const extra = Object.keys(value).filter((key) => key !== 'url');
  if (extra.length) return error(400, `Unexpected field(s): ${extra.join(', ')}. Send only "url".`);
  if (typeof value.url !== 'string') return error(400, '"url" must be a string: the address of the site to check.');
  if (!value.url.trim()) return error(400, '"url" is empty: type the site’s address, like example.com.');
  if (value.url.length > MAX_URL_LENGTH) return error(400, `"url" is longer than ${MAX_URL_LENGTH} characters.`);

  const checked = checkUrl(value.url, config.allowPrivate);
  if (!checked.ok) return refused(checked.refusal);

  const client = clientKey(request.headers, config.trustProxy);
  const mine = config.perClient.take(client);
  if (!mine.ok) {
    return error(
      429,
      `Too many checks from you: try again in ${mine.retryAfterSeconds} seconds.`,
      {},
      { 'Retry-After': String(mine.retryAfterSeconds) },
    );
  }
  const all = config.everyone.take('everyone');
  if (!all.ok) {
    config.perClient.refund(client);
    return error(
      429,
      `The site check is busy: try again in ${all.retryAfterSeconds} seconds.`,
      {},
      { 'Retry-After': String(all.retryAfterSeconds) },
    );
  }
  const release = config.cap.enter();
  if (!release) {
    config.perClient.refund(client);
    config.everyone.refund('everyone');
    return error(503, 'Too many checks are running right now: try again in a few seconds.', {}, { 'Retry-After': '5' });
  }
  try {
    const result = await probe(checked.url, { ...config.probe, allowPrivate: config.allowPrivate });
    // A name that resolves to a private address is refused like a literal one.
    if (result.kind === 'refused') return refused(result.refusal);
    return Response.json(result, { headers: NO_STORE });
  } finally {
    release();
  }
}
