import { describe, expect, it } from 'vitest';
import { notModified, pageKey, preferredEncoding, sharedLifetime } from './http.mjs';

const get = (url: string, headers: Record<string, string> = {}) => ({ method: 'GET', url, headers });

describe('pageKey', () => {
  it('keys a page by its URL', () => {
    expect(pageKey(get('/diagnose?role=owner'))).toBe('/diagnose?role=owner');
    expect(pageKey({ ...get('/'), method: 'HEAD' })).toBe('/');
  });

  it("keeps Next's data for a page apart from the page, and one variant from another", () => {
    const data = pageKey(get('/diagnose?role=owner&_rsc=1x2', { rsc: '1', 'next-router-state-tree': '%5B%5D' }));
    const prefetch = pageKey(get('/diagnose?role=owner&_rsc=1x2', { rsc: '1', 'next-router-prefetch': '1' }));
    expect(data).toMatch(/^\/diagnose\?role=owner&_rsc=1x2\n/);
    expect(new Set([data, prefetch, pageKey(get('/diagnose?role=owner&_rsc=1x2'))]).size).toBe(3);
  });

  it('leaves everything else to Next', () => {
    expect(pageKey({ ...get('/'), method: 'POST' })).toBeUndefined();
    expect(pageKey(get('/_next/static/chunks/a.js'))).toBeUndefined();
    expect(pageKey(get('/api/diagnose'))).toBeUndefined();
    expect(pageKey(get('/', { 'next-action': 'abc' }))).toBeUndefined();
    expect(pageKey(get('/', { cookie: 'a=b' }))).toBeUndefined();
    expect(pageKey(get('/', { authorization: 'Basic x' }))).toBeUndefined();
    expect(pageKey(get('http://elsewhere/'))).toBeUndefined();
  });
});

describe('sharedLifetime', () => {
  const html = {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'public, max-age=0, s-maxage=300, stale-while-revalidate=3600',
  };
  it("is the answer's s-maxage when a shared cache may keep it", () => {
    expect(sharedLifetime(200, html)).toBe(300);
    expect(sharedLifetime(200, { ...html, 'content-type': 'text/x-component' })).toBe(300);
  });
  it('is 0 for anything a shared cache must not keep', () => {
    expect(sharedLifetime(404, html)).toBe(0);
    expect(sharedLifetime(307, html)).toBe(0);
    expect(sharedLifetime(200, { ...html, 'set-cookie': 'a=b' })).toBe(0);
    expect(sharedLifetime(200, { ...html, 'content-type': 'application/json' })).toBe(0);
    expect(sharedLifetime(200, { ...html, 'cache-control': 'private, no-store' })).toBe(0);
    expect(sharedLifetime(200, { ...html, 'cache-control': 'public, s-maxage=300, no-store' })).toBe(0);
    expect(sharedLifetime(200, { ...html, 'cache-control': 'public, max-age=60' })).toBe(0);
    expect(sharedLifetime(200, { ...html, 'cache-control': undefined })).toBe(0);
  });
});

describe('preferredEncoding', () => {
  it('prefers brotli, then gzip, as the client weighs them', () => {
    expect(preferredEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(preferredEncoding('gzip')).toBe('gzip');
    expect(preferredEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(preferredEncoding('br;q=0, gzip')).toBe('gzip');
    expect(preferredEncoding('*')).toBe('br');
    expect(preferredEncoding('*, br;q=0')).toBe('gzip');
  });
  it('sends no encoding to a client that takes none of them', () => {
    expect(preferredEncoding(undefined)).toBeUndefined();
    expect(preferredEncoding('identity')).toBeUndefined();
    expect(preferredEncoding('deflate')).toBeUndefined();
    expect(preferredEncoding('gzip;q=0, *;q=0')).toBeUndefined();
  });
});

describe('notModified', () => {
  it('matches a validator the client holds, weak or not', () => {
    expect(notModified('W/"abc"', 'W/"abc"')).toBe(true);
    expect(notModified('"x", "abc"', 'W/"abc"')).toBe(true);
    expect(notModified('*', 'W/"abc"')).toBe(true);
    expect(notModified('W/"abd"', 'W/"abc"')).toBe(false);
    expect(notModified(undefined, 'W/"abc"')).toBe(false);
  });
});
