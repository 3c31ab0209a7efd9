import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { CONNECTING_ROLES, answersScoring, networkLeadershipBank } from '../helpers/network-leadership';
import { answerToResults, expect, expectNoAxeViolations, expectOnlySameOrigin, test } from './fixtures';

const bank = networkLeadershipBank();

/** Puts a completed assessment with these answers in the browser's storage before the page loads. */
async function seedCompleted(
  page: Page,
  answers: Record<string, number | null>,
  completedAt: string,
  name = 'Anna De Smet',
) {
  const saved = {
    version: 1,
    state: {
      bank: { id: bank.id, version: bank.version },
      answers,
      context: { phase: 'execute' },
      reflections: { 'self-as-leader': 'Ik verbind.' },
      name,
      step: 13,
      startedAt: completedAt,
      updatedAt: completedAt,
      completedAt,
    },
  };
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('nla:assessment', value);
      sessionStorage.setItem('seeded', '1');
    }
  }, JSON.stringify(saved));
}

/** The figures of the roles table on a results page: dimension → score text. */
async function roleScores(page: Page): Promise<Record<string, string>> {
  const table = page.getByRole('table', { name: 'Leiderschapsrollen: scores per dimensie' });
  await expect(table).toBeVisible();
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', tr.querySelector('td')?.textContent ?? '']),
    );
  return Object.fromEntries(rows);
}

test('a facilitator loads a broken bank, sees its problems, then a valid one that a participant takes', async ({
  page,
  requests,
}) => {
  await page.goto('/facilitator');
  await expect(page.getByRole('heading', { level: 1, name: 'Voor facilitatoren' })).toBeVisible();
  await expect(
    page.getByText('network-leadership · versie 1.0.0 · talen: nl, en · 80 uitspraken · 23 dimensies'),
  ).toBeVisible();
  // Newest version first (semver order), each with a link that pins it.
  const links = page.getByRole('textbox', { name: 'Link voor deelnemers' });
  await expect(links.first()).toHaveValue(/\?bank=network-leadership@2\.0\.0$/);
  await expect(links.nth(1)).toHaveValue(/\?bank=network-leadership@1\.0\.0$/);
  await expectNoAxeViolations(page);

  await page.getByLabel('Kies een vragenbankbestand').setInputFiles('tests/fixtures/banks/broken/1.0.0.json');
  const problems = page.getByRole('alert').filter({ hasText: '4 problemen' });
  await expect(problems).toBeVisible();
  await expect(problems.locator('li').filter({ hasText: 'items[3].dimension' })).toContainText('delivr');
  await expect(problems.locator('li').filter({ hasText: 'dimensions[3].parent' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Kies een vragenbankbestand').setInputFiles('tests/fixtures/banks/tiny/2.1.0.json');
  await expect(page.getByText('2.1.0.json is een geldige vragenbank')).toBeVisible();
  await page.getByText('Rollen', { exact: true }).click();
  await expect(page.getByRole('table', { name: 'Uitspraken van Rollen' })).toContainText(
    'I introduce partners to each other.',
  );
  await page.getByRole('button', { name: 'Deze vragenbank gebruiken' }).click();
  await expect(
    page.getByText('tiny · versie 2.1.0 · talen: nl, en · 15 uitspraken · 7 dimensies').first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // A reload keeps the bank (it is stored in this browser), and its link opens it for a participant.
  await page.reload();
  await expect(page.getByText('uit een bestand')).toBeVisible();
  await page.goto('/?bank=tiny@2.1.0');
  await expect(page.getByRole('heading', { level: 1, name: 'Mini-vragenlijst' })).toBeVisible();
  await answerToResults(page);
  await expect(page.getByRole('table', { name: 'Rollen: scores per dimensie' })).toBeVisible();

  // A link to a bank the app does not have says so and lists the ones it has.
  await page.goto('/?bank=tiny@9.9.9');
  await expect(page.getByRole('alert')).toContainText('‘tiny@9.9.9’');
  await expect(page.getByRole('link', { name: 'network-leadership@1.0.0' })).toBeVisible();
  expectOnlySameOrigin(page, requests);
});

test('a participant moving to a newer bank version keeps the answers to unchanged statements', async ({
  page,
}) => {
  await page.goto('/facilitator');
  for (const file of ['tests/fixtures/banks/tiny/2.1.0.json', 'tests/fixtures/banks/tiny-next/3.0.0.json']) {
    await page.getByLabel('Kies een vragenbankbestand').setInputFiles(file);
    await page.getByRole('button', { name: 'Deze vragenbank gebruiken' }).click();
    await expect(page.getByText('De vragenbank is bewaard in deze browser')).toBeVisible();
  }
  await page.goto('/?bank=tiny@2.1.0');
  await page.getByRole('button', { name: 'Start de vragenlijst' }).click();
  const items = page.locator('fieldset.item');
  for (let i = 0; i < (await items.count()); i += 1) await items.nth(i).getByRole('radio').nth(2).check();
  await page.goto('/?bank=tiny@3.0.0');
  // Both versions are named by their titles as well as id@version.
  await expect(
    page.getByText(
      'Deze link opent versie Mini-vragenlijst (nieuw) (tiny@3.0.0). Je bent bezig met Mini-vragenlijst (tiny@2.1.0).',
    ),
  ).toBeVisible();
  await page
    .getByRole('button', {
      name: 'Overschakelen naar Mini-vragenlijst (nieuw) (tiny@3.0.0) en mijn antwoorden meenemen',
    })
    .click();
  // The first page of 2.1.0 had 5 statements (c1, c2, c3, d1, d2); c2 is gone in 3.0.0, so 4 are kept. What is
  // new or changed is counted between the two versions (1 statement), not from what was left unanswered.
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: '4 antwoorden zijn meegenomen; 1 uitspraken zijn nieuw of gewijzigd' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Mini-vragenlijst (nieuw)' })).toBeVisible();
});

test('a result exported by the participant and imported by a coach shows the same scores, with notes in the PDF', async ({
  page,
  requests,
}, testInfo) => {
  await seedCompleted(page, answersScoring(bank, CONNECTING_ROLES, 4), '2026-11-20T09:20:00.000Z');
  await page.goto('/results');
  const participantScores = await roleScores(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Resultaat downloaden (bestand)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^netwerkleiderschap-resultaat-anna-de-smet-\d{4}-\d{2}-\d{2}\.json$/,
  );
  const file = testInfo.outputPath('result.json');
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  expect(exported).not.toHaveProperty('scores');
  expect(exported).toMatchObject({
    format: 'network-leadership-result',
    bank: { id: 'network-leadership', version: '1.0.0' },
  });

  await page.goto('/coach');
  await expect(page.getByRole('heading', { level: 1, name: 'Voor coaches' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Kies een of meer resultaatbestanden').setInputFiles(file);
  await expect(page.getByRole('heading', { level: 2, name: 'Resultaten van Anna De Smet' })).toBeVisible();
  expect(await roleScores(page)).toEqual(participantScores);
  await page
    .getByLabel('Je notities bij dit resultaat')
    .fill('Sterk in verbinden; volgende keer de opvolging bespreken.');
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByLabel('Je notities bij dit resultaat')).toHaveValue(
    'Sterk in verbinden; volgende keer de opvolging bespreken.',
  );

  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download je rapport (PDF)' }).click(),
  ]);
  const path = testInfo.outputPath('coach-report.pdf');
  await pdf.saveAs(path);
  const { execFileSync } = await import('node:child_process');
  const text = execFileSync('pdftotext', [path, '-'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  expect(text).toContain('Notities van de coach');
  expect(text).toContain('Sterk in verbinden; volgende keer de opvolging bespreken.');

  // Refusals explain themselves.
  await page
    .getByLabel('Kies een of meer resultaatbestanden')
    .setInputFiles('tests/fixtures/banks/tiny/2.1.0.json');
  await expect(page.getByRole('alert')).toContainText('Dit is geen resultaatbestand van deze app.');
  expectOnlySameOrigin(page, requests);
});

test('a share link opened in a fresh browser shows the same results, read-only', async ({
  page,
  browser,
}) => {
  await seedCompleted(page, answersScoring(bank, CONNECTING_ROLES, 4), '2026-11-20T09:20:00.000Z');
  await page.goto('/results');
  const participantScores = await roleScores(page);
  const link = await page.getByRole('textbox', { name: 'Deellink' }).inputValue();
  expect(link).toMatch(/\/view#r=[A-Za-z0-9_-]+$/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const outside: string[] = [];
  other.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(link).origin) outside.push(request.url());
  });
  await other.goto(link);
  await expect(other.getByRole('heading', { level: 1, name: 'Resultaten van Anna De Smet' })).toBeVisible();
  await expect(other.getByText('Je bekijkt resultaten uit een gedeelde link')).toBeVisible();
  expect(await roleScores(other)).toEqual(participantScores);
  expect(
    await other.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith('nla:') && key !== 'nla:language'),
    ),
  ).toEqual([]);
  await expectNoAxeViolations(other);
  // A damaged link explains itself.
  await other.goto(link.slice(0, -40));
  await other.reload();
  await expect(other.getByRole('alert')).toBeVisible();
  expect(outside).toEqual([]);
  await fresh.close();
});

test('a coach compares two results of the same person before and after', async ({ page }, testInfo) => {
  const { buildResultFile, resultFileText } = await import('../../src/domain/result-file');
  const { bankHash } = await import('../../src/domain/bank/hash');
  const sha256 = await bankHash(bank);
  const files: string[] = [];
  // Before: coordinator 2 (2, 2, 2); after: coordinator 4 → change +2.0. Network weaver 3 → 3: change 0.0.
  for (const [when, coordinator] of [
    ['2026-03-01T10:00:00.000Z', 2],
    ['2026-11-20T10:00:00.000Z', 4],
  ] as const) {
    const result = buildResultFile({
      bank: { id: bank.id, version: bank.version },
      bankSha256: sha256,
      language: 'nl',
      startedAt: when,
      completedAt: when,
      name: 'Anna De Smet',
      answers: answersScoring(bank, { coordinator }, 3),
      context: {},
      reflections: {},
    });
    const file = testInfo.outputPath(`result-${when.slice(0, 10)}.json`);
    (await import('node:fs')).writeFileSync(file, resultFileText(result));
    files.push(file);
  }
  await page.goto('/coach');
  // Opened in reverse order on purpose: the comparison orders them by completion date.
  await page.getByLabel('Kies een of meer resultaatbestanden').setInputFiles([files[1]!, files[0]!]);
  await page.getByRole('checkbox').nth(0).check();
  await page.getByRole('checkbox').nth(1).check();
  await page.getByRole('button', { name: 'Voor en na vergelijken' }).click();
  const table = page.getByRole('table', { name: 'Leiderschapsrollen: voor en na' });
  await expect(table).toBeVisible();
  await expect(table.locator('thead')).toContainText('Voor (1 maart 2026)');
  await expect(table.locator('thead')).toContainText('Na (20 november 2026)');
  await expect(table.locator('tr', { hasText: 'Coördinator' })).toContainText('2,04,0+2,0');
  await expect(table.locator('tr', { hasText: 'Netwerkbouwer' })).toContainText('3,03,00,0');
  await expectNoAxeViolations(page);
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download je rapport (PDF)' }).click(),
  ]);
  const path = testInfo.outputPath('compare-report.pdf');
  await pdf.saveAs(path);
  const { execFileSync } = await import('node:child_process');
  const text = execFileSync('pdftotext', [path, '-'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  expect(text).toContain('Voor en na');
  expect(text).toContain('+2,0');
});
