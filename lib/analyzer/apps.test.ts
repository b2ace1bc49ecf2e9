import { describe, expect, it } from 'vitest';
import { analyze } from '.';
import { lines, signalOf } from './test-helpers';

/** Behind the proxy: application servers, runtimes and the kernel. */

describe('PHP and PHP-FPM', () => {
  // php/php-src sapi/fpm/fpm/fpm_process_ctl.c
  it('reads pm.max_children as the pool exhausted', () => {
    const a = analyze('[21-Nov-2025 10:00:00] WARNING: [pool www] server reached pm.max_children setting (5), consider raising it');
    expect(a.facts).toEqual({ appLog: 'pool-exhausted', runtime: 'php-fpm' });
    expect(signalOf(a, 'php-fpm.max-children').meaning).toContain('pm.max_children = 5');
    expect(a.causes[0].id).toBe('upstream-overloaded');
  });

  // php/php-src Zend/zend_alloc.c and main/main.c
  it('tells a memory limit from other fatal errors', () => {
    const memory = analyze(
      '[21-Nov-2025 10:00:00 UTC] PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/html/wp-includes/class-wpdb.php on line 2056',
    );
    expect(memory.facts).toEqual({ appLog: 'memory-limit', runtime: 'php-fpm', cms: 'wordpress' });
    expect(memory.signals.map((s) => s.rule)).not.toContain('php.fatal-error');
    expect(signalOf(memory, 'php.memory-limit').meaning).toContain('128 MB');
    const fatal = analyze(
      '[21-Nov-2025 10:00:00 UTC] PHP Fatal error:  Uncaught Error: Call to undefined function wp_foo() in /var/www/html/wp-content/plugins/foo/foo.php:12',
    );
    expect(fatal.facts).toEqual({ appLog: 'fatal-error', runtime: 'php-fpm', cms: 'wordpress' });
    expect(fatal.causes[0].id).toBe('app-fatal-error');
  });

  // php/php-src sapi/fpm/fpm/fpm_request.c and fpm_children.c
  it('reads request_terminate_timeout and killed workers', () => {
    const timeout = analyze(
      `[21-Nov-2025 10:00:00] WARNING: [pool www] child 12345, script '/var/www/html/index.php' (request: "GET /index.php") execution timed out (60.012345 sec), terminating`,
    );
    expect(timeout.facts.appLog).toBe('worker-timeout');
    const killed = analyze(
      '[21-Nov-2025 10:00:00] WARNING: [pool www] child 12345 exited on signal 9 (SIGKILL) after 35.123456 seconds from start',
    );
    expect(killed.facts).toEqual({ runtime: 'php-fpm' });
    expect(signalOf(killed, 'php-fpm.child-sigkill').meaning).toMatch(/OOM killer/);
  });

  it('does not take a WordPress URL in an access log for a WordPress error', () => {
    const a = analyze(
      '203.0.113.7 - - [21/Nov/2025:10:00:00 +0000] "GET /wp-content/plugins/foo/style.css HTTP/1.1" 200 512 "-" "Mozilla/5.0"',
    );
    expect(a.facts.cms).toBeUndefined();
    expect(a.recognised).toBe(false);
  });

  it('reads a WordPress stack trace', () => {
    const a = analyze(
      lines(
        'PHP Fatal error:  Uncaught TypeError: count(): Argument #1 ($value) must be of type Countable|array, null given in /var/www/html/wp-content/themes/shop/functions.php:88',
        'Stack trace:',
        '#0 /var/www/html/wp-includes/class-wp-hook.php(324): shop_setup()',
        '#1 {main}',
        '  thrown in /var/www/html/wp-content/themes/shop/functions.php on line 88',
      ),
    );
    expect(a.facts).toEqual({ appLog: 'fatal-error', runtime: 'php-fpm', cms: 'wordpress' });
  });
});

describe('Python', () => {
  // benoitc/gunicorn gunicorn/arbiter.py
  it('reads Gunicorn worker timeouts and OOM kills', () => {
    const a = analyze(
      lines(
        '[2025-11-21 10:00:00 +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:12)',
        '[2025-11-21 10:00:00 +0000] [12] [INFO] Worker exiting (pid: 12)',
        '[2025-11-21 10:00:01 +0000] [1] [ERROR] Worker (pid:13) was sent SIGKILL! Perhaps out of memory?',
      ),
    );
    expect(a.facts).toEqual({ appLog: 'worker-timeout', runtime: 'python', resources: 'memory' });
    expect(signalOf(a, 'gunicorn.worker-timeout').line).toBe(1);
    expect(signalOf(a, 'gunicorn.sigkill').line).toBe(3);
    expect(a.causes[0].id).toBe('resource-exhaustion');
  });

  it('reads a traceback as the application failing', () => {
    const a = analyze(
      lines('Traceback (most recent call last):', '  File "/app/main.py", line 3, in <module>', 'ZeroDivisionError: division by zero'),
    );
    expect(a.facts).toEqual({ appLog: 'fatal-error', runtime: 'python' });
  });
});

describe('Node.js', () => {
  // https://nodejs.org/api/errors.html#common-system-errors
  it('reads EADDRINUSE', () => {
    const a = analyze(
      lines(
        'node:events:497',
        "      throw er; // Unhandled 'error' event",
        '      ^',
        '',
        'Error: listen EADDRINUSE: address already in use :::3000',
        '    at Server.setupListenHandle [as _listen2] (node:net:1872:16)',
        '    at listenInCluster (node:net:1920:12)',
        'Node.js v20.11.0',
      ),
    );
    expect(a.facts).toEqual({ appLog: 'fatal-error', runtime: 'node' });
    expect(signalOf(a, 'node.eaddrinuse').meaning).toContain(':::3000');
  });

  it('reads a heap exhaustion as a memory limit', () => {
    const a = analyze(
      lines(
        '<--- Last few GCs --->',
        'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
        ' 1: 0xb7b3e0 node::Abort() [node]',
      ),
    );
    expect(a.facts).toEqual({ appLog: 'memory-limit', runtime: 'node' });
  });

  it('reads an uncaught exception with its stack', () => {
    const a = analyze(
      lines(
        '/app/server.js:10',
        "    throw new Error('boom');",
        '    ^',
        '',
        'Error: boom',
        '    at Object.<anonymous> (/app/server.js:10:11)',
        '    at Module._compile (node:internal/modules/cjs/loader:1256:14)',
        '',
        'Node.js v20.11.0',
      ),
    );
    expect(a.facts).toEqual({ appLog: 'fatal-error', runtime: 'node' });
    expect(signalOf(a, 'node.crashed').line).toBe(9);
  });
});

describe('the kernel', () => {
  // torvalds/linux mm/oom_kill.c
  it('reads the OOM killer and the runtime it killed', () => {
    const a = analyze(
      lines(
        '[Fri Nov 21 10:00:00 2025] php-fpm8.2 invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=0',
        '[Fri Nov 21 10:00:00 2025] oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/system.slice/php8.2-fpm.service,task=php-fpm8.2,pid=12345,uid=33',
        '[Fri Nov 21 10:00:00 2025] Out of memory: Killed process 12345 (php-fpm8.2) total-vm:512000kB, anon-rss:256000kB, file-rss:0kB, shmem-rss:0kB, UID:33 pgtables:1024kB oom_score_adj:0',
        '[Fri Nov 21 10:00:00 2025] oom_reaper: reaped process 12345 (php-fpm8.2), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB',
      ),
    );
    expect(a.facts).toEqual({ resources: 'memory', runtime: 'php-fpm' });
    expect(signalOf(a, 'kernel.oom-killed-process').line).toBe(3);
    expect(a.causes[0].id).toBe('resource-exhaustion');
  });

  it('reads a full disk', () => {
    expect(
      analyze('2025/11/21 10:00:00 [crit] 1#1: *1 pwrite() "/var/lib/nginx/body/0000000001" failed (28: No space left on device)').facts
        .resources,
    ).toBe('disk');
  });
});
