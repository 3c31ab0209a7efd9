/**
 * Bank validation: the zod schema first, then the semantic checks a schema cannot express. Every problem
 * comes back as `{path, code, values}` (the words are in the interface strings, `problems.<code>`);
 * nothing here throws, whatever the input.
 */
import {
  capProblems,
  findReservedKeys,
  formatPath,
  jsonProblem,
  own,
  type PathSegment,
  type Problem,
} from '../problems';
import { problemsFromZod } from '../zod-problems';
import { indexBank, scaleRange } from './model';
import { Bank as BankSchema, type Bank, type MeasurementModel } from './schema';
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

type Report = (path: readonly PathSegment[], code: string, values?: Problem['values']) => void;

function checkUniqueIds(
  list: readonly { readonly id: string }[],
  path: readonly PathSegment[],
  kind: string,
  report: Report,
): void {
  const seen = new Map<string, number>();
  list.forEach((entry, index) => {
    const first = seen.get(entry.id);
    if (first === undefined) seen.set(entry.id, index);
    else
      report([...path, index, 'id'], 'duplicate-id', {
        kind,
        id: entry.id,
        first: formatPath([...path, first]),
      });
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
      report(['sections', s, 'scale'], 'unknown-reference', { kind: 'scale', id: section.scale });
  });

  const phaseQuestion =
    bank.scoring.phaseQuestion === undefined
      ? undefined
      : bank.context.find((q) => q.id === bank.scoring.phaseQuestion);
  if (bank.scoring.phaseQuestion !== undefined && phaseQuestion === undefined)
    report(['scoring', 'phaseQuestion'], 'unknown-reference', {
      kind: 'context-question',
      id: bank.scoring.phaseQuestion,
    });
  const phaseIds = new Set(phaseQuestion?.options.map((o) => o.id) ?? []);
  const positionQuestion =
    bank.scoring.positionQuestion === undefined
      ? undefined
      : bank.context.find((q) => q.id === bank.scoring.positionQuestion);
  if (bank.scoring.positionQuestion !== undefined && positionQuestion === undefined)
    report(['scoring', 'positionQuestion'], 'unknown-reference', {
      kind: 'context-question',
      id: bank.scoring.positionQuestion,
    });
  const positionIds = new Set(positionQuestion?.options.map((o) => o.id) ?? []);
  const positionZones = new Set((bank.scoring.positions ?? []).map((b) => b.id));
  const sectionsById = new Map(bank.sections.map((section) => [section.id, section]));
  const zonesOf = (section: string) =>
    sectionsById.get(section)?.presentation === 'position' ? positionZones : bandIds;

  bank.dimensions.forEach((dimension, d) => {
    if (!sectionIds.has(dimension.section))
      report(['dimensions', d, 'section'], 'unknown-reference', { kind: 'section', id: dimension.section });
    if (dimension.parent !== undefined) {
      const parent = dimensions.get(dimension.parent);
      if (!parent) report(['dimensions', d, 'parent'], 'unknown-parent', { id: dimension.parent });
      else if (parent.section !== dimension.section)
        report(['dimensions', d, 'parent'], 'parent-other-section', {
          parent: parent.id,
          section: parent.section,
        });
    }
    const zones = zonesOf(dimension.section);
    for (const band of zones)
      if (own(dimension.interpretation, band) === undefined)
        report(['dimensions', d, 'interpretation'], 'no-interpretation', { band });
    for (const key of Object.keys(dimension.interpretation))
      if (!zones.has(key)) report(['dimensions', d, 'interpretation', key], 'unknown-band', { band: key });
    for (const option of Object.keys(dimension.positionNotes ?? {})) {
      if (positionQuestion === undefined)
        report(['dimensions', d, 'positionNotes', option], 'position-without-question');
      else if (!positionIds.has(option))
        report(['dimensions', d, 'positionNotes', option], 'unknown-phase', {
          phase: option,
          question: positionQuestion.id,
        });
    }
    dimension.phases?.forEach((phase, p) => {
      if (phaseQuestion === undefined) report(['dimensions', d, 'phases', p], 'phase-without-question');
      else if (!phaseIds.has(phase))
        report(['dimensions', d, 'phases', p], 'unknown-phase', { phase, question: phaseQuestion.id });
    });
  });

  bank.items.forEach((item, i) => {
    if (!dimensionIds.has(item.dimension))
      report(['items', i, 'dimension'], 'unknown-reference', { kind: 'dimension', id: item.dimension });
    if (item.scale !== undefined && !scaleIds.has(item.scale))
      report(['items', i, 'scale'], 'unknown-reference', { kind: 'scale', id: item.scale });
  });

  bank.scoring.relative.forEach((rule, r) => {
    if (!sectionIds.has(rule.section))
      report(['scoring', 'relative', r, 'section'], 'unknown-reference', {
        kind: 'section',
        id: rule.section,
      });
  });
  bank.scoring.flags.forEach((flag, f) => {
    for (const side of ['high', 'low'] as const)
      if (!dimensionIds.has(flag[side]))
        report(['scoring', 'flags', f, side], 'unknown-reference', { kind: 'dimension', id: flag[side] });
    if (flag.high === flag.low) report(['scoring', 'flags', f], 'flag-self');
  });
  const items = new Map(bank.items.map((item) => [item.id, item]));
  bank.scoring.twins?.forEach((twin, t) => {
    const item = items.get(twin.item);
    const reverse = items.get(twin.reverse);
    if (!itemIds.has(twin.item))
      report(['scoring', 'twins', t, 'item'], 'unknown-reference', { kind: 'item', id: twin.item });
    if (!itemIds.has(twin.reverse))
      report(['scoring', 'twins', t, 'reverse'], 'unknown-reference', { kind: 'item', id: twin.reverse });
    if (!item || !reverse) return;
    if (item.reverse === true) report(['scoring', 'twins', t, 'item'], 'twin-item-reversed', { id: item.id });
    if (reverse.reverse !== true)
      report(['scoring', 'twins', t, 'reverse'], 'twin-reverse-not-marked', { id: reverse.id });
    if (item.dimension !== reverse.dimension) report(['scoring', 'twins', t], 'twin-other-dimension');
  });
  const situations = bank.situations;
  if (situations) {
    if (!sectionIds.has(situations.section))
      report(['situations', 'section'], 'unknown-reference', { kind: 'section', id: situations.section });
    checkUniqueIds(situations.prompts, ['situations', 'prompts'], 'situation', report);
    situations.prompts.forEach((prompt, p) => {
      if (phaseQuestion === undefined)
        report(['situations', 'prompts', p, 'phase'], 'phase-without-question');
      else if (!phaseIds.has(prompt.phase))
        report(['situations', 'prompts', p, 'phase'], 'unknown-phase', {
          phase: prompt.phase,
          question: phaseQuestion.id,
        });
    });
    const choices = bank.dimensions.filter((dimension) => dimension.section === situations.section).length;
    if (!(situations.pick >= 1 && situations.pick <= Math.min(3, Math.max(1, choices))))
      report(['situations', 'pick'], 'pick-range', { max: Math.min(3, Math.max(1, choices)) });
  }
  const rated = new Set(
    bank.sections.filter((section) => section.rated === true).map((section) => section.id),
  );
  if (rated.size > 0 && bank.raters === undefined)
    report(
      ['sections', bank.sections.findIndex((section) => section.rated === true), 'rated'],
      'rated-without-raters',
    );
  if (bank.raters) {
    checkUniqueIds(bank.raters.groups, ['raters', 'groups'], 'rater-group', report);
    bank.raters.groups.forEach((group, g) => {
      if (group.minimum !== undefined && !(group.minimum >= 1 && group.minimum <= 50))
        report(['raters', 'groups', g, 'minimum'], 'minimum-range');
    });
    if (rated.size === 0) report(['raters'], 'raters-without-rated');
    bank.items.forEach((item, i) => {
      const section = dimensions.get(item.dimension)?.section;
      if (section !== undefined && rated.has(section) && item.raterText === undefined)
        report(['items', i], 'rater-text-missing', { id: item.id });
    });
  }
  bank.norms?.entries.forEach((entry, e) => {
    if (!dimensionIds.has(entry.dimension))
      report(['norms', 'entries', e, 'dimension'], 'unknown-reference', {
        kind: 'dimension',
        id: entry.dimension,
      });
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
          report(['dimensions', d, 'parent'], 'parent-cycle', { cycle: cycle.join(' → ') });
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
    if (seen.has(language)) report(['languages', l], 'language-twice', { language });
    seen.add(language);
  });
  for (const { path, text } of collectTexts(bank))
    for (const language of seen) {
      const value = own(text, language);
      if (value === undefined) report([...path, language], 'text-missing', { language });
      else if (value.trim() === '') report([...path, language], 'text-empty');
    }
}

function checkScales(bank: Bank, report: Report): void {
  bank.scales.forEach((scale, s) => {
    scale.points.forEach((point, p) => {
      if (!Number.isFinite(point.value)) report(['scales', s, 'points', p, 'value'], 'value-not-finite');
      const previous = scale.points[p - 1];
      if (previous !== undefined && !(point.value > previous.value))
        report(['scales', s, 'points', p, 'value'], 'value-not-rising', { previous: previous.value });
    });
  });
}

function checkStructure(bank: Bank, report: Report): void {
  const index = indexBank(bank);
  bank.sections.forEach((section, s) => {
    if (!index.sectionDimensions.has(section.id))
      report(['sections', s], 'section-no-dimensions', { id: section.id });
  });
  bank.dimensions.forEach((dimension, d) => {
    const items = index.itemsBeneath.get(dimension.id) ?? [];
    if (items.length === 0) {
      report(['dimensions', d], 'dimension-no-items', { id: dimension.id });
      return;
    }
    const ranges = new Set(
      items.map((item) => {
        const scale = index.itemScale.get(item.id);
        return scale ? JSON.stringify(scaleRange(scale)) : '';
      }),
    );
    if (ranges.size > 1) report(['dimensions', d], 'dimension-mixed-ranges', { id: dimension.id });
  });
}

function checkRules(bank: Bank, report: Report): void {
  const { scoring } = bank;
  if (!(scoring.minAnsweredShare > 0 && scoring.minAnsweredShare <= 1))
    report(['scoring', 'minAnsweredShare'], 'share-range');
  scoring.bands.forEach((band, b) => {
    const last = b === scoring.bands.length - 1;
    if (last && band.min !== undefined) report(['scoring', 'bands', b, 'min'], 'band-last-has-min');
    if (!last && band.min === undefined) report(['scoring', 'bands', b, 'min'], 'band-min-missing');
    const previous = scoring.bands[b - 1];
    if (band.min !== undefined && previous?.min !== undefined && !(band.min < previous.min))
      report(['scoring', 'bands', b, 'min'], 'band-not-descending', { previous: previous.min });
  });
  checkUniqueIds(scoring.bands, ['scoring', 'bands'], 'band', report);
  scoring.positions?.forEach((band, b, positions) => {
    const last = b === positions.length - 1;
    if (last && band.min !== undefined) report(['scoring', 'positions', b, 'min'], 'band-last-has-min');
    if (!last && band.min === undefined) report(['scoring', 'positions', b, 'min'], 'band-min-missing');
    const previous = positions[b - 1];
    if (band.min !== undefined && previous?.min !== undefined && !(band.min < previous.min))
      report(['scoring', 'positions', b, 'min'], 'band-not-descending', { previous: previous.min });
  });
  if (scoring.positions) checkUniqueIds(scoring.positions, ['scoring', 'positions'], 'band', report);
  if (scoring.positions === undefined && bank.sections.some((section) => section.presentation === 'position'))
    report(['scoring'], 'positions-missing');
  const checkModel = (model: MeasurementModel | undefined, path: readonly PathSegment[]) => {
    if (model === undefined) return;
    if (!(model.reliability > 0 && model.reliability < 1))
      report([...path, 'reliability'], 'reliability-range');
    if (!(model.sd > 0 && Number.isFinite(model.sd))) report([...path, 'sd'], 'sd-positive');
  };
  checkModel(scoring.measurement, ['scoring', 'measurement']);
  if (scoring.measurement) {
    if (!(scoring.measurement.level > 0 && scoring.measurement.level < 1))
      report(['scoring', 'measurement', 'level'], 'level-range');
    if (!(scoring.measurement.familyAlpha > 0 && scoring.measurement.familyAlpha < 0.5))
      report(['scoring', 'measurement', 'familyAlpha'], 'family-alpha-range');
  }
  bank.dimensions.forEach((dimension, d) =>
    checkModel(dimension.measurement, ['dimensions', d, 'measurement']),
  );
  const sectionOf = new Map(bank.dimensions.map((dimension) => [dimension.id, dimension.section]));
  const ruledSections = new Set<string>();
  scoring.relative.forEach((rule, r) => {
    if (ruledSections.has(rule.section))
      report(['scoring', 'relative', r, 'section'], 'relative-twice', { section: rule.section });
    ruledSections.add(rule.section);
    if ((rule.method ?? 'threshold') === 'threshold') {
      if (rule.threshold === undefined) report(['scoring', 'relative', r], 'threshold-missing');
      else if (!(rule.threshold >= 0 && rule.threshold <= 100))
        report(['scoring', 'relative', r, 'threshold'], 'threshold-range');
    } else if (scoring.measurement === undefined)
      report(['scoring', 'relative', r, 'method'], 'measurement-missing');
    for (const key of ['maxStrengths', 'maxDevelopment'] as const)
      if (!(rule[key] >= 0 && rule[key] <= 50)) report(['scoring', 'relative', r, key], 'count-range');
  });
  checkUniqueIds(scoring.flags, ['scoring', 'flags'], 'flag', report);
  scoring.flags.forEach((flag, f) => {
    const footing = flag.footing ?? 'raw';
    if (footing === 'raw') {
      if (flag.minGap === undefined) report(['scoring', 'flags', f], 'gap-missing');
      else if (!(flag.minGap > 0)) report(['scoring', 'flags', f, 'minGap'], 'gap-positive');
    } else if (scoring.measurement === undefined)
      report(['scoring', 'flags', f, 'footing'], 'measurement-missing');
    if (
      footing === 'same-scale' &&
      sectionOf.has(flag.high) &&
      sectionOf.has(flag.low) &&
      sectionOf.get(flag.high) !== sectionOf.get(flag.low)
    )
      report(['scoring', 'flags', f, 'footing'], 'flag-other-sections');
  });
  if (scoring.straightLiningMinItems !== undefined && scoring.straightLiningMinItems < 2)
    report(['scoring', 'straightLiningMinItems'], 'straightlining-min');
  bank.reflections.prompts.forEach((prompt, p) => {
    if (prompt.kind !== 'slider') return;
    if (!(prompt.min < prompt.max)) report(['reflections', 'prompts', p, 'max'], 'slider-max');
    else if (prompt.step !== undefined && prompt.step > prompt.max - prompt.min)
      report(['reflections', 'prompts', p, 'step'], 'slider-step');
  });
}

function semanticProblems(bank: Bank, options: ValidateOptions): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (path, code, values) =>
    problems.push({ path: formatPath(path), code, ...(values === undefined ? {} : { values }) });

  if (options.fileName !== undefined) {
    const base = options.fileName.split(/[\\/]/).pop() ?? options.fileName;
    if (base !== `${bank.version}.json`)
      report(['version'], 'file-name', { version: bank.version, file: base });
  }
  checkUniqueIds(bank.scales, ['scales'], 'scale', report);
  checkUniqueIds(bank.sections, ['sections'], 'section', report);
  checkUniqueIds(bank.dimensions, ['dimensions'], 'dimension', report);
  checkUniqueIds(bank.items, ['items'], 'item', report);
  checkUniqueIds(bank.context, ['context'], 'context-question', report);
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
        problems: reserved.map((path) => ({ path: formatPath(path), code: 'reserved-key' })),
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
      problems: [{ path: '', code: 'unchecked', values: { detail: String(error).slice(0, 200) } }],
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
          code: 'file-too-large',
          values: { size: (text.length / 1_000_000).toFixed(1), max: MAX_BANK_BYTES / 1_000_000 },
        },
      ],
    };
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, problems: [jsonProblem(text, error)] };
  }
  return validateBank(data, options);
}
