import type { Rule } from '../rule';
import { WEIGHT } from '../rule';
import { statusFact, visibleText } from '../text';

/**
 * The status itself, vendor-neutral: the status line curl prints, the headline of a default error
 * page, and the status field of a common access log. They say *what* came back, never who sent it.
 */

const RFC = 'https://www.rfc-editor.org/rfc/rfc9110#name-502-bad-gateway';
const RFC_STATUS = 'https://www.rfc-editor.org/rfc/rfc9110#name-status-codes';

// `HTTP/1.1 502 Bad Gateway`, `HTTP/2 502`, or `< HTTP/1.1 502 …` from `curl -v`. The version is
// followed by a space, so a request line quoted in a log (`"GET / HTTP/1.1" 502`) never triggers.
const STATUS_LINE = ['^HTTP/1.1 ', '^HTTP/1.0 ', '^HTTP/2 ', '^HTTP/2.0 ', '^HTTP/3 '];

const statusRules: Rule[] = [
  {
    id: 'http.status-502',
    anchors: STATUS_LINE,
    pattern: /^(?:< )?HTTP\/\d(?:\.\d)? 502(?:\s|$)/,
    meaning: 'The response status is 502 Bad Gateway: a gateway or proxy could not get a usable answer from the server behind it.',
    facts: { statusCode: '502' },
    weight: WEIGHT.status,
    source: RFC,
  },
  {
    id: 'http.status-error',
    anchors: STATUS_LINE,
    pattern: /^(?:< )?HTTP\/\d(?:\.\d)? ([45]\d\d)(?:\s|$)/,
    refine: (m) => {
      const code = Number(m[1]);
      if (code === 502) return null;
      const what =
        code === 503
          ? 'a 503 means the server or a layer in front of it is unavailable or has no healthy backend'
          : code === 504
            ? 'a 504 means a gateway gave up waiting for the server behind it'
            : code === 500
              ? 'a 500 means the application itself failed'
              : 'this is not a gateway error';
      return { meaning: `The response status is ${code}, not 502: ${what}.`, facts: { statusCode: statusFact(code) } };
    },
    meaning: 'The response status is an error other than 502.',
    weight: WEIGHT.status,
    source: RFC_STATUS,
  },
  {
    id: 'http.status-ok',
    context: true,
    anchors: STATUS_LINE,
    pattern: /^(?:< )?HTTP\/\d(?:\.\d)? ([123]\d\d)(?:\s|$)/,
    refine: (m) => ({ meaning: `The response status is ${m[1]}: this response is not an error.` }),
    meaning: 'The response status is not an error.',
    weight: WEIGHT.status,
    source: RFC_STATUS,
  },
];

/** The headline of a default error page (`<title>502 Bad Gateway</title>`, or the visible text). */
function pageHeadline(id: string, code: 500 | 502 | 503 | 504, words: string, anchors: string[]): Rule {
  const headline = new RegExp(`^(?:Error:? )?${code}[ .:-]*(?:${words})\\.?$`, 'i');
  // In a title or a heading, even when a minified page has it all on one line.
  const tagged = new RegExp(`<(title|h1)>\\s*(?:Error:? )?${code}[ .:-]*(?:${words})\\.?\\s*</\\1>`, 'i');
  return {
    id,
    anchors,
    pattern: new RegExp(`${code}[ .:-]*(?:${words})`, 'i'),
    // Only the headline itself: prose that mentions "502 Bad Gateway" says nothing.
    refine: (_m, line) => (tagged.test(line) || headline.test(visibleText(line)) ? {} : null),
    meaning: code === 502 ? 'The page says 502 Bad Gateway.' : `The page says ${code}: this is not a 502, and it is checked differently.`,
    facts: { statusCode: statusFact(code) },
    weight: WEIGHT.guess,
    source: RFC_STATUS,
  };
}

const pageRules: Rule[] = [
  pageHeadline('http.page-502', 502, 'Bad Gateway|Proxy Error', ['Bad Gateway', 'Proxy Error']),
  pageHeadline('http.page-503', 503, 'Service (?:Temporarily )?Unavailable', ['Service Unavailable', 'Service Temporarily Unavailable']),
  pageHeadline('http.page-504', 504, 'Gateway Time-?out', ['Gateway Time-out', 'Gateway Timeout']),
  pageHeadline('http.page-500', 500, 'Internal Server Error', ['Internal Server Error']),
];

const accessLogRules: Rule[] = [
  {
    // Common and combined log format (nginx's and Apache's default access logs look the same).
    id: 'http.access-log-502',
    anchors: ['" 50'],
    pattern: /^\S+ \S+ \S+ \[[^\]]+\] "[^"]*" 502 \d+/,
    meaning:
      "The web server's access log recorded a 502 for this request. Its error log, at the same second, says why; paste those lines too.",
    facts: { statusCode: '502' },
    weight: WEIGHT.guess,
    source: 'https://nginx.org/en/docs/http/ngx_http_log_module.html#log_format',
  },
];

const directRules: Rule[] = [
  {
    // The wizard's own direct test, `curl -i http://127.0.0.1:PORT`, refused: nothing listens there.
    id: 'curl.direct-refused',
    anchors: ['Failed to connect to'],
    pattern: /curl: \(7\) Failed to connect to (?:127\.0\.0\.1|localhost|::1|\[::1\]) port (\d+).{0,80}Connection refused/,
    refine: (m) => ({
      meaning: `Nothing listens on port ${m[1]} of this machine: the app is down, or listens on another port or address.`,
    }),
    meaning: 'curl to the app on this machine was refused: nothing listens on that port.',
    facts: { directCurl: 'refused' },
    source: 'https://curl.se/libcurl/c/libcurl-errors.html#CURLECOULDNTCONNECT',
  },
];

export const httpRules: Rule[] = [...statusRules, ...pageRules, ...accessLogRules, ...directRules];
