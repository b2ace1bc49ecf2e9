import { expect, test } from '@playwright/test';
import { CAUSE_IDS } from '../machines/causes';
import { diagnoseHref } from '../machines/facts';
import { expectAccessible, walk } from './helpers';
import { ownerJourneys } from './journeys';

for (const javaScriptEnabled of [true, false]) {
  test.describe(`owner journeys, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });
    for (const journey of ownerJourneys) {
      test(journey.name, async ({ page }) => {
        await page.goto('/diagnose?role=owner');
        const { cause } = await walk(page, journey.facts);
        expect(cause).toBe(journey.outcome);
        // Every outcome links to its cause page.
        await expect(page.locator(`a[href="/causes/${journey.outcome}"]`).first()).toBeVisible();
      });
    }
  });
}

test('beside each owner question, the causes still possible narrow as the owner answers', async ({ page }) => {
  await page.goto('/diagnose?role=owner&statusCode=502&hosting=vps&cdn=none&loadBalancer=none&proxy=nginx&runtime=node&scope=everyone&pattern=constant&recentChange=none');
  const count = async () => Number((await page.getByRole('heading', { name: /Still possible/ }).innerText()).match(/\d+/)?.[0]);
  const before = await count();
  await page.locator('[data-value="proxy"]').click();
  await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'logSignal');
  await page.locator('[data-value="connection-refused"]').click();
  await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'serviceStatus');
  expect(await count()).toBeLessThan(before);
});

test('an outcome shows the owner’s own request chain with the failing handoff marked', async ({ page }) => {
  await page.goto(diagnoseHref(ownerJourneys.find((j) => j.outcome === 'firewall-block')!.facts));
  const chain = page.getByRole('figure').first();
  await expect(chain).toContainText('Cloudflare');
  await expect(chain).toContainText('nginx');
  await expect(chain).toContainText('fails here');
  await expect(chain).toContainText(/from the cdn to the reverse proxy/i);
});

test('"Did that fix it?": no moves to the next fix, then the next likely cause, then escalation with an evidence pack', async ({ page }) => {
  await page.goto('/diagnose?role=owner&statusCode=502&hosting=vps');
  await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'cdn');
  // Answer everything else "Not sure": the diagnosis is the likeliest cause, with fixes.
  const first = (await walk(page, { role: 'owner', statusCode: '502', hosting: 'vps' })).cause;
  await page.locator('#fix-1').getByRole('link', { name: /No: try the next fix/ }).click();
  await expect(page).toHaveURL(/#fix-2$/);
  await page.getByRole('link', { name: /No: what next/ }).click();
  await expect(page).toHaveURL(/#none-fixed$/);
  await page.locator('#none-fixed a').click();
  await expect(page).toHaveURL(/causesTried=1/);
  const second = await page.locator('[data-step]').getAttribute('data-cause');
  expect(second).not.toBe(first);
  for (const tries of [2, 3]) {
    await page.locator('#none-fixed a').first().click();
    await expect(page).toHaveURL(new RegExp(`causesTried=${tries}`));
  }
  await expect(page.locator('[data-step]')).toHaveAttribute('data-cause', 'provider-infrastructure');
  await expect(page.locator('#evidence')).toBeVisible();
  await expect(page.locator('#evidence pre')).toContainText('Already tried, without success');
});

test('"Did that fix it?": yes leads to prevention', async ({ page }) => {
  await page.goto(diagnoseHref(ownerJourneys[0].facts));
  await page.locator('#fix-1').getByRole('link', { name: /Yes/ }).click();
  await expect(page).toHaveURL(/#how-to-prevent$/);
  await expect(page.locator('#how-to-prevent')).toBeVisible();
});

test('every cause has its page', async ({ request }) => {
  for (const id of CAUSE_IDS) {
    const response = await request.get(`/causes/${id}`);
    expect(response.status(), id).toBe(200);
  }
  expect((await request.get('/causes/not-a-cause')).status()).toBe(404);
});

test('the map is drawn from the machine and links every outcome', async ({ page }) => {
  await page.goto('/map');
  for (const id of ['hosting', 'logSignal', 'appLog']) await expect(page.locator(`#${id}`)).toBeVisible();
  for (const id of CAUSE_IDS) await expect(page.locator(`#${id} a[href="/causes/${id}"]`)).toHaveCount(1);
});

test.describe('accessibility of owner pages', () => {
  const pages = {
    'owner question with still-possible causes': '/diagnose?role=owner&statusCode=502&hosting=vps&cdn=none&loadBalancer=none&proxy=nginx&runtime=node&scope=everyone&pattern=constant&recentChange=none&errorSource=proxy',
    'owner outcome': diagnoseHref(ownerJourneys[0].facts),
    'escalation outcome': diagnoseHref(ownerJourneys.find((j) => j.outcome === 'provider-infrastructure')!.facts),
    'owner cause page': '/causes/socket-or-permission',
    map: '/map',
  };
  for (const [kind, url] of Object.entries(pages)) {
    test(`${kind} @phone`, async ({ page }) => {
      await page.goto(url);
      await expectAccessible(page);
    });
  }
});
