/** Sentences about a person's answers that the results and the report share. */
import type { LocalizedText } from '../domain/bank/schema';
import type { QualityNote } from '../domain/scoring/signals';
import type { Describe } from './describe';

/**
 * A statement quoted inside a sentence: without its closing full stop, so the sentence's own punctuation
 * after the quote is not doubled (‘… verdwijnen’. rather than ‘… verdwijnen.’.).
 */
export function inQuotes(statement: string): string {
  return statement.replace(/\.+\s*$/u, '');
}

/** An answer-quality note in plain words, worded for the scale it was answered on. */
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
  const values = {
    item: inQuotes(text(index.items.get(note.item)?.text)),
    reverse: inQuotes(text(index.items.get(note.reverse)?.text)),
  };
  if (note.scale === 'frequency') return t('results.twinFrequency', values);
  if (note.scale === 'agreement') return t('results.twinAgreement', values);
  return t('results.twinOther', values);
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
  value: string | number,
): string {
  return t('results.sliderAnswer', {
    value,
    min: prompt.min,
    max: prompt.max,
    minLabel: text(prompt.minLabel),
    maxLabel: text(prompt.maxLabel),
  });
}
