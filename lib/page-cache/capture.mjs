import { PAGE_CACHE_RENDER } from './policy.mjs';

/**
 * Runs Next's handler for one request and keeps its answer instead of sending it: status,
 * headers and the whole body, uncompressed (the request is made to accept only identity, and the
 * caller restores its own Accept-Encoding before answering), and without a CSP nonce. Next writes
 * through the usual ServerResponse methods (as the compression middleware it wraps them with
 * does), so those are the ones borrowed here, and given back before the promise settles.
 *
 * If the client goes away first, the promise fails (code CLIENT_GONE) rather than wait for an end
 * that may never come: others waiting for this render then render for themselves.
 *
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<unknown>} handle
 * @returns {Promise<{ status: number, headers: Record<string, string | string[] | number | undefined>, body: Buffer }>}
 */
export function captureResponse(req, res, handle) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    const own = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
    const restore = () => Object.assign(res, own);
    const keep = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'));
    };
    const callbackOf = (...args) => args.find((a) => typeof a === 'function');

    res.writeHead = function writeHead(status, reason, headers) {
      res.statusCode = status;
      const given = typeof reason === 'string' ? headers : reason;
      if (Array.isArray(given)) {
        const pairs = Array.isArray(given[0]) ? given : given.flatMap((v, i) => (i % 2 ? [] : [[v, given[i + 1]]]));
        for (const [name, value] of pairs) res.setHeader(name, value);
      } else if (given) {
        for (const [name, value] of Object.entries(given)) if (value !== undefined) res.setHeader(name, value);
      }
      return res;
    };
    res.flushHeaders = () => {};
    res.write = (chunk, encoding, callback) => {
      keep(chunk, encoding);
      callbackOf(encoding, callback)?.();
      return true;
    };
    res.end = (chunk, encoding, callback) => {
      keep(chunk, encoding);
      restore();
      resolve({ status: res.statusCode, headers: res.getHeaders(), body: Buffer.concat(chunks) });
      callbackOf(chunk, encoding, callback)?.();
      return res;
    };

    res.once('close', () => {
      if (res.writableEnded) return;
      restore();
      reject(Object.assign(new Error('the client closed the connection before its page was rendered'), { code: 'CLIENT_GONE' }));
    });
    req.headers['accept-encoding'] = 'identity';
    req.headers[PAGE_CACHE_RENDER] = '1';
    handle(req, res).catch((error) => {
      restore();
      reject(error);
    });
  });
}
