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

export { expect };
