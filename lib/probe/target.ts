// Which URLs the site check may fetch, decided before any DNS lookup or connection: http and https
// only, the usual web ports, no credentials, and a host that is a public address or a public-looking
// name (names are checked again, by address, once resolved: see resolve.ts). Pure: no I/O.
import { type AddressKind, classifyAddress } from './address';

/** The ports a public website answers on; anything else is a service the check has no business with. */
export const ALLOWED_PORTS: readonly number[] = [80, 443, 8080, 8443];

/** The longest address we take, as browsers and CDNs commonly cap URLs near this. */
export const MAX_URL_LENGTH = 2048;

export type RefusalKind = AddressKind | 'invalid' | 'scheme' | 'credentials' | 'port' | 'name';
export type Refusal = { kind: RefusalKind; reason: string };

/** A vetted host: either an address to connect to, or a name still to resolve (and vet again). */
export type VettedHost = { kind: 'ip'; address: string; family: 4 | 6 } | { kind: 'name'; name: string };
export type Vetted = { ok: true; url: URL; host: VettedHost; port: number } | { ok: false; refusal: Refusal };

/**
 * Options for vetting one URL. `allowPrivate` lifts the address, name and port rules (never the
 * scheme or credential rules): for tests against servers on loopback only. See README.md.
 */
export type VetOptions = { allowPrivate?: boolean };

// Names that reach the cloud provider's metadata service or our own machine, whatever DNS says.
const METADATA_NAMES = new Set(['metadata.google.internal', 'metadata.goog', 'metadata', 'instance-data']);
// Names a cluster's own DNS answers with internal addresses.
const INTERNAL_NAMES = new Set(['kubernetes.default', 'kubernetes']);
// Suffixes that only mean something inside a private network (RFC 6762, RFC 8375, de facto ones).
const PRIVATE_SUFFIXES = ['localhost', 'local', 'localdomain', 'internal', 'intranet', 'lan', 'home.arpa', 'arpa', 'svc', 'cluster.local'];

const refuse = (kind: RefusalKind, reason: string): { ok: false; refusal: Refusal } => ({ ok: false, refusal: { kind, reason } });

/**
 * Reads what a person typed as a URL. A bare `example.com/path` gets `https://` in front, as a
 * browser's address bar would; anything with a scheme keeps it (and `file:`, `gopher:` are refused).
 */
export function parseTarget(input: string): { ok: true; url: URL } | { ok: false; refusal: Refusal } {
  const text = input.trim();
  if (!text) return refuse('invalid', 'the address is empty');
  if (text.length > MAX_URL_LENGTH) return refuse('invalid', `the address is longer than ${MAX_URL_LENGTH} characters`);
  // `scheme://…`, or `scheme:` not followed by a port number (`file:/etc/passwd`, `javascript:…`).
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^[a-z][a-z0-9+.-]*:(?!\d+(?:[/?#]|$))/i.test(text);
  try {
    return { ok: true, url: new URL(hasScheme ? text : `https://${text}`) };
  } catch {
    return refuse('invalid', 'it is not a web address we can read; write it like https://example.com/page');
  }
}

/** Why a host name is refused before it is even resolved, or null when it may be resolved. */
export function vetName(hostname: string): Refusal | null {
  const name = hostname.toLowerCase().replace(/\.+$/, '');
  if (name.length > 253 || name.split('.').some((label) => label.length === 0 || label.length > 63)) {
    return { kind: 'invalid', reason: `"${hostname}" is not a valid host name` };
  }
  if (METADATA_NAMES.has(name)) {
    return { kind: 'metadata', reason: `${name} is a cloud metadata service name` };
  }
  if (name === 'localhost' || name.endsWith('.localhost')) return { kind: 'loopback', reason: `${name} is our own server` };
  if (!name.includes('.')) {
    return {
      kind: 'name',
      reason: `"${name}" has no dot: our server’s own network could resolve it to an internal machine. Use the full name, like ${name}.com`,
    };
  }
  if (INTERNAL_NAMES.has(name)) return { kind: 'name', reason: `${name} is a name inside a Kubernetes cluster` };
  const suffix = PRIVATE_SUFFIXES.find((s) => name === s || name.endsWith(`.${s}`));
  if (suffix) return { kind: 'name', reason: `${name} ends in .${suffix}, a name used only inside private networks` };
  return null;
}

/** The port a URL connects to: its own, or its scheme's default. */
export function portOf(url: URL): number {
  return url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
}

/**
 * Vets one URL (the first one, or a redirect's target): scheme, credentials, host, port, in that
 * order, so the reason given is the most telling one. Names pass here and are vetted by address
 * once resolved (resolve.ts); IP literals are vetted here, in whatever spelling they came.
 */
export function vetUrl(url: URL, options: VetOptions = {}): Vetted {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return refuse('scheme', `only http and https addresses can be checked, not ${url.protocol.replace(/:$/, '')}:`);
  }
  if (url.username || url.password) {
    return refuse('credentials', 'the address carries a user name or password; remove them (the check never sends credentials)');
  }
  const port = portOf(url);
  const hostname = url.hostname;
  const address = classifyAddress(hostname);
  let host: VettedHost;
  if (address) {
    if (!address.allowed && !options.allowPrivate) return refuse(address.kind, address.reason);
    // Allowed, or a test's loopback: connect to the address as read, in its canonical form.
    host = address.allowed ? { kind: 'ip', address: address.address, family: address.family } : ipHost(address.address);
  } else {
    const refusal = options.allowPrivate ? null : vetName(hostname);
    if (refusal) return { ok: false, refusal };
    host = { kind: 'name', name: hostname.replace(/\.+$/, '') };
  }
  if (!ALLOWED_PORTS.includes(port) && !options.allowPrivate) {
    return refuse('port', `port ${port} is not a web port; the check only connects to ports ${ALLOWED_PORTS.join(', ')}`);
  }
  return { ok: true, url, host, port };
}

function ipHost(address: string): VettedHost {
  return { kind: 'ip', address, family: address.includes(':') ? 6 : 4 };
}
