import type { Page } from '@playwright/test';
import {
  answersScoring,
  CONNECTING_ROLES,
  networkLeadershipBank,
  questionnaireStepCount,
  questionPageCount,
} from '../helpers/network-leadership';
import { expect, expectNoAxeViolations, expectOnlySameOrigin, expectStep, test } from './fixtures';

// The bundled default bank, as a participant gets it.
const bank = networkLeadershipBank('2.0.0');
const pages = questionPageCount(bank);
const steps = questionnaireStepCount(bank);
const items = bank.items.length;
// Connecting roles strong: weaver 5, mediator 5, coordinator 3, other roles 4; everything else 4.
const scripted = answersScoring(bank, CONNECTING_ROLES, 4);

async function tabUntil(page: Page, matches: () => Promise<boolean>, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await matches()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('focus never reached the expected element');
}

const focusedIs = (page: Page, selector: string) => () =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

test('a participant completes the whole questionnaire with the keyboard alone and sees the expected strengths', async ({
  page,
  requests,
}) => {
  await page.goto('/');
  await expectNoAxeViolations(page);
  await tabUntil(page, () =>
    page.evaluate(() => document.activeElement?.textContent === 'Start de vragenlijst'),
  );
  await page.keyboard.press('Enter');
  await expectStep(page, 1, steps);

  let answered = 0;
  for (let step = 0; step < pages; step += 1) {
    await tabUntil(page, focusedIs(page, 'fieldset.item input'));
    const count = await page.locator('fieldset.item').count();
    for (let i = 0; i < count; i += 1) {
      const id = await page.evaluate(
        () => document.activeElement?.closest('fieldset')?.id.replace(/^item-/, '') ?? '',
      );
      await page.keyboard.press(String(scripted[id]));
      answered += 1;
    }
    await expect(page.locator('#questionnaire-next')).toBeFocused();
    if (step === 0) await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');
  }
  expect(answered).toBe(items);
  await expect(page.getByText(`${items} van ${items} uitspraken beantwoord`)).toBeVisible();
  // Roles in context: the first situation's first role, chosen with the space bar.
  await expect(page.getByRole('heading', { level: 1, name: /Rollen in context/ })).toBeVisible();
  await tabUntil(page, focusedIs(page, 'fieldset.situation input[type="checkbox"]'));
  await page.keyboard.press('Space');
  await expect(page.locator('fieldset.situation').first().getByRole('checkbox').first()).toBeChecked();
  await tabUntil(page, focusedIs(page, '#questionnaire-next'));
  await page.keyboard.press('Enter');
  await tabUntil(page, focusedIs(page, 'textarea'));
  await page.keyboard.type('Ik verbind liever dan dat ik stuur.');
  await tabUntil(page, focusedIs(page, '#questionnaire-next'));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Je resultaten' })).toBeVisible();
  const roles = page.getByRole('region', { name: 'Samenvatting' }).locator('.card').first();
  const name = (id: string) => bank.dimensions.find((d) => d.id === id)!.name.nl!;
  await expect(roles.getByRole('list').first().getByRole('listitem')).toHaveText([
    name('network-weaver'),
    name('mediator'),
  ]);
  await expect(roles.getByRole('list').nth(1)).toHaveText(name('coordinator'));
  await expect(page.getByText('Ik verbind liever dan dat ik stuur.')).toBeVisible();
  const firstRole = name(bank.dimensions.find((d) => d.section === bank.situations!.section)!.id);
  const situations = page.getByRole('region', { name: 'Rollen in context' }).getByRole('table').first();
  // Row 0 is the header; the chosen roles are the first cell after the row header.
  await expect(situations.getByRole('row').nth(1).getByRole('cell').first()).toHaveText(firstRole);
  await expect(situations.getByRole('row').nth(2).getByRole('cell').first()).toHaveText('niet beantwoord');
  await expectNoAxeViolations(page);
  expectOnlySameOrigin(page, requests);
});

test('a reload after every tenth answer loses nothing and comes back to the same page', async ({
  page,
  requests,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start de vragenlijst' }).click();
  const given: Record<string, number> = {};
  let count = 0;
  for (let step = 0; step < 4; step += 1) {
    const ids = await page
      .locator('fieldset.item')
      .evaluateAll((sets) => sets.map((s) => s.id.replace(/^item-/, '')));
    for (const id of ids) {
      const value = ((count * 7) % 5) + 1;
      await page
        .locator(`#item-${id}`)
        .getByRole('radio')
        .nth(value - 1)
        .check();
      given[id] = value;
      count += 1;
      if (count % 10 === 0) {
        await page.reload();
        await expect(page.getByText(`${count} van ${items} uitspraken beantwoord`)).toBeVisible();
        await expectStep(page, step + 1, steps);
      }
    }
    await page.getByRole('button', { name: 'Volgende' }).click();
  }
  await page.reload();
  await expectStep(page, 5, steps);
  const saved = await page.evaluate(
    () => JSON.parse(localStorage.getItem('nla:assessment') ?? '{}').state.answers as Record<string, number>,
  );
  expect(saved).toEqual(given);
  for (let back = 4; back > 0; back -= 1) await page.getByRole('button', { name: 'Vorige' }).click();
  for (const [id, value] of Object.entries(given).slice(0, 6))
    await expect(
      page
        .locator(`#item-${id}`)
        .getByRole('radio')
        .nth(value - 1),
    ).toBeChecked();
  expectOnlySameOrigin(page, requests);
});

test('switching to English mid-way keeps the answers; the questionnaire passes axe in English on a phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Start de vragenlijst' }).click();
  const first = page.locator('fieldset.item').first();
  await first.getByRole('radio').nth(3).check();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText(`1 of ${items} statements answered`)).toBeVisible();
  await expect(first.getByRole('radio', { name: /often/ })).toBeChecked();
  await page.reload();
  await expect(page.getByText(`1 of ${items} statements answered`)).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  await expectNoAxeViolations(page);
});

test('the results page fits a phone and passes axe in English', async ({ page, requests }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const now = new Date().toISOString();
  const saved = {
    version: 1,
    state: {
      bank: { id: bank.id, version: bank.version },
      answers: scripted,
      context: { phase: 'start-up' },
      reflections: { 'self-as-leader': 'Soms.' },
      name: '',
      step: steps - 1,
      startedAt: now,
      updatedAt: now,
      completedAt: now,
    },
  };
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('nla:assessment', value);
      localStorage.setItem('nla:language', 'en');
      sessionStorage.setItem('seeded', '1');
    }
  }, JSON.stringify(saved));
  await page.goto('/results');
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
  await expect(page.locator('svg.chart-svg')).toHaveCount(3);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoAxeViolations(page);
  expectOnlySameOrigin(page, requests);
});
