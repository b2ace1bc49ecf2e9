import { describe, expect, it } from 'vitest';
import type { Facts } from './facts';
import { factAskedAt, replay } from './replay';

/**
 * Per question: given the earlier answers that lead to it, "goes to X when the answer is Y".
 * Each case replays real facts through the machine, so it also proves the step is reachable.
 */
function routes(step: string, earlier: Facts, expected: Record<string, string>) {
  const fact = factAskedAt(step);
  if (!fact) throw new Error(`${step} is not a question`);
  it(`is reached by ${JSON.stringify(earlier)}`, () => {
    expect(replay(earlier).step).toBe(step);
  });
  for (const [value, target] of Object.entries(expected)) {
    it(`goes to ${target} when the answer is ${value}`, () => {
      expect(replay({ ...earlier, [fact]: value }).step).toBe(target);
    });
  }
}

const visitor: Facts = { role: 'visitor', statusCode: '502' };
const owner: Facts = { role: 'owner', statusCode: '502' };
const vpsStack: Facts = { ...owner, hosting: 'vps', cdn: 'none', loadBalancer: 'none', proxy: 'nginx', runtime: 'node', scope: 'everyone', pattern: 'constant', recentChange: 'none' };
const atLogSignal: Facts = { ...vpsStack, errorSource: 'proxy' };
const atServiceStatus: Facts = { ...atLogSignal, logSignal: 'connection-refused' };
const atDirectCurl: Facts = { ...atServiceStatus, serviceStatus: 'running', listening: 'yes' };
const sharedStack: Facts = { ...owner, hosting: 'shared', cdn: 'none', runtime: 'php-fpm', cms: 'wordpress', scope: 'everyone', pattern: 'constant', recentChange: 'none', errorSource: 'proxy' };

describe('role', () => routes('role', {}, { visitor: 'statusCode', owner: 'statusCode', unknown: 'statusCode' }));

describe('statusCode', () => {
  routes('statusCode', { role: 'visitor' }, { '502': 'refresh', '500': 'status-500', '503': 'status-503', '504': 'status-504', other: 'status-other', unknown: 'refresh' });
  routes('statusCode', { role: 'owner' }, { '502': 'hosting', unknown: 'hosting', '504': 'status-504' });
  routes('statusCode', { role: 'unknown' }, { '502': 'refresh' });
});

describe('visitor checks', () => {
  describe('refresh', () => routes('refresh', visitor, { fixed: 'transient-blip', 'not-fixed': 'downForEveryone', unknown: 'downForEveryone' }));
  const v1 = { ...visitor, refresh: 'not-fixed' } as Facts;
  describe('downForEveryone', () => routes('downForEveryone', v1, { yes: 'site-outage', no: 'clearCache', unknown: 'clearCache' }));
  const v2 = { ...v1, downForEveryone: 'no' } as Facts;
  describe('clearCache', () => routes('clearCache', v2, { fixed: 'browser-cache', 'not-fixed': 'privateWindow', unknown: 'privateWindow' }));
  const v3 = { ...v2, clearCache: 'not-fixed' } as Facts;
  describe('privateWindow', () => routes('privateWindow', v3, { fixed: 'browser-extension', 'not-fixed': 'otherBrowser', unknown: 'otherBrowser' }));
  const v4 = { ...v3, privateWindow: 'not-fixed' } as Facts;
  describe('otherBrowser', () => routes('otherBrowser', v4, { fixed: 'browser-extension', 'not-fixed': 'flushDns', unknown: 'flushDns' }));
  const v5 = { ...v4, otherBrowser: 'not-fixed' } as Facts;
  describe('flushDns', () => routes('flushDns', v5, { fixed: 'local-dns', 'not-fixed': 'usesVpn', unknown: 'usesVpn' }));
  const v6 = { ...v5, flushDns: 'not-fixed' } as Facts;
  describe('usesVpn', () => routes('usesVpn', v6, { yes: 'disableVpn', no: 'switchNetwork', unknown: 'disableVpn' }));
  describe('disableVpn', () => routes('disableVpn', { ...v6, usesVpn: 'yes' }, { fixed: 'vpn-or-proxy', 'not-fixed': 'switchNetwork', unknown: 'switchNetwork' }));
  const v7 = { ...v6, usesVpn: 'no' } as Facts;
  describe('switchNetwork', () => routes('switchNetwork', v7, { fixed: 'local-network', 'not-fixed': 'waitRetry', unknown: 'waitRetry' }));
  describe('waitRetry', () => routes('waitRetry', { ...v7, switchNetwork: 'not-fixed' }, { fixed: 'transient-blip', 'not-fixed': 'site-outage', unknown: 'site-outage' }));
});

describe('owner: the stack', () => {
  describe('hosting', () => routes('hosting', owner, { shared: 'cdn', vps: 'cdn', serverless: 'cdn', unknown: 'cdn' }));
  describe('cdn', () => {
    routes('cdn', { ...owner, hosting: 'vps' }, { none: 'loadBalancer', cloudflare: 'loadBalancer', unknown: 'loadBalancer' });
    routes('cdn', { ...owner, hosting: 'shared' }, { none: 'runtime', cloudflare: 'runtime' });
    routes('cdn', { ...owner, hosting: 'paas' }, { fastly: 'runtime' });
    routes('cdn', { ...owner, hosting: 'serverless' }, { cloudfront: 'runtime' });
  });
  describe('loadBalancer', () => routes('loadBalancer', { ...owner, hosting: 'kubernetes', cdn: 'none' }, { 'aws-alb': 'proxy', none: 'proxy', unknown: 'proxy' }));
  describe('proxy', () => routes('proxy', { ...owner, hosting: 'vps', cdn: 'none', loadBalancer: 'none' }, { nginx: 'runtime', none: 'runtime', unknown: 'runtime' }));
  const atRuntime = { ...owner, hosting: 'vps', cdn: 'none', loadBalancer: 'none', proxy: 'nginx' } as Facts;
  describe('runtime', () => routes('runtime', atRuntime, { 'php-fpm': 'cms', unknown: 'cms', node: 'scope', python: 'scope', go: 'scope' }));
  describe('cms', () => routes('cms', { ...atRuntime, runtime: 'php-fpm' }, { wordpress: 'scope', none: 'scope', unknown: 'scope' }));
});

describe('owner: the incident', () => {
  const atScope = { ...owner, hosting: 'vps', cdn: 'none', loadBalancer: 'none', proxy: 'nginx', runtime: 'node' } as Facts;
  describe('scope', () => routes('scope', atScope, { everyone: 'pattern', some: 'pattern', unknown: 'pattern', 'only-me': 'ownerFlushDns' }));
  describe('ownerFlushDns', () => routes('ownerFlushDns', { ...atScope, scope: 'only-me' }, { fixed: 'local-dns', 'not-fixed': 'ownerSwitchNetwork', unknown: 'ownerSwitchNetwork' }));
  describe('ownerSwitchNetwork', () =>
    routes('ownerSwitchNetwork', { ...atScope, scope: 'only-me', flushDns: 'not-fixed' }, { fixed: 'local-network', 'not-fixed': 'pattern', unknown: 'pattern' }));
  describe('pattern', () => routes('pattern', { ...atScope, scope: 'everyone' }, { constant: 'recentChange', intermittent: 'traffic', unknown: 'traffic' }));
  describe('traffic', () => routes('traffic', { ...atScope, scope: 'everyone', pattern: 'intermittent' }, { spike: 'recentChange', normal: 'recentChange', unknown: 'recentChange' }));
  describe('recentChange', () => routes('recentChange', { ...atScope, scope: 'everyone', pattern: 'constant' }, { deploy: 'errorSource', none: 'errorSource', unknown: 'errorSource' }));
  describe('errorSource', () => {
    routes('errorSource', vpsStack, { cdn: 'cdnBypass', 'load-balancer': 'healthChecks', proxy: 'logSignal', platform: 'logSignal', application: 'logSignal', unknown: 'logSignal' });
    routes('errorSource', { ...vpsStack, hosting: 'shared', loadBalancer: undefined, proxy: undefined }, { proxy: 'logAccess', unknown: 'logAccess' });
    routes('errorSource', { ...vpsStack, hosting: 'paas', loadBalancer: undefined, proxy: undefined }, { platform: 'platformLog', unknown: 'platformLog' });
    routes('errorSource', { ...vpsStack, hosting: 'serverless', loadBalancer: undefined, proxy: undefined }, { platform: 'functionLog' });
    routes('errorSource', { ...vpsStack, hosting: 'kubernetes' }, { proxy: 'podStatus' });
  });
});

describe('owner: the CDN returned it', () => {
  const atBypass = { ...vpsStack, cdn: 'cloudflare', errorSource: 'cdn' } as Facts;
  describe('cdnBypass', () => {
    routes('cdnBypass', atBypass, { works: 'originTls', fails: 'logSignal', unknown: 'logSignal' });
    routes('cdnBypass', { ...atBypass, hosting: 'kubernetes' }, { fails: 'podStatus' });
  });
  const atOriginTls = { ...atBypass, cdnBypass: 'works' } as Facts;
  describe('originTls', () => routes('originTls', atOriginTls, { mismatch: 'tls-mismatch', 'cert-invalid': 'tls-mismatch', ok: 'originFirewall', unknown: 'originFirewall' }));
  describe('originFirewall', () => routes('originFirewall', { ...atOriginTls, tls: 'ok' }, { blocked: 'firewall-block', open: 'originDns', unknown: 'originDns' }));
  describe('originDns', () =>
    routes('originDns', { ...atOriginTls, tls: 'ok', firewall: 'open' }, { wrong: 'dns-resolution', 'no-answer': 'dns-resolution', correct: 'cdn-edge-issue', unknown: 'cdn-edge-issue' }));
});

describe('owner: the load balancer returned it', () => {
  const atHealth = { ...vpsStack, loadBalancer: 'aws-alb', errorSource: 'load-balancer' } as Facts;
  describe('healthChecks', () => routes('healthChecks', atHealth, { failing: 'no-healthy-upstream', passing: 'targetTls', unknown: 'targetTls' }));
  describe('targetTls', () => {
    routes('targetTls', { ...atHealth, healthChecks: 'passing' }, { mismatch: 'tls-mismatch', 'cert-invalid': 'tls-mismatch', ok: 'logSignal', unknown: 'logSignal' });
    routes('targetTls', { ...atHealth, pattern: 'intermittent', traffic: 'normal', healthChecks: 'passing' }, { ok: 'premature-close', mismatch: 'tls-mismatch' });
  });
});

describe('owner: what each hosting model shows first', () => {
  describe('logAccess', () => routes('logAccess', sharedStack, { full: 'logSignal', limited: 'appLog', unknown: 'appLog' }));
  const paas = { ...owner, hosting: 'paas', cdn: 'none', runtime: 'node', scope: 'everyone', pattern: 'constant', recentChange: 'deploy', errorSource: 'platform' } as Facts;
  describe('platformLog', () =>
    routes('platformLog', paas, {
      'app-crashed': 'appLog',
      'port-not-bound': 'wrong-upstream-target',
      'boot-timeout': 'wrong-upstream-target',
      'memory-quota': 'resource-exhaustion',
      'request-timeout': 'upstream-timeout',
      'closed-without-response': 'premature-close',
      none: 'appLog',
      unknown: 'appLog',
    }));
  const serverless = { ...paas, hosting: 'serverless' } as Facts;
  describe('functionLog', () =>
    routes('functionLog', serverless, {
      'malformed-response': 'malformed-response',
      'payload-too-large': 'malformed-response',
      'timed-out': 'upstream-timeout',
      'out-of-memory': 'resource-exhaustion',
      crashed: 'appLog',
      none: 'appLog',
    }));
  const k8s = { ...vpsStack, hosting: 'kubernetes', errorSource: 'proxy' } as Facts;
  describe('podStatus', () =>
    routes('podStatus', k8s, {
      'crash-loop': 'appLog',
      'oom-killed': 'resource-exhaustion',
      'not-ready': 'no-healthy-upstream',
      pending: 'no-healthy-upstream',
      running: 'serviceEndpoints',
      unknown: 'serviceEndpoints',
    }));
  describe('serviceEndpoints', () =>
    routes('serviceEndpoints', { ...k8s, podStatus: 'running' }, { empty: 'no-healthy-upstream', 'wrong-port': 'wrong-upstream-target', present: 'logSignal', unknown: 'logSignal' }));
});

describe('owner: the proxy error log', () => {
  describe('logSignal', () => {
    routes('logSignal', atLogSignal, {
      'connection-refused': 'serviceStatus',
      'no-such-file': 'socket-or-permission',
      'permission-denied': 'socket-or-permission',
      'timed-out': 'upstream-timeout',
      'prematurely-closed': 'resources',
      'reset-by-peer': 'resources',
      'too-big-header': 'header-too-large',
      'no-live-upstreams': 'no-healthy-upstream',
      'ssl-handshake': 'tls-mismatch',
      'host-not-found': 'dns-resolution',
      'invalid-response': 'malformed-response',
      none: 'serviceStatus',
      unknown: 'serviceStatus',
    });
    routes('logSignal', { ...atLogSignal, pattern: 'intermittent', traffic: 'spike' }, { 'timed-out': 'upstream-overloaded' });
  });
});

describe('owner: verify the next hop', () => {
  describe('serviceStatus', () => routes('serviceStatus', atServiceStatus, { stopped: 'resources', restarting: 'resources', running: 'listening', unknown: 'listening' }));
  describe('resources', () =>
    routes('resources', { ...atServiceStatus, serviceStatus: 'stopped' }, { memory: 'resource-exhaustion', cpu: 'resource-exhaustion', disk: 'resource-exhaustion', ok: 'appLog', unknown: 'appLog' }));
  describe('listening', () =>
    routes('listening', { ...atServiceStatus, serviceStatus: 'running' }, { no: 'wrong-upstream-target', elsewhere: 'wrong-upstream-target', yes: 'directCurl', unknown: 'directCurl' }));
  describe('directCurl', () => {
    routes('directCurl', atDirectCurl, { ok: 'proxyConfigTest', refused: 'wrong-upstream-target', error: 'appLog', slow: 'upstream-timeout', unknown: 'proxyConfigTest' });
    routes('directCurl', { ...atDirectCurl, pattern: 'intermittent', traffic: 'spike' }, { slow: 'upstream-overloaded' });
    routes('directCurl', { ...atDirectCurl, proxy: 'none' }, { ok: 'upstreamTls' });
  });
  describe('proxyConfigTest', () => routes('proxyConfigTest', { ...atDirectCurl, directCurl: 'ok' }, { fails: 'proxy-config-error', ok: 'upstreamTls', unknown: 'upstreamTls' }));
  describe('upstreamTls', () =>
    routes('upstreamTls', { ...atDirectCurl, directCurl: 'ok', proxyConfigTest: 'ok' }, { mismatch: 'tls-mismatch', 'cert-invalid': 'tls-mismatch', ok: 'firewall', unknown: 'firewall' }));
  describe('firewall', () => {
    routes('firewall', { ...atDirectCurl, directCurl: 'ok', proxyConfigTest: 'ok', tls: 'ok' }, { blocked: 'firewall-block', open: 'wrong-upstream-target', unknown: 'wrong-upstream-target' });
    routes('firewall', { ...atDirectCurl, directCurl: 'unknown', proxyConfigTest: 'ok', tls: 'ok' }, { open: 'upstream-down', unknown: 'upstream-down' });
  });
});

describe('owner: the application log', () => {
  const atAppLog = { ...atServiceStatus, serviceStatus: 'stopped', resources: 'ok' } as Facts;
  describe('appLog', () => {
    routes('appLog', atAppLog, {
      'fatal-error': 'app-fatal-error',
      'memory-limit': 'app-fatal-error',
      'pool-exhausted': 'upstream-overloaded',
      'worker-timeout': 'upstream-timeout',
      none: 'upstream-down',
      unknown: 'upstream-down',
    });
    routes('appLog', { ...atLogSignal, logSignal: 'prematurely-closed', resources: 'ok' }, { none: 'premature-close' });
    routes('appLog', { ...atDirectCurl, directCurl: 'error' }, { none: 'malformed-response' });
    routes('appLog', { ...sharedStack, logAccess: 'limited' }, { none: 'pluginsDisabled', 'memory-limit': 'app-fatal-error' });
    routes('appLog', { ...sharedStack, cms: 'none', logAccess: 'limited' }, { none: 'provider-infrastructure' });
    routes('appLog', { ...owner, hosting: 'serverless', cdn: 'none', runtime: 'node', scope: 'everyone', pattern: 'constant', recentChange: 'deploy', errorSource: 'platform', functionLog: 'none' }, { none: 'malformed-response' });
  });
  describe('pluginsDisabled', () => {
    routes('pluginsDisabled', { ...sharedStack, logAccess: 'limited', appLog: 'none' }, { fixed: 'app-fatal-error', 'not-fixed': 'provider-infrastructure', unknown: 'provider-infrastructure' });
    routes('pluginsDisabled', { ...atServiceStatus, runtime: 'php-fpm', cms: 'wordpress', serviceStatus: 'stopped', resources: 'ok', appLog: 'none' }, { 'not-fixed': 'upstream-down' });
  });
});
