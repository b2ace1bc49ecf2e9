import { describe, expect, it } from 'vitest';
import { analyze } from '.';
import { lines, signalOf } from './test-helpers';

/** Hosting platforms, serverless and Kubernetes: their routers' pages, headers and logs. */

describe('API Gateway and Lambda', () => {
  // https://repost.aws/knowledge-center/malformed-502-api-gateway
  it("reads API Gateway's error body", () => {
    const a = analyze(
      lines(
        'HTTP/2 502',
        'content-type: application/json',
        'x-amzn-requestid: 7f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
        'x-amzn-errortype: InternalServerErrorException',
        'x-amz-apigw-id: Jx1abcDEFGHIJKL=',
        '',
        '{"message": "Internal server error"}',
      ),
    );
    expect(a).toMatchObject({ layer: 'platform', vendor: 'aws-api-gateway' });
    expect(a.facts).toEqual({ statusCode: '502', hosting: 'serverless', errorSource: 'platform' });
    expect(signalOf(a, 'aws-api-gateway.error-body').line).toBe(7);
    expect(a.causes[0].id).toBe('malformed-response');
  });

  // https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html
  it('reads the execution log', () => {
    const a = analyze(
      lines(
        '(7f1e2d3c) Received response. Status: 200, Integration latency: 12 ms',
        '(7f1e2d3c) Endpoint response body before transformations: {"ok":true}',
        '(7f1e2d3c) Execution failed due to configuration error: Malformed Lambda proxy response',
        '(7f1e2d3c) Method completed with status: 502',
      ),
    );
    expect(a.facts).toMatchObject({ statusCode: '502', functionLog: 'malformed-response', hosting: 'serverless' });
    expect(a.causes[0].id).toBe('malformed-response');
  });

  // https://docs.aws.amazon.com/lambda/latest/dg/troubleshooting-execution.html
  it.each([
    ['2025-11-21T10:00:03.005Z 7f1e2d3c Task timed out after 3.00 seconds', 'timed-out'],
    ['RequestId: 7f1e2d3c Error: Runtime exited with error: signal: killed\nRuntime.ExitError', 'out-of-memory'],
    ['RequestId: 7f1e2d3c Error: Runtime exited with error: exit status 1\nRuntime.ExitError', 'crashed'],
    [
      'REPORT RequestId: 7f1e2d3c\tDuration: 2999.62 ms\tBilled Duration: 3000 ms\tMemory Size: 128 MB\tMax Memory Used: 128 MB',
      'out-of-memory',
    ],
  ])('function log %#', (text, functionLog) => {
    expect(analyze(text).facts).toMatchObject({ functionLog, hosting: 'serverless' });
  });

  it('ignores a REPORT line with memory to spare', () => {
    const a = analyze(
      'REPORT RequestId: 7f1e2d3c\tDuration: 12.00 ms\tBilled Duration: 13 ms\tMemory Size: 512 MB\tMax Memory Used: 88 MB',
    );
    expect(a.recognised).toBe(false);
  });
});

describe('Heroku', () => {
  // https://devcenter.heroku.com/articles/error-codes
  it('reads router codes without taking their 503 as the status', () => {
    const a = analyze(
      '2025-11-21T10:00:00.000000+00:00 heroku[router]: at=error code=H10 desc="App crashed" method=GET path="/" host=myapp.herokuapp.com request_id=8601b555 fwd="203.0.113.7" dyno= connect= service= status=503 bytes= protocol=https',
    );
    expect(a).toMatchObject({ layer: 'platform', vendor: 'heroku' });
    expect(a.facts).toEqual({ hosting: 'paas', platformLog: 'app-crashed', errorSource: 'platform' });
  });

  it.each([
    ['at=error code=H12 desc="Request timeout" method=GET path="/"', 'request-timeout'],
    ['at=error code=H13 desc="Connection closed without response" method=GET path="/"', 'closed-without-response'],
    ['at=error code=H20 desc="App boot timeout" method=GET path="/"', 'boot-timeout'],
    ['Error R10 (Boot timeout) -> Web process failed to bind to $PORT within 60 seconds of launch', 'port-not-bound'],
    ['Error R14 (Memory quota exceeded)', 'memory-quota'],
    ['Error R15 (Memory quota vastly exceeded)', 'memory-quota'],
  ])('%s', (line, platformLog) => {
    expect(analyze(`2025-11-21T10:00:00.000000+00:00 heroku[router]: ${line}`).facts.platformLog).toBe(platformLog);
  });
});

describe('Vercel, Netlify, Render, Fly.io, Railway', () => {
  // https://vercel.com/docs/errors
  it('reads a Vercel function that did not answer', () => {
    const a = analyze(
      lines(
        'HTTP/2 502',
        'server: Vercel',
        'x-vercel-error: NO_RESPONSE_FROM_FUNCTION',
        'x-vercel-id: iad1::iad1::8xk2p-1763719200123-abcdef123456',
        '',
        'An error occurred with your deployment',
        '',
        '502: BAD_GATEWAY',
        'Code: NO_RESPONSE_FROM_FUNCTION',
        'ID: iad1::iad1::8xk2p-1763719200123-abcdef123456',
      ),
    );
    expect(a).toMatchObject({ layer: 'platform', vendor: 'vercel' });
    expect(a.facts).toEqual({ statusCode: '502', hosting: 'serverless', functionLog: 'malformed-response', errorSource: 'platform' });
    expect(signalOf(a, 'vercel.NO_RESPONSE_FROM_FUNCTION')).toMatchObject({ line: 3, count: 2 });
  });

  it('reads Netlify, Render and Fly.io by their headers', () => {
    expect(analyze('HTTP/2 502\nserver: Netlify\nx-nf-request-id: 01JD5X8Y9Z0ABCDEF123456789\n')).toMatchObject({
      layer: 'platform',
      vendor: 'netlify',
      facts: { hosting: 'serverless' },
    });
    expect(analyze('HTTP/2 502\nrndr-id: 2a3b4c5d-6e7f-4a1b\n')).toMatchObject({
      layer: 'platform',
      vendor: 'render',
      facts: { hosting: 'paas' },
    });
    expect(analyze('HTTP/2 502\nserver: Fly/8fd7d8b9 (2025-11-20)\nfly-request-id: 01JD5X8Y9Z0ABCDEF123456789-ams\n')).toMatchObject({
      layer: 'platform',
      vendor: 'fly',
      facts: { hosting: 'paas' },
    });
  });

  it('lets the app behind the platform speak for itself when its own page is there', () => {
    const a = analyze('HTTP/2 502\nserver: nginx\nfly-request-id: 01JD5X8Y9Z0ABCDEF123456789-ams\n\n<hr><center>nginx</center>');
    expect(a).toMatchObject({ layer: 'reverse-proxy', vendor: 'nginx' });
    expect(a.facts.hosting).toBe('paas');
  });

  // https://fly.io/docs/networking/troubleshooting/ and https://render.com/docs/web-services#port-binding
  it('reads "not listening" from Fly.io and Render', () => {
    const fly = analyze(
      '2025-11-21T10:00:00Z proxy[e2862692b79d68] ams [error][PC01] instance refused connection. is your app listening on 0.0.0.0:8080? make sure it is not only listening on 127.0.0.1 (hint: look at your startup logs, servers often print the address they are listening on)',
    );
    expect(fly.facts).toMatchObject({ hosting: 'paas', platformLog: 'port-not-bound' });
    expect(fly.causes[0].id).toBe('wrong-upstream-target');
    expect(
      analyze('==> Port scan timeout reached, no open ports detected. Bind your service to at least one port.').facts.platformLog,
    ).toBe('port-not-bound');
  });
});

describe('Kubernetes', () => {
  // https://kubernetes.io/docs/tasks/debug/debug-application/debug-pods/
  it('reads kubectl get pods', () => {
    const a = analyze(
      lines(
        'NAME                   READY   STATUS             RESTARTS      AGE',
        'web-7d9c8b6f5-x2x4z    0/1     CrashLoopBackOff   6 (2m ago)    10m',
        'web-7d9c8b6f5-k9p2q    0/1     CrashLoopBackOff   6 (2m ago)    10m',
      ),
    );
    expect(a.facts).toEqual({ hosting: 'kubernetes', podStatus: 'crash-loop' });
    expect(signalOf(a, 'kubernetes.crash-loop')).toMatchObject({ line: 2, count: 2 });
  });

  it('reads kubectl describe: OOMKilled', () => {
    const a = analyze(lines('    Last State:     Terminated', '      Reason:       OOMKilled', '      Exit Code:    137'));
    expect(a.facts).toMatchObject({ hosting: 'kubernetes', podStatus: 'oom-killed', resources: 'memory' });
    expect(a.causes[0].id).toBe('resource-exhaustion');
  });

  it('reads failing readiness and running-but-not-ready pods', () => {
    expect(
      analyze('  Warning  Unhealthy  2m  kubelet  Readiness probe failed: HTTP probe failed with statuscode: 503').facts.podStatus,
    ).toBe('not-ready');
    expect(analyze('web-7d9c8b6f5-x2x4z   0/1     Running   0          5m').facts.podStatus).toBe('not-ready');
  });

  // kubernetes/ingress-nginx internal/ingress/controller/controller.go and its log format doc
  it('reads ingress-nginx', () => {
    const a = analyze(
      lines(
        'W1121 10:00:00.000000       7 controller.go:1214] Service "default/web" does not have any active Endpoint.',
        '203.0.113.7 - - [21/Nov/2025:10:00:00 +0000] "GET / HTTP/1.1" 502 150 "-" "curl/8.5.0" 76 0.001 [default-web-80] [] 10.244.0.15:8080 0 0.001 502 0a1b2c3d4e5f',
      ),
    );
    expect(a).toMatchObject({ layer: 'reverse-proxy', vendor: 'ingress-nginx' });
    expect(a.facts).toMatchObject({
      statusCode: '502',
      hosting: 'kubernetes',
      proxy: 'nginx',
      serviceEndpoints: 'empty',
      errorSource: 'proxy',
    });
    expect(a.causes[0].id).toBe('no-healthy-upstream');
  });
});
