/**
 * A cohort's answers as a matrix, read once: per item of the bank a column over the members, so that the
 * cohort's scores and its scale statistics run over typed arrays instead of looking each answer up in each
 * person's answers again for every dimension and every figure. Pure.
 */
import type { Answers } from '../answers';
import type { BankIndex } from '../bank/model';

export interface AnswerMatrix {
  /** The members, in order: the length of every column. */
  readonly persons: number;
  /**
   * Per item id (every item of the bank), each member's answer as given (not recoded) when it is a value
   * the item's scale offers, `NaN` otherwise: unanswered, "not applicable", or an answer the scale does not
   * offer (read as `answerState` reads answers: such answers are scored as unanswered).
   */
  readonly values: ReadonlyMap<string, Float64Array>;
  /** Per item id, how many members answered "not applicable" where the item's scale offers it. */
  readonly notApplicable: ReadonlyMap<string, number>;
}

/** One item's column while the matrix is read. */
interface ItemColumn {
  readonly column: Float64Array;
  readonly points: ReadonlySet<number>;
  readonly offersNotApplicable: boolean;
  notApplicable: number;
}

/**
 * Whether `for…in` over `record` visits its own keys only: a plain object (or one without a prototype),
 * unless something gave `Object.prototype` an enumerable key. Such a record is read without asking
 * `Object.hasOwn` of every key.
 */
function visitsOwnKeysOnly(record: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(record);
  if (prototype === null) return true;
  if (prototype !== Object.prototype) return false;
  for (const _key in Object.prototype) return false;
  return true;
}

/**
 * The answer matrix of the members' answers (in order) on the bank of `index`. A plain object's answers are
 * read by its enumerable keys (every key of answers read from a file); any other's, item by item.
 */
export function answerMatrix(index: BankIndex, members: readonly Answers[]): AnswerMatrix {
  const persons = members.length;
  const items = new Map<string, ItemColumn>(
    [...index.items.values()].map((item) => {
      const scale = index.itemScale.get(item.id);
      const entry: ItemColumn = {
        column: new Float64Array(persons).fill(Number.NaN),
        points: new Set(scale?.points.map((point) => point.value) ?? []),
        offersNotApplicable: scale?.notApplicable !== undefined,
        notApplicable: 0,
      };
      return [item.id, entry];
    }),
  );
  const take = (person: number, item: ItemColumn, value: number | null | undefined) => {
    if (value === null) {
      if (item.offersNotApplicable) item.notApplicable += 1;
    } else if (typeof value === 'number' && item.points.has(value)) item.column[person] = value;
  };
  members.forEach((answers, person) => {
    if (visitsOwnKeysOnly(answers))
      for (const id in answers) {
        const item = items.get(id);
        if (item !== undefined) take(person, item, answers[id]);
      }
    else for (const [id, item] of items) if (Object.hasOwn(answers, id)) take(person, item, answers[id]);
  });
  const all = [...items];
  return {
    persons,
    values: new Map(all.map(([id, item]) => [id, item.column])),
    notApplicable: new Map(all.map(([id, item]) => [id, item.notApplicable])),
  };
}
