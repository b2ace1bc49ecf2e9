import type { Facts } from '@/machines/facts';
import type { Rule } from '../rule';
import { RESPONDER, WEIGHT } from '../rule';
import { statusFact } from '../text';

/**
 * HAProxy: its built-in error pages, and the "termination state" of its HTTP log, whose first two
 * letters say who ended the session and at which stage (doc: "Session state at disconnection").
 */

const DOC = 'https://docs.haproxy.org/2.8/configuration.html#8.5';
const PAGES = 'haproxy/haproxy: src/http.c';

const base = { layer: 'reverse-proxy', vendor: 'haproxy' } as const;

const pageRules: Rule[] = [
  {
    ...base,
    id: 'haproxy.page-502',
    anchors: ['The server returned an invalid or incomplete response'],
    pattern: /The server returned an invalid or incomplete response/,
    meaning: "HAProxy's own 502 page: the server behind it closed the connection or sent a response HAProxy could not use.",
    responder: RESPONDER.page,
    weight: WEIGHT.page,
    facts: { proxy: 'haproxy', statusCode: '502' },
    source: PAGES,
  },
  {
    ...base,
    id: 'haproxy.page-503',
    anchors: ['No server is available to handle this request'],
    pattern: /No server is available to handle this request/,
    // Seen in the fault lab: HAProxy 2.6 answers a refused connection with this page too (SC--),
    // so it says "no usable server", not which reason; the log's termination state tells.
    meaning: "HAProxy's own 503 page: it had no server it could use, because every server is down or failing its health checks, or the connection was refused. This is a 503, not a 502.",
    responder: RESPONDER.page,
    weight: WEIGHT.page,
    facts: { proxy: 'haproxy', statusCode: '503' },
    source: PAGES,
  },
  {
    ...base,
    id: 'haproxy.page-504',
    anchors: ["The server didn't respond in time"],
    pattern: /The server didn't respond in time/,
    meaning: 'HAProxy\'s own 504 page: the server did not answer within "timeout server". This is a 504, not a 502.',
    responder: RESPONDER.page,
    weight: WEIGHT.page,
    facts: { proxy: 'haproxy', statusCode: '504', logSignal: 'timed-out' },
    source: PAGES,
  },
];

// An HTTP log line: `… 502 209 - - SH-- 1/1/0/0/0 0/0 "GET / HTTP/1.1"`. Status, bytes, the two
// captured cookies, the four-letter termination state, then the connection counts and queues.
const LOG = /\s(\d{3}) -?\d+ \S+ \S+ ([A-Za-z-]{2})[A-Za-z-]{2} \d+\/\d+\/\d+\/\d+\/\+?\d+ \d+\/\d+ /;
// The anchor is the state with its usual "--" cookie flags (case-insensitive, so SH-- and sH-- share one).

type State = { code: string; meaning: string; facts?: Facts; reject?: (line: string) => boolean };

const STATES: State[] = [
  {
    code: 'SC',
    meaning: 'SC: the server refused the connection (or the network said it is unreachable).',
    facts: { logSignal: 'connection-refused' },
    reject: (line) => line.includes('<NOSRV>'),
  },
  {
    code: 'sC',
    meaning:
      'sC: the connection to the server did not complete within "timeout connect" (packets dropped: a firewall, or the host is down).',
    facts: { logSignal: 'connection-refused' },
  },
  {
    code: 'SH',
    meaning: 'SH: the server aborted before sending its full response headers, or crashed while processing the request.',
    facts: { logSignal: 'prematurely-closed' },
  },
  {
    code: 'sH',
    meaning: 'sH: "timeout server" struck before the server sent its response headers (HAProxy answers 504).',
    facts: { logSignal: 'timed-out' },
  },
  {
    code: 'PH',
    meaning: "PH: HAProxy blocked the server's response because it was invalid or incomplete (HAProxy answers 502).",
    facts: { logSignal: 'invalid-response' },
  },
  {
    code: 'SD',
    meaning: 'SD: the server broke the connection while sending the response body.',
    facts: { logSignal: 'prematurely-closed' },
  },
  {
    code: 'sD',
    meaning: 'sD: the server stopped sending data for longer than "timeout server" in the middle of the response.',
    facts: { logSignal: 'timed-out' },
  },
  { code: 'sQ', meaning: 'sQ: the request waited in the queue longer than "timeout queue": every server was at its maxconn (overloaded).' },
  { code: 'cD', meaning: 'cD: the client stopped reading for longer than "timeout client": a client-side problem, not the server.' },
  { code: 'CD', meaning: 'CD: the client closed the connection during the response: a client-side event, not a server failure.' },
  { code: 'CH', meaning: 'CH: the client closed the connection while waiting for the response headers (it gave up waiting).' },
];

const logRules: Rule[] = STATES.map(({ code, meaning, facts, reject }) => ({
  ...base,
  id: `haproxy.state-${code}`,
  anchors: [` ${code}-- `],
  pattern: LOG,
  refine: (m, line) => {
    if (m[2] !== code || reject?.(line)) return null;
    const status = Number(m[1]);
    // Only a line HAProxy answered with an error says HAProxy returned it.
    if (status < 500) return { responder: 0, facts: { proxy: 'haproxy', ...facts } };
    return { facts: { proxy: 'haproxy', ...facts, statusCode: statusFact(status) } };
  },
  meaning,
  responder: RESPONDER.log,
  weight: WEIGHT.errorLog,
  facts: { proxy: 'haproxy', ...facts },
  source: DOC,
}));

logRules.push({
  ...base,
  id: 'haproxy.no-server',
  anchors: ['/<NOSRV> '],
  pattern: /\/<NOSRV> /,
  meaning: '<NOSRV>: HAProxy found no usable server in the backend (all down or in maintenance) and answered 503 itself.',
  responder: RESPONDER.log,
  weight: WEIGHT.errorLog,
  facts: { proxy: 'haproxy', logSignal: 'no-live-upstreams' },
  source: DOC,
});

export const haproxyRules: Rule[] = [...pageRules, ...logRules];
