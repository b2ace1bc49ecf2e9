// The production server: Next's own request handler behind the page cache (lib/page-cache), so
// a step page a hundred people open renders once, not a hundred times. `npm start` runs it.
//
//   node server.mjs [-p PORT] [-H HOST]     (or PORT=… HOST=…; all interfaces by default)
//   PAGE_CACHE_MB=64                        (the cache's size; 0 keeps nothing, renders every request)
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import next from 'next';
import { createPageCache } from './lib/page-cache/index.mjs';

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOST;
const cacheMegabytes = Number(process.env.PAGE_CACHE_MB ?? 64);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`not a port: ${values.port ?? process.env.PORT}`);
if (!(cacheMegabytes >= 0)) throw new Error(`PAGE_CACHE_MB must be a number of megabytes, not ${process.env.PAGE_CACHE_MB}`);

process.env.NODE_ENV = 'production';
const app = next({ dev: false, hostname: hostname ?? 'localhost', port });
const handle = app.getRequestHandler();
const pages = createPageCache({ maxBytes: cacheMegabytes * 1024 * 1024 });
await app.prepare();

const server = createServer((req, res) => {
  pages.serve(req, res, handle).catch((error) => {
    if (error?.code === 'CLIENT_GONE') return; // nobody left to answer
    console.error(error);
    if (!res.headersSent) {
      res.statusCode = 500;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('Internal Server Error');
    } else res.destroy();
  });
});
server.listen(port, hostname, () => {
  const { address, port: listening } = /** @type {import('node:net').AddressInfo} */ (server.address());
  // Every interface (the default): this machine reaches it as localhost.
  const host = address === '::' || address === '0.0.0.0' ? 'localhost' : address.includes(':') ? `[${address}]` : address;
  console.log(`gateway-doctor on http://${host}:${listening} (page cache ${cacheMegabytes} MB)`);
});

// Finish what is in flight, then exit: a deploy's SIGTERM should not cut a page in half.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
