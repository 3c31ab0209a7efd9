/**
 * Bank validation: the zod schema first, then the semantic checks a schema cannot express. Every problem
 * comes back as `{path, message}`; nothing here throws, whatever the input.
 */
import {
  capProblems,
  findReservedKeys,
  formatPath,
  jsonErrorMessage,
  own,
  type PathSegment,
  type Problem,
} from '../problems';
import { problemsFromZod } from '../zod-problems';
import { indexBank, scaleRange } from './model';
import { Bank as BankSchema, type Bank } from './schema';
import { collectTexts } from './texts';

/** The outcome of validating a bank: the typed bank, or every problem found. */
export type BankValidation =
  | { readonly ok: true; readonly bank: Bank; readonly problems: readonly [] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export interface ValidateOptions {
  /** The file's name (e.g. `1.0.0.json`); when given, it must equal the bank's version + `.json`. */
  readonly fileName?: string;
}

/** Largest bank file accepted, in bytes (counted as UTF-16 code units of the text, a safe over-estimate). */
export const MAX_BANK_BYTES = 5_000_000;

type Report = (path: readonly PathSegment[], message: string) => void;

function checkUniqueIds(
  list: readonly { readonly id: string }[],
  path: readonly PathSegment[],
  what: string,
  report: Report,
): void {
  const seen = new Map<string, number>();
  list.forEach((entry, index) => {
    const first = seen.get(entry.id);
    if (first === undefined) seen.set(entry.id, index);
    else
      report(
        [...path, index, 'id'],
        `repeats the ${what} id "${entry.id}", already used at ${formatPath([...path, first])}`,
      );
  });
}

function checkReferences(bank: Bank, report: Report): void {
  const scaleIds = new Set(bank.scales.map((s) => s.id));
  const sectionIds = new Set(bank.sections.map((s) => s.id));
  const dimensionIds = new Set(bank.dimensions.map((d) => d.id));
  const itemIds = new Set(bank.items.map((i) => i.id));
  const bandIds = new Set(bank.scoring.bands.map((b) => b.id));
  const dimensions = new Map(bank.dimensions.map((d) => [d.id, d]));

  bank.sections.forEach((section, s) => {
    if (!scaleIds.has(section.scale))
      report(['sections', s, 'scale'], `names the scale "${section.scale}", which the bank does not define`);
  });

  const phaseQuestion =
    bank.scoring.phaseQuestion === undefined
      ? undefined
      : bank.context.find((q) => q.id === bank.scoring.phaseQuestion);
  if (bank.scoring.phaseQuestion !== undefined && phaseQuestion === undefined)
    report(
      ['scoring', 'phaseQuestion'],
      `names the context question "${bank.scoring.phaseQuestion}", which the bank does not define`,
    );
  const phaseIds = new Set(phaseQuestion?.options.map((o) => o.id) ?? []);

  bank.dimensions.forEach((dimension, d) => {
    if (!sectionIds.has(dimension.section))
      report(
        ['dimensions', d, 'section'],
        `names the section "${dimension.section}", which the bank does not define`,
      );
    if (dimension.parent !== undefined) {
      const parent = dimensions.get(dimension.parent);
      if (!parent)
        report(
          ['dimensions', d, 'parent'],
          `names the parent "${dimension.parent}", which is not a dimension of this bank`,
        );
      else if (parent.section !== dimension.section)
        report(
          ['dimensions', d, 'parent'],
          `names the parent "${parent.id}" from section "${parent.section}"; a parent must be in the same section`,
        );
    }
    for (const band of bandIds)
      if (own(dimension.interpretation, band) === undefined)
        report(['dimensions', d, 'interpretation'], `has no interpretation text for the band "${band}"`);
    for (const key of Object.keys(dimension.interpretation))
      if (!bandIds.has(key))
        report(
          ['dimensions', d, 'interpretation', key],
          `is for the band "${key}", which scoring.bands does not define`,
        );
    dimension.phases?.forEach((phase, p) => {
      if (phaseQuestion === undefined)
        report(
          ['dimensions', d, 'phases', p],
          'names a phase, but scoring.phaseQuestion does not say which context question holds the phases',
        );
      else if (!phaseIds.has(phase))
        report(
          ['dimensions', d, 'phases', p],
          `names the phase "${phase}", which is not an option of the context question "${phaseQuestion.id}"`,
        );
    });
  });

  bank.items.forEach((item, i) => {
    if (!dimensionIds.has(item.dimension))
      report(
        ['items', i, 'dimension'],
        `names the dimension "${item.dimension}", which the bank does not define`,
      );
    if (item.scale !== undefined && !scaleIds.has(item.scale))
      report(['items', i, 'scale'], `names the scale "${item.scale}", which the bank does not define`);
  });

  bank.scoring.relative.forEach((rule, r) => {
    if (!sectionIds.has(rule.section))
      report(
        ['scoring', 'relative', r, 'section'],
        `names the section "${rule.section}", which the bank does not define`,
      );
  });
  bank.scoring.flags.forEach((flag, f) => {
    for (const side of ['high', 'low'] as const)
      if (!dimensionIds.has(flag[side]))
        report(
          ['scoring', 'flags', f, side],
          `names the dimension "${flag[side]}", which the bank does not define`,
        );
    if (flag.high === flag.low)
      report(['scoring', 'flags', f], 'compares a dimension with itself; high and low must differ');
  });
  const items = new Map(bank.items.map((item) => [item.id, item]));
  bank.scoring.twins?.forEach((twin, t) => {
    const item = items.get(twin.item);
    const reverse = items.get(twin.reverse);
    if (!itemIds.has(twin.item))
      report(
        ['scoring', 'twins', t, 'item'],
        `names the item "${twin.item}", which the bank does not define`,
      );
    if (!itemIds.has(twin.reverse))
      report(
        ['scoring', 'twins', t, 'reverse'],
        `names the item "${twin.reverse}", which the bank does not define`,
      );
    if (!item || !reverse) return;
    if (item.reverse === true)
      report(['scoring', 'twins', t, 'item'], `"${item.id}" is reverse-keyed; put it under "reverse"`);
    if (reverse.reverse !== true)
      report(['scoring', 'twins', t, 'reverse'], `"${reverse.id}" is not marked reverse: true`);
    if (item.dimension !== reverse.dimension)
      report(['scoring', 'twins', t], 'pairs items of different dimensions; twins must share a dimension');
  });
  bank.norms?.entries.forEach((entry, e) => {
    if (!dimensionIds.has(entry.dimension))
      report(
        ['norms', 'entries', e, 'dimension'],
        `names the dimension "${entry.dimension}", which the bank does not define`,
      );
  });
}

function checkParentCycles(bank: Bank, report: Report): void {
  const parentOf = new Map(bank.dimensions.map((d) => [d.id, d.parent]));
  const reported = new Set<string>();
  bank.dimensions.forEach((dimension, d) => {
    const trail: string[] = [];
    for (let id: string | undefined = dimension.id; id !== undefined; id = parentOf.get(id)) {
      if (trail.includes(id)) {
        if (id === dimension.id && !reported.has(id)) {
          const cycle = [...trail, id];
          cycle.forEach((member) => reported.add(member));
          report(['dimensions', d, 'parent'], `forms a cycle of parents: ${cycle.join(' → ')}`);
        }
        break;
      }
      trail.push(id);
    }
  });
}

function checkLanguages(bank: Bank, report: Report): void {
  const seen = new Set<string>();
  bank.languages.forEach((language, l) => {
    if (seen.has(language)) report(['languages', l], `lists "${language}" twice`);
    seen.add(language);
  });
  for (const { path, text } of collectTexts(bank))
    for (const language of seen) {
      const value = own(text, language);
      if (value === undefined) report([...path, language], `is missing: the bank declares "${language}"`);
      else if (value.trim() === '') report([...path, language], 'is empty');
    }
}

function checkScales(bank: Bank, report: Report): void {
  bank.scales.forEach((scale, s) => {
    scale.points.forEach((point, p) => {
      if (!Number.isFinite(point.value))
        report(['scales', s, 'points', p, 'value'], 'must be a finite number');
      const previous = scale.points[p - 1];
      if (previous !== undefined && !(point.value > previous.value))
        report(
          ['scales', s, 'points', p, 'value'],
          `must be greater than the value before it (${String(previous.value)}); values must rise strictly`,
        );
    });
  });
}

function checkStructure(bank: Bank, report: Report): void {
  const index = indexBank(bank);
  bank.sections.forEach((section, s) => {
    if (!index.sectionDimensions.has(section.id))
      report(['sections', s], `has no dimensions; give "${section.id}" at least one or remove it`);
  });
  bank.dimensions.forEach((dimension, d) => {
    const items = index.itemsBeneath.get(dimension.id) ?? [];
    if (items.length === 0) {
      report(['dimensions', d], `has no items beneath it, so "${dimension.id}" can never be scored`);
      return;
    }
    const ranges = new Set(
      items.map((item) => {
        const scale = index.itemScale.get(item.id);
        return scale ? JSON.stringify(scaleRange(scale)) : '';
      }),
    );
    if (ranges.size > 1)
      report(
        ['dimensions', d],
        `has items on scales with different ranges; all items beneath "${dimension.id}" need the same lowest and highest value so their mean means something`,
      );
  });
}

function checkRules(bank: Bank, report: Report): void {
  const { scoring } = bank;
  if (!(scoring.minAnsweredShare > 0 && scoring.minAnsweredShare <= 1))
    report(['scoring', 'minAnsweredShare'], 'must be a share above 0 and at most 1, such as 0.75');
  scoring.bands.forEach((band, b) => {
    const last = b === scoring.bands.length - 1;
    if (last && band.min !== undefined)
      report(
        ['scoring', 'bands', b, 'min'],
        'must be left out on the last band, which takes every lower score',
      );
    if (!last && band.min === undefined)
      report(['scoring', 'bands', b, 'min'], 'is missing; only the last band has no minimum');
    const previous = scoring.bands[b - 1];
    if (band.min !== undefined && previous?.min !== undefined && !(band.min < previous.min))
      report(
        ['scoring', 'bands', b, 'min'],
        `must be lower than the band before it (${String(previous.min)}); list bands from high to low`,
      );
  });
  checkUniqueIds(scoring.bands, ['scoring', 'bands'], 'band', report);
  const ruledSections = new Set<string>();
  scoring.relative.forEach((rule, r) => {
    if (ruledSections.has(rule.section))
      report(['scoring', 'relative', r, 'section'], `has a second rule for "${rule.section}"`);
    ruledSections.add(rule.section);
    if (!(rule.threshold >= 0 && rule.threshold <= 100))
      report(['scoring', 'relative', r, 'threshold'], 'must be a distance of 0 or more scale points');
    for (const key of ['maxStrengths', 'maxDevelopment'] as const)
      if (!(rule[key] >= 0 && rule[key] <= 50))
        report(['scoring', 'relative', r, key], 'must be a whole number from 0 to 50');
  });
  checkUniqueIds(scoring.flags, ['scoring', 'flags'], 'flag', report);
  scoring.flags.forEach((flag, f) => {
    if (!(flag.minGap > 0)) report(['scoring', 'flags', f, 'minGap'], 'must be above 0');
  });
  if (scoring.straightLiningMinItems !== undefined && scoring.straightLiningMinItems < 2)
    report(['scoring', 'straightLiningMinItems'], 'must be at least 2');
  bank.reflections.prompts.forEach((prompt, p) => {
    if (prompt.kind !== 'slider') return;
    if (!(prompt.min < prompt.max)) report(['reflections', 'prompts', p, 'max'], 'must be greater than min');
    else if (prompt.step !== undefined && prompt.step > prompt.max - prompt.min)
      report(['reflections', 'prompts', p, 'step'], 'must not be larger than the distance from min to max');
  });
}

function semanticProblems(bank: Bank, options: ValidateOptions): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (path, message) => problems.push({ path: formatPath(path), message });

  if (options.fileName !== undefined) {
    const base = options.fileName.split(/[\\/]/).pop() ?? options.fileName;
    if (base !== `${bank.version}.json`)
      report(
        ['version'],
        `is "${bank.version}", but the file is called "${base}"; name the file "${bank.version}.json"`,
      );
  }
  checkUniqueIds(bank.scales, ['scales'], 'scale', report);
  checkUniqueIds(bank.sections, ['sections'], 'section', report);
  checkUniqueIds(bank.dimensions, ['dimensions'], 'dimension', report);
  checkUniqueIds(bank.items, ['items'], 'item', report);
  checkUniqueIds(bank.context, ['context'], 'context question', report);
  bank.context.forEach((question, q) =>
    checkUniqueIds(question.options, ['context', q, 'options'], 'option', report),
  );
  checkUniqueIds(bank.reflections.prompts, ['reflections', 'prompts'], 'reflection', report);
  checkLanguages(bank, report);
  checkScales(bank, report);
  checkReferences(bank, report);
  checkParentCycles(bank, report);
  checkRules(bank, report);
  if (problems.length === 0) checkStructure(bank, report);
  return problems;
}

/**
 * Validates an already-parsed bank against the contract: the schema, then unique ids, resolving
 * references, parent cycles, complete translations, strictly rising scale values, the file name, and
 * rule parameters in range. Never throws, for any input.
 */
export function validateBank(input: unknown, options: ValidateOptions = {}): BankValidation {
  try {
    const reserved = findReservedKeys(input);
    if (reserved.length > 0)
      return {
        ok: false,
        problems: reserved.map((path) => ({
          path: formatPath(path),
          message: 'uses the reserved key "__proto__", which a bank may not contain',
        })),
      };
    const parsed = BankSchema.safeParse(input);
    if (!parsed.success)
      return { ok: false, problems: capProblems(problemsFromZod(parsed.error.issues, input)) };
    const problems = semanticProblems(parsed.data, options);
    if (problems.length > 0) return { ok: false, problems: capProblems(problems) };
    return { ok: true, bank: parsed.data, problems: [] };
  } catch (error) {
    // A safety net: the checks above are written not to throw, but a bank must never crash the caller.
    return {
      ok: false,
      problems: [{ path: '', message: `could not be checked (${String(error).slice(0, 200)})` }],
    };
  }
}

/**
 * Parses a bank file's text and validates it. Rejects text over {@link MAX_BANK_BYTES} and text that is not
 * JSON with a message saying so (and, for JSON errors, where). Never throws.
 */
export function validateBankText(text: string, options: ValidateOptions = {}): BankValidation {
  if (text.length > MAX_BANK_BYTES)
    return {
      ok: false,
      problems: [
        {
          path: '',
          message: `is ${(text.length / 1_000_000).toFixed(1)} MB; a bank file may be at most ${String(MAX_BANK_BYTES / 1_000_000)} MB`,
        },
      ],
    };
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: jsonErrorMessage(text, error) }] };
  }
  return validateBank(data, options);
}
