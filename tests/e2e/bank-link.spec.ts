/**
 * A facilitator's own bank reaches a participant on another device through a link that carries the bank
 * itself; a coach on a third device opens the result with the same link. A damaged link is refused with its
 * reason, and nothing else is offered in its place.
 */
import { readFileSync } from 'node:fs';
import { answerToResults, expect, expectNoAxeViolations, expectOnlySameOrigin, test } from './fixtures';

test('a bank link starts the facilitator’s own bank in a fresh browser, and a coach elsewhere scores it with the same link', async ({
  page,
  browser,
  requests,
}, testInfo) => {
  await page.goto('/facilitator');
  await page.getByLabel('Kies een vragenbankbestand').setInputFiles('tests/fixtures/banks/tiny/2.1.0.json');
  await page.getByRole('button', { name: 'Deze vragenbank gebruiken' }).click();
  const field = page.getByRole('textbox', { name: /^Alle talen \(\d+\.\d kB\)$/ }).first();
  const link = await field.inputValue();
  expect(link).toMatch(/\/#b=[A-Za-z0-9_-]+$/);
  // One language alone makes a shorter link.
  const dutch = await page
    .getByRole('textbox', { name: /^Alleen Nederlands/ })
    .first()
    .inputValue();
  expect(dutch.length).toBeLessThan(link.length);
  await expectNoAxeViolations(page);

  // A participant on another device: a fresh browser context that never saw the bank.
  const participant = await browser.newContext();
  const other = await participant.newPage();
  const outside: string[] = [];
  other.on('request', (request) => {
    if (!request.url().startsWith(new URL(link).origin)) outside.push(request.url());
  });
  await other.goto(link);
  await expect(other.getByRole('heading', { level: 1, name: 'Mini-vragenlijst' })).toBeVisible();
  expect(other.url()).toMatch(/\?bank=tiny@2\.1\.0$/);
  // The app speaks of the bank it runs: header and page title carry its own title.
  await expect(other.getByRole('banner').getByRole('link', { name: 'Mini-vragenlijst' })).toBeVisible();
  await expect(other).toHaveTitle('Mini-vragenlijst');
  await expect(other.getByRole('banner')).not.toContainText('Netwerkleiderschap');
  await expectNoAxeViolations(other);
  await answerToResults(other);
  const [download] = await Promise.all([
    other.waitForEvent('download'),
    other.getByRole('button', { name: 'Resultaat downloaden (bestand)' }).click(),
  ]);
  const file = testInfo.outputPath('tiny-result.json');
  await download.saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ bank: { id: 'tiny', version: '2.1.0' } });
  expect(outside).toEqual([]);
  await participant.close();

  // A coach in a third browser: without the bank the result cannot be scored; the same link brings it.
  const coach = await browser.newContext();
  const desk = await coach.newPage();
  await desk.goto('/coach');
  await desk.getByLabel('Kies een of meer resultaatbestanden').setInputFiles(file);
  const needed = desk.getByRole('region', { name: 'Vragenlijst nodig' });
  await expect(needed).toContainText('tiny@2.1.0');
  await expect(needed).toContainText('open in deze browser de link');
  await expect(desk.getByRole('table', { name: 'Rollen: scores per dimensie' })).toHaveCount(0);
  await desk.goto(link);
  await expect(desk.getByRole('heading', { level: 1, name: 'Mini-vragenlijst' })).toBeVisible();
  await desk.goto('/coach');
  await expect(desk.getByRole('table', { name: 'Rollen: scores per dimensie' })).toBeVisible();
  await coach.close();
  expectOnlySameOrigin(page, requests);
});

test('a truncated or altered bank link is refused with its reason, with no questionnaire offered instead', async ({
  page,
  requests,
}) => {
  await page.goto('/facilitator');
  await page.getByLabel('Kies een vragenbankbestand').setInputFiles('tests/fixtures/banks/tiny/2.1.0.json');
  await page.getByRole('button', { name: 'Deze vragenbank gebruiken' }).click();
  const link = await page
    .getByRole('textbox', { name: /^Alle talen/ })
    .first()
    .inputValue();
  for (const damaged of [link.slice(0, Math.floor(link.length * 0.8)), `${link.slice(0, -40)}x`]) {
    await page.goto('/');
    await page.goto(damaged);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Deze link bevat geen bruikbare vragenlijst');
    await expect(alert).toContainText('beschadigd of onvolledig');
    await expect(page.getByRole('button', { name: 'Start de vragenlijst' })).toHaveCount(0);
    await expectNoAxeViolations(page);
  }
  // A link to a bank this app does not have shows no Start button beneath the message either.
  await page.goto('/?bank=tiny@9.9.9');
  await expect(page.getByRole('alert')).toContainText('‘tiny@9.9.9’');
  await expect(page.getByRole('button', { name: 'Start de vragenlijst' })).toHaveCount(0);
  expectOnlySameOrigin(page, requests);
});

test('a participant opens a questionnaire file they received; a broken one is refused with its problems', async ({
  page,
  requests,
}) => {
  await page.goto('/');
  await page.getByText('Ik kreeg een vragenlijstbestand').click();
  await page
    .getByLabel('Kies het vragenlijstbestand')
    .setInputFiles('tests/fixtures/banks/broken/1.0.0.json');
  const alert = page.getByRole('alert').first();
  await expect(alert).toContainText('Dit bestand bevat geen bruikbare vragenlijst');
  await expect(alert).toContainText('items[3].dimension');
  await expect(page.getByRole('button', { name: 'Start de vragenlijst' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto('/');
  await page.getByText('Ik kreeg een vragenlijstbestand').click();
  await page.getByLabel('Kies het vragenlijstbestand').setInputFiles('tests/fixtures/banks/tiny/2.1.0.json');
  await expect(page.getByRole('heading', { level: 1, name: 'Mini-vragenlijst' })).toBeVisible();
  expect(page.url()).toMatch(/\?bank=tiny@2\.1\.0$/);
  await expect(page.getByRole('button', { name: 'Start de vragenlijst' })).toBeVisible();
  expectOnlySameOrigin(page, requests);
});

test('a facilitator downloads a bank as a workbook and loads the workbook back as the same bank', async ({
  page,
  requests,
}, testInfo) => {
  await page.goto('/facilitator');
  await page.getByLabel('Kies een vragenbankbestand').setInputFiles('tests/fixtures/banks/tiny/2.1.0.json');
  await page.getByRole('button', { name: 'Deze vragenbank gebruiken' }).click();
  const entry = page.locator('li.card').filter({ hasText: 'tiny · versie 2.1.0' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    entry.getByRole('button', { name: 'Als werkmap downloaden (.xlsx)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('tiny-2.1.0.xlsx');
  const file = testInfo.outputPath('tiny-2.1.0.xlsx');
  await download.saveAs(file);
  await page.getByLabel('Kies een vragenbankbestand').setInputFiles(file);
  await expect(page.getByText('tiny-2.1.0.xlsx is een geldige vragenbank')).toBeVisible();
  expectOnlySameOrigin(page, requests);
});
