// The fault lab, HAProxy: a real HAProxy on loopback in front of misbehaving upstreams. Its 502 page
// and its log line (with the termination state: SH--, PH--, SC--) are captured on every run.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyzer';
import { freePort, type RawResponse, rawRequest, waitFor } from './capture';
import { type Haproxy, startHaproxy } from './haproxy';
import { closeWithoutResponseUpstream, garbageUpstream, type Upstream } from './upstreams';

type Mode = {
  id: string;
  what: string;
  status: number;
  /** The termination state in the log line (first two characters are what matters). */
  state: string;
  logSignal: string;
};

const MODES: Mode[] = [
  { id: 'garbage', what: 'upstream sends garbage instead of HTTP', status: 502, state: 'PH--', logSignal: 'invalid-response' },
  { id: 'closed', what: 'upstream closes without a response', status: 502, state: 'SH--', logSignal: 'prematurely-closed' },
  { id: 'refused', what: 'upstream not running (closed port)', status: 503, state: 'SC--', logSignal: 'connection-refused' },
];

type Capture = { response: RawResponse; logLine: string };

let dir = '';
let haproxy: Haproxy | undefined;
const upstreams: Upstream[] = [];
const captures = new Map<string, Capture>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gateway-doctor-lab-haproxy-'));
  const garbage = await garbageUpstream('HELLO\r\n\r\n');
  upstreams.push(garbage);
  const closer = await closeWithoutResponseUpstream();
  upstreams.push(closer);
  const closedPort = await freePort();
  haproxy = await startHaproxy(dir, [
    { name: 'be_garbage', path: '/garbage', server: `127.0.0.1:${garbage.port}` },
    { name: 'be_closed', path: '/closed', server: `127.0.0.1:${closer.port}` },
    { name: 'be_refused', path: '/refused', server: `127.0.0.1:${closedPort}` },
  ]);
  const captureDir = process.env.LAB_CAPTURES_DIR ?? join(dir, 'captures');
  mkdirSync(captureDir, { recursive: true });
  await Promise.all(
    MODES.map(async (mode) => {
      const response = await rawRequest(haproxy!.port, `/${mode.id}`);
      const request = `"GET /${mode.id} HTTP/1.1"`;
      const logLine = await waitFor(() => haproxy!.logLines.find((line) => line.includes(request)), {
        timeout: 3000,
        what: `a HAProxy log line for ${request}`,
      }).catch(() => '');
      captures.set(mode.id, { response, logLine });
      writeFileSync(join(captureDir, `haproxy-${mode.id}.response.txt`), response.raw);
      writeFileSync(join(captureDir, `haproxy-${mode.id}.log`), `${logLine}\n`);
    }),
  );
}, 30_000);

afterAll(async () => {
  await haproxy?.stop();
  await Promise.all(upstreams.map((upstream) => upstream.close()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.each(MODES)('haproxy: $id ($what)', (mode) => {
  const capture = () => captures.get(mode.id)!;
  const code = String(mode.status) as '502' | '503';

  it(`answers ${mode.status} and logs ${mode.state}`, () => {
    const { response, logLine } = capture();
    console.log(`haproxy ${mode.id}: ${JSON.stringify(response.statusLine)}\n  ${logLine}`);
    expect(response.status, response.raw).toBe(mode.status);
    expect(logLine, haproxy!.logLines.join('\n')).toContain(` ${mode.state} `);
  });

  it(`the response alone: haproxy, statusCode ${code}`, () => {
    const { raw } = capture().response;
    const analysis = analyze(raw);
    expect(analysis, raw).toMatchObject({ vendor: 'haproxy', recognised: true });
    expect(analysis.facts.statusCode, raw).toBe(code);
    // HAProxy is deployed as either; the analyzer may call it one or the other, consistently.
    expect(['load-balancer', 'reverse-proxy'], raw).toContain(analysis.layer);
    expect(analysis.facts.errorSource, raw).toBe(analysis.layer === 'load-balancer' ? 'load-balancer' : 'proxy');
  });

  it(`the log line alone: logSignal ${mode.logSignal}, with the line as a signal`, () => {
    const { logLine } = capture();
    const analysis = analyze(logLine);
    expect(analysis.facts.logSignal, logLine).toBe(mode.logSignal);
    expect(analysis.signals.map((signal) => signal.text)).toContain(logLine);
  });

  it('response and log together: both, and the log line decides the logSignal', () => {
    const { response, logLine } = capture();
    const text = `${response.raw}\n${logLine}\n`;
    const analysis = analyze(text);
    expect(analysis, text).toMatchObject({ vendor: 'haproxy', recognised: true });
    expect(analysis.facts, text).toMatchObject({ statusCode: code, logSignal: mode.logSignal });
    expect(analysis.signals.map((signal) => signal.text)).toContain(logLine);
  });
});
