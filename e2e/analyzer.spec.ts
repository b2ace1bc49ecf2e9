import { expect, test } from '@playwright/test';
import { currentStep, expectAccessible } from './helpers';

// A real nginx 502 as `curl -i` shows it, and the error-log line that explains it.
const NGINX_502 = `HTTP/1.1 502 Bad Gateway
Server: nginx/1.22.1
Content-Type: text/html

<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx/1.22.1</center>
</body>
</html>`;
const SOCKET_MISSING =
  '2026/11/21 10:00:00 [crit] 1234#1234: *1 connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory) while connecting to upstream, client: 203.0.113.9, server: example.com, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "example.com"';

test.describe('the analyzer in the browser', () => {
  test('paste → verdict → Continue opens the wizard with the facts applied', async ({ page }) => {
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url());
    });
    await page.goto('/');
    await page.getByLabel('Text', { exact: true }).fill(`${NGINX_502}\n\n${SOCKET_MISSING}`);
    await page.getByRole('button', { name: 'Read it' }).click();
    const verdict = page.locator('#analysis-verdict');
    await expect(verdict).toContainText('nginx');
    await expect(verdict).toBeFocused();
    await expect(page.locator('mark', { hasText: 'No such file or directory' })).toBeVisible();
    await expect(page.getByRole('figure').last()).toContainText('fails here');
    // Pasted logs never leave the device: no POST was made.
    expect(posts).toEqual([]);
    await page.getByRole('link', { name: 'Continue with these answers filled in' }).click();
    await expect(page).toHaveURL(/errorSource=proxy/);
    await expect(page).toHaveURL(/logSignal=no-such-file/);
    // The questions those facts answer are skipped; the wizard stops at the first one left.
    const step = await currentStep(page);
    expect(['statusCode', 'hosting', 'cdn'].includes(step.id ?? '') || step.cause === 'socket-or-permission').toBe(true);
  });

  test('a dropped log file is read too', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel(/Or a log file/).setInputFiles({ name: 'error.log', mimeType: 'text/plain', buffer: Buffer.from(`${'ok\n'.repeat(1000)}${SOCKET_MISSING}\n`) });
    await page.getByRole('button', { name: 'Read it' }).click();
    await expect(page.locator('mark', { hasText: 'php8.2-fpm.sock' })).toBeVisible();
    await expect(page.getByText('Line 1001', { exact: false })).toBeVisible();
  });

  test('a 10 MB log file stays responsive and is read whole', async ({ page }) => {
    const log = `${'127.0.0.1 - - [21/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 612 "-" "curl/8.5.0"\n'.repeat(120_000)}${SOCKET_MISSING}\n`;
    await page.goto('/');
    await page.getByLabel(/Or a log file/).setInputFiles({ name: 'big.log', mimeType: 'text/plain', buffer: Buffer.from(log) });
    await page.getByRole('button', { name: 'Read it' }).click();
    // The page keeps answering while the worker reads (the main thread is free).
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    await expect(page.locator('mark', { hasText: 'php8.2-fpm.sock' })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText('Line 120001', { exact: false })).toBeVisible();
  });

  test('text that says nothing gets an honest "nothing recognised"', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Text', { exact: true }).fill('The quick brown fox jumps over the lazy gateway.');
    await page.getByRole('button', { name: 'Read it' }).click();
    await expect(page.locator('#analysis-verdict')).toHaveText('Nothing recognised');
  });

  test('pasted markup stays text', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Text', { exact: true }).fill(`${SOCKET_MISSING.replace('example.com', '<img src=x onerror="window.pwned=1">')}`);
    await page.getByRole('button', { name: 'Read it' }).click();
    await expect(page.locator('mark').first()).toContainText('<img src=x');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });

  test('the owner’s "which layer returned it?" step offers the paste box and keeps earlier answers', async ({ page }) => {
    await page.goto('/diagnose?role=owner&statusCode=502&hosting=vps&cdn=none&loadBalancer=none&proxy=nginx&runtime=php-fpm&cms=none&scope=everyone&pattern=constant&recentChange=config');
    expect((await currentStep(page)).id).toBe('errorSource');
    await page.getByLabel('Text', { exact: true }).fill(SOCKET_MISSING);
    await page.getByRole('button', { name: 'Read it' }).click();
    await page.getByRole('link', { name: 'Continue with these answers filled in' }).click();
    await expect(page.locator('[data-step]')).toHaveAttribute('data-cause', 'socket-or-permission');
    await expect(page).toHaveURL(/recentChange=config/);
  });

  test('the analyzer pages are accessible', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Text', { exact: true }).fill(`${NGINX_502}\n${SOCKET_MISSING}`);
    await page.getByRole('button', { name: 'Read it' }).click();
    await expect(page.locator('#analysis-verdict')).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('the analyzer without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the paste form works through the server', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Text', { exact: true }).fill(SOCKET_MISSING);
    await page.getByRole('button', { name: 'Read it' }).click();
    await expect(page.locator('#analysis-verdict')).toBeVisible();
    await expect(page.locator('mark', { hasText: 'No such file or directory' })).toBeVisible();
    await page.getByRole('link', { name: 'Continue with these answers filled in' }).click();
    await expect(page).toHaveURL(/logSignal=no-such-file/);
  });
});

test.describe('POST /api/analyze', () => {
  test('reads an nginx 502', async ({ request }) => {
    const response = await request.post('/api/analyze', { data: { text: 'HTTP/1.1 502 Bad Gateway\nServer: nginx\n' } });
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ layer: 'reverse-proxy', vendor: 'nginx', facts: { statusCode: '502', errorSource: 'proxy', proxy: 'nginx' } });
    expect(Array.isArray(body.causes) && Array.isArray(body.signals)).toBe(true);
  });

  const bad: [string, string, number, RegExp][] = [
    ['a number for text', '{"text": 5}', 400, /must be a string/],
    ['no text', '{}', 400, /must be a string/],
    ['empty text', '{"text": "  "}', 400, /empty/],
    ['broken JSON', '{"text": ', 400, /not valid JSON/],
    ['an extra field', '{"text": "x", "mode": 1}', 400, /Unexpected field/],
  ];
  for (const [name, body, status, message] of bad) {
    test(`${name}: ${status}`, async ({ request }) => {
      const response = await request.post('/api/analyze', { headers: { 'content-type': 'application/json' }, data: Buffer.from(body) });
      expect(response.status()).toBe(status);
      expect((await response.json()).error).toMatch(message);
    });
  }

  test('a 10 MB log is read; over 16 MB is refused with 413', async ({ request }) => {
    const log = `${'127.0.0.1 - - [21/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 612 "-" "curl/8.5.0"\n'.repeat(120_000)}${SOCKET_MISSING}\n`;
    const ok = await request.post('/api/analyze', { data: { text: log } });
    expect(ok.status()).toBe(200);
    expect((await ok.json()).facts.logSignal).toBe('no-such-file');
    const tooBig = await request.post('/api/analyze', { headers: { 'content-type': 'application/json' }, data: Buffer.from(JSON.stringify({ text: 'x'.repeat(17 * 1024 * 1024) })) });
    expect(tooBig.status()).toBe(413);
  });
});
