/**
 * Derived views of a valid bank that scoring, the questionnaire and reports share: look-ups by id, the
 * items beneath each dimension, and each item's effective scale.
 */
import type { Bank, Dimension, Item, Scale, Section } from './schema';

/** Look-ups over one bank. Build once per bank with {@link indexBank}. */
export interface BankIndex {
  readonly bank: Bank;
  readonly scales: ReadonlyMap<string, Scale>;
  readonly sections: ReadonlyMap<string, Section>;
  readonly dimensions: ReadonlyMap<string, Dimension>;
  readonly items: ReadonlyMap<string, Item>;
  /** Direct children of each dimension, in bank order. */
  readonly children: ReadonlyMap<string, readonly Dimension[]>;
  /** Every item beneath each dimension (its own and its descendants'), in bank order. */
  readonly itemsBeneath: ReadonlyMap<string, readonly Item[]>;
  /** The scale each item is answered on: its own override, else its section's. */
  readonly itemScale: ReadonlyMap<string, Scale>;
  /** The dimensions of each section, in bank order. */
  readonly sectionDimensions: ReadonlyMap<string, readonly Dimension[]>;
  /** The scored items of each section, in bank order. */
  readonly sectionItems: ReadonlyMap<string, readonly Item[]>;
  /**
   * Every scored item in questionnaire order: section by section in the bank's order of sections, and
   * within a section in the bank's order of items. Numbering, paging, "first open statement" and the list
   * of open statements all follow it, even when a bank lists its items out of section order.
   */
  readonly questionnaireItems: readonly Item[];
  /** Each item's number in {@link questionnaireItems} (from 1). */
  readonly itemNumbers: ReadonlyMap<string, number>;
  /** The scale range of each dimension (see {@link dimensionRange}). */
  readonly ranges: ReadonlyMap<string, ScaleRange>;
}

/** The lowest and highest value of a scale. */
export interface ScaleRange {
  readonly min: number;
  readonly max: number;
}

function byId<T extends { readonly id: string }>(list: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const entry of list) if (!map.has(entry.id)) map.set(entry.id, entry);
  return map;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Indexes a bank. Assumes its references resolve (a bank that passed `validateBank`); on a bank that does
 * not, unresolved entries are simply left out and parent cycles are cut, so it never loops or throws.
 */
export function indexBank(bank: Bank): BankIndex {
  const scales = byId(bank.scales);
  const sections = byId(bank.sections);
  const dimensions = byId(bank.dimensions);
  const items = byId(bank.items);

  const children = new Map<string, Dimension[]>();
  for (const dimension of bank.dimensions)
    if (dimension.parent !== undefined) push(children, dimension.parent, dimension);

  const sectionDimensions = new Map<string, Dimension[]>();
  for (const dimension of bank.dimensions) push(sectionDimensions, dimension.section, dimension);

  const itemScale = new Map<string, Scale>();
  const itemsBeneath = new Map<string, Item[]>();
  const sectionItems = new Map<string, Item[]>();
  for (const item of bank.items) {
    const dimension = dimensions.get(item.dimension);
    if (!dimension) continue;
    const section = sections.get(dimension.section);
    const scale = scales.get(item.scale ?? section?.scale ?? '');
    if (scale) itemScale.set(item.id, scale);
    push(sectionItems, dimension.section, item);
    const seen = new Set<string>();
    for (let d: Dimension | undefined = dimension; d && !seen.has(d.id);) {
      seen.add(d.id);
      push(itemsBeneath, d.id, item);
      d = d.parent === undefined ? undefined : dimensions.get(d.parent);
    }
  }

  const questionnaireItems = bank.sections.flatMap((section) => sectionItems.get(section.id) ?? []);
  const itemNumbers = new Map(questionnaireItems.map((item, position) => [item.id, position + 1]));
  const ranges = new Map<string, ScaleRange>();
  for (const dimension of bank.dimensions) {
    const first = itemsBeneath.get(dimension.id)?.[0];
    const scale =
      (first ? itemScale.get(first.id) : undefined) ??
      scales.get(sections.get(dimension.section)?.scale ?? '');
    ranges.set(dimension.id, scale ? scaleRange(scale) : { min: 0, max: 0 });
  }

  return {
    bank,
    scales,
    sections,
    dimensions,
    items,
    children,
    itemsBeneath,
    itemScale,
    sectionDimensions,
    sectionItems,
    questionnaireItems,
    itemNumbers,
    ranges,
  };
}

/** The lowest and highest value of a scale (its first and last point). */
export function scaleRange(scale: Scale): ScaleRange {
  return { min: scale.points[0]?.value ?? 0, max: scale.points[scale.points.length - 1]?.value ?? 0 };
}

/**
 * The scale range of a dimension: that of the scale its items are answered on (validation makes every item
 * beneath a dimension share one range), else its section's scale; 0–0 for an unknown dimension.
 */
export function dimensionRange(index: BankIndex, dimensionId: string): ScaleRange {
  return index.ranges.get(dimensionId) ?? { min: 0, max: 0 };
}
