import type { Facts, FactValue } from '@/machines/facts';
import type { Rule } from '../rule';
import { headerPattern, header, RESPONDER, WEIGHT } from '../rule';

/**
 * nginx: its error log (one line per failed hand-off, worded in its source) and its default error
 * page. ingress-nginx writes the same lines. nginx answers a read timeout with 504 and the other
 * upstream failures with 502.
 */

const UPSTREAM = 'nginx/nginx: src/http/ngx_http_upstream.c';
const CONNECT = 'nginx/nginx: src/event/ngx_event_connect.c';
const PROXY = 'nginx/nginx: src/http/modules/ngx_http_proxy_module.c';
const FASTCGI = 'nginx/nginx: src/http/modules/ngx_http_fastcgi_module.c';
const RECV = 'nginx/nginx: src/os/unix/ngx_recv.c';
const OPENSSL = 'nginx/nginx: src/event/ngx_event_openssl.c';
const PAGE = 'nginx/nginx: src/http/ngx_http_special_response.c';

type LogSignal = FactValue<'logSignal'>;

/** An error-log rule: nginx is the layer that failed to hand the request on. */
function errorLog(rule: Omit<Rule, 'facts' | 'layer' | 'vendor' | 'responder'> & { logSignal?: LogSignal; facts?: Facts }): Rule {
  const { logSignal, facts, ...rest } = rule;
  return {
    layer: 'reverse-proxy',
    vendor: 'nginx',
    responder: RESPONDER.log,
    weight: WEIGHT.errorLog,
    facts: { proxy: 'nginx', ...(logSignal ? { logSignal } : {}), ...facts },
    ...rest,
  };
}

/** The upstream address nginx names on the line, for the meaning. */
function upstreamOf(line: string): string | undefined {
  return /upstream: "([^"]{1,200})"/.exec(line)?.[1];
}

const errorLogRules: Rule[] = [
  errorLog({
    id: 'nginx.connect-refused',
    anchors: ['(111: Connection refused)'],
    pattern: /connect\(\) (?:to \S+ )?failed \(111: Connection refused\) while connecting to upstream/,
    refine: (_m, line) => {
      const to = upstreamOf(line);
      const ipv6 = to?.includes('[::1]')
        ? ' It tried IPv6 localhost ([::1]): an app listening on 127.0.0.1 only is not reachable there.'
        : '';
      return {
        meaning: `nginx could not connect${to ? ` to ${to}` : ''}: nothing accepts connections there (the app is down, or listens on another port or address).${ipv6}`,
      };
    },
    meaning: 'nginx could not connect to the upstream: nothing accepts connections at that address and port.',
    logSignal: 'connection-refused',
    source: UPSTREAM,
  }),
  errorLog({
    id: 'nginx.connect-unreachable',
    anchors: ['(113: No route to host)', '(101: Network is unreachable)'],
    pattern: /\((?:113: No route to host|101: Network is unreachable)\) while connecting to upstream/,
    meaning: 'nginx could not reach the upstream host at all (no route): a firewall, a wrong address, or the host is down.',
    logSignal: 'connection-refused',
    source: CONNECT,
  }),
  errorLog({
    id: 'nginx.connect-timeout',
    anchors: ['while connecting to upstream'],
    pattern: /upstream timed out \(\d+: (?:Connection|Operation) timed out\) while connecting to upstream/,
    meaning:
      'nginx could not even connect before its proxy_connect_timeout: packets are dropped on the way (firewall, security group) or the host is down.',
    logSignal: 'connection-refused',
    source: UPSTREAM,
  }),
  errorLog({
    id: 'nginx.no-such-file',
    anchors: ['(2: No such file or directory)'],
    pattern: /connect\(\) to (unix:\S+) failed \(2: No such file or directory\) while connecting to upstream/,
    refine: (m) => ({
      meaning: `The unix socket ${m[1].replace(/^unix:/, '')} does not exist: the service behind it is stopped, or nginx points at the wrong path (a different PHP version, for example).`,
    }),
    meaning: 'The unix socket nginx connects to does not exist.',
    logSignal: 'no-such-file',
    source: CONNECT,
  }),
  errorLog({
    id: 'nginx.permission-denied',
    anchors: ['(13: Permission denied)'],
    pattern: /connect\(\) (?:to (\S+) )?failed \(13: Permission denied\) while connecting to upstream/,
    refine: (m) => ({
      meaning: m[1]?.startsWith('unix:')
        ? `nginx may not open the socket ${m[1].slice(5)}: its user lacks permission (the socket's owner, group or mode, e.g. listen.owner in the PHP-FPM pool).`
        : 'nginx may not open a network connection to the upstream: on SELinux systems, httpd_can_network_connect is off.',
    }),
    meaning: 'nginx was denied permission to connect to the upstream.',
    logSignal: 'permission-denied',
    source: CONNECT,
  }),
  errorLog({
    id: 'nginx.read-timeout',
    anchors: ['upstream timed out'],
    pattern:
      /upstream timed out \(\d+: (?:Connection|Operation) timed out\) while (?:reading response header from upstream|reading upstream|sending request to upstream)/,
    meaning:
      'The upstream accepted the request but did not answer within proxy_read_timeout (60 s by default). nginx answers this with 504, so a 502 at the same time has another cause too.',
    logSignal: 'timed-out',
    // Less specific for a 502 than the other lines: nginx sends 504 for it.
    weight: WEIGHT.errorLog - 5,
    source: UPSTREAM,
  }),
  errorLog({
    id: 'nginx.prematurely-closed',
    anchors: ['upstream prematurely closed'],
    pattern: /upstream prematurely closed (?:connection|FastCGI stdout|FastCGI request)/,
    meaning:
      'The upstream closed the connection before sending a complete response: the worker crashed, was killed (often for memory) or hit its own timeout.',
    logSignal: 'prematurely-closed',
    source: PROXY,
  }),
  errorLog({
    id: 'nginx.reset-by-peer',
    anchors: ['(104: Connection reset by peer)'],
    pattern: /\(104: Connection reset by peer\) while [a-z ]{0,60}upstream/,
    meaning: 'The upstream reset the connection: the process died mid-request, or it closed a keep-alive connection nginx was reusing.',
    logSignal: 'reset-by-peer',
    source: RECV,
  }),
  errorLog({
    id: 'nginx.broken-pipe',
    anchors: ['(32: Broken pipe)'],
    pattern: /\(32: Broken pipe\) while sending request to upstream/,
    meaning: 'The upstream closed the connection while nginx was still sending the request.',
    logSignal: 'prematurely-closed',
    source: RECV,
  }),
  errorLog({
    id: 'nginx.too-big-header',
    anchors: ['upstream sent too big header'],
    pattern: /upstream sent too big header while reading response header from upstream/,
    meaning:
      "The upstream's response headers (often large cookies) do not fit nginx's buffers: raise proxy_buffer_size / fastcgi_buffer_size, or send smaller headers.",
    logSignal: 'too-big-header',
    source: PROXY,
  }),
  errorLog({
    id: 'nginx.no-live-upstreams',
    anchors: ['no live upstreams'],
    pattern: /no live upstreams while connecting to upstream/,
    meaning:
      'Every server of the upstream group is marked failed (after max_fails errors), so nginx did not even try: look for the errors that marked them down, just before.',
    logSignal: 'no-live-upstreams',
    source: UPSTREAM,
  }),
  errorLog({
    id: 'nginx.ssl-wrong-version',
    anchors: ['while SSL handshaking to upstream'],
    pattern:
      /SSL_do_handshake\(\) failed \(SSL: error:[0-9A-Fa-f]+:SSL routines:[A-Za-z0-9_:]*:wrong version number\).* while SSL handshaking to upstream/,
    meaning: 'nginx spoke HTTPS to an upstream that answers plain HTTP (wrong version number): use http:// in proxy_pass, or the TLS port.',
    logSignal: 'ssl-handshake',
    facts: { tls: 'mismatch' },
    source: OPENSSL,
  }),
  errorLog({
    id: 'nginx.ssl-verify',
    anchors: ['while SSL handshaking to upstream'],
    pattern:
      /upstream SSL certificate (?:verify error: \((\d+):([^)]{0,120})\)|does not match "[^"]{0,200}") while SSL handshaking to upstream/,
    refine: (m) => ({
      meaning: `The upstream's certificate was rejected${m[2] ? ` (${m[2]})` : ' (its name does not match)'}: renew or fix it, or fix proxy_ssl_name.`,
    }),
    meaning: "The upstream's TLS certificate was rejected.",
    logSignal: 'ssl-handshake',
    facts: { tls: 'cert-invalid' },
    source: OPENSSL,
  }),
  errorLog({
    id: 'nginx.ssl-handshake',
    anchors: ['while SSL handshaking to upstream'],
    pattern: /SSL_do_handshake\(\) failed \((?!.*wrong version number).* while SSL handshaking to upstream/,
    meaning: 'The TLS handshake between nginx and the upstream failed (protocols, ciphers, or SNI: try proxy_ssl_server_name on).',
    logSignal: 'ssl-handshake',
    source: OPENSSL,
  }),
  errorLog({
    id: 'nginx.resolve-failed',
    anchors: ['could not be resolved ('],
    pattern: /could not be resolved \((\d+): ([^)]{0,80})\)/,
    refine: (m, line) => {
      const host = line
        .slice(Math.max(0, m.index - 200), m.index)
        .trim()
        .split(/\s/)
        .pop();
      return {
        meaning: `nginx's resolver could not resolve ${host || 'the upstream name'} (${m[2]}): the DNS record is missing or the resolver is wrong.`,
      };
    },
    meaning: "nginx's resolver could not resolve the upstream's name.",
    logSignal: 'host-not-found',
    facts: { dns: 'no-answer' },
    source: UPSTREAM,
  }),
  errorLog({
    id: 'nginx.host-not-found',
    anchors: ['host not found in upstream'],
    pattern: /host not found in upstream "([^"]{1,200})"/,
    refine: (m) => ({
      meaning: `The name ${m[1]} in the configuration does not resolve, so nginx cannot load it (nginx -t fails the same way).`,
    }),
    meaning: 'An upstream name in the configuration does not resolve.',
    logSignal: 'host-not-found',
    source: UPSTREAM,
  }),
  errorLog({
    id: 'nginx.invalid-response',
    anchors: ['upstream sent '],
    pattern:
      /upstream sent (invalid header|invalid status|no valid HTTP\/1\.0 header|unsupported FastCGI protocol version|unexpected FastCGI record|invalid chunked response)/,
    refine: (m) => ({
      meaning:
        m[1] === 'unsupported FastCGI protocol version'
          ? 'nginx spoke FastCGI to something that answered in HTTP: fastcgi_pass points at an HTTP port.'
          : m[1] === 'no valid HTTP/1.0 header'
            ? 'The upstream did not answer in HTTP/1.x: it speaks TLS, HTTP/2 only, or another protocol on that port.'
            : `The upstream's response was not valid HTTP (${m[1]}), so nginx refused it.`,
    }),
    meaning: "The upstream's response was not valid HTTP.",
    logSignal: 'invalid-response',
    source: PROXY,
  }),
  errorLog({
    id: 'nginx.fastcgi-stderr',
    anchors: ['FastCGI sent in stderr'],
    pattern: /FastCGI sent in stderr: "(?:PHP message: )?PHP (?:Fatal|Parse) error/,
    meaning:
      "nginx passes on PHP's own error from PHP-FPM: the application failed while handling the request (the PHP message says where).",
    facts: { runtime: 'php-fpm' },
    source: FASTCGI,
  }),
  errorLog({
    id: 'nginx.primary-script-unknown',
    anchors: ['Primary script unknown'],
    pattern: /Primary script unknown/,
    meaning:
      'PHP-FPM could not find the script nginx named (SCRIPT_FILENAME or root is wrong). It answers "File not found." with a 404, so this is not what makes a 502.',
    facts: { runtime: 'php-fpm' },
    source: FASTCGI,
  }),
];

const configTestRules: Rule[] = [
  {
    id: 'nginx.config-test-failed',
    anchors: ['test failed'],
    pattern: /nginx: configuration file \S+ test failed/,
    meaning: '`nginx -t` fails: the configuration nginx would load is invalid (the line above says where).',
    facts: { proxy: 'nginx', proxyConfigTest: 'fails' },
    source: 'nginx/nginx: src/core/nginx.c',
  },
  {
    id: 'nginx.config-test-ok',
    context: true,
    anchors: ['test is successful'],
    pattern: /nginx: configuration file \S+ test is successful/,
    meaning: '`nginx -t` passes: the configuration is valid (it may still point at the wrong place).',
    facts: { proxy: 'nginx', proxyConfigTest: 'ok' },
    weight: WEIGHT.page,
    source: 'nginx/nginx: src/core/nginx.c',
  },
];

const responseRules: Rule[] = [
  {
    id: 'nginx.error-page',
    anchors: ['<center>nginx', '<center>openresty'],
    pattern: /<center>(?:nginx|openresty)(?:\/[\d.]+)?(?: \([^)<]{0,40}\))?<\/center>/,
    meaning: "nginx's own error page: nginx wrote this response.",
    layer: 'reverse-proxy',
    vendor: 'nginx',
    responder: RESPONDER.page,
    weight: WEIGHT.page,
    facts: { proxy: 'nginx' },
    source: PAGE,
  },
  {
    // The same page as a browser shows it: the product name alone on the last line.
    id: 'nginx.error-page-text',
    anchors: ['^nginx', '^openresty'],
    pattern: /^\s*(?:nginx|openresty)(?:\/\d+(?:\.\d+){0,3})?(?: \(\w+\))?\s*$/,
    meaning: "The last line of nginx's own error page: nginx wrote this response.",
    layer: 'reverse-proxy',
    vendor: 'nginx',
    responder: RESPONDER.page,
    weight: WEIGHT.page,
    facts: { proxy: 'nginx' },
    source: PAGE,
  },
  {
    id: 'nginx.server-header',
    anchors: [header('server')],
    pattern: headerPattern('server', '(?:nginx|openresty)(?:/[\\d.]+)?(?:\\s|$)'),
    meaning: 'The response came through nginx (server: nginx); unless a layer in front says otherwise, nginx returned it.',
    layer: 'reverse-proxy',
    vendor: 'nginx',
    responder: RESPONDER.serverHeader,
    weight: WEIGHT.header,
    facts: { proxy: 'nginx' },
    source: 'https://nginx.org/en/docs/http/ngx_http_core_module.html#server_tokens',
  },
];

export const nginxRules: Rule[] = [...errorLogRules, ...configTestRules, ...responseRules];
