import type { Rule } from '../rule';
import { WEIGHT } from '../rule';

/**
 * PHP and PHP-FPM: PHP's own fatal errors (wherever they are logged: PHP-FPM's log, nginx's
 * "FastCGI sent in stderr", Apache's AH01071, WordPress's debug.log), and PHP-FPM's pool manager.
 */

const ZEND_ALLOC = 'php/php-src: Zend/zend_alloc.c';
const MAIN = 'php/php-src: main/main.c';
const TIMEOUT = 'php/php-src: Zend/zend_execute_API.c';
const FPM_CTL = 'php/php-src: sapi/fpm/fpm/fpm_process_ctl.c';
const FPM_CHILDREN = 'php/php-src: sapi/fpm/fpm/fpm_children.c';
const FPM_REQUEST = 'php/php-src: sapi/fpm/fpm/fpm_request.c';

const php = { weight: WEIGHT.errorLog } as const;

// The other fatal errors below have their own, more specific answers. `(?=\S)` makes the spaces
// before the message all count, so backtracking cannot slip the lookahead past them.
const NOT_SPECIFIC = '(?=\\S)(?!Allowed memory size|Maximum execution time)';

export const phpRules: Rule[] = [
  {
    ...php,
    id: 'php.fatal-error',
    anchors: ['Fatal error', 'PHP Parse error'],
    pattern: new RegExp(
      `PHP (?:Fatal|Parse) error: +${NOT_SPECIFIC}|(?:^|<b>)Fatal error(?:</b>)?: +${NOT_SPECIFIC}.* in \\S{1,300}\\.php(?::\\d+| on line)`,
    ),
    meaning: 'PHP stopped with a fatal error while handling the request: the message names the file and line (often a plugin or theme).',
    facts: { appLog: 'fatal-error', runtime: 'php-fpm' },
    source: MAIN,
  },
  {
    ...php,
    id: 'php.memory-limit',
    anchors: ['Allowed memory size of'],
    pattern: /Allowed memory size of (\d+) bytes exhausted/,
    refine: (m) => ({
      meaning: `PHP hit its memory_limit (${Math.round(Number(m[1]) / 1048576)} MB) and stopped: raise memory_limit, or find what uses so much.`,
    }),
    meaning: 'PHP hit its memory_limit and stopped.',
    facts: { appLog: 'memory-limit', runtime: 'php-fpm' },
    source: ZEND_ALLOC,
  },
  {
    ...php,
    id: 'php.max-execution-time',
    anchors: ['Maximum execution time of'],
    pattern: /Maximum execution time of [\d.]+ seconds? exceeded/,
    meaning: 'A PHP script ran longer than max_execution_time and was stopped.',
    facts: { appLog: 'worker-timeout', runtime: 'php-fpm' },
    source: TIMEOUT,
  },
  {
    ...php,
    id: 'php-fpm.max-children',
    anchors: ['max_children setting'],
    pattern: /\[pool ([^\]]{1,80})\] server reached (?:pm\.)?max_children setting \((\d+)\)/,
    refine: (m) => ({
      meaning: `Every PHP-FPM worker of pool ${m[1]} was busy (pm.max_children = ${m[2]}), so requests queued: raise it if memory allows, or find the slow requests.`,
    }),
    meaning: 'Every PHP-FPM worker was busy (pm.max_children reached).',
    facts: { appLog: 'pool-exhausted', runtime: 'php-fpm' },
    source: FPM_CTL,
  },
  {
    ...php,
    id: 'php-fpm.execution-timed-out',
    anchors: ['execution timed out'],
    pattern: /child \d+, script '[^']{0,300}' \(request: "[^"]{0,300}"\) execution timed out/,
    meaning: 'PHP-FPM killed a worker that ran past request_terminate_timeout.',
    facts: { appLog: 'worker-timeout', runtime: 'php-fpm' },
    source: FPM_REQUEST,
  },
  {
    ...php,
    id: 'php-fpm.child-sigkill',
    anchors: ['exited on signal 9 '],
    pattern: /child \d+ exited on signal 9 \(SIGKILL\)/,
    meaning:
      'A PHP-FPM worker was killed from outside (SIGKILL), most often by the kernel\'s OOM killer: check `dmesg` for "Killed process".',
    facts: { runtime: 'php-fpm' },
    source: FPM_CHILDREN,
  },
  {
    ...php,
    id: 'php-fpm.child-segfault',
    anchors: ['exited on signal 11 '],
    pattern: /child \d+ exited on signal 11 \(SIGSEGV/,
    meaning: 'A PHP-FPM worker crashed (segmentation fault), usually in an extension (opcache, a PECL module).',
    facts: { appLog: 'fatal-error', runtime: 'php-fpm' },
    source: FPM_CHILDREN,
  },
  {
    ...php,
    id: 'php-fpm.socket',
    context: true,
    anchors: ['fpm.sock', 'php-fpm/'],
    pattern: /fpm\.sock\b|php-fpm\/[\w.-]{1,64}\.sock\b/,
    meaning: 'The upstream is a PHP-FPM socket: the application runs on PHP-FPM.',
    facts: { runtime: 'php-fpm' },
    weight: WEIGHT.guess,
    source: 'https://www.php.net/manual/en/install.fpm.configuration.php#listen',
  },
  {
    ...php,
    id: 'php-fpm.fastcgi-upstream',
    context: true,
    anchors: ['upstream: "fastcgi://'],
    pattern: /upstream: "fastcgi:\/\//,
    meaning: 'nginx hands the request to a FastCGI server (fastcgi://): PHP-FPM.',
    facts: { runtime: 'php-fpm' },
    weight: WEIGHT.guess,
    source: 'nginx/nginx: src/http/modules/ngx_http_fastcgi_module.c',
  },
  {
    ...php,
    id: 'wordpress.path',
    context: true,
    anchors: ['Fatal error', 'PHP Parse error', 'PHP Warning', 'thrown in', '#0 /', '#1 /'],
    pattern: /\/wp-(?:content|includes|admin)\//,
    // A URL in an access log may be a scanner probing any site; a PHP error naming a file is not.
    refine: (_m, line) => (/PHP |\.php(?::\d+|\(\d+\)| on line)|Stack trace|thrown in/.test(line) ? {} : null),
    meaning: 'The error names a WordPress file (wp-content, wp-includes): the site is WordPress, and a plugin or theme is often the cause.',
    facts: { cms: 'wordpress' },
    weight: WEIGHT.guess,
    source: 'https://developer.wordpress.org/advanced-administration/debug/debug-wordpress/',
  },
];
