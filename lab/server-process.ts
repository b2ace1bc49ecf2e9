import { type ChildProcess, spawn } from 'node:child_process';
import { waitFor } from './capture';

export type ServerProcess = { child: ChildProcess; pid: number; stop: () => Promise<void> };

/**
 * Starts a server binary in the foreground as a child of the test, waits until `ready` says it
 * is listening, and returns a `stop` that ends it by pid: SIGTERM (a graceful stop for nginx and
 * HAProxy), SIGKILL after 5 s. The child is also killed if the test process exits first.
 */
export async function startServer(
  name: string,
  binary: string,
  args: string[],
  ready: (child: ChildProcess) => Promise<boolean>,
  cleanup: () => Promise<void> = async () => {},
): Promise<ServerProcess> {
  const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    await cleanup();
  };
  try {
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}: ${stderr}`);
        return ready(child);
      },
      { timeout: 5000, what: `${name} listening` },
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { child, pid: child.pid!, stop };
}
