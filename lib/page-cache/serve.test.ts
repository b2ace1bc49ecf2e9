import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createPageCache } from './index.mjs';

// A real HTTP server with the page cache in front of a handler that answers the way Next does
// (headers set one by one, the body in chunks, a nonce only when proxy.ts gives one), so each
// test sees what a browser or a CDN would.

type Seen = { url: string; acceptEncoding?: string; cacheRender?: string };

function nextLike(options: { cacheControl?: string; status?: number; fail?: boolean; delayMs?: number } = {}) {
  const seen: Seen[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    seen.push({
      url: req.url ?? '',
      acceptEncoding: req.headers['accept-encoding'],
      cacheRender: req.headers['x-page-cache-render'] as string,
    });
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
    // As Next does: a render whose client has gone is abandoned, and never ends its response.
    if (res.destroyed) return;
    if (options.fail) throw new Error('render failed');
    const nonce = req.headers['x-page-cache-render'] === '1' ? undefined : 'n0nce';
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('cache-control', options.cacheControl ?? 'public, max-age=0, s-maxage=300');
    res.setHeader('content-security-policy', `script-src 'self'${nonce ? ` 'nonce-${nonce}'` : ''} 'strict-dynamic'; object-src 'none'`);
    res.setHeader('vary', 'rsc, Accept-Encoding');
    res.statusCode = options.status ?? 200;
    const attribute = nonce ? ` nonce="${nonce}"` : '';
    res.write(`<!DOCTYPE html><html><body><h1>${req.url}</h1>`);
    res.write(Buffer.from(`<script${attribute}>self.__next_f=[${'0,'.repeat(800)}]</script>`));
    res.end('</body></html>', 'utf8');
  };
  return { handle, seen };
}

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serving(handle: (req: IncomingMessage, res: ServerResponse) => Promise<unknown>, maxBytes = 1 << 20, now = Date.now) {
  const cache = createPageCache({ maxBytes, now });
  server = createServer((req, res) => {
    cache.serve(req, res, handle).catch(() => {
      res.statusCode = 500;
      res.end('Internal Server Error');
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  return { cache, base };
}

/** fetch() decodes bodies itself; these tests read the bytes on the wire. */
async function raw(url: string, headers: Record<string, string> = {}, method = 'GET') {
  const { request } = await import('node:http');
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('the page cache in front of Next', () => {
  it('renders a page once, without a nonce, and answers every later request with the same bytes', async () => {
    const next = nextLike();
    const { base } = await serving(next.handle);
    const first = await raw(`${base}/diagnose?role=owner`);
    const second = await raw(`${base}/diagnose?role=owner`);
    expect(next.seen).toEqual([{ url: '/diagnose?role=owner', acceptEncoding: 'identity', cacheRender: '1' }]);
    expect([first.headers['x-page-cache'], second.headers['x-page-cache']]).toEqual(['miss', 'hit']);
    expect(second.body.equals(first.body)).toBe(true);
    expect(first.body.toString()).not.toMatch(/nonce/);
    expect(first.headers['content-security-policy']).toMatch(/^script-src 'self' 'sha256-[A-Za-z0-9+/=]+'; object-src 'none'$/);
    expect(first.headers['cache-control']).toBe('public, max-age=0, s-maxage=300');
    expect(first.headers.vary).toBe('rsc, Accept-Encoding');
    expect(Number(first.headers['content-length'])).toBe(first.body.length);
  });

  it('sends brotli or gzip as the client asks, each decoding to the same page', async () => {
    const { base } = await serving(nextLike().handle);
    const plain = await raw(`${base}/`);
    const br = await raw(`${base}/`, { 'accept-encoding': 'gzip, br' });
    const gzip = await raw(`${base}/`, { 'accept-encoding': 'gzip' });
    expect([br.headers['content-encoding'], gzip.headers['content-encoding'], plain.headers['content-encoding']]).toEqual([
      'br',
      'gzip',
      undefined,
    ]);
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    expect(br.body.length).toBeLessThan(plain.body.length);
  });

  it('answers HEAD and conditional requests from the copy', async () => {
    const next = nextLike();
    const { base } = await serving(next.handle);
    const page = await raw(`${base}/faq`);
    const head = await raw(`${base}/faq`, {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers.etag).toBe(page.headers.etag);
    const again = await raw(`${base}/faq`, { 'if-none-match': String(page.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(next.seen).toHaveLength(1);
  });

  it('renders once for many requests arriving together', async () => {
    const next = nextLike({ delayMs: 50 });
    const { base } = await serving(next.handle);
    const answers = await Promise.all(Array.from({ length: 8 }, () => raw(`${base}/map`)));
    expect(next.seen).toHaveLength(1);
    expect(new Set(answers.map((a) => a.body.toString())).size).toBe(1);
  });

  it('renders again once s-maxage has run out', async () => {
    let clock = 0;
    const next = nextLike();
    const { base } = await serving(next.handle, 1 << 20, () => clock);
    await raw(`${base}/`);
    clock = 299_999;
    await raw(`${base}/`);
    clock = 300_000;
    await raw(`${base}/`);
    expect(next.seen).toHaveLength(2);
  });

  it('passes on what it may not keep, as Next wrote it, scripts named by hash', async () => {
    const next = nextLike({ cacheControl: 'private, no-store', status: 404 });
    const { base } = await serving(next.handle);
    const first = await raw(`${base}/nowhere`, { 'accept-encoding': 'gzip' });
    await raw(`${base}/nowhere`);
    expect(next.seen).toHaveLength(2);
    expect(first.status).toBe(404);
    expect(first.headers['x-page-cache']).toBeUndefined();
    expect(first.headers['cache-control']).toBe('private, no-store');
    expect(first.headers['content-security-policy']).toMatch(/^script-src 'self' 'sha256-/);
    expect(gunzipSync(first.body).toString()).toMatch(/<h1>\/nowhere<\/h1>/);
  });

  it("leaves Next's own requests alone, and never lets a client ask for a page without a nonce", async () => {
    const next = nextLike();
    const { base } = await serving(next.handle);
    await raw(`${base}/api/diagnose`, { 'x-page-cache-render': '1' }, 'POST');
    const direct = await raw(`${base}/api/diagnose`, { 'x-page-cache-render': '1' }, 'POST');
    expect(next.seen.map((s) => s.cacheRender)).toEqual([undefined, undefined]);
    expect(direct.body.toString()).toMatch(/nonce="n0nce"/);
  });

  it('keeps nothing when its size is 0, yet pins every page by hash for the CDN in front', async () => {
    const next = nextLike();
    const { base } = await serving(next.handle, 0);
    const first = await raw(`${base}/`);
    const second = await raw(`${base}/`);
    expect(next.seen).toHaveLength(2);
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.body.toString()).not.toMatch(/nonce/);
    expect(second.headers['content-security-policy']).toMatch(/^script-src 'self' 'sha256-/);
  });

  it('does not leave others waiting when the first client goes away during the render', async () => {
    const next = nextLike({ delayMs: 150 });
    const { base } = await serving(next.handle);
    const { request } = await import('node:http');
    const gone = request(`${base}/slow`);
    gone.on('error', () => {});
    gone.end();
    // A second reader arrives while the first one's render runs, and waits for it.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const waiting = raw(`${base}/slow`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    gone.destroy();
    const later = await waiting;
    expect(later.status).toBe(200);
    expect(later.body.toString()).toMatch(/<h1>\/slow<\/h1>/);
    expect(next.seen).toHaveLength(2);
  });

  it('survives a failed render: the request fails, the next one renders again', async () => {
    const failing = nextLike({ fail: true });
    const { base } = await serving(failing.handle);
    expect((await raw(`${base}/`)).status).toBe(500);
    expect((await raw(`${base}/`)).status).toBe(500);
    expect(failing.seen).toHaveLength(2);
  });
});
