import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './helpers';

// A help centre's article on another origin (127.0.0.2), pasting the one-line snippet.
let host: Server;
let hostUrl = '';

function article(wizard: string, attributes: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Help: 502 errors</title></head>
<body style="font-family:sans-serif">
  <h1>Our help centre</h1>
  <p id="before">Seeing a 502? Use the troubleshooter below.</p>
  <script src="${wizard}/embed.js" ${attributes} async></script>
  <p id="after">Still stuck? <button id="contact" onclick="this.textContent='Thanks, we will call you'">Contact us</button></p>
  <script>
    window.received = [];
    window.addEventListener('message', (event) => { if (event.origin === '${wizard}' && event.data.type !== 'gateway-doctor:resize') window.received.push(event.data); });
    window.domEvents = [];
    document.addEventListener('gateway-doctor:step', (event) => window.domEvents.push(event.detail.step));
  </script>
</body></html>`;
}

test.beforeAll(async ({ baseURL }) => {
  host = createServer((request, response) => {
    const attributes = new URL(request.url ?? '/', 'http://x').searchParams.get('attributes') ?? '';
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(article(baseURL ?? '', attributes));
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.2', resolve));
  hostUrl = `http://127.0.0.2:${(host.address() as AddressInfo).port}/`;
});

test.afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

async function openArticle(page: Page, attributes: string) {
  await page.goto(`${hostUrl}?attributes=${encodeURIComponent(attributes)}`);
  const frame = page.frameLocator('iframe[title="502 Bad Gateway troubleshooter"]');
  await expect(frame.locator('[data-step]')).toBeVisible();
  return frame;
}

/** The iframe is as tall as the wizard inside it (no inner scrollbar), within a few pixels. */
async function expectFits(page: Page) {
  await expect
    .poll(async () => {
      const frameHeight = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
      const inner = await page.frames()[1]?.evaluate(() => document.getElementById('embed-root')?.getBoundingClientRect().height ?? 0);
      return Math.abs(frameHeight - (inner ?? 0));
    })
    .toBeLessThanOrEqual(3);
}

test('the snippet puts the wizard where it was pasted, prefilled, fitting its content at every step, and tells the host', async ({ page }) => {
  const frame = await openArticle(page, 'data-facts="role=owner&statusCode=502&hosting=vps"');
  // Where the script was: between the paragraphs around it.
  const order = await page.evaluate(() => {
    const iframe = document.querySelector('iframe');
    return [document.getElementById('before'), iframe, document.getElementById('after')].map((el) => el?.getBoundingClientRect().top ?? -1);
  });
  expect(order[0]).toBeLessThan(order[1]);
  expect(order[1]).toBeLessThan(order[2]);
  // Prefilled: role, code and hosting are answered, so the first question is the CDN.
  await expect(frame.locator('[data-step]')).toHaveAttribute('data-step', 'cdn');
  await expectFits(page);
  for (const value of ['none', 'none', 'nginx', 'php-fpm', 'none', 'everyone', 'constant', 'config', 'proxy', 'no-such-file']) {
    const before = await frame.locator('[data-step]').getAttribute('data-step');
    await frame.locator(`[data-value="${value}"]`).first().click();
    await expect(frame.locator('[data-step]')).not.toHaveAttribute('data-step', before ?? '');
    await expectFits(page);
  }
  await expect(frame.locator('[data-step]')).toHaveAttribute('data-cause', 'socket-or-permission');
  await expectFits(page);
  const received = await page.evaluate(() => (window as unknown as { received: { type: string; step?: string; cause?: string }[] }).received);
  expect(received.filter((m) => m.type === 'gateway-doctor:step').map((m) => m.step)).toContain('cdn');
  expect(received).toContainEqual({ type: 'gateway-doctor:outcome', cause: 'socket-or-permission' });
  expect(await page.evaluate(() => (window as unknown as { domEvents: string[] }).domEvents)).toContain('socket-or-permission');
  // The host page's own content stays visible and usable (once the frame stops growing, so the
  // button is where the click lands).
  await expect(page.locator('#before')).toBeVisible();
  let last = -1;
  await expect
    .poll(async () => {
      const height = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
      const stable = height === last;
      last = height;
      return stable;
    }, { intervals: [300] })
    .toBe(true);
  await page.locator('#contact').scrollIntoViewIfNeeded();
  await page.locator('#contact').click();
  await expect(page.locator('#contact')).toHaveText('Thanks, we will call you');
});

test('the theme and accent options apply inside the frame', async ({ page }) => {
  const frame = await openArticle(page, 'data-theme="dark" data-accent="#ff9900"');
  const root = frame.locator('#embed-root');
  await expect(root).toHaveClass(/theme-dark/);
  const dark = await root.evaluate((el) => [getComputedStyle(el).colorScheme, getComputedStyle(el).backgroundColor]);
  expect(dark[0]).toBe('dark');
  expect(await root.evaluate((el) => getComputedStyle(el).getPropertyValue('--color-accent').trim())).toBe('#ff9900');
  const light = await openArticle(page, 'data-theme="light"');
  const bright = await light.locator('#embed-root').evaluate((el) => [getComputedStyle(el).colorScheme, getComputedStyle(el).backgroundColor]);
  expect(bright).toEqual(['light', expect.stringMatching(/^(rgb\(255, 255, 255\)|lab\(100 0 0\))$/)]);
  expect(dark[1]).not.toBe(bright[1]);
});

test('only /embed may be framed', async ({ request }) => {
  const embed = await request.get('/embed?role=owner');
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  expect(embed.headers()['set-cookie']).toBeUndefined();
  for (const path of ['/', '/diagnose?role=owner', '/causes/upstream-down', '/embedding']) {
    const response = await request.get(path);
    expect(response.headers()['x-frame-options'], path).toBe('DENY');
    expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
  }
});

test('on the site itself, steps and outcomes are DOM events too', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    document.addEventListener('gateway-doctor:step', (event) => seen.push(`step:${(event as CustomEvent).detail.step}`));
    document.addEventListener('gateway-doctor:outcome', (event) => seen.push(`outcome:${(event as CustomEvent).detail.cause}`));
  });
  await page.goto('/diagnose?role=visitor&statusCode=502&device=desktop&os=linux&browser=chrome');
  await page.locator('[data-value="fixed"]').click();
  await expect(page.locator('[data-cause="transient-blip"]')).toBeVisible();
  await expect.poll(() => page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['step:refresh', 'step:transient-blip', 'outcome:transient-blip']);
});

test.describe('accessibility', () => {
  test('the embed @phone', async ({ page }) => {
    await page.goto('/embed?role=owner&hosting=vps');
    await expectAccessible(page);
  });
  test('the embed in the dark theme', async ({ page }) => {
    await page.goto('/embed?role=visitor&statusCode=502&device=desktop&os=linux&browser=chrome&theme=dark');
    await expectAccessible(page);
  });
  test('the embedding page @phone', async ({ page }) => {
    await page.goto('/embedding');
    await expect(page.frameLocator('[data-testid="embed-preview"] iframe').locator('[data-step]')).toBeVisible();
    await expectAccessible(page);
  });
});
