import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScripts, pinInlineScripts } from './policy.mjs';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const POLICY = "default-src 'self'; script-src 'self' 'strict-dynamic'; object-src 'none'; frame-ancestors 'none'";

// The shape of what Next writes: external chunks, its inline data, a JSON data block.
const PAGE = [
  '<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body>',
  '<h1>Which layer returned the 502?</h1>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"0:{\\"nonce\\":\\"$undefined\\"}\\n"])</script>',
  '<script type="application/ld+json">{"@type":"HowTo"}</script>',
  '<script type="module">import("/_next/static/chunks/b.js")</script>',
  '</body></html>',
].join('');

describe('pinInlineScripts', () => {
  it('names every inline runnable script by its SHA-256 and nothing else', () => {
    const scriptSrc = pinInlineScripts(PAGE, POLICY)
      ?.split('; ')
      .find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe(
      [
        "script-src 'self'",
        sha256('(self.__next_f=self.__next_f||[]).push([0])'),
        sha256('self.__next_f.push([1,"0:{\\"nonce\\":\\"$undefined\\"}\\n"])'),
        sha256('import("/_next/static/chunks/b.js")'),
      ].join(' '),
    );
  });

  it("drops 'strict-dynamic' and any nonce, and leaves the other directives alone", () => {
    const pinned = pinInlineScripts(PAGE, POLICY.replace("'self' 'strict-dynamic'", "'self' 'nonce-abc' 'strict-dynamic'"));
    expect(pinned).not.toMatch(/strict-dynamic|nonce-/);
    expect(pinned).toMatch(/^default-src 'self'; script-src 'self' 'sha256-/);
    expect(pinned).toMatch(/; object-src 'none'; frame-ancestors 'none'$/);
  });

  it('refuses a page that was rendered with a nonce after all', () => {
    expect(pinInlineScripts(PAGE.replace('<script>', '<script nonce="abc">'), POLICY)).toBeUndefined();
    expect(pinInlineScripts(PAGE.replace('\\"nonce\\":\\"$undefined\\"', '\\"nonce\\":\\"abc\\"'), POLICY)).toBeUndefined();
  });

  it('gives the same policy for the same bytes, and another for other bytes', () => {
    expect(pinInlineScripts(PAGE, POLICY)).toEqual(pinInlineScripts(PAGE, POLICY));
    expect(pinInlineScripts(PAGE.replace('[0]', '[1]'), POLICY)).not.toBe(pinInlineScripts(PAGE, POLICY));
  });
});

describe('inlineScripts', () => {
  it('skips scripts with a src and data blocks', () => {
    expect(inlineScripts(PAGE)).toHaveLength(3);
    expect(inlineScripts('<script src="/x.js"></script><script type="text/plain">no</script>')).toEqual([]);
    expect(inlineScripts('<SCRIPT TYPE="text/javascript">yes</SCRIPT >')).toEqual(['yes']);
  });
});
