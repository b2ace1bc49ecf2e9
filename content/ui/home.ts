import type { Facts } from '@/machines/facts';

/** The start page's frame; what a 502 means is in content/home.mdx. */
export const home = {
  heading: 'Seeing “502 Bad Gateway”?',
  /** The request chain in general, before anything is known of the reader's. */
  chain: {
    browser: 'Your browser',
    gateway: 'Gateway',
    gatewayDetail: 'CDN, load balancer or proxy',
    upstream: 'Upstream',
    upstreamDetail: 'the application server',
    caption: 'The browser reached the gateway; the gateway did not get a usable answer from the server behind it, so it answered 502.',
  },
  who: 'Is this your site?',
  /** The first question's answers, by role. */
  roles: {
    visitor: { answer: 'No, I’m visiting it', hint: 'Find out whether it’s you or the site, in about a minute.' },
    owner: { answer: 'Yes, I run it or work on it', hint: 'Find which layer failed, the likely cause and the fix for your stack.' },
  } satisfies Record<Exclude<NonNullable<Facts['role']>, 'unknown'>, { answer: string; hint: string }>,
};
