import type { Facts } from '@/machines/facts';
import type { Rule } from '../rule';
import { headerPattern, header, RESPONDER, WEIGHT } from '../rule';

/**
 * Fastly. Its edge answers origin failures with a synthetic 503 whose reason names the cause
 * ("Error 503 backend read error", "first byte timeout"…), on a page that says "Guru Mediation".
 * `x-served-by: cache-…` shows Fastly is in front.
 */

const ERRORS = 'https://www.fastly.com/documentation/guides/concepts/errors/';

const page = { layer: 'cdn', vendor: 'fastly', responder: RESPONDER.page, weight: WEIGHT.page } as const;

type Reason = { key: string; text: string; meaning: string; facts?: Facts };

const REASONS: Reason[] = [
  {
    key: 'unhealthy',
    text: 'Backend is unhealthy|All backends failed or unhealthy|No healthy backends',
    meaning: 'Fastly considers the origin unhealthy (its health check fails)',
    facts: { logSignal: 'no-live-upstreams', healthChecks: 'failing' },
  },
  {
    key: 'read-error',
    text: 'backend read error',
    meaning: 'the origin broke the connection while Fastly read its answer',
    facts: { logSignal: 'prematurely-closed' },
  },
  {
    key: 'timeout',
    text: 'first byte timeout|between bytes timeout',
    meaning: "the origin did not answer within Fastly's timeout",
    facts: { logSignal: 'timed-out' },
  },
  {
    key: 'refused',
    text: 'Connection refused|Connection timed out',
    meaning: 'Fastly could not connect to the origin',
    facts: { logSignal: 'connection-refused' },
  },
  {
    key: 'certificate',
    text: "certificate has expired|hostname doesn't match against certificate|unable to get local issuer certificate",
    meaning: "the origin's TLS certificate was rejected",
    facts: { logSignal: 'ssl-handshake', tls: 'cert-invalid' },
  },
];

const reasonRules: Rule[] = REASONS.map(({ key, text, meaning, facts }) => ({
  ...page,
  id: `fastly.${key}`,
  anchors: ['Error 503 '],
  pattern: new RegExp(`Error 503 (?:${text})`),
  meaning: `Fastly's own 503 (not a 502): ${meaning}.`,
  facts: { cdn: 'fastly', statusCode: '503', ...facts },
  source: ERRORS,
}));

export const fastlyRules: Rule[] = [
  ...reasonRules,
  {
    ...page,
    id: 'fastly.guru-mediation',
    anchors: ['Guru Mediation', 'Details: cache-'],
    pattern: /Guru Mediation|^\s*Details: cache-\S+/,
    meaning: "Fastly's own error page (Guru Mediation, Details: cache-…): Fastly made this response.",
    facts: { cdn: 'fastly' },
    source: ERRORS,
  },
  {
    id: 'fastly.served-by',
    anchors: [header('x-served-by')],
    pattern: headerPattern('x-served-by', 'cache-[a-z0-9-]+'),
    meaning: 'Fastly is in front of the site (x-served-by: cache-…).',
    weight: WEIGHT.header,
    facts: { cdn: 'fastly' },
    source: 'https://www.fastly.com/documentation/reference/http/http-headers/X-Served-By/',
  },
];
