// Limits that keep the site check from being used as a cannon: a token bucket per client, one for
// everyone together, and a cap on checks in flight. In memory, per server process; the clock is
// injected so the tests need no waiting.
import { isIP } from 'node:net';

export type Take = { ok: true } | { ok: false; retryAfterSeconds: number };

type Bucket = { tokens: number; at: number };

/** A token bucket per key: `burst` checks at once, then one more every `everyMs`. */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly burst: number,
    private readonly everyMs: number,
    private readonly now: () => number = Date.now,
    /** Keys kept at most; idle (full) buckets are dropped first, then the oldest. */
    private readonly maxKeys = 10_000,
  ) {}

  private refill(bucket: Bucket, now: number): void {
    const gained = (now - bucket.at) / this.everyMs;
    bucket.tokens = Math.min(this.burst, bucket.tokens + gained);
    bucket.at = now;
  }

  /** Spends one token for `key` if it has one. */
  take(key: string): Take {
    const now = this.now();
    let bucket = this.buckets.get(key);
    if (!bucket) {
      this.makeRoom(now);
      bucket = { tokens: this.burst, at: now };
      this.buckets.set(key, bucket);
    }
    this.refill(bucket, now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(((1 - bucket.tokens) * this.everyMs) / 1000)) };
  }

  /** Gives back a token taken for a check that did not happen (another limit said no). */
  refund(key: string): void {
    const bucket = this.buckets.get(key);
    if (bucket) bucket.tokens = Math.min(this.burst, bucket.tokens + 1);
  }

  get size(): number {
    return this.buckets.size;
  }

  private makeRoom(now: number): void {
    if (this.buckets.size < this.maxKeys) return;
    for (const [key, bucket] of this.buckets) {
      this.refill(bucket, now);
      if (bucket.tokens >= this.burst) this.buckets.delete(key);
    }
    // Still full: drop the oldest keys (a Map keeps insertion order).
    for (const key of this.buckets.keys()) {
      if (this.buckets.size < this.maxKeys) break;
      this.buckets.delete(key);
    }
  }
}

/** At most `max` checks in flight; `enter` returns a release function, or null when full. */
export class ConcurrencyCap {
  private active = 0;

  constructor(private readonly max: number) {}

  enter(): (() => void) | null {
    if (this.active >= this.max) return null;
    this.active += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active -= 1;
    };
  }

  get inFlight(): number {
    return this.active;
  }
}

/**
 * Who is asking, for the per-client limit. A route handler sees only headers, not the socket.
 * With `trustProxy` (TRUST_PROXY=1, set only behind a proxy that *sets* X-Forwarded-For to the
 * client's address, e.g. nginx `proxy_set_header X-Forwarded-For $remote_addr`), its first entry.
 * Without it, the last entry of the header as Next's own server leaves it: Next fills it with the
 * socket's address when the request has none, but a client may send its own, so the key is then
 * best effort and the global limits are what really bound the server. Anything that is not an IP
 * address shares one key, "unknown".
 */
export function clientKey(headers: Headers, trustProxy: boolean): string {
  const forwarded = headers.get('x-forwarded-for') ?? '';
  const entries = forwarded.split(',').map((entry) => entry.trim());
  const candidate = trustProxy ? entries[0] : entries[entries.length - 1];
  const address = (candidate ?? '').replace(/^\[|\]$/g, '').replace(/^::ffff:/i, '');
  return isIP(address) ? address.toLowerCase() : 'unknown';
}
