/**
 * 360° feedback end to end, with no server: a participant completes bank 2.0.0 and creates a round; five
 * raters in their own browsers (three partners, one manager, one team member) answer and send their
 * responses back as links; the participant takes them in and sees self beside the raters, the manager as
 * one person's view, the team folded into all others, blind spots and hidden strengths, and a PDF with the
 * 360 part; a coach in another browser opens the result file with the round key file and sees the same.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { answerToResults, expect, expectNoAxeViolations, expectOnlySameOrigin, test } from './fixtures';

const PASSPHRASE = 'groene-brug-over-de-schelde';

/**
 * A rater opens `link` in a fresh browser, answers every statement of the roles at `roles` and of the
 * lever skills at `lever` (radio positions, 0 = lowest), writes `comment` on the roles, and returns the
 * response link; the whole time no request leaves the origin.
 */
async function rate(
  browser: Browser,
  link: string,
  roles: number,
  lever: number,
  comment: string,
  checkAccessibility = false,
): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Sam vraagt je om feedback' })).toBeVisible();
  if (checkAccessibility) await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Begin' }).click();
  if (checkAccessibility) await expectNoAxeViolations(page);
  for (;;) {
    const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    const position = heading.includes('Leiderschapsrollen') ? roles : lever;
    const items = page.locator('fieldset.item:has(input[type="radio"])');
    const count = await items.count();
    for (let i = 0; i < count; i += 1) await items.nth(i).getByRole('radio').nth(position).check();
    if (heading.includes('Leiderschapsrollen') && comment !== '')
      await page.getByRole('textbox').last().fill(comment);
    const finish = page.getByRole('button', { name: 'Afronden' });
    if (await finish.isVisible()) {
      await finish.click();
      break;
    }
    await page.getByRole('button', { name: 'Volgende' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Bedankt! Je feedback is klaar' })).toBeVisible();
  if (checkAccessibility) await expectNoAxeViolations(page);
  await expect(page.getByText('Je voortgang is gewist uit deze browser.')).toBeVisible();
  const response = await page.getByRole('textbox', { name: 'Je antwoordlink' }).inputValue();
  // Nothing of the answers in clear: no statement id, no answer values, no comment.
  expect(response).not.toMatch(/catalyst|network-weaver|"answers"|Leiderschapsrollen/);
  if (comment !== '') expect(response).not.toContain(encodeURIComponent(comment).slice(0, 12));
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('rater')))).toEqual([]);
  expectOnlySameOrigin(page, requests);
  await context.close();
  return response;
}

/** The 360 table of a section on a results page, as text per row. */
async function feedbackTable(page: Page, section: string): Promise<string[]> {
  const table = page.getByRole('table', { name: new RegExp(`^${section}: je eigen score, per groep`) });
  await expect(table).toBeVisible();
  return table.locator('tbody tr').allInnerTexts();
}

test('360°: five raters answer by link, the participant and their coach see the same anonymous figures', async ({
  page,
  browser,
  requests,
}, testInfo) => {
  test.setTimeout(360_000);
  await page.goto('/');
  await answerToResults(page, 3, 30);
  await page.getByRole('link', { name: 'Feedback vragen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Feedback van anderen (360°)' })).toBeVisible();
  await page.getByLabel('Je voornaam voor de beoordelaars (niet verplicht)').fill('Sam');
  await page.getByRole('button', { name: 'Feedbackronde starten' }).click();
  const linkFor = (group: string) => page.getByRole('textbox', { name: `Link voor ${group}` }).inputValue();
  const partners = await linkFor('netwerkpartners');
  const manager = await linkFor('leidinggevende');
  const team = await linkFor('eigen team');
  expect(partners).toMatch(/\/rate#/);
  await expectNoAxeViolations(page);

  // The round key file, for the coach.
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Wachtwoordzin nog eens').fill(PASSPHRASE);
  const [keyDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Rondesleutelbestand bewaren' }).click(),
  ]);
  const keyFile = testInfo.outputPath('round-key.json');
  await keyDownload.saveAs(keyFile);
  expect(readFileSync(keyFile, 'utf8')).not.toContain('PRIVATE');

  // Five raters: the roles clearly below the participant's own view, the lever skills above it.
  const responses = [
    await rate(browser, partners, 1, 4, 'Brengt partners samen, maar de opvolging blijft liggen.', true),
    await rate(browser, partners, 1, 4, ''),
    await rate(browser, partners, 1, 4, 'Luistert goed in overleg.'),
    await rate(browser, manager, 1, 4, ''),
    await rate(browser, team, 1, 4, 'Geeft ons veel ruimte.'),
  ];

  // Four pasted at once, the fifth opened as a link in the participant's browser.
  await page.getByLabel('Antwoordlinks').fill(responses.slice(0, 4).join('\n'));
  await page.getByRole('button', { name: 'Links binnenhalen' }).click();
  await expect(page.locator('.import-outcomes li:not(.refused)')).toHaveCount(4);
  await page.goto(responses[4] ?? '');
  await expect(page.locator('.import-outcomes li:not(.refused)')).toHaveCount(1);
  await expect(page).not.toHaveURL(/#response=/);
  await expect(page.getByRole('row', { name: /^netwerkpartners/ })).toContainText('ja (minimum 3 bereikt)');
  await expect(page.getByRole('row', { name: /^eigen team/ })).toContainText(
    'nog niet: minimum 3, nog 2 nodig',
  );
  // The same response again counts once.
  await page.getByLabel('Antwoordlinks').fill(responses[0] ?? '');
  await page.getByRole('button', { name: 'Links binnenhalen' }).click();
  await expect(page.locator('.import-outcomes')).toContainText(/al (meegeteld|binnen)/i);
  // A tampered response is refused, and nothing is lost.
  const original = responses[1] ?? '';
  const at = original.length - 10; // inside the ciphertext
  const tampered = `${original.slice(0, at)}${original[at] === 'A' ? 'B' : 'A'}${original.slice(at + 1)}`;
  await page.getByLabel('Antwoordlinks').fill(tampered);
  await page.getByRole('button', { name: 'Links binnenhalen' }).click();
  await expect(page.locator('.import-outcomes li.refused')).toHaveCount(1);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Naar je resultaten met de feedback' }).click();
  const section = page.getByRole('region', { name: 'Hoe anderen je zien (360°-feedback)' });
  await expect(section).toBeVisible();
  await expect(section).toContainText('5 antwoorden ontvangen, waarvan 5 meetellen in de cijfers.');
  await expect(section).toContainText(
    'Leidinggevende: 1 antwoord, apart getoond. Dit is de mening van één persoon.',
  );
  await expect(section).toContainText('Netwerkpartners: 3 antwoorden, apart getoond.');
  await expect(section).toContainText(
    'Eigen team: 1 antwoord, minder dan de 3 die nodig zijn om apart te tonen.',
  );
  const headers = await section
    .getByRole('table', { name: /^Leiderschapsrollen: je eigen score/ })
    .locator('thead th')
    .allInnerTexts();
  expect(headers).toEqual([
    'Dimensie',
    'Jij',
    'Leidinggevende (1)',
    'Netwerkpartners (3)',
    'Alle anderen (5)',
    'Verschil (jij − anderen)',
    'Spreiding (SD)',
  ]);
  await expect(section.locator('.legend').first()).toContainText('Leidinggevende (één persoon)');
  expect(headers.join(' ')).not.toContain('Eigen team');
  const roles = await feedbackTable(page, 'Leiderschapsrollen');
  // Strategist: self 4,0; manager, partners and all others 2,0; a difference of 2,0: a blind spot.
  expect(roles.find((row) => row.startsWith('Strateeg'))?.split('\t')).toEqual([
    'Strateeg',
    '4,0',
    '2,0',
    '2,0',
    '2,0',
    '+2,0: blinde vlek',
    '0,0',
  ]);
  const lever = await feedbackTable(page, 'Hefboomvaardigheden');
  expect(lever.some((row) => row.includes('verborgen sterkte'))).toBe(true);
  await expect(section.getByRole('heading', { name: 'Blinde vlekken', exact: true })).toBeVisible();
  await expect(section.getByRole('heading', { name: 'Verborgen sterktes', exact: true })).toBeVisible();
  await expect(section.locator('blockquote')).toHaveCount(3);
  await expect(section).toContainText('Luistert goed in overleg.');
  await expectNoAxeViolations(page);

  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download je rapport (PDF)' }).click(),
  ]);
  const pdfPath = testInfo.outputPath('report-360.pdf');
  await pdf.saveAs(pdfPath);
  const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('Hoe anderen je zien (360°-feedback)');
  expect(text).toContain('Blinde vlekken en verborgen sterktes');
  expect(text).toContain('Geeft ons veel ruimte.');
  expect(text).toContain('Dit is de mening van één persoon.');

  const [resultDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Resultaat downloaden (bestand)' }).click(),
  ]);
  const resultFile = testInfo.outputPath('result-360.json');
  await resultDownload.saveAs(resultFile);
  const result = JSON.parse(readFileSync(resultFile, 'utf8')) as { feedback?: { responses: string[] } };
  expect(result.feedback?.responses).toHaveLength(5);
  expectOnlySameOrigin(page, requests);

  // The coach, in another browser: the result file and the round key file give the same figures.
  const coachContext = await browser.newContext();
  const coach = await coachContext.newPage();
  const coachRequests: string[] = [];
  coach.on('request', (request) => coachRequests.push(request.url()));
  await coach.goto('/coach');
  await coach.getByLabel('Kies een of meer resultaatbestanden').setInputFiles(resultFile);
  await coach.getByLabel('Sleutelbestand van de ronde').setInputFiles(keyFile);
  await coach.getByLabel('Wachtwoordzin van het sleutelbestand').fill('verkeerd');
  await coach.getByRole('button', { name: 'Openen', exact: true }).click();
  await expect(coach.getByText('Dit sleutelbestand gaat niet open met deze wachtwoordzin.')).toBeVisible();
  await coach.getByLabel('Wachtwoordzin van het sleutelbestand').fill(PASSPHRASE);
  await coach.getByRole('button', { name: 'Openen', exact: true }).click();
  await expect(coach.getByRole('region', { name: 'Hoe anderen je zien (360°-feedback)' })).toBeVisible({
    timeout: 30_000,
  });
  expect(await feedbackTable(coach, 'Leiderschapsrollen')).toEqual(roles);
  expect(await feedbackTable(coach, 'Hefboomvaardigheden')).toEqual(lever);
  expectOnlySameOrigin(coach, coachRequests);
  await coachContext.close();
});
