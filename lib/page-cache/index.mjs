import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { captureResponse } from './capture.mjs';
import { notModified, pageKey, preferredEncoding, sharedLifetime } from './http.mjs';
import { PAGE_CACHE_RENDER, pinInlineScripts } from './policy.mjs';
import { PageStore } from './store.mjs';

const compressBrotli = promisify(brotliCompress);
// Measured on step pages of 27–49 KB: quality 6 takes about 1 ms and is within 10 % of quality 11,
// which takes 25–55 ms. A render costs about 7 ms; a URL nobody asked for before must not cost
// eight times that to compress.
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } };
const compressGzip = promisify(gzip);

/** Headers that describe one transfer, not the page: Node writes its own, or send() does. */
const PER_TRANSFER = ['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'date'];
/** What the kept copy leaves out of Next's headers: the transfer's, and a validator of its own. */
const NOT_KEPT = new Set([...PER_TRANSFER, 'etag']);

/**
 * @typedef {{ key: string, headers: [string, string | string[] | number][], etag: string, identity: Buffer,
 *   encoded: { br?: Promise<Buffer>, gzip?: Promise<Buffer> }, bytes: number, expires: number }} KeptPage
 * @typedef {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<unknown>} Handler
 */

/**
 * A shared cache inside the server, in front of Next: every page is a pure function of its URL
 * (proxy.ts makes sure of it) and says so with `Cache-Control: public, s-maxage=…`, so the first
 * request for a URL renders it and the next ones, until s-maxage runs out, get the same bytes,
 * compressed once. It keeps exactly what a CDN in front would keep, by the same rules, and the
 * copy it keeps names its scripts by hash, not by the first reader's nonce (policy.mjs).
 * Everything else (Next's data requests, files, the APIs, POSTs) goes straight to Next.
 *
 * @param {{ maxBytes: number, now?: () => number }} options maxBytes 0 keeps nothing
 */
export function createPageCache({ maxBytes, now = Date.now }) {
  const store = new PageStore(maxBytes);
  /** @type {Map<string, Promise<KeptPage | undefined>>} one render per URL at a time (never rejects) */
  const rendering = new Map();

  /**
   * Answers the request from the cache, or through Next (keeping the answer when it may).
   *
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {Handler} handle Next's request handler
   */
  async function serve(req, res, handle) {
    // Only the cache itself may ask for a page without a nonce.
    delete req.headers[PAGE_CACHE_RENDER];
    // With a size of 0 nothing is kept, but pages are still rendered as a copy for everyone (no
    // nonce, scripts by hash): a CDN in front keeps them by the same Cache-Control.
    const key = pageKey(req);
    if (key === undefined) return handle(req, res);
    const kept = store.get(key, now());
    if (kept) return send(req, res, kept, 'hit');
    // Only a GET renders into the cache (Next answers a HEAD without a body to keep).
    if (req.method !== 'GET') return handle(req, res);

    const elsewhere = rendering.get(key);
    if (elsewhere) {
      // Someone is rendering this URL right now: share their copy, or render for ourselves.
      const shared = await elsewhere;
      return shared ? send(req, res, shared, 'hit') : handle(req, res);
    }
    const acceptEncoding = req.headers['accept-encoding'];
    const pending = render(key, req, res, handle);
    rendering.set(
      key,
      pending.then(
        (r) => r.kept,
        () => undefined,
      ),
    );
    try {
      const { kept: fresh, captured } = await pending;
      req.headers['accept-encoding'] = acceptEncoding;
      delete req.headers[PAGE_CACHE_RENDER];
      if (fresh) {
        store.set(key, fresh);
        return send(req, res, fresh, 'miss');
      }
      return forward(req, res, captured);
    } finally {
      rendering.delete(key);
    }
  }

  /**
   * @param {string} key
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {Handler} handle
   */
  async function render(key, req, res, handle) {
    const captured = await captureResponse(req, res, handle);
    const lifetime = sharedLifetime(captured.status, captured.headers);
    if (lifetime <= 0) return { captured, kept: undefined };
    const policy = captured.headers['content-security-policy'];
    const html = isHtml(captured.headers);
    const pinned = html ? pinInlineScripts(captured.body.toString('utf8'), String(policy ?? '')) : undefined;
    if (html && pinned === undefined) return { captured, kept: undefined };
    const identity = captured.body;
    const headers = Object.entries(captured.headers)
      .filter(([name, value]) => !NOT_KEPT.has(name) && value !== undefined)
      .map(([name, value]) => /** @type {[string, string | string[] | number]} */ ([name, value]));
    if (policy && pinned) headers.push(['content-security-policy', pinned]);
    const unique = new Map(headers);
    /** @type {KeptPage} */
    const kept = {
      key,
      headers: [...unique],
      etag: `W/"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`,
      identity,
      // Each encoding is made when a client first asks for it, then kept with the page.
      encoded: {},
      bytes: identity.length,
      expires: now() + lifetime * 1000,
    };
    return { captured, kept };
  }

  /**
   * The page in an encoding, compressed once on first demand (a render should not pay for an
   * encoding nobody may ask for).
   *
   * @param {KeptPage} page
   * @param {'br' | 'gzip'} encoding
   */
  function encodedBody(page, encoding) {
    let body = page.encoded[encoding];
    if (!body) {
      body = encoding === 'br' ? compressBrotli(page.identity, BROTLI) : compressGzip(page.identity, { level: 9 });
      page.encoded[encoding] = body;
      body.then((buffer) => store.grow(page.key, page, buffer.length)).catch(() => {});
    }
    return body;
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {KeptPage} page
   * @param {'hit' | 'miss'} outcome
   */
  async function send(req, res, page, outcome) {
    // After a render, Next's own headers are already on `res`: the kept ones replace them.
    for (const name of PER_TRANSFER) res.removeHeader(name);
    for (const [name, value] of page.headers) res.setHeader(name, value);
    res.setHeader('etag', page.etag);
    res.setHeader('x-page-cache', outcome);
    if (notModified(req.headers['if-none-match'], page.etag)) {
      res.statusCode = 304;
      res.end();
      return;
    }
    const encoding = preferredEncoding(req.headers['accept-encoding']);
    const body = encoding ? await encodedBody(page, encoding) : page.identity;
    res.statusCode = 200;
    if (encoding) res.setHeader('content-encoding', encoding);
    res.setHeader('content-length', body.length);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  return { serve, store };
}

/** @param {Record<string, unknown>} headers */
const isHtml = (headers) => /^text\/html\b/i.test(String(headers['content-type'] ?? ''));

/**
 * An answer that may not be kept (a redirect, a 404, a page without `public`) goes out as Next
 * wrote it, compressed for the client as Next would have.
 *
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{ status: number, headers: Record<string, string | string[] | number | undefined>, body: Buffer }} captured
 */
async function forward(req, res, captured) {
  // It was rendered without a nonce, like every capture: its scripts are named by hash too.
  const policy = captured.headers['content-security-policy'];
  if (typeof policy === 'string' && isHtml(captured.headers)) {
    const pinned = pinInlineScripts(captured.body.toString('utf8'), policy);
    if (pinned) res.setHeader('content-security-policy', pinned);
  }
  const encoding = captured.body.length > 1024 ? preferredEncoding(req.headers['accept-encoding']) : undefined;
  const body =
    encoding === 'br'
      ? await compressBrotli(captured.body, BROTLI)
      : encoding === 'gzip'
        ? await compressGzip(captured.body)
        : captured.body;
  for (const name of PER_TRANSFER) res.removeHeader(name);
  if (encoding) res.setHeader('content-encoding', encoding);
  res.setHeader('content-length', body.length);
  res.statusCode = captured.status;
  res.end(body);
}
