/**
 * `npm run bench`: builds the app and prints every performance figure with its budget from
 * ARCHITECTURE.md. A benchmark, not a test: it prints figures and does not fail on them.
 */
import { execSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { validateBank } from '../src/domain/bank/validate';
import { scoreAnswers } from '../src/domain/scoring';
import { bundleChunks } from './bundle';
import { generateAnswers, generateBank } from './generate-bank';
import { kB, markdownTable, median, ms, timeRuns, type Row } from './stats';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;

function budgetRow(figure: string, value: number, budget: number, format: (n: number) => string): Row {
  return {
    figure,
    value: format(value),
    budget: `≤ ${format(budget)}`,
    status: value <= budget ? 'ok' : 'OVER',
  };
}

console.log('Building the production bundle…');
execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit' });

const rows: Row[] = [];
const { initial, lazy } = bundleChunks(dist);
const initialGzip = initial.reduce((sum, chunk) => sum + chunk.gzip, 0);
rows.push(budgetRow('JS of the first screen (entry + static imports, gzip)', initialGzip, 110_000, kB));
for (const chunk of lazy)
  rows.push({
    figure: `lazy chunk ${chunk.label} (gzip)`,
    value: kB(chunk.gzip),
    budget: 'loaded on demand',
    status: '—',
  });

const bank = generateBank(1000);
const answers = generateAnswers(bank);
const raw = JSON.parse(JSON.stringify(bank)) as unknown;
const times = timeRuns(() => {
  const result = validateBank(raw);
  if (!result.ok) throw new Error(`generated bank invalid: ${JSON.stringify(result.problems.slice(0, 3))}`);
  scoreAnswers(result.bank, answers);
}, 25);
rows.push(
  budgetRow('validate + score a 1,000-item bank, full answers (Node, median of 25)', median(times), 50, ms),
);

console.log('');
console.log(markdownTable(rows));
console.log('');
console.log(
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), Node ${process.version}.`,
);
