// The site check: fetch a URL from our server, safely, and say what came back and who sent it.
// HEAD first (cheap); GET when the answer is an error, since an error page names who wrote it. At
// most 3 redirects, each hop vetted as strictly as the first; one DNS resolution per name.
import { analyze } from '@/lib/analyzer';
import { describeFailure, type Failure } from './failures';
import { type ExchangeResponse, type ExchangeResult, exchange } from './request';
import { chooseAddress, type Lookup, type Resolver, resolveName, systemResolver } from './resolve';
import { parseTarget, type Refusal, vetUrl } from './target';
import type { ProbeRefused, ProbeResult, Redirect } from './types';

export const LIMITS = {
  /** From the first SYN to an established TCP connection. */
  connectTimeoutMs: 5_000,
  /** The whole check: DNS, every hop, the body. */
  totalTimeoutMs: 10_000,
  /** Body bytes read; the rest is never downloaded. */
  maxBodyBytes: 64 * 1024,
  maxRedirects: 3,
};

export type ProbeOptions = Partial<typeof LIMITS> & {
  /**
   * FOR TESTS ONLY: lifts the address, name and port rules so servers on loopback can be checked.
   * A function decides per hop (hop 0 is the URL asked for, 1… its redirects), so a test can allow
   * its own loopback server and still vet a redirect's target strictly. Production: leave unset.
   */
  allowPrivate?: boolean | ((target: { url: URL; hop: number }) => boolean);
  /** Name → addresses; the system resolver (getaddrinfo) by default. */
  resolve?: Resolver;
};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Parses and vets the URL asked for, with no I/O, so the API can refuse it before any limit is spent. */
export function checkUrl(input: string, allowPrivate = false): { ok: true; url: URL } | { ok: false; refusal: Refusal } {
  const parsed = parseTarget(input);
  if (!parsed.ok) return parsed;
  const vetted = vetUrl(parsed.url, { allowPrivate });
  return vetted.ok ? { ok: true, url: parsed.url } : vetted;
}

/** The response as `curl -i` prints it: what the analyzer reads. */
export function curlText(response: Pick<ExchangeResponse, 'httpVersion' | 'status' | 'statusText' | 'headers'>, body: string): string {
  const head = [
    `HTTP/${response.httpVersion} ${response.status} ${response.statusText}`.trimEnd(),
    ...response.headers.map(([k, v]) => `${k}: ${v}`),
  ];
  return `${head.join('\r\n')}\r\n\r\n${body}`;
}

type Target =
  | { ok: true; address: string; family: 4 | 6; name: string | null; port: number; dnsMs: number | null }
  | { ok: false; refusal: Refusal }
  | { ok: false; failure: Failure };

export async function probe(input: string | URL, options: ProbeOptions = {}): Promise<ProbeResult | ProbeRefused> {
  const limits = {
    connectTimeoutMs: options.connectTimeoutMs ?? LIMITS.connectTimeoutMs,
    totalTimeoutMs: options.totalTimeoutMs ?? LIMITS.totalTimeoutMs,
    maxBodyBytes: options.maxBodyBytes ?? LIMITS.maxBodyBytes,
    maxRedirects: options.maxRedirects ?? LIMITS.maxRedirects,
  };
  const started = performance.now();
  const deadline = started + limits.totalTimeoutMs;
  const remaining = () => deadline - performance.now();
  const resolver = options.resolve ?? systemResolver;
  const allowFor = (url: URL, hop: number) =>
    typeof options.allowPrivate === 'function' ? options.allowPrivate({ url, hop }) : options.allowPrivate === true;

  const parsed = typeof input === 'string' ? parseTarget(input) : { ok: true as const, url: input };
  if (!parsed.ok) return { kind: 'refused', url: String(input), refusal: parsed.refusal };

  // One lookup per name for the whole check; its answers are vetted again at every hop.
  const lookups = new Map<string, Lookup>();
  async function target(url: URL, hop: number): Promise<Target> {
    const allow = allowFor(url, hop);
    const vetted = vetUrl(url, { allowPrivate: allow });
    if (!vetted.ok) return vetted;
    const { host, port } = vetted;
    if (host.kind === 'ip') return { ok: true, address: host.address, family: host.family, name: null, port, dnsMs: null };
    let lookup = lookups.get(host.name);
    if (!lookup) {
      lookup = await resolveName(host.name, resolver, Math.min(remaining(), limits.connectTimeoutMs));
      lookups.set(host.name, lookup);
    }
    if (!lookup.ok)
      return {
        ok: false,
        failure: describeFailure(lookup.error, 'dns', url.host, { connectMs: limits.connectTimeoutMs, totalMs: limits.totalTimeoutMs }),
      };
    const chosen = chooseAddress(host.name, lookup.answers, allow);
    if (!chosen.ok) return chosen;
    return { ok: true, address: chosen.address, family: chosen.family, name: host.name, port, dnsMs: lookup.ms };
  }

  const asked = parsed.url;
  let url = asked;
  let hop = 0;
  let method: 'HEAD' | 'GET' = 'HEAD';
  const redirects: Redirect[] = [];
  let last: Last | undefined;

  const done = (
    failure: Failure | null,
    where = url,
    address: string | null = null,
    dnsMs: number | null = null,
    response?: ExchangeResult,
  ): ProbeResult =>
    build({ asked, where, method, address, dnsMs, response, failure, redirects, totalMs: Math.round(performance.now() - started) });

  const send = (t: Extract<Target, { ok: true }>) =>
    exchange({
      url,
      method,
      address: t.address,
      family: t.family,
      name: t.name,
      port: t.port,
      connectTimeoutMs: limits.connectTimeoutMs,
      totalTimeoutMs: limits.totalTimeoutMs,
      deadline,
      maxBodyBytes: limits.maxBodyBytes,
    });

  for (;;) {
    const t = await target(url, hop);
    if (!t.ok && 'refusal' in t) {
      if (hop === 0) return { kind: 'refused', url: asked.href, refusal: t.refusal };
      // A redirect to somewhere we will not go: the redirect itself is the answer.
      const failure: Failure = {
        kind: 'redirect-refused',
        message: `It redirected to ${url.href}, which we will not fetch: ${t.refusal.reason}.`,
      };
      return last ? build({ ...shown(last), asked, failure, redirects, totalMs: Math.round(performance.now() - started) }) : done(failure);
    }
    if (!t.ok) return done(t.failure);
    if (remaining() <= 0) {
      return done({
        kind: 'timeout',
        message: `The check ran out of its ${limits.totalTimeoutMs / 1000} seconds before reaching ${url.host}.`,
      });
    }

    const result = await send(t);

    if (!result.ok) {
      // Some servers mishandle HEAD (close, reset, garbage): ask once more with GET.
      if (method === 'HEAD' && ['reset', 'protocol', 'other'].includes(result.failure.kind) && remaining() > 0) {
        method = 'GET';
        continue;
      }
      return done(result.failure, url, t.address, t.dnsMs, result);
    }

    const location = result.headers.find(([k]) => k.toLowerCase() === 'location')?.[1];
    if (REDIRECTS.has(result.status) && location) {
      let next: URL | null = null;
      try {
        next = new URL(location, url);
      } catch {
        next = null; // an unreadable Location: this answer is the last one
      }
      if (next) {
        last = { response: result, url, method, address: t.address, dnsMs: t.dnsMs };
        if (redirects.length >= limits.maxRedirects) {
          const failure: Failure = {
            kind: 'too-many-redirects',
            message: `It redirected more than ${limits.maxRedirects} times; we stopped at ${url.href}.`,
          };
          return done(failure, url, t.address, t.dnsMs, result);
        }
        redirects.push({ url: url.href, status: result.status, location: next.href });
        url = next;
        hop += 1;
        continue;
      }
    }

    // An error answered to HEAD has no page: ask again with GET, since the page says who wrote it.
    if (method === 'HEAD' && result.status >= 400 && remaining() > 0) {
      method = 'GET';
      const get = await send(t);
      // A GET that fails or redirects adds nothing: the HEAD answer stands.
      if (get.ok && !REDIRECTS.has(get.status)) return done(null, url, t.address, t.dnsMs, get);
      method = 'HEAD';
    }
    return done(null, url, t.address, t.dnsMs, result);
  }
}

type Last = { response: ExchangeResponse; url: URL; method: 'HEAD' | 'GET'; address: string; dnsMs: number | null };

/** The last answer (a redirect) as the one to show, when the next hop was refused. */
function shown(last: Last) {
  return { where: last.url, method: last.method, address: last.address, dnsMs: last.dnsMs, response: last.response };
}

const NO_VERDICT: ProbeResult['verdict'] = { layer: null, vendor: null, facts: {}, causes: [], signals: [], recognised: false };

function build(p: {
  asked: URL;
  where: URL;
  method: 'HEAD' | 'GET';
  address: string | null;
  dnsMs: number | null;
  response?: ExchangeResult;
  failure: Failure | null;
  redirects: Redirect[];
  totalMs: number;
}): ProbeResult {
  const r = p.response;
  const timings = {
    dnsMs: p.dnsMs,
    connectMs: r ? r.connectMs : null,
    tlsMs: r ? r.tlsMs : null,
    firstByteMs: r?.ok ? r.firstByteMs : null,
    totalMs: p.totalMs,
  };
  const failure = p.failure ? { kind: p.failure.kind, message: p.failure.message } : null;
  const asked = {
    kind: 'result' as const,
    url: p.asked.href,
    finalUrl: p.where.href,
    address: p.address,
    method: p.method,
    timings,
    redirects: p.redirects,
    failure,
  };
  if (!r?.ok) {
    const nothing = { status: null, statusText: null, httpVersion: null, headers: [], body: { text: '', bytes: 0, truncated: false } };
    return { ...asked, ...nothing, verdict: NO_VERDICT };
  }
  const text = new TextDecoder('utf-8').decode(r.body);
  const analysis = analyze(curlText(r, text));
  return {
    ...asked,
    status: r.status,
    statusText: r.statusText,
    httpVersion: r.httpVersion,
    headers: r.headers,
    body: { text, bytes: r.body.length, truncated: r.truncated },
    verdict: {
      layer: analysis.layer,
      vendor: analysis.vendor,
      facts: analysis.facts,
      causes: analysis.causes,
      signals: analysis.signals,
      recognised: analysis.recognised,
    },
  };
}
