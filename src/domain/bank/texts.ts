/**
 * Reading the bank's localized texts: every text with its place in the file (for completeness checks and
 * previews), and picking the text for one language with a sensible fallback.
 */
import { own } from '../own';
import type { PathSegment } from '../problems';
import type { PartialBank } from './partial';
import type { LocalizedText } from './schema';

/** A localized text and its path in the bank file. */
export interface PlacedText {
  readonly path: readonly PathSegment[];
  readonly text: LocalizedText;
}

/** The parts of a bank that hold texts, as far as they could be read (a whole bank fits too). */
export type TextSource = Pick<
  PartialBank,
  | 'title'
  | 'intro'
  | 'instruction'
  | 'scales'
  | 'sections'
  | 'dimensions'
  | 'items'
  | 'context'
  | 'reflections'
  | 'scoring'
> & {
  readonly situations?: PartialBank['situations'];
  readonly raters?: PartialBank['raters'];
  readonly norms?: PartialBank['norms'];
};

/**
 * Every human-readable text of a bank, in file order, with its path; broken entries are skipped. Adding a
 * text field to the schema means adding it here, which the language-completeness check and the tests then
 * cover.
 */
export function collectTexts(bank: TextSource): PlacedText[] {
  const out: PlacedText[] = [];
  const add = (text: LocalizedText | undefined, ...path: PathSegment[]): void => {
    if (text !== undefined) out.push({ path, text });
  };
  add(bank.title, 'title');
  add(bank.intro, 'intro');
  add(bank.instruction, 'instruction');
  bank.scales.forEach((scale, s) => {
    if (!scale) return;
    scale.points.forEach((point, p) => add(point.label, 'scales', s, 'points', p, 'label'));
    add(scale.notApplicable?.label, 'scales', s, 'notApplicable', 'label');
  });
  bank.sections.forEach((section, s) => {
    if (!section) return;
    add(section.title, 'sections', s, 'title');
    add(section.description, 'sections', s, 'description');
  });
  bank.dimensions.forEach((dimension, d) => {
    if (!dimension) return;
    add(dimension.name, 'dimensions', d, 'name');
    add(dimension.shortName, 'dimensions', d, 'shortName');
    add(dimension.definition, 'dimensions', d, 'definition');
    for (const [band, text] of Object.entries(dimension.interpretation))
      add(text, 'dimensions', d, 'interpretation', band);
    dimension.tips.forEach((tip, t) => add(tip, 'dimensions', d, 'tips', t));
    add(dimension.reflection, 'dimensions', d, 'reflection');
    for (const [option, text] of Object.entries(dimension.positionNotes ?? {}))
      add(text, 'dimensions', d, 'positionNotes', option);
  });
  bank.items.forEach((item, i) => {
    if (!item) return;
    add(item.text, 'items', i, 'text');
    add(item.raterText, 'items', i, 'raterText');
  });
  bank.context.forEach((question, q) => {
    if (!question) return;
    add(question.text, 'context', q, 'text');
    question.options.forEach((option, o) => add(option.label, 'context', q, 'options', o, 'label'));
  });
  add(bank.reflections.title, 'reflections', 'title');
  add(bank.reflections.intro, 'reflections', 'intro');
  bank.reflections.prompts.forEach((prompt, p) => {
    if (!prompt) return;
    add(prompt.prompt, 'reflections', 'prompts', p, 'prompt');
    if (prompt.kind === 'slider') {
      add(prompt.minLabel, 'reflections', 'prompts', p, 'minLabel');
      add(prompt.maxLabel, 'reflections', 'prompts', p, 'maxLabel');
    }
  });
  if (bank.situations) {
    add(bank.situations.title, 'situations', 'title');
    add(bank.situations.intro, 'situations', 'intro');
    bank.situations.prompts.forEach((prompt, p) => add(prompt.text, 'situations', 'prompts', p, 'text'));
  }
  if (bank.raters) {
    add(bank.raters.intro, 'raters', 'intro');
    add(bank.raters.instruction, 'raters', 'instruction');
    add(bank.raters.notApplicable, 'raters', 'notApplicable');
    add(bank.raters.comment, 'raters', 'comment');
    bank.raters.groups.forEach((group, g) => add(group.name, 'raters', 'groups', g, 'name'));
  }
  const { scoring } = bank;
  scoring.bands?.forEach((band, b) => add(band.label, 'scoring', 'bands', b, 'label'));
  add(scoring.bandsNote, 'scoring', 'bandsNote');
  scoring.positions?.forEach((band, b) => add(band.label, 'scoring', 'positions', b, 'label'));
  add(scoring.measurement?.source, 'scoring', 'measurement', 'source');
  scoring.flags?.forEach((flag, f) => add(flag.message, 'scoring', 'flags', f, 'message'));
  if (bank.norms) {
    add(bank.norms.group, 'norms', 'group');
    add(bank.norms.source, 'norms', 'source');
  }
  return out;
}

/** Bidirectional overrides, embeddings and isolates, and control characters other than tab and newline. */
// eslint-disable-next-line no-control-regex -- these invisible characters are exactly what is removed.
const HIDDEN_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

/**
 * A text as it is safe to show: without bidirectional override characters (which can make "gnp.exe" read
 * as "exe.png") or other invisible control characters. Everything else, markup included, stays as written
 * and is always shown as text.
 */
export function plainText(text: string): string {
  return text.replace(HIDDEN_CONTROLS, '');
}

/**
 * The text in `language`; when the bank lacks that language, the text in the bank's first language, and
 * failing that any non-empty text. Never returns an inherited property. Texts are cleaned when a bank is
 * read (see `validateBank`), not here.
 */
export function pickText(text: LocalizedText, language: string, bankLanguages: readonly string[]): string {
  const wanted = own(text, language);
  if (wanted !== undefined && wanted.trim() !== '') return wanted;
  for (const fallback of bankLanguages) {
    const value = own(text, fallback);
    if (value !== undefined && value.trim() !== '') return value;
  }
  return Object.values(text).find((value) => value.trim() !== '') ?? '';
}
