/**
 * The worst shapes of bank and result files a facilitator or coach could be handed, each within the size
 * limit: long parent cycles and chains, problems that multiply (bands × dimensions, languages × items), huge
 * lists of wrong entries, numbers outside the representable range. Used by the test that bounds validation
 * time and memory (tests/unit/worst-shapes.test.ts) and by `npm run bench`.
 */
import { generateBank } from './generate-bank';

export interface Shape {
  readonly name: string;
  readonly kind: 'bank' | 'result';
  /** The file as it would be read (UTF-8 text). */
  readonly text: string;
}

type Json = Record<string, unknown>;

const base = (): Json => JSON.parse(JSON.stringify(generateBank(20, 2))) as Json;

function bank(name: string, change: (bank: Json) => void): Shape {
  const value = base();
  change(value);
  return { name, kind: 'bank', text: JSON.stringify(value) };
}

const dimension = (id: string, extra: Json = {}): Json => ({
  id,
  section: 'section-0',
  name: { nl: id, en: id },
  definition: { nl: 'd', en: 'd' },
  interpretation: { high: { nl: 'h', en: 'h' }, mid: { nl: 'm', en: 'm' }, low: { nl: 'l', en: 'l' } },
  tips: [],
  reflection: { nl: 'r', en: 'r' },
  ...extra,
});

/** Every worst shape, each a file of at most 5 MB. */
export function worstShapes(): Shape[] {
  const shapes: Shape[] = [
    bank('bank: a parent cycle through 4,000 dimensions', (b) => {
      const n = 4000;
      (b.dimensions as Json[]).push(
        ...Array.from({ length: n }, (_, i) => dimension(`cycle-${i}`, { parent: `cycle-${(i + 1) % n}` })),
      );
    }),
    bank('bank: a valid parent chain 6,000 deep', (b) => {
      const n = 6000;
      (b.dimensions as Json[]).push(
        ...Array.from({ length: n }, (_, i) =>
          dimension(`chain-${i}`, i > 0 ? { parent: `chain-${i - 1}` } : {}),
        ),
      );
    }),
    bank('bank: 3,000 bands × 3,000 dimensions with empty texts', (b) => {
      const bands = Array.from({ length: 3000 }, (_, i) => ({ id: `b${i}`, min: 5 - i / 1000, label: {} }));
      bands.push({ id: 'last', label: {} } as never);
      (b.scoring as Json).bands = bands;
      b.dimensions = Array.from({ length: 3000 }, (_, i) => ({
        id: `d${i}`,
        section: 'section-0',
        name: {},
        interpretation: {},
      }));
    }),
    bank('bank: 3,000 languages × 3,000 items', (b) => {
      // Three-letter codes (aaa, aab, …): valid, so every item misses 2,999 translations.
      b.languages = Array.from({ length: 3000 }, (_, i) =>
        String.fromCharCode(97 + Math.floor(i / 676), 97 + (Math.floor(i / 26) % 26), 97 + (i % 26)),
      );
      b.items = Array.from({ length: 3000 }, (_, i) => ({
        id: `i${i}`,
        dimension: 'dim-0',
        text: { nl: 'x' },
      }));
    }),
    bank('bank: 200,000 zeros as items', (b) => {
      b.items = new Array<number>(200_000).fill(0);
    }),
    bank('bank: 19,999 zeros as items (just under the list limit)', (b) => {
      b.items = new Array<number>(19_999).fill(0);
    }),
    bank('bank: numbers outside the representable range', (b) => {
      b.scales = [
        {
          id: 'five',
          points: Array.from({ length: 10 }, () => ({ value: 'HUGE', label: { nl: 'x', en: 'x' } })),
        },
      ];
    }),
    bank('bank: 1,000-deep nesting', (b) => {
      let deep: unknown = 0;
      for (let i = 0; i < 1000; i += 1) deep = [deep];
      b.intro = deep;
    }),
  ];
  // `1e999` must reach the parser as a number literal (read as Infinity), not as a string.
  shapes.forEach((shape, i) => (shapes[i] = { ...shape, text: shape.text.replaceAll('"HUGE"', '1e999') }));
  for (const count of [200_000, 19_999])
    shapes.push(
      result(`result: ${count.toLocaleString('en')} string answers`, {
        answers: Object.fromEntries(Array.from({ length: count }, (_, n) => [`i${String(n)}`, 'x'])),
      }),
    );
  shapes.push(
    result('result: 49 reflections of 100,000 characters', {
      reflections: Object.fromEntries(
        Array.from({ length: 49 }, (_, n) => [`r${String(n)}`, 'x'.repeat(100_000)]),
      ),
    }),
  );
  return shapes;
}

function result(name: string, change: Json): Shape {
  const value = {
    format: 'network-leadership-result',
    formatVersion: 1,
    bank: { id: 'network-leadership', version: '2.0.0', sha256: 'a'.repeat(64) },
    language: 'nl',
    startedAt: null,
    completedAt: '2026-11-27T10:00:00.000Z',
    exportedAt: '2026-11-27T10:00:00.000Z',
    answers: {},
    context: {},
    reflections: {},
    ...change,
  };
  return { name, kind: 'result', text: JSON.stringify(value) };
}
