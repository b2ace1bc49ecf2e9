// Start and stop a real nginx (Debian's package) for the fault lab: its own prefix, config, pid file,
// temp paths and logs in a temp dir, listening on a free 127.0.0.1 port, run as a child process
// (daemon off) and stopped by pid. Never touches the Debian service or /etc/nginx.
import { type ChildProcess, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findBinary } from './binaries';
import { canConnect, freePort, isRoot } from './capture';
import { startServer } from './server-process';

export type Nginx = {
  port: number;
  pid: number;
  /** e.g. `nginx/1.22.1` as printed by `nginx -v`. */
  version: string;
  config: string;
  errorLog: string;
  accessLog: string;
  /** The user the workers run as (`nobody` when the lab runs as root), or null when unchanged. */
  workerUser: string | null;
  stop: () => Promise<void>;
};

export type NginxOptions = {
  /** The temp dir that holds everything (config, logs, pid, temp paths). */
  dir: string;
  /** Extra `http {}` directives (upstream blocks, resolver…). */
  http?: string;
  /** `location` blocks for the one server. */
  locations: string;
  /** error_log level: `error` by default. */
  logLevel?: 'error' | 'warn' | 'notice' | 'info';
};

/** The version nginx prints for `nginx -v` (to stderr), e.g. `nginx/1.22.1`. */
export function nginxVersion(): string {
  return /nginx\/[\d.]+/.exec(run(['-v']).output)?.[0] ?? 'nginx/unknown';
}

/** Runs nginx and returns its exit status with stdout and stderr together (it writes -v and -t to stderr). */
function run(args: string[]): { status: number | null; output: string } {
  const result = spawnSync(findBinary('nginx'), args, { encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function workerGroup(): string {
  try {
    return /^nogroup:/m.test(readFileSync('/etc/group', 'utf8')) ? 'nogroup' : 'nobody';
  } catch {
    return 'nobody';
  }
}

export function nginxConfig(options: NginxOptions & { port: number }): string {
  const { dir, port } = options;
  const level = options.logLevel ?? 'error';
  const user = isRoot() ? `user nobody ${workerGroup()};\n` : '';
  return `# fault lab: written by lab/nginx.ts, removed with its temp dir
${user}worker_processes 1;
daemon off;
master_process on;
pid ${join(dir, 'nginx.pid')};
lock_file ${join(dir, 'nginx.lock')};
error_log ${join(dir, 'error.log')} ${level};

events {
  worker_connections 64;
}

http {
  access_log ${join(dir, 'access.log')};
  error_log ${join(dir, 'error.log')} ${level};
  client_body_temp_path ${join(dir, 'client_body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
  default_type text/plain;
${indent(options.http ?? '', 2)}
  server {
    listen 127.0.0.1:${port};
    server_name lab;
${indent(options.locations, 4)}
  }
}
`;
}

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => (line.trim() ? pad + line : line))
    .join('\n');
}

/** Writes the config, checks it with `nginx -t`, starts nginx and waits until it accepts connections. */
export async function startNginx(options: NginxOptions): Promise<Nginx> {
  const port = await freePort();
  const config = join(options.dir, 'nginx.conf');
  writeFileSync(config, nginxConfig({ ...options, port }));
  const prefix = options.dir.endsWith('/') ? options.dir : `${options.dir}/`;
  const test = run(['-t', '-q', '-p', prefix, '-c', config]);
  if (test.status !== 0) throw new Error(`nginx -t failed:\n${test.output}`);

  // SIGTERM on stop = fast shutdown: the master stops its workers, then exits.
  const { child, stop } = await startServer('nginx', findBinary('nginx'), ['-p', prefix, '-c', config], async (started) => (await canConnect(port)) && hasWorker(started));

  return {
    port,
    pid: child.pid!,
    version: nginxVersion(),
    config,
    errorLog: join(options.dir, 'error.log'),
    accessLog: join(options.dir, 'access.log'),
    workerUser: isRoot() ? 'nobody' : null,
    stop,
  };
}

function hasWorker(child: ChildProcess): boolean {
  // The master accepts connections only through its workers; make sure one has started.
  try {
    const children = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim();
    return children.length > 0;
  } catch {
    return true; // no /proc: the connect check is enough
  }
}
