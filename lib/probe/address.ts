// Which IP addresses the site check may connect to: public unicast only. A pure function over the
// IANA special-purpose registries (RFC 6890 and successors), the cloud metadata endpoints, and the
// IPv6 forms that carry an IPv4 address inside (mapped, translated, NAT64, 6to4), which are judged
// by the IPv4 address they carry. Everything is refused unless it is plainly public.
import { BlockList } from 'node:net';
import { type Ip, ipv4Text, parseIp, zoned } from './ip';

export type AddressKind =
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'cgnat'
  | 'unique-local'
  | 'multicast'
  | 'unspecified'
  | 'broadcast'
  | 'reserved'
  | 'documentation'
  | 'metadata';

export type AddressVerdict =
  | { allowed: true; address: string; family: 4 | 6 }
  | {
      allowed: false;
      address: string;
      kind: AddressKind;
      /** What the address is, e.g. `a loopback address, which is our own server`. */
      what: string;
      /** The whole sentence: `127.0.0.1 is a loopback address, which is our own server`. */
      reason: string;
    };

type Range = { network: string; prefix: number; kind: AddressKind; what: string };

// Order matters: the first match names the reason, so the narrow ranges come first.
const V4: Range[] = [
  {
    network: '169.254.169.254',
    prefix: 32,
    kind: 'metadata',
    what: 'the cloud metadata service (AWS, Azure, Google Cloud, Oracle, DigitalOcean…)',
  },
  { network: '100.100.100.200', prefix: 32, kind: 'metadata', what: 'the cloud metadata service (Alibaba Cloud)' },
  { network: '255.255.255.255', prefix: 32, kind: 'broadcast', what: 'the broadcast address' },
  { network: '0.0.0.0', prefix: 8, kind: 'unspecified', what: '"this network" (0.0.0.0/8), which means our own server' },
  { network: '127.0.0.0', prefix: 8, kind: 'loopback', what: 'a loopback address, which is our own server' },
  { network: '10.0.0.0', prefix: 8, kind: 'private', what: 'a private network address (10.0.0.0/8)' },
  { network: '172.16.0.0', prefix: 12, kind: 'private', what: 'a private network address (172.16.0.0/12)' },
  { network: '192.168.0.0', prefix: 16, kind: 'private', what: 'a private network address (192.168.0.0/16)' },
  {
    network: '100.64.0.0',
    prefix: 10,
    kind: 'cgnat',
    what: 'a carrier-grade NAT address (100.64.0.0/10), shared inside a provider’s network',
  },
  { network: '169.254.0.0', prefix: 16, kind: 'link-local', what: 'a link-local address (169.254.0.0/16)' },
  { network: '192.0.0.0', prefix: 24, kind: 'reserved', what: 'an IETF protocol address (192.0.0.0/24)' },
  { network: '192.0.2.0', prefix: 24, kind: 'documentation', what: 'a documentation address (192.0.2.0/24)' },
  { network: '198.51.100.0', prefix: 24, kind: 'documentation', what: 'a documentation address (198.51.100.0/24)' },
  { network: '203.0.113.0', prefix: 24, kind: 'documentation', what: 'a documentation address (203.0.113.0/24)' },
  { network: '192.88.99.0', prefix: 24, kind: 'reserved', what: 'the old 6to4 relay range (192.88.99.0/24)' },
  { network: '198.18.0.0', prefix: 15, kind: 'reserved', what: 'a benchmarking address (198.18.0.0/15)' },
  { network: '224.0.0.0', prefix: 4, kind: 'multicast', what: 'a multicast address (224.0.0.0/4)' },
  { network: '240.0.0.0', prefix: 4, kind: 'reserved', what: 'a reserved address (240.0.0.0/4)' },
];

const V6: Range[] = [
  { network: '::', prefix: 128, kind: 'unspecified', what: 'the unspecified address (::), which means our own server' },
  { network: '::1', prefix: 128, kind: 'loopback', what: 'the IPv6 loopback address, which is our own server' },
  { network: 'fd00:ec2::254', prefix: 128, kind: 'metadata', what: 'the cloud metadata service (AWS, over IPv6)' },
  { network: 'fd20:ce::254', prefix: 128, kind: 'metadata', what: 'the cloud metadata service (Google Cloud, over IPv6)' },
  { network: 'fd00:c1::a9fe:a9fe', prefix: 128, kind: 'metadata', what: 'the cloud metadata service (Oracle Cloud, over IPv6)' },
  { network: 'fc00::', prefix: 7, kind: 'unique-local', what: 'a unique-local address (fc00::/7), IPv6’s private range' },
  { network: 'fe80::', prefix: 10, kind: 'link-local', what: 'a link-local address (fe80::/10)' },
  { network: 'fec0::', prefix: 10, kind: 'private', what: 'a site-local address (fec0::/10)' },
  { network: 'ff00::', prefix: 8, kind: 'multicast', what: 'a multicast address (ff00::/8)' },
  { network: '::', prefix: 96, kind: 'reserved', what: 'an IPv4-compatible address (::/96), long deprecated' },
  { network: '100::', prefix: 64, kind: 'reserved', what: 'a discard-only address (100::/64)' },
  { network: '64:ff9b:1::', prefix: 48, kind: 'private', what: 'a local-use NAT64 address (64:ff9b:1::/48)' },
  { network: '2001::', prefix: 32, kind: 'reserved', what: 'a Teredo tunnel address (2001::/32), which hides the IPv4 address it reaches' },
  { network: '2001:db8::', prefix: 32, kind: 'documentation', what: 'a documentation address (2001:db8::/32)' },
  { network: '2001::', prefix: 23, kind: 'reserved', what: 'an IETF protocol address (2001::/23)' },
  { network: '3fff::', prefix: 20, kind: 'documentation', what: 'a documentation address (3fff::/20)' },
];

type Compiled = Range & { list: BlockList };

function compile(ranges: Range[], family: 'ipv4' | 'ipv6'): Compiled[] {
  return ranges.map((range) => {
    const list = new BlockList();
    list.addSubnet(range.network, range.prefix, family);
    return { ...range, list };
  });
}

const V4_RULES = compile(V4, 'ipv4');
const V6_RULES = compile(V6, 'ipv6');
/** 2000::/3: the only IPv6 range handed out for public unicast. */
const GLOBAL_UNICAST = (() => {
  const list = new BlockList();
  list.addSubnet('2000::', 3, 'ipv6');
  return list;
})();

/** The IPv6 forms that carry an IPv4 address, and where it sits in the 16 bytes. */
const EMBEDDING: { name: string; prefix: number[]; at: number }[] = [
  { name: 'an IPv4-mapped IPv6 address', prefix: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff], at: 12 },
  { name: 'an IPv4-translated IPv6 address', prefix: [0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0], at: 12 },
  { name: 'a NAT64 address', prefix: [0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0], at: 12 },
  { name: 'a 6to4 address', prefix: [0x20, 0x02], at: 2 },
];

function embedded(bytes: Uint8Array): { name: string; v4: Uint8Array } | null {
  for (const form of EMBEDDING) {
    if (form.prefix.every((byte, i) => bytes[i] === byte)) return { name: form.name, v4: bytes.slice(form.at, form.at + 4) };
  }
  return null;
}

function refused(address: string, kind: AddressKind, what: string): AddressVerdict {
  return { allowed: false, address, kind, what, reason: `${address} is ${what}` };
}

function classifyV4(text: string): AddressVerdict {
  const rule = V4_RULES.find((r) => r.list.check(text, 'ipv4'));
  return rule ? refused(text, rule.kind, rule.what) : { allowed: true, address: text, family: 4 };
}

function classifyIp(ip: Ip): AddressVerdict {
  if (ip.family === 4) return classifyV4(ip.text);
  const inner = embedded(ip.bytes);
  if (inner) {
    const v4 = classifyV4(ipv4Text(inner.v4));
    if (v4.allowed) {
      // Mapped and translated forms are IPv4 on the wire: connect to the IPv4 address itself.
      return inner.name.includes('mapped') || inner.name.includes('translated') ? v4 : { allowed: true, address: ip.text, family: 6 };
    }
    return refused(ip.text, v4.kind, `${inner.name} for ${v4.address}, ${v4.what}`);
  }
  const rule = V6_RULES.find((r) => r.list.check(ip.text, 'ipv6'));
  if (rule) return refused(ip.text, rule.kind, rule.what);
  if (!GLOBAL_UNICAST.check(ip.text, 'ipv6')) return refused(ip.text, 'reserved', 'not a public unicast address (outside 2000::/3)');
  return { allowed: true, address: ip.text, family: 6 };
}

/**
 * Whether the site check may connect to this address, in any spelling (`2130706433`, `0x7f000001`,
 * `0177.0.0.1`, `127.1`, `[::ffff:7f00:1]`, `64:ff9b::a00:1`, `2002:a00:1::`…). Returns the
 * address to connect to when allowed, and the plain reason when not. Not an IP literal: null.
 */
export function classifyAddress(host: string): AddressVerdict | null {
  if (zoned(host)) return refused(host, 'link-local', 'scoped to one of our own network interfaces');
  const ip = parseIp(host);
  return ip ? classifyIp(ip) : null;
}
