import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { brokenCohortFiles, generateCohort, resultFileText } from '../helpers/cohort';
import { readWorkbook } from '../../src/sheets/xlsx';
import { networkLeadershipBank } from '../helpers/network-leadership';
import { expect, expectNoAxeViolations, expectOnlySameOrigin, test } from './fixtures';

const bank = networkLeadershipBank();

test('a facilitator loads a cohort of 200 results and 3 broken files: profile, scale quality, CSV and PDF', async ({
  page,
  requests,
}, testInfo) => {
  test.setTimeout(120_000);
  const files: string[] = [];
  for (const [i, result] of (await generateCohort(bank, 200)).entries()) {
    const file = testInfo.outputPath(`result-${String(i + 1).padStart(3, '0')}.json`);
    writeFileSync(file, resultFileText(result));
    files.push(file);
  }
  for (const broken of brokenCohortFiles(bank)) {
    const file = testInfo.outputPath(broken.name);
    writeFileSync(file, broken.text);
    files.push(file);
  }
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));

  await page.goto('/facilitator');
  await page.getByRole('button', { name: 'Groepsoverzicht openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Groepsoverzicht' })).toBeVisible();
  await page.getByLabel('Kies de resultaatbestanden van de groep').setInputFiles(files);

  // Files: 200 usable, the 3 broken ones named with their reason.
  await expect(page.getByText('Bruikbare resultaten: 200. Onbruikbare bestanden: 3.')).toBeVisible();
  await page.getByText('3 bestanden konden niet gebruikt worden').click();
  for (const name of ['half-written.json', 'the-bank-itself.json', 'bad-answers.json'])
    await expect(page.getByRole('listitem').filter({ hasText: name })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'bad-answers.json' })).toContainText(
    'answers.network-weaver-1',
  );

  // Group profile: n = 200 per dimension; no individual name is shown.
  await expect(page.getByText('Gemiddelden en spreiding over 200 deelnemers.')).toBeVisible();
  const roles = page.getByRole('table', { name: 'Leiderschapsrollen: cijfers van de groep' });
  await expect(roles.locator('tr', { hasText: 'Netwerkbouwer' }).locator('td').first()).toHaveText('200');
  // Network weaver is the hand-computed pattern: item means 3.6, 4.0, 3.4 → scale mean 3.67.
  await expect(roles.locator('tr', { hasText: 'Netwerkbouwer' }).locator('td').nth(1)).toHaveText('3,7');
  await expect(page.getByText(/Deelnemer \d+/).first()).toBeHidden();

  // Scale quality: the known alpha (0.9316) and item–rest (0.8248) of the network-weaver pattern.
  const weaver = page.locator('.quality', { has: page.getByRole('heading', { name: 'Netwerkbouwer' }) });
  await expect(weaver).toContainText(
    /Cronbachs alfa 0,93 \(95 %-interval 0,\d\d tot 0,\d\d, methode van Feldt\), over 200 volledige antwoordsets en 3 vragen\./,
  );
  await weaver.getByText('De 3 uitspraken: antwoorden en cijfers').click();
  await expect(weaver.locator('tr', { hasText: 'network-weaver-1' })).toContainText('0,82');

  // The analysis ran in a worker, off the main thread.
  expect(workers.some((url) => url.includes('cohort.worker'))).toBe(true);

  await expectNoAxeViolations(page);

  // CSV: a header and one row per item (80), with the network-weaver figures; in Dutch as Flemish and Dutch
  // Excel read it: semicolons between cells, decimal commas.
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Itemstatistieken als csv' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toBe('itemstatistieken-network-leadership-1.0.0.csv');
  const csvPath = testInfo.outputPath('items.csv');
  await csvDownload.saveAs(csvPath);
  const lines = readFileSync(csvPath, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines).toHaveLength(81);
  expect(lines[0]).toBe(
    'Onderdeel;Schaal;Cronbachs alfa;Volledige antwoordsets;Vraag-id;Omgekeerd gesteld;Vraag;Beantwoord (n);Gemiddelde;Standaarddeviatie;Aandeel niet van toepassing;Item-restcorrelatie',
  );
  const first = lines.find((line) => line.includes(';network-weaver-1;'))?.split(';') ?? [];
  expect(first.slice(0, 6)).toEqual([
    'Leiderschapsrollen',
    'Netwerkbouwer',
    '0,932',
    '200',
    'network-weaver-1',
    'nee',
  ]);
  expect(first.slice(-5)).toEqual(['200', '3,6', '1,022', '0', '0,825']);
  expect(lines.filter((line) => line.includes(';ja;'))).toHaveLength(10);

  // PDF: the group profile, group figures only.
  const [pdfDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Groepsprofiel als pdf (voor de groepssessie)' }).click(),
  ]);
  const pdfPath = testInfo.outputPath('group.pdf');
  await pdfDownload.saveAs(pdfPath);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  expect(text).toContain('Groepsprofiel');
  expect(text).toContain('Groep van 200 deelnemers');
  expect(text).toContain('Profiel van de groep');
  expect(text).toContain('Netwerkbouwer');
  expect(text).toMatch(/Netwerkbouwer\s+200\s+3,7/);
  // Column headers keep their words whole (the columns make room for them).
  // Headers wrap in their columns; each word is there.
  for (const header of ['Gemiddelde', 'Standaarddeviatie', 'Laagste', 'Sterk', 'Ontwikkelpunt'])
    expect(text).toContain(header);
  expect(text).toMatch(/Aantal deelnemers\s+Aandeel/);
  expect(text).not.toMatch(/Deelnemer \d/);
  expectOnlySameOrigin(page, requests);
});

test('an individual result is shown only when the facilitator opens it on purpose', async ({
  page,
}, testInfo) => {
  const files = (await generateCohort(bank, 5, 7)).map((result, i) => {
    const file = testInfo.outputPath(`r${String(i)}.json`);
    writeFileSync(file, resultFileText(result));
    return file;
  });
  await page.goto('/cohort');
  await page.getByLabel('Kies de resultaatbestanden van de groep').setInputFiles(files);
  await expect(page.getByText('Gemiddelden en spreiding over 5 deelnemers.')).toBeVisible();
  await expect(page.getByText('Deelnemer 3,')).toBeHidden();
  await page.getByText('De individuele resultaten (5) bekijken').click();
  await expect(page.getByText('Deelnemer 3,')).toBeVisible();
  await page
    .getByRole('listitem')
    .filter({ hasText: 'Deelnemer 3,' })
    .getByRole('button', { name: /^Openen: Deelnemer 3,/ })
    .click();
  await expect(page).toHaveURL(/\/coach$/);
  await expect(page.getByText('Deelnemer 3').first()).toBeVisible();
  // Back in the cohort view, the cohort is still there (kept in memory, never stored).
  await page.goBack();
  await expect(page.getByText(/Gemiddelden en spreiding over 5 deelnemers\./)).toBeVisible();
  expect(await page.evaluate(() => JSON.stringify(localStorage).includes('Deelnemer 1'))).toBe(false);
});

test('the file chooser speaks the app’s language and opens from the keyboard', async ({ page }, testInfo) => {
  const [file, other] = (await generateCohort(bank, 2)).map((result, i) => {
    const path = testInfo.outputPath(`r${String(i)}.json`);
    writeFileSync(path, resultFileText(result));
    return path;
  }) as [string, string];
  await page.goto('/cohort');
  const input = page.getByLabel('Kies de resultaatbestanden van de groep');
  const button = page.locator('.file-drop-button');
  await expect(button).toHaveText('Bestanden kiezen');
  // Listen before the key press: Playwright intercepts the chooser only once it listens.
  const chosen = page.waitForEvent('filechooser');
  // Reach it with Tab from the language switch just before the main content.
  await page.getByRole('button', { name: 'Nederlands' }).focus();
  for (let i = 0; i < 10 && !(await input.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  expect(await button.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  // Enter, and Space as for any button.
  await page.keyboard.press('Enter');
  const chooser = await chosen;
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles(file);
  await expect(page.getByText('Gemiddelden en spreiding van 1 deelnemer.', { exact: false })).toBeVisible();
  const chosenAgain = page.waitForEvent('filechooser');
  await page.getByLabel('Meer resultaatbestanden toevoegen').focus();
  await page.keyboard.press('Space');
  const again = await chosenAgain;
  await again.setFiles(other);
  await expect(page.getByText('Gemiddelden en spreiding over 2 deelnemers.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(button).toHaveText('Choose files');
  await expect(page.getByText('Add more result files', { exact: true })).toBeVisible();
});

test('the answers in long format download as CSV and .xlsx: numbered participants, no names', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const people = 12;
  const files = (await generateCohort(bank, people, 11)).map((result, i) => {
    const file = testInfo.outputPath(`long-${String(i)}.json`);
    writeFileSync(file, resultFileText(result));
    return file;
  });
  await page.goto('/cohort');
  await page.getByLabel('Kies de resultaatbestanden van de groep').setInputFiles(files);
  await expect(page.getByText(`Gemiddelden en spreiding over ${String(people)} deelnemers.`)).toBeVisible();

  // CSV: one table, a row per participant × item (80) and per participant × context question (4), with
  // machine column names; in Dutch with semicolons, as read.csv2 and Flemish Excel read it.
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Antwoorden in lang formaat als csv' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toBe('antwoorden-lang-network-leadership-1.0.0.csv');
  await expect(page.getByText('Gedownload als antwoorden-lang-network-leadership-1.0.0.csv.')).toBeVisible();
  const csvPath = testInfo.outputPath('long.csv');
  await csvDownload.saveAs(csvPath);
  const text = readFileSync(csvPath, 'utf8');
  const lines = text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe('participant;kind;item;dimension;answer;recoded;not_applicable;question;option');
  expect(bank.items).toHaveLength(80);
  expect(bank.context).toHaveLength(4);
  expect(lines).toHaveLength(1 + people * bank.items.length + people * bank.context.length);
  const rows = lines.slice(1).map((line) => line.split(';'));
  expect(rows.filter((row) => row[1] === 'item')).toHaveLength(people * 80);
  expect(rows.filter((row) => row[1] === 'context')).toHaveLength(people * 4);
  expect(new Set(rows.map((row) => row[0]))).toEqual(
    new Set(Array.from({ length: people }, (_, i) => String(i + 1))),
  );
  expect(text).not.toMatch(/Deelnemer|long-\d+\.json|2026-/);

  // .xlsx: two sheets with the same rows, numbers as numbers.
  const [xlsxDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Antwoorden in lang formaat als Excel-bestand (.xlsx)' }).click(),
  ]);
  expect(xlsxDownload.suggestedFilename()).toBe('antwoorden-lang-network-leadership-1.0.0.xlsx');
  const xlsxPath = testInfo.outputPath('long.xlsx');
  await xlsxDownload.saveAs(xlsxPath);
  const [items, context] = await readWorkbook(readFileSync(xlsxPath));
  expect(items?.name).toBe('items');
  expect(items?.header).toEqual(['participant', 'item', 'dimension', 'answer', 'recoded', 'not_applicable']);
  expect(items?.rows).toHaveLength(people * 80);
  expect(typeof items?.rows[0]?.[0]).toBe('number');
  expect(context?.name).toBe('context');
  expect(context?.rows).toHaveLength(people * 4);
});

test('a facilitator drops one zip archive of 300 result files and sees the group of 300', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const results = await generateCohort(bank, 300, 5);
  // As a facilitator's archive can be: the files in a folder, with the files macOS adds beside them.
  const folder = Object.fromEntries(
    results.map((result, i) => [
      `result-${String(i + 1).padStart(3, '0')}.json`,
      strToU8(resultFileText(result)),
    ]),
  );
  const zip = testInfo.outputPath('pilotgroep.zip');
  writeFileSync(
    zip,
    zipSync({ pilotgroep: folder, __MACOSX: { pilotgroep: { '._result-001.json': strToU8('x') } } }),
  );
  await page.goto('/cohort');
  await page.getByLabel('Kies de resultaatbestanden van de groep').setInputFiles(zip);
  await expect(page.getByText('Bruikbare resultaten: 300. Onbruikbare bestanden: 0.')).toBeVisible();
  await expect(page.getByText('Gemiddelden en spreiding over 300 deelnemers.')).toBeVisible();
  const roles = page.getByRole('table', { name: 'Leiderschapsrollen: cijfers van de groep' });
  await expect(roles.locator('tr', { hasText: 'Netwerkbouwer' }).locator('td').first()).toHaveText('300');
});
