/**
 * A cohort group's answers in long format, for analysis elsewhere (R, jamovi, Excel): one row per
 * participant × item and one per participant × context question. Participants are numbered 1..n in the
 * group's order; nothing else about them goes in: no name, no reflection, no note, no date, no file name.
 * Column names are stable machine names (never translated), since analysis scripts depend on them.
 */
import { answerState } from '../answers';
import { dimensionRange, type BankIndex } from '../bank/model';
import type { Cell, Sheet } from '../bank/sheets';
import type { CohortMember } from './analysis';

/** One participant's answer to one scored item. */
export interface LongItemRow {
  /** The participant's number in the group, from 1. */
  readonly participant: number;
  readonly item: string;
  /** The item's own dimension (a sub-dimension where it has one). */
  readonly dimension: string;
  /** The scale value given; `null` when "not applicable" or unanswered. */
  readonly answer: number | null;
  /** The value as scored: reverse-keyed items recoded `min + max − answer`; `null` when `answer` is. */
  readonly recoded: number | null;
  readonly notApplicable: boolean;
}

/** One participant's answer to one context question. */
export interface LongContextRow {
  readonly participant: number;
  readonly question: string;
  /** The option id chosen; `null` when none (or one the question does not have). */
  readonly option: string | null;
}

/** A group's answers in long format: items in questionnaire order, context questions in bank order. */
export interface LongFormat {
  readonly items: readonly LongItemRow[];
  readonly context: readonly LongContextRow[];
}

/**
 * The long format of `members` (results already checked against the bank) on the bank of `index`. Answers
 * are read as scoring reads them (see `answerState`): only a value on the item's scale counts as an answer,
 * `null` only as "not applicable" where the scale offers it; anything else is left empty.
 */
export function buildLongFormat(index: BankIndex, members: readonly CohortMember[]): LongFormat {
  const items: LongItemRow[] = [];
  const context: LongContextRow[] = [];
  const ranges = new Map(
    index.questionnaireItems.map((item) => [item.id, dimensionRange(index, item.dimension)]),
  );
  members.forEach((member, position) => {
    const participant = position + 1;
    for (const item of index.questionnaireItems) {
      const state = answerState(index, member.answers, item.id);
      const answer = state.kind === 'value' ? state.value : null;
      const range = ranges.get(item.id) ?? { min: 0, max: 0 };
      items.push({
        participant,
        item: item.id,
        dimension: item.dimension,
        answer,
        recoded: answer === null ? null : item.reverse === true ? range.min + range.max - answer : answer,
        notApplicable: state.kind === 'not-applicable',
      });
    }
    for (const question of index.bank.context) {
      const chosen = Object.hasOwn(member.context, question.id) ? member.context[question.id] : undefined;
      const option = question.options.some((o) => o.id === chosen) ? (chosen ?? null) : null;
      context.push({ participant, question: question.id, option });
    }
  });
  return { items, context };
}

/** The columns of the single-file (CSV) long format, in order. */
export const LONG_COLUMNS = [
  'participant',
  'kind',
  'item',
  'dimension',
  'answer',
  'recoded',
  'not_applicable',
  'question',
  'option',
] as const;

/** The columns of the workbook's two sheets, `items` and `context`. */
export const LONG_ITEM_COLUMNS = [
  'participant',
  'item',
  'dimension',
  'answer',
  'recoded',
  'not_applicable',
] as const;
export const LONG_CONTEXT_COLUMNS = ['participant', 'question', 'option'] as const;

/** "Not applicable" as a number (1/0): every tool reads it alike, and its mean is the share. */
const flag = (value: boolean): number => (value ? 1 : 0);

const itemCells = (row: LongItemRow): Cell[] => [
  row.participant,
  row.item,
  row.dimension,
  row.answer,
  row.recoded,
  flag(row.notApplicable),
];

/**
 * The long format as one table (header first) for a CSV file: a `kind` column says whether a row is an
 * `item` or a `context` answer; the columns of the other kind are empty. Item rows come first.
 */
export function longFormatRows(long: LongFormat): (string | number | null)[][] {
  return [
    [...LONG_COLUMNS],
    ...long.items.map((row) => [
      row.participant,
      'item',
      row.item,
      row.dimension,
      row.answer,
      row.recoded,
      flag(row.notApplicable),
      null,
      null,
    ]),
    ...long.context.map((row) => [
      row.participant,
      'context',
      null,
      null,
      null,
      null,
      null,
      row.question,
      row.option,
    ]),
  ];
}

/** The long format as two sheets for a workbook: `items` and `context`, each with its own columns. */
export function longFormatSheets(long: LongFormat): Sheet[] {
  return [
    { name: 'items', header: [...LONG_ITEM_COLUMNS], rows: long.items.map(itemCells) },
    {
      name: 'context',
      header: [...LONG_CONTEXT_COLUMNS],
      rows: long.context.map((row) => [row.participant, row.question, row.option]),
    },
  ];
}
