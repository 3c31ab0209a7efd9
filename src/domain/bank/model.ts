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
  /** The scored items of each section, in bank order (the questionnaire's order). */
  readonly sectionItems: ReadonlyMap<string, readonly Item[]>;
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
  };
}

/** The lowest and highest value of a scale (its first and last point). */
export function scaleRange(scale: Scale): { readonly min: number; readonly max: number } {
  return { min: scale.points[0]?.value ?? 0, max: scale.points[scale.points.length - 1]?.value ?? 0 };
}
