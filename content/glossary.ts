/**
 * Plain-language definitions, shown in place by `<Term id="…">` and listed on the glossary page.
 * Ids are stable: content links to them.
 */
export const glossary: Record<string, { term: string; definition: string }> = {
  'bad-gateway': {
    term: '502 Bad Gateway',
    definition:
      'An HTTP error meaning a server that passes requests on (a gateway) could not use the answer it got from the server behind it: the answer was broken, or none came.',
  },
  gateway: {
    term: 'Gateway',
    definition:
      'A server that sits between you and another service and passes your request on to it. Proxies, load balancers and CDNs are all gateways.',
  },
  'reverse-proxy': {
    term: 'Reverse proxy',
    definition:
      "A front-facing server that receives a site's requests first and forwards them to the application behind it. Nginx, Apache, HAProxy, Caddy and Traefik are common ones.",
  },
  upstream: {
    term: 'Upstream',
    definition:
      'The next server or service behind a proxy: the one expected to answer the request. When it fails, the proxy in front shows the error.',
  },
  backend: {
    term: 'Backend',
    definition: 'The part of a site that does the real work, such as the application process that builds pages and talks to the database.',
  },
  origin: {
    term: 'Origin',
    definition: "The site's own server, which a CDN or edge service fetches pages from on the visitor's behalf.",
  },
  'load-balancer': {
    term: 'Load balancer',
    definition:
      'A front layer that spreads requests across several backend servers, and stops sending requests to servers that fail their health checks.',
  },
  cdn: {
    term: 'CDN',
    definition:
      "A content delivery network: servers around the world that sit in front of a site, closer to visitors. They keep copies of pages, filter traffic, and forward the rest to the site's origin. Cloudflare, CloudFront, Fastly and Akamai are CDNs.",
  },
  dns: {
    term: 'DNS',
    definition: "The internet's address book. It turns a name such as example.com into the address of the server to connect to.",
  },
  tls: {
    term: 'TLS',
    definition:
      'The encryption behind HTTPS, which also proves a server is who it claims to be. If two servers disagree about it (one expects HTTPS, the other speaks plain HTTP, or a certificate is invalid), the handoff between them fails.',
  },
  socket: {
    term: 'Port or socket',
    definition:
      'Where a backend listens for connections: a network port such as 127.0.0.1:3000, or a socket file on the same machine, such as the one PHP-FPM uses. The proxy must point at exactly the right one.',
  },
  'dns-cache': {
    term: 'DNS cache',
    definition:
      "Your device's and browser's short-term memory of DNS answers, so they don't look up every site every time. If a site moves, an old entry can send you to the wrong server until it expires or is cleared.",
  },
  'private-window': {
    term: 'Private window',
    definition:
      'A browser window that starts without your saved pages and cookies and, by default, without most extensions. Also called incognito, InPrivate or Secret mode. It still uses the same network, VPN and DNS.',
  },
  vpn: {
    term: 'VPN',
    definition:
      'A virtual private network: an app or service that sends your traffic through its own servers before it reaches a site. If those servers have trouble reaching the site, you can get an error the site itself never sent.',
  },
  'keep-alive': {
    term: 'Keep-alive',
    definition:
      'Reusing one connection for several requests instead of opening a new one each time. If one side closes an idle connection just as the other sends a request on it, that request fails, often as a 502.',
  },
  'health-check': {
    term: 'Health check',
    definition:
      'A small test request that a load balancer or platform sends to each backend every few seconds. Backends that fail it stop receiving traffic; if none pass, requests fail.',
  },
  'php-fpm': {
    term: 'PHP-FPM',
    definition:
      "The program that runs a PHP site's code (WordPress, for example) behind a web server such as Nginx. It has a limited number of workers; when it stops or runs out of them, the web server returns 502 or 504.",
  },
  'oom-killer': {
    term: 'OOM killer',
    definition:
      'The part of Linux that stops a process when the server runs out of memory ("out of memory" is OOM). If it stops the backend, the proxy in front starts returning 502.',
  },
};
