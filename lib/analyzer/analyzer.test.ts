import { describe, expect, it } from 'vitest';
import { analyze, MAX_BYTES } from '.';
import { lines, signalOf } from './test-helpers';

/** The analyzer as a whole: the API contract, honesty on unrecognised text, size and speed. */

/** A small seeded generator, so the big texts are the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
}

const ERROR_TAIL =
  ', client: 10.0.0.1, server: example.com, request: "GET /api HTTP/1.1", upstream: "http://127.0.0.1:3000/api", host: "example.com"';

/** About `bytes` of combined-format access log, with an nginx error line every `every` lines. */
function syntheticLog(bytes: number, every: number): { text: string; errorLines: number[] } {
  const next = random(7);
  const paths = ['/', '/index.php', '/wp-content/uploads/2025/11/a.jpg', '/api/v1/items', '/static/app.js', '/login'];
  const out: string[] = [];
  const errorLines: number[] = [];
  let size = 0;
  while (size < bytes) {
    const n = out.length + 1;
    const line =
      n % every === 0
        ? `2025/11/21 10:00:${String(n % 60).padStart(2, '0')} [error] 1234#1234: *${n} connect() failed (111: Connection refused) while connecting to upstream${ERROR_TAIL}`
        : `10.0.${next() % 255}.${next() % 255} - - [21/Nov/2025:10:${String(next() % 60).padStart(2, '0')}:00 +0000] "GET ${paths[next() % paths.length]}?q=${next()} HTTP/1.1" 200 ${next() % 50000} "https://example.com/" "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"`;
    if (n % every === 0) errorLines.push(n);
    out.push(line);
    size += line.length + 1;
  }
  return { text: out.join('\n'), errorLines };
}

describe('the contract (DESIGN.md, POST /api/analyze)', () => {
  it('reads a bare nginx 502', () => {
    const a = analyze('HTTP/1.1 502 Bad Gateway\nServer: nginx\n');
    expect(a.layer).toBe('reverse-proxy');
    expect(a.vendor).toBe('nginx');
    expect(a.facts).toMatchObject({ statusCode: '502', errorSource: 'proxy', proxy: 'nginx' });
    expect(a.recognised).toBe(true);
    expect(a.truncated).toBe(false);
    expect(signalOf(a, 'http.status-502')).toMatchObject({
      line: 1,
      text: 'HTTP/1.1 502 Bad Gateway',
      source: expect.stringMatching(/^https:\/\//),
    });
    expect(signalOf(a, 'nginx.server-header')).toMatchObject({ line: 2, text: 'Server: nginx', layer: 'reverse-proxy', vendor: 'nginx' });
    // Ranked by the machine, causes only, each with a likelihood.
    expect(a.causes.length).toBeGreaterThan(3);
    for (const cause of a.causes) expect(['high', 'medium', 'low']).toContain(cause.likelihood);
  });

  it('is deterministic and JSON-safe', () => {
    const text = 'HTTP/2 502\nserver: cloudflare\n\n<hr><center>cloudflare</center>';
    expect(JSON.parse(JSON.stringify(analyze(text)))).toEqual(analyze(text));
  });

  it('reads a minified page, all on one line', () => {
    const a = analyze(
      '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>',
    );
    expect(a).toMatchObject({ layer: 'reverse-proxy', vendor: 'nginx', facts: { statusCode: '502' } });
  });

  it('reads curl -v output', () => {
    const a = analyze(lines('> GET / HTTP/1.1', '> Host: example.com', '>', '< HTTP/1.1 502 Bad Gateway', '< Server: nginx/1.24.0', '<'));
    expect(a).toMatchObject({ layer: 'reverse-proxy', vendor: 'nginx', facts: { statusCode: '502' } });
  });

  it('takes a 502 after a redirect (curl -L) as the status', () => {
    expect(analyze('HTTP/1.1 301 Moved Permanently\nLocation: https://example.com/\n\nHTTP/2 502\nserver: nginx\n').facts.statusCode).toBe(
      '502',
    );
  });

  it('normalises CRLF, so line numbers and text come out the same', () => {
    const a = analyze('HTTP/1.1 502 Bad Gateway\r\nServer: nginx\r\n\r\n');
    expect(signalOf(a, 'nginx.server-header')).toMatchObject({ line: 2, text: 'Server: nginx' });
  });
});

describe('honesty: text that is not a 502', () => {
  it('an ordinary 200 response', () => {
    const a = analyze(
      lines(
        'HTTP/2 200',
        'server: nginx',
        'content-type: text/html; charset=utf-8',
        '',
        '<!doctype html><html><body><h1>Welcome</h1></body></html>',
      ),
    );
    expect(a).toMatchObject({ recognised: false, layer: null, vendor: null, facts: {}, causes: [] });
  });

  it('a 404 page', () => {
    const a = analyze(
      lines(
        'HTTP/1.1 404 Not Found',
        'Server: nginx/1.24.0',
        '',
        '<html>',
        '<head><title>404 Not Found</title></head>',
        '<body>',
        '<center><h1>404 Not Found</h1></center>',
        '<hr><center>nginx/1.24.0</center>',
        '</body>',
        '</html>',
      ),
    );
    expect(a).toMatchObject({ recognised: false, layer: null, vendor: null, facts: { statusCode: 'other' }, causes: [] });
  });

  it('a 503 from nginx is a 503', () => {
    const a = analyze(
      lines(
        'HTTP/1.1 503 Service Temporarily Unavailable',
        'Server: nginx/1.24.0',
        '',
        '<html>',
        '<head><title>503 Service Temporarily Unavailable</title></head>',
        '<body>',
        '<center><h1>503 Service Temporarily Unavailable</h1></center>',
        '<hr><center>nginx/1.24.0</center>',
        '</body>',
        '</html>',
      ),
    );
    // Who answered is still worth knowing; the wizard then explains what a 503 means.
    expect(a).toMatchObject({ recognised: true, layer: 'reverse-proxy', vendor: 'nginx', facts: { statusCode: '503', errorSource: 'proxy' } });
    expect(a.facts.statusCode).not.toBe('502');
  });

  it('the 503 page alone, without its status line, is a 503 too', () => {
    expect(analyze('<html>\n<head><title>503 Service Temporarily Unavailable</title></head>\n<hr><center>nginx</center>').facts).toMatchObject({
      statusCode: '503',
    });
  });

  it('prose that mentions a gateway', () => {
    const a = analyze(
      'The old gateway to the garden was open, so we walked through it and talked about API gateways, proxies and bad gateway jokes.',
    );
    expect(a).toMatchObject({ recognised: false, layer: null, vendor: null, facts: {}, causes: [], signals: [] });
  });

  it('an nginx access log line with status 200', () => {
    const a = analyze(
      '203.0.113.7 - - [21/Nov/2025:10:00:00 +0000] "GET /index.html HTTP/1.1" 200 612 "-" "Mozilla/5.0 (X11; Linux x86_64)"',
    );
    expect(a).toMatchObject({ recognised: false, layer: null, vendor: null, facts: {}, causes: [], signals: [] });
  });

  it('an empty string, and blanks', () => {
    for (const text of ['', '   ', '\n\n\r\n']) {
      expect(analyze(text)).toEqual({ layer: null, vendor: null, facts: {}, causes: [], signals: [], recognised: false, truncated: false });
    }
  });

  it('binary garbage', () => {
    const next = random(42);
    let text = '';
    for (let i = 0; i < 200_000; i++) text += String.fromCharCode(next() % 65536);
    const a = analyze(text);
    expect(a).toMatchObject({ recognised: false, layer: null, facts: {}, causes: [] });
  });

  it('10 MB of random text', () => {
    const next = random(99);
    const words: string[] = [];
    let size = 0;
    while (size < 10 * 1024 * 1024) {
      const word = (next() % 1e9).toString(36) + (next() % 20 === 0 ? '\n' : ' ');
      words.push(word);
      size += word.length;
    }
    const a = analyze(words.join(''));
    expect(a).toMatchObject({ recognised: false, layer: null, facts: {}, causes: [], signals: [] });
  });

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 42, {}, '\u0000\u0000', '\uD800', 'x'.repeat(100_000)]) {
      expect(() => analyze(input as unknown as string)).not.toThrow();
    }
  });

  it('stays fast on a pathological single line', () => {
    const line = `${'HTTP/1.1 502 '.repeat(50_000)}${'(111: Connection refused) '.repeat(50_000)}`;
    const start = performance.now();
    analyze(line);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});

describe('ranking', () => {
  it('puts socket-or-permission first for a missing PHP-FPM socket', () => {
    const a = analyze(
      '2025/11/21 10:00:00 [crit] 812#812: *31 connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory) while connecting to upstream, client: 203.0.113.7, server: example.com, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "example.com"',
    );
    expect(a.causes[0]).toEqual({ id: 'socket-or-permission', likelihood: 'high' });
    // The rest are still listed, by the machine's weights.
    expect(a.causes.length).toBeGreaterThan(1);
  });

  it('lists only causes, never redirect outcomes', () => {
    for (const cause of analyze('HTTP/1.1 502 Bad Gateway\nServer: nginx\n').causes) expect(cause.id).not.toMatch(/^status-/);
  });
});

describe('size', () => {
  it(`reads the first ${MAX_BYTES} bytes and says it stopped there`, () => {
    const big = `${'a'.repeat(MAX_BYTES)}\nHTTP/1.1 502 Bad Gateway\nServer: nginx\n`;
    const a = analyze(big);
    expect(a.truncated).toBe(true);
    expect(a.recognised).toBe(false);
    expect(analyze(`HTTP/1.1 502 Bad Gateway\n${'a'.repeat(MAX_BYTES)}`)).toMatchObject({ truncated: true, recognised: true });
  });

  it('counts the limit in UTF-8 bytes', () => {
    // 6 MiB of a three-byte character is 18 MiB of UTF-8.
    expect(analyze('€'.repeat(6 * 1024 * 1024)).truncated).toBe(true);
    expect(analyze('€'.repeat(5 * 1024 * 1024)).truncated).toBe(false);
  });

  it('analyses a 10 MB log correctly, and says how long it took', () => {
    const { text, errorLines } = syntheticLog(10 * 1024 * 1024, 5000);
    // The first run also pays for compiling the rules and for the machine's first exploration of
    // these facts (memoised after); the second is the steady state.
    const times: number[] = [];
    let a = analyze('');
    for (let run = 0; run < 2; run++) {
      const start = performance.now();
      a = analyze(text);
      times.push(performance.now() - start);
    }
    console.log(
      `10 MB synthetic log (${text.length} chars, ${errorLines.length} error lines): first run ${times[0].toFixed(1)} ms, then ${times[1].toFixed(1)} ms`,
    );
    expect(a.facts).toMatchObject({ logSignal: 'connection-refused', proxy: 'nginx', errorSource: 'proxy' });
    const kept = a.signals.filter((s) => s.rule === 'nginx.connect-refused');
    expect(kept.map((s) => s.line)).toEqual(errorLines.slice(0, 3));
    expect(kept[0].count).toBe(errorLines.length);
    // Nothing else in it is evidence: ordinary access lines do not fire rules.
    expect(new Set(a.signals.map((s) => s.rule))).toEqual(new Set(['nginx.connect-refused']));
  });
});
