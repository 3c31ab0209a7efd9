import { writeFileSync } from 'node:fs';
import { generateCohort, resultFileText } from '../helpers/cohort';
import {
  networkLeadershipBank,
  questionnaireStepCount,
  questionPageCount,
} from '../helpers/network-leadership';
import { expect, expectOnlySameOrigin, expectStep, test } from './fixtures';

// Runs against a second build published under /nla/ (see playwright.config.ts and `npm run test:e2e`).

test('published under a sub-path, the whole app works: questionnaire, results, PDF, other views, cohort, offline', async ({
  page,
  context,
  requests,
}, testInfo) => {
  await page.goto('./');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Netwerkleiderschap – vaardigheidsmeting' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Start de vragenlijst' }).click();
  await expect(page).toHaveURL(/\/nla\/questionnaire$/);
  const bank = networkLeadershipBank('2.0.0');
  for (let step = 0; step <= questionPageCount(bank); step += 1) {
    const items = page.locator('fieldset.item:has(input[type="radio"])');
    for (let i = 0; i < (await items.count()); i += 1) await items.nth(i).getByRole('radio').nth(3).check();
    if (step === 4) {
      await page.reload();
      await expectStep(page, 5, questionnaireStepCount(bank));
    }
    await page.getByRole('button', { name: 'Volgende' }).click();
  }
  await page.getByRole('button', { name: 'Naar mijn resultaten' }).click();
  await expect(page).toHaveURL(/\/nla\/results$/);
  await expect(page.locator('svg.chart-svg')).toHaveCount(3);
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download je rapport (PDF)' }).click(),
  ]);
  await pdf.saveAs(testInfo.outputPath('report.pdf'));
  const link = await page.getByRole('textbox', { name: 'Deellink' }).inputValue();
  expect(link).toMatch(/\/nla\/view#r=/);
  await page.getByRole('link', { name: 'Voor facilitatoren' }).click();
  await expect(page).toHaveURL(/\/nla\/facilitator$/);
  const links = page.getByRole('textbox', { name: 'Link voor deelnemers' });
  await expect(links.first()).toBeVisible();
  const values = await links.evaluateAll((inputs) =>
    inputs.map((input) => (input as HTMLInputElement).value),
  );
  expect(values).toContainEqual(expect.stringMatching(/\/nla\/\?bank=network-leadership@2\.0\.0$/));
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: /^Resultaten van/ })).toBeVisible();

  // Offline under the sub-path too.
  await page.goto('./');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await context.setOffline(true);
  await page.goto('./coach');
  await expect(page.getByRole('heading', { level: 1, name: 'Voor coaches' })).toBeVisible();
  // The cohort view's worker loads from the sub-path, offline.
  const files = (await generateCohort(networkLeadershipBank(), 5)).map((result, i) => {
    const file = testInfo.outputPath(`cohort-${String(i)}.json`);
    writeFileSync(file, resultFileText(result));
    return file;
  });
  await page.goto('./cohort');
  await page.getByLabel('Kies de resultaatbestanden van de groep').setInputFiles(files);
  await expect(page.getByText(/Gemiddelden en spreiding over 5 deelnemers\./)).toBeVisible();
  await context.setOffline(false);
  expect(
    requests.every(
      (url) =>
        url.startsWith('data:') || url.startsWith('blob:') || new URL(url).pathname.startsWith('/nla/'),
    ),
  ).toBe(true);
  expectOnlySameOrigin(page, requests);
});
