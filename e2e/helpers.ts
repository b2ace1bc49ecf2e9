import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { Facts } from '../machines/facts';

/** The current step's id, its cause (on an outcome) and the fact it asks (on a question). */
export async function currentStep(page: Page) {
  const step = page.locator('[data-step]');
  await expect(step).toHaveCount(1);
  return {
    id: await step.getAttribute('data-step'),
    cause: await step.getAttribute('data-cause'),
    fact: await step.locator('[data-fact]').getAttribute('data-fact', { timeout: 500 }).catch(() => null),
  };
}

/**
 * Walks the wizard as a person does: reads the question, clicks the answer the journey gives
 * (or "Not sure"), waits for the next step, until an outcome. Returns the outcome and the steps.
 */
export async function walk(page: Page, facts: Facts): Promise<{ cause: string | null; steps: string[] }> {
  const steps: string[] = [];
  for (let i = 0; i < 40; i++) {
    const { id, cause, fact } = await currentStep(page);
    if (cause) return { cause, steps };
    if (!id || !fact) throw new Error(`step ${id} has neither a cause nor a question`);
    steps.push(id);
    const value = facts[fact as keyof Facts] ?? 'unknown';
    const before = page.url();
    await page.locator(`[data-fact="${fact}"] [data-value="${value}"]`).click();
    await expect(page).not.toHaveURL(before);
    await expect(page.locator(`[data-step]`)).not.toHaveAttribute('data-step', id, { timeout: 5000 }).catch(() => {
      // The same state can follow itself only if the URL changed but the step did not: never in this machine.
    });
  }
  throw new Error('no outcome after 40 answers');
}

/** axe-core with the WCAG 2.2 AA rules (and the best-practice ones) finds nothing. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/**
 * Records every Content-Security-Policy violation in the page, its frames and its workers: the
 * browser's own console report ("Refused to … because it violates the following Content Security
 * Policy directive") and the `securitypolicyviolation` events.
 */
export async function watchPolicy(page: Page) {
  const seen: string[] = [];
  const onConsole = (where: string) => (message: { text(): string }) => {
    if (/content.security.policy/i.test(message.text())) seen.push(`${where}: ${message.text()}`);
  };
  page.on('console', onConsole('console'));
  page.on('worker', (worker) => worker.on('console', onConsole(`worker ${worker.url()}`)));
  page.on('pageerror', (error) => {
    if (/content.security.policy/i.test(error.message)) seen.push(`page error: ${error.message}`);
  });
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        console.error(
          `Content Security Policy violation event: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) in ${location.href}`,
        ),
      true,
    );
  });
  return {
    seen,
    /** Lets late reports arrive, then returns all of them. */
    async settle() {
      // Prefetches and the embed's frame settle in well under a second; never hang on a stray request.
      await Promise.race([page.waitForLoadState('networkidle'), page.waitForTimeout(10_000)]);
      await page.waitForTimeout(250);
      return seen;
    },
  };
}
