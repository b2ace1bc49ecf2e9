import { type NextRequest, NextResponse } from 'next/server';
import { detectClient } from '@/lib/detect-client';
import { PAGE_CACHE_RENDER } from '@/lib/page-cache/policy.mjs';
import { isCauseId } from '@/machines/causes';
import { FACT_KEYS, type Facts, parseFacts, serializeFacts, UNKNOWN } from '@/machines/facts';

/**
 * Runs before every page. Two jobs:
 *
 * 1. A Content-Security-Policy with a fresh nonce per page, which Next puts on every inline script
 *    it writes: no inline script runs without it, nothing loads from another origin, and only
 *    /embed may be framed (by EMBED_ALLOWED_ORIGINS, any origin by default). Pages the page
 *    cache keeps are rendered without the nonce and pinned by hash (lib/page-cache/policy.mjs).
 * 2. Keeping every step page a pure function of its URL. A visitor's instructions depend on their
 *    device, system and browser; rather than render from the User-Agent (which a CDN caching by
 *    URL would serve to everyone), the first visitor URL without them redirects once to the same
 *    URL with what the User-Agent says filled in as facts (or "unknown"), never cached.
 *    Parameters that are not facts (support mode, an embed's theme) pass through untouched.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (pathname === '/diagnose' || pathname === '/embed') {
    const redirect = visitorRedirect(request, searchParams);
    if (redirect) return redirect;
  }
  // Next reads the policy to put its nonce on the scripts it renders. A copy the page cache keeps
  // for everyone gets none: the cache names its scripts by hash instead.
  const nonce = request.headers.get(PAGE_CACHE_RENDER) === '1' ? undefined : btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce, pathname === '/embed');
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  // An unknown cause id gets the site's own "not found" page, as any unknown address does: a
  // page's notFound() would send Next's bare error document instead (empty without JavaScript).
  const response = isUnknownCause(pathname)
    ? NextResponse.rewrite(new URL('/causes/-/not-found', request.url), { request: { headers } })
    : NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

function isUnknownCause(pathname: string): boolean {
  const match = /^\/causes\/([^/]+)\/?$/.exec(pathname);
  if (!match) return false;
  try {
    return !isCauseId(decodeURIComponent(match[1]));
  } catch {
    return true;
  }
}

function contentSecurityPolicy(nonce: string | undefined, embed: boolean): string {
  const framing = embed ? process.env.EMBED_ALLOWED_ORIGINS?.trim() || '*' : "'none'";
  // React's development build evaluates code for its error overlay; production never does.
  const dev = process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : '';
  return [
    "default-src 'self'",
    `script-src 'self'${nonce ? ` 'nonce-${nonce}'` : ''} 'strict-dynamic'${dev}`,
    // Style attributes (a progress bar's width, an embedder's accent) cannot carry a nonce.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${framing}`,
  ].join('; ');
}

function visitorRedirect(request: NextRequest, params: URLSearchParams): NextResponse | undefined {
  const facts = parseFacts(params);
  if (facts.role !== 'visitor' || (facts.device && facts.os && facts.browser)) return undefined;
  const detected = detectClient(request.headers.get('user-agent'));
  const withClient: Facts = {
    ...facts,
    device: facts.device ?? detected.device,
    os: facts.os ?? detected.os ?? UNKNOWN,
    browser: facts.browser ?? detected.browser ?? UNKNOWN,
  };
  const others = [...params].filter(([key]) => !(FACT_KEYS as string[]).includes(key));
  const url = request.nextUrl.clone();
  url.search = [serializeFacts(withClient), new URLSearchParams(others).toString()].filter(Boolean).join('&');
  const response = NextResponse.redirect(url, 307);
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: not the APIs, Next's static files, the icon or embed.js (which the help
      // centre's page loads under its own policy). Prefetches need no policy of their own.
      source: '/((?!api/|_next/static|_next/image|icon.svg|embed.js).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
