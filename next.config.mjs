import createMDX from '@next/mdx';

// Step pages are a pure function of their URL (proxy.ts makes sure of it), so a CDN may cache
// them by URL for a short while.
const stepCache = [{ key: 'Cache-Control', value: 'public, max-age=0, s-maxage=300, stale-while-revalidate=3600' }];

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), browsing-topics=()' },
];

// The standalone site refuses to be framed; only /embed may be, by the origins in
// EMBED_ALLOWED_ORIGINS (space-separated, e.g. "https://help.example.com https://*.zendesk.com"),
// any origin by default.
const refuseFraming = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
];
const embedFraming = [{ key: 'Content-Security-Policy', value: `frame-ancestors ${process.env.EMBED_ALLOWED_ORIGINS?.trim() || '*'}` }];

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
      { source: '/embed', headers: [...embedFraming, ...stepCache] },
      { source: '/diagnose', headers: stepCache },
    ];
  },
};

const withMDX = createMDX({
  options: { remarkPlugins: [['remark-gfm', {}]] },
});

export default withMDX(nextConfig);
