/**
 * Validates every worst shape (bench/worst-shapes.ts) in this process, one after the other, and prints one
 * JSON line per shape: its name, the time validation took and the process's peak memory so far (resident set,
 * MB). With `--only N`, validates only shape N, so the peak is that shape's alone. Run in a child process with
 * a capped heap by the test and by the benchmark: a shape that needs more memory makes the child fail.
 */
import { validateBankText } from '../src/domain/bank/validate';
import { readResultText } from '../src/domain/result-file';
import { worstShapes } from './worst-shapes';

const only = process.argv.indexOf('--only');
const shapes = worstShapes();
const chosen = only === -1 ? shapes.map((_, i) => i) : [Number(process.argv[only + 1])];
for (const i of chosen) {
  const shape = shapes[i];
  if (!shape) throw new Error(`there is no shape ${String(i)}`);
  const start = performance.now();
  const outcome = shape.kind === 'bank' ? validateBankText(shape.text) : readResultText(shape.text);
  const ms = performance.now() - start;
  const problems = 'problems' in outcome ? outcome.problems.length : 0;
  console.log(
    JSON.stringify({
      name: shape.name,
      ms,
      peakMB: process.resourceUsage().maxRSS / 1024,
      ok: outcome.ok,
      problems,
    }),
  );
}
