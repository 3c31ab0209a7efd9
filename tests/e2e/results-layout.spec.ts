/**
 * The results page as a participant sees it on a phone and a desktop, in both languages: nothing wider than
 * the screen (the document and every table region), every chart label at least 12 px as drawn, axe clean;
 * and printed on A4, every chart inside the page with its last tick.
 */
import type { Page } from '@playwright/test';
import { answersScoring, CONNECTING_ROLES, networkLeadershipBank } from '../helpers/network-leadership';
import { expect, expectNoAxeViolations, expectOnlySameOrigin, test } from './fixtures';

const bank = networkLeadershipBank('2.0.0');

async function openResults(page: Page, language: 'nl' | 'en'): Promise<void> {
  const now = new Date().toISOString();
  const answers: Record<string, number | null> = { ...answersScoring(bank, CONNECTING_ROLES, 4) };
  // A few statements skipped and one role without a score, so the charts show an open circle too.
  for (const item of bank.items.filter((i) => i.dimension === 'coordinator')) answers[item.id] = null;
  const saved = {
    version: 1,
    state: {
      bank: { id: bank.id, version: bank.version },
      answers,
      context: { phase: 'execute' },
      reflections: { 'self-as-leader': 'Soms.' },
      name: '',
      step: 0,
      startedAt: now,
      updatedAt: now,
      completedAt: now,
    },
  };
  await page.addInitScript(
    ([value, lang]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('nla:assessment', value);
        localStorage.setItem('nla:language', lang);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [JSON.stringify(saved), language] as const,
  );
  await page.goto('/results');
  await expect(
    page.getByRole('heading', { level: 1, name: language === 'nl' ? 'Je resultaten' : 'Your results' }),
  ).toBeVisible();
  await expect(page.locator('svg.chart-svg')).toHaveCount(3);
}

for (const [width, height] of [
  [360, 740],
  [1280, 800],
] as const)
  for (const language of ['nl', 'en'] as const)
    test(`the results page at ${String(width)}×${String(height)} in ${language}: nothing too wide, chart labels ≥ 12 px, axe clean`, async ({
      page,
      requests,
    }) => {
      await page.setViewportSize({ width, height });
      await openResults(page, language);
      // Open every dimension block: their content must fit too.
      await page.getByRole('button', { name: language === 'nl' ? 'Alles openen' : 'Open all' }).click();
      const widths = await page.evaluate(() => ({
        document: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
        regions: [...document.querySelectorAll('[role="region"]')].map((region) => [
          region.getAttribute('aria-label') ?? '',
          region.scrollWidth,
          region.clientWidth,
        ]),
      }));
      expect(widths.document[0]).toBeLessThanOrEqual(widths.document[1] ?? 0);
      expect(widths.regions.length).toBeGreaterThanOrEqual(4);
      for (const [name, scroll, client] of widths.regions)
        expect(Number(scroll), `table region ${String(name)}`).toBeLessThanOrEqual(Number(client));

      // Every chart text as drawn: its font size times the SVG's scale, and inside the SVG.
      const labels = await page.evaluate(() =>
        [...document.querySelectorAll('svg.chart-svg')].flatMap((svg) => {
          const box = svg.getBoundingClientRect();
          const scale = box.width / (svg as SVGSVGElement).viewBox.baseVal.width;
          return [...svg.querySelectorAll('text')].map((text) => {
            const own = text.getBoundingClientRect();
            return {
              text: text.textContent,
              size: Number(text.getAttribute('font-size')) * scale,
              inside: own.left >= box.left - 0.5 && own.right <= box.right + 0.5,
            };
          });
        }),
      );
      expect(labels.length).toBeGreaterThan(30);
      for (const label of labels) {
        expect(label.size, label.text).toBeGreaterThanOrEqual(12);
        expect(label.inside, `${label.text} is clipped`).toBe(true);
      }
      await expectNoAxeViolations(page);
      expectOnlySameOrigin(page, requests);
    });

test('printed on A4, every chart fits the page with its last tick, and every dimension block is open', async ({
  page,
  requests,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openResults(page, 'nl');
  await page.emulateMedia({ media: 'print' });
  // A4 minus 15 mm margins: 180 mm at 96 px per inch.
  await page.setViewportSize({ width: 680, height: 1000 });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const charts = await page.evaluate(() =>
    [...document.querySelectorAll('svg.chart-svg')].map((svg) => {
      const box = svg.getBoundingClientRect();
      const texts = [...svg.querySelectorAll('text')];
      const lastTick = texts.filter((t) => t.textContent === '5').map((t) => t.getBoundingClientRect().right);
      return {
        right: box.right,
        lastTick: Math.max(...lastTick),
        page: document.documentElement.clientWidth,
      };
    }),
  );
  expect(charts).toHaveLength(3);
  for (const chart of charts) {
    expect(chart.right).toBeLessThanOrEqual(chart.page);
    expect(chart.lastTick).toBeLessThanOrEqual(chart.page);
  }
  const closed = await page.locator('details.dimension:not([open])').count();
  expect(closed).toBe(0);
  await expect(page.locator('details.dimension')).toHaveCount(bank.dimensions.length);
  expectOnlySameOrigin(page, requests);
});
