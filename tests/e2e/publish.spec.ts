/**
 * A published edition: `npm run bank -- publish` builds the site with a facilitator's bank bundled (and
 * made the default), and the built site, served as a static host would serve it, carries that bank in its
 * catalogue and starts it for participants.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, expectOnlySameOrigin, test } from './fixtures';

const PORT = 4176;
const ORIGIN = `http://127.0.0.1:${String(PORT)}`;
let out = '';
let server: ChildProcess | null = null;

test.beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'nla-published-'));
  execFileSync(
    'npx',
    [
      'tsx',
      'src/cli/main.ts',
      'publish',
      'tests/fixtures/banks/tiny/2.1.0.json',
      '--out',
      out,
      '--default',
      'tiny@2.1.0',
    ],
    { stdio: 'ignore' },
  );
  server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', out, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(ORIGIN)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('the published site did not start');
});

test.afterAll(() => {
  if (server?.pid !== undefined) process.kill(-server.pid);
  rmSync(out, { recursive: true, force: true });
});

test('the published site carries the extra bank in its catalogue and starts it as the default', async ({
  page,
  requests,
}) => {
  await page.goto(`${ORIGIN}/facilitator`);
  await expect(
    page.getByText('tiny · versie 2.1.0 · talen: nl, en · 15 uitspraken · 7 dimensies').first(),
  ).toBeVisible();
  await expect(page.getByText('standaard voor deelnemers')).toBeVisible();
  await expect(page.getByText('network-leadership · versie 2.0.0', { exact: false }).first()).toBeVisible();
  // The edition is named after its default bank, also on pages that run no bank of their own.
  await expect(page.getByRole('banner').getByRole('link', { name: 'Mini-vragenlijst' })).toBeVisible();
  await expect(page).toHaveTitle('Mini-vragenlijst');
  await page.goto(`${ORIGIN}/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Mini-vragenlijst' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start de vragenlijst' })).toBeVisible();
  expectOnlySameOrigin(page, requests);
});
