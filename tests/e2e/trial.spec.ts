/**
 * "Try as participant": a facilitator runs a bank from its intro to its results without saving anything,
 * and their own assessment in progress comes back untouched when the trial ends.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { answerToResults, expect, expectNoAxeViolations, test } from './fixtures';

/** Everything this app keeps in the browser, as text: localStorage and the IndexedDB store. */
async function storedText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const local = Object.keys(localStorage)
      .map((key) => `${key}=${localStorage.getItem(key) ?? ''}`)
      .join('\n');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('nla', 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const values = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction('kv').objectStore('kv').getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    db.close();
    return `${local}\n${JSON.stringify(values)}`;
  });
}

test('a facilitator tries a bank as a participant: nothing is saved, and their own assessment comes back', async ({
  page,
}) => {
  // Their own assessment, started on the default bank: two statements answered.
  await page.goto('/');
  await page.getByRole('button', { name: 'Start de vragenlijst' }).click();
  const items = page.locator('fieldset.item:has(input[type="radio"])');
  await items.nth(0).getByRole('radio').nth(3).check();
  await items.nth(1).getByRole('radio').nth(2).check();
  await expect.poll(() => storedText(page)).toContain('"answers":{');
  const before = await storedText(page);

  await page.goto('/facilitator');
  await page.getByLabel('Kies een vragenbankbestand').setInputFiles('tests/fixtures/banks/tiny/2.1.0.json');
  await page
    .getByRole('region', { name: 'Je eigen vragenbank gebruiken' })
    .getByRole('button', { name: 'Uitproberen als deelnemer' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mini-vragenlijst' })).toBeVisible();
  const banner = page.getByRole('region', { name: 'Proefronde' });
  await expect(banner).toContainText('Niets van deze proefronde wordt bewaard');
  await expect(
    page.getByText('Dit is een proefronde: je antwoorden worden nergens naartoe verstuurd'),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await answerToResults(page);
  await expect(banner).toBeVisible();

  // Nothing of the trial reached the browser's storage: not its answers, not the bank.
  const during = await storedText(page);
  expect(during).not.toContain('tiny');
  expect(during).toBe(before);

  await banner.getByRole('button', { name: 'Proefronde beëindigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Voor facilitatoren' })).toBeVisible();
  await expect(banner).toBeHidden();
  // The bank was only tried, not added.
  await expect(page.getByRole('button', { name: 'Deze vragenbank gebruiken' })).toBeVisible();

  // Their own assessment is back where they left it, also after a reload.
  await page.getByRole('link', { name: 'Vragenlijst invullen' }).click();
  await expect(page.getByRole('button', { name: 'Verder waar je gebleven was' })).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: 'Verder waar je gebleven was' }).click();
  await expect(items.nth(0).getByRole('radio').nth(3)).toBeChecked();
  await expect(items.nth(1).getByRole('radio').nth(2)).toBeChecked();
  expect(await storedText(page)).not.toContain('tiny');
});

test('a reload during a trial ends it, with nothing of it kept', async ({ page }) => {
  await page.goto('/facilitator');
  await page.getByLabel('Kies een vragenbankbestand').setInputFiles('tests/fixtures/banks/tiny/2.1.0.json');
  await page
    .getByRole('region', { name: 'Je eigen vragenbank gebruiken' })
    .getByRole('button', { name: 'Uitproberen als deelnemer' })
    .click();
  await page.getByRole('button', { name: 'Start de vragenlijst' }).click();
  await page.locator('fieldset.item:has(input[type="radio"])').nth(0).getByRole('radio').nth(1).check();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Proefronde' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Start de vragenlijst' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Verder waar je gebleven was' })).toBeHidden();
  expect(await storedText(page)).not.toContain('tiny');
});

test('the app speaks of the bank it runs: a team bank’s intro and results never mention networks', async ({
  page,
}, testInfo) => {
  // The tiny bank with every mention of a network made a team, as another programme's bank would read.
  const text = readFileSync('tests/fixtures/banks/tiny/2.1.0.json', 'utf8')
    .replace(/Netwerk/g, 'Team')
    .replace(/netwerk/g, 'team')
    .replace(/Network/g, 'Team')
    .replace(/network/g, 'team')
    .replace(/"nl": "Mini-vragenlijst"/, '"nl": "Teamveiligheid"')
    .replace(/"en": "Tiny questionnaire"/, '"en": "Team safety"');
  const file = testInfo.outputPath('2.1.0.json');
  writeFileSync(file, text);
  for (const language of ['nl', 'en'] as const) {
    await page.goto('/facilitator');
    if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
    const own = page.getByRole('region', {
      name: language === 'nl' ? 'Je eigen vragenbank gebruiken' : 'Use your own question bank',
    });
    await own
      .getByLabel(language === 'nl' ? 'Kies een vragenbankbestand' : 'Choose a question-bank file')
      .setInputFiles(file);
    await own
      .getByRole('button', { name: language === 'nl' ? 'Uitproberen als deelnemer' : 'Try as participant' })
      .click();
    const title = language === 'nl' ? 'Teamveiligheid' : 'Team safety';
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page).toHaveTitle(title);
    await expect(page.locator('body')).not.toContainText(/netwerk|network/i);
    if (language === 'en') await page.getByRole('button', { name: 'Nederlands' }).click();
    // The context answers show on the results, under the interface's own neutral heading.
    await page.getByRole('radio').first().check();
    await answerToResults(page);
    await expect(page.getByText('Wat je huidige fase vraagt')).toBeVisible();
    await expect(page.locator('body')).not.toContainText(/netwerk|network/i);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
    await expect(page.locator('body')).not.toContainText(/netwerk|network/i);
    await page.getByRole('button', { name: 'End the trial' }).click();
    await page.getByRole('button', { name: 'Nederlands' }).click();
  }
});
