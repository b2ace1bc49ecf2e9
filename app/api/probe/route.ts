import { probeApi } from '@/lib/probe/api';
import { ConcurrencyCap, RateLimiter } from '@/lib/probe/limits';

// The probe uses node:http, node:https and node:dns: the Node.js runtime, never the edge.
export const runtime = 'nodejs';

// Process-wide limits (one server process; behind several, each has its own).
// Per client: 10 checks at once, then one every 6 s (10 a minute).
const perClient = new RateLimiter(10, 6_000);
// Everyone together: 120 at once, then 2 a second, so forged client keys still cannot make a cannon.
const everyone = new RateLimiter(120, 500);
// Checks in flight at once (each lasts at most 10 s).
const cap = new ConcurrencyCap(8);

/**
 * POST { "url": "https://example.com/" } → what our server got back: status, timings, headers, the
 * final URL and the analyzer's verdict; network failures are results. 400 when the URL is refused
 * (with the reason), 429 / 503 with Retry-After when over a limit. See lib/probe/README.md.
 */
export async function POST(request: Request): Promise<Response> {
  return probeApi(request, {
    // PROBE_ALLOW_PRIVATE=1 is FOR TESTS ONLY: it lets the check reach loopback and private
    // addresses (the e2e target runs on 127.0.0.1). Never set it on a server people can reach.
    allowPrivate: process.env.PROBE_ALLOW_PRIVATE === '1',
    // TRUST_PROXY=1 only behind a proxy that sets X-Forwarded-For to the client's address.
    trustProxy: process.env.TRUST_PROXY === '1',
    perClient,
    everyone,
    cap,
  });
}
