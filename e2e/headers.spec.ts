import { createHash } from 'node:crypto';
import { type APIResponse, expect, test } from '@playwright/test';
import { HtmlValidate, Parser } from 'html-validate';
import { watchPolicy } from './helpers';
import { API_ERRORS, PAGES, type PageKind, VISITOR_REDIRECTS } from './pages';

// Issue 7, hardening: the headers every response carries, and a Content-Security-Policy that
// actually lets the app run (a nonce on every script Next writes, or for a page the page cache
// keeps for everyone, every inline script's hash; no violation in the browser).

type Policy = Map<string, string[]>;

/** Every Content-Security-Policy header of a response, each as directive → values. */
function policiesOf(response: APIResponse): Policy[] {
  return response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === 'content-security-policy')
    .map((h) => {
      const policy: Policy = new Map();
      for (const part of h.value.split(';')) {
        const [name, ...values] = part.trim().split(/\s+/);
        // The first occurrence of a directive wins (CSP3 §2.2.1).
        if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), values);
      }
      return policy;
    });
}

const scriptSrc = (policy: Policy) => policy.get('script-src') ?? policy.get('default-src');

const validator = new HtmlValidate();
/** The `<script>` elements of a page, read by an HTML parser (not a regular expression). */
async function scriptsOf(html: string) {
  const parser = new Parser(await validator.getConfigFor('page.html'));
  return parser
    .parseHtml(html)
    .querySelectorAll('script')
    .map((s) => ({
      nonce: s.getAttributeValue('nonce'),
      src: s.getAttributeValue('src'),
      type: s.getAttributeValue('type'),
      text: s.textContent,
    }));
}

/** Headers every answer carries, whatever it is: returns what is wrong, in words. */
function commonProblems(response: APIResponse): string[] {
  const h = response.headers();
  const problems: string[] = [];
  if (h['x-content-type-options'] !== 'nosniff') problems.push(`X-Content-Type-Options is ${h['x-content-type-options']}, not nosniff`);
  if (!h['referrer-policy'] || /unsafe-url|no-referrer-when-downgrade/.test(h['referrer-policy']))
    problems.push(`Referrer-Policy is ${h['referrer-policy']}`);
  if (!h['permissions-policy']) problems.push('no Permissions-Policy');
  if (h['x-powered-by'] !== undefined) problems.push(`X-Powered-By: ${h['x-powered-by']}`);
  if (h['set-cookie'] !== undefined) problems.push(`Set-Cookie: ${h['set-cookie']}`);
  for (const policy of policiesOf(response)) {
    for (const [directive, values] of policy) if (values.includes("'unsafe-eval'")) problems.push(`CSP ${directive} allows 'unsafe-eval'`);
  }
  return problems;
}

/** An HTML page's policy: a nonce on every script, framing, and the rest of a strict CSP. */
async function htmlProblems(response: APIResponse, kind: Pick<PageKind, 'framable'>): Promise<{ problems: string[]; nonce?: string }> {
  const problems = commonProblems(response);
  const h = response.headers();
  const policies = policiesOf(response);
  if (!policies.length) return { problems: [...problems, 'no Content-Security-Policy'] };
  const withScripts = policies.find((p) => scriptSrc(p));
  const sources = withScripts ? scriptSrc(withScripts)! : [];
  const nonces = sources.filter((s) => /^'nonce-[A-Za-z0-9+/_=-]+'$/.test(s)).map((s) => s.slice(7, -1));
  const hashes = sources.filter((s) => /^'sha(256|384|512)-/.test(s));
  if (!nonces.length && !hashes.length) problems.push(`script-src has neither a nonce nor hashes: ${sources.join(' ') || '(none)'}`);
  if (sources.includes("'unsafe-inline'") && !nonces.length && !hashes.length) problems.push("script-src allows 'unsafe-inline'");
  const objectSrc =
    policies.find((p) => p.has('object-src'))?.get('object-src') ?? policies.find((p) => p.has('default-src'))?.get('default-src');
  if (objectSrc?.join(' ') !== "'none'") problems.push(`object-src is ${objectSrc?.join(' ') ?? 'unset'}, not 'none'`);
  if (!policies.some((p) => p.has('base-uri'))) problems.push('no base-uri (a injected <base> could redirect every relative script)');

  const nonce = nonces[0];
  const strictDynamic = sources.includes("'strict-dynamic'");
  for (const script of await scriptsOf(await response.text())) {
    // Data blocks (JSON, JSON-LD) are never executed, so need no nonce.
    if (script.type && !/^(text\/javascript|module|application\/javascript)$/i.test(script.type)) continue;
    const shown = `<script ${script.src ? `src="${script.src}"` : `>${script.text.slice(0, 60)}…`}>`;
    if (nonce !== undefined) {
      // With 'strict-dynamic', 'self' no longer covers a parser-inserted <script src>: it needs the nonce too.
      if (script.nonce !== nonce) problems.push(`${shown} has nonce ${script.nonce ?? '(none)'}, not the policy's`);
    } else if (script.src) {
      // A page kept for everyone (lib/page-cache): its files come from 'self', which 'strict-dynamic' would void.
      if (strictDynamic || !sources.includes("'self'") || !script.src.startsWith('/')) problems.push(`${shown} is not allowed by 'self'`);
    } else if (!hashes.includes(`'sha256-${createHash('sha256').update(script.text).digest('base64')}'`)) {
      problems.push(`${shown} has no hash in the policy`);
    }
  }

  const ancestors = policies.find((p) => p.has('frame-ancestors'))?.get('frame-ancestors');
  if (kind.framable) {
    if (!ancestors || ancestors.includes("'none'"))
      problems.push(`/embed cannot be framed: frame-ancestors ${ancestors?.join(' ') ?? 'unset'}`);
    if (h['x-frame-options'] !== undefined) problems.push(`/embed sends X-Frame-Options: ${h['x-frame-options']}`);
  } else {
    if (ancestors?.join(' ') !== "'none'") problems.push(`frame-ancestors is ${ancestors?.join(' ') ?? 'unset'}, not 'none'`);
    if (h['x-frame-options'] !== 'DENY') problems.push(`X-Frame-Options is ${h['x-frame-options']}, not DENY`);
  }
  return { problems, nonce };
}

test.describe('every kind of page', () => {
  for (const kind of PAGES) {
    test(`${kind.name}: ${kind.path}`, async ({ request }) => {
      const response = await request.get(kind.path, { maxRedirects: 0 });
      expect(response.status(), `${kind.path} answers with its own status, not a redirect or an error`).toBe(kind.status ?? 200);
      expect(response.headers()['content-type']).toMatch(/^text\/html/);
      const { problems, nonce } = await htmlProblems(response, kind);

      const cache = response.headers()['cache-control'] ?? '';
      if (kind.step) {
        // A pure function of its URL: a CDN may keep it by URL.
        if (!/\bs-maxage=[1-9]/.test(cache) || /\b(private|no-store)\b/.test(cache))
          problems.push(`a step page a CDN cannot cache by URL: Cache-Control: ${cache}`);
      }

      // A fresh nonce for every answer: a nonce that repeats is one an attacker can read first.
      const again = await htmlProblems(await request.get(kind.path, { maxRedirects: 0 }), kind);
      if (nonce && again.nonce === nonce) problems.push(`the same nonce twice: ${nonce}`);

      expect(problems, `${kind.name} ${kind.path}`).toEqual([]);
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the analyzer’s answer to the posted paste form', async ({ page }) => {
      await page.goto('/');
      await page.getByLabel('Text', { exact: true }).fill('HTTP/1.1 502 Bad Gateway\nServer: nginx\n');
      const posted = page.waitForResponse((r) => r.request().method() === 'POST');
      await page.getByRole('button', { name: 'Read it' }).click();
      const response = await posted;
      expect(response.status()).toBe(200);
      await expect(page.locator('#analysis-verdict')).toBeVisible();
      // The same checks as above, on the browser's copy of the answer.
      const [headers, headersArray, text] = await Promise.all([response.allHeaders(), response.headersArray(), response.text()]);
      const answer = { headers: () => headers, headersArray: () => headersArray, text: async () => text } as unknown as APIResponse;
      const { problems } = await htmlProblems(answer, {});
      expect(problems).toEqual([]);
    });
  });
});

test.describe('the visitor redirect (device, system and browser filled in)', () => {
  for (const path of VISITOR_REDIRECTS) {
    test(path, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(response.headers().location).toMatch(/device=.*&os=.*&browser=/);
      const problems = commonProblems(response);
      // It depends on the User-Agent: a shared cache must never keep it.
      const cache = response.headers()['cache-control'] ?? '';
      if (!/\bprivate\b/.test(cache) || !/\bno-store\b/.test(cache) || /s-maxage/.test(cache)) problems.push(`Cache-Control: ${cache}`);
      expect(problems).toEqual([]);
    });
  }
});

test('the icon is kept by the browser (every step change re-renders the link to it)', async ({ request, page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  // Its URL changes with its content, so a browser may keep it without asking again.
  expect(href).toMatch(/^\/icon\.svg\?.+/);
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(Number(/max-age=(\d+)/.exec(response.headers()['cache-control'] ?? '')?.[1] ?? 0)).toBeGreaterThanOrEqual(3600);
});

test.describe('the API’s error answers', () => {
  for (const call of API_ERRORS) {
    test(call.name, async ({ request }) => {
      const response = await request.fetch(call.path, {
        method: call.method,
        headers: call.contentType ? { 'content-type': call.contentType } : {},
        data: call.body === undefined ? undefined : Buffer.from(call.body),
      });
      expect(response.status()).toBe(call.status);
      expect(response.headers()['content-type']).toMatch(/^application\/json/);
      expect(typeof (await response.json()).error).toBe('string');
      const problems = commonProblems(response);
      if (response.headers()['x-frame-options'] !== 'DENY')
        problems.push(`X-Frame-Options is ${response.headers()['x-frame-options']}, not DENY`);
      // JSON is never a document: no script may run in it and nobody may frame it.
      const policies = policiesOf(response);
      if (!policies.some((p) => scriptSrc(p)?.join(' ') === "'none'"))
        problems.push("no Content-Security-Policy with default-src 'none' (or script-src 'none')");
      if (!policies.some((p) => p.get('frame-ancestors')?.join(' ') === "'none'"))
        problems.push("no Content-Security-Policy with frame-ancestors 'none'");
      expect(problems).toEqual([]);
    });
  }
});

test.describe('no Content-Security-Policy violation in the browser', () => {
  test('the watcher does see a violation (so a pass below means something)', async ({ page }) => {
    const watch = await watchPolicy(page);
    await page.goto('/');
    // A script that carries no nonce, inserted by code the policy does not trust.
    // Code run through DevTools is exempt from the policy, but what it loads is not: an image from
    // another origin is refused by img-src, reported on the console and as an event.
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'https://203.0.113.9/tracker.png';
      document.body.append(image);
    });
    await expect.poll(() => watch.seen.join('\n')).toMatch(/console: .*img-src/);
    await expect.poll(() => watch.seen.join('\n')).toMatch(/violation event: img-src blocked https:\/\/203\.0\.113\.9/);
  });

  test('answering steps, with JavaScript on', async ({ page }) => {
    const watch = await watchPolicy(page);
    await page.goto('/diagnose?role=visitor&statusCode=502&device=desktop&os=windows&browser=chrome');
    await page.waitForLoadState('networkidle');
    await page.locator('[data-fact="refresh"] [data-value="not-fixed"]').click();
    await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'downForEveryone');
    await page.locator('[data-fact="downForEveryone"] [data-value="no"]').click();
    await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'clearCache');
    await page.getByRole('link', { name: 'Support mode' }).click();
    await expect(page).toHaveURL(/mode=support/);
    expect(await watch.settle()).toEqual([]);
  });

  test('the analyzer’s verdict (read in a Web Worker)', async ({ page }) => {
    const watch = await watchPolicy(page);
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    await page
      .getByLabel('Text', { exact: true })
      .fill('HTTP/1.1 502 Bad Gateway\nServer: nginx/1.22.1\n\n<html><head><title>502 Bad Gateway</title></head></html>');
    await page.getByRole('button', { name: 'Read it' }).click();
    await expect(page.locator('#analysis-verdict')).toContainText('nginx');
    await page.getByRole('link', { name: 'Continue with these answers filled in' }).click();
    await expect(page).toHaveURL(/errorSource=proxy/);
    await expect(page.locator('[data-step]')).toBeVisible();
    expect(await watch.settle()).toEqual([]);
  });

  test('the embedding guide’s live preview (embed.js and its iframe)', async ({ page }) => {
    const watch = await watchPolicy(page);
    await page.goto('/embedding');
    const frame = page.frameLocator('[data-testid="embed-preview"] iframe');
    await expect(frame.locator('[data-step]')).toBeVisible();
    const before = await frame.locator('[data-step]').getAttribute('data-step');
    await frame.locator('[data-value]').first().click();
    await expect(frame.locator('[data-step]')).not.toHaveAttribute('data-step', before ?? '');
    expect(await watch.settle()).toEqual([]);
  });
});
