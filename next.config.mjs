import createMDX from '@next/mdx';

// Step pages are a pure function of their URL (proxy.ts makes sure of it), so a CDN may cache
// them by URL for a short while.
const stepCache = [{ key: 'Cache-Control', value: 'public, max-age=0, s-maxage=300, stale-while-revalidate=3600' }];

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), browsing-topics=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
];

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
      { source: '/diagnose', headers: stepCache },
    ];
  },
};

const withMDX = createMDX({
  options: { remarkPlugins: [['remark-gfm', {}]] },
});

export default withMDX(nextConfig);
