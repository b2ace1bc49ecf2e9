import { describe, expect, it } from 'vitest';
import { analyze } from '.';
import { lines, signalOf } from './test-helpers';

/** CDNs and cloud load balancers: who made the 502, from their pages, headers and logs. */

describe('Cloudflare', () => {
  // https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-502-504/
  // "A 502 or a 504 error originating from Cloudflare appears as … a blank page without the
  // Cloudflare branding" that ends in "cloudflare".
  it('reads the plain page ending in "cloudflare" as Cloudflare itself (layer cdn)', () => {
    const a = analyze(
      lines(
        'HTTP/2 502',
        'date: Fri, 21 Nov 2025 10:00:00 GMT',
        'content-type: text/html',
        'server: cloudflare',
        'cf-ray: 8a1b2c3d4e5f6a7b-AMS',
        '',
        '<html>',
        '<head><title>502 Bad Gateway</title></head>',
        '<body>',
        '<center><h1>502 Bad Gateway</h1></center>',
        '<hr><center>cloudflare</center>',
        '</body>',
        '</html>',
      ),
    );
    expect(a).toMatchObject({ layer: 'cdn', vendor: 'cloudflare', recognised: true });
    expect(a.facts).toEqual({ statusCode: '502', cdn: 'cloudflare', errorSource: 'cdn' });
    expect(signalOf(a, 'cloudflare.plain-page')).toMatchObject({ line: 11, text: '<hr><center>cloudflare</center>' });
  });

  it('reads the same plain page as a browser shows it', () => {
    expect(analyze('502 Bad Gateway\ncloudflare')).toMatchObject({ layer: 'cdn', vendor: 'cloudflare' });
  });

  // Same page: "Cloudflare returns a Cloudflare-branded HTTP 502 … when your origin web server
  // responds with a standard HTTP 502". Seed 003 gets this backwards.
  it('reads the branded page as the origin returning the 502 (not the CDN)', () => {
    const a = analyze(
      lines(
        'HTTP/2 502',
        'server: cloudflare',
        'cf-ray: 8a1b2c3d4e5f6a7b-AMS',
        '',
        '<title>example.com | 502: Bad gateway</title>',
        '<h1><span class="inline-block">Bad gateway</span><span class="code-label">Error code 502</span></h1>',
        '<span class="block">Cloudflare</span>',
        '<span class="md:block w-full truncate">example.com</span> <span class="block">Host</span> <span class="text-red-error">Error</span>',
        '<h2>What happened?</h2><p>The web server reported a bad gateway error.</p>',
      ),
    );
    expect(a.layer).not.toBe('cdn');
    expect(a.layer).toBeNull();
    expect(a.facts).toEqual({ statusCode: '502', cdn: 'cloudflare' });
    expect(a.recognised).toBe(true);
    expect(signalOf(a, 'cloudflare.branded-502').line).toBe(5);
  });

  it('reads the branded page as copied from the browser', () => {
    const a = analyze(
      lines(
        'Bad gateway Error code 502',
        'Visit cloudflare.com for more information.',
        '2025-11-21 10:00:00 UTC',
        'You',
        'Browser',
        'Working',
        'Amsterdam',
        'Cloudflare',
        'Working',
        'example.com',
        'Host',
        'Error',
        'What happened?',
        'The web server reported a bad gateway error.',
      ),
    );
    expect(a.layer).toBeNull();
    expect(a.facts).toEqual({ statusCode: '502', cdn: 'cloudflare' });
  });

  it('takes the layer from the origin when the origin evidence is pasted with the branded page', () => {
    const a = analyze(
      lines(
        '<title>example.com | 502: Bad gateway</title>',
        'The web server reported a bad gateway error.',
        '2025/11/21 10:00:00 [error] 1#1: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 172.68.1.1, server: example.com, request: "GET / HTTP/1.1", upstream: "http://127.0.0.1:3000/", host: "example.com"',
      ),
    );
    expect(a).toMatchObject({ layer: 'reverse-proxy', vendor: 'nginx' });
    expect(a.facts).toMatchObject({ cdn: 'cloudflare', proxy: 'nginx', logSignal: 'connection-refused', errorSource: 'proxy' });
  });

  it('does not call a 52x a 502', () => {
    const a = analyze('<title>example.com | 526: Invalid SSL certificate</title>\n<span class="code-label">Error code 526</span>');
    expect(a.facts).toMatchObject({ statusCode: 'other', cdn: 'cloudflare', tls: 'cert-invalid' });
    expect(a.causes).toEqual([]);
  });

  it('says only that Cloudflare is in front when the headers are all there is', () => {
    const a = analyze('HTTP/2 502\nserver: cloudflare\ncf-ray: 8a1b2c3d4e5f6a7b-AMS\n');
    expect(a.layer).toBeNull();
    expect(a.facts).toEqual({ statusCode: '502', cdn: 'cloudflare' });
  });
});

describe('CloudFront', () => {
  // https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-502-bad-gateway.html
  it('reads its own error page', () => {
    const a = analyze(
      lines(
        'HTTP/1.1 502 Bad Gateway',
        'Server: CloudFront',
        'Content-Type: text/html',
        'X-Cache: Error from cloudfront',
        'Via: 1.1 2ba8d32c0ef1d73da2fcae191d906606.cloudfront.net (CloudFront)',
        'X-Amz-Cf-Pop: AMS58-P1',
        'X-Amz-Cf-Id: 8OydVkAPJ0a9Dw5JY5rUB4mAXgXpj_Ha8-rMcsjZHiquqbwrwOp2oQ==',
        '',
        '<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">',
        '<TITLE>ERROR: The request could not be satisfied</TITLE>',
        '</HEAD><BODY>',
        '<H1>502 ERROR</H1>',
        '<H2>The request could not be satisfied.</H2>',
        '<HR noshade size="1px">',
        "CloudFront wasn't able to connect to the origin.",
        '<BR clear="all">',
        'Generated by cloudfront (CloudFront)',
        'Request ID: 8OydVkAPJ0a9Dw5JY5rUB4mAXgXpj_Ha8-rMcsjZHiquqbwrwOp2oQ==',
        '</BODY></HTML>',
      ),
    );
    expect(a).toMatchObject({ layer: 'cdn', vendor: 'cloudfront' });
    expect(a.facts).toEqual({ statusCode: '502', cdn: 'cloudfront', errorSource: 'cdn' });
    expect(signalOf(a, 'cloudfront.cannot-connect').line).toBe(15);
  });

  it('does not blame CloudFront for an origin error it passes on', () => {
    const a = analyze(
      lines('HTTP/1.1 502 Bad Gateway', 'Server: nginx', 'X-Cache: Error from cloudfront', 'Via: 1.1 abc.cloudfront.net (CloudFront)'),
    );
    expect(a).toMatchObject({ layer: 'reverse-proxy', vendor: 'nginx' });
    expect(a.facts).toMatchObject({ cdn: 'cloudfront', proxy: 'nginx' });
  });

  it('reads a DNS failure to the origin', () => {
    const a = analyze("<H1>502 ERROR</H1>\nCloudFront wasn't able to resolve the origin domain name.");
    expect(a.facts).toMatchObject({ statusCode: '502', dns: 'no-answer', logSignal: 'host-not-found' });
  });
});

describe('Fastly', () => {
  // https://www.fastly.com/documentation/guides/concepts/errors/ — Fastly-generated errors are 503s
  it('reads its synthetic page as a 503 with its reason', () => {
    const a = analyze(
      lines(
        'HTTP/1.1 503 Backend is unhealthy',
        'x-served-by: cache-iad-kiad7000025-IAD',
        'via: 1.1 varnish',
        '',
        'Error 503 Backend is unhealthy',
        'Backend is unhealthy',
        'Guru Mediation:',
        'Details: cache-den8225-DEN 1645546932 3587218648',
        'Varnish cache server',
      ),
    );
    expect(a.facts).toMatchObject({ statusCode: '503', cdn: 'fastly', logSignal: 'no-live-upstreams', healthChecks: 'failing' });
    expect(a.layer).toBe('cdn');
  });

  it('shows Fastly in front of a 502 the origin sent', () => {
    const a = analyze('HTTP/2 502\nserver: nginx\nx-served-by: cache-iad-kiad7000025-IAD\nvia: 1.1 varnish\n');
    expect(a.facts).toMatchObject({ cdn: 'fastly', proxy: 'nginx' });
  });
});

describe('Akamai', () => {
  // https://techdocs.akamai.com/edge-diagnostics/docs/translate-error-string
  it('reads its reference page, even with Apache-like wording in it', () => {
    const a = analyze(
      lines(
        'HTTP/1.1 502 Bad Gateway',
        'Server: AkamaiGHost',
        'Mime-Version: 1.0',
        'Content-Type: text/html',
        '',
        '<HTML><HEAD>',
        '<TITLE>Bad Gateway</TITLE>',
        '</HEAD><BODY>',
        '<H1>Bad Gateway</H1>',
        'The proxy server received an invalid',
        'response from an upstream server.<P>',
        'Reference&#32;&#35;97&#46;4c1b2c17&#46;1763719200&#46;1a2b3c4d',
        '</BODY>',
        '</HTML>',
      ),
    );
    expect(a).toMatchObject({ layer: 'cdn', vendor: 'akamai' });
    expect(a.facts).toMatchObject({ statusCode: '502', cdn: 'akamai', errorSource: 'cdn' });
    expect(signalOf(a, 'akamai.reference').line).toBe(12);
  });
});

describe('AWS load balancers', () => {
  // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-502-issues
  it('reads the bare 502 with server: awselb/2.0 as the ALB itself', () => {
    const a = analyze(
      lines(
        'HTTP/2 502',
        'server: awselb/2.0',
        'date: Fri, 21 Nov 2025 10:00:00 GMT',
        'content-type: text/html',
        'content-length: 122',
        '',
        '<html>',
        '<head><title>502 Bad Gateway</title></head>',
        '<body>',
        '<center><h1>502 Bad Gateway</h1></center>',
        '</body>',
        '</html>',
      ),
    );
    expect(a).toMatchObject({ layer: 'load-balancer', vendor: 'aws-alb' });
    expect(a.facts).toEqual({ statusCode: '502', loadBalancer: 'aws-alb', errorSource: 'load-balancer' });
  });

  const alb = (elb: string, target: string, reason: string) =>
    `https 2025-11-21T10:00:00.123456Z app/my-alb/50dc6c495c0c9188 203.0.113.7:2817 10.0.0.1:80 0.000 -1 -1 ${elb} ${target} 34 366 "GET https://example.com:443/ HTTP/1.1" "curl/8.5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337262-36d228ad5d99923122bbe354" "example.com" "-" 0 2025-11-21T10:00:00.120000Z "forward" "-" "${reason}" "10.0.0.1:80" "-" "-" "-" TID_1234`;

  // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html#error-reason-codes
  it.each([
    ['TargetConnectionError', 'connection-refused'],
    ['TargetResponseError', 'prematurely-closed'],
    ['TargetInvalidResponse', 'invalid-response'],
  ])('access log error_reason %s', (reason, logSignal) => {
    const a = analyze(alb('502', '-', reason));
    expect(a).toMatchObject({ layer: 'load-balancer', vendor: 'aws-alb' });
    expect(a.facts).toMatchObject({ statusCode: '502', loadBalancer: 'aws-alb', logSignal, errorSource: 'load-balancer' });
  });

  it('reads a Lambda target returning the wrong shape', () => {
    expect(analyze(alb('502', '-', 'LambdaInvalidResponse')).facts).toMatchObject({
      functionLog: 'malformed-response',
      hosting: 'serverless',
    });
  });

  it('does not blame the ALB for a 502 its target sent', () => {
    const a = analyze(alb('502', '502', '-'));
    expect(a.layer).toBeNull();
    expect(a.facts).toMatchObject({ statusCode: '502', loadBalancer: 'aws-alb' });
    expect(signalOf(a, 'aws-alb.access-log-502').meaning).toMatch(/target itself answered 502/);
  });

  it('reads the Classic Load Balancer', () => {
    const a = analyze('HTTP/1.1 502 Bad Gateway\nServer: awselb\n');
    expect(a).toMatchObject({ layer: 'load-balancer', vendor: 'aws-elb' });
    expect(a.facts.loadBalancer).toBe('other');
  });
});

describe('Google Cloud load balancer', () => {
  // https://cloud.google.com/load-balancing/docs/https/troubleshooting-ext-https-lbs
  it('reads its own error page', () => {
    const a = analyze(
      lines(
        'HTTP/2 502',
        'content-type: text/html; charset=UTF-8',
        'via: 1.1 google',
        '',
        '<html><head>',
        '<meta http-equiv="content-type" content="text/html;charset=utf-8">',
        '<title>502 Server Error</title>',
        '</head>',
        '<body text=#000000 bgcolor=#ffffff>',
        '<h1>Error: Server Error</h1>',
        '<h2>The server encountered a temporary error and could not complete your request.<p>Please try again in 30 seconds.</h2>',
        '<h2></h2>',
        '</body></html>',
      ),
    );
    expect(a).toMatchObject({ layer: 'load-balancer', vendor: 'gcp-lb' });
    expect(a.facts).toEqual({ statusCode: '502', loadBalancer: 'gcp', errorSource: 'load-balancer' });
  });

  // https://cloud.google.com/load-balancing/docs/https/https-logging-monitoring#failure-messages
  it.each([
    ['failed_to_connect_to_backend', 'connection-refused'],
    ['failed_to_pick_backend', 'no-live-upstreams'],
    ['backend_connection_closed_before_data_sent_to_client', 'prematurely-closed'],
    ['backend_timeout', 'timed-out'],
  ])('statusDetails %s', (detail, logSignal) => {
    const a = analyze(
      lines('{', '  "httpRequest": {', '    "status": 502', '  },', `  "jsonPayload": { "statusDetails": "${detail}" }`, '}'),
    );
    expect(a.facts).toMatchObject({ loadBalancer: 'gcp', logSignal });
    expect(a).toMatchObject({ layer: 'load-balancer', vendor: 'gcp-lb' });
    expect(signalOf(a, `gcp-lb.${detail}`).line).toBe(5);
  });

  it('reads response_sent_by_backend as the backend sending the 502', () => {
    const a = analyze('HTTP/2 502\nvia: 1.1 google\n\n"statusDetails": "response_sent_by_backend"');
    expect(a.layer).toBeNull();
    expect(a.facts).toMatchObject({ statusCode: '502', loadBalancer: 'gcp' });
  });
});

describe('Azure', () => {
  // https://learn.microsoft.com/en-us/azure/application-gateway/application-gateway-troubleshooting-502
  it('reads Application Gateway', () => {
    const a = analyze(
      lines(
        'HTTP/1.1 502 Bad Gateway',
        'Server: Microsoft-Azure-Application-Gateway/v2',
        '',
        '<html>',
        '<head><title>502 Bad Gateway</title></head>',
        '<body>',
        '<center><h1>502 Bad Gateway</h1></center>',
        '<hr><center>Microsoft-Azure-Application-Gateway/v2</center>',
        '</body>',
        '</html>',
      ),
    );
    expect(a).toMatchObject({ layer: 'load-balancer', vendor: 'azure-app-gateway' });
    expect(a.facts).toEqual({ statusCode: '502', loadBalancer: 'azure', errorSource: 'load-balancer' });
  });

  // https://learn.microsoft.com/en-us/azure/frontdoor/troubleshoot-issues
  it('reads Front Door', () => {
    const a = analyze(
      lines(
        'HTTP/2 502',
        'x-azure-ref: 20251121T100000Z-1779c8b6c5d9zm9xhC1SG0xyz0000000000g0000000000a1b',
        '',
        "<h2>Our services aren't available right now</h2>",
        "<p>We're working to restore all services as soon as possible. Please check back soon.</p>",
      ),
    );
    expect(a).toMatchObject({ layer: 'cdn', vendor: 'azure-front-door' });
    expect(a.facts).toMatchObject({ statusCode: '502', cdn: 'other', errorSource: 'cdn' });
  });
});
