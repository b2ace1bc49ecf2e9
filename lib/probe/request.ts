// One HTTP exchange with a vetted address: node:http / node:https with a `lookup` that can only
// return that address (the name stays in the Host header and in TLS SNI), a connect timeout, an
// overall deadline, and at most `maxBodyBytes` of body read before the connection is dropped.
import type { LookupAddress, LookupOptions } from 'node:dns';
import { type ClientRequest, type IncomingMessage, request as httpRequest, STATUS_CODES } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Socket } from 'node:net';
import { describeFailure, type Failure, type Phase } from './failures';

export const USER_AGENT = 'gateway-doctor-site-check/1.0 (is it down for everyone?)';

export type Exchange = {
  url: URL;
  method: 'HEAD' | 'GET';
  /** The vetted address to connect to, and its family. */
  address: string;
  family: 4 | 6;
  /** The name for Host and SNI, or null when the URL's host is an IP address. */
  name: string | null;
  port: number;
  connectTimeoutMs: number;
  /** performance.now() after which the whole check is over. */
  deadline: number;
  totalTimeoutMs: number;
  maxBodyBytes: number;
};

export type ExchangeResponse = {
  ok: true;
  status: number;
  statusText: string;
  httpVersion: string;
  headers: [string, string][];
  body: Buffer;
  truncated: boolean;
  connectMs: number | null;
  tlsMs: number | null;
  firstByteMs: number;
};

export type ExchangeResult =
  | ExchangeResponse
  | { ok: false; failure: Failure; phase: Phase; connectMs: number | null; tlsMs: number | null };

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` that ignores the name and answers with the one address vetted already: no second DNS
 * query. Node asks for a list (`all`) when it races address families; answer in the shape asked.
 */
export function pinnedLookup(address: string, family: 4 | 6) {
  return (_hostname: string, options: LookupOptions, callback: LookupCallback) => {
    if (options?.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
}

function pairs(raw: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) out.push([raw[i], raw[i + 1]]);
  return out;
}

function fail(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

export function exchange(x: Exchange): Promise<ExchangeResult> {
  const where = x.url.host;
  const started = performance.now();
  const since = () => Math.round(performance.now() - started);
  const https = x.url.protocol === 'https:';

  return new Promise((resolve) => {
    let phase: Phase = 'connect';
    let connectMs: number | null = null;
    let tlsMs: number | null = null;
    let settled = false;
    let response: IncomingMessage | undefined;
    const chunks: Buffer[] = [];
    let bytes = 0;
    let truncated = false;
    let firstByteMs = 0;

    const timers: NodeJS.Timeout[] = [];
    const finish = (result: ExchangeResult) => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      resolve(result);
      // Nothing more is needed from this server: drop the connection (and any unread body).
      req.destroy();
    };
    const failWith = (error: NodeJS.ErrnoException) => {
      const failure = describeFailure(error, phase, where, { connectMs: x.connectTimeoutMs, totalMs: x.totalTimeoutMs });
      finish({ ok: false, failure, phase, connectMs, tlsMs });
    };
    const answer = (): ExchangeResponse => {
      const res = response as IncomingMessage;
      return {
        ok: true,
        status: res.statusCode ?? 0,
        statusText: res.statusMessage || STATUS_CODES[res.statusCode ?? 0] || '',
        httpVersion: res.httpVersion,
        headers: pairs(res.rawHeaders),
        body: Buffer.concat(chunks),
        truncated,
        connectMs,
        tlsMs,
        firstByteMs,
      };
    };

    const options = {
      method: x.method,
      // With a name, the request and the certificate check use the name; the lookup pins the address.
      hostname: x.name ?? x.address,
      family: x.family,
      port: x.port,
      path: `${x.url.pathname}${x.url.search}`,
      headers: {
        Host: x.url.host,
        'User-Agent': USER_AGENT,
        Accept: 'text/html,application/json;q=0.9,*/*;q=0.8',
        // The body is read as text, for the analyzer: ask for it uncompressed.
        'Accept-Encoding': 'identity',
        Connection: 'close',
      },
      // No pooling: every check makes its own connection, so the timings are real and no socket
      // opened for one vetted address is ever reused for another.
      agent: false as const,
      lookup: pinnedLookup(x.address, x.family),
      autoSelectFamily: false,
      // SNI carries the name, never an IP address (RFC 6066).
      ...(https && x.name ? { servername: x.name } : {}),
    };

    const req: ClientRequest = (https ? httpsRequest : httpRequest)(options);

    timers.push(
      setTimeout(
        () => {
          if (phase === 'connect') req.destroy(fail('PROBE_CONNECT_TIMEOUT', 'connect timed out'));
        },
        Math.max(0, Math.min(x.connectTimeoutMs, x.deadline - performance.now())),
      ),
      setTimeout(
        () => {
          // Out of time while reading the body: keep what came, the status and headers are the point.
          if (response) {
            truncated = true;
            finish(answer());
          } else req.destroy(fail('PROBE_TIMEOUT', 'timed out'));
        },
        Math.max(0, x.deadline - performance.now()),
      ),
    );

    req.on('socket', (socket: Socket) => {
      socket.once('connect', () => {
        connectMs = since();
        phase = https ? 'tls' : 'response';
      });
      socket.once('secureConnect', () => {
        tlsMs = since() - (connectMs ?? 0);
        phase = 'response';
      });
    });

    req.on('response', (res: IncomingMessage) => {
      response = res;
      phase = 'body';
      firstByteMs = since();
      const declared = Number(res.headers['content-length']);
      res.on('data', (chunk: Buffer) => {
        const room = x.maxBodyBytes - bytes;
        if (chunk.length > room) {
          // More than the cap: keep the first maxBodyBytes and stop reading (finish drops the rest).
          chunks.push(chunk.subarray(0, room));
          bytes += room;
          truncated = true;
          finish(answer());
          return;
        }
        chunks.push(chunk);
        bytes += chunk.length;
        // Exactly at the cap: wait for the end (not cut) or one more byte (cut), unless the length says.
        if (bytes === x.maxBodyBytes && declared > x.maxBodyBytes) {
          truncated = true;
          finish(answer());
        }
      });
      res.on('end', () => finish(answer()));
      // The server closed mid-body: what came is still the answer.
      res.on('aborted', () => {
        truncated = true;
        finish(answer());
      });
      res.on('error', () => {
        truncated = true;
        finish(answer());
      });
    });

    req.on('error', (error: NodeJS.ErrnoException) => {
      if (response) {
        truncated = true;
        finish(answer());
      } else failWith(error);
    });

    req.end();
  });
}
