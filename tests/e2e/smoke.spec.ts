import { expect, expectOnlySameOrigin, test } from './fixtures';

test('the built app renders in Chromium and sends nothing outside its origin', async ({ page, requests }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Netwerkleiderschap – vaardigheidsmeting');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  expectOnlySameOrigin(page, requests);
  expect(errors).toEqual([]);
});
