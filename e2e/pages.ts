import { diagnoseHref, type Facts, serializeFacts } from '../machines/facts';
import { ownerJourneys } from './journeys';

/**
 * One URL for every kind of page the app serves, for the checks that must hold on all of them
 * (headers, HTML validity). Every URL is canonical, so it answers 200 without a redirect: a
 * visitor's URL carries the device, system and browser the first visit would have added.
 */
export type PageKind = {
  name: string;
  path: string;
  /** The status it answers with (200 unless told). */
  status?: number;
  /** A wizard step (`/diagnose` or `/embed`): a pure function of its URL, so a CDN may cache it. */
  step?: boolean;
  /** Only `/embed` may be framed. */
  framable?: boolean;
};

const client = { device: 'desktop', os: 'windows', browser: 'chrome' } as const;
const visitor: Facts = { role: 'visitor', statusCode: '502', ...client };
/** An owner who has answered up to "which layer returned it?" (the step with the paste box and the site check). */
const ownerAtErrorSource: Facts = {
  role: 'owner',
  statusCode: '502',
  hosting: 'vps',
  cdn: 'none',
  loadBalancer: 'none',
  proxy: 'nginx',
  runtime: 'php-fpm',
  cms: 'none',
  scope: 'everyone',
  pattern: 'constant',
  recentChange: 'config',
};
const ownerAtLog: Facts = { ...ownerAtErrorSource, errorSource: 'proxy' };
const ownerOutcome = ownerJourneys.find((j) => j.outcome === 'socket-or-permission')!.facts;
const escalation = ownerJourneys.find((j) => j.outcome === 'provider-infrastructure')!.facts;

const embed = (facts: Facts, view = '') => `/embed?${[serializeFacts(facts), view].filter(Boolean).join('&')}`;

export const PAGES: PageKind[] = [
  { name: 'start page', path: '/' },
  { name: 'first question', path: '/diagnose', step: true },
  { name: 'visitor question', path: diagnoseHref(visitor), step: true },
  { name: 'visitor question with the site check', path: diagnoseHref({ ...visitor, refresh: 'not-fixed' }), step: true },
  {
    name: 'visitor question with system instructions',
    path: diagnoseHref({
      ...visitor,
      refresh: 'not-fixed',
      downForEveryone: 'no',
      clearCache: 'not-fixed',
      privateWindow: 'not-fixed',
      otherBrowser: 'not-fixed',
    }),
    step: true,
  },
  { name: 'owner question', path: diagnoseHref({ role: 'owner', statusCode: '502' }), step: true },
  { name: 'owner question with the paste box and the site check', path: diagnoseHref(ownerAtErrorSource), step: true },
  { name: 'owner question with still-possible causes', path: diagnoseHref(ownerAtLog), step: true },
  { name: 'visitor outcome', path: diagnoseHref({ ...visitor, refresh: 'not-fixed', downForEveryone: 'yes' }), step: true },
  { name: 'owner outcome', path: diagnoseHref(ownerOutcome), step: true },
  { name: 'owner outcome escalating with an evidence pack', path: diagnoseHref(escalation), step: true },
  { name: 'redirect outcome', path: diagnoseHref({ role: 'owner', statusCode: '500' }), step: true },
  { name: 'support mode question', path: `${diagnoseHref(ownerAtLog)}&mode=support`, step: true },
  { name: 'support mode outcome', path: `${diagnoseHref(ownerOutcome)}&mode=support`, step: true },
  { name: 'causes index', path: '/causes' },
  { name: 'cause page', path: '/causes/socket-or-permission' },
  { name: 'map', path: '/map' },
  { name: 'FAQ', path: '/faq' },
  { name: 'glossary', path: '/glossary' },
  { name: 'embedding guide', path: '/embedding' },
  { name: 'embed question', path: embed({ role: 'owner', hosting: 'vps' }), step: true, framable: true },
  {
    name: 'embed with theme, accent and origin',
    path: embed(visitor, 'theme=dark&accent=ff9900&origin=https%3A%2F%2Fhelp.example.com'),
    step: true,
    framable: true,
  },
  { name: 'embed outcome', path: embed(ownerOutcome), step: true, framable: true },
  { name: 'unknown cause (404)', path: '/causes/not-a-cause', status: 404 },
  { name: 'unknown page (404)', path: '/no-such-page', status: 404 },
];

/** A visitor's URL without device, system and browser: redirected once, never cached. */
export const VISITOR_REDIRECTS = ['/diagnose?role=visitor&statusCode=502', '/embed?role=visitor'];

/** Error answers of the JSON API (each a JSON body with an `error`). */
export const API_ERRORS: { name: string; path: string; method: 'GET' | 'POST'; contentType?: string; body?: string; status: number }[] = [
  { name: 'diagnose, bad JSON', path: '/api/diagnose', method: 'POST', contentType: 'application/json', body: '{oops', status: 400 },
  {
    name: 'diagnose, unknown fact',
    path: '/api/diagnose',
    method: 'POST',
    contentType: 'application/json',
    body: '{"facts":{"x":"y"}}',
    status: 400,
  },
  { name: 'diagnose, not JSON', path: '/api/diagnose', method: 'POST', contentType: 'text/plain', body: 'role=owner', status: 415 },
  { name: 'analyze, no text', path: '/api/analyze', method: 'POST', contentType: 'application/json', body: '{}', status: 400 },
  {
    name: 'probe, refused scheme',
    path: '/api/probe',
    method: 'POST',
    contentType: 'application/json',
    body: '{"url":"gopher://example.com/"}',
    status: 400,
  },
  {
    name: 'probe, over its size cap',
    path: '/api/probe',
    method: 'POST',
    contentType: 'application/json',
    body: `{"url":"${'a'.repeat(9000)}"}`,
    status: 413,
  },
];

/** Text that should never come back unescaped, whichever way it was injected. */
export const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '</script><script>alert(1)</script>',
  'javascript:alert(1)',
  '" autofocus onfocus="alert(1)',
  '<iframe srcdoc="<script>alert(1)</script>">',
  '\u2028<script>alert(1)</script>\u2029',
];
