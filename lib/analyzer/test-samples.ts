/**
 * One example per rule, in the format the software or vendor writes it (see each rule's `source`).
 * rules.test.ts checks that every rule has one and fires on it, so no rule is dead weight.
 * Test data only: nothing in the analyzer imports this file.
 */

const NGINX_TAIL =
  ', client: 203.0.113.7, server: example.com, request: "GET / HTTP/1.1", upstream: "http://127.0.0.1:3000/", host: "example.com"';
const ng = (level: string, text: string) => `2025/11/21 10:00:00 [${level}] 1234#1234: *5678 ${text}${NGINX_TAIL}`;
const ap = (module: string, text: string) => `[Fri Nov 21 10:00:00.123456 2025] [${module}] [pid 1234:tid 5678] ${text}`;
const hap = (status: number, state: string, server = 'app/web1') =>
  `Nov 21 10:00:00 lb1 haproxy[1234]: 203.0.113.7:51234 [21/Nov/2025:10:00:00.123] www~ ${server} 0/0/-1/-1/3 ${status} 217 - - ${state} 1/1/0/0/3 0/0 "GET / HTTP/1.1"`;
const caddy = (msg: string) =>
  `{"level":"error","ts":1763719200.123,"logger":"http.log.error","msg":"${msg}","request":{"remote_ip":"203.0.113.7","proto":"HTTP/2.0","method":"GET","host":"example.com","uri":"/"},"duration":0.001,"status":502,"err_id":"abc123","err_trace":"reverseproxy.statusError (reverseproxy.go:1269)"}`;
const traefik = (err: string) => `time="2025-11-21T10:00:00Z" level=debug msg="'502 Bad Gateway' caused by: ${err}"`;
const envoy = (status: number, flags: string) =>
  `[2025-11-21T10:00:00.000Z] "GET /api HTTP/1.1" ${status} ${flags} 0 91 3 - "203.0.113.7" "curl/8.5.0" "d7f1c2a0-1111-2222-3333-444455556666" "api.example.com" "10.0.1.12:8080"`;
const alb = (elb: string, target: string, reason: string) =>
  `https 2025-11-21T10:00:00.123456Z app/my-alb/50dc6c495c0c9188 203.0.113.7:2817 10.0.0.1:80 0.000 -1 -1 ${elb} ${target} 34 366 "GET https://example.com:443/ HTTP/1.1" "curl/8.5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337262-36d228ad5d99923122bbe354" "example.com" "arn:aws:acm:us-east-2:123456789012:certificate/12345678-1234-1234-1234-123456789012" 0 2025-11-21T10:00:00.120000Z "forward" "-" "${reason}" "10.0.0.1:80" "-" "-" "-" TID_1234`;
const heroku = (code: string, desc: string) =>
  `2025-11-21T10:00:00.000000+00:00 heroku[router]: at=error code=${code} desc="${desc}" method=GET path="/" host=myapp.herokuapp.com request_id=8601b555-6a83-4c12-8269-97c8e32cdb22 fwd="203.0.113.7" dyno=web.1 connect=0ms service=0ms status=503 bytes= protocol=https`;

export const SAMPLES: [rule: string, text: string][] = [
  // http.ts
  ['http.status-502', 'HTTP/1.1 502 Bad Gateway'],
  ['http.status-error', 'HTTP/2 503'],
  ['http.status-ok', 'HTTP/2 200'],
  ['http.page-502', '<head><title>502 Bad Gateway</title></head>'],
  ['http.page-503', '<center><h1>503 Service Temporarily Unavailable</h1></center>'],
  ['http.page-504', '<head><title>504 Gateway Time-out</title></head>'],
  ['http.page-500', '<title>500 Internal Server Error</title>'],
  ['http.access-log-502', '203.0.113.7 - - [21/Nov/2025:10:00:00 +0000] "GET / HTTP/1.1" 502 157 "-" "curl/8.5.0"'],
  ['curl.direct-refused', 'curl: (7) Failed to connect to 127.0.0.1 port 3000 after 0 ms: Connection refused'],
  // nginx.ts
  ['nginx.connect-refused', ng('error', 'connect() failed (111: Connection refused) while connecting to upstream')],
  ['nginx.connect-unreachable', ng('error', 'connect() failed (113: No route to host) while connecting to upstream')],
  ['nginx.connect-timeout', ng('error', 'upstream timed out (110: Connection timed out) while connecting to upstream')],
  [
    'nginx.no-such-file',
    ng('crit', 'connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory) while connecting to upstream'),
  ],
  [
    'nginx.permission-denied',
    ng('crit', 'connect() to unix:/run/php/php8.2-fpm.sock failed (13: Permission denied) while connecting to upstream'),
  ],
  ['nginx.read-timeout', ng('error', 'upstream timed out (110: Connection timed out) while reading response header from upstream')],
  ['nginx.prematurely-closed', ng('error', 'upstream prematurely closed connection while reading response header from upstream')],
  ['nginx.reset-by-peer', ng('error', 'recv() failed (104: Connection reset by peer) while reading response header from upstream')],
  ['nginx.broken-pipe', ng('error', 'writev() failed (32: Broken pipe) while sending request to upstream')],
  ['nginx.too-big-header', ng('error', 'upstream sent too big header while reading response header from upstream')],
  ['nginx.no-live-upstreams', ng('error', 'no live upstreams while connecting to upstream')],
  [
    'nginx.ssl-wrong-version',
    ng('error', 'SSL_do_handshake() failed (SSL: error:0A00010B:SSL routines::wrong version number) while SSL handshaking to upstream'),
  ],
  [
    'nginx.ssl-verify',
    ng('error', 'upstream SSL certificate verify error: (10:certificate has expired) while SSL handshaking to upstream'),
  ],
  [
    'nginx.ssl-handshake',
    ng(
      'error',
      'SSL_do_handshake() failed (SSL: error:0A000410:SSL routines::sslv3 alert handshake failure:SSL alert number 40) while SSL handshaking to upstream',
    ),
  ],
  [
    'nginx.resolve-failed',
    '2025/11/21 10:00:00 [error] 1234#1234: *5678 app.internal could not be resolved (3: Host not found), client: 203.0.113.7, server: example.com, request: "GET / HTTP/1.1", host: "example.com"',
  ],
  [
    'nginx.host-not-found',
    '2025/11/21 10:00:00 [emerg] 1234#1234: host not found in upstream "app.internal:8080" in /etc/nginx/conf.d/app.conf:12',
  ],
  ['nginx.invalid-response', ng('error', 'upstream sent no valid HTTP/1.0 header while reading response header from upstream')],
  [
    'nginx.fastcgi-stderr',
    '2025/11/21 10:00:00 [error] 1234#1234: *5678 FastCGI sent in stderr: "PHP message: PHP Fatal error:  Uncaught Error: Call to undefined function foo() in /var/www/html/index.php:3" while reading response header from upstream, client: 203.0.113.7, server: example.com, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "example.com"',
  ],
  [
    'nginx.primary-script-unknown',
    '2025/11/21 10:00:00 [error] 1234#1234: *5678 FastCGI sent in stderr: "Primary script unknown" while reading response header from upstream, client: 203.0.113.7, server: example.com, request: "GET /index.php HTTP/1.1", upstream: "fastcgi://127.0.0.1:9000", host: "example.com"',
  ],
  ['nginx.config-test-failed', 'nginx: configuration file /etc/nginx/nginx.conf test failed'],
  ['nginx.config-test-ok', 'nginx: configuration file /etc/nginx/nginx.conf test is successful'],
  ['nginx.error-page', '<hr><center>nginx/1.24.0 (Ubuntu)</center>'],
  ['nginx.error-page-text', 'nginx/1.18.0 (Ubuntu)'],
  ['nginx.server-header', 'Server: nginx/1.24.0'],
  // apache.ts
  [
    'apache.connect-refused',
    ap('proxy:error', '(111)Connection refused: AH00957: http: attempt to connect to 127.0.0.1:8080 (127.0.0.1:8080) failed'),
  ],
  [
    'apache.connect-failed',
    ap('proxy_http:error', '[client 203.0.113.7:51234] AH01114: HTTP: failed to make connection to backend: 127.0.0.1'),
  ],
  [
    'apache.no-such-file',
    ap(
      'proxy:error',
      '(2)No such file or directory: AH02454: FCGI: attempt to connect to Unix domain socket /run/php/php8.2-fpm.sock (localhost:8000) failed',
    ),
  ],
  [
    'apache.permission-denied',
    ap(
      'proxy:error',
      '(13)Permission denied: AH02454: FCGI: attempt to connect to Unix domain socket /run/php/php8.2-fpm.sock (localhost:8000) failed',
    ),
  ],
  [
    'apache.fcgi-connect-failed',
    ap('proxy_fcgi:error', '[client 203.0.113.7:51234] AH01079: failed to make connection to backend: httpd-UDS'),
  ],
  [
    'apache.read-timeout',
    ap(
      'proxy_http:error',
      '(70007)The timeout specified has expired: [client 203.0.113.7:51234] AH01102: error reading status line from remote server 127.0.0.1:8080',
    ),
  ],
  [
    'apache.reset-by-peer',
    ap(
      'proxy_http:error',
      '(104)Connection reset by peer: [client 203.0.113.7:51234] AH01102: error reading status line from remote server 127.0.0.1:8080',
    ),
  ],
  [
    'apache.broken-pipe',
    ap(
      'proxy_http:error',
      '(32)Broken pipe: [client 203.0.113.7:51234] AH01097: pass request body failed to 127.0.0.1:8080 (127.0.0.1) from 203.0.113.7 ()',
    ),
  ],
  [
    'apache.status-line',
    ap(
      'proxy_http:error',
      '(70014)End of file found: [client 203.0.113.7:51234] AH01102: error reading status line from remote server 127.0.0.1:8080',
    ),
  ],
  [
    'apache.request-body',
    ap(
      'proxy_http:error',
      '(70007)The timeout specified has expired: [client 203.0.113.7:51234] AH01095: prefetch request body failed to 127.0.0.1:8080 (127.0.0.1) from 203.0.113.7 ()',
    ),
  ],
  ['apache.read-error', ap('proxy:error', '[client 203.0.113.7:51234] AH00898: Error reading from remote server returned by /')],
  ['apache.dns', ap('proxy:error', '[client 203.0.113.7:51234] AH00898: DNS lookup failure for: app.internal returned by /')],
  [
    'apache.balancer-all-failed',
    ap('proxy:error', '[client 203.0.113.7:51234] AH01170: balancer://mycluster: All workers are in error state'),
  ],
  ['apache.script-headers', ap('proxy_fcgi:error', '[client 203.0.113.7:51234] AH01070: Error parsing script headers')],
  [
    'apache.fcgi-stderr',
    ap(
      'proxy_fcgi:error',
      '[client 203.0.113.7:51234] AH01071: Got error \'PHP message: PHP Fatal error:  Uncaught Error: Class "Foo" not found in /var/www/html/index.php:5\'',
    ),
  ],
  ['apache.fcgi-dispatch', ap('proxy_fcgi:error', '[client 203.0.113.7:51234] AH01075: Error dispatching request to :')],
  [
    'apache.ssl-proxy-off',
    ap('ssl:error', '[client 203.0.113.7:51234] AH01961: SSL Proxy requested for example.com:443 but not enabled [Hint: SSLProxyEngine]'),
  ],
  ['apache.proxy-error-page', '<p>The proxy server received an invalid'],
  ['apache.proxy-error-title', '<title>502 Proxy Error</title>'],
  ['apache.page-reason', '<p>Reason: <strong>Error reading from remote server</strong></p></p>'],
  ['apache.page-footer', '<address>Apache/2.4.57 (Debian) Server at example.com Port 443</address>'],
  ['apache.server-header', 'Server: Apache/2.4.57 (Debian)'],
  // haproxy.ts
  ['haproxy.page-502', 'The server returned an invalid or incomplete response.'],
  ['haproxy.page-503', 'No server is available to handle this request.'],
  ['haproxy.page-504', "The server didn't respond in time."],
  ['haproxy.state-SC', hap(503, 'SC--')],
  ['haproxy.state-sC', hap(503, 'sC--')],
  ['haproxy.state-SH', hap(502, 'SH--')],
  ['haproxy.state-sH', hap(504, 'sH--')],
  ['haproxy.state-PH', hap(502, 'PH--')],
  ['haproxy.state-SD', hap(200, 'SD--')],
  ['haproxy.state-sD', hap(200, 'sD--')],
  ['haproxy.state-sQ', hap(503, 'sQ--')],
  ['haproxy.state-cD', hap(200, 'cD--')],
  ['haproxy.state-CD', hap(200, 'CD--')],
  ['haproxy.state-CH', hap(200, 'CH--')],
  ['haproxy.no-server', hap(503, 'SC--', 'app/<NOSRV>')],
  // go-proxies.ts
  ['caddy.refused', caddy('dial tcp 127.0.0.1:8080: connect: connection refused')],
  ['caddy.unreachable', caddy('dial tcp 10.0.0.5:8080: connect: no route to host')],
  ['caddy.no-such-file', caddy('dial unix /run/app.sock: connect: no such file or directory')],
  ['caddy.permission', caddy('dial unix /run/app.sock: connect: permission denied')],
  ['caddy.timeout', caddy('dial tcp 10.0.0.5:8080: i/o timeout')],
  ['caddy.reset', caddy('read tcp 127.0.0.1:51234->127.0.0.1:8080: read: connection reset by peer')],
  ['caddy.eof', caddy('EOF')],
  ['caddy.tls-plain', caddy('tls: first record does not look like a TLS handshake')],
  ['caddy.tls-cert', caddy('tls: failed to verify certificate: x509: certificate has expired or is not yet valid')],
  ['caddy.dns', caddy('dial tcp: lookup app.internal on 127.0.0.53:53: no such host')],
  ['caddy.malformed', caddy('net/http: HTTP/1.x transport connection broken: malformed HTTP response \\"\\\\x00\\\\x00\\"')],
  ['caddy.no-upstreams', '{"level":"error","ts":1763719200.1,"logger":"http.log.error","msg":"no upstreams available","status":503}'],
  ['caddy.error-status-502', '{"level":"error","ts":1763719200.1,"logger":"http.log.error","msg":"some error","status":502}'],
  ['caddy.server-header', 'server: Caddy'],
  ['traefik.refused', traefik('dial tcp 172.18.0.3:80: connect: connection refused')],
  ['traefik.unreachable', traefik('dial tcp 172.18.0.3:80: connect: no route to host')],
  ['traefik.no-such-file', traefik('dial unix /run/app.sock: connect: no such file or directory')],
  ['traefik.permission', traefik('dial unix /run/app.sock: connect: permission denied')],
  [
    'traefik.timeout',
    '2025-11-21T10:00:00Z DBG github.com/traefik/traefik/v3/pkg/proxy/httputil/proxy.go:117 > 504 Gateway Timeout error="dial tcp 172.18.0.3:80: i/o timeout"',
  ],
  ['traefik.reset', traefik('read tcp 172.18.0.2:41234->172.18.0.3:80: read: connection reset by peer')],
  ['traefik.eof', traefik('EOF')],
  ['traefik.tls-plain', traefik('http: server gave HTTP response to HTTPS client')],
  ['traefik.tls-cert', traefik('tls: failed to verify certificate: x509: certificate signed by unknown authority')],
  ['traefik.dns', traefik('dial tcp: lookup app on 127.0.0.11:53: no such host')],
  ['traefik.malformed', traefik('net/http: HTTP/1.x transport connection broken: malformed HTTP status code "OK"')],
  ['traefik.plain-body', 'Bad Gateway'],
  // envoy.ts
  [
    'envoy.reset-connection-failure',
    'upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: delayed connect error: 111',
  ],
  ['envoy.reset-remote-reset', 'upstream connect error or disconnect/reset before headers. reset reason: remote reset'],
  ['envoy.reset-termination', 'upstream connect error or disconnect/reset before headers. reset reason: connection termination'],
  ['envoy.reset-protocol-error', 'upstream connect error or disconnect/reset before headers. reset reason: protocol error'],
  ['envoy.reset-overflow', 'upstream connect error or disconnect/reset before headers. reset reason: overflow'],
  [
    'envoy.reset-tls',
    'upstream connect error or disconnect/reset before headers. retried and the latest reset reason: remote connection failure, transport failure reason: TLS error: 268435581:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED',
  ],
  ['envoy.no-healthy-upstream', 'no healthy upstream'],
  ['envoy.flag-UF', envoy(503, 'UF,URX')],
  ['envoy.flag-UH', envoy(503, 'UH')],
  ['envoy.flag-URX', envoy(503, 'UF,URX')],
  ['envoy.flag-UC', envoy(503, 'UC')],
  ['envoy.flag-UR', envoy(503, 'UR')],
  ['envoy.flag-UT', envoy(504, 'UT')],
  ['envoy.flag-UO', envoy(503, 'UO')],
  ['envoy.flag-UPE', envoy(502, 'UPE')],
  ['envoy.flag-NR', envoy(404, 'NR')],
  ['envoy.flag-DC', envoy(0, 'DC')],
  ['envoy.flag-LR', envoy(503, 'LR')],
  ['envoy.server-header', 'server: istio-envoy'],
  // varnish.ts
  ['varnish.backend-fetch-failed', '<h1>Error 503 Backend fetch failed</h1>'],
  ['varnish.guru-meditation', '<h3>Guru Meditation:</h3>'],
  ['varnish.via-header', 'Via: 1.1 varnish (Varnish/7.1)'],
  // iis.ts
  ['iis.arr-80072efd', '<tr><th>Error Code</th><td>0x80072efd</td></tr>'],
  ['iis.arr-80072ee2', '<tr><th>Error Code</th><td>0x80072ee2</td></tr>'],
  ['iis.arr-80072efe', '<tr><th>Error Code</th><td>0x80072efe</td></tr>'],
  ['iis.arr-80072f78', '<tr><th>Error Code</th><td>0x80072f78</td></tr>'],
  ['iis.arr-80072f8f', '<tr><th>Error Code</th><td>0x80072f8f</td></tr>'],
  ['iis.arr-80072ee7', '<tr><th>Error Code</th><td>0x80072ee7</td></tr>'],
  ['iis.502-page', '<h2>502 - Web server received an invalid response while acting as a gateway or proxy server.</h2>'],
  ['iis.502-3', '<h3>HTTP Error 502.3 - Bad Gateway</h3>'],
  ['iis.502-5', '<h3>HTTP Error 502.5 - ANCM Out-Of-Process Startup Failure</h3>'],
  ['iis.server-header', 'Server: Microsoft-IIS/10.0'],
  // cloudflare.ts
  ['cloudflare.plain-page', '<hr><center>cloudflare</center>'],
  ['cloudflare.branded-502', '<title>example.com | 502: Bad gateway</title>'],
  ['cloudflare.branded-504', '<span class="code-label">Error code 504</span>'],
  ['cloudflare.52x', '<span class="code-label">Error code 521</span>'],
  ['cloudflare.server-header', 'server: cloudflare'],
  ['cloudflare.cf-ray', 'cf-ray: 8a1b2c3d4e5f6a7b-AMS'],
  // cloudfront.ts
  ['cloudfront.error-page', 'Generated by cloudfront (CloudFront)'],
  ['cloudfront.error-page-502', '<H1>502 ERROR</H1>'],
  ['cloudfront.cannot-connect', "CloudFront wasn't able to connect to the origin."],
  ['cloudfront.dns', "CloudFront wasn't able to resolve the origin domain name."],
  ['cloudfront.server-header', 'Server: CloudFront'],
  ['cloudfront.x-cache-error', 'X-Cache: Error from cloudfront'],
  ['cloudfront.header', 'X-Amz-Cf-Id: 8OydVkAPJ0a9Dw5JY5rUB4mAXgXpj_Ha8-rMcsjZHiquqbwrwOp2oQ=='],
  // fastly.ts
  ['fastly.unhealthy', '<title>Error 503 Backend is unhealthy</title>'],
  ['fastly.read-error', '<h1>Error 503 backend read error</h1>'],
  ['fastly.timeout', '<h1>Error 503 first byte timeout</h1>'],
  ['fastly.refused', '<h1>Error 503 Connection refused</h1>'],
  ['fastly.certificate', '<h1>Error 503 certificate has expired</h1>'],
  ['fastly.guru-mediation', 'Guru Mediation:'],
  ['fastly.served-by', 'x-served-by: cache-iad-kiad7000025-IAD'],
  // akamai.ts
  ['akamai.reference', 'Reference&#32;&#35;97&#46;4c1b2c17&#46;1763719200&#46;1a2b3c4d'],
  ['akamai.server-header', 'Server: AkamaiGHost'],
  ['akamai.header', 'X-Cache: TCP_MISS from a23-45-67-89.deploy.akamaitechnologies.com (AkamaiGHost/22.3.1-123) (-)'],
  // aws-elb.ts
  ['aws-alb.TargetConnectionError', alb('502', '-', 'TargetConnectionError')],
  ['aws-alb.TargetResponseError', alb('502', '-', 'TargetResponseError')],
  ['aws-alb.TargetInvalidResponse', alb('502', '-', 'TargetInvalidResponse')],
  ['aws-alb.TargetTimeout', alb('504', '-', 'TargetTimeout')],
  ['aws-alb.LambdaInvalidResponse', alb('502', '-', 'LambdaInvalidResponse')],
  ['aws-alb.LambdaResponseTooLarge', alb('502', '-', 'LambdaResponseTooLarge')],
  ['aws-alb.LambdaUnhandled', alb('502', '-', 'LambdaUnhandled')],
  ['aws-alb.access-log-502', alb('502', '-', '-')],
  ['aws-alb.server-header', 'server: awselb/2.0'],
  ['aws-elb.server-header', 'Server: awselb'],
  [
    'aws-elb.access-log-502',
    '2025-11-21T10:00:00.123456Z my-clb 203.0.113.7:2817 10.0.0.1:80 0.000073 -1 -1 502 - 0 0 "GET http://example.com:80/ HTTP/1.1" "curl/8.5.0" - -',
  ],
  // aws-lambda.ts
  ['aws-api-gateway.error-body', '{"message": "Internal server error"}'],
  ['aws-api-gateway.error-type', 'x-amzn-ErrorType: InternalServerErrorException'],
  ['aws-api-gateway.request-id', 'apigw-requestid: Jx1abcDEFGHIJKL='],
  ['aws.amzn-request-id', 'x-amzn-RequestId: 7f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b'],
  [
    'aws-api-gateway.malformed-proxy-response',
    '(7f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b) Execution failed due to configuration error: Malformed Lambda proxy response',
  ],
  ['aws-api-gateway.method-completed', '(7f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b) Method completed with status: 502'],
  ['aws-lambda.timeout', '2025-11-21T10:00:03.005Z 7f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b Task timed out after 3.00 seconds'],
  [
    'aws-lambda.killed',
    'RequestId: 7f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b Error: Runtime exited with error: signal: killed Runtime.ExitError',
  ],
  [
    'aws-lambda.out-of-memory',
    '{"errorType":"Runtime.OutOfMemory","errorMessage":"RequestId: 7f1e2d3c Error: Runtime exited with error: signal: killed"}',
  ],
  [
    'aws-lambda.exit-error',
    'RequestId: 7f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b Error: Runtime exited with error: exit status 1 Runtime.ExitError',
  ],
  ['aws-lambda.unhandled', '{"errorType":"Runtime.UnhandledPromiseRejection","errorMessage":"Error: boom"}'],
  [
    'aws-lambda.memory-at-limit',
    'REPORT RequestId: 7f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b\tDuration: 2999.62 ms\tBilled Duration: 3000 ms\tMemory Size: 128 MB\tMax Memory Used: 128 MB',
  ],
  ['aws-lambda.payload-too-large', 'Response payload size exceeded maximum allowed payload size (6291556 bytes).'],
  // gcp.ts
  ['gcp-lb.failed_to_connect_to_backend', '    "statusDetails": "failed_to_connect_to_backend",'],
  ['gcp-lb.failed_to_pick_backend', 'statusDetails: failed_to_pick_backend'],
  [
    'gcp-lb.backend_connection_closed_before_data_sent_to_client',
    '"statusDetails": "backend_connection_closed_before_data_sent_to_client"',
  ],
  [
    'gcp-lb.backend_connection_closed_after_partial_response_sent',
    '"statusDetails": "backend_connection_closed_after_partial_response_sent"',
  ],
  ['gcp-lb.backend_timeout', '"statusDetails": "backend_timeout"'],
  ['gcp-lb.backend_response_corrupted', '"statusDetails": "backend_response_corrupted"'],
  ['gcp-lb.response_sent_by_backend', '"statusDetails": "response_sent_by_backend"'],
  ['gcp-lb.error-page', '<h1>Error: Server Error</h1>'],
  ['gcp-lb.error-title', '<title>502 Server Error</title>'],
  ['gcp-lb.via-header', 'via: 1.1 google'],
  // azure.ts
  ['azure-app-gateway.error-page', '<hr><center>Microsoft-Azure-Application-Gateway/v2</center>'],
  ['azure-app-gateway.server-header', 'Server: Microsoft-Azure-Application-Gateway/v2'],
  ['azure-front-door.error-page', "<h2>Our services aren't available right now</h2>"],
  ['azure-front-door.x-azure-ref', 'x-azure-ref: 20251121T100000Z-1779c8b6c5d9zm9xhC1SG0xyz0000000000g0000000000a1b'],
  // heroku.ts
  ['heroku.H10', heroku('H10', 'App crashed')],
  ['heroku.H12', heroku('H12', 'Request timeout')],
  ['heroku.H13', heroku('H13', 'Connection closed without response')],
  ['heroku.H18', heroku('H18', 'Server Request Interrupted')],
  ['heroku.H20', heroku('H20', 'App boot timeout')],
  ['heroku.H14', heroku('H14', 'No web processes running')],
  ['heroku.H17', heroku('H17', 'Poorly formatted HTTP response')],
  [
    'heroku.R10',
    '2025-11-21T10:00:00.000000+00:00 heroku[web.1]: Error R10 (Boot timeout) -> Web process failed to bind to $PORT within 60 seconds of launch',
  ],
  ['heroku.R14-R15', '2025-11-21T10:00:00.000000+00:00 heroku[web.1]: Error R14 (Memory quota exceeded)'],
  ['heroku.crashed', '2025-11-21T10:00:00.000000+00:00 heroku[web.1]: State changed from up to crashed'],
  [
    'heroku.application-error-page',
    'An error occurred in the application and your page could not be served. If you are the application owner, check your logs for details.',
  ],
  ['heroku.via-header', 'Via: 1.1 vegur'],
  // platforms.ts
  ['vercel.NO_RESPONSE_FROM_FUNCTION', 'x-vercel-error: NO_RESPONSE_FROM_FUNCTION'],
  ['vercel.BODY_NOT_A_STRING_FROM_FUNCTION', 'Code: BODY_NOT_A_STRING_FROM_FUNCTION'],
  ['vercel.FUNCTION_INVOCATION_TIMEOUT', 'x-vercel-error: FUNCTION_INVOCATION_TIMEOUT'],
  ['vercel.FUNCTION_INVOCATION_FAILED', 'x-vercel-error: FUNCTION_INVOCATION_FAILED'],
  ['vercel.ROUTER_EXTERNAL_TARGET_CONNECTION_ERROR', 'x-vercel-error: ROUTER_EXTERNAL_TARGET_CONNECTION_ERROR'],
  ['vercel.ROUTER_EXTERNAL_TARGET_HANDSHAKE_ERROR', 'x-vercel-error: ROUTER_EXTERNAL_TARGET_HANDSHAKE_ERROR'],
  ['vercel.ROUTER_EXTERNAL_TARGET_ERROR', 'x-vercel-error: ROUTER_EXTERNAL_TARGET_ERROR'],
  ['vercel.DNS_HOSTNAME_NOT_FOUND', 'x-vercel-error: DNS_HOSTNAME_NOT_FOUND'],
  ['vercel.DNS_HOSTNAME_RESOLVE_FAILED', 'x-vercel-error: DNS_HOSTNAME_RESOLVE_FAILED'],
  ['vercel.bad-gateway-page', '502: BAD_GATEWAY'],
  ['vercel.x-vercel-id', 'x-vercel-id: iad1::iad1::8xk2p-1763719200123-abcdef123456'],
  ['vercel.server-header', 'server: Vercel'],
  ['netlify.x-nf-request-id', 'x-nf-request-id: 01JD5X8Y9Z0ABCDEF123456789'],
  ['netlify.server-header', 'server: Netlify'],
  ['render.rndr-id', 'rndr-id: 2a3b4c5d-6e7f-4a1b'],
  ['render.no-open-ports', '==> No open ports detected, continuing to scan...'],
  ['fly.fly-request-id', 'fly-request-id: 01JD5X8Y9Z0ABCDEF123456789-ams'],
  ['fly.server-header', 'server: Fly/8fd7d8b9 (2025-11-20)'],
  [
    'fly.instance-refused',
    '2025-11-21T10:00:00Z proxy[e2862692b79d68] ams [error][PC01] instance refused connection. is your app listening on 0.0.0.0:8080? make sure it is not only listening on 127.0.0.1 (hint: look at your startup logs, servers often print the address they are listening on)',
  ],
  [
    'fly.no-candidate',
    '2025-11-21T10:00:00Z proxy[e2862692b79d68] ams [error][PR04] could not find a good candidate within 40 attempts at load balancing',
  ],
  ['railway.failed-to-respond', '<h1>Application failed to respond</h1>'],
  // kubernetes.ts
  ['kubernetes.crash-loop', 'web-7d9c8b6f5-x2x4z   0/1     CrashLoopBackOff   6 (2m ago)   10m'],
  ['kubernetes.oom-killed', '      Reason:       OOMKilled'],
  [
    'kubernetes.readiness-failed',
    '  Warning  Unhealthy  2m (x30 over 7m)  kubelet  Readiness probe failed: Get "http://10.244.0.15:8080/healthz": dial tcp 10.244.0.15:8080: connect: connection refused',
  ],
  ['kubernetes.not-ready', 'web-7d9c8b6f5-x2x4z   0/1     Running   0          5m'],
  ['kubernetes.pending', 'web-7d9c8b6f5-x2x4z   0/1     ImagePullBackOff   0          5m'],
  [
    'ingress-nginx.no-endpoints',
    'W1121 10:00:00.000000       7 controller.go:1214] Service "default/web" does not have any active Endpoint.',
  ],
  ['ingress-nginx.default-backend', 'default backend - 404'],
  [
    'ingress-nginx.access-log-502',
    '203.0.113.7 - - [21/Nov/2025:10:00:00 +0000] "GET / HTTP/1.1" 502 150 "-" "curl/8.5.0" 76 0.001 [default-web-80] [] 10.244.0.15:8080 0 0.001 502 0a1b2c3d4e5f60718293a4b5c6d7e8f9',
  ],
  // php.ts
  [
    'php.fatal-error',
    '[21-Nov-2025 10:00:00 UTC] PHP Fatal error:  Uncaught Error: Call to undefined function wp_foo() in /var/www/html/wp-content/plugins/foo/foo.php:12',
  ],
  [
    'php.memory-limit',
    '[21-Nov-2025 10:00:00 UTC] PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/html/wp-includes/class-wpdb.php on line 2056',
  ],
  [
    'php.max-execution-time',
    '[21-Nov-2025 10:00:00 UTC] PHP Fatal error:  Maximum execution time of 30 seconds exceeded in /var/www/html/index.php on line 44',
  ],
  ['php-fpm.max-children', '[21-Nov-2025 10:00:00] WARNING: [pool www] server reached pm.max_children setting (5), consider raising it'],
  [
    'php-fpm.execution-timed-out',
    '[21-Nov-2025 10:00:00] WARNING: [pool www] child 12345, script \'/var/www/html/index.php\' (request: "GET /index.php") execution timed out (60.012345 sec), terminating',
  ],
  [
    'php-fpm.child-sigkill',
    '[21-Nov-2025 10:00:00] WARNING: [pool www] child 12345 exited on signal 9 (SIGKILL) after 35.123456 seconds from start',
  ],
  [
    'php-fpm.child-segfault',
    '[21-Nov-2025 10:00:00] WARNING: [pool www] child 12345 exited on signal 11 (SIGSEGV - core dumped) after 1.234567 seconds from start',
  ],
  ['php-fpm.socket', 'listen = /run/php/php8.2-fpm.sock'],
  [
    'php-fpm.fastcgi-upstream',
    ng('error', 'upstream timed out (110: Connection timed out) while reading response header from upstream').replace(
      'http://127.0.0.1:3000/',
      'fastcgi://127.0.0.1:9000',
    ),
  ],
  ['wordpress.path', '#0 /var/www/html/wp-content/plugins/foo/foo.php(12): foo_init()'],
  // python.ts
  ['gunicorn.worker-timeout', '[2025-11-21 10:00:00 +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:12)'],
  ['gunicorn.sigkill', '[2025-11-21 10:00:00 +0000] [1] [ERROR] Worker (pid:12) was sent SIGKILL! Perhaps out of memory?'],
  [
    'gunicorn.boot-failed',
    '[2025-11-21 10:00:00 +0000] [12] [INFO] Worker exiting (pid: 12)\n[2025-11-21 10:00:00 +0000] [1] [ERROR] Reason: Worker failed to boot.',
  ],
  ['python.traceback', 'Traceback (most recent call last):'],
  ['python.memory-error', 'MemoryError'],
  ['uwsgi.harakiri', 'Fri Nov 21 10:00:00 2025 - *** HARAKIRI ON WORKER 2 (pid: 12, try: 1) ***'],
  [
    'uwsgi.listen-queue-full',
    'Fri Nov 21 10:00:00 2025 - *** uWSGI listen queue of socket "127.0.0.1:8000" (fd: 3) full !!! (101/100) ***',
  ],
  [
    'uwsgi.upstream',
    ng('error', 'upstream prematurely closed connection while reading response header from upstream').replace(
      'http://127.0.0.1:3000/',
      'uwsgi://unix:/run/uwsgi/app.sock:',
    ),
  ],
  // node.ts
  ['node.eaddrinuse', 'Error: listen EADDRINUSE: address already in use :::3000'],
  ['node.heap-out-of-memory', 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory'],
  ['node.crashed', 'Node.js v20.11.0'],
  ['node.unhandled-rejection', "  code: 'ERR_UNHANDLED_REJECTION'"],
  ['node.uncaught-exception', "      throw er; // Unhandled 'error' event"],
  ['node.stack-frame', '    at Module._compile (node:internal/modules/cjs/loader:1256:14)'],
  // kernel.ts
  [
    'kernel.oom-killed-process',
    '[Fri Nov 21 10:00:00 2025] Out of memory: Killed process 12345 (php-fpm8.2) total-vm:512000kB, anon-rss:256000kB, file-rss:0kB, shmem-rss:0kB, UID:33 pgtables:1024kB oom_score_adj:0',
  ],
  [
    'kernel.oom-kill',
    '[Fri Nov 21 10:00:00 2025] oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/system.slice/php8.2-fpm.service,task=php-fpm8.2,pid=12345,uid=33',
  ],
  [
    'kernel.oom-reaper',
    '[Fri Nov 21 10:00:00 2025] oom_reaper: reaped process 12345 (php-fpm8.2), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB',
  ],
  [
    'kernel.oom-invoked',
    '[Fri Nov 21 10:00:00 2025] php-fpm8.2 invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=0',
  ],
  [
    'systemd-oomd.killed',
    'Nov 21 10:00:00 web1 systemd-oomd[612]: Killed /system.slice/php8.2-fpm.service due to memory pressure for /system.slice being 85.12% > 80.00% for > 20s with reclaim activity',
  ],
  ['docker.oom-killed', '            "OOMKilled": true,'],
  ['system.disk-full', ng('crit', 'pwrite() "/var/lib/nginx/body/0000000001" failed (28: No space left on device)')],
];
