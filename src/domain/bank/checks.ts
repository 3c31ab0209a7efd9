/**
 * The semantic checks of a bank that a schema cannot express: unique ids, references that resolve, no
 * cycles among parents, every text in every language, rising scale values, rules in range, and the rules of
 * the 2.0.0 additions (positions, measurement model, situations, raters). They run on whatever could be read
 * of the bank (see `partial.ts`), skip what is broken, and never flag a reference to an entry that exists
 * but is itself broken. Every check is linear in the size of the bank.
 */
import { formatPath, own, type PathSegment, type ProblemCollector } from '../problems';
import type { Holes, PartialBank } from './partial';
import type { Band, MeasurementModel } from './schema';
import { collectTexts } from './texts';

type Report = ProblemCollector['report'];

/** Visits the well-formed entries of a list, with their index in the file. */
function each<T>(list: Holes<T> | undefined, visit: (entry: T, index: number) => void): void {
  list?.forEach((entry, index) => {
    if (entry !== undefined) visit(entry, index);
  });
}

function checkUniqueIds(
  list: Holes<{ readonly id: string }> | undefined,
  path: readonly PathSegment[],
  kind: string,
  report: Report,
): void {
  const seen = new Map<string, number>();
  each(list, (entry, index) => {
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

function checkZones(zones: readonly Band[] | undefined, path: readonly PathSegment[], report: Report): void {
  if (zones === undefined) return;
  zones.forEach((band, b) => {
    const last = b === zones.length - 1;
    if (last && band.min !== undefined) report([...path, b, 'min'], 'band-last-has-min');
    if (!last && band.min === undefined) report([...path, b, 'min'], 'band-min-missing');
    const previous = zones[b - 1];
    if (band.min !== undefined && previous?.min !== undefined && !(band.min < previous.min))
      report([...path, b, 'min'], 'band-not-descending', { previous: previous.min });
  });
  checkUniqueIds(zones, path, 'band', report);
}

/** Ids, references between the bank's parts, and the parts of the bank that name context options. */
function checkReferences(bank: PartialBank, report: Report): void {
  const { scoring, ids } = bank;
  const dimensions = new Map<string, NonNullable<PartialBank['dimensions'][number]>>();
  each(bank.dimensions, (d) => dimensions.set(d.id, d));
  const sections = new Map<string, NonNullable<PartialBank['sections'][number]>>();
  each(bank.sections, (s) => sections.set(s.id, s));
  const questions = new Map<string, NonNullable<PartialBank['context'][number]>>();
  each(bank.context, (q) => questions.set(q.id, q));

  each(bank.sections, (section, s) => {
    if (!ids.scales.has(section.scale))
      report(['sections', s, 'scale'], 'unknown-reference', { kind: 'scale', id: section.scale });
  });

  const question = (key: 'phaseQuestion' | 'positionQuestion') => {
    const id = scoring[key];
    if (id === undefined) return undefined;
    if (!ids.context.has(id)) report(['scoring', key], 'unknown-reference', { kind: 'context-question', id });
    return questions.get(id);
  };
  const phaseQuestion = question('phaseQuestion');
  const positionQuestion = question('positionQuestion');
  const phaseIds = new Set(phaseQuestion?.options.map((o) => o.id) ?? []);
  const positionIds = new Set(positionQuestion?.options.map((o) => o.id) ?? []);
  const checkPhase = (phase: string, path: readonly PathSegment[]) => {
    if (scoring.phaseQuestion === undefined) report(path, 'phase-without-question');
    else if (phaseQuestion !== undefined && !phaseIds.has(phase))
      report(path, 'unknown-phase', { phase, question: phaseQuestion.id });
  };
  const bandIds = scoring.bands === undefined ? undefined : new Set(scoring.bands.map((b) => b.id));
  const positionZones = new Set((scoring.positions ?? []).map((b) => b.id));
  const zonesOf = (section: string) =>
    sections.get(section)?.presentation === 'position' ? positionZones : bandIds;

  each(bank.dimensions, (dimension, d) => {
    if (!ids.sections.has(dimension.section))
      report(['dimensions', d, 'section'], 'unknown-reference', { kind: 'section', id: dimension.section });
    if (dimension.parent !== undefined) {
      const parent = dimensions.get(dimension.parent);
      if (!ids.dimensions.has(dimension.parent))
        report(['dimensions', d, 'parent'], 'unknown-parent', { id: dimension.parent });
      else if (parent && parent.section !== dimension.section)
        report(['dimensions', d, 'parent'], 'parent-other-section', {
          parent: parent.id,
          section: parent.section,
        });
    }
    const zones = zonesOf(dimension.section);
    if (zones !== undefined && sections.has(dimension.section)) {
      for (const band of zones)
        if (own(dimension.interpretation, band) === undefined)
          report(['dimensions', d, 'interpretation'], 'no-interpretation', { band });
      for (const key of Object.keys(dimension.interpretation))
        if (!zones.has(key)) report(['dimensions', d, 'interpretation', key], 'unknown-band', { band: key });
    }
    for (const option of Object.keys(dimension.positionNotes ?? {})) {
      if (scoring.positionQuestion === undefined)
        report(['dimensions', d, 'positionNotes', option], 'position-without-question');
      else if (positionQuestion !== undefined && !positionIds.has(option))
        report(['dimensions', d, 'positionNotes', option], 'unknown-phase', {
          phase: option,
          question: positionQuestion.id,
        });
    }
    dimension.phases?.forEach((phase, p) => checkPhase(phase, ['dimensions', d, 'phases', p]));
  });

  each(bank.items, (item, i) => {
    if (!ids.dimensions.has(item.dimension))
      report(['items', i, 'dimension'], 'unknown-reference', { kind: 'dimension', id: item.dimension });
    if (item.scale !== undefined && !ids.scales.has(item.scale))
      report(['items', i, 'scale'], 'unknown-reference', { kind: 'scale', id: item.scale });
  });

  scoring.relative?.forEach((rule, r) => {
    if (!ids.sections.has(rule.section))
      report(['scoring', 'relative', r, 'section'], 'unknown-reference', {
        kind: 'section',
        id: rule.section,
      });
  });
  scoring.flags?.forEach((flag, f) => {
    for (const side of ['high', 'low'] as const)
      if (!ids.dimensions.has(flag[side]))
        report(['scoring', 'flags', f, side], 'unknown-reference', { kind: 'dimension', id: flag[side] });
    if (flag.high === flag.low) report(['scoring', 'flags', f], 'flag-self');
    const high = dimensions.get(flag.high);
    const low = dimensions.get(flag.low);
    if (flag.footing === 'same-scale' && high && low && high.section !== low.section)
      report(['scoring', 'flags', f, 'footing'], 'flag-other-sections');
  });

  const items = new Map<string, NonNullable<PartialBank['items'][number]>>();
  each(bank.items, (item) => items.set(item.id, item));
  scoring.twins?.forEach((twin, t) => {
    for (const side of ['item', 'reverse'] as const)
      if (!ids.items.has(twin[side]))
        report(['scoring', 'twins', t, side], 'unknown-reference', { kind: 'item', id: twin[side] });
    const item = items.get(twin.item);
    const reverse = items.get(twin.reverse);
    if (!item || !reverse) return;
    if (item.reverse === true) report(['scoring', 'twins', t, 'item'], 'twin-item-reversed', { id: item.id });
    if (reverse.reverse !== true)
      report(['scoring', 'twins', t, 'reverse'], 'twin-reverse-not-marked', { id: reverse.id });
    if (item.dimension !== reverse.dimension) report(['scoring', 'twins', t], 'twin-other-dimension');
  });

  const situations = bank.situations;
  if (situations) {
    if (!ids.sections.has(situations.section))
      report(['situations', 'section'], 'unknown-reference', { kind: 'section', id: situations.section });
    checkUniqueIds(situations.prompts, ['situations', 'prompts'], 'situation', report);
    situations.prompts.forEach((prompt, p) =>
      checkPhase(prompt.phase, ['situations', 'prompts', p, 'phase']),
    );
    let choices = 0;
    each(bank.dimensions, (dimension) => {
      if (dimension.section === situations.section) choices += 1;
    });
    const most = Math.min(3, Math.max(1, choices));
    if (!(situations.pick >= 1 && situations.pick <= most))
      report(['situations', 'pick'], 'pick-range', { max: most });
  }

  let firstRated = -1;
  each(bank.sections, (section, s) => {
    if (section.rated === true && firstRated < 0) firstRated = s;
  });
  if (firstRated >= 0 && bank.raters === undefined)
    report(['sections', firstRated, 'rated'], 'rated-without-raters');
  if (bank.raters) {
    checkUniqueIds(bank.raters.groups, ['raters', 'groups'], 'rater-group', report);
    bank.raters.groups.forEach((group, g) => {
      if (group.minimum !== undefined && !(group.minimum >= 1 && group.minimum <= 50))
        report(['raters', 'groups', g, 'minimum'], 'minimum-range');
    });
    if (firstRated < 0 && bank.sections.every((section) => section !== undefined))
      report(['raters'], 'raters-without-rated');
    each(bank.items, (item, i) => {
      const section = sections.get(dimensions.get(item.dimension)?.section ?? '');
      if (section?.rated === true && item.raterText === undefined)
        report(['items', i], 'rater-text-missing', { id: item.id });
    });
  }

  bank.norms?.entries.forEach((entry, e) => {
    if (!ids.dimensions.has(entry.dimension))
      report(['norms', 'entries', e, 'dimension'], 'unknown-reference', {
        kind: 'dimension',
        id: entry.dimension,
      });
  });
}

/**
 * Cycles among parents, each reported once at its first member in the file. Linear: every dimension is
 * walked at most once (colouring: unvisited, on the current path, done).
 */
function checkParentCycles(bank: PartialBank, report: Report): void {
  const parentOf = new Map<string, string | undefined>();
  const positionOf = new Map<string, number>();
  each(bank.dimensions, (d, position) => {
    if (!parentOf.has(d.id)) {
      parentOf.set(d.id, d.parent);
      positionOf.set(d.id, position);
    }
  });
  const state = new Map<string, 'path' | 'done'>();
  for (const start of parentOf.keys()) {
    if (state.has(start)) continue;
    const path: string[] = [];
    let id: string | undefined = start;
    while (id !== undefined && parentOf.has(id) && !state.has(id)) {
      state.set(id, 'path');
      path.push(id);
      id = parentOf.get(id);
    }
    if (id !== undefined && state.get(id) === 'path') {
      const cycle = path.slice(path.indexOf(id));
      const first = cycle.reduce((a, b) => ((positionOf.get(a) ?? 0) <= (positionOf.get(b) ?? 0) ? a : b));
      const at = cycle.indexOf(first);
      const ordered = [...cycle.slice(at), ...cycle.slice(0, at), first];
      report(['dimensions', positionOf.get(first) ?? 0, 'parent'], 'parent-cycle', {
        cycle: ordered.join(' → '),
      });
    }
    for (const member of path) state.set(member, 'done');
  }
}

function checkLanguages(bank: PartialBank, report: Report): void {
  if (bank.languages === undefined) return;
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

function checkScales(bank: PartialBank, report: Report): void {
  each(bank.scales, (scale, s) => {
    scale.points.forEach((point, p) => {
      if (!Number.isFinite(point.value)) report(['scales', s, 'points', p, 'value'], 'value-not-finite');
      const previous = scale.points[p - 1];
      if (previous !== undefined && !(point.value > previous.value))
        report(['scales', s, 'points', p, 'value'], 'value-not-rising', { previous: previous.value });
    });
  });
}

/**
 * Sections without dimensions, dimensions without items, and dimensions whose items are on scales of
 * different ranges (a mean over them would mean nothing). Only when every list was read whole, because a
 * broken entry could be the missing dimension or item.
 */
function checkStructure(bank: PartialBank, report: Report): void {
  const scales = new Map<string, NonNullable<PartialBank['scales'][number]>>();
  each(bank.scales, (scale) => scales.set(scale.id, scale));
  const sectionScale = new Map<string, string>();
  each(bank.sections, (section) => sectionScale.set(section.id, section.scale));
  const parentOf = new Map<string, string | undefined>();
  const sectionOf = new Map<string, string>();
  each(bank.dimensions, (d) => {
    parentOf.set(d.id, d.parent);
    sectionOf.set(d.id, d.section);
  });
  const used = new Set(sectionOf.values());
  each(bank.sections, (section, s) => {
    if (!used.has(section.id)) report(['sections', s], 'section-no-dimensions', { id: section.id });
  });
  // Every item counts for its dimension and each ancestor; ranges are collected per dimension.
  const ranges = new Map<string, Set<string>>();
  each(bank.items, (item) => {
    const scaleId = item.scale ?? sectionScale.get(sectionOf.get(item.dimension) ?? '') ?? '';
    const scale = scales.get(scaleId);
    const range = scale ? `${String(scale.points[0]?.value)}..${String(scale.points.at(-1)?.value)}` : '?';
    const seen = new Set<string>();
    for (let d: string | undefined = item.dimension; d !== undefined && !seen.has(d); d = parentOf.get(d)) {
      seen.add(d);
      const set = ranges.get(d) ?? new Set<string>();
      set.add(range);
      ranges.set(d, set);
    }
  });
  each(bank.dimensions, (dimension, d) => {
    const set = ranges.get(dimension.id);
    if (set === undefined) report(['dimensions', d], 'dimension-no-items', { id: dimension.id });
    else if (set.size > 1) report(['dimensions', d], 'dimension-mixed-ranges', { id: dimension.id });
  });
}

function checkRules(bank: PartialBank, report: Report): void {
  const { scoring } = bank;
  if (
    scoring.minAnsweredShare !== undefined &&
    !(scoring.minAnsweredShare > 0 && scoring.minAnsweredShare <= 1)
  )
    report(['scoring', 'minAnsweredShare'], 'share-range');
  checkZones(scoring.bands, ['scoring', 'bands'], report);
  checkZones(scoring.positions, ['scoring', 'positions'], report);
  if (
    scoring.positions === undefined &&
    bank.sections.some((section) => section?.presentation === 'position')
  )
    report(['scoring'], 'positions-missing');

  const checkModel = (model: MeasurementModel | undefined, path: readonly PathSegment[]) => {
    if (model === undefined) return;
    if (!(model.reliability > 0 && model.reliability < 1))
      report([...path, 'reliability'], 'reliability-range');
    if (!(model.sd > 0 && Number.isFinite(model.sd))) report([...path, 'sd'], 'sd-positive');
  };
  const { measurement } = scoring;
  checkModel(measurement, ['scoring', 'measurement']);
  if (measurement) {
    if (!(measurement.level > 0 && measurement.level < 1))
      report(['scoring', 'measurement', 'level'], 'level-range');
    if (!(measurement.familyAlpha > 0 && measurement.familyAlpha < 0.5))
      report(['scoring', 'measurement', 'familyAlpha'], 'family-alpha-range');
  }
  each(bank.dimensions, (dimension, d) =>
    checkModel(dimension.measurement, ['dimensions', d, 'measurement']),
  );

  const ruled = new Set<string>();
  scoring.relative?.forEach((rule, r) => {
    if (ruled.has(rule.section))
      report(['scoring', 'relative', r, 'section'], 'relative-twice', { section: rule.section });
    ruled.add(rule.section);
    if ((rule.method ?? 'threshold') === 'threshold') {
      if (rule.threshold === undefined) report(['scoring', 'relative', r], 'threshold-missing');
      else if (!(rule.threshold >= 0 && rule.threshold <= 100))
        report(['scoring', 'relative', r, 'threshold'], 'threshold-range');
    } else if (measurement === undefined && bank.scoring.measurement === undefined)
      report(['scoring', 'relative', r, 'method'], 'measurement-missing');
    for (const key of ['maxStrengths', 'maxDevelopment'] as const)
      if (!(rule[key] >= 0 && rule[key] <= 50)) report(['scoring', 'relative', r, key], 'count-range');
  });
  if (scoring.flags) checkUniqueIds(scoring.flags, ['scoring', 'flags'], 'flag', report);
  scoring.flags?.forEach((flag, f) => {
    const footing = flag.footing ?? 'raw';
    if (footing === 'raw') {
      if (flag.minGap === undefined) report(['scoring', 'flags', f], 'gap-missing');
      else if (!(flag.minGap > 0)) report(['scoring', 'flags', f, 'minGap'], 'gap-positive');
    } else if (measurement === undefined) report(['scoring', 'flags', f, 'footing'], 'measurement-missing');
  });
  if (scoring.straightLiningMinItems !== undefined && scoring.straightLiningMinItems < 2)
    report(['scoring', 'straightLiningMinItems'], 'straightlining-min');
  each(bank.reflections.prompts, (prompt, p) => {
    if (prompt.kind !== 'slider') return;
    if (!(prompt.min < prompt.max)) report(['reflections', 'prompts', p, 'max'], 'slider-max');
    else if (prompt.step !== undefined && prompt.step > prompt.max - prompt.min)
      report(['reflections', 'prompts', p, 'step'], 'slider-step');
  });
}

/** Runs every semantic check on what could be read of the bank, reporting to `report`. */
export function checkBank(bank: PartialBank, report: Report): void {
  checkUniqueIds(bank.scales, ['scales'], 'scale', report);
  checkUniqueIds(bank.sections, ['sections'], 'section', report);
  checkUniqueIds(bank.dimensions, ['dimensions'], 'dimension', report);
  checkUniqueIds(bank.items, ['items'], 'item', report);
  checkUniqueIds(bank.context, ['context'], 'context-question', report);
  each(bank.context, (question, q) =>
    checkUniqueIds(question.options, ['context', q, 'options'], 'option', report),
  );
  checkUniqueIds(bank.reflections.prompts, ['reflections', 'prompts'], 'reflection', report);
  checkLanguages(bank, report);
  checkScales(bank, report);
  checkReferences(bank, report);
  checkParentCycles(bank, report);
  checkRules(bank, report);
  if (bank.complete) checkStructure(bank, report);
}
