// Temporary: screenshots of the results page from a seeded assessment (not committed).
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const bank = JSON.parse(readFileSync(process.argv[2] ?? 'questionnaires/network-leadership/1.0.0.json', 'utf8'));
const answers: Record<string, number | null> = {};
bank.items.forEach((item: { id: string; dimension: string }, i: number) => {
  answers[item.id] = item.dimension === 'coordinator' ? null : ((i * 7) % 5) + 1;
});
if (bank.items[0]) answers[bank.items[0].id] = 5;
const state = {
  state: {
    bank: { id: bank.id, version: bank.version },
    answers,
    context: { phase: 'execute', position: 'partner' },
    reflections: { 'self-as-leader': 'Ja, soms.' },
    choices: {},
    name: 'Łukasz',
    step: 0,
    startedAt: '2026-11-30T09:00:00.000Z',
    updatedAt: '2026-11-30T09:30:00.000Z',
    completedAt: '2026-11-30T09:30:00.000Z',
  },
  version: 1,
};
const url = process.env.URL ?? 'http://127.0.0.1:4173';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [w, h] of [[360, 740], [1280, 800]] as const) {
  for (const lang of ['nl', 'en']) {
    const context = await browser.newContext({ viewport: { width: w, height: h } });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.log('pageerror', e.message));
    page.on('console', (m) => m.type() === 'error' && console.log('console', m.text()));
    await page.goto(url);
    await page.evaluate(([s, l]) => { localStorage.setItem('nla:assessment', s); localStorage.setItem('nla:language', l); }, [JSON.stringify(state), lang]);
    await page.goto(`${url}/results?bank=${bank.id}@${bank.version}`);
    await page.waitForSelector('#charts-title', { timeout: 15000 });
    await page.screenshot({ path: `/tmp/shots/results-${lang}-${w}.png`, fullPage: true });
    const charts = page.locator('section[aria-labelledby="charts-title"]');
    await charts.screenshot({ path: `/tmp/shots/charts-${lang}-${w}.png` });
    await page.locator('section[aria-labelledby="summary-title"]').screenshot({ path: `/tmp/shots/summary-${lang}-${w}.png` });
    await context.close();
  }
}
await browser.close();
{
  const browser2 = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const context = await browser2.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(([s]) => { localStorage.setItem('nla:assessment', s); }, [JSON.stringify(state)]);
  await page.goto(`${url}/results?bank=${bank.id}@${bank.version}`);
  await page.waitForSelector('#charts-title');
  const figures = page.locator('figure.profile');
  for (let i = 0; i < (await figures.count()); i += 1) await figures.nth(i).locator('.chart').screenshot({ path: `/tmp/shots/fig-${i}-360.png` });
  await browser2.close();
}
