/**
 * Writes the small data sets under tests/fixtures/reference/datasets/ that the cohort statistics are checked
 * against R with (scripts/reference-stats.R computes the expected figures from them). Deterministic: a seeded
 * generator, so a rerun writes the same files byte for byte.
 *
 *   npx tsx scripts/reference-datasets.ts && npm run fixtures:stats
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normal, random } from '../tests/helpers/random';

const OUT = fileURLToPath(new URL('../tests/fixtures/reference/datasets/', import.meta.url));

/** Standard normal draws by Box–Muller. */
function normals(seed: number): () => number {
  const next = random(seed);
  return () => normal(next);
}

const clip = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * Persons × items answers on a 1–5 scale from a one-factor model: item = centre + spread · (λ·f + √(1−λ²)·e),
 * rounded and clipped, as self-ratings tend to be (centred a little above the middle).
 */
function likert(
  seed: number,
  persons: number,
  loadings: readonly number[],
  centre = 3.4,
  spread = 1,
): number[][] {
  const z = normals(seed);
  return Array.from({ length: persons }, () => {
    const f = z();
    return loadings.map((l) =>
      clip(Math.round(centre + spread * (l * f + Math.sqrt(1 - l * l) * z())), 1, 5),
    );
  });
}

/**
 * Four items where the first loads on two correlated factors and nearly duplicates the second: a one-factor
 * ML fit wants a standardized loading above 1 for it (a negative residual variance, a Heywood case).
 */
function heywood(seed: number, persons: number): number[][] {
  const z = normals(seed);
  return Array.from({ length: persons }, () => {
    const a = z();
    const b = 0.1 * a + Math.sqrt(1 - 0.01) * z();
    const first = 0.7 * a + 0.7 * b + 0.15 * z();
    return [
      clip(Math.round(3 + first), 1, 5),
      clip(Math.round(3 + 0.95 * a + 0.3 * z()), 1, 5),
      clip(Math.round(3 + 0.8 * b + 0.6 * z()), 1, 5),
      clip(Math.round(3 + 0.8 * b + 0.6 * z()), 1, 5),
    ];
  });
}

/**
 * Three items where the outer two hardly correlate but both correlate with the middle one: the one-factor
 * fit lets the middle item's loading run off to infinity with a residual variance to minus infinity (the
 * likelihood has no proper maximum), so lavaan stops without converging or with a negative variance.
 */
function divergingHeywood(seed: number, persons: number): number[][] {
  const z = normals(seed);
  return Array.from({ length: persons }, () => {
    const a = z();
    const b = z();
    return [
      clip(Math.round(3 + 0.8 * a + 0.6 * z()), 1, 5),
      clip(Math.round(3 + 0.6 * a + 0.6 * b + 0.4 * z()), 1, 5),
      clip(Math.round(3 + 0.8 * b + 0.6 * z()), 1, 5),
    ];
  });
}

/**
 * Six 1–7 variables with values missing completely at random (about one in eight). The sixth is observed for
 * every fifth person only; where the fifth is observed too it is always 4, so that pair has no variance, and
 * for the others the fifth is missing, so the sixth varies and pairs with the first four.
 */
function pairwise(seed: number, persons: number): (number | null)[][] {
  const z = normals(seed);
  const u = random(seed + 1);
  const loadings = [0.8, 0.7, 0.6, 0.5, 0.3];
  return Array.from({ length: persons }, (_, person) => {
    const f = z();
    const row: (number | null)[] = loadings.map((l) =>
      u() < 0.125 ? null : clip(Math.round(4 + 1.3 * (l * f + Math.sqrt(1 - l * l) * z())), 1, 7),
    );
    if (person % 10 === 5) row[4] = null;
    const sixth = row[4] === null ? clip(Math.round(4 + 1.3 * f), 1, 7) : 4;
    row.push(person % 5 === 0 ? sixth : null);
    return row;
  });
}

function write(name: string, rows: readonly (readonly (number | null)[])[]): void {
  const k = rows[0]?.length ?? 0;
  const header = Array.from({ length: k }, (_, i) => `x${i + 1}`).join(',');
  const body = rows.map((row) => row.map((v) => (v === null ? 'NA' : String(v))).join(','));
  writeFileSync(`${OUT}${name}.csv`, `${[header, ...body].join('\n')}\n`);
}

mkdirSync(OUT, { recursive: true });
write('likert-300x4', likert(20240601, 300, [0.75, 0.65, 0.7, 0.55]));
write('likert-300x5', likert(20240602, 300, [0.8, 0.7, 0.6, 0.5, 0.4], 3.6, 1.1));
write('three-items', likert(20240603, 200, [0.7, 0.6, 0.5]));
write('small-12x4', likert(20240604, 12, [0.8, 0.7, 0.7, 0.6]));
write('heywood', heywood(20240605, 150));
write('heywood-diverging', divergingHeywood(20240608, 60));
write(
  'constant-item',
  likert(20240606, 40, [0.7, 0.6, 0.6, 0.5]).map((row) => row.map((v, i) => (i === 2 ? 4 : v))),
);
write('pairwise-6', pairwise(20240607, 80));
console.log(`Wrote the reference data sets to ${OUT}`);
