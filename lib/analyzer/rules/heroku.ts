import type { Facts } from '@/machines/facts';
import type { Rule } from '../rule';
import { headerPattern, header, RESPONDER, WEIGHT } from '../rule';

/**
 * Heroku: its router logs `at=error code=H10 desc="App crashed" …` and dynos log `Error R14 …`.
 * The router answers its own failures with a 503 "Application error" page, but the codes name the
 * same failures that make a 502 elsewhere, so the status on these lines is not taken as the answer.
 */

const CODES = 'https://devcenter.heroku.com/articles/error-codes';

const heroku = { layer: 'platform', vendor: 'heroku', responder: RESPONDER.log, weight: WEIGHT.errorLog } as const;

type Code = { code: string; desc: string; meaning: string; facts: Facts };

const ROUTER: Code[] = [
  { code: 'H10', desc: 'App crashed', meaning: 'the web dyno crashed or is crash-looping', facts: { platformLog: 'app-crashed' } },
  {
    code: 'H12',
    desc: 'Request timeout',
    meaning: 'the app took more than 30 seconds to answer, and the router gave up',
    facts: { platformLog: 'request-timeout' },
  },
  {
    code: 'H13',
    desc: 'Connection closed without response',
    meaning: 'the app accepted the connection and closed it without answering',
    facts: { platformLog: 'closed-without-response' },
  },
  {
    code: 'H18',
    desc: 'Server Request Interrupted',
    meaning: 'the app closed the socket before the response was complete',
    facts: { platformLog: 'closed-without-response' },
  },
  {
    code: 'H20',
    desc: 'App boot timeout',
    meaning: 'the web process did not bind to $PORT within the boot timeout',
    facts: { platformLog: 'boot-timeout' },
  },
  { code: 'H14', desc: 'No web processes running', meaning: 'no web dyno is running (scaled to zero, or every one crashed)', facts: {} },
  { code: 'H17', desc: 'Poorly formatted HTTP response', meaning: "the app's response was not valid HTTP", facts: { platformLog: 'none' } },
];

const routerRules: Rule[] = ROUTER.map(({ code, desc, meaning, facts }) => ({
  ...heroku,
  id: `heroku.${code}`,
  anchors: [`code=${code} `],
  pattern: new RegExp(`at=error code=${code} desc="${desc}"`),
  meaning: `Heroku router ${code} (${desc}): ${meaning}.`,
  facts: { hosting: 'paas', ...facts },
  source: CODES,
}));

export const herokuRules: Rule[] = [
  ...routerRules,
  {
    ...heroku,
    id: 'heroku.R10',
    anchors: ['Error R10 (Boot timeout)'],
    pattern: /Error R10 \(Boot timeout\) -> Web process failed to bind to \$PORT/,
    meaning: 'Heroku R10: the web process did not bind to $PORT in time; it must listen on 0.0.0.0 and the port in $PORT.',
    facts: { hosting: 'paas', platformLog: 'port-not-bound' },
    source: CODES,
  },
  {
    ...heroku,
    id: 'heroku.R14-R15',
    anchors: ['Error R14 (Memory quota', 'Error R15 (Memory quota'],
    pattern: /Error R1[45] \(Memory quota (?:vastly )?exceeded\)/,
    meaning: 'Heroku R14/R15: the dyno exceeded its memory quota (R15: so far that it was killed).',
    facts: { hosting: 'paas', platformLog: 'memory-quota' },
    source: CODES,
  },
  {
    ...heroku,
    id: 'heroku.crashed',
    anchors: ['to crashed'],
    pattern: /State changed from (?:up|starting) to crashed/,
    meaning: 'The dyno crashed (its process exited); the lines just before say why.',
    facts: { hosting: 'paas', platformLog: 'app-crashed' },
    source: CODES,
  },
  {
    ...heroku,
    id: 'heroku.application-error-page',
    anchors: ['An error occurred in the application and your page could not be served'],
    pattern: /An error occurred in the application and your page could not be served/,
    meaning:
      'Heroku\'s "Application error" page: the router could not get an answer from your dynos (Heroku sends it with status 503). The router log names the code.',
    responder: RESPONDER.page,
    weight: WEIGHT.page,
    facts: { hosting: 'paas' },
    source: CODES,
  },
  {
    id: 'heroku.via-header',
    anchors: [header('via')],
    pattern: headerPattern('via', '.*\\b(?:vegur|heroku-router)\\b'),
    meaning: "The response came through Heroku's router (via: vegur / heroku-router).",
    layer: 'platform',
    vendor: 'heroku',
    responder: RESPONDER.platformHeader,
    weight: WEIGHT.header,
    facts: { hosting: 'paas' },
    source: 'https://devcenter.heroku.com/articles/http-routing',
  },
];
