import { describe, expect, it } from 'vitest';
import type { ProbeResult } from './types';
import { downForEveryone, ms, siteOf, statusWords, visitorSummary } from './words';

function result(overrides: Partial<ProbeResult>): ProbeResult {
  return {
    kind: 'result',
    url: 'https://example.com/',
    finalUrl: 'https://example.com/',
    address: '93.184.215.14',
    method: 'HEAD',
    status: 200,
    statusText: 'OK',
    httpVersion: '1.1',
    headers: [],
    body: { text: '', bytes: 0, truncated: false },
    timings: { dnsMs: 3, connectMs: 20, tlsMs: 30, firstByteMs: 80, totalMs: 90 },
    redirects: [],
    failure: null,
    verdict: { layer: null, vendor: null, facts: {}, causes: [], signals: [], recognised: false },
    ...overrides,
  };
}

describe('the visitor’s words', () => {
  it('a 502 from our server: down for others too', () => {
    const r = result({ status: 502, statusText: 'Bad Gateway', method: 'GET' });
    expect(downForEveryone(r)).toBe('yes');
    expect(visitorSummary(r)).toBe('From our server, example.com answered 502 Bad Gateway: it is down for others too.');
  });
  it('a 200: it works for others', () => {
    const r = result({});
    expect(downForEveryone(r)).toBe('no');
    expect(visitorSummary(r)).toMatch(/^From our server, example\.com answered 200 OK: it works for others/);
  });
  it('a 404: up, and not a server error', () => {
    const r = result({ status: 404, statusText: 'Not Found' });
    expect(downForEveryone(r)).toBe('no');
    expect(visitorSummary(r)).toMatch(/answered 404 Not Found: the site is up for others/);
  });
  it('nothing answered: down for others too, with the reason', () => {
    const r = result({
      status: null,
      statusText: null,
      failure: { kind: 'refused', message: 'Nothing is listening at example.com: the connection was refused.' },
    });
    expect(downForEveryone(r)).toBe('yes');
    expect(visitorSummary(r)).toBe(
      'From our server, example.com could not be reached. Nothing is listening at example.com: the connection was refused. It is down for others too.',
    );
  });
  it('a redirect we would not follow: no guess', () => {
    const r = result({
      status: 302,
      statusText: 'Found',
      failure: { kind: 'redirect-refused', message: 'It redirected to http://10.0.0.1/, which we will not fetch.' },
    });
    expect(downForEveryone(r)).toBeNull();
    expect(visitorSummary(r)).toMatch(/answered 302 Found, but we could not finish the check/);
  });
  it('names the site with its port when it has one', () => {
    expect(siteOf({ url: 'https://example.com:8443/x' })).toBe('example.com:8443');
    expect(statusWords({ status: 503, statusText: '' })).toBe('503');
    expect(statusWords({ status: null, statusText: null })).toBeNull();
  });
  it('durations for people', () => {
    expect(ms(null)).toBe('—');
    expect(ms(12.4)).toBe('12 ms');
    expect(ms(1340)).toBe('1.3 s');
  });
});
