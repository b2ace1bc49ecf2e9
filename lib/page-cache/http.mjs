/**
 * The HTTP rules the page cache keeps: which requests it may answer, which answers it may keep and
 * for how long (exactly what the app tells any shared cache), and which encoding a client takes.
 */

/**
 * Request headers that change what Next answers for the same URL (its Vary, and next-url): with
 * them it sends a page's data for the client router rather than the page. Next also puts a hash
 * of them in the URL (`_rsc`), so a CDN keeps those answers apart by URL alone; the cache keys
 * on them as well, to be sure.
 */
const VARIES_ON = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url'];

/**
 * The cache key of a request for a page (the document, or its data for Next's client router), or
 * undefined for anything else: another method, Next's files, the APIs, a server action, a request
 * with credentials.
 *
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} request
 * @returns {string | undefined}
 */
export function pageKey(request) {
  const { method, url = '', headers } = request;
  if (method !== 'GET' && method !== 'HEAD') return undefined;
  if (!url.startsWith('/') || url.startsWith('/_next/') || url.startsWith('/api/')) return undefined;
  if (headers['next-action'] !== undefined || headers.authorization !== undefined || headers.cookie !== undefined) return undefined;
  const variant = VARIES_ON.map((name) => String(headers[name] ?? '')).join('\n');
  return variant.trim() ? `${url}\n${variant}` : url;
}

/**
 * For how many seconds a shared cache may keep this answer: its `s-maxage` when it is a public
 * 200 page (HTML, or Next's data for it) without cookies, else 0.
 *
 * @param {number} status
 * @param {Record<string, string | string[] | number | undefined>} headers lower-case names
 */
export function sharedLifetime(status, headers) {
  if (status !== 200 || headers['set-cookie'] !== undefined) return 0;
  if (!/^text\/(html|x-component)\b/i.test(String(headers['content-type'] ?? ''))) return 0;
  const control = String(headers['cache-control'] ?? '').toLowerCase();
  if (!/(^|[\s,])public\b/.test(control) || /\b(private|no-store|no-cache)\b/.test(control)) return 0;
  const seconds = /\bs-maxage=(\d+)/.exec(control)?.[1];
  return seconds === undefined ? 0 : Number(seconds);
}

/**
 * The best encoding the client accepts among those kept (RFC 9110 §12.5.3): brotli, then gzip,
 * else none. A q of 0 refuses an encoding; `*` stands for any not named.
 *
 * @param {string | string[] | undefined} header Accept-Encoding
 * @returns {'br' | 'gzip' | undefined}
 */
export function preferredEncoding(header) {
  const q = new Map();
  for (const part of String(header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const weight = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    q.set(name, weight === undefined ? 1 : Number(weight));
  }
  const accepts = (name) => (q.get(name) ?? (q.has(name) ? 0 : (q.get('*') ?? 0))) > 0;
  const choices = /** @type {const} */ (['br', 'gzip']).filter(accepts);
  return choices.sort((a, b) => (q.get(b) ?? q.get('*') ?? 0) - (q.get(a) ?? q.get('*') ?? 0))[0];
}

/**
 * Whether a conditional request already holds this version.
 *
 * @param {string | string[] | undefined} ifNoneMatch
 * @param {string} etag
 */
export function notModified(ifNoneMatch, etag) {
  if (ifNoneMatch === undefined) return false;
  const bare = (tag) => tag.trim().replace(/^W\//, '');
  return String(ifNoneMatch)
    .split(',')
    .some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}
