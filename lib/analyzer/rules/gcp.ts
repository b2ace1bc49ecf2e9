import type { Facts } from '@/machines/facts';
import type { Rule } from '../rule';
import { headerPattern, header, RESPONDER, WEIGHT } from '../rule';

/**
 * Google Cloud's external Application Load Balancer: its own error page ("Error: Server Error …
 * Please try again in 30 seconds."), `via: 1.1 google`, and the `statusDetails` of its request log,
 * which names why it answered 502.
 */

const LOGGING = 'https://cloud.google.com/load-balancing/docs/https/https-logging-monitoring#failure-messages';
const TROUBLESHOOT = 'https://cloud.google.com/load-balancing/docs/https/troubleshooting-ext-https-lbs';

const gcp = { layer: 'load-balancer', vendor: 'gcp-lb' } as const;

type Detail = { value: string; meaning: string; facts: Facts; backend?: true };

const DETAILS: Detail[] = [
  {
    value: 'failed_to_connect_to_backend',
    meaning:
      "the load balancer failed to connect to the backend (nothing listening, a firewall rule not allowing Google's ranges, or a timeout while connecting)",
    facts: { logSignal: 'connection-refused' },
  },
  {
    value: 'failed_to_pick_backend',
    meaning: 'the load balancer found no healthy backend to send the request to',
    facts: { logSignal: 'no-live-upstreams', healthChecks: 'failing' },
  },
  {
    value: 'backend_connection_closed_before_data_sent_to_client',
    meaning:
      "the backend closed its connection before the response was sent on, typically because its keep-alive timeout is shorter than the load balancer's (600 s)",
    facts: { logSignal: 'prematurely-closed' },
  },
  {
    value: 'backend_connection_closed_after_partial_response_sent',
    meaning: 'the backend closed its connection in the middle of the response',
    facts: { logSignal: 'prematurely-closed' },
  },
  { value: 'backend_timeout', meaning: 'the backend did not answer within the backend service timeout', facts: { logSignal: 'timed-out' } },
  {
    value: 'backend_response_corrupted',
    meaning: "the backend's response was corrupted (for example broken chunked encoding)",
    facts: { logSignal: 'invalid-response' },
  },
  {
    value: 'response_sent_by_backend',
    meaning: 'the backend itself sent this status; the load balancer only passed it on',
    facts: {},
    backend: true,
  },
];

const detailRules: Rule[] = DETAILS.map(({ value, meaning, facts, backend }) => ({
  ...gcp,
  ...(backend ? { layer: undefined, vendor: undefined, clears: 'gcp-lb' } : {}),
  id: `gcp-lb.${value}`,
  anchors: [value],
  pattern: new RegExp(`\\b${value}\\b`),
  meaning: `Google Cloud load balancer log, statusDetails ${value}: ${meaning}.`,
  responder: backend ? 0 : RESPONDER.log,
  weight: WEIGHT.errorLog,
  facts: { loadBalancer: 'gcp', ...facts },
  source: LOGGING,
}));

export const gcpRules: Rule[] = [
  ...detailRules,
  {
    ...gcp,
    id: 'gcp-lb.error-page',
    anchors: ['Error: Server Error', 'try again in 30 seconds'],
    pattern: /Error: Server Error|Please try again in 30 seconds/,
    meaning: "Google Cloud load balancer's own error page: the load balancer made this error because no backend gave it a usable answer.",
    responder: RESPONDER.page,
    weight: WEIGHT.page,
    facts: { loadBalancer: 'gcp' },
    source: TROUBLESHOOT,
  },
  {
    ...gcp,
    id: 'gcp-lb.error-title',
    anchors: ['502 Server Error'],
    pattern: /<title>502 Server Error<\/title>/,
    meaning: "The title of the Google Cloud load balancer's 502 page.",
    responder: RESPONDER.page,
    weight: WEIGHT.page,
    facts: { loadBalancer: 'gcp', statusCode: '502' },
    source: TROUBLESHOOT,
  },
  {
    id: 'gcp-lb.via-header',
    anchors: [header('via')],
    pattern: headerPattern('via', '1\\.1 google\\b'),
    meaning:
      'A Google Cloud load balancer is in front of the site (via: 1.1 google). It sets this on every response, so the page says whether it made the error.',
    weight: WEIGHT.header,
    facts: { loadBalancer: 'gcp' },
    source: TROUBLESHOOT,
  },
];
