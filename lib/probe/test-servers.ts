// Real servers on 127.0.0.1 for the probe's tests (node:http and node:net, no mocks): each records
// the connections and requests it got, so a test can prove that a refused URL was never connected.
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';

export type TestServer = {
  port: number;
  /** TCP connections accepted so far. */
  connections: number;
  /** Requests seen (http servers only): method, path and headers. */
  requests: { method: string; url: string; headers: IncomingMessage['headers'] }[];
  close: () => Promise<void>;
};

function track(server: Server, port = 0): Promise<TestServer> {
  const sockets = new Set<Socket>();
  const state: TestServer = {
    port: 0,
    connections: 0,
    requests: [],
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  server.on('connection', (socket: Socket) => {
    state.connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {}); // the probe hangs up early on purpose
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      state.port = typeof address === 'object' && address ? address.port : 0;
      resolve(state);
    });
  });
}

/** An HTTP server whose handler decides each answer. */
export async function httpServer(handler: (req: IncomingMessage, res: ServerResponse) => void, port = 0): Promise<TestServer> {
  let state: TestServer | undefined;
  const server = createHttpServer((req, res) => {
    state?.requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    handler(req, res);
  });
  state = await track(server, port);
  return state;
}

/** Accepts connections and never answers: what a hung backend looks like from outside. */
export function silentServer(): Promise<TestServer> {
  return track(createServer(() => {}));
}

/** Listens (on `port`, or one the kernel picks) and records connections; answers nothing. */
export function tripwire(port = 0): Promise<TestServer> {
  return track(
    createServer((socket) => socket.destroy()),
    port,
  );
}
