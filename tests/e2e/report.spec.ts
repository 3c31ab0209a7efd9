import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { networkLeadershipBank, questionPageCount } from '../helpers/network-leadership';
import { answerPages, expect, expectOnlySameOrigin, test } from './fixtures';

const bank = networkLeadershipBank('2.0.0');

test('a participant completes the assessment and downloads a PDF report a coach can read', async ({
  page,
  requests,
}, testInfo) => {
  await page.goto('/');
  await page.getByLabel(/^Uitvoeren en opvolgen/).check();
  await page.getByRole('button', { name: 'Start de vragenlijst' }).click();
  await answerPages(page, questionPageCount(bank) + 1, (step, i) => 3 + ((step + i) % 2));
  await page.getByLabel(bank.reflections.prompts[0]!.prompt.nl!).fill('Ik verbind, en soms stuur ik bij.');
  await page.getByRole('button', { name: 'Naar mijn resultaten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Je resultaten' })).toBeVisible();

  await page.getByLabel('Je naam op het rapport (niet verplicht)').fill('Łukasz Ğül');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download je rapport (PDF)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^netwerkleiderschap-łukasz-ğül-\d{4}-\d{2}-\d{2}\.pdf$/);
  await expect(page.getByRole('status').filter({ hasText: 'Je rapport is gedownload' })).toBeVisible();
  const pdf = testInfo.outputPath('report.pdf');
  await download.saveAs(pdf);

  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const pages = text.split('\f').filter((page) => page.trim() !== '');
  expect(text).toContain('Łukasz Ğül');
  expect(text).toContain('Rapport voor het gesprek met je coach');
  for (const dimension of bank.dimensions) expect(text).toContain(dimension.name.nl!);
  expect(text).toContain('Ik verbind, en soms stuur ik bij.');
  pages.forEach((page, i) => expect(page).toContain(`pagina ${String(i + 1)} van ${String(pages.length)}`));
  // Page 2 is the one-page overview: the summary and every chart (their labels are vector text).
  expect(pages[1]).toContain('Samenvatting');
  for (const title of ['Leiderschapsrollen', 'Mindset', 'Hefboomvaardigheden'])
    expect(pages[1]).toContain(title);
  for (const dimension of bank.dimensions) expect(pages[1]).toContain(dimension.name.nl!);
  const chartsPage = 2;

  // Pictures of the cover and the charts page, kept with the test results for a reviewer to look at.
  for (const [n, label] of [
    [1, 'cover'],
    [chartsPage, 'charts'],
  ] as const) {
    const prefix = testInfo.outputPath(`page-${label}`);
    execFileSync(
      'pdftoppm',
      ['-png', '-r', '60', '-f', String(n), '-l', String(n), '-singlefile', pdf, prefix],
      { stdio: 'ignore' },
    );
    expect(existsSync(`${prefix}.png`)).toBe(true);
    await testInfo.attach(`PDF page ${String(n)} (${label})`, {
      body: readFileSync(`${prefix}.png`),
      contentType: 'image/png',
    });
  }
  expectOnlySameOrigin(page, requests);
});
