import { type NextRequest, NextResponse } from 'next/server';
import { detectClient } from '@/lib/detect-client';
import { FACT_KEYS, type Facts, parseFacts, serializeFacts, UNKNOWN } from '@/machines/facts';

/**
 * Keeps every step page a pure function of its URL. A visitor's instructions depend on their
 * device, system and browser; rather than render from the User-Agent (which a CDN caching by URL
 * would serve to everyone), the first visitor URL without them redirects once to the same URL
 * with what the User-Agent says filled in as facts (or "unknown"). That redirect is never cached.
 * Parameters that are not facts (support mode, an embed's theme) pass through untouched.
 */
export function proxy(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const facts = parseFacts(params);
  if (facts.role !== 'visitor' || (facts.device && facts.os && facts.browser)) return NextResponse.next();
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

export const config = { matcher: ['/diagnose', '/embed'] };
