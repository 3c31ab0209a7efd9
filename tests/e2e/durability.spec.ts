import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config';
import { expect, test } from './fixtures';

const ORIGIN = 'http://127.0.0.1:4173';

/** The pids of the Chromium processes that use `profile` (the browser process and its children). */
function chromiumProcesses(profile: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', `user-data-dir=${profile}`], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter((line) => line !== '')
      .map(Number);
  } catch {
    return [];
  }
}

/** Kills the whole browser at once (SIGKILL: no shutdown, no flush), as a crash or a power cut would. */
async function killBrowser(profile: string): Promise<void> {
  const pids = chromiumProcesses(profile);
  expect(pids.length).toBeGreaterThan(0);
  for (const pid of pids)
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone with its parent.
    }
  await expect.poll(() => chromiumProcesses(profile).length, { timeout: 10_000 }).toBe(0);
}

function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
}

const statement = (page: Page, n: number) => page.locator('fieldset.item:has(input[type="radio"])').nth(n);

test('an answer given one second before the whole browser is killed is there after a restart (5 runs)', async () => {
  test.setTimeout(120_000);
  const profile = mkdtempSync(join(tmpdir(), 'nla-crash-'));
  try {
    const given: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const context = await launch(profile);
      const page = context.pages()[0] ?? (await context.newPage());
      if (run === 0) {
        await page.goto(`${ORIGIN}/`);
        await page.getByRole('button', { name: 'Start de vragenlijst' }).click();
      } else await page.goto(`${ORIGIN}/questionnaire`);
      // Every answer of the runs before survived the kill.
      for (const [n, value] of given.entries())
        await expect(statement(page, n).getByRole('radio').nth(value)).toBeChecked();
      const value = (run * 2) % 5;
      await statement(page, run).getByRole('radio').nth(value).check();
      given.push(value);
      await page.waitForTimeout(1000);
      await killBrowser(profile);
      await context.close().catch(() => undefined);
    }
    const context = await launch(profile);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${ORIGIN}/questionnaire`);
    for (const [n, value] of given.entries())
      await expect(statement(page, n).getByRole('radio').nth(value)).toBeChecked();
    await expect(page.getByText(/^5 van \d+ uitspraken beantwoord$/)).toBeVisible();
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('two tabs answering different statements alternately keep every answer; each says it is open elsewhere', async ({
  context,
}) => {
  const first = await context.newPage();
  await first.goto('/');
  await first.getByRole('button', { name: 'Start de vragenlijst' }).click();
  const second = await context.newPage();
  await second.goto('/questionnaire');
  const tabs = [first, second];
  for (const tab of tabs)
    await expect(
      tab.getByRole('status').filter({ hasText: 'ook open in een ander tabblad of venster' }),
    ).toBeVisible();
  // Statement n is answered in tab n % 2, value n % 5, turn by turn.
  for (let n = 0; n < 6; n += 1) {
    const tab = tabs[n % 2]!;
    await tab.bringToFront();
    await statement(tab, n)
      .getByRole('radio')
      .nth(n % 5)
      .check();
  }
  for (const tab of tabs) {
    await tab.reload();
    for (let n = 0; n < 6; n += 1)
      await expect(
        statement(tab, n)
          .getByRole('radio')
          .nth(n % 5),
      ).toBeChecked();
    await expect(tab.getByText(/^6 van \d+ uitspraken beantwoord$/)).toBeVisible();
  }
  // Without a reload too: each tab took in the other's answers as they were given.
  await second.close();
  await expect(first.getByText(/^6 van \d+ uitspraken beantwoord$/)).toBeVisible();
});
