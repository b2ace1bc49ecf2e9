// Real upstreams for the fault lab, written with Node's own modules: each one misbehaves in one way
// a real backend does (closes, resets, sends garbage, answers too slowly…). All listen on 127.0.0.1
// or on a unix socket in the lab's temp dir, and `close()` ends every connection and timer.
import { chmodSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';

export type Upstream = {
  /** The TCP port, or 0 for a unix socket. */
  port: number;
  /** The unix socket path, when it listens on one. */
  path?: string;
  close: () => Promise<void>;
};

type Behaviour = (socket: Socket, later: (ms: number, fn: () => void) => void) => void;

/** Listens on TCP (127.0.0.1, a port the kernel picks) or a unix socket; on each connection runs `behaviour` once the request has arrived. */
function listen(server: Server, behaviour: Behaviour | null, path?: string): Promise<Upstream> {
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, fn: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {}); // the proxy may give up first (EPIPE, ECONNRESET): expected here
    if (behaviour) socket.once('data', () => behaviour(socket, later));
  });
  const close = () =>
    new Promise<void>((resolve) => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    const ready = () => {
      const address = server.address();
      resolve({ port: typeof address === 'object' && address ? address.port : 0, path, close });
    };
    if (path) server.listen(path, ready);
    else server.listen(0, '127.0.0.1', ready);
  });
}

const tcp = (behaviour: Behaviour) => listen(createServer(), behaviour);

/** A complete, valid response, for upstreams that do answer in the end. */
const OK = 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 3\r\nConnection: close\r\n\r\nok\n';

/** Answers with a `Set-Cookie` header of `bytes` bytes: more than proxy_buffer_size (4k or 8k by default). */
export const hugeHeaderUpstream = (bytes = 64 * 1024) =>
  tcp((socket) => {
    socket.end(`HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nSet-Cookie: session=${'a'.repeat(bytes)}\r\nContent-Length: 3\r\n\r\nok\n`);
  });

/** Accepts, reads the request, then closes (FIN) without a byte of response: a worker that died mid-request. */
export const closeWithoutResponseUpstream = () => tcp((socket) => socket.end());

/** Answers with `bytes` that are not HTTP (e.g. a wrong protocol on the port), then closes. */
export const garbageUpstream = (bytes: string | Buffer) => tcp((socket) => socket.end(bytes));

/** Answers correctly, but only after `ms` milliseconds. */
export const slowUpstream = (ms: number) => tcp((socket, later) => later(ms, () => socket.end(OK)));

/** Accepts, reads the request, then resets the connection (RST instead of FIN). */
export const resetUpstream = () => tcp((socket) => socket.resetAndDestroy());

/** A plain HTTP server (Node's http module): what a proxy speaking TLS to the wrong port meets. */
export function plainHttpUpstream(): Promise<Upstream> {
  const server = createHttpServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/plain' }).end('plain http\n');
  });
  return listen(server, null);
}

/** A unix socket listener with the given file mode (0600 owned by root keeps `nobody` out). */
export async function unixSocketUpstream(path: string, mode: number): Promise<Upstream> {
  const upstream = await listen(createServer(), (socket) => socket.end(OK), path);
  chmodSync(path, mode);
  return upstream;
}
