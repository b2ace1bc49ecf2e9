import { createHash } from 'node:crypto';

/**
 * A page rendered for one request carries that request's CSP nonce; a copy kept for everyone must
 * not (a nonce seen once is a nonce an attacker can reuse). So the pages the cache keeps are
 * rendered without one (proxy.ts leaves it out when PAGE_CACHE_RENDER asks) and their policy names
 * the inline scripts by SHA-256 instead, which holds for every reader of those exact bytes, a
 * CDN's copy included:
 *
 *   script-src 'self' 'strict-dynamic'   →   script-src 'self' 'sha256-…' 'sha256-…'
 *
 * 'strict-dynamic' goes, so that 'self' covers Next's own `<script src>` files again (no script
 * of another origin is allowed either way). Only scripts the server wrote are hashed: nothing a
 * visitor sends is ever inside a <script> (URL facts are a closed vocabulary, and React escapes
 * what it puts in the inline data).
 *
 * @param {string} html the page, rendered without a nonce
 * @param {string} policy its Content-Security-Policy, as proxy.ts wrote it
 * @returns {string | undefined} the pinned policy; undefined when the page was rendered with a
 *   nonce after all: such a copy must not be kept
 */
export function pinInlineScripts(html, policy) {
  // A nonce on a tag, or in the page's inline data (where React writes "$undefined" for none).
  if (/\snonce="|\\"nonce\\":\\"(?!\$undefined\\")/.test(html)) return undefined;
  const hashes = [...new Set(inlineScripts(html).map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`))];
  const directives = policy.split(';').map((directive) => {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name.toLowerCase() !== 'script-src') return directive.trim();
    const kept = sources.filter((source) => !/^'nonce-/i.test(source) && source.toLowerCase() !== "'strict-dynamic'");
    return [name, ...kept, ...hashes].join(' ');
  });
  return directives.join('; ');
}

/** The request header with which the page cache asks proxy.ts for a page without a nonce. */
export const PAGE_CACHE_RENDER = 'x-page-cache-render';

/** JavaScript types a browser runs; anything else in a <script> is a data block (CSP ignores it). */
const RUNNABLE = /^(|text\/javascript|application\/javascript|module)$/i;

/**
 * The bodies of the page's inline, runnable scripts, byte for byte as the browser hashes them.
 * The HTML is the server's own (React's output), where a script's body never holds `</script`.
 *
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScripts(html) {
  const bodies = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1];
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
    if (RUNNABLE.test(type)) bodies.push(match[2]);
  }
  return bodies;
}
