import { describe, expect, it } from 'vitest';
import { checkUrl } from './probe';
import { parseTarget, vetName, vetUrl } from './target';

function refusalOf(input: string) {
  const checked = checkUrl(input);
  return checked.ok ? null : checked.refusal;
}

describe('parseTarget', () => {
  it('adds https:// to a bare address, as an address bar does', () => {
    const parsed = parseTarget('  example.com/shop?x=1 ');
    expect(parsed.ok && parsed.url.href).toBe('https://example.com/shop?x=1');
    const withPort = parseTarget('example.com:8443/x');
    expect(withPort.ok && withPort.url.href).toBe('https://example.com:8443/x');
    const localhost = parseTarget('localhost:8080');
    expect(localhost.ok && localhost.url.hostname).toBe('localhost');
  });
  it('keeps a scheme that is there, to refuse it', () => {
    for (const [input, protocol] of [
      ['file:///etc/passwd', 'file:'],
      ['file:/etc/passwd', 'file:'],
      ['gopher://example.com:70/_x', 'gopher:'],
      ['javascript:alert(1)', 'javascript:'],
      ['HTTP://EXAMPLE.COM', 'http:'],
    ]) {
      const parsed = parseTarget(input);
      expect(parsed.ok && parsed.url.protocol).toBe(protocol);
    }
  });
  it('refuses what is not an address', () => {
    expect(parseTarget('')).toMatchObject({ ok: false, refusal: { kind: 'invalid' } });
    expect(parseTarget('http://exa mple.com')).toMatchObject({ ok: false, refusal: { kind: 'invalid' } });
    expect(parseTarget(`https://example.com/${'a'.repeat(3000)}`)).toMatchObject({ ok: false, refusal: { kind: 'invalid' } });
  });
});

describe('vetName', () => {
  it.each([
    ['localhost', 'loopback'],
    ['LOCALHOST.', 'loopback'],
    ['app.localhost', 'loopback'],
    ['metadata.google.internal', 'metadata'],
    ['metadata.google.internal.', 'metadata'],
    ['metadata', 'metadata'],
    ['instance-data', 'metadata'],
    ['db.internal', 'name'],
    ['printer.local', 'name'],
    ['router.home.arpa', 'name'],
    ['1.0.0.127.in-addr.arpa', 'name'],
    ['api.default.svc.cluster.local', 'name'],
    ['kubernetes.default', 'name'],
    ['intranet', 'name'],
    ['a..b', 'invalid'],
  ])('refuses %s (%s)', (name, kind) => {
    expect(vetName(name)).toMatchObject({ kind });
  });
  it.each(['example.com', 'example.com.', 'xn--mnchen-3ya.de', 'sub.example.co.uk', 'example.test'])('lets %s be resolved', (name) => {
    expect(vetName(name)).toBeNull();
  });
});

describe('checkUrl: the URL rules, before any DNS or connection', () => {
  it.each([
    'https://example.com/',
    'http://example.com/',
    'example.com',
    'http://example.com:8080/x',
    'https://example.com:8443/x',
    'http://example.com:80/',
    'https://93.184.215.14/',
    'http://[2606:4700:4700::1111]/',
    'https://münchen.de/',
    'https://example.com./',
  ])('accepts %s', (input) => {
    expect(checkUrl(input)).toMatchObject({ ok: true });
  });

  it.each([
    ['file:///etc/passwd', 'scheme'],
    ['gopher://127.0.0.1:6379/_INFO', 'scheme'],
    ['ftp://example.com/', 'scheme'],
    ['ws://example.com/', 'scheme'],
    ['data:text/html,hi', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['http://user:pass@example.com/', 'credentials'],
    ['http://user@example.com/', 'credentials'],
    ['https://:secret@example.com/', 'credentials'],
    ['http://example.com:22/', 'port'],
    ['http://example.com:6379/', 'port'],
    ['https://example.com:3000/', 'port'],
    ['http://example.com:0/', 'port'],
    ['http://127.0.0.1/', 'loopback'],
    ['http://2130706433/', 'loopback'],
    ['http://0x7f000001/', 'loopback'],
    ['http://0177.0.0.1/', 'loopback'],
    ['http://127.1/', 'loopback'],
    ['http://127.0.0.1./', 'loopback'],
    ['http://0/', 'unspecified'],
    ['http://[::1]/', 'loopback'],
    ['http://[::]/', 'unspecified'],
    ['http://[::ffff:127.0.0.1]/', 'loopback'],
    ['http://[::ffff:7f00:1]/', 'loopback'],
    ['http://[64:ff9b::10.0.0.1]/', 'private'],
    ['http://[2002:c0a8:0101::]/', 'private'],
    ['http://169.254.169.254/latest/meta-data/', 'metadata'],
    ['http://[fd00:ec2::254]/latest/meta-data/', 'metadata'],
    ['http://metadata.google.internal/computeMetadata/v1/', 'metadata'],
    ['http://10.0.0.1:8080/', 'private'],
    ['http://100.64.0.1/', 'cgnat'],
    ['http://[fc00::1]/', 'unique-local'],
    ['http://[fe80::1]/', 'link-local'],
    ['http://224.0.0.1/', 'multicast'],
    ['http://255.255.255.255/', 'broadcast'],
    ['http://localhost/', 'loopback'],
    ['http://localhost:8080/', 'loopback'],
    // Full-width and circled letters: IDNA maps them to ASCII before we see the host.
    ['http://ｌｏｃａｌｈｏｓｔ/', 'loopback'],
    ['http://ⓛⓞⓒⓐⓛⓗⓞⓢⓣ/', 'loopback'],
    ['http://１２７.０.０.１/', 'loopback'],
    ['http://127。0。0。1/', 'loopback'],
    // A host hidden after `@`: the part before it is credentials, refused as such.
    ['http://example.com@127.0.0.1/', 'credentials'],
  ])('refuses %s (%s)', (input, kind) => {
    const refusal = refusalOf(input);
    expect(refusal).toMatchObject({ kind });
    expect(refusal?.reason).toBeTruthy();
  });

  it('reads `\\` as `/` in an http URL, as browsers do: the host is the name before it', () => {
    const checked = checkUrl('http://example.com\\@127.0.0.1/');
    expect(checked.ok && checked.url.hostname).toBe('example.com');
  });

  it('checks the host before the port, so the reason says what matters', () => {
    expect(refusalOf('http://127.0.0.1:6379/')?.kind).toBe('loopback');
  });

  it('lifts the address, name and port rules with allowPrivate, never scheme or credentials', () => {
    expect(vetUrl(new URL('http://127.0.0.1:3456/'), { allowPrivate: true })).toMatchObject({
      ok: true,
      host: { kind: 'ip', address: '127.0.0.1' },
      port: 3456,
    });
    expect(vetUrl(new URL('http://localhost:3456/'), { allowPrivate: true })).toMatchObject({
      ok: true,
      host: { kind: 'name', name: 'localhost' },
    });
    expect(vetUrl(new URL('file:///etc/passwd'), { allowPrivate: true })).toMatchObject({ ok: false, refusal: { kind: 'scheme' } });
    expect(vetUrl(new URL('http://a:b@127.0.0.1/'), { allowPrivate: true })).toMatchObject({ ok: false, refusal: { kind: 'credentials' } });
  });
});
