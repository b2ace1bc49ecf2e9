// Builds and serves a Next.js app for the bench: the app itself and the blank framework floor go
// through exactly the same two functions, so any difference measured is the app's, not the method's.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const NEXT = './node_modules/.bin/next';

/** Runs a command to the end, its output going to `logFile` (builds are long and noisy). */
function run(command, args, { cwd, env, logFile }) {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(logFile);
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('error', reject);
    child.on('close', (code) => {
      log.end(() => {
        if (code === 0) resolve();
        else reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}) in ${cwd}:\n${tail(logFile)}`));
      });
    });
  });
}

function tail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no output)';
  }
}

/** `next build` for production. Returns how long it took, in seconds. */
export async function build(cwd, env, logFile) {
  const started = performance.now();
  await run(NEXT, ['build'], { cwd, env, logFile });
  return Math.round((performance.now() - started) / 100) / 10;
}

/** A TCP port nobody is listening on right now (the OS picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * A production server on a free loopback port: `next start` for the blank app, the app's own
 * `npm start` server (server.mjs, its page cache included) for the app. The child is the server
 * itself (not npm or npx, which would leave an orphan holding the port), so stopping it by its
 * pid frees the port.
 */
export async function start(cwd, env, logFile) {
  const port = await freePort();
  const log = createWriteStream(logFile);
  const ownServer = existsSync(join(cwd, 'server.mjs'));
  const [command, args] = ownServer ? [process.execPath, ['server.mjs']] : [NEXT, ['start']];
  const child = spawn(command, [...args, '-p', String(port), '-H', '127.0.0.1'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const exited = new Promise((resolve) => child.on('close', resolve));
  const url = `http://127.0.0.1:${port}`;
  const server = {
    url,
    pid: child.pid,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      process.kill(child.pid, 'SIGTERM');
      const timer = setTimeout(() => child.exitCode === null && process.kill(child.pid, 'SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
      log.end();
    },
  };
  // Ready when it answers anything at all; give up after a minute.
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      await fetch(`${url}/`, { redirect: 'manual' });
      return server;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  await server.stop();
  throw new Error(`${ownServer ? 'server.mjs' : 'next start'} did not answer on ${url} (${cwd}):\n${tail(logFile)}`);
}

/** The installed version of a package, as the build actually used it. */
export function installedVersion(root, name) {
  return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
}
