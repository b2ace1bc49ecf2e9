import { describe, expect, it } from 'vitest';
import { analyze } from '.';
import { lines, signalOf } from './test-helpers';

/**
 * Reverse proxies: their error pages and error-log lines, each in the form the software writes it
 * (the citation is each rule's `source`; the comment above each test names it too).
 */

const tail =
  ', client: 203.0.113.7, server: example.com, request: "GET / HTTP/1.1", upstream: "http://127.0.0.1:3000/", host: "example.com"';

describe('nginx', () => {
  // nginx/nginx src/http/ngx_http_special_response.c: ngx_http_error_502_page + ngx_http_error_full_tail
  it('reads its default 502 page as nginx writing the 502', () => {
    const a = analyze(
      lines(
        'HTTP/1.1 502 Bad Gateway',
        'Server: nginx/1.24.0 (Ubuntu)',
        'Date: Fri, 21 Nov 2025 10:00:00 GMT',
        'Content-Type: text/html',
        'Content-Length: 166',
        'Connection: keep-alive',
        '',
        '<html>',
        '<head><title>502 Bad Gateway</title></head>',
        '<body>',
        '<center><h1>502 Bad Gateway</h1></center>',
        '<hr><center>nginx/1.24.0 (Ubuntu)</center>',
        '</body>',
        '</html>',
      ),
    );
    expect(a.layer).toBe('reverse-proxy');
    expect(a.vendor).toBe('nginx');
    expect(a.facts).toEqual({ statusCode: '502', proxy: 'nginx', errorSource: 'proxy' });
    expect(signalOf(a, 'nginx.error-page')).toMatchObject({ line: 12, text: '<hr><center>nginx/1.24.0 (Ubuntu)</center>' });
    expect(signalOf(a, 'http.status-502').line).toBe(1);
  });

  it('reads the same page as a browser shows it', () => {
    const a = analyze('502 Bad Gateway\nnginx/1.18.0 (Ubuntu)');
    expect(a).toMatchObject({ layer: 'reverse-proxy', vendor: 'nginx', recognised: true });
    expect(a.facts.statusCode).toBe('502');
    expect(signalOf(a, 'nginx.error-page-text').line).toBe(2);
  });

  // nginx/nginx src/http/ngx_http_upstream.c, src/event/ngx_event_connect.c, ngx_http_proxy_module.c
  it.each([
    ['connect() failed (111: Connection refused) while connecting to upstream', 'connection-refused'],
    ['connect() failed (113: No route to host) while connecting to upstream', 'connection-refused'],
    ['upstream timed out (110: Connection timed out) while connecting to upstream', 'connection-refused'],
    ['connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory) while connecting to upstream', 'no-such-file'],
    ['connect() to unix:/var/run/php-fpm/www.sock failed (13: Permission denied) while connecting to upstream', 'permission-denied'],
    ['connect() to 127.0.0.1:8080 failed (13: Permission denied) while connecting to upstream', 'permission-denied'],
    ['upstream timed out (110: Connection timed out) while reading response header from upstream', 'timed-out'],
    ['upstream prematurely closed connection while reading response header from upstream', 'prematurely-closed'],
    ['recv() failed (104: Connection reset by peer) while reading response header from upstream', 'reset-by-peer'],
    ['upstream sent too big header while reading response header from upstream', 'too-big-header'],
    ['no live upstreams while connecting to upstream', 'no-live-upstreams'],
    [
      'SSL_do_handshake() failed (SSL: error:0A00010B:SSL routines::wrong version number) while SSL handshaking to upstream',
      'ssl-handshake',
    ],
    ['upstream sent invalid header: "X-Bad\\x00Header..." while reading response header from upstream', 'invalid-response'],
    ['upstream sent no valid HTTP/1.0 header while reading response header from upstream', 'invalid-response'],
    ['upstream sent invalid status "abc OK" while reading response header from upstream', 'invalid-response'],
  ])('error log: %s → logSignal=%s', (message, logSignal) => {
    const a = analyze(`2025/11/21 10:00:00 [error] 1234#1234: *5678 ${message}${tail}`);
    expect(a.facts.logSignal).toBe(logSignal);
    expect(a.facts.proxy).toBe('nginx');
    // No response was pasted: the log's own layer says who would have answered.
    expect(a).toMatchObject({ layer: 'reverse-proxy', vendor: 'nginx', recognised: true });
  });

  it('reads the resolver and configuration lookups as host-not-found', () => {
    const resolver = analyze(
      '2025/11/21 10:00:00 [error] 1234#1234: *9 app.internal could not be resolved (3: Host not found), client: 203.0.113.7',
    );
    expect(resolver.facts).toMatchObject({ logSignal: 'host-not-found', dns: 'no-answer' });
    expect(signalOf(resolver, 'nginx.resolve-failed').meaning).toContain('app.internal');
    const config = analyze(
      '2025/11/21 10:00:00 [emerg] 1234#1234: host not found in upstream "backend:8080" in /etc/nginx/conf.d/app.conf:12',
    );
    expect(config.facts.logSignal).toBe('host-not-found');
  });

  it('reads a certificate rejection as a TLS problem with the certificate', () => {
    const a = analyze(
      `2025/11/21 10:00:00 [error] 1234#1234: *5 upstream SSL certificate verify error: (10:certificate has expired) while SSL handshaking to upstream${tail}`,
    );
    expect(a.facts).toMatchObject({ logSignal: 'ssl-handshake', tls: 'cert-invalid' });
  });

  it('tells plain HTTP on a TLS port from other handshake failures', () => {
    const wrong = analyze(
      `2025/11/21 10:00:00 [error] 1#1: *1 SSL_do_handshake() failed (SSL: error:0A00010B:SSL routines::wrong version number) while SSL handshaking to upstream${tail}`,
    );
    expect(wrong.facts.tls).toBe('mismatch');
    expect(wrong.signals.map((s) => s.rule)).not.toContain('nginx.ssl-handshake');
    const other = analyze(
      `2025/11/21 10:00:00 [error] 1#1: *1 SSL_do_handshake() failed (SSL: error:0A000410:SSL routines::sslv3 alert handshake failure:SSL alert number 40) while SSL handshaking to upstream${tail}`,
    );
    expect(other.facts.logSignal).toBe('ssl-handshake');
    expect(other.facts.tls).toBeUndefined();
  });

  it('names IPv6 localhost when that is where nginx tried', () => {
    const a = analyze(
      `2025/11/21 10:00:00 [error] 1#1: *1 connect() failed (111: Connection refused) while connecting to upstream, client: ::1, server: _, request: "GET / HTTP/1.1", upstream: "http://[::1]:3000/", host: "localhost"`,
    );
    expect(signalOf(a, 'nginx.connect-refused').meaning).toMatch(/IPv6 localhost/);
  });

  it('reads the PHP-FPM upstream as the runtime', () => {
    const a = analyze(
      '2025/11/21 10:00:00 [crit] 812#812: *31 connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory) while connecting to upstream, client: 203.0.113.7, server: example.com, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "example.com"',
    );
    expect(a.facts).toMatchObject({ logSignal: 'no-such-file', runtime: 'php-fpm', proxy: 'nginx', errorSource: 'proxy' });
    expect(signalOf(a, 'nginx.no-such-file').meaning).toContain('/run/php/php8.2-fpm.sock');
  });

  it('reads PHP errors passed through FastCGI as the application failing, not as a proxy signal', () => {
    const a = analyze(
      '2025/11/21 10:00:00 [error] 812#812: *31 FastCGI sent in stderr: "PHP message: PHP Fatal error:  Uncaught Error: Call to undefined function foo() in /var/www/html/wp-content/plugins/shop/shop.php:12" while reading response header from upstream, client: 203.0.113.7, server: example.com, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "example.com"',
    );
    expect(a.facts).toMatchObject({ appLog: 'fatal-error', runtime: 'php-fpm', cms: 'wordpress' });
    expect(a.facts.logSignal).toBeUndefined();
    expect(a.causes[0].id).toBe('app-fatal-error');
  });

  it('does not call "Primary script unknown" a 502 cause', () => {
    const a = analyze(
      '2025/11/21 10:00:00 [error] 812#812: *31 FastCGI sent in stderr: "Primary script unknown" while reading response header from upstream, client: 203.0.113.7, server: example.com, request: "GET /index.php HTTP/1.1", upstream: "fastcgi://127.0.0.1:9000", host: "example.com"',
    );
    expect(a.facts.logSignal).toBeUndefined();
    expect(signalOf(a, 'nginx.primary-script-unknown').meaning).toMatch(/404/);
  });

  it('prefers the error that makes a 502 over a read timeout (a 504) in the same log', () => {
    const log = lines(
      `2025/11/21 10:00:00 [error] 1#1: *1 upstream timed out (110: Connection timed out) while reading response header from upstream${tail}`,
      `2025/11/21 10:00:01 [error] 1#1: *2 upstream prematurely closed connection while reading response header from upstream${tail}`,
    );
    expect(analyze(log).facts.logSignal).toBe('prematurely-closed');
  });

  it('keeps the first three lines of a rule and counts the rest', () => {
    const log = Array.from(
      { length: 7 },
      (_, i) => `2025/11/21 10:00:0${i} [error] 1#1: *${i} connect() failed (111: Connection refused) while connecting to upstream${tail}`,
    ).join('\n');
    const kept = analyze(log).signals.filter((s) => s.rule === 'nginx.connect-refused');
    expect(kept.map((s) => s.line)).toEqual([1, 2, 3]);
    expect(kept.every((s) => s.count === 7)).toBe(true);
  });

  // nginx/nginx src/core/nginx.c
  it('reads `nginx -t`', () => {
    expect(
      analyze(
        'nginx: [emerg] unknown directive "proxy_pas" in /etc/nginx/sites-enabled/app:12\nnginx: configuration file /etc/nginx/nginx.conf test failed',
      ).facts.proxyConfigTest,
    ).toBe('fails');
  });
});

describe('Apache httpd', () => {
  // apache/httpd modules/http/http_protocol.c (canned 502 text) and modules/proxy/mod_proxy.c (reason)
  it('reads its "Proxy Error" page as Apache writing the 502', () => {
    const a = analyze(
      lines(
        'HTTP/1.1 502 Proxy Error',
        'Date: Fri, 21 Nov 2025 10:00:00 GMT',
        'Server: Apache/2.4.57 (Debian)',
        'Content-Length: 341',
        'Content-Type: text/html; charset=iso-8859-1',
        '',
        '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">',
        '<html><head>',
        '<title>502 Proxy Error</title>',
        '</head><body>',
        '<h1>Proxy Error</h1>',
        '<p>The proxy server received an invalid',
        'response from an upstream server.<br />',
        'The proxy server could not handle the request<p>Reason: <strong>Error reading from remote server</strong></p></p>',
        '<hr>',
        '<address>Apache/2.4.57 (Debian) Server at example.com Port 80</address>',
        '</body></html>',
      ),
    );
    expect(a).toMatchObject({ layer: 'reverse-proxy', vendor: 'apache' });
    expect(a.facts).toEqual({ statusCode: '502', proxy: 'apache', errorSource: 'proxy', logSignal: 'prematurely-closed' });
    expect(signalOf(a, 'apache.proxy-error-page').line).toBe(12);
  });

  // apache/httpd modules/proxy/proxy_util.c (AH00957, AH02454), mod_proxy_http.c (AH01114, AH01102)
  it('reads the error log the way the wizard tells people to', () => {
    const cases: [string, string][] = [
      [
        '[proxy:error] [pid 1234:tid 5678] (111)Connection refused: AH00957: http: attempt to connect to 127.0.0.1:8080 (127.0.0.1:8080) failed',
        'connection-refused',
      ],
      [
        '[proxy:error] [pid 1234] (2)No such file or directory: AH02454: FCGI: attempt to connect to Unix domain socket /run/php/php8.3-fpm.sock (localhost:8000) failed',
        'no-such-file',
      ],
      [
        '[proxy:error] [pid 1234] (13)Permission denied: AH02454: FCGI: attempt to connect to Unix domain socket /run/php/php8.3-fpm.sock (localhost:8000) failed',
        'permission-denied',
      ],
      [
        '[proxy_http:error] [pid 1234] (70007)The timeout specified has expired: [client 203.0.113.7:5678] AH01102: error reading status line from remote server 127.0.0.1:8080',
        'timed-out',
      ],
      [
        '[proxy_http:error] [pid 1234] [client 203.0.113.7:5678] AH01102: error reading status line from remote server 127.0.0.1:8080',
        'prematurely-closed',
      ],
      [
        '[proxy_http:error] [pid 1234] (104)Connection reset by peer: [client 203.0.113.7:5678] AH01102: error reading status line from remote server 127.0.0.1:8080',
        'reset-by-peer',
      ],
      [
        '[proxy:error] [pid 1234] [client 203.0.113.7:5678] AH01170: balancer://mycluster: All workers are in error state',
        'no-live-upstreams',
      ],
      ['[proxy:error] [pid 1234] [client 203.0.113.7:5678] AH00898: DNS lookup failure for: app.internal returned by /', 'host-not-found'],
      ['[proxy_fcgi:error] [pid 1234] [client 203.0.113.7:5678] AH01070: Error parsing script headers', 'invalid-response'],
    ];
    for (const [line, logSignal] of cases) {
      const a = analyze(`[Fri Nov 21 10:00:00.123456 2025] ${line}`);
      expect(a.facts.logSignal, line).toBe(logSignal);
      expect(a.facts.proxy).toBe('apache');
    }
  });

  it('reads the connect failure pair (AH00957 then AH01114) as one refused connection', () => {
    const a = analyze(
      lines(
        '[Fri Nov 21 10:00:00.123456 2025] [proxy:error] [pid 1234:tid 5678] (111)Connection refused: AH00957: http: attempt to connect to 127.0.0.1:8080 (127.0.0.1:8080) failed',
        '[Fri Nov 21 10:00:00.123499 2025] [proxy_http:error] [pid 1234:tid 5678] [client 203.0.113.7:51234] AH01114: HTTP: failed to make connection to backend: 127.0.0.1',
      ),
    );
    expect(a.facts).toMatchObject({ logSignal: 'connection-refused', proxy: 'apache' });
    expect(signalOf(a, 'apache.connect-refused').line).toBe(1);
    expect(signalOf(a, 'apache.connect-failed').line).toBe(2);
  });
});

describe('HAProxy', () => {
  // haproxy/haproxy src/http.c: the built-in 502 message
  it('reads its built-in 502 page', () => {
    const a = analyze(
      lines(
        'HTTP/1.1 502 Bad Gateway',
        'content-length: 107',
        'cache-control: no-cache',
        'content-type: text/html',
        '',
        '<html><body><h1>502 Bad Gateway</h1>',
        'The server returned an invalid or incomplete response.',
        '</body></html>',
      ),
    );
    expect(a).toMatchObject({ layer: 'reverse-proxy', vendor: 'haproxy' });
    expect(a.facts).toEqual({ statusCode: '502', proxy: 'haproxy', errorSource: 'proxy' });
    expect(signalOf(a, 'haproxy.page-502').line).toBe(7);
  });

  // https://docs.haproxy.org/2.8/configuration.html#8.5 "Session state at disconnection"
  const log = (status: number, state: string, server = 'app/web1') =>
    `Nov 21 10:00:00 lb1 haproxy[1234]: 203.0.113.7:51234 [21/Nov/2025:10:00:00.123] www~ ${server} 0/0/0/-1/3 ${status} 217 - - ${state} 1/1/0/0/0 0/0 "GET / HTTP/1.1"`;

  it.each([
    ['SC--', 503, 'connection-refused'],
    ['SH--', 502, 'prematurely-closed'],
    ['sH--', 504, 'timed-out'],
    ['PH--', 502, 'invalid-response'],
  ])('termination state %s', (state, status, logSignal) => {
    const a = analyze(log(status, state));
    expect(a.facts.logSignal).toBe(logSignal);
    expect(a.facts.proxy).toBe('haproxy');
    expect(a.facts.statusCode).toBe(String(status));
  });

  it('reads cD-- as the client, not the server', () => {
    const a = analyze(log(200, 'cD--'));
    expect(signalOf(a, 'haproxy.state-cD').meaning).toMatch(/client/);
    expect(a.facts).toEqual({ proxy: 'haproxy' });
    // A 200 the client stopped reading: HAProxy returned no error.
    expect(a.layer).toBeNull();
  });

  it('reads <NOSRV> as no live server', () => {
    expect(analyze(log(503, 'SC--', 'app/<NOSRV>')).facts.logSignal).toBe('no-live-upstreams');
  });
});

describe('Caddy and Traefik', () => {
  // caddyserver/caddy modules/caddyhttp/server.go: errors are logged by "http.log.error"
  it("reads Caddy's JSON error log", () => {
    const a = analyze(
      '{"level":"error","ts":1763719200.509363,"logger":"http.log.error","msg":"dial tcp 127.0.0.1:9070: connect: connection refused","request":{"remote_ip":"172.17.0.1","proto":"HTTP/2.0","method":"GET","host":"localhost:9090","uri":"/"},"duration":0.000912,"status":502,"err_id":"fd5k2nxx3","err_trace":"reverseproxy.statusError (reverseproxy.go:1269)"}',
    );
    expect(a).toMatchObject({ layer: 'reverse-proxy', vendor: 'caddy' });
    expect(a.facts).toMatchObject({ statusCode: '502', proxy: 'caddy', logSignal: 'connection-refused', errorSource: 'proxy' });
  });

  it('reads an empty 502 from Caddy by its server header', () => {
    const a = analyze('HTTP/2 502\nserver: Caddy\ncontent-length: 0\n');
    expect(a).toMatchObject({ layer: 'reverse-proxy', vendor: 'caddy' });
  });

  // traefik/traefik pkg/proxy/httputil/proxy.go: "'%d %s' caused by: %v"
  it("reads Traefik's debug line", () => {
    const a = analyze(
      `time="2025-11-21T10:00:00Z" level=debug msg="'502 Bad Gateway' caused by: dial tcp 172.18.0.3:80: connect: connection refused"`,
    );
    expect(a.facts).toMatchObject({ proxy: 'traefik', logSignal: 'connection-refused' });
  });

  it('reads Traefik\'s bare "Bad Gateway" body', () => {
    const a = analyze('HTTP/1.1 502 Bad Gateway\nContent-Length: 11\nContent-Type: text/plain; charset=utf-8\n\nBad Gateway');
    expect(a).toMatchObject({ layer: 'reverse-proxy', vendor: 'traefik' });
    expect(signalOf(a, 'traefik.plain-body').line).toBe(5);
  });

  it('reads Go timeouts and TLS errors as the wizard maps them', () => {
    expect(analyze(`time="x" level=debug msg="'504 Gateway Timeout' caused by: dial tcp 10.0.0.5:80: i/o timeout"`).facts.logSignal).toBe(
      'timed-out',
    );
    expect(
      analyze(`time="x" level=debug msg="'502 Bad Gateway' caused by: tls: first record does not look like a TLS handshake"`).facts,
    ).toMatchObject({ logSignal: 'ssl-handshake', tls: 'mismatch' });
  });
});

describe('Envoy and Istio', () => {
  // envoyproxy/envoy source/common/router/router.cc: the local reply body
  it('reads its local reply (a 503) without calling it a 502', () => {
    const a = analyze(
      lines(
        'HTTP/1.1 503 Service Unavailable',
        'content-length: 91',
        'content-type: text/plain',
        'server: envoy',
        '',
        'upstream connect error or disconnect/reset before headers. reset reason: connection failure',
      ),
    );
    expect(a.facts).toMatchObject({ statusCode: '503', logSignal: 'connection-refused', proxy: 'other' });
    expect(a.facts.statusCode).not.toBe('502');
  });

  // https://www.envoyproxy.io/docs/envoy/latest/configuration/observability/access_log/usage (response flags)
  it('reads response flags in the access log', () => {
    const a = analyze(
      '[2025-11-21T10:00:00.000Z] "GET /api HTTP/1.1" 502 UPE 0 0 3 - "203.0.113.7" "curl/8.5.0" "d7f1" "api.example.com" "10.0.1.12:8080"',
    );
    expect(a.facts).toMatchObject({ statusCode: '502', logSignal: 'invalid-response', proxy: 'other' });
    expect(a).toMatchObject({ layer: 'reverse-proxy', vendor: 'envoy' });
  });

  it('reads istio-envoy as Envoy', () => {
    const a = analyze('HTTP/1.1 502 Bad Gateway\nserver: istio-envoy\n');
    expect(a).toMatchObject({ layer: 'reverse-proxy', vendor: 'envoy' });
    expect(a.facts.proxy).toBe('other');
  });
});

describe('Varnish', () => {
  // varnishcache/varnish-cache bin/varnishd/builtin.vcl: vcl_backend_error's synthetic page
  it('reads its built-in page as a 503, not a 502', () => {
    const a = analyze(
      lines(
        'HTTP/1.1 503 Backend fetch failed',
        'Server: Varnish',
        'X-Varnish: 32770',
        '',
        '<!DOCTYPE html>',
        '<html>',
        '  <head>',
        '    <title>503 Backend fetch failed</title>',
        '  </head>',
        '  <body>',
        '    <h1>Error 503 Backend fetch failed</h1>',
        '    <p>Backend fetch failed</p>',
        '    <h3>Guru Meditation:</h3>',
        '    <p>XID: 32770</p>',
        '    <hr>',
        '    <p>Varnish cache server</p>',
        '  </body>',
        '</html>',
      ),
    );
    expect(a.facts.statusCode).toBe('503');
    expect(a.vendor).toBe('varnish');
    expect(signalOf(a, 'varnish.guru-meditation').line).toBe(13);
  });
});

describe('IIS', () => {
  // https://learn.microsoft.com/en-us/iis/extensions/troubleshooting-application-request-routing/troubleshooting-502-errors-in-arr
  it('reads ARR 502.3 and its WinHTTP error code', () => {
    const a = analyze(
      lines(
        'HTTP/1.1 502 Bad Gateway',
        'Server: Microsoft-IIS/10.0',
        '',
        '<h3>HTTP Error 502.3 - Bad Gateway</h3>',
        '<h4>A connection with the server could not be established</h4>',
        '<tr><th>Module</th><td>ApplicationRequestRouting</td></tr>',
        '<tr><th>Error Code</th><td>0x80072efd</td></tr>',
      ),
    );
    expect(a).toMatchObject({ layer: 'reverse-proxy', vendor: 'iis' });
    expect(a.facts).toMatchObject({ statusCode: '502', proxy: 'iis', logSignal: 'connection-refused', errorSource: 'proxy' });
  });

  it.each([
    ['0x80072ee2', 'timed-out'],
    ['0x80072efe', 'prematurely-closed'],
    ['0x80072f78', 'invalid-response'],
  ])('ARR %s → %s', (code, logSignal) => {
    expect(analyze(`HTTP Error 502.3 - Bad Gateway\nError Code 0x${code.slice(2).toUpperCase()}`).facts.logSignal).toBe(logSignal);
  });

  // https://learn.microsoft.com/en-us/aspnet/core/test/troubleshoot-azure-iis (502.5)
  it('reads ASP.NET Core 502.5 as the .NET app failing to start', () => {
    const a = analyze('HTTP Error 502.5 - Process Failure');
    expect(a.facts).toMatchObject({ runtime: 'dotnet', proxy: 'iis', statusCode: '502' });
  });
});
