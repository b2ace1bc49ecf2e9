import { expect, test } from '@playwright/test';
import { HtmlValidate, type Message } from 'html-validate';
import { PAGES } from './pages';

// Issue 7, hardening: the HTML the server sends (what a browser without JavaScript, a screen reader
// or a search engine gets) is valid. Every finding is printed with its page; none is silenced
// unless the rule is about style, or the markup is React's and no app code can change it.
const htmlvalidate = new HtmlValidate({
  // "document" adds the whole-page rules: heading-level, input-missing-label, missing-doctype,
  // no-missing-references (aria-labelledby / for= pointing at an id that does not exist).
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // Style, not validity: React writes charSet, fetchPriority, noModule (attribute names are
    // case-insensitive), async="" and hidden="" (valid spellings of a boolean), <meta /> (valid).
    'attr-case': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    // Advice on search-result display, not validity: cause titles are long on purpose.
    'long-title': 'off',
    // Needed: a progress bar's width and an embedder's accent are style attributes (the CSP allows
    // style-src 'unsafe-inline' for the same reason).
    'no-inline-style': 'off',
    // Style: a label that wraps its control and also names it with for= is redundant but valid,
    // and an <input> without type is a text box by definition.
    'no-redundant-for': 'off',
    'no-implicit-input-type': 'off',
    // Not validity: Next's own same-origin chunks carry no integrity=; SRI guards third-party
    // hosts, which the Content-Security-Policy already refuses.
    'require-sri': 'off',
    // HTML allows any id without spaces; the strict form (a letter first) is a CSS-selector
    // preference, and React's useId() ids start with "_R_".
    'valid-id': ['error', { relaxed: true }],
  },
});

/**
 * React renders a form whose action is a server function (the analyzer's JavaScript-off path) as
 * `action=""` plus hidden `$ACTION_` fields, and the browser posts it to the page's own URL. HTML
 * asks for a non-empty URL there, but the app cannot change what React writes without giving up
 * the form's server path, so only that exact finding is set aside.
 */
function reactServerActionForm(message: Message, html: string): boolean {
  return (
    message.ruleId === 'attribute-allowed-values' &&
    message.message === 'Attribute "action" has invalid value ""' &&
    html.slice(message.offset, message.offset + 600).includes('name="$ACTION_')
  );
}

async function findings(html: string, page: string): Promise<string[]> {
  const report = await htmlvalidate.validateString(html, page);
  return report.results
    .flatMap((result) => result.messages)
    .filter((message) => !reactServerActionForm(message, html))
    .map((message) => {
      // The offset points into the element's tag: show it from its "<".
      const start = html.lastIndexOf('<', message.offset);
      const excerpt = html.slice(start, start + 160);
      return `${page} ${message.line}:${message.column} ${message.ruleId}: ${message.message} [${message.selector ?? ''}] ${JSON.stringify(excerpt)}`;
    });
}

function print(found: string[]) {
  for (const finding of found) console.log(finding);
}

for (const kind of PAGES) {
  test(`${kind.name}: ${kind.path}`, async ({ request }) => {
    const response = await request.get(kind.path, { maxRedirects: 0 });
    expect(response.status()).toBe(kind.status ?? 200);
    const found = await findings(await response.text(), kind.path);
    print(found);
    expect(found).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the analyzer’s answer to the posted paste form', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Text', { exact: true }).fill('HTTP/1.1 502 Bad Gateway\nServer: nginx/1.22.1\n\n<img src=x onerror=alert(1)>');
    const posted = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Read it' }).click();
    const response = await posted;
    expect(response.status()).toBe(200);
    await expect(page.locator('#analysis-verdict')).toBeVisible();
    const found = await findings(await response.text(), 'POST / (paste form, JavaScript off)');
    print(found);
    expect(found).toEqual([]);
  });
});
