// The probe against real servers on loopback: a real nginx in front of a stopped upstream, and
// node:http servers that hang, stream without end, redirect, or speak the wrong protocol. The
// allow-private switch is an option, per hop, so each test lets in only its own server.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@/lab/capture';
import { type Nginx, startNginx } from '@/lab/nginx';
import { type ProbeOptions, probe } from './probe';
import type { ProbeRefused, ProbeResult } from './types';
import { httpServer, silentServer, type TestServer, tripwire } from './test-servers';

const onlyFirstHop: ProbeOptions['allowPrivate'] = ({ hop }) => hop === 0;

function asResult(outcome: ProbeResult | ProbeRefused): ProbeResult {
  if (outcome.kind !== 'result') throw new Error(`refused: ${outcome.refusal.reason}`);
  return outcome;
}

describe('a real nginx in front of a stopped upstream', () => {
  let dir: string;
  let nginx: Nginx;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'probe-nginx-'));
    const stopped = await freePort(); // nothing listens there: the upstream is down
    nginx = await startNginx({ dir, locations: `location / {\n  proxy_pass http://127.0.0.1:${stopped};\n}` });
  });
  afterAll(async () => {
    await nginx?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is reported as a 502 from nginx, the reverse proxy', async () => {
    const result = asResult(await probe(`http://127.0.0.1:${nginx.port}/shop`, { allowPrivate: true }));
    expect(result.failure).toBeNull();
    expect(result.status).toBe(502);
    expect(result.statusText).toBe('Bad Gateway');
    // HEAD said 502, so the page was fetched with GET: nginx's page names it.
    expect(result.method).toBe('GET');
    expect(result.body.text).toContain('<center>nginx');
    expect(result.headers.find(([k]) => k.toLowerCase() === 'server')?.[1]).toMatch(/^nginx/);
    expect(result.verdict).toMatchObject({ layer: 'reverse-proxy', vendor: 'nginx', recognised: true });
    expect(result.verdict.facts).toMatchObject({ statusCode: '502', errorSource: 'proxy', proxy: 'nginx' });
    expect(result.verdict.causes.length).toBeGreaterThan(0);
    expect(result.address).toBe('127.0.0.1');
    expect(result.timings.dnsMs).toBeNull();
    expect(result.timings.tlsMs).toBeNull();
    expect(result.timings.connectMs).toBeTypeOf('number');
    expect(result.timings.firstByteMs).toBeGreaterThanOrEqual(result.timings.connectMs ?? 0);
    expect(result.finalUrl).toBe(`http://127.0.0.1:${nginx.port}/shop`);
  });

  it('by name: resolved once, Host and the pinned address kept', async () => {
    const asked: string[] = [];
    const result = asResult(
      await probe(`http://shop.example.test:${nginx.port}/`, {
        allowPrivate: true,
        resolve: async (name) => {
          asked.push(name);
          return [{ address: '127.0.0.1', family: 4 }];
        },
      }),
    );
    expect(result.status).toBe(502);
    // HEAD then GET, one DNS question.
    expect(asked).toEqual(['shop.example.test']);
    expect(result.timings.dnsMs).toBeTypeOf('number');
    const access = readFileSync(nginx.accessLog, 'utf8');
    expect(access).toMatch(/"HEAD \/ HTTP\/1\.1" 502/);
    expect(access).toMatch(/"GET \/ HTTP\/1\.1" 502/);
  });
});

describe('limits', () => {
  let silent: TestServer;
  let endless: TestServer;
  let exact: TestServer;
  let streamed = 0;

  beforeAll(async () => {
    silent = await silentServer();
    // HEAD is not allowed here, so the probe must GET; the body never ends.
    endless = await httpServer((req, res) => {
      if (req.method === 'HEAD') {
        res.writeHead(405).end();
        return;
      }
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      const chunk = Buffer.alloc(16 * 1024, 'x');
      const pump = () => {
        while (!res.destroyed && res.write(chunk)) streamed += chunk.length;
        if (!res.destroyed) res.once('drain', pump);
      };
      res.on('error', () => {});
      pump();
    });
    exact = await httpServer((_req, res) => {
      res.writeHead(503, { 'Content-Type': 'text/plain', 'Content-Length': 64 * 1024 }).end(Buffer.alloc(64 * 1024, 'y'));
    });
  });
  afterAll(async () => {
    await Promise.all([silent, endless, exact].map((s) => s?.close()));
  });

  it('a server that accepts and never answers times out cleanly, within the limit', async () => {
    const started = performance.now();
    const result = asResult(
      await probe(`http://127.0.0.1:${silent.port}/`, { allowPrivate: true, totalTimeoutMs: 800, connectTimeoutMs: 400 }),
    );
    const elapsed = performance.now() - started;
    expect(result.status).toBeNull();
    expect(result.failure?.kind).toBe('timeout');
    expect(result.failure?.message).toMatch(/accepted the connection but sent no answer within 0\.8 seconds/);
    expect(elapsed).toBeGreaterThanOrEqual(750);
    expect(elapsed).toBeLessThan(1500);
    expect(result.timings.connectMs).toBeTypeOf('number');
    expect(result.timings.firstByteMs).toBeNull();
  });

  it('a huge body is cut at the 64 KB cap, and the rest is never downloaded', async () => {
    const result = asResult(await probe(`http://127.0.0.1:${endless.port}/big`, { allowPrivate: true }));
    expect(result.status).toBe(500);
    expect(result.method).toBe('GET');
    expect(result.body.bytes).toBe(64 * 1024);
    expect(result.body.text.length).toBe(64 * 1024);
    expect(result.body.truncated).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The server stopped streaming once we hung up (a socket buffer or two, never megabytes).
    expect(streamed).toBeLessThan(8 * 1024 * 1024);
  });

  it('a body of exactly 64 KB is read whole, not called cut', async () => {
    const result = asResult(await probe(`http://127.0.0.1:${exact.port}/`, { allowPrivate: true }));
    expect(result.body).toMatchObject({ bytes: 64 * 1024, truncated: false });
  });

  it('a smaller cap is honoured', async () => {
    const result = asResult(await probe(`http://127.0.0.1:${exact.port}/`, { allowPrivate: true, maxBodyBytes: 1000 }));
    expect(result.body).toMatchObject({ bytes: 1000, truncated: true });
  });
});

describe('redirects', () => {
  let redirector: TestServer;
  let trap: TestServer;
  const rebinder = async () => [{ address: '127.0.0.1', family: 4 }];

  beforeAll(async () => {
    trap = await tripwire();
    redirector = await httpServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const to = url.searchParams.get('to');
      const hops = Number(url.searchParams.get('hops') ?? 0);
      if (to) res.writeHead(302, { Location: to }).end();
      else if (hops > 0) res.writeHead(301, { Location: `/chain?hops=${hops - 1}` }).end();
      else res.writeHead(200, { 'Content-Type': 'text/plain' }).end('arrived\n');
    });
  });
  afterAll(async () => {
    await Promise.all([redirector, trap].map((s) => s?.close()));
  });

  it('a redirect to the cloud metadata address is refused, its answer kept', async () => {
    const result = asResult(
      await probe(`http://127.0.0.1:${redirector.port}/?to=http://169.254.169.254/latest/meta-data/`, { allowPrivate: onlyFirstHop }),
    );
    expect(result.failure?.kind).toBe('redirect-refused');
    expect(result.failure?.message).toMatch(/169\.254\.169\.254.*cloud metadata/);
    expect(result.status).toBe(302);
    expect(result.finalUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?to=/);
    expect(result.redirects.map((r) => r.location)).toEqual(['http://169.254.169.254/latest/meta-data/']);
  });

  it('a redirect to a private address is refused before any connection', async () => {
    for (const to of [`http://127.0.0.1:${trap.port}/`, `http://0x7f000001:${trap.port}/`, `http://[::ffff:127.0.0.1]:${trap.port}/`]) {
      const result = asResult(
        await probe(`http://127.0.0.1:${redirector.port}/?to=${encodeURIComponent(to)}`, { allowPrivate: onlyFirstHop }),
      );
      expect(result.failure?.kind).toBe('redirect-refused');
      expect(result.failure?.message).toMatch(/loopback/);
    }
    expect(trap.connections).toBe(0);
  });

  it('a redirect to a name that resolves to a private address is refused too', async () => {
    const result = asResult(
      await probe(`http://127.0.0.1:${redirector.port}/?to=${encodeURIComponent('http://rebind.example.test/')}`, {
        allowPrivate: onlyFirstHop,
        resolve: rebinder,
      }),
    );
    expect(result.failure?.kind).toBe('redirect-refused');
    expect(result.failure?.message).toMatch(/rebind\.example\.test resolves to 127\.0\.0\.1, a loopback address/);
    expect(trap.connections).toBe(0);
  });

  it('follows up to 3 redirects, vetting each, and stops after', async () => {
    const three = asResult(await probe(`http://127.0.0.1:${redirector.port}/chain?hops=3`, { allowPrivate: true }));
    expect(three.status).toBe(200);
    expect(three.redirects.map((r) => r.status)).toEqual([301, 301, 301]);
    expect(three.finalUrl).toBe(`http://127.0.0.1:${redirector.port}/chain?hops=0`);
    const four = asResult(await probe(`http://127.0.0.1:${redirector.port}/chain?hops=4`, { allowPrivate: true }));
    expect(four.failure?.kind).toBe('too-many-redirects');
    expect(four.status).toBe(301);
    expect(four.redirects).toHaveLength(3);
  });
});

describe('network failures are results, in plain words', () => {
  let plain: TestServer;
  let headHater: TestServer;

  beforeAll(async () => {
    plain = await httpServer((_req, res) => res.writeHead(200).end('plain http\n'));
    // Closes the connection on HEAD: some servers do; GET must still be tried.
    headHater = await httpServer((req, res) => {
      if (req.method === 'HEAD') req.socket.destroy();
      else res.writeHead(502, { Server: 'nginx' }).end('<html><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></html>');
    });
  });
  afterAll(async () => {
    await Promise.all([plain, headHater].map((s) => s?.close()));
  });

  it('connection refused', async () => {
    const port = await freePort();
    const result = asResult(await probe(`http://127.0.0.1:${port}/`, { allowPrivate: true }));
    expect(result.failure).toEqual({ kind: 'refused', message: `Nothing is listening at 127.0.0.1:${port}: the connection was refused.` });
    expect(result.status).toBeNull();
    expect(result.verdict.recognised).toBe(false);
  });

  it('a name that does not resolve', async () => {
    const result = asResult(
      await probe('https://no-such-site.example.test/', {
        resolve: async () => {
          throw Object.assign(new Error('getaddrinfo ENOTFOUND no-such-site.example.test'), { code: 'ENOTFOUND' });
        },
      }),
    );
    expect(result.failure?.kind).toBe('dns');
    expect(result.failure?.message).toMatch(/no-such-site\.example\.test does not resolve/);
  });

  it('a TLS handshake with a server that speaks plain HTTP', async () => {
    const result = asResult(await probe(`https://127.0.0.1:${plain.port}/`, { allowPrivate: true }));
    expect(result.failure?.kind).toBe('tls');
    expect(result.failure?.message).toMatch(/^The secure \(TLS\) connection to 127\.0\.0\.1:\d+ failed/);
  });

  it('a server that hangs up on HEAD is asked again with GET', async () => {
    const result = asResult(await probe(`http://127.0.0.1:${headHater.port}/`, { allowPrivate: true }));
    expect(result.method).toBe('GET');
    expect(result.status).toBe(502);
    expect(result.verdict.vendor).toBe('nginx');
  });
});

// A listener whose accept queue is full: the kernel drops further SYNs, so a connect never
// completes. Node always accepts, so a tiny python3 listener (backlog 0, never accepting) does it.
const python = spawnSync('python3', ['--version']).status === 0;

describe.skipIf(!python)('a connection that never completes', () => {
  let child: ChildProcess;
  let port = 0;
  const held: Socket[] = [];

  beforeAll(async () => {
    const script =
      "import socket,sys,time\ns=socket.socket()\ns.bind(('127.0.0.1',0))\ns.listen(0)\nprint(s.getsockname()[1],flush=True)\ntime.sleep(60)";
    child = spawn('python3', ['-c', script], { stdio: ['ignore', 'pipe', 'ignore'] });
    port = await new Promise<number>((resolve, reject) => {
      child.stdout?.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
      child.once('error', reject);
    });
    // Fill the accept queue.
    for (let i = 0; i < 3; i++) {
      const socket = connect(port, '127.0.0.1');
      socket.on('error', () => {});
      held.push(socket);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  });
  afterAll(() => {
    for (const socket of held) socket.destroy();
    child?.kill();
  });

  it('hits the connect timeout, and says so', async () => {
    const started = performance.now();
    const result = asResult(await probe(`http://127.0.0.1:${port}/`, { allowPrivate: true, connectTimeoutMs: 300, totalTimeoutMs: 3000 }));
    expect(result.failure).toEqual({
      kind: 'timeout',
      message: `Nothing answered the connection to 127.0.0.1:${port} within 0.3 seconds.`,
    });
    expect(result.timings.connectMs).toBeNull();
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

// A self-signed certificate, made with the openssl command line when it is there.
const openssl = spawnSync('openssl', ['version']).status === 0;

describe.skipIf(!openssl)('TLS with a certificate browsers would not trust', () => {
  let dir: string;
  let server: ReturnType<typeof createHttpsServer>;
  let port = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'probe-tls-'));
    const made = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '1',
        '-subj',
        '/CN=site.example.test',
      ],
      { stdio: 'ignore' },
    );
    if (made.status !== 0) throw new Error('openssl could not make a certificate');
    server = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_req, res) =>
      res.end('secret\n'),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('is refused, and says why, with the name in SNI', async () => {
    const result = asResult(
      await probe(`https://site.example.test:${port}/`, { allowPrivate: true, resolve: async () => [{ address: '127.0.0.1', family: 4 }] }),
    );
    expect(result.failure?.kind).toBe('tls');
    expect(result.failure?.message).toMatch(/self-signed/);
    expect(result.timings.connectMs).toBeTypeOf('number');
  });
});
