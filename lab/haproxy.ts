// Start and stop a real HAProxy (Debian's package) for the fault lab: its own config in a temp dir,
// one frontend on a free 127.0.0.1 port, one backend per fault, run in the foreground as a child
// process and stopped by pid. It logs over UDP syslog to a collector here (HAProxy's usual setup:
// `log 127.0.0.1 local0`), so the lines are exactly what rsyslog would write, less its own prefix.
import { spawnSync } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findBinary } from './binaries';
import { canConnect, freePort } from './capture';
import { startServer } from './server-process';

export type HaproxyBackend = { name: string; path: string; server: string };

export type Haproxy = {
  port: number;
  pid: number;
  /** e.g. `HAProxy version 2.6.12-1+deb12u3 2025/10/03`. */
  version: string;
  /** Syslog messages received so far, with the `<PRI>` prefix removed. */
  logLines: string[];
  stop: () => Promise<void>;
};

export function haproxyVersion(): string {
  const result = spawnSync(findBinary('haproxy'), ['-v'], { encoding: 'utf8' });
  return /^HAProxy version .*$/m.exec(`${result.stdout}`)?.[0].replace(/ - https?:\/\/\S+/, '') ?? 'HAProxy (unknown version)';
}

export async function startHaproxy(dir: string, backends: HaproxyBackend[]): Promise<Haproxy> {
  const logLines: string[] = [];
  const syslog = createSocket('udp4');
  syslog.on('message', (message) =>
    logLines.push(
      message
        .toString('utf8')
        .replace(/^<\d+>/, '')
        .trimEnd(),
    ),
  );
  await new Promise<void>((resolve) => syslog.bind(0, '127.0.0.1', () => resolve()));
  const closeSyslog = () => new Promise<void>((resolve) => syslog.close(() => resolve()));

  const port = await freePort();
  const config = join(dir, 'haproxy.cfg');
  writeFileSync(
    config,
    `# fault lab: written by lab/haproxy.ts, removed with its temp dir
global
  log 127.0.0.1:${syslog.address().port} local0 info
  maxconn 64

defaults
  mode http
  log global
  option httplog
  retries 0
  timeout connect 2s
  timeout client 5s
  timeout server 5s

frontend lab
  bind 127.0.0.1:${port}
${backends.map((b) => `  use_backend ${b.name} if { path ${b.path} }`).join('\n')}

${backends.map((b) => `backend ${b.name}\n  server app ${b.server}`).join('\n\n')}
`,
  );

  const binary = findBinary('haproxy');
  const check = spawnSync(binary, ['-c', '-q', '-f', config], { encoding: 'utf8' });
  if (check.status !== 0) {
    await closeSyslog();
    throw new Error(`haproxy -c failed:\n${check.stdout}${check.stderr}`);
  }

  // -db: stay in the foreground, no daemon, so the child's pid is HAProxy's.
  const { child, stop } = await startServer('haproxy', binary, ['-db', '-f', config], () => canConnect(port), closeSyslog);
  return { port, pid: child.pid!, version: haproxyVersion(), logLines, stop };
}
