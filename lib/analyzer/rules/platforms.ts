import type { FactValue } from '@/machines/facts';
import type { Rule } from '../rule';
import { headerPattern, header, RESPONDER, WEIGHT } from '../rule';

/**
 * App platforms with their own edge in front of your code: Vercel and Netlify (functions, so
 * hosting=serverless), Render, Fly.io and Railway (containers, so hosting=paas). Each stamps its
 * responses with a request id, and its router's own errors name the cause.
 */

const VERCEL = 'https://vercel.com/docs/errors';
const NETLIFY = 'https://docs.netlify.com/api-and-cli-guides/api-guides/get-started-with-api/#x-nf-request-id';
const RENDER = 'https://render.com/docs/web-services#port-binding';
const FLY = 'https://fly.io/docs/networking/troubleshooting/';
const RAILWAY = 'https://docs.railway.com/reference/errors/application-failed-to-respond';

type Platform = { vendor: string; hosting: FactValue<'hosting'> };

const vercel: Platform = { vendor: 'vercel', hosting: 'serverless' };
const netlify: Platform = { vendor: 'netlify', hosting: 'serverless' };
const render: Platform = { vendor: 'render', hosting: 'paas' };
const fly: Platform = { vendor: 'fly', hosting: 'paas' };

/** A header every response of the platform carries: the platform is in front. */
function idHeader(p: Platform, name: string, label: string, source: string): Rule {
  return {
    id: `${p.vendor}.${name}`,
    anchors: [header(name)],
    pattern: headerPattern(name),
    meaning: `The response came through ${label}'s edge (${name}); quote this id to its support.`,
    layer: 'platform',
    vendor: p.vendor,
    responder: RESPONDER.platformHeader,
    weight: WEIGHT.header,
    facts: { hosting: p.hosting },
    source,
  };
}

function serverHeader(p: Platform, value: string, label: string, source: string): Rule {
  return {
    id: `${p.vendor}.server-header`,
    anchors: [header('server')],
    pattern: headerPattern('server', value),
    meaning: `The response came from ${label}'s edge (server header).`,
    layer: 'platform',
    vendor: p.vendor,
    responder: RESPONDER.serverHeader,
    weight: WEIGHT.header,
    facts: { hosting: p.hosting },
    source,
  };
}

type VercelCode = { code: string; meaning: string; facts?: Rule['facts'] };

// The 502s (and the two codes people mistake for them) of https://vercel.com/docs/errors.
const VERCEL_CODES: VercelCode[] = [
  {
    code: 'NO_RESPONSE_FROM_FUNCTION',
    meaning: 'the function ended without sending a response',
    facts: { functionLog: 'malformed-response' },
  },
  {
    code: 'BODY_NOT_A_STRING_FROM_FUNCTION',
    meaning: "the function's response body was not a string or buffer",
    facts: { functionLog: 'malformed-response' },
  },
  {
    code: 'FUNCTION_INVOCATION_TIMEOUT',
    meaning: 'the function ran past its maximum duration (Vercel answers 504)',
    facts: { functionLog: 'timed-out' },
  },
  { code: 'FUNCTION_INVOCATION_FAILED', meaning: 'the function threw or crashed (Vercel answers 500)', facts: { functionLog: 'crashed' } },
  {
    code: 'ROUTER_EXTERNAL_TARGET_CONNECTION_ERROR',
    meaning: 'a rewrite sends the request to another server, and Vercel could not connect to it',
    facts: { logSignal: 'connection-refused' },
  },
  {
    code: 'ROUTER_EXTERNAL_TARGET_HANDSHAKE_ERROR',
    meaning: 'a rewrite sends the request to another server, and the TLS handshake with it failed',
    facts: { logSignal: 'ssl-handshake' },
  },
  { code: 'ROUTER_EXTERNAL_TARGET_ERROR', meaning: 'a rewrite sends the request to another server, which gave no usable answer' },
  {
    code: 'DNS_HOSTNAME_NOT_FOUND',
    meaning: 'the target host name of a rewrite or proxy does not resolve',
    facts: { logSignal: 'host-not-found', dns: 'no-answer' },
  },
  {
    code: 'DNS_HOSTNAME_RESOLVE_FAILED',
    meaning: 'the target host name could not be resolved',
    facts: { logSignal: 'host-not-found', dns: 'no-answer' },
  },
];

const vercelRules: Rule[] = [
  ...VERCEL_CODES.map(({ code, meaning, facts }) => ({
    id: `vercel.${code}`,
    anchors: [code],
    pattern: new RegExp(`\\b${code}\\b`),
    meaning: `Vercel error ${code}: ${meaning}.`,
    layer: 'platform' as const,
    vendor: 'vercel',
    responder: RESPONDER.errorHeader,
    weight: WEIGHT.errorLog,
    facts: { hosting: 'serverless' as const, ...facts },
    source: VERCEL,
  })),
  {
    id: 'vercel.bad-gateway-page',
    anchors: ['502: BAD_GATEWAY'],
    pattern: /502: BAD_GATEWAY/,
    meaning: "Vercel's own error page: 502 BAD_GATEWAY; the Code line under it names the cause.",
    layer: 'platform',
    vendor: 'vercel',
    responder: RESPONDER.page,
    weight: WEIGHT.page,
    facts: { hosting: 'serverless', statusCode: '502' },
    source: VERCEL,
  },
  idHeader(vercel, 'x-vercel-id', 'Vercel', VERCEL),
  serverHeader(vercel, 'Vercel\\b', 'Vercel', VERCEL),
];

const netlifyRules: Rule[] = [
  idHeader(netlify, 'x-nf-request-id', 'Netlify', NETLIFY),
  serverHeader(netlify, 'Netlify\\b', 'Netlify', NETLIFY),
];

const renderRules: Rule[] = [
  idHeader(render, 'rndr-id', 'Render', RENDER),
  {
    id: 'render.no-open-ports',
    anchors: ['no open ports detected'],
    pattern: /no open ports detected/i,
    meaning: 'Render found no port your service listens on: bind to 0.0.0.0 and the port in $PORT (10000 by default).',
    layer: 'platform',
    vendor: 'render',
    responder: RESPONDER.log,
    facts: { hosting: 'paas', platformLog: 'port-not-bound' },
    source: RENDER,
  },
];

const flyRules: Rule[] = [
  idHeader(fly, 'fly-request-id', 'Fly.io', FLY),
  serverHeader(fly, 'Fly/\\S+', 'Fly.io', FLY),
  {
    id: 'fly.instance-refused',
    anchors: ['instance refused connection'],
    pattern: /instance refused connection\. is your app listening on ([^?\s]+)\?/,
    refine: (m) => ({
      meaning: `Fly's proxy could not connect to your app on ${m[1]}: it listens elsewhere (127.0.0.1 only, or another port than internal_port).`,
    }),
    meaning: "Fly's proxy could not connect to your app on the expected address and port.",
    layer: 'platform',
    vendor: 'fly',
    responder: RESPONDER.log,
    facts: { hosting: 'paas', platformLog: 'port-not-bound' },
    source: FLY,
  },
  {
    id: 'fly.no-candidate',
    anchors: ['could not find a good candidate'],
    pattern: /could not find a good candidate within \d+ attempts at load balancing/,
    meaning:
      'Fly\'s proxy found no machine able to take the request (stopped, crashing, or refusing connections); the "last error" after it says why.',
    layer: 'platform',
    vendor: 'fly',
    responder: RESPONDER.log,
    facts: { hosting: 'paas' },
    source: FLY,
  },
];

const railwayRules: Rule[] = [
  {
    id: 'railway.failed-to-respond',
    anchors: ['Application failed to respond'],
    pattern: /^\s*(?:<[^>]{1,80}>\s*)?Application failed to respond/,
    meaning:
      "Railway's own error page: its edge could not get an answer from your service (not listening on $PORT and 0.0.0.0, or crashed).",
    layer: 'platform',
    vendor: 'railway',
    responder: RESPONDER.page,
    weight: WEIGHT.page,
    facts: { hosting: 'paas' },
    source: RAILWAY,
  },
];

export const platformRules: Rule[] = [...vercelRules, ...netlifyRules, ...renderRules, ...flyRules, ...railwayRules];
