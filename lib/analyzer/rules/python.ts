import type { Rule } from '../rule';
import { WEIGHT } from '../rule';

/** Python application servers: Gunicorn's arbiter and uWSGI's master, and Python's own tracebacks. */

const ARBITER = 'benoitc/gunicorn: gunicorn/arbiter.py';
const UWSGI = 'https://uwsgi-docs.readthedocs.io/en/latest/Options.html#harakiri';

const python = { weight: WEIGHT.errorLog } as const;

export const pythonRules: Rule[] = [
  {
    ...python,
    id: 'gunicorn.worker-timeout',
    anchors: ['WORKER TIMEOUT'],
    pattern: /\[CRITICAL\] WORKER TIMEOUT \(pid:\d+\)/,
    meaning:
      'Gunicorn killed a worker that took longer than its --timeout (30 s by default) on one request; the proxy sees the connection close.',
    facts: { appLog: 'worker-timeout', runtime: 'python' },
    source: ARBITER,
  },
  {
    ...python,
    id: 'gunicorn.sigkill',
    anchors: ['was sent SIGKILL'],
    pattern: /Worker \(pid:\d+\) was sent SIGKILL! Perhaps out of memory\?/,
    meaning: 'A Gunicorn worker was killed with SIGKILL, as Gunicorn says most likely by the OOM killer: the server ran out of memory.',
    facts: { resources: 'memory', runtime: 'python' },
    source: ARBITER,
  },
  {
    ...python,
    id: 'gunicorn.boot-failed',
    anchors: ['Worker failed to boot'],
    pattern: /Worker failed to boot/,
    meaning: 'Gunicorn could not start its workers (the app fails on import); the traceback above says why.',
    facts: { appLog: 'fatal-error', runtime: 'python' },
    source: ARBITER,
  },
  {
    ...python,
    id: 'python.traceback',
    anchors: ['^Traceback (most recent call last):'],
    pattern: /^\s*Traceback \(most recent call last\):/,
    meaning: 'A Python traceback: the application raised an error it did not handle; the last lines name it.',
    facts: { appLog: 'fatal-error', runtime: 'python' },
    source: 'https://docs.python.org/3/library/traceback.html',
  },
  {
    ...python,
    id: 'python.memory-error',
    anchors: ['^MemoryError'],
    pattern: /^\s*MemoryError\b/,
    meaning: 'Python could not allocate memory (MemoryError).',
    facts: { appLog: 'memory-limit', runtime: 'python' },
    source: 'https://docs.python.org/3/library/exceptions.html#MemoryError',
  },
  {
    ...python,
    id: 'uwsgi.harakiri',
    anchors: ['HARAKIRI'],
    pattern: /HARAKIRI ON WORKER|\*\*\* HARAKIRI/,
    meaning: 'uWSGI killed a worker stuck on one request longer than its harakiri timeout.',
    facts: { appLog: 'worker-timeout', runtime: 'python' },
    source: UWSGI,
  },
  {
    ...python,
    id: 'uwsgi.listen-queue-full',
    anchors: ['listen queue of socket'],
    pattern: /listen queue of socket "[^"]{1,200}" \(fd: \d+\) full/,
    meaning: "uWSGI's listen queue is full: every worker is busy and new requests are refused.",
    facts: { appLog: 'pool-exhausted', runtime: 'python' },
    source: 'https://uwsgi-docs.readthedocs.io/en/latest/articles/TheArtOfGracefulReloading.html',
  },
  {
    ...python,
    id: 'uwsgi.upstream',
    context: true,
    anchors: ['upstream: "uwsgi://'],
    pattern: /upstream: "uwsgi:\/\//,
    meaning: 'nginx hands the request to uWSGI (uwsgi://): a Python application.',
    facts: { runtime: 'python' },
    weight: WEIGHT.guess,
    source: 'https://nginx.org/en/docs/http/ngx_http_uwsgi_module.html',
  },
];
