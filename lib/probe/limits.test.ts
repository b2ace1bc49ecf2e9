import { describe, expect, it } from 'vitest';
import { ConcurrencyCap, clientKey, RateLimiter } from './limits';

describe('RateLimiter', () => {
  it('allows a burst, then one per interval, and says when to come back', () => {
    let now = 0;
    const limiter = new RateLimiter(3, 10_000, () => now);
    expect([1, 2, 3].map(() => limiter.take('a').ok)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 10 });
    now = 4_000;
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 6 });
    now = 10_000;
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
  });
  it('keeps clients apart', () => {
    const limiter = new RateLimiter(1, 60_000, () => 0);
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
    expect(limiter.take('b').ok).toBe(true);
  });
  it('gives a token back', () => {
    const limiter = new RateLimiter(1, 60_000, () => 0);
    limiter.take('a');
    limiter.refund('a');
    expect(limiter.take('a').ok).toBe(true);
  });
  it('never refills beyond the burst', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 1_000, () => now);
    now = 1_000_000;
    expect([1, 2, 3].map(() => limiter.take('a').ok)).toEqual([true, true, false]);
  });
  it('keeps memory bounded: idle keys go first, then the oldest', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 1_000, () => now, 3);
    for (const key of ['a', 'b', 'c']) limiter.take(key);
    now = 5_000; // all idle again
    limiter.take('d');
    expect(limiter.size).toBe(1);
    for (const key of ['e', 'f', 'g', 'h']) limiter.take(key);
    expect(limiter.size).toBeLessThanOrEqual(3);
  });
});

describe('ConcurrencyCap', () => {
  it('lets `max` in, refuses the next, and frees a slot once per release', () => {
    const cap = new ConcurrencyCap(2);
    const first = cap.enter();
    const second = cap.enter();
    expect(first && second).toBeTruthy();
    expect(cap.enter()).toBeNull();
    first?.();
    first?.();
    expect(cap.inFlight).toBe(1);
    expect(cap.enter()).not.toBeNull();
    expect(cap.enter()).toBeNull();
  });
});

describe('clientKey', () => {
  const headers = (xff?: string) => new Headers(xff === undefined ? {} : { 'x-forwarded-for': xff });
  it('behind a trusted proxy, takes the first entry', () => {
    expect(clientKey(headers('203.0.113.7, 10.0.0.2'), true)).toBe('203.0.113.7');
    expect(clientKey(headers('2001:DB8::1'), true)).toBe('2001:db8::1');
  });
  it('without one, takes the last entry, as Next leaves it (the socket address when the client sent none)', () => {
    expect(clientKey(headers('127.0.0.1'), false)).toBe('127.0.0.1');
    expect(clientKey(headers('::ffff:127.0.0.1'), false)).toBe('127.0.0.1');
    expect(clientKey(headers('198.51.100.1, 203.0.113.7'), false)).toBe('203.0.113.7');
  });
  it('puts anything that is not an address under one key', () => {
    expect(clientKey(headers(), false)).toBe('unknown');
    expect(clientKey(headers('not-an-ip'), true)).toBe('unknown');
    expect(clientKey(headers(`${'x'.repeat(5000)}`), false)).toBe('unknown');
  });
});
