/**
 * The baseline the speed figures are compared with, measured in the same run: the app as it was at a fixed
 * earlier revision (by default the main branch the open issues were filed against), exported with
 * `git archive`, installed with `npm ci` and built once into a cache folder beside the system's temp files.
 * Set `BENCH_BASELINE` to another revision to compare with that instead.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** main when issues 12–18 were filed (2026-11-27). */
export const DEFAULT_BASELINE = '6933d28';

/** The folder of the baseline's checkout, with its `dist` built; prepared on first use, then reused. */
export function prepareBaseline(root: string, revision: string = DEFAULT_BASELINE): string {
  const commit = execSync(`git rev-parse --short=12 ${revision}`, { cwd: root, encoding: 'utf8' }).trim();
  const dir = join(tmpdir(), `nla-bench-baseline-${commit}`);
  if (!existsSync(join(dir, 'package.json'))) {
    mkdirSync(dir, { recursive: true });
    execSync(`git archive ${commit} | tar -x -C ${JSON.stringify(dir)}`, { cwd: root, stdio: 'inherit' });
  }
  if (!existsSync(join(dir, 'node_modules')))
    execSync('npm ci --no-audit --no-fund --loglevel=error', { cwd: dir, stdio: 'inherit' });
  if (!existsSync(join(dir, 'dist', 'index.html')))
    execSync('npx vite build --logLevel warn', { cwd: dir, stdio: 'inherit' });
  return dir;
}
