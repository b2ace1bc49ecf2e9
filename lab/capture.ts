// Small helpers for the fault lab: free loopback ports, raw HTTP requests captured byte for byte
// (what `curl -i` shows), and polling a log file for the line a request caused.
import { existsSync, readFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';

export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/** A TCP port on 127.0.0.1 that was free a moment ago (the kernel picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** True when something accepts TCP connections on 127.0.0.1:`port`. */
export function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Polls `check` until it returns a truthy value, or throws after `timeout` ms. */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  options: { timeout: number; what: string; every?: number },
): Promise<NonNullable<T>> {
  const deadline = Date.now() + options.timeout;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${options.timeout} ms waiting for ${options.what}`);
    await new Promise((resolve) => setTimeout(resolve, options.every ?? 25));
  }
}

export type RawResponse = {
  /** The whole response as received: status line, headers, blank line, body (as `curl -i` shows it). */
  raw: string;
  statusLine: string;
  status: number;
  /** How long the request took, in ms. */
  ms: number;
};

/**
 * Sends one HTTP/1.1 request over a plain socket and returns the bytes that came back, unparsed, so
 * the fixture is exactly what the proxy sent. `Connection: close` makes the proxy end the response.
 */
export function rawRequest(port: number, path: string, options: { host?: string; timeout?: number } = {}): Promise<RawResponse> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect({ host: '127.0.0.1', port });
    socket.setTimeout(options.timeout ?? 15_000, () => socket.destroy(new Error(`no response to GET ${path} in time`)));
    socket.on('connect', () => {
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: ${options.host ?? 'lab'}\r\nUser-Agent: gateway-doctor-lab\r\nAccept: */*\r\nConnection: close\r\n\r\n`,
      );
    });
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const raw = Buffer.concat(chunks).toString('latin1');
      const statusLine = raw.split('\r\n', 1)[0] ?? '';
      const status = Number(/^HTTP\/\d(?:\.\d)? (\d{3})/.exec(statusLine)?.[1] ?? 0);
      resolve({ raw, statusLine, status, ms: Date.now() - started });
    });
  });
}

/** The lines of a log file (an absent file has none). */
export function logLines(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0);
}

/** Waits for the first line of `file` that matches `pattern`, and returns it. */
export function waitForLogLine(file: string, pattern: RegExp, timeout = 3000): Promise<string> {
  return waitFor(() => logLines(file).find((line) => pattern.test(line)), { timeout, what: `a line matching ${pattern} in ${file}` });
}
