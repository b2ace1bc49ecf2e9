import createMDX from '@next/mdx';

// Every page is a pure function of its URL (proxy.ts makes sure of it for steps), so a shared
// cache may keep it by URL for a short while: a CDN, and the server's own page cache
// (lib/page-cache), which keeps exactly what this allows. Browsers revalidate every time.
const sharedCache = [{ key: 'Cache-Control', value: 'public, max-age=0, s-maxage=300, stale-while-revalidate=3600' }];
const PAGES = ['/', '/diagnose', '/embed', '/causes', '/causes/:id', '/map', '/faq', '/glossary', '/embedding'];
// Pages link the icon by a URL that changes with its content (`/icon.svg?icon.<hash>.svg`), and
// re-render that link on every step change: without a lifetime the browser fetched it each time.
const iconCache = [{ key: 'Cache-Control', value: 'public, max-age=86400, stale-while-revalidate=604800' }];

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), browsing-topics=()' },
];

// The standalone site refuses to be framed (also by its Content-Security-Policy, set with a nonce
// per page in proxy.ts); only /embed may be, by the origins in EMBED_ALLOWED_ORIGINS.
const refuseFraming = [{ key: 'X-Frame-Options', value: 'DENY' }];
// JSON is never a document: nothing may run in it or frame it (proxy.ts does not see /api).
const apiPolicy = [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" }];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own folder so they never disturb a running `npm start`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  pageExtensions: ['ts', 'tsx', 'mdx'],
  poweredByHeader: false,
  reactStrictMode: true,
  // The paste form's server path (JavaScript off) takes a whole log: see lib/evidence-limits.ts.
  experimental: { serverActions: { bodySizeLimit: '17mb' } },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Every path but /embed itself (its RSC requests included).
      { source: '/:path((?!embed$).*)', headers: refuseFraming },
      ...PAGES.map((source) => ({ source, headers: sharedCache })),
      { source: '/icon.svg', headers: iconCache },
      { source: '/api/:path*', headers: apiPolicy },
    ];
  },
};

const withMDX = createMDX({
  options: { remarkPlugins: [['remark-gfm', {}]] },
});

export default withMDX(nextConfig);
