// The site check's result in plain words, for the visitor ("is it down for everyone?") and the
// owner. Pure and free of Node modules: the client component renders these.
import type { ProbeResult } from './types';

/** The site as a person names it: `example.com`, or `example.com:8443`. */
export function siteOf(result: Pick<ProbeResult, 'url'>): string {
  try {
    return new URL(result.url).host;
  } catch {
    return result.url;
  }
}

/** `502 Bad Gateway`, or null when nothing answered. */
export function statusWords(result: Pick<ProbeResult, 'status' | 'statusText'>): string | null {
  if (result.status === null) return null;
  return `${result.status} ${result.statusText ?? ''}`.trim();
}

/** Failures that mean nobody can reach the site, wherever they are. */
const DOWN_FAILURES = new Set(['dns', 'refused', 'reset', 'tls', 'timeout', 'unreachable', 'protocol']);

/**
 * What the check suggests for "is it down for everyone?": `yes` for a 5xx or a site nobody can
 * reach, `no` for any other answer (the site is up, for us at least), null when it cannot tell
 * (a redirect we would not follow, a failure of our own).
 */
export function downForEveryone(result: ProbeResult): 'yes' | 'no' | null {
  const failure = result.failure?.kind;
  if (failure) return DOWN_FAILURES.has(failure) ? 'yes' : null;
  if (result.status === null) return null;
  return result.status >= 500 ? 'yes' : 'no';
}

/** One sentence for the visitor: what our server saw, and what it means for them. */
export function visitorSummary(result: ProbeResult): string {
  const site = siteOf(result);
  const status = statusWords(result);
  const down = downForEveryone(result);
  if (result.failure && result.status === null) {
    const tail = down === 'yes' ? ' It is down for others too.' : '';
    return `From our server, ${site} could not be reached. ${result.failure.message}${tail}`;
  }
  if (result.failure) return `From our server, ${site} answered ${status}, but we could not finish the check: ${result.failure.message}`;
  if (down === 'yes') return `From our server, ${site} answered ${status}: it is down for others too.`;
  if (result.status !== null && result.status >= 400) {
    return `From our server, ${site} answered ${status}: the site is up for others (that is not a server error), so the 502 is probably between you and the site.`;
  }
  return `From our server, ${site} answered ${status}: it works for others, so the problem is probably between you and the site.`;
}

/** A duration for people: `12 ms`, `1.3 s`, or `—` when it did not happen. */
export function ms(value: number | null): string {
  if (value === null) return '—';
  return value < 1000 ? `${Math.round(value)} ms` : `${(value / 1000).toFixed(1)} s`;
}
