import type { Layer } from '@/machines/stack';

/** How each layer of the request chain is named, by what the owner told us they run. */
export const layerNames: Record<Layer, string> = {
  browser: 'Browser',
  cdn: 'CDN',
  'load-balancer': 'Load balancer',
  'reverse-proxy': 'Reverse proxy',
  platform: 'Platform router',
  application: 'Application',
};

export const vendorNames: Record<string, string> = {
  cloudflare: 'Cloudflare',
  cloudfront: 'CloudFront',
  fastly: 'Fastly',
  akamai: 'Akamai',
  'aws-alb': 'AWS ALB',
  gcp: 'Google Cloud LB',
  azure: 'Azure',
  nginx: 'nginx',
  apache: 'Apache',
  haproxy: 'HAProxy',
  caddy: 'Caddy',
  traefik: 'Traefik',
  iis: 'IIS',
  'php-fpm': 'PHP-FPM',
  node: 'Node.js',
  python: 'Python',
  ruby: 'Ruby',
  java: 'Java',
  dotnet: '.NET',
  go: 'Go',
  shared: 'your host’s web server',
  paas: 'the platform’s router',
  serverless: 'API gateway or function URL',
};
