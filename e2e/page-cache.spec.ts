import { expect, test } from '@playwright/test';
import { diagnoseHref } from '../machines/facts';
import { currentStep, watchPolicy } from './helpers';

// The server's page cache (lib/page-cache): a page is rendered once and then served to everyone
// byte for byte, its inline scripts pinned by hash instead of a per-request nonce. What matters to
// people is that the kept copy is the same page and still runs; both are checked here through the
// real server, as `npm start` runs it.

const STEP = diagnoseHref({ role: 'owner', statusCode: '502', hosting: 'kubernetes' });

test('a page is rendered once, then served from the cache byte for byte', async ({ request }) => {
  const first = await request.get(STEP, { maxRedirects: 0 });
  const second = await request.get(STEP, { maxRedirects: 0 });
  expect([first.status(), second.status()]).toEqual([200, 200]);
  expect(second.headers()['x-page-cache']).toBe('hit');
  expect((await second.body()).equals(await first.body())).toBe(true);
  expect(second.headers().etag).toBe(first.headers().etag);
  expect(second.headers()['content-security-policy']).toBe(first.headers()['content-security-policy']);
  expect(second.headers()['content-security-policy']).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
  // A revalidating browser or CDN gets "not modified", no body.
  const again = await request.get(STEP, { headers: { 'if-none-match': first.headers().etag } });
  expect(again.status()).toBe(304);
});

test('a kept page still runs: answers change the step in place, nothing blocked', async ({ page, request }) => {
  await request.get(STEP);
  const policy = await watchPolicy(page);
  const documents: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'document') documents.push(r.url());
  });
  const response = await page.goto(STEP);
  expect(response?.headers()['x-page-cache']).toBe('hit');
  await page.waitForLoadState('networkidle');
  const { id, fact } = await currentStep(page);
  await page.locator(`[data-fact="${fact}"] [data-value="unknown"]`).click();
  await expect(page.locator('[data-step]')).not.toHaveAttribute('data-step', id ?? '');
  // Only the first load was a document: the answer was handled by the page's own scripts.
  expect(documents).toHaveLength(1);
  expect(await policy.settle()).toEqual([]);
});

test('the link into the visitor journey is not fetched before it knows the device', async ({ page }) => {
  // Without device, system and browser, proxy.ts redirects the URL; a prefetch of it would be
  // redirected too, losing Next's `_rsc` marker. VisitorLink waits until it has filled them in.
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() !== 'document' && /role=visitor/.test(r.url())) fetched.push(r.url());
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await expect.poll(() => fetched.length).toBeGreaterThan(0);
  expect(fetched.filter((url) => !/device=.+&os=.+&browser=/.test(url))).toEqual([]);
});
