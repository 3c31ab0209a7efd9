/**
 * Browser figures for `npm run bench`: the production build served by `vite preview`, driven in headless
 * Chromium. Every run uses a fresh browser context (empty cache and storage), like a first visit. Times are
 * taken inside the page (`performance.now()`, from the start of navigation to the moment the element is in
 * the DOM), so Playwright's own round trips are not counted.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
import { median } from './stats';

const PORT = 4321;
/** Where the current build is served during the benchmark. */
export const ORIGIN = `http://127.0.0.1:${String(PORT)}`;

async function waitForServer(url: string, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`vite preview did not start at ${url}`);
}

/** Starts `vite preview` on the app built in `root` (on `port`); stop it with the returned function. */
export async function startPreview(root: string, port: number = PORT): Promise<() => void> {
  const child: ChildProcess = spawn(
    join(root, 'node_modules', '.bin', 'vite'),
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: root, stdio: 'ignore', detached: true },
  );
  await waitForServer(`http://127.0.0.1:${String(port)}`);
  return () => {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
  };
}

export interface PdfFigures {
  /** First download in a fresh page: includes loading the PDF code (jsPDF). */
  readonly firstMs: number;
  /** Later downloads, with the code loaded: building the report itself. */
  readonly buildMs: number[];
  readonly bytes: number;
  /** Pages of the report (its `/Type /Page` objects). */
  readonly pages: number;
}

/**
 * Times the PDF download on the results page: from the click to the "downloaded" status, inside the page.
 * The first click includes loading the lazy PDF chunk; the later ones measure the build alone.
 */
export async function measurePdf(
  bank: { id: string; version: string },
  answers: Record<string, number | null>,
  runs: number,
): Promise<PdfFigures> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    return await withContext(browser, savedState(bank, answers, true), 'svg.chart-svg|3', async (context) => {
      const page = await context.newPage();
      await page.goto(`${ORIGIN}/results`);
      await readyAt(page);
      await page.locator('.field input').fill('Anna De Smet');
      const times: number[] = [];
      let bytes = 0;
      let pages = 0;
      for (let run = 0; run <= runs; run += 1) {
        const downloaded = page.waitForEvent('download');
        // A string, not a function, for the same reason as in withContext.
        const elapsed = await page.evaluate<number>(`new Promise((resolve) => {
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
        const download = await downloaded;
        const path = await download.path();
        const file = readFileSync(path);
        bytes = file.length;
        pages = file.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
        times.push(elapsed);
      }
      const [firstMs = Number.NaN, ...buildMs] = times;
      return { firstMs, buildMs, bytes, pages };
    });
  } finally {
    await browser.close();
  }
}

export interface BrowserFigures {
  /** gzip bytes of the JavaScript the browser loaded before the first question was interactive. */
  readonly firstQuestionJs: number;
  /** gzip bytes of index.html (which carries the default bank) plus any bank JSON fetched. */
  readonly firstQuestionData: number;
  readonly firstQuestionMs: number[];
  readonly resultsMs: number[];
}

/** Saved state that puts a fresh browser on the questionnaire, or (with answers) on finished results. */
export function savedState(
  bank: { id: string; version: string },
  answers: Record<string, number | null>,
  completed: boolean,
): string {
  const now = new Date().toISOString();
  return JSON.stringify({
    version: 1,
    state: {
      bank,
      answers,
      context: { phase: 'execute' },
      reflections: {},
      name: '',
      step: completed ? 13 : 0,
      startedAt: now,
      updatedAt: now,
      completedAt: completed ? now : null,
    },
  });
}

/**
 * A fresh context whose page records, with `performance.now()` (milliseconds since navigation started),
 * when `selector` first matches (at least `count` elements, written `selector|count`) in `window.__ready`.
 */
async function withContext<T>(
  browser: Browser,
  state: string | null,
  selector: string,
  run: (context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext();
  // A string, not a function: tsx would add helpers (__name) that do not exist in the page.
  const target = parseTarget(selector);
  await context.addInitScript(`
    ${state === null ? '' : `localStorage.setItem('nla:assessment', ${JSON.stringify(state)});`}
    new MutationObserver(function () {
      if (window.__ready === undefined && document.querySelectorAll(${JSON.stringify(target.selector)}).length >= ${String(target.count)})
        window.__ready = performance.now();
    }).observe(document, { childList: true, subtree: true });
  `);
  try {
    return await run(context);
  } finally {
    await context.close();
  }
}

function parseTarget(selector: string): { selector: string; count: number } {
  const [css = '', count = '1'] = selector.split('|');
  return { selector: css, count: Number(count) };
}

async function readyAt(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as { __ready?: number }).__ready !== undefined, undefined, {
    timeout: 20_000,
  });
  return page.evaluate(() => (window as { __ready?: number }).__ready ?? Number.NaN);
}

function gzipSize(path: string): number {
  return existsSync(path) ? gzipSync(readFileSync(path), { level: 9 }).length : 0;
}

function gzipOf(dist: string, url: string): number {
  return gzipSize(join(dist, new URL(url).pathname));
}

/** Measures time to the first question and to rendered results, `runs` times each, in fresh contexts. */
export async function measureBrowser(
  dist: string,
  bank: { id: string; version: string },
  answers: Record<string, number | null>,
  runs: number,
): Promise<BrowserFigures> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const firstQuestionMs: number[] = [];
  const resultsMs: number[] = [];
  let firstQuestionJs = 0;
  let firstQuestionData = 0;
  try {
    for (let run = 0; run < runs; run += 1) {
      await withContext(browser, savedState(bank, {}, false), 'fieldset.item input', async (context) => {
        const page = await context.newPage();
        await page.goto(`${ORIGIN}/questionnaire`);
        const ready = await readyAt(page);
        firstQuestionMs.push(ready);
        // What was requested before the first question was there; later requests (the service worker's
        // registration, say) did not hold it up.
        const loaded = await page.evaluate<string[]>(
          `performance.getEntriesByType('resource').filter((e) => e.startTime <= ${String(ready)}).map((e) => e.name)`,
        );
        firstQuestionJs = loaded
          .filter((url) => url.endsWith('.js'))
          .reduce((sum, url) => sum + gzipOf(dist, url), 0);
        firstQuestionData =
          gzipSize(join(dist, 'index.html')) +
          loaded.filter((url) => url.endsWith('.json')).reduce((sum, url) => sum + gzipOf(dist, url), 0);
      });
      await withContext(browser, savedState(bank, answers, true), 'svg.chart-svg|3', async (context) => {
        const page = await context.newPage();
        await page.goto(`${ORIGIN}/results`);
        resultsMs.push(await readyAt(page));
      });
    }
  } finally {
    await browser.close();
  }
  return { firstQuestionJs, firstQuestionData, firstQuestionMs, resultsMs };
}

export { median };

export interface CohortFigures {
  /** From choosing the files to the scale-quality section on screen, per run. */
  readonly totalMs: number[];
  /** Of that, until the files are read (the "files read" section on screen; the analysis follows). */
  readonly readMs: number[];
  /** The longest main-thread task while that happened (Long Tasks API), per run. */
  readonly longestTaskMs: number[];
  /** Main-thread tasks over 50 ms while that happened, per run. */
  readonly longTasks: number[];
  /**
   * With `memory`: the cohort worker's memory in bytes, per run, as V8 reports it over the DevTools protocol
   * (`Runtime.getHeapUsage`: the JavaScript heap in use plus the ArrayBuffer contents outside it). `peak` is
   * the highest of samples taken every 100 ms while reading and analysing (samples wait while the worker
   * runs without a pause, so a short peak in between can be missed); `retained` is measured after a garbage
   * collection once the scale quality is on screen: what the worker keeps of the cohort. `readPeak` is the
   * highest sample until the files are read (before the analysis starts).
   */
  readonly workerPeakBytes: number[];
  readonly workerReadPeakBytes: number[];
  readonly workerRetainedBytes: number[];
}

/**
 * The memory of the page's cohort worker (its URL names `cohort.worker`), through a browser-level DevTools
 * session attached to the worker's target (Playwright's CDP sessions are for pages and frames only).
 */
async function cohortWorkerMemory(browser: Browser) {
  const cdp = await browser.newBrowserCDPSession();
  let sessionId: string | null = null;
  let nextId = 1;
  const waiting = new Map<number, (result: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: unknown };
    if (event.sessionId === sessionId && message.id !== undefined) waiting.get(message.id)?.(message.result);
  });
  const ask = async <T>(method: string): Promise<T> => {
    const id = nextId++;
    const reply = new Promise<T>((resolve) => waiting.set(id, (result) => resolve(result as T)));
    await cdp.send('Target.sendMessageToTarget', {
      sessionId: sessionId ?? '',
      message: JSON.stringify({ id, method }),
    });
    return reply;
  };
  const attached = async (): Promise<boolean> => {
    if (sessionId !== null) return true;
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'worker' && t.url.includes('cohort.worker'));
    if (!worker) return false;
    ({ sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false }));
    return true;
  };
  const used = async (): Promise<number> => {
    const usage = await ask<{ usedSize: number; backingStorageSize?: number }>('Runtime.getHeapUsage');
    return usage.usedSize + (usage.backingStorageSize ?? 0);
  };
  return {
    /** The memory in use now, or 0 before the worker is there. */
    sample: async () => ((await attached()) ? used() : 0),
    /** The memory in use after a garbage collection. */
    retained: async () => {
      if (!(await attached())) return 0;
      await ask('HeapProfiler.collectGarbage');
      return used();
    },
    close: () => cdp.detach(),
  };
}

/**
 * Times the cohort view on `files` (paths of result files, zip archives or JSON-lines files): from the file
 * input's change event to the scale-quality section in the DOM, and the main-thread long tasks in between, in
 * fresh contexts; with `memory`, also the cohort worker's memory (see {@link CohortFigures}).
 */
export async function measureCohort(
  files: readonly string[],
  runs: number,
  { memory = false }: { readonly memory?: boolean } = {},
): Promise<CohortFigures> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const figures = {
    totalMs: [] as number[],
    readMs: [] as number[],
    longestTaskMs: [] as number[],
    longTasks: [] as number[],
    workerPeakBytes: [] as number[],
    workerReadPeakBytes: [] as number[],
    workerRetainedBytes: [] as number[],
  };
  try {
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(`${ORIGIN}/cohort`);
        await page.locator('input[type=file]').waitFor({ state: 'attached' });
        // A string, not a function, for the same reason as in withContext.
        await page.evaluate(`(() => {
          window.__tasks = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) window.__tasks.push([entry.startTime, entry.duration]);
          }).observe({ type: 'longtask' });
          document.querySelector('input[type=file]').addEventListener('change', () => {
            window.__start = performance.now();
            new MutationObserver((_, observer) => {
              if (window.__read === undefined && document.getElementById('files-title'))
                window.__read = performance.now();
              if (document.getElementById('quality-title')) {
                window.__done = performance.now();
                observer.disconnect();
              }
            }).observe(document.body, { childList: true, subtree: true });
          }, { capture: true });
        })()`);
        await page.locator('input[type=file]').setInputFiles([...files]);
        const finished = page.waitForFunction(
          () => (window as { __done?: number }).__done !== undefined,
          undefined,
          { timeout: 300_000 },
        );
        if (memory) {
          const worker = await cohortWorkerMemory(browser);
          const state = { done: false };
          void finished.then(
            () => (state.done = true),
            () => (state.done = true),
          );
          let peak = 0;
          let readPeak = 0;
          while (!state.done) {
            const reading = await page.evaluate<boolean>('window.__read === undefined');
            const sample = await worker.sample();
            peak = Math.max(peak, sample);
            if (reading) readPeak = Math.max(readPeak, sample);
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
          await finished;
          figures.workerRetainedBytes.push(await worker.retained());
          figures.workerPeakBytes.push(Math.max(peak, await worker.sample()));
          figures.workerReadPeakBytes.push(readPeak);
          await worker.close();
        }
        await finished;
        const { start, read, done, tasks } = await page.evaluate<{
          start: number;
          read: number;
          done: number;
          tasks: [number, number][];
        }>('({ start: window.__start, read: window.__read, done: window.__done, tasks: window.__tasks })');
        // Only the part of each task after the change event counts: before it, the browser (here Playwright,
        // for a person the file dialog) is still building the list of files, which no page can change.
        const during = tasks
          .map(([at, duration]) => Math.min(at + duration, done) - Math.max(at, start))
          .filter((duration) => duration > 0);
        figures.totalMs.push(done - start);
        figures.readMs.push(read - start);
        figures.longestTaskMs.push(Math.max(0, ...during));
        figures.longTasks.push(during.filter((duration) => duration > 50).length);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return figures;
}

/** Types `text` a key at a time into the focused field; the time until the field holds all of it. */
async function typeTimed(page: Page, text: string): Promise<number> {
  const start = Date.now();
  await page.keyboard.type(text);
  await page.waitForFunction(
    (expected) => (document.activeElement as HTMLTextAreaElement | null)?.value === expected,
    text,
  );
  return Date.now() - start;
}

/**
 * Typing in the coach's notes with large results open: `files` (result files) are opened in the coach view,
 * then `text` is typed into the notes of the last one, a key at a time as a person types. Returns, per run
 * (a fresh context each), the time from the first key to the last key's character in the field, and the same
 * for a bare textarea on an empty page: the baseline of typing through Playwright.
 */
export async function measureCoachTyping(
  files: readonly string[],
  text: string,
  runs: number,
): Promise<{ readonly coach: number[]; readonly bare: number[] }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const times = { coach: [] as number[], bare: [] as number[] };
  try {
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(`${ORIGIN}/coach`);
        await page.locator('input[type=file]').setInputFiles([...files]);
        const notes = page.getByRole('textbox', { name: /notities/ });
        await notes.waitFor({ timeout: 60_000 });
        await notes.focus();
        times.coach.push(await typeTimed(page, text));
        const bare = await context.newPage();
        await bare.setContent('<textarea aria-label="bare"></textarea>');
        await bare.locator('textarea').focus();
        times.bare.push(await typeTimed(bare, text));
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return times;
}
