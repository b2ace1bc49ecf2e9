// The fault lab: a real nginx on loopback in real failure modes. Each mode's response and error-log
// line are captured from the real software on every run, then fed to the evidence analyzer.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyzer';
import { freePort, isRoot, logLines, type RawResponse, rawRequest, waitForLogLine } from './capture';
import { type DnsResponder, startNxdomainResponder } from './dns';
import { type Nginx, startNginx } from './nginx';
import {
  closeWithoutResponseUpstream,
  garbageUpstream,
  hugeHeaderUpstream,
  plainHttpUpstream,
  resetUpstream,
  slowUpstream,
  type Upstream,
  unixSocketUpstream,
} from './upstreams';

type Ports = {
  dir: string;
  closedPort: number;
  dns: DnsResponder;
  bigHeader: Upstream;
  closer: Upstream;
  garbage: Upstream;
  badHeader: Upstream;
  slow: Upstream;
  reset: Upstream;
  plain: Upstream;
  socket: Upstream;
};

type Mode = {
  /** Also the location's path. */
  id: string;
  what: string;
  location: (p: Ports) => string;
  /** The status nginx answers with; 0 when it passes the upstream's bytes through with no status line. */
  status: number;
  /** The error-log line nginx writes for it (matched on the line for this request only). */
  log: RegExp;
  logSignal: string;
  /** Why this mode cannot run here, if it cannot. */
  skip?: string;
};

const MODES: Mode[] = [
  {
    id: 'refused',
    what: 'upstream not running (closed port)',
    location: (p) => `proxy_pass http://127.0.0.1:${p.closedPort};`,
    status: 502,
    log: /connect\(\) failed \(111: Connection refused\) while connecting to upstream/,
    logSignal: 'connection-refused',
  },
  {
    id: 'missing-socket',
    what: 'php-fpm socket missing',
    location: (p) => `fastcgi_pass unix:${join(p.dir, 'missing.sock')};`,
    status: 502,
    log: /connect\(\) to unix:\S+missing\.sock failed \(2: No such file or directory\) while connecting to upstream/,
    logSignal: 'no-such-file',
  },
  {
    id: 'socket-permission',
    what: 'php-fpm socket the worker may not open (0600, root)',
    location: (p) => `fastcgi_pass unix:${p.socket.path};`,
    status: 502,
    log: /connect\(\) to unix:\S+php-fpm\.sock failed \(13: Permission denied\) while connecting to upstream/,
    logSignal: 'permission-denied',
    skip: isRoot() ? undefined : 'needs root: nginx workers must run as nobody while the socket belongs to root with mode 0600',
  },
  {
    id: 'big-header',
    what: 'upstream sends a 64 KB Set-Cookie',
    location: (p) => `proxy_pass http://127.0.0.1:${p.bigHeader.port};`,
    status: 502,
    log: /upstream sent too big header while reading response header from upstream/,
    logSignal: 'too-big-header',
  },
  {
    id: 'closed',
    what: 'upstream closes without a response',
    location: (p) => `proxy_pass http://127.0.0.1:${p.closer.port};`,
    status: 502,
    log: /upstream prematurely closed connection while reading response header from upstream/,
    logSignal: 'prematurely-closed',
  },
  {
    id: 'garbage',
    what: 'upstream sends garbage instead of HTTP',
    location: (p) => `proxy_pass http://127.0.0.1:${p.garbage.port};`,
    // Not a 502: nginx takes a reply without a status line for HTTP/0.9 and relays it as it is (ngx_http_proxy_module.c,
    // ngx_http_proxy_process_status_line: the `return NGX_HTTP_UPSTREAM_INVALID_HEADER` there is under `#if 0`).
    status: 0,
    log: /upstream sent no valid HTTP\/1\.0 header while reading response header from upstream/,
    logSignal: 'invalid-response',
  },
  {
    id: 'bad-header',
    what: 'upstream sends a status line, then a header line that is not a header',
    location: (p) => `proxy_pass http://127.0.0.1:${p.badHeader.port};`,
    status: 502,
    log: /upstream sent invalid header/,
    logSignal: 'invalid-response',
  },
  {
    id: 'slow',
    what: 'upstream answers after 3 s, proxy_read_timeout 1s',
    location: (p) => `proxy_read_timeout 1s;\nproxy_pass http://127.0.0.1:${p.slow.port};`,
    status: 504,
    log: /upstream timed out \(110: Connection timed out\) while reading response header from upstream/,
    logSignal: 'timed-out',
  },
  {
    id: 'unresolvable',
    what: 'upstream name does not resolve (NXDOMAIN)',
    location: (p) =>
      `resolver 127.0.0.1:${p.dns.port} ipv6=off valid=1s;\nresolver_timeout 2s;\nset $backend_name backend.lab.invalid;\nproxy_pass http://$backend_name;`,
    status: 502,
    log: /backend\.lab\.invalid could not be resolved \(3: Host not found\)/,
    logSignal: 'host-not-found',
  },
  {
    id: 'tls-to-plain',
    what: 'proxy speaks TLS to a plain-HTTP upstream',
    location: (p) => `proxy_pass https://127.0.0.1:${p.plain.port};`,
    status: 502,
    log: /SSL_do_handshake\(\) failed \(SSL: .*wrong version number\) while SSL handshaking to upstream/,
    logSignal: 'ssl-handshake',
  },
  {
    id: 'reset',
    what: 'upstream resets the connection',
    location: (p) => `proxy_pass http://127.0.0.1:${p.reset.port};`,
    status: 502,
    log: /(?:recv|readv)\(\) failed \(104: Connection reset by peer\) while reading response header from upstream/,
    logSignal: 'reset-by-peer',
  },
  {
    id: 'no-live',
    what: 'the only server of an upstream block is marked down',
    location: () => 'proxy_pass http://lab_down;',
    status: 502,
    log: /no live upstreams while connecting to upstream/,
    logSignal: 'no-live-upstreams',
  },
];

type Capture = { response: RawResponse; logLine: string; requestLines: string[] };

let dir = '';
let nginx: Nginx | undefined;
const upstreams: Upstream[] = [];
let dns: DnsResponder | undefined;
const captures = new Map<string, Capture>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gateway-doctor-lab-'));
  // nginx workers run as nobody (when root): they must reach the sockets and temp paths in here.
  chmodSync(dir, 0o755);
  const keep = async <T extends Upstream>(upstream: Promise<T>) => {
    const started = await upstream;
    upstreams.push(started);
    return started;
  };
  dns = await startNxdomainResponder();
  const ports: Ports = {
    dir,
    closedPort: await freePort(),
    dns,
    bigHeader: await keep(hugeHeaderUpstream()),
    closer: await keep(closeWithoutResponseUpstream()),
    garbage: await keep(garbageUpstream('HELLO\r\n\r\n')),
    badHeader: await keep(garbageUpstream('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nthis is not a header\r\n\r\nok\n')),
    slow: await keep(slowUpstream(3000)),
    reset: await keep(resetUpstream()),
    plain: await keep(plainHttpUpstream()),
    socket: await keep(unixSocketUpstream(join(dir, 'php-fpm.sock'), 0o600)),
  };
  const locations = MODES.map((mode) => `location = /${mode.id} {\n${indent(mode.location(ports))}\n}`).join('\n\n');
  nginx = await startNginx({
    dir,
    http: `upstream lab_down {\n  server 127.0.0.1:${ports.closedPort} down;\n}`,
    locations,
  });

  const captureDir = process.env.LAB_CAPTURES_DIR ?? join(dir, 'captures');
  mkdirSync(captureDir, { recursive: true });
  const running = MODES.filter((mode) => !mode.skip);
  await Promise.all(
    running.map(async (mode) => {
      const response = await rawRequest(nginx!.port, `/${mode.id}`);
      const request = `request: "GET /${mode.id} HTTP/1.1"`;
      const logLine = await waitForLogLine(nginx!.errorLog, new RegExp(`${mode.log.source}.*${escapeRegExp(request)}`), 3000).catch(
        () => '',
      );
      const requestLines = logLines(nginx!.errorLog).filter((line) => line.includes(request));
      captures.set(mode.id, { response, logLine, requestLines });
      writeFileSync(join(captureDir, `${mode.id}.response.txt`), response.raw);
      writeFileSync(join(captureDir, `${mode.id}.error.log`), `${requestLines.join('\n')}\n`);
    }),
  );
}, 30_000);

afterAll(async () => {
  await nginx?.stop();
  await Promise.all(upstreams.map((upstream) => upstream.close()));
  await dns?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe.each(MODES)('nginx: $id ($what)', (mode) => {
  if (mode.skip) {
    it.skip(`skipped: ${mode.skip}`, () => {});
    return;
  }
  const capture = () => captures.get(mode.id)!;
  const code = String(mode.status) as '502' | '504';

  it(
    mode.status
      ? `answers ${mode.status} and logs the expected line`
      : 'relays the garbage with no status line, and logs the expected line',
    () => {
      const { response, logLine, requestLines } = capture();
      console.log(`${mode.id}: ${JSON.stringify(response.statusLine)} in ${response.ms} ms\n  ${requestLines.join('\n  ')}`);
      expect(response.status, response.raw).toBe(mode.status);
      if (mode.status) expect(response.raw).toContain(`<center>${nginx!.version}</center>`);
      expect(logLine, `no line matching ${mode.log} for this request; its lines:\n${requestLines.join('\n')}`).not.toBe('');
    },
  );

  if (mode.status) {
    it(`the response alone: nginx, reverse proxy, statusCode ${code}, errorSource proxy`, () => {
      const { raw } = capture().response;
      const analysis = analyze(raw);
      expect(analysis, raw).toMatchObject({ layer: 'reverse-proxy', vendor: 'nginx', recognised: true });
      expect(analysis.facts, raw).toMatchObject({ statusCode: code, errorSource: 'proxy' });
    });
  } else {
    it("the response alone: recognised as nothing (it is the upstream's bytes, not a proxy error page)", () => {
      const { raw } = capture().response;
      const analysis = analyze(raw);
      expect(analysis.facts.statusCode, raw).toBeUndefined();
      expect(analysis.recognised, raw).toBe(false);
    });
  }

  it(`the error-log line alone: logSignal ${mode.logSignal}, with the line as a signal`, () => {
    const { logLine } = capture();
    const analysis = analyze(logLine);
    expect(analysis.facts.logSignal, logLine).toBe(mode.logSignal);
    expect(analysis.signals.map((signal) => signal.text)).toContain(logLine);
  });

  it('response and log together: both', () => {
    const { response, logLine } = capture();
    const text = `${response.raw}\n${logLine}\n`;
    const analysis = analyze(text);
    expect(analysis.facts.logSignal, text).toBe(mode.logSignal);
    expect(analysis.signals.map((signal) => signal.text)).toContain(logLine);
    if (mode.status) {
      expect(analysis, text).toMatchObject({ layer: 'reverse-proxy', vendor: 'nginx', recognised: true });
      expect(analysis.facts, text).toMatchObject({ statusCode: code, errorSource: 'proxy' });
    }
  });
});
