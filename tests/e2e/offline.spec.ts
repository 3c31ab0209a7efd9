import { networkLeadershipBank, questionPageCount } from '../helpers/network-leadership';
import { answerPages, expect, test } from './fixtures';

const pages = questionPageCount(networkLeadershipBank('2.0.0'));

test('after a first visit the app works with no network: complete the assessment and download the PDF', async ({
  page,
  context,
}, testInfo) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Wait until the service worker has installed (precached everything) and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Netwerkleiderschap – vaardigheidsmeting' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Start de vragenlijst' }).click();
  await answerPages(page, pages + 1, (_, i) => 2 + (i % 3));
  await page.getByRole('button', { name: 'Naar mijn resultaten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Je resultaten' })).toBeVisible();
  await expect(page.locator('svg.chart-svg')).toHaveCount(3);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download je rapport (PDF)' }).click(),
  ]);
  const path = testInfo.outputPath('offline-report.pdf');
  await download.saveAs(path);
  await expect(page.getByRole('status').filter({ hasText: 'Je rapport is gedownload' })).toBeVisible();
  // The facilitator and coach views were never opened online, and still open offline.
  await page.getByRole('link', { name: 'Voor coaches' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Voor coaches' })).toBeVisible();
  await context.setOffline(false);
});
