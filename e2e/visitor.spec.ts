import { expect, test } from '@playwright/test';
import { visitorJourneys } from './journeys';
import { currentStep, expectAccessible, walk } from './helpers';

test.describe('visitor journeys, JavaScript on', () => {
  for (const journey of visitorJourneys) {
    test(`${journey.name} @phone`, async ({ page }) => {
      await page.goto('/diagnose');
      const { cause } = await walk(page, journey.facts);
      expect(cause).toBe(journey.outcome);
    });
  }
});

test.describe('visitor journeys, JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  for (const journey of visitorJourneys) {
    test(journey.name, async ({ page }) => {
      await page.goto('/diagnose');
      const { cause } = await walk(page, journey.facts);
      expect(cause).toBe(journey.outcome);
    });
  }
});

test('the start page leads a visitor into the wizard', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('502 Bad Gateway');
  await expect(page.getByRole('figure')).toContainText('fails here');
  await page.getByRole('link', { name: /No, I’m visiting it/ }).click();
  // With scripts on, the link already carries what the browser says it is (see VisitorLink).
  await expect(page).toHaveURL(/\/diagnose\?role=visitor&device=desktop&os=windows&browser=chrome$/);
  expect((await currentStep(page)).id).toBe('statusCode');
});

test('with JavaScript on, a step changes without a page load and focus moves to the new heading', async ({ page }) => {
  await page.goto('/diagnose?role=visitor&statusCode=502');
  await page.evaluate(() => {
    (window as unknown as { sameDocument: boolean }).sameDocument = true;
  });
  await page.locator('[data-value="not-fixed"]').click();
  await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'downForEveryone');
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await expect(page.locator('#step-heading')).toBeFocused();
  await expect(page.locator('#step-heading')).toHaveText(await page.locator('legend h1').innerText());
});

test('the first load does not steal focus', async ({ page }) => {
  await page.goto('/diagnose?role=visitor&statusCode=502');
  await expect(page.locator('#step-heading')).not.toBeFocused();
});

test('keyboard only: Tab to an answer and press Enter', async ({ page }) => {
  await page.goto('/diagnose?role=visitor&statusCode=502');
  const fixed = page.locator('[data-value="fixed"]');
  for (let i = 0; i < 40 && !(await fixed.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(fixed).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-step]')).toHaveAttribute('data-cause', 'transient-blip');
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`back, Change and deep links, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('browser back returns to the previous step', async ({ page }) => {
      await page.goto('/diagnose?role=visitor&statusCode=502');
      await page.locator('[data-value="not-fixed"]').click();
      await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'downForEveryone');
      await page.goBack();
      await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'refresh');
      await expect(page).not.toHaveURL(/refresh=/);
    });

    test('a Change link drops one answer and keeps the later ones for reuse', async ({ page }) => {
      await page.goto('/diagnose?role=visitor&statusCode=502&refresh=not-fixed&downForEveryone=no');
      expect((await currentStep(page)).id).toBe('clearCache');
      await page.locator('dl > div', { hasText: 'Reloaded the page' }).getByRole('link', { name: /Change/ }).click();
      await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'refresh');
      await expect(page).toHaveURL(/downForEveryone=no/);
      await page.locator('[data-value="not-fixed"]').click();
      // downForEveryone was kept, so the wizard goes straight past it.
      await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'clearCache');
    });

    test('a deep link naming a later fact opens the step the facts reach', async ({ page }) => {
      await page.goto('/diagnose?role=visitor&statusCode=502&flushDns=fixed');
      expect((await currentStep(page)).id).toBe('refresh');
      await expect(page).toHaveURL(/flushDns=fixed/);
    });

    test('Start again goes back to the first question', async ({ page }) => {
      await page.goto('/diagnose?role=visitor&statusCode=502&refresh=not-fixed');
      await page.getByRole('link', { name: 'Start again' }).click();
      await expect(page.locator('[data-step]')).toHaveAttribute('data-step', 'role');
    });
  });
}

test('a tampered URL is cleaned up, not an error', async ({ page }) => {
  const response = await page.goto('/diagnose?role=zzz&role=owner&__proto__=1&hosting=%3Cscript%3E&statusCode=502');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/diagnose\?role=owner&statusCode=502$/);
  expect((await currentStep(page)).id).toBe('hosting');
});

test('a visitor’s device, system and browser become facts once, so every step is a function of its URL', async ({ page }) => {
  await page.goto('/diagnose?role=visitor&statusCode=502');
  // Playwright's desktop Chrome says it is Chrome on Windows.
  await expect(page).toHaveURL(/\/diagnose\?role=visitor&statusCode=502&device=desktop&os=windows&browser=chrome$/);
  const redirect = await page.request.get('/diagnose?role=visitor', { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers()['cache-control']).toBe('private, no-store');
  const step = await page.request.get('/diagnose?role=visitor&device=mobile&os=ios&browser=safari', { maxRedirects: 0 });
  expect(step.status()).toBe(200);
  expect(step.headers()['cache-control']).toContain('s-maxage');
});

test('instructions follow the detected system first, and the person can change it', async ({ browser }) => {
  const context = await browser.newContext({
    userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Safari/605.1.15',
  });
  const page = await context.newPage();
  await page.goto('/diagnose?role=visitor&statusCode=502&refresh=not-fixed&downForEveryone=no&clearCache=not-fixed&privateWindow=not-fixed&otherBrowser=not-fixed');
  await expect(page).toHaveURL(/os=macos&browser=safari/);
  await expect(page.getByText(/Showing steps for Mac · Safari/)).toBeVisible();
  await expect(page.locator('pre', { hasText: 'dscacheutil -flushcache' }).first()).toBeVisible();
  await page.getByText(/Showing steps for/).click();
  await page.getByRole('navigation', { name: 'Choose your system' }).getByRole('link', { name: 'Windows' }).click();
  await expect(page).toHaveURL(/os=windows/);
  await expect(page.getByText(/Showing steps for Windows · Safari/)).toBeVisible();
  await expect(page.locator('pre', { hasText: 'ipconfig /flushdns' }).first()).toBeVisible();
  await context.close();
});

test('site-outage says it is not you and offers a message for the owner', async ({ page }) => {
  await page.goto('/diagnose?role=visitor&statusCode=502&refresh=not-fixed&downForEveryone=yes');
  await expect(page.locator('[data-cause="site-outage"]')).toContainText(/not you/i);
  const message = page.getByRole('figure').filter({ hasText: 'Message for the site owner' });
  await expect(message.locator('pre')).toContainText('502 Bad Gateway');
  await expect(message.locator('pre')).toContainText('reloaded the page');
  // The page is the same for everyone (and cached): the reader's browser fills in the time.
  await expect(message.locator('pre')).toContainText(/since about \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
});

test.describe('accessibility of every kind of page', () => {
  const pages = {
    start: '/',
    question: '/diagnose?role=visitor&statusCode=502',
    'question with OS instructions': '/diagnose?role=visitor&statusCode=502&refresh=not-fixed&downForEveryone=no&clearCache=not-fixed&privateWindow=not-fixed&otherBrowser=not-fixed',
    'visitor outcome': '/diagnose?role=visitor&statusCode=502&refresh=not-fixed&downForEveryone=yes',
    'redirect outcome': '/diagnose?role=visitor&statusCode=504',
    'cause page': '/causes/local-dns',
    'causes index': '/causes',
    glossary: '/glossary',
    faq: '/faq',
  };
  for (const [kind, url] of Object.entries(pages)) {
    test(`${kind} @phone`, async ({ page }) => {
      await page.goto(url);
      await expectAccessible(page);
    });
  }
  test('dark theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/diagnose?role=visitor&statusCode=502&refresh=not-fixed&downForEveryone=yes');
    await expectAccessible(page);
  });
});
