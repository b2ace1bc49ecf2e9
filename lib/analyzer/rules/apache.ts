import type { Facts, FactValue } from '@/machines/facts';
import type { Rule } from '../rule';
import { headerPattern, header, RESPONDER, WEIGHT } from '../rule';

/**
 * Apache httpd's mod_proxy: error-log lines carry a stable message number (AHnnnnn) and, before it,
 * the operating system's errno in parentheses, e.g. `(111)Connection refused: AH00957: …`. The
 * errno says why; the number says which step failed. Apache answers a backend it cannot connect to
 * with 503, and one that answers badly with 502.
 */

const PROXY_UTIL = 'apache/httpd: modules/proxy/proxy_util.c';
const PROXY_HTTP = 'apache/httpd: modules/proxy/mod_proxy_http.c';
const PROXY_FCGI = 'apache/httpd: modules/proxy/mod_proxy_fcgi.c';
const MOD_PROXY = 'apache/httpd: modules/proxy/mod_proxy.c';
const BALANCER = 'apache/httpd: modules/proxy/mod_proxy_balancer.c';
const PAGE = 'apache/httpd: modules/http/http_protocol.c';

// `(errno)Text: [client …] AHnnnnn:` — the optional client part sits between the two.
const CLIENT = '(?:\\[client [^\\]]{1,80}\\] )?';

function errorLog(
  rule: Omit<Rule, 'facts' | 'layer' | 'vendor' | 'responder'> & { logSignal?: FactValue<'logSignal'>; facts?: Facts },
): Rule {
  const { logSignal, facts, ...rest } = rule;
  return {
    layer: 'reverse-proxy',
    vendor: 'apache',
    responder: RESPONDER.log,
    weight: WEIGHT.errorLog,
    facts: { proxy: 'apache', ...(logSignal ? { logSignal } : {}), ...facts },
    ...rest,
  };
}

/** A line with `(errno)Text: … AHnnnnn:` for one errno and some message numbers. */
function errnoPattern(errno: string, codes: string): RegExp {
  return new RegExp(`\\(${errno}\\)[^:]{1,80}: ${CLIENT}AH(?:${codes}):`);
}

const errorLogRules: Rule[] = [
  errorLog({
    id: 'apache.connect-refused',
    anchors: ['(111)Connection refused'],
    pattern: errnoPattern('111', '00957|02454'),
    meaning: 'Apache could not connect to the backend: nothing accepts connections at that address and port. Apache answers this with 503.',
    logSignal: 'connection-refused',
    source: PROXY_UTIL,
  }),
  errorLog({
    id: 'apache.connect-failed',
    anchors: ['AH01114:'],
    pattern: /AH01114: HTTP: failed to make connection to backend/,
    meaning: 'Apache could not connect to the backend (the line just before, with AH00957, gives the reason).',
    logSignal: 'connection-refused',
    weight: WEIGHT.errorLog - 5,
    source: PROXY_HTTP,
  }),
  errorLog({
    id: 'apache.no-such-file',
    anchors: ['(2)No such file or directory'],
    pattern: errnoPattern('2', '02454|00957'),
    refine: (_m, line) => {
      const socket = /Unix domain socket (\S+)/.exec(line)?.[1];
      return {
        meaning: `The unix socket ${socket ?? 'Apache connects to'} does not exist: PHP-FPM is stopped, or Apache points at the wrong path.`,
      };
    },
    meaning: 'The unix socket Apache connects to does not exist.',
    logSignal: 'no-such-file',
    source: PROXY_UTIL,
  }),
  errorLog({
    id: 'apache.permission-denied',
    anchors: ['(13)Permission denied'],
    pattern: errnoPattern('13', '02454|00957'),
    meaning:
      "Apache was denied permission to connect: the socket's owner or mode, or SELinux (httpd_can_network_connect) for a network backend.",
    logSignal: 'permission-denied',
    source: PROXY_UTIL,
  }),
  errorLog({
    id: 'apache.fcgi-connect-failed',
    anchors: ['AH01079:'],
    pattern: /AH01079: failed to make connection to backend/,
    meaning: 'Apache could not connect to the FastCGI backend (PHP-FPM); the AH02454 line just before gives the reason.',
    facts: { runtime: 'php-fpm' },
    source: PROXY_FCGI,
  }),
  errorLog({
    id: 'apache.read-timeout',
    anchors: ['(70007)The timeout specified has expired'],
    pattern: errnoPattern('70007', '01102|01075|00898'),
    meaning: 'The backend accepted the request but did not answer within ProxyTimeout / Timeout. Apache answers this with 504.',
    logSignal: 'timed-out',
    weight: WEIGHT.errorLog - 5,
    source: PROXY_HTTP,
  }),
  errorLog({
    id: 'apache.reset-by-peer',
    anchors: ['(104)Connection reset by peer'],
    pattern: errnoPattern('104', '01102|01095|01097|01075|00898'),
    meaning: 'The backend reset the connection: its process died mid-request, or it closed a kept-alive connection Apache reused.',
    logSignal: 'reset-by-peer',
    source: PROXY_HTTP,
  }),
  errorLog({
    id: 'apache.broken-pipe',
    anchors: ['(32)Broken pipe'],
    pattern: errnoPattern('32', '01095|01097|01075'),
    meaning: 'The backend closed the connection while Apache was still sending the request body.',
    logSignal: 'prematurely-closed',
    source: PROXY_HTTP,
  }),
  errorLog({
    id: 'apache.status-line',
    anchors: ['AH01102:'],
    pattern: /AH01102: error reading status line from remote server/,
    // A timeout or a reset on the same line is read by the rules above.
    refine: (_m, line) => (/\((?:70007|104)\)/.test(line) ? null : {}),
    meaning: 'The backend closed the connection without sending a status line: it crashed or was killed while handling the request.',
    logSignal: 'prematurely-closed',
    source: PROXY_HTTP,
  }),
  errorLog({
    id: 'apache.request-body',
    anchors: ['AH01095:', 'AH01097:'],
    pattern: /AH0109[57]: (?:prefetch|pass) request body failed/,
    refine: (_m, line) => (/\((?:104|32)\)/.test(line) ? null : {}),
    meaning:
      'Apache could not pass the request body between the client and the backend; the errno before the number says which side gave up (a timeout here is usually the client).',
    source: PROXY_HTTP,
  }),
  errorLog({
    id: 'apache.read-error',
    anchors: ['AH00898:'],
    pattern: /AH00898: Error reading from remote server/,
    meaning: 'The backend broke the connection while Apache read its response.',
    logSignal: 'prematurely-closed',
    source: MOD_PROXY,
  }),
  errorLog({
    id: 'apache.dns',
    anchors: ['AH00898:'],
    pattern: /AH00898: DNS lookup failure for: (\S+)/,
    refine: (m) => ({ meaning: `Apache could not resolve the backend's name ${m[1]}: the DNS record is missing or wrong.` }),
    meaning: "Apache could not resolve the backend's name.",
    logSignal: 'host-not-found',
    facts: { dns: 'no-answer' },
    source: MOD_PROXY,
  }),
  errorLog({
    id: 'apache.balancer-all-failed',
    anchors: ['AH01170:'],
    pattern: /AH01170: .{0,200}All workers are in error state/,
    meaning: 'Every member of the balancer is marked in error, so Apache has nowhere to send the request.',
    logSignal: 'no-live-upstreams',
    source: BALANCER,
  }),
  errorLog({
    id: 'apache.script-headers',
    anchors: ['AH01070:'],
    pattern: /AH01070: Error parsing script headers/,
    meaning: "The FastCGI backend's response headers were not valid (PHP printed something before its headers, or crashed).",
    logSignal: 'invalid-response',
    facts: { runtime: 'php-fpm' },
    source: PROXY_FCGI,
  }),
  errorLog({
    id: 'apache.fcgi-stderr',
    anchors: ['AH01071:'],
    pattern: /AH01071: Got error '/,
    meaning: "Apache passes on PHP-FPM's own error: the application failed while handling the request.",
    facts: { runtime: 'php-fpm' },
    source: PROXY_FCGI,
  }),
  errorLog({
    id: 'apache.fcgi-dispatch',
    anchors: ['AH01075:'],
    pattern: /AH01075: Error dispatching request to/,
    refine: (_m, line) => (/\((?:70007|104|32)\)/.test(line) ? null : {}),
    meaning: 'The exchange with the FastCGI backend (PHP-FPM) broke off; the errno before the number says why.',
    facts: { runtime: 'php-fpm' },
    source: PROXY_FCGI,
  }),
  errorLog({
    id: 'apache.ssl-proxy-off',
    anchors: ['AH01961:'],
    pattern: /AH01961: SSL Proxy requested for .{0,200}but not enabled/,
    meaning: 'Apache was told to proxy to https:// but SSLProxyEngine is off: turn it on, or proxy to http://.',
    logSignal: 'ssl-handshake',
    facts: { tls: 'mismatch' },
    source: 'apache/httpd: modules/ssl/ssl_engine_kernel.c',
  }),
];

const pageRules: Rule[] = [
  {
    // Apache's canned 502 text, split over two lines in the HTML and joined by the browser.
    id: 'apache.proxy-error-page',
    anchors: ['The proxy server received an invalid'],
    pattern: /The proxy server received an invalid/,
    meaning: 'Apache\'s "Proxy Error" page: Apache (mod_proxy) wrote this 502 because its backend\'s answer was unusable.',
    layer: 'reverse-proxy',
    vendor: 'apache',
    responder: RESPONDER.page,
    weight: WEIGHT.page,
    facts: { proxy: 'apache' },
    source: PAGE,
  },
  {
    id: 'apache.proxy-error-title',
    anchors: ['Proxy Error'],
    pattern: /502 Proxy Error|<h1>Proxy Error<\/h1>/,
    meaning: 'The title of Apache\'s "Proxy Error" page: Apache wrote this response.',
    layer: 'reverse-proxy',
    vendor: 'apache',
    responder: RESPONDER.page,
    weight: WEIGHT.page,
    facts: { proxy: 'apache', statusCode: '502' },
    source: PAGE,
  },
  {
    id: 'apache.page-reason',
    anchors: ['Error reading from remote server', 'DNS lookup failure'],
    pattern: /Reason: (?:<strong>)?(Error reading from remote server|DNS lookup failure for: [^<]{0,200})/,
    refine: (m) =>
      m[1].startsWith('DNS')
        ? {
            meaning: "Apache's page gives the reason: it could not resolve the backend's name.",
            facts: { proxy: 'apache', logSignal: 'host-not-found' },
          }
        : {},
    meaning: "Apache's page gives the reason: the backend broke the connection while Apache read its answer.",
    facts: { proxy: 'apache', logSignal: 'prematurely-closed' },
    weight: WEIGHT.page,
    source: MOD_PROXY,
  },
  {
    id: 'apache.page-footer',
    anchors: ['<address>Apache'],
    pattern: /<address>Apache(?:\/[\d.]+)?(?: \([^)<]{0,40}\))? Server at /,
    meaning: "The footer of Apache's own error page: Apache wrote this response.",
    layer: 'reverse-proxy',
    vendor: 'apache',
    responder: RESPONDER.page - 5,
    weight: WEIGHT.page,
    facts: { proxy: 'apache' },
    source: PAGE,
  },
  {
    id: 'apache.server-header',
    anchors: [header('server')],
    pattern: headerPattern('server', 'Apache(?:/[\\d.]+)?(?:\\s|$)'),
    meaning: 'The response came through Apache (server: Apache); unless a layer in front says otherwise, Apache returned it.',
    layer: 'reverse-proxy',
    vendor: 'apache',
    responder: RESPONDER.serverHeader,
    weight: WEIGHT.header,
    facts: { proxy: 'apache' },
    source: 'https://httpd.apache.org/docs/2.4/mod/core.html#servertokens',
  },
];

export const apacheRules: Rule[] = [...errorLogRules, ...pageRules];
