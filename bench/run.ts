/**
 * `npm run bench`: builds the app and prints every performance figure with its budget from
 * ARCHITECTURE.md. A benchmark, not a test: it prints figures and does not fail on them.
 */
import { execFileSync, execSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { validateBank } from '../src/domain/bank/validate';
import { readResultText } from '../src/domain/result-file';
import { scoreAnswers } from '../src/domain/scoring/score';
import { generateCohort, resultFileText } from '../tests/helpers/cohort';
import { answersScoring, networkLeadershipBank } from '../tests/helpers/network-leadership';
import { measureBrowser, measureCoachTyping, measurePdf, ORIGIN, startPreview } from './browser';
import { prepareBaseline } from './baseline';
import { cohortRows } from './cohort';
import { measureSpeed } from './speed';
import { bundleChunks } from './bundle';
import { labelRates } from './labels';
import { worstShapes } from './worst-shapes';
import { generateAnswers, generateBank } from './generate-bank';
import { kB, markdownTable, median, ms, timeRuns, type Row } from './stats';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
const RUNS = 7;
const LABEL_RUNS = 10_000;
const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

function budgetRow(figure: string, value: number, budget: number, format: (n: number) => string): Row {
  return {
    figure,
    value: format(value),
    budget: `≤ ${format(budget)}`,
    status: value <= budget ? 'ok' : 'OVER',
  };
}

/** `npm run bench -- --only cohort`: the cohort view's figures alone (bench/cohort.ts). */
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
if (only !== null && only !== 'cohort') throw new Error(`--only takes "cohort", not "${only}"`);

console.log('Building the production bundle…');
execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit' });

if (only === 'cohort') {
  console.log('Measuring the cohort view in headless Chromium…');
  const stopCohort = await startPreview(root);
  try {
    console.log('');
    console.log(markdownTable(await cohortRows(networkLeadershipBank('2.0.0'))));
  } finally {
    stopCohort();
  }
  console.log('');
  console.log(
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model ?? 'unknown CPU'} (${String(cpus().length)} cores), Node ${process.version}.`,
  );
  process.exit(0);
}

const rows: Row[] = [];
const { initial, lazy } = bundleChunks(dist);
const initialGzip = initial.reduce((sum, chunk) => sum + chunk.gzip, 0);
rows.push({
  figure: 'JS of the entry chunk + its static imports (gzip)',
  value: kB(initialGzip),
  budget: '—',
  status: '—',
});
for (const chunk of lazy)
  rows.push({
    figure: `lazy chunk ${chunk.label} (gzip)`,
    value: kB(chunk.gzip),
    budget: 'loaded on demand',
    status: '—',
  });

console.log(`Measuring in headless Chromium (${String(RUNS)} fresh runs each)…`);
// The default bank, as a participant gets it.
const bank = networkLeadershipBank('2.0.0');
const stop = await startPreview(root);
try {
  const figures = await measureBrowser(
    dist,
    { id: bank.id, version: bank.version },
    answersScoring(bank, { coordinator: 3 }, 4),
    RUNS,
  );
  rows.unshift(
    budgetRow(
      'JS loaded to show the first question (gzip, measured in Chromium)',
      figures.firstQuestionJs,
      110_000,
      kB,
    ),
    {
      figure: 'HTML with the embedded default bank, loaded for the first question (gzip)',
      value: kB(figures.firstQuestionData),
      budget: '—',
      status: '—',
    },
  );
  rows.push(
    budgetRow(
      `navigation to first question interactive (Chromium, median of ${String(RUNS)})`,
      median(figures.firstQuestionMs),
      500,
      ms,
    ),
  );
  rows.push({
    figure: `navigation to results rendered, 3 charts (Chromium, median of ${String(RUNS)})`,
    value: ms(median(figures.resultsMs)),
    budget: '—',
    status: '—',
  });
  const pdf = await measurePdf(
    { id: bank.id, version: bank.version },
    answersScoring(bank, { coordinator: 3 }, 4),
    RUNS,
  );
  rows.push(
    budgetRow(
      `full PDF report built (Chromium, median of ${String(RUNS)}, PDF code loaded)`,
      median(pdf.buildMs),
      500,
      ms,
    ),
  );
  rows.push({
    figure: 'first PDF download, including loading the PDF code (Chromium)',
    value: ms(pdf.firstMs),
    budget: '—',
    status: '—',
  });
  rows.push({
    figure: `PDF report size (Western name, ${String(pdf.pages)} pages)`,
    value: kB(pdf.bytes),
    budget: '—',
    status: '—',
  });
  // The cohort view (bench/cohort.ts): 5,000 separate files, and JSON-lines files of 5,000 and 50,000.
  rows.push(...(await cohortRows(bank)));
  // Speed against the baseline (bench/baseline.ts), in the same run: bank 1.0.0, which both builds carry, so
  // both do the same work; 7 rounds at full speed, 3 with the CPU slowed 4× (phone class).
  const baselineDir = prepareBaseline(root, process.env.BENCH_BASELINE);
  const baselinePort = 4322;
  const stopBaseline = await startPreview(baselineDir, baselinePort);
  try {
    const both = [ORIGIN, `http://127.0.0.1:${String(baselinePort)}`];
    const older = networkLeadershipBank('1.0.0');
    const answers1 = answersScoring(older, { coordinator: 3 }, 4);
    const ratioRow = (figure: string, now: number[], then: number[], budget: number | null): Row => {
      const ratio = median(now) / median(then);
      return {
        figure,
        value: `${ms(median(now))} (baseline ${ms(median(then))}; ${ratio.toFixed(2)}×)`,
        budget: budget === null ? '—' : `≤ ${budget.toFixed(2)}×`,
        status: budget === null ? '—' : ratio <= budget ? 'ok' : 'OVER',
      };
    };
    for (const throttle of [1, 4]) {
      const rounds = throttle === 1 ? RUNS : 3;
      const [now, then] = await measureSpeed(both, older, answers1, rounds, throttle, throttle === 1);
      if (!now || !then) continue;
      const cpu = throttle === 1 ? '' : `, CPU ${String(throttle)}× slower`;
      rows.push(
        ratioRow(
          `click “to my results” → charts on screen (Chromium${cpu}, median of ${String(rounds)})`,
          now.clickMs,
          then.clickMs,
          throttle === 1 ? 0.35 : null,
        ),
        ratioRow(
          `cold load of /results → charts (Chromium${cpu}, median of ${String(rounds)})`,
          now.coldMs,
          then.coldMs,
          throttle === 1 ? 0.75 : null,
        ),
      );
      if (throttle === 1)
        rows.push(
          ratioRow(
            `full PDF report built, code loaded (Chromium, median of ${String(rounds)})`,
            now.pdfMs,
            then.pdfMs,
            0.8,
          ),
        );
    }
  } finally {
    stopBaseline();
  }

  // The coach's notes with two of the largest results 2.0.0 allows open (five open reflections of 100,000
  // characters each): typing writes the note alone, never the results.
  const large = mkdtempSync(join(tmpdir(), 'nla-coach-'));
  try {
    const texts = bank.reflections.prompts.filter((prompt) => prompt.kind === 'text');
    const files = (await generateCohort(bank, 2)).map((result, i) => {
      const big = {
        ...result,
        reflections: Object.fromEntries(texts.map((p) => [p.id, 'x'.repeat(100_000)])),
      };
      const file = join(large, `large-${String(i)}.json`);
      writeFileSync(file, resultFileText(big));
      return file;
    });
    const typed = 'Sterk in verbinden.';
    const mb = (statSync(files[0] ?? '').size / 1_000_000).toFixed(1);
    const typing = await measureCoachTyping(files, typed, 3);
    rows.push(
      {
        figure: `coach: typing ${String(typed.length)} characters in the notes, two ${mb} MB results open (Chromium, median of 3)`,
        value: ms(median(typing.coach)),
        budget: '—',
        status: '—',
      },
      {
        figure: '… the same typing into a bare textarea on an empty page (baseline, same run)',
        value: ms(median(typing.bare)),
        budget: '—',
        status: '—',
      },
    );
  } finally {
    rmSync(large, { recursive: true, force: true });
  }
} finally {
  stop();
}

const generated = generateBank(1000);
const answers = generateAnswers(generated);
const raw = JSON.parse(JSON.stringify(generated)) as unknown;
const times = timeRuns(() => {
  const result = validateBank(raw);
  if (!result.ok) throw new Error(`generated bank invalid: ${JSON.stringify(result.problems.slice(0, 3))}`);
  scoreAnswers(result.bank, answers);
}, 25);
rows.push(
  budgetRow('validate + score a 1,000-item bank, full answers (Node, median of 25)', median(times), 50, ms),
);
// A 5 MB result file (49 reflections of 100,000 characters: the most the format allows per text), read and
// checked as the coach import does it.
const big = JSON.stringify({
  format: 'network-leadership-result',
  formatVersion: 1,
  bank: { id: 'network-leadership', version: '1.0.0', sha256: 'a'.repeat(64) },
  language: 'nl',
  startedAt: null,
  completedAt: '2026-11-27T10:00:00.000Z',
  exportedAt: '2026-11-27T10:00:00.000Z',
  answers: answersScoring(networkLeadershipBank(), {}, 4),
  context: {},
  reflections: Object.fromEntries(
    Array.from({ length: 49 }, (_, i) => [`reflection-${String(i)}`, 'x'.repeat(100_000)]),
  ),
});
const imports = timeRuns(() => {
  if (!readResultText(big).ok) throw new Error('the 5 MB result file should be valid');
}, 9);
rows.push({
  figure: `import (parse + check) a ${(big.length / 1_000_000).toFixed(1)} MB result file (Node, median of 9)`,
  value: ms(median(imports)),
  budget: '—',
  status: '—',
});
// The bundled bank scored as the browser does it, for scale.
const nl = networkLeadershipBank('2.0.0');
rows.push({
  figure: `score the default ${String(nl.items.length)}-item bank (Node, median of 25)`,
  value: ms(median(timeRuns(() => scoreAnswers(nl, answersScoring(nl, {}, 4)), 25))),
  budget: '—',
  status: '—',
});

// The worst shapes of file (bench/worst-shapes.ts), each validated in a fresh child process with its heap
// capped at 300 MB, so its peak memory is its own.
worstShapes().forEach((shape, i) => {
  const line = execFileSync(
    process.execPath,
    ['--max-old-space-size=300', '--import', 'tsx', 'bench/worst-shapes-run.ts', '--only', String(i)],
    { cwd: root, encoding: 'utf8' },
  );
  const measured = JSON.parse(line) as { ms: number; peakMB: number };
  rows.push(
    budgetRow(`validate the worst shape “${shape.name}” (Node, time)`, measured.ms, 2000, ms),
    budgetRow(
      `… its peak memory (resident, whole process)`,
      measured.peakMB,
      300,
      (mb) => `${mb.toFixed(0)} MB`,
    ),
  );
});

// How often the relative labels are right, by simulation under each bank's own error model (bench/labels.ts).
for (const version of ['1.0.0', '2.0.0'] as const) {
  const rates = labelRates(networkLeadershipBank(version), LABEL_RUNS);
  const rule = version === '1.0.0' ? '1.0.0’s fixed 0.5-point rule' : '2.0.0’s critical difference';
  rows.push(
    {
      figure: `flat profile labelled anyway (${rule}, ${LABEL_RUNS.toLocaleString('en')} simulated participants)`,
      value: percent(rates.falseLabels),
      budget: version === '2.0.0' ? '≤ 10 %' : '—',
      status: version === '2.0.0' ? (rates.falseLabels <= 0.1 ? 'ok' : 'OVER') : '—',
    },
    {
      figure: `a dimension 1.25 points above the others labelled a strength (${rule})`,
      value: percent(rates.detection),
      budget: version === '2.0.0' ? '≥ 70 %' : '—',
      status: version === '2.0.0' ? (rates.detection >= 0.7 ? 'ok' : 'UNDER') : '—',
    },
  );
}

console.log('');
console.log(markdownTable(rows));
console.log('');
console.log(
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model ?? 'unknown CPU'} (${String(cpus().length)} cores), Node ${process.version}.`,
);
