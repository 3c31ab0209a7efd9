import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every e2e test records the requests the page makes (`expectOnlySameOrigin` fails on any that leaves the
 * page's origin) and, automatically, fails on any Content Security Policy violation or uncaught error.
 */
export const test = base.extend<{ requests: string[]; guard: undefined }>({
  requests: async ({ page }, provide) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await provide(requests);
  },
  guard: [
    async ({ context }, provide) => {
      const problems: string[] = [];
      const watch = (page: Page) => {
        page.on('console', (message) => {
          if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text()))
            problems.push(`CSP: ${message.text()}`);
        });
        page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
        page.on('dialog', (dialog) => {
          problems.push(`dialog: ${dialog.message()}`);
          void dialog.dismiss();
        });
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await provide(undefined);
      expect(problems, 'CSP violations, uncaught errors or dialogs').toEqual([]);
    },
    { auto: true },
  ],
});

export function expectOnlySameOrigin(page: Page, requests: readonly string[]): void {
  const origin = new URL(page.url()).origin;
  const outside = requests.filter((url) => {
    const parsed = new URL(url);
    if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return false;
    return parsed.origin !== origin;
  });
  expect(outside, 'requests that left the origin').toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
}

/** Fails on any axe-core violation of WCAG 2.2 A/AA (colour contrast included) on the page as it is. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/**
 * Answers `pages` pages of the questionnaire with the mouse, moving on with "Volgende" after each: item `i`
 * of page `step` gets the radio button at position `pick(step, i)` (0 is the scale's lowest point).
 */
export async function answerPages(
  page: Page,
  pages: number,
  pick: (step: number, item: number) => number,
): Promise<void> {
  for (let step = 0; step < pages; step += 1) {
    // Rated statements only: the situations step's role choices are fieldsets too, with checkboxes.
    const items = page.locator('fieldset.item:has(input[type="radio"])');
    const count = await items.count();
    for (let i = 0; i < count; i += 1) await items.nth(i).getByRole('radio').nth(pick(step, i)).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
  }
}

/**
 * Starts the questionnaire from the intro and answers every page with the radio button at `position`,
 * moving on until the results are on screen (at most `pages` pages).
 */
export async function answerToResults(page: Page, position = 1, pages = 12): Promise<void> {
  await page.getByRole('button', { name: 'Start de vragenlijst' }).click();
  for (let step = 0; step < pages; step += 1) {
    const items = page.locator('fieldset.item:has(input[type="radio"])');
    for (let i = 0; i < (await items.count()); i += 1)
      await items.nth(i).getByRole('radio').nth(position).check();
    const next = page.locator('#questionnaire-next');
    const finishing = (await next.textContent()) === 'Naar mijn resultaten';
    await next.click();
    if (finishing) break;
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Je resultaten' })).toBeVisible();
}

/** The questionnaire shows step `step` of `steps` (1-based): its one progress indicator tells assistive technology. */
export async function expectStep(page: Page, step: number, steps: number): Promise<void> {
  await expect(page.getByRole('progressbar')).toHaveAttribute(
    'aria-valuetext',
    new RegExp(`(stap|step) ${String(step)} (van|of) ${String(steps)}$`, 'i'),
  );
}

export { expect };
