import { expect, test } from '@playwright/test';
import { expectAccessible } from './helpers';

const OWNER_AT_LOG = '/diagnose?role=owner&statusCode=502&hosting=vps&cdn=none&loadBalancer=none&proxy=nginx&runtime=php-fpm&cms=none&scope=everyone&pattern=constant&recentChange=config&errorSource=proxy';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('support mode shows the trail with what to ask, and copies a ticket summary with the facts and outcome', async ({ page }) => {
  await page.goto(OWNER_AT_LOG);
  await page.getByRole('link', { name: 'Support mode' }).click();
  await expect(page).toHaveURL(/mode=support/);
  const panel = page.getByRole('complementary', { name: 'Support mode' });
  await expect(panel).toContainText('For this step.');
  await expect(panel).toContainText(/Ask:|Check:/);
  await expect(panel.getByRole('listitem')).toHaveCount(12);
  // Answering keeps support mode.
  await page.locator('[data-value="no-such-file"]').click();
  await expect(page.locator('[data-cause="socket-or-permission"]')).toBeVisible();
  await expect(page).toHaveURL(/mode=support/);
  await expect(panel).toContainText('Say:');
  await panel.getByRole('button', { name: 'Copy ticket summary' }).click();
  const summary = await page.evaluate(() => navigator.clipboard.readText());
  expect(summary).toContain('Outcome: ');
  expect(summary).toContain('- Hosting: A VPS or cloud server');
  expect(summary).toMatch(/UTC/);
  expect(summary).toContain('http://127.0.0.1');
  await panel.getByRole('button', { name: 'Copy as Markdown' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^### 502 Bad Gateway: /);
});

test('the customer link opens the same step without the support notes', async ({ page, context }) => {
  await page.goto(`${OWNER_AT_LOG}&mode=support`);
  await page.getByRole('button', { name: 'Copy link for the customer' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).not.toContain('mode=support');
  const customer = await context.newPage();
  await customer.goto(link);
  await expect(customer.locator('[data-step]')).toHaveAttribute('data-step', 'logSignal');
  await expect(customer.getByRole('complementary', { name: 'Support mode' })).toHaveCount(0);
});

test('the evidence pack prints without the navigation', async ({ page }) => {
  await page.goto('/diagnose?role=owner&statusCode=502&hosting=shared&cdn=none&runtime=php-fpm&cms=none&scope=everyone&pattern=constant&recentChange=none&errorSource=proxy&logAccess=limited&appLog=unknown');
  await expect(page.locator('[data-cause="provider-infrastructure"]')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
  await expect(page.locator('footer')).toBeHidden();
  await expect(page.locator('#evidence')).toBeVisible();
  await expect(page.locator('#evidence pre')).toContainText(/Time: \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
});

test('support mode is accessible @phone', async ({ page }) => {
  await page.goto(`${OWNER_AT_LOG}&mode=support`);
  await expectAccessible(page);
});
