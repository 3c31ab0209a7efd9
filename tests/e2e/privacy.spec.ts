import { execFileSync } from 'node:child_process';
import { networkLeadershipBank, questionPageCount } from '../helpers/network-leadership';
import { answerPages, expect, test } from './fixtures';

const pages = questionPageCount(networkLeadershipBank('2.0.0'));

test('a full run (participant, PDF, export, facilitator, coach, coach PDF) sends nothing outside the origin', async ({
  page,
  context,
}, testInfo) => {
  test.setTimeout(120_000);
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));

  // Participant: questionnaire, results, PDF, result file.
  await page.goto('/');
  await page.getByLabel(/^Opzetten/).check();
  await page.getByRole('button', { name: 'Start de vragenlijst' }).click();
  await answerPages(page, pages + 1, (step, i) => (i + step) % 5);
  await page.getByRole('button', { name: 'Naar mijn resultaten' }).click();
  await page.getByLabel('Je naam op het rapport (niet verplicht)').fill('Ğül 王芳');
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download je rapport (PDF)' }).click(),
  ]);
  await pdf.saveAs(testInfo.outputPath('participant.pdf'));
  const [exported] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Resultaat downloaden (bestand)' }).click(),
  ]);
  const resultFile = testInfo.outputPath('result.json');
  await exported.saveAs(resultFile);

  // Facilitator: catalogue and an own bank.
  await page.getByRole('link', { name: 'Voor facilitatoren' }).click();
  await page.getByLabel('Kies een vragenbankbestand').setInputFiles('tests/fixtures/banks/tiny/2.1.0.json');
  await page.getByRole('button', { name: 'Deze vragenbank gebruiken' }).click();

  // Coach: import, notes, PDF.
  await page.getByRole('link', { name: 'Voor coaches' }).click();
  await page.getByLabel('Kies een of meer resultaatbestanden').setInputFiles(resultFile);
  await page.getByLabel('Je notities bij dit resultaat').fill('Notitie.');
  const [coachPdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download je rapport (PDF)' }).click(),
  ]);
  await coachPdf.saveAs(testInfo.outputPath('coach.pdf'));
  // The notes as typed are in the coach's report.
  const coachText = execFileSync('pdftotext', [testInfo.outputPath('coach.pdf'), '-'], { encoding: 'utf8' });
  expect(coachText).toContain('Notitie.');

  const origin = new URL(page.url()).origin;
  const outside = requests.filter(
    (url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin,
  );
  expect(outside).toEqual([]);
  // The run really exercised the lazy parts: results, the PDF code and the Unicode fonts were all fetched.
  expect(requests.some((url) => url.includes('/assets/results-view-'))).toBe(true);
  expect(requests.some((url) => url.includes('/assets/generate-'))).toBe(true);
  expect(requests.some((url) => url.includes('NotoSansSC'))).toBe(true);
});
