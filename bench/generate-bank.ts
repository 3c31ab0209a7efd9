/**
 * Generates large synthetic banks and answer sets for the benchmark (and for tests that need scale).
 * Deterministic: the same arguments give the same bank.
 */
import type { Answers } from '../src/domain/answers';
import type { Bank, LocalizedText } from '../src/domain/bank/schema';

const text = (s: string): LocalizedText => ({ nl: `${s} (nl)`, en: `${s} (en)` });

/** A valid bank with `itemCount` items over `sections` sections of 10-item dimensions. */
export function generateBank(itemCount: number, sections = 5): Bank {
  const perDimension = 10;
  const dimensionCount = Math.ceil(itemCount / perDimension);
  const bands = [
    { id: 'high', min: 4, label: text('high') },
    { id: 'mid', min: 3, label: text('mid') },
    { id: 'low', label: text('low') },
  ];
  const dimensions = Array.from({ length: dimensionCount }, (_, d) => ({
    id: `dim-${d}`,
    section: `section-${d % sections}`,
    name: text(`Dimension ${d}`),
    definition: text(`Definition ${d}`),
    interpretation: Object.fromEntries(bands.map((b) => [b.id, text(`${b.id} ${d}`)])),
    tips: [text(`Tip a ${d}`), text(`Tip b ${d}`)],
    reflection: text(`Reflection ${d}`),
    phases: [d % 2 === 0 ? 'early' : 'late'],
  }));
  const items = Array.from({ length: itemCount }, (_, i) => ({
    id: `item-${i}`,
    dimension: `dim-${Math.floor(i / perDimension)}`,
    text: text(`Item ${i}`),
    ...(i % perDimension === 3 ? { reverse: true } : {}),
  }));
  return {
    formatVersion: 1,
    id: 'generated',
    version: '1.0.0',
    languages: ['nl', 'en'],
    title: text('Generated'),
    intro: text('Intro'),
    instruction: text('Instruction'),
    scales: [
      {
        id: 'five',
        points: [1, 2, 3, 4, 5].map((value) => ({ value, label: text(`point ${value}`) })),
        notApplicable: { label: text('n/a') },
      },
    ],
    sections: Array.from({ length: sections }, (_, s) => ({
      id: `section-${s}`,
      title: text(`Section ${s}`),
      scale: 'five',
      chart: s === 0 ? ('radar' as const) : ('bar' as const),
    })),
    dimensions,
    items,
    context: [
      {
        id: 'phase',
        text: text('Phase'),
        options: [
          { id: 'early', label: text('Early') },
          { id: 'late', label: text('Late') },
        ],
      },
    ],
    reflections: { title: text('Reflections'), intro: text('Intro'), prompts: [] },
    scoring: {
      minAnsweredShare: 0.75,
      bands,
      bandsNote: text('Conventions, not norms'),
      relative: Array.from({ length: sections }, (_, s) => ({
        section: `section-${s}`,
        threshold: 0.5,
        maxStrengths: 3,
        maxDevelopment: 3,
      })),
      flags: [
        { id: 'f', kind: 'role-balance', high: 'dim-0', low: 'dim-1', minGap: 1, message: text('Flag') },
      ],
      phaseQuestion: 'phase',
      twins: [{ item: 'item-0', reverse: 'item-3' }],
    },
  };
}

/** A full answer set for a generated bank: every item answered, a few "not applicable". */
export function generateAnswers(bank: Bank, seed = 1): Answers {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return Object.fromEntries(
    bank.items.map((item) => [item.id, next() < 0.03 ? null : 1 + Math.floor(next() * 5)]),
  );
}
