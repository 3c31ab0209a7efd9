/**
 * The participant's speed figures, for the current build and the baseline's (bench/baseline.ts) in the same
 * run, optionally with the CPU slowed down (Chromium's CPU throttling; 4× stands for a mid-range phone):
 * - click → results: on the questionnaire's last step, with everything answered and the results code
 *   prefetched as the app does while the participant answers, from the click on "Naar mijn resultaten" to
 *   the three charts in the DOM;
 * - cold results: a fresh visit to `/results` of a finished assessment, from navigation to the charts;
 * - PDF: building the full report with its code loaded (the second and later downloads).
 * Each run is a fresh context (empty cache), times are taken inside the page.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';

/** The three charts of the results page: drawn as SVG scenes now, by recharts in the baseline. */
const CHARTS = 'svg.chart-svg, svg.recharts-surface';

export interface SpeedFigures {
  readonly clickMs: number[];
  readonly coldMs: number[];
  readonly pdfMs: number[];
}

/** Saved state (format 1, which every version reads) of an assessment with `answers`, finished or not. */
function saved(bank: { id: string; version: string }, answers: Record<string, number | null>, done: boolean) {
  const now = new Date().toISOString();
  return JSON.stringify({
    version: 1,
    state: {
      bank,
      answers,
      context: { phase: 'execute' },
      reflections: {},
      name: '',
      // Past the end: every version puts the participant on the last step.
      step: 999,
      startedAt: now,
      updatedAt: now,
      completedAt: done ? now : null,
    },
  });
}

async function page(context: BrowserContext, state: string, throttle: number): Promise<Page> {
  // A string, not a function: tsx would add helpers (__name) that do not exist in the page.
  await context.addInitScript(`
    localStorage.setItem('nla:assessment', ${JSON.stringify(state)});
    new MutationObserver(function () {
      if (window.__charts === undefined && document.querySelectorAll(${JSON.stringify(CHARTS)}).length >= 3)
        window.__charts = performance.now();
    }).observe(document, { childList: true, subtree: true });
  `);
  const opened = await context.newPage();
  if (throttle > 1) {
    const cdp = await context.newCDPSession(opened);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  return opened;
}

const chartsAt = (p: Page) =>
  p
    .waitForFunction(() => (window as { __charts?: number }).__charts !== undefined, undefined, {
      timeout: 60_000,
    })
    .then(() => p.evaluate(() => (window as { __charts?: number }).__charts ?? Number.NaN));

/** One click → results time. */
async function clickToResults(
  context: BrowserContext,
  origin: string,
  bank: { id: string; version: string },
  answers: Record<string, number | null>,
  throttle: number,
): Promise<number> {
  const p = await page(context, saved(bank, answers, false), throttle);
  await p.goto(`${origin}/questionnaire`);
  const finish = p.getByRole('button', { name: 'Naar mijn resultaten' });
  await finish.waitFor();
  // The app fetches the results code 3 s into the questionnaire; let it, as a participant's last page does.
  await p.waitForTimeout(3000 + 1500 * throttle);
  await p.waitForLoadState('networkidle');
  const clickedAt = await p.evaluate<number>(`(() => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Naar mijn resultaten');
    const at = performance.now();
    button.click();
    return at;
  })()`);
  return (await chartsAt(p)) - clickedAt;
}

/** One PDF build time (the code loaded by a first download before it). */
async function pdfBuild(
  context: BrowserContext,
  origin: string,
  bank: { id: string; version: string },
  answers: Record<string, number | null>,
): Promise<number> {
  const p = await page(context, saved(bank, answers, true), 1);
  await p.goto(`${origin}/results`);
  await chartsAt(p);
  let elapsed = 0;
  for (let run = 0; run < 2; run += 1) {
    const downloaded = p.waitForEvent('download');
    elapsed = await p.evaluate<number>(`new Promise((resolve) => {
      const section = document.getElementById('report-title').parentElement;
      const status = section.querySelector('[role=status]');
      let working = false;
      const start = performance.now();
      const observer = new MutationObserver(() => {
        const done = status.textContent.includes('.pdf');
        if (!done) working = true;
        else if (working) { observer.disconnect(); resolve(performance.now() - start); }
      });
      observer.observe(status, { childList: true, subtree: true, characterData: true });
      section.querySelector('button').click();
    })`);
    await downloaded;
  }
  return elapsed;
}

/**
 * Measures every origin in `origins` (`runs` rounds, the origins taking turns within a round so drift in the
 * machine's load touches all alike), with the CPU throttled `throttle` times. Returns the figures per origin.
 */
export async function measureSpeed(
  origins: readonly string[],
  bank: { id: string; version: string },
  answers: Record<string, number | null>,
  runs: number,
  throttle: number,
  withPdf: boolean,
): Promise<SpeedFigures[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const figures = origins.map(() => ({
    clickMs: [] as number[],
    coldMs: [] as number[],
    pdfMs: [] as number[],
  }));
  const fresh = async <T>(run: (context: BrowserContext) => Promise<T>): Promise<T> => {
    const context = await browser.newContext({ acceptDownloads: true });
    try {
      return await run(context);
    } finally {
      await context.close();
    }
  };
  try {
    for (let round = 0; round < runs; round += 1)
      for (const [i, origin] of origins.entries()) {
        const own = figures[i];
        if (!own) continue;
        own.clickMs.push(await fresh((c) => clickToResults(c, origin, bank, answers, throttle)));
        own.coldMs.push(
          await fresh(async (c) => {
            const p = await page(c, saved(bank, answers, true), throttle);
            await p.goto(`${origin}/results`);
            return chartsAt(p);
          }),
        );
        if (withPdf) own.pdfMs.push(await fresh((c) => pdfBuild(c, origin, bank, answers)));
      }
  } finally {
    await browser.close();
  }
  return figures;
}
