import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProbeApiConfig, probeApi } from './api';
import { ConcurrencyCap, RateLimiter } from './limits';
import { httpServer, type TestServer } from './test-servers';

function post(body: string, headers: Record<string, string> = { 'content-type': 'application/json' }): Request {
  return new Request('http://gateway-doctor.test/api/probe', { method: 'POST', headers, body });
}

function config(overrides: Partial<ProbeApiConfig> = {}): ProbeApiConfig {
  return {
    allowPrivate: false,
    trustProxy: false,
    perClient: new RateLimiter(5, 60_000),
    everyone: new RateLimiter(50, 1_000),
    cap: new ConcurrencyCap(4),
    ...overrides,
  };
}

describe('POST /api/probe: bad requests are clear 4xx', () => {
  it.each([
    ['text, not JSON', 'url=https://example.com', { 'content-type': 'text/plain' }, 415, /Content-Type: application\/json/],
    ['a form', 'url=https://example.com', { 'content-type': 'application/x-www-form-urlencoded' }, 415, /JSON/],
    ['broken JSON', '{"url": ', { 'content-type': 'application/json' }, 400, /not valid JSON/],
    ['an empty body', '', { 'content-type': 'application/json' }, 400, /empty/],
    ['an array', '["https://example.com"]', { 'content-type': 'application/json' }, 400, /JSON object/],
    ['no url', '{}', { 'content-type': 'application/json' }, 400, /"url" must be a string/],
    ['a number', '{"url": 5}', { 'content-type': 'application/json' }, 400, /"url" must be a string/],
    ['an empty url', '{"url": "  "}', { 'content-type': 'application/json' }, 400, /empty/],
    [
      'an extra field',
      '{"url": "https://example.com", "method": "POST"}',
      { 'content-type': 'application/json' },
      400,
      /Unexpected field\(s\): method/,
    ],
    [
      'a huge body',
      JSON.stringify({ url: `https://example.com/${'a'.repeat(20_000)}` }),
      { 'content-type': 'application/json' },
      413,
      /larger than/,
    ],
  ])('%s → %i', async (_what, body, headers, status, message) => {
    const response = await probeApi(post(body, headers), config());
    expect(response.status).toBe(status);
    expect((await response.json()).error).toMatch(message);
  });

  it('a refused URL → 400 with the reason, before any limit is spent', async () => {
    const perClient = new RateLimiter(1, 60_000);
    for (let i = 0; i < 3; i++) {
      const response = await probeApi(post('{"url": "http://169.254.169.254/latest/meta-data/"}'), config({ perClient }));
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.error).toBe(
        'We will not check that address: 169.254.169.254 is the cloud metadata service (AWS, Azure, Google Cloud, Oracle, DigitalOcean…).',
      );
      expect(body.refused.kind).toBe('metadata');
    }
    expect(perClient.take('unknown').ok).toBe(true);
  });
});

describe('POST /api/probe: limits', () => {
  let site: TestServer;

  beforeAll(async () => {
    site = await httpServer((_req, res) => res.writeHead(200).end('ok'));
  });
  afterAll(async () => {
    await site?.close();
  });

  const url = () => JSON.stringify({ url: `http://127.0.0.1:${site.port}/` });

  it('429 with Retry-After once a client has used its checks', async () => {
    const c = config({ allowPrivate: true, perClient: new RateLimiter(2, 30_000) });
    const headers = { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7' };
    expect((await probeApi(post(url(), headers), c)).status).toBe(200);
    expect((await probeApi(post(url(), headers), c)).status).toBe(200);
    const limited = await probeApi(post(url(), headers), c);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(29);
    expect((await limited.json()).error).toMatch(/Too many checks from you: try again in \d+ seconds/);
    // Another client still gets through.
    expect((await probeApi(post(url(), { ...headers, 'x-forwarded-for': '203.0.113.8' }), c)).status).toBe(200);
  });

  it('429 when everyone together is over the global rate, whatever client key they forge', async () => {
    const c = config({ allowPrivate: true, everyone: new RateLimiter(2, 60_000) });
    const statuses: number[] = [];
    for (const ip of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
      statuses.push((await probeApi(post(url(), { 'content-type': 'application/json', 'x-forwarded-for': ip }), c)).status);
    }
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('503 with Retry-After when the cap on checks in flight is full', async () => {
    const cap = new ConcurrencyCap(1);
    const hold = cap.enter();
    const response = await probeApi(post(url()), config({ allowPrivate: true, cap }));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    hold?.();
    expect((await probeApi(post(url()), config({ allowPrivate: true, cap }))).status).toBe(200);
    expect(cap.inFlight).toBe(0);
  });

  it('a name that resolves to a private address is a 400 too', async () => {
    const response = await probeApi(
      post('{"url": "https://rebind.example.test/"}'),
      config({ probe: { resolve: async () => [{ address: '10.1.2.3', family: 4 }] } }),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/rebind\.example\.test resolves to 10\.1\.2\.3, a private network address/);
  });

  it('a network failure is a 200 with the failure in plain words', async () => {
    const response = await probeApi(
      post('{"url": "https://gone.example.test/"}'),
      config({
        probe: {
          resolve: async () => {
            throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
          },
        },
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(body).toMatchObject({ kind: 'result', status: null, failure: { kind: 'dns' }, url: 'https://gone.example.test/' });
  });
});
