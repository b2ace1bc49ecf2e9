// The site check's answer, as `POST /api/probe` returns it. Types only: the client component
// imports these without pulling any of the Node modules the probe itself uses.
import type { Analysis } from '@/lib/analyzer/types';

export type FailureKind =
  /** The name does not resolve, or DNS failed. */
  | 'dns'
  /** Nothing listens: connection refused. */
  | 'refused'
  /** The connection was reset or closed before an answer. */
  | 'reset'
  /** The TLS handshake failed (certificate, protocol). */
  | 'tls'
  /** No answer within the connect or total time limit. */
  | 'timeout'
  /** No route to the address. */
  | 'unreachable'
  /** The answer was not valid HTTP. */
  | 'protocol'
  /** A redirect pointed somewhere the check will not go (its reason is in the message). */
  | 'redirect-refused'
  /** More redirects than the check follows. */
  | 'too-many-redirects'
  | 'other';

export type Timings = {
  /** Resolving the name (null for an IP address). */
  dnsMs: number | null;
  /** From the start of the request to the TCP connection. */
  connectMs: number | null;
  /** The TLS handshake, after the TCP connection (null for http). */
  tlsMs: number | null;
  /** From the start of the request to the response's status line and headers. */
  firstByteMs: number | null;
  /** The whole check, every hop included. */
  totalMs: number;
};

export type Redirect = { url: string; status: number; location: string };

export type ProbeResult = {
  kind: 'result';
  /** The address asked for, normalised (`example.com` → `https://example.com/`). */
  url: string;
  /** The last address fetched (after redirects), or the one that failed. */
  finalUrl: string;
  /** The IP address connected to for the final URL, when it got that far. */
  address: string | null;
  /** HEAD first; GET when the answer is an error (its page tells who wrote it) or HEAD failed. */
  method: 'HEAD' | 'GET';
  status: number | null;
  statusText: string | null;
  httpVersion: string | null;
  /** Response headers as sent, in order. */
  headers: [string, string][];
  /** At most 64 KB of the body (GET only), as text. */
  body: { text: string; bytes: number; truncated: boolean };
  timings: Timings;
  redirects: Redirect[];
  /** What went wrong on the network, in plain words; null when an HTTP answer came back. */
  failure: { kind: FailureKind; message: string } | null;
  /** The evidence analyzer's reading of the response, as `curl -i` would print it. */
  verdict: Pick<Analysis, 'layer' | 'vendor' | 'facts' | 'causes' | 'signals' | 'recognised'>;
};

/** A URL refused before any connection (the API answers 400 with it). */
export type ProbeRefused = { kind: 'refused'; url: string; refusal: { kind: string; reason: string } };
