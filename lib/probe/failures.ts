// Network failures are results, not errors: each is told in plain words, for a visitor as much as
// for an owner. The kinds are part of the API's answer (`failure.kind`).
import type { FailureKind } from './types';

export type Phase = 'dns' | 'connect' | 'tls' | 'response' | 'body';

export type Failure = { kind: FailureKind; message: string; code?: string };

const TLS_WORDS: Record<string, string> = {
  CERT_HAS_EXPIRED: 'its certificate has expired',
  CERT_NOT_YET_VALID: 'its certificate is not valid yet (check the server’s clock and the certificate dates)',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its certificate is self-signed, which browsers do not trust',
  SELF_SIGNED_CERT_IN_CHAIN: 'its certificate chain ends in a self-signed certificate, which browsers do not trust',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its certificate chain is incomplete (the intermediate certificate is missing)',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'its certificate comes from an authority we do not know, or the chain is incomplete',
  UNABLE_TO_GET_ISSUER_CERT: 'its certificate comes from an authority we do not know, or the chain is incomplete',
  CERT_REVOKED: 'its certificate has been revoked',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its certificate is for a different name',
  ERR_SSL_WRONG_VERSION_NUMBER: 'it does not speak TLS on that port (plain HTTP on an https address?)',
  ERR_SSL_TLSV1_ALERT_INTERNAL_ERROR: 'the server ended the handshake with an internal error (no certificate for this name?)',
  ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE: 'the server refused the handshake (no certificate for this name, or no common cipher)',
  ERR_SSL_TLSV1_UNRECOGNIZED_NAME: 'the server has no certificate for this name',
};

function seconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} second${s === 1 ? '' : 's'}`;
}

/**
 * Turns what went wrong into a kind and a sentence. `where` names the site for a person
 * (`example.com`, or `example.com:8443`); `phase` is how far the exchange got.
 */
export function describeFailure(
  error: NodeJS.ErrnoException,
  phase: Phase,
  where: string,
  limits: { connectMs: number; totalMs: number },
): Failure {
  const code = error.code ?? '';
  if (code === 'PROBE_DNS_TIMEOUT') return { kind: 'timeout', code, message: `The name ${where} got no DNS answer in time.` };
  if (code === 'ENOTFOUND' || code === 'ENODATA' || code === 'EAI_NONAME' || code === 'EAI_NODATA') {
    return {
      kind: 'dns',
      code,
      message: `The name ${where} does not resolve: DNS has no address for it. Check the spelling; if it is right, the site’s DNS is broken.`,
    };
  }
  if (code === 'EAI_AGAIN' || code === 'ESERVFAIL' || code === 'ETIMEOUT') {
    return { kind: 'dns', code, message: `DNS could not answer for ${where} (a temporary failure of its name servers, or of ours).` };
  }
  if (code === 'PROBE_CONNECT_TIMEOUT') {
    return { kind: 'timeout', code, message: `Nothing answered the connection to ${where} within ${seconds(limits.connectMs)}.` };
  }
  if (code === 'PROBE_TIMEOUT') {
    const what =
      phase === 'tls'
        ? 'the secure (TLS) handshake did not finish'
        : phase === 'connect'
          ? 'nothing answered the connection'
          : 'it accepted the connection but sent no answer';
    return { kind: 'timeout', code, message: `At ${where}, ${what} within ${seconds(limits.totalMs)} in all.` };
  }
  if (code === 'ECONNREFUSED') {
    return { kind: 'refused', code, message: `Nothing is listening at ${where}: the connection was refused.` };
  }
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'EADDRNOTAVAIL' || code === 'EAFNOSUPPORT') {
    return { kind: 'unreachable', code, message: `${where} cannot be reached from our server: no network route to its address.` };
  }
  const tls = TLS_WORDS[code];
  if (tls || phase === 'tls' || code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_') || /certificate|ssl|tls/i.test(error.message)) {
    return {
      kind: 'tls',
      code,
      message: `The secure (TLS) connection to ${where} failed: ${tls ?? error.message.replace(/^.*?:\s*/, '')}.`,
    };
  }
  if (code.startsWith('HPE_')) {
    const what = code === 'HPE_HEADER_OVERFLOW' ? 'response headers too large to read' : 'something that is not valid HTTP';
    return { kind: 'protocol', code, message: `${where} answered with ${what}.` };
  }
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET') {
    const closed = /hang up/i.test(error.message);
    return {
      kind: 'reset',
      code,
      message: closed
        ? `${where} accepted the connection, then closed it without answering.`
        : `The connection to ${where} was reset before it answered.`,
    };
  }
  return { kind: 'other', code: code || undefined, message: `The check of ${where} failed: ${error.message}.` };
}
