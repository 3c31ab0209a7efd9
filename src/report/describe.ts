/**
 * The sentences and chart data the results page and the PDF report share, so both use the same words and
 * the same numbers. Pure: they take the translate function, the bank-text picker and a number formatter.
 */
import type { BankIndex } from '../domain/bank/model';
import type { LocalizedText } from '../domain/bank/schema';
import type { DimensionScore, QualityNote, Scores } from '../domain/scoring';

/** Translates an interface key (the keys of src/i18n/locales) with optional values. */
export type Translate = (key: string, values?: Readonly<Record<string, unknown>>) => string;

/** Everything the describing functions need to speak the participant's language. */
export interface Describe {
  readonly index: BankIndex;
  readonly t: Translate;
  /** A bank text in the report's or page's language. */
  readonly text: (value: LocalizedText | undefined) => string;
  /** A number with `digits` decimals in that language (3,7 or 3.7). */
  readonly number: (value: number, digits?: number) => string;
}

/** One chart point: the dimension's short label, its score (one decimal) and whether the phase calls for it. */
export interface ChartPoint {
  readonly label: string;
  readonly value: number | null;
  readonly highlighted: boolean;
}

/** The band thresholds drawn on the charts (none when bands are on percentages). */
export function chartBands({ index, text }: Describe): { readonly label: string; readonly min: number }[] {
  const { scoring } = index.bank;
  if (scoring.bandBasis === 'percent') return [];
  return scoring.bands.flatMap((band) =>
    band.min === undefined ? [] : [{ label: text(band.label), min: band.min }],
  );
}

/** "Levels: ‘well developed’ from 4.0; ‘developing’ from 3.0." (empty without bands). */
export function bandsLegend(describe: Describe): string {
  const bands = chartBands(describe);
  if (bands.length === 0) return '';
  const { t, number } = describe;
  return t('results.bandsLegend', {
    list: bands.map((band) => t('results.bandZone', { band: band.label, min: number(band.min) })).join('; '),
  });
}

/** The chart points of one section's dimensions, in bank order. */
export function chartPoints({ index, text }: Describe, scores: Scores, sectionId: string): ChartPoint[] {
  const hinted = new Set(scores.hints.dimensions);
  return scores.dimensions
    .filter((score) => score.section === sectionId)
    .map((score) => {
      const dimension = index.dimensions.get(score.id);
      return {
        label: text(dimension?.shortName ?? dimension?.name),
        value: score.mean === null ? null : Math.round(score.mean * 10) / 10,
        highlighted: hinted.has(score.id),
      };
    });
}

/** The label of a band id ('' for none). */
export function bandLabel({ index, text }: Describe, band: string | null): string {
  return text(index.bank.scoring.bands.find((b) => b.id === band)?.label);
}

/** How many of a dimension's items must be answered for it to be scored. */
export function itemsNeeded(index: BankIndex, score: DimensionScore): number {
  return Math.ceil(score.items * index.bank.scoring.minAnsweredShare - 1e-9);
}

/**
 * A dimension's score in words: "3.7 out of 5 (67 %) · level: developing", or why there is no score
 * ("Not enough answers for a score: 2 of 4 statements answered, at least 3 needed.").
 */
export function scoreLine(describe: Describe, score: DimensionScore): string {
  const { t, number } = describe;
  if (score.mean === null || score.percent === null)
    return t('results.notEnoughLine', {
      answered: score.answered,
      items: score.items,
      needed: itemsNeeded(describe.index, score),
    });
  return t('results.scoreLine', {
    mean: number(score.mean),
    max: number(score.max, 0),
    percent: number(score.percent, 0),
    band: bandLabel(describe, score.band),
  });
}

/** "Based on 3 of 3 statements" (and how many were "not applicable"). */
export function answeredLine({ t }: Describe, score: DimensionScore): string {
  return score.notApplicable > 0
    ? t('results.answeredLineNa', { answered: score.answered, items: score.items, na: score.notApplicable })
    : t('results.answeredLine', { answered: score.answered, items: score.items });
}

/** An answer-quality note in plain words. */
export function qualityNoteText({ index, t, text }: Describe, note: QualityNote): string {
  if (note.kind === 'straight-lining') {
    const section = index.sections.get(note.section);
    const scale = section ? index.scales.get(section.scale) : undefined;
    const point = scale?.points.find((p) => p.value === note.value);
    return t('results.straightLining', {
      answer: point ? text(point.label) : String(note.value),
      count: note.count,
      section: text(section?.title),
    });
  }
  return t('results.twinAgreement', {
    item: text(index.items.get(note.item)?.text),
    reverse: text(index.items.get(note.reverse)?.text),
  });
}

/** The sentence for a slider reflection: "7 on a scale from 0 (My organisation) to 10 (The network)". */
export function sliderText(
  { t, text }: Describe,
  prompt: {
    readonly min: number;
    readonly max: number;
    readonly minLabel: LocalizedText;
    readonly maxLabel: LocalizedText;
  },
  value: string | number | undefined,
): string {
  return t('results.sliderAnswer', {
    value,
    min: prompt.min,
    max: prompt.max,
    minLabel: text(prompt.minLabel),
    maxLabel: text(prompt.maxLabel),
  });
}
