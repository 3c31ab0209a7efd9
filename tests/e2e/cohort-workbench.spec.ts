/**
 * The cohort workbench end to end: a facilitator drops one zip of 300 generated 2.0.0 results and sees
 * omega and alpha with intervals, the correlation heat map and a subgroup comparison by phase; exports the
 * long CSV and a norms-carrying next version; a participant taking that version in another browser sees
 * where their scores stand in the norm group, on the page and in the PDF.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { generateCohort, resultFileText } from '../helpers/cohort';
import { networkLeadershipBank } from '../helpers/network-leadership';
import { answerToResults, expect, expectNoAxeViolations, expectOnlySameOrigin, test } from './fixtures';

const bank = networkLeadershipBank('2.0.0');

test('from a zip of 300 results to a norms-carrying version whose participants see percentile bands', async ({
  page,
  browser,
  requests,
}, testInfo) => {
  test.setTimeout(180_000);
  const results = await generateCohort(bank, 300);
  const zip = testInfo.outputPath('cohort.zip');
  writeFileSync(
    zip,
    zipSync(
      Object.fromEntries(
        results.map((result, i) => [`cohort/result-${String(i + 1)}.json`, strToU8(resultFileText(result))]),
      ),
    ),
  );

  await page.goto('/cohort');
  await page.getByLabel('Kies de resultaatbestanden van de groep').setInputFiles(zip);
  await expect(page.getByText('Bruikbare resultaten: 300.', { exact: false })).toBeVisible({
    timeout: 30_000,
  });

  // Scale quality: alpha with its interval and omega, per dimension.
  const quality = page.getByRole('region', { name: 'Kwaliteit van de schalen' });
  await expect(
    quality
      .getByText(
        /^Cronbachs alfa 0,\d\d \(95 %-interval 0,\d\d tot 0,\d\d, methode van Feldt\), over 300 volledige antwoordsets/,
      )
      .first(),
  ).toBeVisible();
  await expect(quality.getByText(/^McDonalds omega \(totaal\) 0,\d\d/).first()).toBeVisible();
  await quality
    .getByText(/^De \d uitspraken: antwoorden en cijfers$/)
    .first()
    .click();
  await expect(quality.getByRole('columnheader', { name: 'Alfa zonder deze vraag' }).first()).toBeVisible();

  // The heat map of correlations, with its table.
  const correlations = page.getByRole('figure', { name: 'Correlaties tussen de scores van de dimensies' });
  await expect(correlations.locator('svg rect').first()).toBeVisible();
  await expect(correlations.getByRole('table')).toBeVisible();

  // Subgroups by phase (the first context question): a table with n, mean and SD per phase.
  const subgroups = page.getByRole('region', { name: 'Subgroepen vergelijken' });
  await expect(subgroups.getByLabel('Vergelijk volgens')).toHaveValue('phase');
  await expect(subgroups.getByRole('columnheader', { name: /\(n = \d+\)$/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // The long CSV: one row per participant × statement and per participant × context question.
  const [long] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Antwoorden in lang formaat als csv' }).click(),
  ]);
  const longFile = testInfo.outputPath('long.csv');
  await long.saveAs(longFile);
  const lines = readFileSync(longFile, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  expect(lines.length - 1).toBe(300 * bank.items.length + 300 * bank.context.length);
  expect(readFileSync(longFile, 'utf8')).not.toMatch(/result-\d+\.json/);

  // Norms: the facilitator names the group and the source in both languages, and downloads version 3.0.0.
  const norms = page.getByRole('region', { name: 'Normen voor de volgende versie' });
  await norms.getByLabel('Normgroep (nl)').fill('Pilotgroep 2026');
  await norms.getByLabel('Normgroep (en)').fill('Pilot group 2026');
  await norms.getByLabel(/^Bron \(nl\)/).fill('de pilotgroep van 2026');
  await norms.getByLabel(/^Bron \(en\)/).fill('the 2026 pilot group');
  const [versionDownload] = await Promise.all([
    page.waitForEvent('download'),
    norms.getByRole('button', { name: 'Versie 3.0.0 met deze normen downloaden' }).click(),
  ]);
  const versionFile = testInfo.outputPath('3.0.0.json');
  await versionDownload.saveAs(versionFile);
  const next = JSON.parse(readFileSync(versionFile, 'utf8'));
  expect(next).toMatchObject({
    id: 'network-leadership',
    version: '3.0.0',
    norms: { entries: expect.any(Array) },
  });
  expect(next.norms.entries).toHaveLength(bank.dimensions.length);
  expect(
    execFileSync('npx', ['tsx', 'src/cli/main.ts', 'validate', versionFile], { encoding: 'utf8' }),
  ).toMatch(/3\.0\.0\.json: valid \(network-leadership 3\.0\.0/);
  expectOnlySameOrigin(page, requests);

  // A participant takes that version in another browser: the norm group is on the page and in the PDF.
  const other = await browser.newContext();
  const participant = await other.newPage();
  await participant.goto('/facilitator');
  await participant.getByLabel('Kies een vragenbankbestand').setInputFiles(versionFile);
  await participant.getByRole('button', { name: 'Deze vragenbank gebruiken' }).click();
  await participant.getByRole('button', { name: 'Zelf invullen' }).click();
  await answerToResults(participant, 3, 40);
  const standing = participant.getByRole('region', { name: 'Vergeleken met de normgroep' });
  await expect(standing).toContainText('Vergeleken met de pilotgroep van 2026, n = 300');
  await expect(standing.getByRole('cell', { name: /percentiel|niet te zeggen/ }).first()).toBeVisible();
  const [pdfDownload] = await Promise.all([
    participant.waitForEvent('download'),
    participant.getByRole('button', { name: /PDF/ }).first().click(),
  ]);
  const pdf = testInfo.outputPath('report.pdf');
  await pdfDownload.saveAs(pdf);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('Vergeleken met de normgroep');
  expect(text).toMatch(/Vergeleken met de pilotgroep van 2026, n\s*=\s*300/);
  await other.close();
});
