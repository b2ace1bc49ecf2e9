import type { Facts } from '@/machines/facts';
import type { Rule } from '../rule';
import { headerPattern, header, RESPONDER, WEIGHT } from '../rule';

/**
 * Envoy (and Istio, whose sidecars and gateways are Envoy): its local-reply body names the reset
 * reason, and its access log carries short response flags (UF, UH, UC…). Envoy answers most of
 * these with 503, not 502; the status line says which.
 */

const ROUTER = 'envoyproxy/envoy: source/common/router/router.cc';
const FLAGS = 'https://www.envoyproxy.io/docs/envoy/latest/configuration/observability/access_log/usage#command-operators';

const base = { layer: 'reverse-proxy', vendor: 'envoy' } as const;

type Reason = { key: string; text: string; meaning: string; facts?: Facts };

const RESET_REASONS: Reason[] = [
  {
    key: 'connection-failure',
    text: 'connection failure|connection timeout',
    meaning: 'Envoy could not connect to the upstream (refused, or no answer to the connect)',
    facts: { logSignal: 'connection-refused' },
  },
  {
    key: 'remote-reset',
    text: 'reset reason: remote reset',
    meaning: 'the upstream reset the stream',
    facts: { logSignal: 'reset-by-peer' },
  },
  {
    key: 'termination',
    text: 'connection termination|connection_termination',
    meaning: 'the upstream closed the connection before answering',
    facts: { logSignal: 'prematurely-closed' },
  },
  {
    key: 'protocol-error',
    text: 'protocol error',
    meaning: "the upstream's answer broke the protocol (HTTP/1.1 vs HTTP/2, or not HTTP at all)",
    facts: { logSignal: 'invalid-response' },
  },
  {
    key: 'overflow',
    text: 'reset reason: overflow',
    meaning: 'a circuit breaker is open: too many connections or pending requests to that upstream (overload)',
  },
  {
    key: 'tls',
    text: 'TLS error|CERTIFICATE_VERIFY_FAILED|WRONG_VERSION_NUMBER',
    meaning: 'the TLS handshake with the upstream failed (mTLS mode, certificate, or plain HTTP on a TLS port)',
    facts: { logSignal: 'ssl-handshake' },
  },
];

const bodyRules: Rule[] = RESET_REASONS.map(({ key, text, meaning, facts }) => ({
  ...base,
  id: `envoy.reset-${key}`,
  anchors: ['upstream connect error or disconnect/reset before headers'],
  pattern: new RegExp(`upstream connect error or disconnect\\/reset before headers\\..*(?:${text})`),
  meaning: `Envoy's own reply: ${meaning}.`,
  responder: RESPONDER.page,
  weight: WEIGHT.page,
  facts: { proxy: 'other', ...facts },
  source: ROUTER,
}));

bodyRules.push({
  ...base,
  id: 'envoy.no-healthy-upstream',
  anchors: ['^no healthy upstream'],
  pattern: /^\s*no healthy upstream\s*$/,
  meaning:
    "Envoy's own reply: the upstream cluster has no healthy endpoint (no ready pods, or all fail health checks). Envoy answers this with 503.",
  responder: RESPONDER.page,
  weight: WEIGHT.page,
  facts: { proxy: 'other', logSignal: 'no-live-upstreams' },
  source: ROUTER,
});

type Flag = { flag: string; meaning: string; facts?: Facts };

const RESPONSE_FLAGS: Flag[] = [
  { flag: 'UF', meaning: 'UF: upstream connection failure.', facts: { logSignal: 'connection-refused' } },
  { flag: 'UH', meaning: 'UH: no healthy upstream host in the cluster.', facts: { logSignal: 'no-live-upstreams' } },
  { flag: 'URX', meaning: 'URX: the retry limit (or the maximum connect attempts) was reached.' },
  { flag: 'UC', meaning: 'UC: the upstream terminated the connection.', facts: { logSignal: 'prematurely-closed' } },
  { flag: 'UR', meaning: 'UR: the upstream reset the connection.', facts: { logSignal: 'reset-by-peer' } },
  { flag: 'UT', meaning: 'UT: upstream request timeout (Envoy answers 504).', facts: { logSignal: 'timed-out' } },
  { flag: 'UO', meaning: 'UO: upstream overflow: a circuit breaker is open (too many connections or requests).' },
  { flag: 'UPE', meaning: "UPE: the upstream's response broke the HTTP protocol.", facts: { logSignal: 'invalid-response' } },
  { flag: 'NR', meaning: 'NR: no route matched the request (a routing configuration problem; Envoy answers 404).' },
  { flag: 'DC', meaning: 'DC: the downstream (client) closed the connection: a client-side event.' },
  { flag: 'LR', meaning: 'LR: Envoy reset the connection locally.' },
];

// Access log: `"GET / HTTP/1.1" 503 UF,URX …` (status, then the flags, `-` when none).
const ACCESS = /" (\d{1,3}) ([A-Z][A-Z,]{1,48}) /;

const accessLogRules: Rule[] = RESPONSE_FLAGS.map(({ flag, meaning, facts }) => ({
  ...base,
  id: `envoy.flag-${flag}`,
  // 5xx lines, plus the two flags that come with other statuses (NR with 404, DC often with 0).
  anchors: ['" 50', ' NR ', ' DC '],
  pattern: ACCESS,
  refine: (m) => {
    if (!m[2].split(',').includes(flag)) return null;
    // Only a line Envoy answered with an error says Envoy returned it.
    if (Number(m[1]) < 500) return { responder: 0, facts: { proxy: 'other', ...facts } };
    return { facts: { proxy: 'other', ...facts, ...(m[1] === '502' ? { statusCode: '502' as const } : {}) } };
  },
  meaning: `Envoy's access log flag ${meaning}`,
  responder: RESPONDER.log,
  weight: WEIGHT.errorLog,
  facts: { proxy: 'other', ...facts },
  source: FLAGS,
}));

const headerRules: Rule[] = [
  {
    ...base,
    id: 'envoy.server-header',
    anchors: [header('server')],
    pattern: headerPattern('server', '(?:istio-)?envoy\\b'),
    meaning: 'The response came through Envoy (server: envoy; istio-envoy for Istio).',
    responder: RESPONDER.serverHeader,
    weight: WEIGHT.header,
    facts: { proxy: 'other' },
    source:
      'https://www.envoyproxy.io/docs/envoy/latest/api-v3/extensions/filters/network/http_connection_manager/v3/http_connection_manager.proto',
  },
];

export const envoyRules: Rule[] = [...bodyRules, ...accessLogRules, ...headerRules];
