/**
 * `npm run bank -- publish <bank files…> --out <dir> [--default id@version] [--base /path/]`: builds the
 * static site with those banks bundled beside the app's own (and, when asked, one of them the default
 * participants get), ready for any static host. It validates every bank first, copies the project's build
 * inputs to a temporary folder, adds the banks there and runs the production build; the checkout itself is
 * never changed. Node only.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TFunction } from 'i18next';
import { canonicalJson } from '../domain/bank/hash';
import { validateBankBytes } from '../domain/bank/validate';
import type { Bank } from '../domain/bank/schema';
import { problemText } from '../views/refusals';

/** What the project's production build reads. */
const BUILD_INPUTS = [
  'index.html',
  'vite.config.ts',
  'package.json',
  'tsconfig.json',
  'src',
  'public',
  'questionnaires',
  'types',
];

interface PublishIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** Runs `publish`; returns the exit code (0 built, 1 a bank has problems or the build failed, 2 usage). */
export function publish(root: string, args: readonly string[], io: PublishIo, t: TFunction): number {
  const files: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (['--out', '--default', '--base'].includes(arg)) options.set(arg, args[(i += 1)] ?? '');
    else if (arg.startsWith('--')) {
      io.err(t('cli.unknownOption', { option: arg }));
      return 2;
    } else files.push(arg);
  }
  const out = options.get('--out');
  if (files.length === 0 || out === undefined || out === '') {
    io.err(t('cli.publishArgs'));
    return 2;
  }
  const banks: Bank[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(file));
    } catch {
      io.err(t('cli.unreadable', { file }));
      return 1;
    }
    const result = validateBankBytes(bytes, { fileName: file });
    if (!result.ok) {
      for (const problem of result.problems)
        io.err(
          `${file}: ${problem.path === '' ? t('cli.wholeFile') : problem.path}: ${problemText(t, problem)}`,
        );
      return 1;
    }
    const bundled = join(root, 'questionnaires', result.bank.id, `${result.bank.version}.json`);
    if (
      existsSync(bundled) &&
      canonicalJson(JSON.parse(readFileSync(bundled, 'utf8'))) !== canonicalJson(result.bank)
    ) {
      io.err(t('cli.publishClash', { file, key: `${result.bank.id}@${result.bank.version}` }));
      return 1;
    }
    banks.push(result.bank);
  }
  const wanted = options.get('--default');
  const chosen =
    wanted === undefined ? undefined : banks.find((bank) => `${bank.id}@${bank.version}` === wanted);
  if (
    wanted !== undefined &&
    chosen === undefined &&
    !existsSync(join(root, 'questionnaires', ...wanted.split('@')) + '.json')
  ) {
    io.err(t('cli.publishNoDefault', { key: wanted }));
    return 2;
  }
  const work = mkdtempSync(join(tmpdir(), 'nla-publish-'));
  try {
    for (const input of BUILD_INPUTS)
      if (existsSync(join(root, input))) cpSync(join(root, input), join(work, input), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
    for (const bank of banks) {
      mkdirSync(join(work, 'questionnaires', bank.id), { recursive: true });
      writeFileSync(
        join(work, 'questionnaires', bank.id, `${bank.version}.json`),
        `${JSON.stringify(bank, null, 2)}\n`,
      );
    }
    if (wanted !== undefined) {
      const [bank, version] = wanted.split('@');
      writeFileSync(
        join(work, 'questionnaires', 'default.json'),
        `${JSON.stringify({ bank, version }, null, 2)}\n`,
      );
    }
    const outDir = resolve(out);
    execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: work,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...(options.has('--base') ? { BASE_PATH: options.get('--base') } : {}) },
    });
    io.out(
      t('cli.published', {
        out: outDir,
        count: banks.length,
        banks: banks.map((b) => `${b.id}@${b.version}`).join(', '),
      }),
    );
    return 0;
  } catch (error) {
    io.err(t('cli.publishFailed', { message: error instanceof Error ? error.message : String(error) }));
    return 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
