import type { Rule } from '../rule';
import { headerPattern, header, RESPONDER, WEIGHT } from '../rule';

/**
 * Cloudflare. Per Cloudflare's documentation (and against what many guides, seed 003 among them,
 * say): its *branded* 502 page, with the Browser / Cloudflare / Host diagram, means the origin
 * answered Cloudflare with a 502 and Cloudflare passed it on; the *plain* page whose last line is
 * just "cloudflare" means Cloudflare itself made the 502.
 */

const DOC = 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-502-504/';
const DOC_5XX = 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/';

export const cloudflareRules: Rule[] = [
  {
    // nginx-style plain page: `<hr><center>cloudflare</center>`, or its visible text. Lower case
    // only: the branded page's diagram has a capitalised "Cloudflare" label on a line of its own.
    id: 'cloudflare.plain-page',
    anchors: ['<center>cloudflare', '^cloudflare'],
    pattern: /^\s*(?:<hr>\s*)?(?:<center>)?cloudflare(?:<\/center>)?\s*$/,
    meaning:
      'The plain, unbranded error page that ends in "cloudflare": Cloudflare itself made this error (its edge could not get a usable answer from the origin).',
    layer: 'cdn',
    vendor: 'cloudflare',
    responder: RESPONDER.page,
    weight: WEIGHT.page,
    facts: { cdn: 'cloudflare' },
    source: DOC,
  },
  {
    id: 'cloudflare.branded-502',
    anchors: ['Error code 502', '502: Bad gateway', 'reported a bad gateway error'],
    pattern: /Error code 502|\| 502: Bad gateway|The web server reported a bad gateway error/,
    meaning:
      "Cloudflare's branded 502 page: your origin web server answered Cloudflare with a 502 and Cloudflare passed it on, so a layer behind Cloudflare returned it.",
    // Says who did *not* write the 502: Cloudflare.
    clears: 'cloudflare',
    weight: WEIGHT.page,
    facts: { cdn: 'cloudflare', statusCode: '502' },
    source: DOC,
  },
  {
    id: 'cloudflare.branded-504',
    anchors: ['Error code 504', '504: Gateway time'],
    pattern: /Error code 504|\| 504: Gateway time-?out/i,
    meaning: "Cloudflare's branded 504 page: your origin timed out. This is a 504, not a 502.",
    clears: 'cloudflare',
    weight: WEIGHT.page,
    facts: { cdn: 'cloudflare', statusCode: '504' },
    source: DOC,
  },
  {
    id: 'cloudflare.52x',
    anchors: ['Error code 52'],
    pattern: /(?:Error code |\| )(52[0-7])\b/,
    refine: (m) => {
      const code = m[1];
      const what: Record<string, string> = {
        '520': 'the origin returned an empty or unexpected response',
        '521': 'the origin refused the connection',
        '522': 'the connection to the origin timed out',
        '523': 'the origin is unreachable',
        '524': 'the origin took too long to answer',
        '525': 'the TLS handshake with the origin failed',
        '526': "the origin's certificate is invalid",
        '527': 'the Railgun connection failed',
      };
      const tls = code === '525' ? { tls: 'mismatch' as const } : code === '526' ? { tls: 'cert-invalid' as const } : {};
      return {
        meaning: `Cloudflare error ${code}: ${what[code]}. This is not a 502; Cloudflare names the cause.`,
        facts: { cdn: 'cloudflare', statusCode: 'other', ...tls },
      };
    },
    meaning: 'A Cloudflare 52x error, not a 502.',
    weight: WEIGHT.page,
    facts: { cdn: 'cloudflare', statusCode: 'other' },
    source: DOC_5XX,
  },
  {
    id: 'cloudflare.server-header',
    anchors: [header('server')],
    pattern: headerPattern('server', 'cloudflare\\b'),
    meaning:
      'Cloudflare is in front of the site (server: cloudflare). Cloudflare sets this on every response, so it does not say whether Cloudflare or the origin made the 502: the page does.',
    weight: WEIGHT.header,
    facts: { cdn: 'cloudflare' },
    source: DOC,
  },
  {
    id: 'cloudflare.cf-ray',
    anchors: [header('cf-ray')],
    pattern: headerPattern('cf-ray'),
    meaning: 'Cloudflare is in front of the site (cf-ray header): quote this Ray ID to Cloudflare support.',
    weight: WEIGHT.header,
    facts: { cdn: 'cloudflare' },
    source: 'https://developers.cloudflare.com/fundamentals/reference/http-headers/#cf-ray',
  },
];
