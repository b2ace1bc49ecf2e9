import { assign, setup } from 'xstate';
import type { FactKey, Facts } from './facts';

/**
 * The decision machine: where to go next, and nothing else. Every question state asks one fact
 * (its `meta.fact`) and moves on an `answer` event through named guards; outcome states are final
 * and named after a cause id or a redirect outcome. Prose lives in content/steps/<state id>.mdx.
 *
 * Guards read the facts known so far *plus* the answer being given, so a route can depend on any
 * earlier answer (hosting model, what the log said) as well as on this one.
 */

export type DiagnosisEvent = { type: 'answer'; fact: FactKey; value: string };
export type DiagnosisContext = { facts: Facts };

type FactTest = { fact: FactKey; values: readonly string[] };

function factsWithAnswer(context: DiagnosisContext, event: DiagnosisEvent): Facts {
  return { ...context.facts, [event.fact]: event.value };
}

/** One transition of a question: to `target` when every test holds (no tests: always). */
type Route = { guard?: { type: 'factsMatch'; params: { tests: FactTest[] } }; target: string; actions: 'recordAnswer' };

const to = (target: string): Route => ({ target, actions: 'recordAnswer' });

/** `answer(['fixed'], 'transient-blip')`: when this question's answer is one of `values`. */
function whenAnswer(fact: FactKey, values: readonly string[], target: string, also: FactTest[] = []): Route {
  return { guard: { type: 'factsMatch', params: { tests: [{ fact, values }, ...also] } }, target, actions: 'recordAnswer' };
}

/** When earlier facts hold, whatever this question's answer. */
function whenFacts(tests: FactTest[], target: string): Route {
  return { guard: { type: 'factsMatch', params: { tests } }, target, actions: 'recordAnswer' };
}

const is = (fact: FactKey, ...values: string[]): FactTest => ({ fact, values });

/** A question state: asks `fact`, routes by the first matching route (the last should be unguarded). */
function question(fact: FactKey, routes: Route[]) {
  return { meta: { fact }, on: { answer: routes } };
}

/** Routes that answer a question by its value: `{ fixed: 'transient-blip' }` then `otherwise`. */
function byAnswer(fact: FactKey, targets: Record<string, string>, otherwise: Route[]): Route[] {
  const grouped = new Map<string, string[]>();
  for (const [value, target] of Object.entries(targets)) grouped.set(target, [...(grouped.get(target) ?? []), value]);
  return [...[...grouped].map(([target, values]) => whenAnswer(fact, values, target)), ...otherwise];
}

const outcome = { type: 'final' as const };

// Where the origin's own evidence is read, by hosting model: each model shows a different first clue.
const toOriginEvidence: Route[] = [
  whenFacts([is('hosting', 'shared')], 'logAccess'),
  whenFacts([is('hosting', 'paas')], 'platformLog'),
  whenFacts([is('hosting', 'serverless')], 'functionLog'),
  whenFacts([is('hosting', 'kubernetes')], 'podStatus'),
  to('logSignal'),
];

// When the application's log shows nothing, the likeliest cause is the one the path so far points to.
const afterSilentAppLog: Route[] = [
  whenFacts([is('hosting', 'shared')], 'provider-infrastructure'),
  whenFacts([is('hosting', 'serverless')], 'malformed-response'),
  whenFacts([is('logSignal', 'prematurely-closed', 'reset-by-peer')], 'premature-close'),
  whenFacts([is('platformLog', 'closed-without-response')], 'premature-close'),
  whenFacts([is('directCurl', 'error')], 'malformed-response'),
  to('upstream-down'),
];

const slowUpstream = (fact: FactKey, values: string[]): Route[] => [
  whenAnswer(fact, values, 'upstream-overloaded', [is('traffic', 'spike')]),
  whenAnswer(fact, values, 'upstream-timeout'),
];

export const diagnosisMachine = setup({
  types: {
    context: {} as DiagnosisContext,
    events: {} as DiagnosisEvent,
    input: {} as { facts?: Facts } | undefined,
  },
  guards: {
    factsMatch: ({ context, event }, params: { tests: FactTest[] }) => {
      const facts = factsWithAnswer(context, event) as Record<string, string | undefined>;
      return params.tests.every(({ fact, values }) => values.includes(facts[fact] ?? ''));
    },
  },
  actions: {
    recordAnswer: assign({ facts: ({ context, event }) => factsWithAnswer(context, event) }),
  },
}).createMachine({
  id: 'diagnosis',
  context: ({ input }) => ({ facts: input?.facts ?? {} }),
  initial: 'role',
  states: {
    role: question('role', [to('statusCode')]),
    statusCode: question('statusCode', [
      ...byAnswer('statusCode', { '500': 'status-500', '503': 'status-503', '504': 'status-504', other: 'status-other' }, []),
      whenFacts([is('role', 'owner')], 'hosting'),
      to('refresh'),
    ]),

    // The visitor: checks ordered by chance of success over effort; each asks "did that fix it?".
    refresh: question('refresh', byAnswer('refresh', { fixed: 'transient-blip' }, [to('downForEveryone')])),
    downForEveryone: question('downForEveryone', byAnswer('downForEveryone', { yes: 'site-outage' }, [to('clearCache')])),
    clearCache: question('clearCache', byAnswer('clearCache', { fixed: 'browser-cache' }, [to('privateWindow')])),
    privateWindow: question('privateWindow', byAnswer('privateWindow', { fixed: 'browser-extension' }, [to('otherBrowser')])),
    otherBrowser: question('otherBrowser', byAnswer('otherBrowser', { fixed: 'browser-extension' }, [to('flushDns')])),
    flushDns: question('flushDns', byAnswer('flushDns', { fixed: 'local-dns' }, [to('usesVpn')])),
    usesVpn: question('usesVpn', byAnswer('usesVpn', { no: 'switchNetwork' }, [to('disableVpn')])),
    disableVpn: question('disableVpn', byAnswer('disableVpn', { fixed: 'vpn-or-proxy' }, [to('switchNetwork')])),
    switchNetwork: question('switchNetwork', byAnswer('switchNetwork', { fixed: 'local-network' }, [to('waitRetry')])),
    waitRetry: question('waitRetry', byAnswer('waitRetry', { fixed: 'transient-blip' }, [to('site-outage')])),

    // The site owner: first the stack, then what is known of the incident, then the evidence.
    hosting: question('hosting', [to('cdn')]),
    cdn: question('cdn', [whenFacts([is('hosting', 'shared', 'paas', 'serverless')], 'runtime'), to('loadBalancer')]),
    loadBalancer: question('loadBalancer', [to('proxy')]),
    proxy: question('proxy', [to('runtime')]),
    runtime: question('runtime', byAnswer('runtime', { 'php-fpm': 'cms', unknown: 'cms' }, [to('scope')])),
    cms: question('cms', [to('scope')]),
    scope: question('scope', byAnswer('scope', { 'only-me': 'ownerFlushDns' }, [to('pattern')])),
    ownerFlushDns: question('flushDns', byAnswer('flushDns', { fixed: 'local-dns' }, [to('ownerSwitchNetwork')])),
    ownerSwitchNetwork: question('switchNetwork', byAnswer('switchNetwork', { fixed: 'local-network' }, [to('pattern')])),
    pattern: question('pattern', byAnswer('pattern', { constant: 'recentChange' }, [to('traffic')])),
    traffic: question('traffic', [to('recentChange')]),
    recentChange: question('recentChange', [to('errorSource')]),
    errorSource: question(
      'errorSource',
      byAnswer('errorSource', { cdn: 'cdnBypass', 'load-balancer': 'healthChecks' }, toOriginEvidence),
    ),

    // The CDN returned it: can the edge reach the origin?
    cdnBypass: question('cdnBypass', byAnswer('cdnBypass', { works: 'originTls' }, toOriginEvidence)),
    originTls: question('tls', byAnswer('tls', { mismatch: 'tls-mismatch', 'cert-invalid': 'tls-mismatch' }, [to('originFirewall')])),
    originFirewall: question('firewall', byAnswer('firewall', { blocked: 'firewall-block' }, [to('originDns')])),
    originDns: question('dns', byAnswer('dns', { wrong: 'dns-resolution', 'no-answer': 'dns-resolution' }, [to('cdn-edge-issue')])),

    // The load balancer returned it: are its targets healthy, and does it speak their protocol?
    healthChecks: question('healthChecks', byAnswer('healthChecks', { failing: 'no-healthy-upstream' }, [to('targetTls')])),
    targetTls: question('tls', [
      whenAnswer('tls', ['mismatch', 'cert-invalid'], 'tls-mismatch'),
      whenFacts([is('pattern', 'intermittent')], 'premature-close'),
      ...toOriginEvidence,
    ]),

    // What each hosting model lets the owner see first.
    logAccess: question('logAccess', byAnswer('logAccess', { full: 'logSignal' }, [to('appLog')])),
    platformLog: question(
      'platformLog',
      byAnswer(
        'platformLog',
        {
          'app-crashed': 'appLog',
          'port-not-bound': 'wrong-upstream-target',
          'boot-timeout': 'wrong-upstream-target',
          'memory-quota': 'resource-exhaustion',
          'request-timeout': 'upstream-timeout',
          'closed-without-response': 'premature-close',
        },
        [to('appLog')],
      ),
    ),
    functionLog: question(
      'functionLog',
      byAnswer(
        'functionLog',
        {
          'malformed-response': 'malformed-response',
          'payload-too-large': 'malformed-response',
          'timed-out': 'upstream-timeout',
          'out-of-memory': 'resource-exhaustion',
          crashed: 'appLog',
        },
        [to('appLog')],
      ),
    ),
    podStatus: question(
      'podStatus',
      byAnswer(
        'podStatus',
        { 'crash-loop': 'appLog', 'oom-killed': 'resource-exhaustion', 'not-ready': 'no-healthy-upstream', pending: 'no-healthy-upstream' },
        [to('serviceEndpoints')],
      ),
    ),
    serviceEndpoints: question(
      'serviceEndpoints',
      byAnswer('serviceEndpoints', { empty: 'no-healthy-upstream', 'wrong-port': 'wrong-upstream-target' }, [to('logSignal')]),
    ),

    // The proxy's error log: the best single piece of evidence, read before anything is changed.
    logSignal: question('logSignal', [
      ...byAnswer(
        'logSignal',
        {
          'no-such-file': 'socket-or-permission',
          'permission-denied': 'socket-or-permission',
          'prematurely-closed': 'resources',
          'reset-by-peer': 'resources',
          'too-big-header': 'header-too-large',
          'no-live-upstreams': 'no-healthy-upstream',
          'ssl-handshake': 'tls-mismatch',
          'host-not-found': 'dns-resolution',
          'invalid-response': 'malformed-response',
        },
        [],
      ),
      ...slowUpstream('logSignal', ['timed-out']),
      to('serviceStatus'),
    ]),

    // Verify the next hop: is the upstream running, listening, answering?
    serviceStatus: question('serviceStatus', byAnswer('serviceStatus', { stopped: 'resources', restarting: 'resources' }, [to('listening')])),
    resources: question(
      'resources',
      byAnswer('resources', { memory: 'resource-exhaustion', cpu: 'resource-exhaustion', disk: 'resource-exhaustion' }, [to('appLog')]),
    ),
    listening: question('listening', byAnswer('listening', { no: 'wrong-upstream-target', elsewhere: 'wrong-upstream-target' }, [to('directCurl')])),
    directCurl: question('directCurl', [
      ...byAnswer('directCurl', { refused: 'wrong-upstream-target', error: 'appLog' }, []),
      ...slowUpstream('directCurl', ['slow']),
      whenFacts([is('proxy', 'none')], 'upstreamTls'),
      to('proxyConfigTest'),
    ]),
    proxyConfigTest: question('proxyConfigTest', byAnswer('proxyConfigTest', { fails: 'proxy-config-error' }, [to('upstreamTls')])),
    upstreamTls: question('tls', byAnswer('tls', { mismatch: 'tls-mismatch', 'cert-invalid': 'tls-mismatch' }, [to('firewall')])),
    firewall: question('firewall', [
      whenAnswer('firewall', ['blocked'], 'firewall-block'),
      // The backend answers locally yet the proxy cannot use it: the proxy is pointed elsewhere.
      whenFacts([is('directCurl', 'ok')], 'wrong-upstream-target'),
      to('upstream-down'),
    ]),

    // The application's own log, and WordPress's cheapest test.
    appLog: question('appLog', [
      ...byAnswer(
        'appLog',
        {
          'fatal-error': 'app-fatal-error',
          'memory-limit': 'app-fatal-error',
          'pool-exhausted': 'upstream-overloaded',
          'worker-timeout': 'upstream-timeout',
        },
        [],
      ),
      whenFacts([is('cms', 'wordpress')], 'pluginsDisabled'),
      ...afterSilentAppLog,
    ]),
    pluginsDisabled: question('pluginsDisabled', byAnswer('pluginsDisabled', { fixed: 'app-fatal-error' }, afterSilentAppLog)),

    'transient-blip': outcome,
    'browser-cache': outcome,
    'browser-extension': outcome,
    'local-dns': outcome,
    'vpn-or-proxy': outcome,
    'local-network': outcome,
    'site-outage': outcome,
    'upstream-down': outcome,
    'resource-exhaustion': outcome,
    'upstream-overloaded': outcome,
    'app-fatal-error': outcome,
    'no-healthy-upstream': outcome,
    'wrong-upstream-target': outcome,
    'socket-or-permission': outcome,
    'proxy-config-error': outcome,
    'dns-resolution': outcome,
    'firewall-block': outcome,
    'tls-mismatch': outcome,
    'cdn-edge-issue': outcome,
    'header-too-large': outcome,
    'premature-close': outcome,
    'malformed-response': outcome,
    'upstream-timeout': outcome,
    'provider-infrastructure': outcome,
    'status-500': outcome,
    'status-503': outcome,
    'status-504': outcome,
    'status-other': outcome,
  },
});
