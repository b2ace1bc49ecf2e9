import { describe, expect, it } from 'vitest';
import { classifyAddress } from './address';
import { parseIp, parseIpv4, parseIpv6 } from './ip';

describe('parseIpv4: every spelling inet_aton and the URL standard accept', () => {
  const loopback: [string, string][] = [
    ['127.0.0.1', 'dotted decimal'],
    ['2130706433', 'one decimal number'],
    ['0x7f000001', 'one hex number'],
    ['0X7F000001', 'hex, upper case'],
    ['017700000001', 'one octal number'],
    ['0177.0.0.1', 'octal first part'],
    ['0x7f.0.0.1', 'hex first part'],
    ['0x7f.0x0.0x0.0x1', 'hex parts'],
    ['0177.0000.0000.0001', 'octal parts with padding'],
    ['127.1', 'two parts'],
    ['127.0.1', 'three parts'],
    ['127.0.0.1.', 'trailing dot'],
    ['0x00000000007f000001', 'hex with many leading zeros'],
  ];
  for (const [text, what] of loopback) {
    it(`${text} (${what}) is 127.0.0.1`, () => {
      expect(Array.from(parseIpv4(text) ?? [])).toEqual([127, 0, 0, 1]);
    });
  }
  it('0 is 0.0.0.0 and 0x is zero', () => {
    expect(Array.from(parseIpv4('0') ?? [])).toEqual([0, 0, 0, 0]);
    expect(Array.from(parseIpv4('0x') ?? [])).toEqual([0, 0, 0, 0]);
  });
  it('reads the last part as the remaining bytes', () => {
    expect(Array.from(parseIpv4('10.65535') ?? [])).toEqual([10, 0, 255, 255]);
    expect(Array.from(parseIpv4('169.254.43518') ?? [])).toEqual([169, 254, 169, 254]);
  });
  for (const text of [
    'example.com',
    '256.0.0.1',
    '1.2.3.4.5',
    '4294967296',
    '08.0.0.1',
    '0x1g.0.0.1',
    '1..2',
    '',
    '.',
    '1.2.3.256',
    '127.16777216',
    '1e3',
    '-1',
  ]) {
    it(`${JSON.stringify(text)} is not an IPv4 address`, () => {
      expect(parseIpv4(text)).toBeNull();
    });
  }
});

describe('parseIpv6', () => {
  it('expands :: and an IPv4 tail', () => {
    expect(Array.from(parseIpv6('::1') ?? [])).toEqual([...new Array(15).fill(0), 1]);
    expect(Array.from(parseIpv6('::ffff:127.0.0.1') ?? [])).toEqual([...new Array(10).fill(0), 255, 255, 127, 0, 0, 1]);
    expect(parseIp('::ffff:127.0.0.1')?.text).toBe('::ffff:7f00:1');
    expect(parseIp('[0:0:0:0:0:0:0:1]')?.text).toBe('::1');
    expect(parseIp('FD00:EC2:0::254')?.text).toBe('fd00:ec2::254');
  });
  it('refuses what is not IPv6', () => {
    expect(parseIpv6('1::2::3')).toBeNull();
    expect(parseIpv6('fe80::1%eth0')).toBeNull();
    expect(parseIpv6('example.com')).toBeNull();
    expect(parseIpv6('::ffff:999.0.0.1')).toBeNull();
  });
});

describe('classifyAddress', () => {
  const refused: [string, string][] = [
    // IPv4 loopback in every spelling
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['2130706433', 'loopback'],
    ['0x7f000001', 'loopback'],
    ['0177.0.0.1', 'loopback'],
    ['127.1', 'loopback'],
    ['127.0.0.1.', 'loopback'],
    ['127.0.0.1..', 'loopback'],
    // unspecified, "this network"
    ['0', 'unspecified'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    // private
    ['10.0.0.1', 'private'],
    ['10.255.255.255', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['0xc0a80101', 'private'],
    // CGNAT, link-local, metadata
    ['100.64.0.1', 'cgnat'],
    ['100.127.255.255', 'cgnat'],
    ['169.254.0.1', 'link-local'],
    ['169.254.169.254', 'metadata'],
    ['2852039166', 'metadata'],
    ['0xa9fea9fe', 'metadata'],
    ['0251.0376.0251.0376', 'metadata'],
    ['169.254.43518', 'metadata'],
    ['100.100.100.200', 'metadata'],
    // reserved, documentation, multicast, broadcast
    ['192.0.0.8', 'reserved'],
    ['192.0.2.1', 'documentation'],
    ['198.51.100.7', 'documentation'],
    ['203.0.113.9', 'documentation'],
    ['192.88.99.1', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['198.19.255.255', 'reserved'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'broadcast'],
    // IPv6
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['::', 'unspecified'],
    ['[::]', 'unspecified'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456::1', 'unique-local'],
    ['fd00:ec2::254', 'metadata'],
    ['[fd00:ec2::254]', 'metadata'],
    ['fd20:ce::254', 'metadata'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['[fe80::1%25eth0]', 'link-local'],
    ['febf::1', 'link-local'],
    ['fec0::1', 'private'],
    ['ff02::1', 'multicast'],
    ['100::1', 'reserved'],
    ['::7f00:1', 'reserved'],
    ['2001:db8::1', 'documentation'],
    ['3fff::1', 'documentation'],
    ['2001::1', 'reserved'],
    ['2001:2::1', 'reserved'],
    ['4000::1', 'reserved'],
    ['64:ff9b:1::a00:1', 'private'],
    // IPv4 inside IPv6: judged by the IPv4 address
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['[::ffff:7f00:1]', 'loopback'],
    ['0:0:0:0:0:ffff:7f00:1', 'loopback'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['::ffff:a9fe:a9fe', 'metadata'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:0:127.0.0.1', 'loopback'],
    ['64:ff9b::127.0.0.1', 'loopback'],
    ['64:ff9b::7f00:1', 'loopback'],
    ['64:ff9b::a00:1', 'private'],
    ['64:ff9b::a9fe:a9fe', 'metadata'],
    ['64:ff9b::c0a8:101', 'private'],
    ['2002:7f00:1::', 'loopback'],
    ['2002:a00:1::1', 'private'],
    ['2002:c0a8:101::', 'private'],
    ['2002:a9fe:a9fe::', 'metadata'],
    ['2002:6440:1::', 'cgnat'],
  ];
  for (const [address, kind] of refused) {
    it(`refuses ${address} as ${kind}`, () => {
      const verdict = classifyAddress(address);
      expect(verdict).toMatchObject({ allowed: false, kind });
      expect(verdict && !verdict.allowed && verdict.reason.length).toBeGreaterThan(10);
    });
  }

  const allowed: [string, string][] = [
    ['93.184.215.14', '93.184.215.14'],
    ['8.8.8.8', '8.8.8.8'],
    ['1.1.1.1', '1.1.1.1'],
    ['134744072', '8.8.8.8'],
    ['172.15.255.255', '172.15.255.255'],
    ['172.32.0.1', '172.32.0.1'],
    ['100.63.255.255', '100.63.255.255'],
    ['100.128.0.1', '100.128.0.1'],
    ['169.253.1.1', '169.253.1.1'],
    ['192.169.0.1', '192.169.0.1'],
    ['223.255.255.255', '223.255.255.255'],
    ['2606:4700:4700::1111', '2606:4700:4700::1111'],
    ['[2a00:1450:4001:82b::200e]', '2a00:1450:4001:82b::200e'],
    // A public IPv4 inside IPv6: mapped connects over IPv4, NAT64 and 6to4 keep the IPv6 address.
    ['::ffff:8.8.8.8', '8.8.8.8'],
    ['64:ff9b::808:808', '64:ff9b::808:808'],
    ['2002:808:808::1', '2002:808:808::1'],
  ];
  for (const [address, connectTo] of allowed) {
    it(`allows ${address}`, () => {
      expect(classifyAddress(address)).toMatchObject({ allowed: true, address: connectTo });
    });
  }

  it('says nothing about names', () => {
    expect(classifyAddress('example.com')).toBeNull();
    expect(classifyAddress('localhost')).toBeNull();
    expect(classifyAddress('1.2.3.4.example')).toBeNull();
  });

  it('names the address and the rule in its reason', () => {
    const verdict = classifyAddress('0x7f000001');
    expect(verdict).toMatchObject({ allowed: false, address: '127.0.0.1' });
    expect(verdict && !verdict.allowed && verdict.reason).toMatch(/127\.0\.0\.1 is a loopback address/);
    const mapped = classifyAddress('::ffff:a9fe:a9fe');
    expect(mapped && !mapped.allowed && mapped.reason).toBe(
      '::ffff:a9fe:a9fe is an IPv4-mapped IPv6 address for 169.254.169.254, the cloud metadata service (AWS, Azure, Google Cloud, Oracle, DigitalOcean…)',
    );
  });
});
