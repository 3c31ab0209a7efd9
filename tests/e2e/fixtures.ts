import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every e2e test records the requests the page makes; `expectOnlySameOrigin` fails on any request that
 * leaves the page's origin (the app promises that nothing is ever sent elsewhere).
 */
export const test = base.extend<{ requests: string[] }>({
  requests: async ({ page }, provide) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await provide(requests);
  },
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
