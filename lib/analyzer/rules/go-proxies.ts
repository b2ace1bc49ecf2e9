import type { Facts } from '@/machines/facts';
import type { Rule } from '../rule';
import { headerPattern, header, RESPONDER, WEIGHT } from '../rule';

/**
 * Caddy and Traefik are written in Go, so the reason a hand-off failed is Go's own network error
 * text (`dial tcp 10.0.0.5:80: connect: connection refused`). Caddy logs it as JSON under the
 * `http.log.error` logger; Traefik logs it at debug level as `'502 Bad Gateway' caused by: …`.
 */

const CADDY = 'caddyserver/caddy: modules/caddyhttp/server.go';
const TRAEFIK = 'traefik/traefik: pkg/proxy/httputil/proxy.go';

type GoError = { key: string; text: string; meaning: string; facts: Facts };

/** Go's net, tls and net/http error texts, as the wizard maps them (content/steps/logSignal.mdx). */
const GO_ERRORS: GoError[] = [
  {
    key: 'refused',
    text: 'connect: connection refused',
    meaning: 'nothing accepts connections at the backend address',
    facts: { logSignal: 'connection-refused' },
  },
  {
    key: 'unreachable',
    text: 'connect: (?:no route to host|network is unreachable)',
    meaning: 'the backend host cannot be reached (firewall, wrong address)',
    facts: { logSignal: 'connection-refused' },
  },
  {
    key: 'no-such-file',
    text: 'connect: no such file or directory',
    meaning: 'the backend unix socket does not exist',
    facts: { logSignal: 'no-such-file' },
  },
  {
    key: 'permission',
    text: 'connect: permission denied',
    meaning: 'the proxy may not open the backend socket',
    facts: { logSignal: 'permission-denied' },
  },
  {
    key: 'timeout',
    text: 'i/o timeout|context deadline exceeded|timeout awaiting response headers',
    meaning: 'the backend did not answer in time',
    facts: { logSignal: 'timed-out' },
  },
  { key: 'reset', text: 'connection reset by peer', meaning: 'the backend reset the connection', facts: { logSignal: 'reset-by-peer' } },
  {
    key: 'eof',
    text: 'unexpected EOF|\\bEOF(?:"|$)|server closed idle connection',
    meaning: 'the backend closed the connection before answering',
    facts: { logSignal: 'prematurely-closed' },
  },
  {
    key: 'tls-plain',
    text: 'first record does not look like a TLS handshake|server gave HTTP response to HTTPS client',
    meaning: 'HTTPS was spoken to a plain-HTTP backend',
    facts: { logSignal: 'ssl-handshake', tls: 'mismatch' },
  },
  {
    key: 'tls-cert',
    text: 'x509: |tls: failed to verify certificate',
    meaning: "the backend's certificate was rejected",
    facts: { logSignal: 'ssl-handshake', tls: 'cert-invalid' },
  },
  {
    key: 'dns',
    text: 'no such host',
    meaning: "the backend's name does not resolve",
    facts: { logSignal: 'host-not-found', dns: 'no-answer' },
  },
  {
    key: 'malformed',
    text: 'malformed HTTP (?:response|status code)',
    meaning: "the backend's answer was not valid HTTP/1.1",
    facts: { logSignal: 'invalid-response' },
  },
];

function goRules(family: 'caddy' | 'traefik', anchors: string[], prefix: string, name: string, source: string): Rule[] {
  return GO_ERRORS.map(({ key, text, meaning, facts }) => ({
    id: `${family}.${key}`,
    anchors,
    pattern: new RegExp(`${prefix}.*(?:${text})`),
    meaning: `${name} could not use the backend: ${meaning}.`,
    layer: 'reverse-proxy' as const,
    vendor: family,
    responder: RESPONDER.log,
    weight: WEIGHT.errorLog,
    facts: { proxy: family, ...facts },
    source,
  }));
}

const caddyRules: Rule[] = [
  ...goRules('caddy', ['"logger":"http.log.error'], '"logger":"http\\.log\\.error', 'Caddy', CADDY),
  {
    id: 'caddy.no-upstreams',
    anchors: ['"logger":"http.log.error'],
    pattern: /"logger":"http\.log\.error.*no upstreams available/,
    meaning: 'Caddy has no healthy upstream to send the request to (all failed their health checks). Caddy answers this with 503.',
    layer: 'reverse-proxy',
    vendor: 'caddy',
    responder: RESPONDER.log,
    facts: { proxy: 'caddy', logSignal: 'no-live-upstreams' },
    source: 'caddyserver/caddy: modules/caddyhttp/reverseproxy/reverseproxy.go',
  },
  {
    id: 'caddy.error-status-502',
    anchors: ['"logger":"http.log.error'],
    pattern: /"logger":"http\.log\.error.*"status":502\b/,
    meaning: 'Caddy logged that it answered this request with 502.',
    layer: 'reverse-proxy',
    vendor: 'caddy',
    responder: RESPONDER.log,
    weight: WEIGHT.guess,
    facts: { proxy: 'caddy', statusCode: '502' },
    source: CADDY,
  },
  {
    id: 'caddy.server-header',
    anchors: [header('server')],
    pattern: headerPattern('server', 'Caddy\\b'),
    meaning: 'The response came through Caddy (server: Caddy); its 502s have an empty body.',
    layer: 'reverse-proxy',
    vendor: 'caddy',
    responder: RESPONDER.serverHeader,
    weight: WEIGHT.header,
    facts: { proxy: 'caddy' },
    source: 'https://caddyserver.com/docs/caddyfile/directives/reverse_proxy',
  },
];

const traefikRules: Rule[] = [
  // v2: `'502 Bad Gateway' caused by: dial tcp …`; v3: `… > 502 Bad Gateway error="dial tcp …"`.
  ...goRules(
    'traefik',
    ["' caused by: ", ' error="'],
    "(?:'50\\d [A-Za-z ]{1,30}' caused by: |> 50\\d [A-Za-z ]{1,30} error=)",
    'Traefik',
    TRAEFIK,
  ),
  {
    // Traefik writes the bare status text as the body; Caddy and Go's own proxy send no body.
    id: 'traefik.plain-body',
    anchors: ['^Bad Gateway'],
    pattern: /^\s*Bad Gateway\s*$/,
    meaning: 'A bare "Bad Gateway" body with no page around it: the text Traefik sends with its own 502s.',
    layer: 'reverse-proxy',
    vendor: 'traefik',
    responder: RESPONDER.plainBody,
    weight: WEIGHT.page,
    facts: { proxy: 'traefik', statusCode: '502' },
    source: TRAEFIK,
  },
];

export const goProxyRules: Rule[] = [...caddyRules, ...traefikRules];
