import type { OutcomeId } from '../machines/causes';
import type { Facts } from '../machines/facts';

/**
 * Named journeys, written once and walked twice: by the unit tests through the machine, and by
 * Playwright through the pages, as a person would. Each lists the answers a person gives, in
 * order; a question whose fact is missing is answered "Not sure".
 */
export type Journey = { name: string; facts: Facts; outcome: OutcomeId };

const visitor = { role: 'visitor', statusCode: '502' } as const;

export const visitorJourneys: Journey[] = [
  { name: 'a refresh fixes a passing blip', facts: { ...visitor, refresh: 'fixed' }, outcome: 'transient-blip' },
  { name: 'the site is down for everyone', facts: { ...visitor, refresh: 'not-fixed', downForEveryone: 'yes' }, outcome: 'site-outage' },
  { name: 'a cached error page', facts: { ...visitor, refresh: 'not-fixed', downForEveryone: 'no', clearCache: 'fixed' }, outcome: 'browser-cache' },
  {
    name: 'an extension breaks the request (a private window works)',
    facts: { ...visitor, refresh: 'not-fixed', downForEveryone: 'no', clearCache: 'not-fixed', privateWindow: 'fixed' },
    outcome: 'browser-extension',
  },
  {
    name: 'another browser works',
    facts: { ...visitor, refresh: 'not-fixed', downForEveryone: 'unknown', clearCache: 'not-fixed', privateWindow: 'not-fixed', otherBrowser: 'fixed' },
    outcome: 'browser-extension',
  },
  {
    name: 'stale DNS on a Windows PC',
    facts: { ...visitor, refresh: 'not-fixed', downForEveryone: 'no', clearCache: 'not-fixed', privateWindow: 'not-fixed', otherBrowser: 'not-fixed', flushDns: 'fixed' },
    outcome: 'local-dns',
  },
  {
    name: 'a VPN breaks the path',
    facts: { ...visitor, refresh: 'not-fixed', downForEveryone: 'no', clearCache: 'not-fixed', privateWindow: 'not-fixed', otherBrowser: 'not-fixed', flushDns: 'not-fixed', usesVpn: 'yes', disableVpn: 'fixed' },
    outcome: 'vpn-or-proxy',
  },
  {
    name: 'a phone on a bad Wi-Fi network',
    facts: { ...visitor, refresh: 'not-fixed', downForEveryone: 'no', clearCache: 'not-fixed', privateWindow: 'not-fixed', otherBrowser: 'not-fixed', flushDns: 'not-fixed', usesVpn: 'no', switchNetwork: 'fixed' },
    outcome: 'local-network',
  },
  {
    name: 'it came back after a wait',
    facts: { ...visitor, refresh: 'not-fixed', downForEveryone: 'unknown', clearCache: 'not-fixed', privateWindow: 'not-fixed', otherBrowser: 'not-fixed', flushDns: 'not-fixed', usesVpn: 'no', switchNetwork: 'not-fixed', waitRetry: 'fixed' },
    outcome: 'transient-blip',
  },
  {
    name: 'nothing on the visitor’s side helps',
    facts: { ...visitor, refresh: 'not-fixed', downForEveryone: 'no', clearCache: 'not-fixed', privateWindow: 'not-fixed', otherBrowser: 'not-fixed', flushDns: 'not-fixed', usesVpn: 'yes', disableVpn: 'not-fixed', switchNetwork: 'not-fixed', waitRetry: 'not-fixed' },
    outcome: 'site-outage',
  },
  { name: 'a visitor who sees a 504 instead', facts: { role: 'visitor', statusCode: '504' }, outcome: 'status-504' },
  { name: 'a visitor who sees a 503 instead', facts: { role: 'visitor', statusCode: '503' }, outcome: 'status-503' },
  { name: 'an owner who sees a 500 instead', facts: { role: 'owner', statusCode: '500' }, outcome: 'status-500' },
];

const owner = { role: 'owner', statusCode: '502' } as const;

export const ownerJourneys: Journey[] = [
  {
    name: 'upstream down on a VPS behind Cloudflare',
    facts: { ...owner, hosting: 'vps', cdn: 'cloudflare', loadBalancer: 'none', proxy: 'nginx', runtime: 'node', scope: 'everyone', pattern: 'constant', recentChange: 'deploy', errorSource: 'proxy', logSignal: 'connection-refused', serviceStatus: 'stopped', resources: 'ok', appLog: 'none' },
    outcome: 'upstream-down',
  },
  {
    name: 'php-fpm socket missing after a PHP upgrade on a VPS',
    facts: { ...owner, hosting: 'vps', cdn: 'none', loadBalancer: 'none', proxy: 'nginx', runtime: 'php-fpm', cms: 'none', scope: 'everyone', pattern: 'constant', recentChange: 'config', errorSource: 'proxy', logSignal: 'no-such-file' },
    outcome: 'socket-or-permission',
  },
  {
    name: 'WordPress fatal error on shared hosting',
    facts: { ...owner, hosting: 'shared', cdn: 'none', runtime: 'php-fpm', cms: 'wordpress', scope: 'everyone', pattern: 'constant', recentChange: 'deploy', errorSource: 'proxy', logAccess: 'limited', appLog: 'fatal-error' },
    outcome: 'app-fatal-error',
  },
  {
    name: 'shared hosting with no logs escalates to the provider',
    facts: { ...owner, hosting: 'shared', cdn: 'none', runtime: 'php-fpm', cms: 'none', scope: 'everyone', pattern: 'intermittent', traffic: 'normal', recentChange: 'none', errorSource: 'unknown', logAccess: 'limited', appLog: 'unknown' },
    outcome: 'provider-infrastructure',
  },
  {
    name: 'a WordPress plugin on shared hosting behind Cloudflare',
    facts: { ...owner, hosting: 'shared', cdn: 'cloudflare', runtime: 'php-fpm', cms: 'wordpress', scope: 'everyone', pattern: 'constant', recentChange: 'deploy', errorSource: 'proxy', logAccess: 'limited', appLog: 'none', pluginsDisabled: 'fixed' },
    outcome: 'app-fatal-error',
  },
  {
    name: 'Cloudflare blocked by an origin firewall on a VPS',
    facts: { ...owner, hosting: 'vps', cdn: 'cloudflare', loadBalancer: 'none', proxy: 'nginx', runtime: 'node', scope: 'everyone', pattern: 'constant', recentChange: 'config', errorSource: 'cdn', cdnBypass: 'works', tls: 'ok', firewall: 'blocked' },
    outcome: 'firewall-block',
  },
  {
    name: 'Cloudflare Full (strict) and an expired origin certificate on a dedicated server',
    facts: { ...owner, hosting: 'dedicated', cdn: 'cloudflare', loadBalancer: 'none', proxy: 'nginx', runtime: 'python', scope: 'everyone', pattern: 'constant', recentChange: 'none', errorSource: 'cdn', cdnBypass: 'works', tls: 'cert-invalid' },
    outcome: 'tls-mismatch',
  },
  {
    name: 'CloudFront pointing at the old origin after a migration',
    facts: { ...owner, hosting: 'vps', cdn: 'cloudfront', loadBalancer: 'none', proxy: 'nginx', runtime: 'node', scope: 'everyone', pattern: 'constant', recentChange: 'migration', errorSource: 'cdn', cdnBypass: 'works', tls: 'ok', firewall: 'open', dns: 'wrong' },
    outcome: 'dns-resolution',
  },
  {
    name: 'a Fastly edge incident in front of a PaaS app',
    facts: { ...owner, hosting: 'paas', cdn: 'fastly', runtime: 'ruby', scope: 'some', pattern: 'intermittent', traffic: 'normal', recentChange: 'none', errorSource: 'cdn', cdnBypass: 'works', tls: 'ok', firewall: 'open', dns: 'correct' },
    outcome: 'cdn-edge-issue',
  },
  {
    name: 'Cloudflare in front of a crashed origin (the bypass fails too)',
    facts: { ...owner, hosting: 'dedicated', cdn: 'cloudflare', loadBalancer: 'none', proxy: 'apache', runtime: 'php-fpm', cms: 'none', scope: 'everyone', pattern: 'constant', recentChange: 'none', errorSource: 'cdn', cdnBypass: 'fails', logSignal: 'connection-refused', serviceStatus: 'stopped', resources: 'disk' },
    outcome: 'resource-exhaustion',
  },
  {
    name: 'AWS ALB with failing health checks after a deploy',
    facts: { ...owner, hosting: 'vps', cdn: 'none', loadBalancer: 'aws-alb', proxy: 'nginx', runtime: 'node', scope: 'everyone', pattern: 'constant', recentChange: 'deploy', errorSource: 'load-balancer', healthChecks: 'failing' },
    outcome: 'no-healthy-upstream',
  },
  {
    name: 'AWS ALB keep-alive race with a Node target',
    facts: { ...owner, hosting: 'vps', cdn: 'none', loadBalancer: 'aws-alb', proxy: 'none', runtime: 'node', scope: 'some', pattern: 'intermittent', traffic: 'normal', recentChange: 'none', errorSource: 'load-balancer', healthChecks: 'passing', tls: 'ok' },
    outcome: 'premature-close',
  },
  {
    name: 'AWS ALB speaking HTTPS to an HTTP-only target',
    facts: { ...owner, hosting: 'dedicated', cdn: 'cloudfront', loadBalancer: 'aws-alb', proxy: 'none', runtime: 'java', scope: 'everyone', pattern: 'constant', recentChange: 'config', errorSource: 'load-balancer', healthChecks: 'passing', tls: 'mismatch' },
    outcome: 'tls-mismatch',
  },
  {
    name: 'a GCP load balancer and an app listening on the wrong port',
    facts: { ...owner, hosting: 'vps', cdn: 'none', loadBalancer: 'gcp', proxy: 'nginx', runtime: 'python', scope: 'everyone', pattern: 'constant', recentChange: 'none', errorSource: 'load-balancer', healthChecks: 'passing', tls: 'ok', logSignal: 'connection-refused', serviceStatus: 'running', listening: 'elsewhere' },
    outcome: 'wrong-upstream-target',
  },
  {
    name: 'a Heroku app that does not bind $PORT',
    facts: { ...owner, hosting: 'paas', cdn: 'none', runtime: 'node', scope: 'everyone', pattern: 'constant', recentChange: 'deploy', errorSource: 'platform', platformLog: 'boot-timeout' },
    outcome: 'wrong-upstream-target',
  },
  {
    name: 'a Render app over its memory quota in a traffic spike',
    facts: { ...owner, hosting: 'paas', cdn: 'none', runtime: 'python', scope: 'everyone', pattern: 'intermittent', traffic: 'spike', recentChange: 'none', errorSource: 'platform', platformLog: 'memory-quota' },
    outcome: 'resource-exhaustion',
  },
  {
    name: 'a PaaS app crashing on boot with a fatal error',
    facts: { ...owner, hosting: 'paas', cdn: 'cloudflare', runtime: 'go', scope: 'everyone', pattern: 'constant', recentChange: 'deploy', errorSource: 'platform', platformLog: 'app-crashed', appLog: 'fatal-error' },
    outcome: 'app-fatal-error',
  },
  {
    name: 'a Lambda behind API Gateway returning the wrong shape',
    facts: { ...owner, hosting: 'serverless', cdn: 'none', runtime: 'node', scope: 'everyone', pattern: 'constant', recentChange: 'deploy', errorSource: 'platform', functionLog: 'malformed-response' },
    outcome: 'malformed-response',
  },
  {
    name: 'a Lambda timing out behind CloudFront',
    facts: { ...owner, hosting: 'serverless', cdn: 'cloudfront', runtime: 'python', scope: 'everyone', pattern: 'intermittent', traffic: 'spike', recentChange: 'none', errorSource: 'platform', functionLog: 'timed-out' },
    outcome: 'upstream-timeout',
  },
  {
    name: 'Kubernetes pods OOMKilled behind an ALB',
    facts: { ...owner, hosting: 'kubernetes', cdn: 'none', loadBalancer: 'aws-alb', proxy: 'nginx', runtime: 'java', scope: 'everyone', pattern: 'intermittent', traffic: 'spike', recentChange: 'none', errorSource: 'proxy', podStatus: 'oom-killed' },
    outcome: 'resource-exhaustion',
  },
  {
    name: 'a Kubernetes Service targetPort mismatch behind Cloudflare',
    facts: { ...owner, hosting: 'kubernetes', cdn: 'cloudflare', loadBalancer: 'gcp', proxy: 'traefik', runtime: 'go', scope: 'everyone', pattern: 'constant', recentChange: 'deploy', errorSource: 'proxy', podStatus: 'running', serviceEndpoints: 'wrong-port' },
    outcome: 'wrong-upstream-target',
  },
  {
    name: 'Kubernetes readiness failing after a rollout on Azure',
    facts: { ...owner, hosting: 'kubernetes', cdn: 'none', loadBalancer: 'azure', proxy: 'nginx', runtime: 'dotnet', scope: 'everyone', pattern: 'constant', recentChange: 'deploy', errorSource: 'proxy', podStatus: 'not-ready' },
    outcome: 'no-healthy-upstream',
  },
  {
    name: 'nginx buffers too small for big cookies',
    facts: { ...owner, hosting: 'vps', cdn: 'none', loadBalancer: 'none', proxy: 'nginx', runtime: 'php-fpm', cms: 'none', scope: 'some', pattern: 'intermittent', traffic: 'normal', recentChange: 'none', errorSource: 'proxy', logSignal: 'too-big-header' },
    outcome: 'header-too-large',
  },
  {
    name: 'php-fpm max_children reached on a dedicated server',
    facts: { ...owner, hosting: 'dedicated', cdn: 'none', loadBalancer: 'none', proxy: 'nginx', runtime: 'php-fpm', cms: 'none', scope: 'everyone', pattern: 'intermittent', traffic: 'spike', recentChange: 'none', errorSource: 'proxy', logSignal: 'reset-by-peer', resources: 'ok', appLog: 'pool-exhausted' },
    outcome: 'upstream-overloaded',
  },
  {
    name: 'gunicorn workers timing out on a VPS',
    facts: { ...owner, hosting: 'vps', cdn: 'none', loadBalancer: 'none', proxy: 'nginx', runtime: 'python', scope: 'everyone', pattern: 'intermittent', traffic: 'normal', recentChange: 'none', errorSource: 'proxy', logSignal: 'prematurely-closed', resources: 'ok', appLog: 'worker-timeout' },
    outcome: 'upstream-timeout',
  },
  {
    name: 'an nginx config broken by an edit',
    facts: { ...owner, hosting: 'vps', cdn: 'none', loadBalancer: 'none', proxy: 'nginx', runtime: 'node', scope: 'everyone', pattern: 'constant', recentChange: 'config', errorSource: 'proxy', logSignal: 'none', serviceStatus: 'running', listening: 'yes', directCurl: 'ok', proxyConfigTest: 'fails' },
    outcome: 'proxy-config-error',
  },
  {
    name: 'Apache proxying HTTPS to a plain-HTTP app',
    facts: { ...owner, hosting: 'dedicated', cdn: 'none', loadBalancer: 'none', proxy: 'apache', runtime: 'java', scope: 'everyone', pattern: 'constant', recentChange: 'config', errorSource: 'proxy', logSignal: 'ssl-handshake' },
    outcome: 'tls-mismatch',
  },
  {
    name: 'the OOM killer on a small VPS',
    facts: { ...owner, hosting: 'vps', cdn: 'none', loadBalancer: 'none', proxy: 'nginx', runtime: 'node', scope: 'everyone', pattern: 'intermittent', traffic: 'normal', recentChange: 'none', errorSource: 'proxy', logSignal: 'connection-refused', serviceStatus: 'restarting', resources: 'memory' },
    outcome: 'resource-exhaustion',
  },
  {
    name: 'a firewall between HAProxy and the app servers',
    facts: { ...owner, hosting: 'dedicated', cdn: 'none', loadBalancer: 'none', proxy: 'haproxy', runtime: 'java', scope: 'everyone', pattern: 'constant', recentChange: 'config', errorSource: 'proxy', logSignal: 'none', serviceStatus: 'running', listening: 'yes', directCurl: 'ok', proxyConfigTest: 'ok', tls: 'ok', firewall: 'blocked' },
    outcome: 'firewall-block',
  },
  {
    name: 'a Caddy upstream hostname that does not resolve after a migration',
    facts: { ...owner, hosting: 'vps', cdn: 'none', loadBalancer: 'none', proxy: 'caddy', runtime: 'go', scope: 'everyone', pattern: 'constant', recentChange: 'migration', errorSource: 'proxy', logSignal: 'host-not-found' },
    outcome: 'dns-resolution',
  },
  {
    name: 'only the owner sees it: stale DNS after a migration',
    facts: { ...owner, hosting: 'vps', cdn: 'cloudflare', loadBalancer: 'none', proxy: 'nginx', runtime: 'node', scope: 'only-me', flushDns: 'fixed' },
    outcome: 'local-dns',
  },
  {
    name: 'garbage from an app behind IIS',
    facts: { ...owner, hosting: 'dedicated', cdn: 'none', loadBalancer: 'none', proxy: 'iis', runtime: 'dotnet', scope: 'everyone', pattern: 'constant', recentChange: 'deploy', errorSource: 'proxy', logSignal: 'invalid-response' },
    outcome: 'malformed-response',
  },
];

export const journeys: Journey[] = [...visitorJourneys, ...ownerJourneys];
