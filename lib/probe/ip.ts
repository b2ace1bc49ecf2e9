// IP literals in every spelling a URL, a resolver or an attacker may use, read into bytes. Pure:
// no I/O. The WHATWG URL parser already normalises most spellings; this is the second, independent
// reading that the address rules rely on, so a host that slips past one still meets the other.
import { isIP } from 'node:net';

export type Ip = { family: 4 | 6; bytes: Uint8Array; text: string };

/** One part of a legacy IPv4 address: decimal, `0x` hex or `0`-led octal, as inet_aton and WHATWG read it. */
function ipv4Part(part: string): number | null {
  if (part === '') return null;
  let radix = 10;
  let digits = part;
  if (/^0x/i.test(part)) {
    radix = 16;
    digits = part.slice(2);
    if (digits === '') return 0; // WHATWG reads a bare "0x" as zero
  } else if (part.length > 1 && part.startsWith('0')) {
    radix = 8;
    digits = part.slice(1);
  }
  const valid = radix === 16 ? /^[0-9a-f]+$/i : radix === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
  if (!valid.test(digits)) return null;
  // Leading zeros are free; more significant digits than 2^32 needs cannot be an address.
  const significant = digits.replace(/^0+/, '');
  if (significant.length > 11) return null;
  return significant === '' ? 0 : Number.parseInt(significant, radix);
}

/**
 * IPv4 as `inet_aton` and the WHATWG URL standard accept it: 1 to 4 parts, each decimal, hex or
 * octal, the last filling the remaining bytes: `2130706433`, `0x7f000001`, `0177.0.0.1`, `127.1`,
 * `0`. One trailing dot is allowed (`127.0.0.1.`). Returns null for anything else.
 */
export function parseIpv4(text: string): Uint8Array | null {
  const parts = text.split('.');
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  if (parts.length === 0 || parts.length > 4) return null;
  const numbers = parts.map(ipv4Part);
  if (numbers.some((n) => n === null)) return null;
  const last = numbers.pop() as number;
  if (numbers.some((n) => (n as number) > 255)) return null;
  if (last >= 256 ** (5 - parts.length)) return null;
  let value = last;
  numbers.forEach((n, i) => {
    value += (n as number) * 256 ** (3 - i);
  });
  return new Uint8Array([value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255]);
}

/** IPv6 in any valid spelling (`::`, a dotted IPv4 tail), zone id excluded, as 16 bytes; else null. */
export function parseIpv6(text: string): Uint8Array | null {
  if (text.includes('%') || isIP(text) !== 6) return null;
  let s = text;
  const tailStart = s.lastIndexOf(':') + 1;
  const tail = s.slice(tailStart);
  if (tail.includes('.')) {
    if (isIP(tail) !== 4) return null;
    const [a, b, c, d] = tail.split('.').map(Number);
    s = `${s.slice(0, tailStart)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const rest = halves.length === 2 ? (halves[1] ? halves[1].split(':') : []) : null;
  const groups = rest === null ? head : [...head, ...new Array<string>(8 - head.length - rest.length).fill('0'), ...rest];
  if (groups.length !== 8) return null;
  const bytes = new Uint8Array(16);
  groups.forEach((group, i) => {
    const value = Number.parseInt(group, 16);
    bytes[i * 2] = value >> 8;
    bytes[i * 2 + 1] = value & 255;
  });
  return bytes;
}

export function ipv4Text(bytes: Uint8Array): string {
  return Array.from(bytes).join('.');
}

/** The canonical (RFC 5952, as the URL standard prints it) text of 16 IPv6 bytes. */
export function ipv6Text(bytes: Uint8Array): string {
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i] << 8) | bytes[i + 1]).toString(16));
  return new URL(`http://[${groups.join(':')}]/`).hostname.slice(1, -1);
}

/**
 * Reads a host as an IP literal, whatever its spelling: brackets, trailing dots, legacy IPv4 forms,
 * IPv6 with an IPv4 tail. Returns null for a name (or a zone-scoped IPv6, which `zoned` reports).
 */
export function parseIp(host: string): Ip | null {
  let text = host.trim();
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1);
  text = text.replace(/\.+$/, '');
  const v6 = parseIpv6(text);
  if (v6) return { family: 6, bytes: v6, text: ipv6Text(v6) };
  const v4 = parseIpv4(text);
  if (v4) return { family: 4, bytes: v4, text: ipv4Text(v4) };
  return null;
}

/** True for an IPv6 literal with a zone id (`fe80::1%eth0`): scoped to one of our own interfaces. */
export function zoned(host: string): boolean {
  const text = host.replace(/^\[|\]$/g, '');
  return text.includes('%') && isIP(text.split('%')[0]) === 6;
}
