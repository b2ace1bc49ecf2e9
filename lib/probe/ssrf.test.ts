// Without the allow flag, every SSRF target is refused before any connection is made. Two proofs:
// listening sockets on 127.0.0.1 (and ::1) at the web ports the targets name, which must record no
// connection, and a spy on net.Socket's connect, which must never be called. A control case
// shows both proofs would catch a connection if one were made.
import net from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { probeApi } from './api';
import { ConcurrencyCap, RateLimiter } from './limits';
import { probe } from './probe';
import type { Resolved } from './resolve';
import { type TestServer, tripwire } from './test-servers';

/** Names the test resolver answers (a real resolver would, for an attacker's domain). */
const DNS: Record<string, string[]> = {
  'rebind.example.test': ['127.0.0.1'],
  'mixed.example.test': ['93.184.215.14', '10.0.0.5'],
  'mapped.example.test': ['::ffff:169.254.169.254'],
  'v6.example.test': ['::1'],
};

const TARGETS: string[] = [
  // loopback, every spelling
  'http://127.0.0.1:8080/',
  'http://2130706433:8080/',
  'http://0x7f000001:8080/',
  'http://0177.0.0.1:8080/',
  'http://0x7f.1:8080/',
  'http://127.1:8080/',
  'http://127.0.0.1.:8080/',
  'http://127.0.0.1/',
  'https://127.0.0.1/',
  'https://127.0.0.1:8443/',
  'http://0:8080/',
  'http://0.0.0.0:8080/',
  'http://[::1]:8080/',
  'http://[::]:8080/',
  'http://[0:0:0:0:0:0:0:1]:8080/',
  'http://[::ffff:127.0.0.1]:8080/',
  'http://[::ffff:7f00:1]:8080/',
  'http://[64:ff9b::7f00:1]:8080/',
  'http://[64:ff9b::127.0.0.1]:8080/',
  'http://[2002:7f00:1::]:8080/',
  'http://localhost:8080/',
  'http://LOCALHOST./',
  'http://app.localhost:8080/',
  'http://ｌｏｃａｌｈｏｓｔ:8080/',
  'http://１２７.０.０.１:8080/',
  'http://127。0。0。1:8080/',
  // private, CGNAT, link-local, unique-local, multicast, reserved, broadcast
  'http://10.0.0.1:8080/',
  'http://172.16.0.1/',
  'http://192.168.1.1/',
  'http://0xc0a80101/',
  'http://100.64.0.1/',
  'http://169.254.1.1/',
  'http://[fc00::1]/',
  'http://[fd12:3456::1]:8080/',
  'http://[fe80::1]/',
  'http://[64:ff9b::a00:1]/',
  'http://[2002:c0a8:101::]/',
  'http://224.0.0.1/',
  'http://[ff02::1]/',
  'http://240.0.0.1/',
  'http://255.255.255.255/',
  // cloud metadata, by address and by name
  'http://169.254.169.254/latest/meta-data/',
  'http://2852039166/latest/meta-data/',
  'http://0xa9fea9fe/latest/meta-data/',
  'http://[::ffff:169.254.169.254]/latest/meta-data/',
  'http://[fd00:ec2::254]/latest/meta-data/',
  'http://100.100.100.200/latest/meta-data/',
  'http://metadata.google.internal/computeMetadata/v1/',
  'http://metadata.google.internal./computeMetadata/v1/',
  'http://metadata/computeMetadata/v1/',
  // names that resolve to private addresses (DNS rebinding, mixed answers)
  'http://rebind.example.test:8080/',
  'http://mixed.example.test/',
  'http://mapped.example.test/',
  'http://v6.example.test:8080/',
  'http://db.internal/',
  'http://intranet:8080/',
  // other schemes
  'file:///etc/passwd',
  'file://127.0.0.1/etc/passwd',
  'gopher://127.0.0.1:8080/_GET%20/',
  'dict://127.0.0.1:8080/info',
  'ftp://127.0.0.1/',
  'ws://127.0.0.1:8080/',
  'javascript:fetch("http://127.0.0.1:8080/")',
  // credentials
  'http://user:pass@127.0.0.1:8080/',
  'http://example.com@127.0.0.1:8080/',
  'http://admin@example.com/',
  // ports that are not web ports
  'http://example.com:22/',
  'http://example.com:25/',
  'http://example.com:6379/',
  'https://example.com:3306/',
  'http://127.0.0.1:6379/',
];

const WEB_PORTS = [80, 443, 8080, 8443];

describe('SSRF targets are refused before any connection', () => {
  const wires: TestServer[] = [];
  const guarded: string[] = [];
  let resolved: string[] = [];
  const resolve = async (name: string): Promise<Resolved[]> => {
    resolved.push(name);
    const answers = DNS[name];
    if (!answers) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
    return answers.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  const connect = vi.spyOn(net.Socket.prototype, 'connect');

  beforeAll(async () => {
    // Listen where the targets point, wherever this machine lets us (80 and 443 need root).
    for (const port of WEB_PORTS) {
      try {
        wires.push(await tripwire(port));
        guarded.push(`127.0.0.1:${port}`);
      } catch {
        // taken or not allowed: the connect spy still proves it
      }
    }
  });
  afterEach(() => {
    connect.mockClear();
  });
  afterAll(async () => {
    connect.mockRestore();
    await Promise.all(wires.map((wire) => wire.close()));
  });

  it(`has a list of at least 25 targets (${TARGETS.length})`, () => {
    expect(TARGETS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(TARGETS).size).toBe(TARGETS.length);
  });

  for (const target of TARGETS) {
    it(`refuses ${target}`, async () => {
      resolved = [];
      const outcome = await probe(target, { resolve });
      expect(outcome.kind, JSON.stringify(outcome)).toBe('refused');
      if (outcome.kind === 'refused') expect(outcome.refusal.reason.length).toBeGreaterThan(10);
      // Only the names an attacker controls get as far as DNS; none gets to connect().
      for (const name of resolved) expect(Object.keys(DNS)).toContain(name);

      const response = await probeApi(
        new Request('http://gateway-doctor.test/api/probe', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ url: target }),
        }),
        {
          allowPrivate: false,
          trustProxy: false,
          perClient: new RateLimiter(100, 1),
          everyone: new RateLimiter(100, 1),
          cap: new ConcurrencyCap(1),
          probe: { resolve },
        },
      );
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.error).toMatch(/^We will not check that address: /);
      expect(body.refused.reason).toBeTruthy();

      expect(connect).not.toHaveBeenCalled();
    });
  }

  it('recorded no connection on any listening socket', (ctx) => {
    // Every web port taken by something else: only the connect spy proves it on this machine.
    if (guarded.length === 0) ctx.skip();
    expect(wires.map((wire) => wire.connections)).toEqual(wires.map(() => 0));
  });

  it('control: with the allow flag, the same probe does connect, and both proofs see it', async () => {
    const own = wires.length === 0 ? await tripwire() : null;
    const wire = own ?? wires.find((w) => w.port === 8080) ?? wires[0];
    const outcome = await probe(`http://127.0.0.1:${wire.port}/`, { allowPrivate: true, totalTimeoutMs: 2000 });
    expect(outcome.kind).toBe('result');
    expect(connect).toHaveBeenCalled();
    expect(wire.connections).toBeGreaterThan(0);
    await own?.close();
  });
});
