/**
 * The figures of one person's profile as the page and the PDF show them: the chart of each section (with
 * each score's uncertainty), the table beside it, the score line of a dimension, and the words for a score
 * that could not be computed. One place decides how a score is written and drawn.
 */
import { round } from '../domain/rounding';
import type { DimensionScore } from '../domain/scoring/dimensions';
import type { Scores } from '../domain/scoring/score';
import type { Describe } from './describe';
import type { Axis, ChartSpec, Figure, LegendEntry, ProfilePoint, Table } from './model';

/** The ticks of a scale axis: every scale point for short scales, else about ten steps. */
export function axisOf(describe: Describe, min: number, max: number): Axis {
  const step = max - min > 10 ? Math.ceil((max - min) / 10) : 1;
  const ticks: { value: number; label: string }[] = [];
  for (let value = min; value <= max + 1e-9; value += step)
    ticks.push({ value, label: describe.number(value, 0) });
  return { min, max, ticks };
}

/** Whether the dimension's section is read as positions (beliefs) rather than levels. */
export function isPosition(describe: Describe, section: string): boolean {
  return describe.index.sections.get(section)?.presentation === 'position';
}

/** The label of a score's zone: a band of a level section, a position of a position section. */
export function zoneLabel(describe: Describe, score: DimensionScore): string {
  const { index, text } = describe;
  const zones = isPosition(describe, score.section)
    ? (index.bank.scoring.positions ?? [])
    : index.bank.scoring.bands;
  return text(zones.find((zone) => zone.id === score.band)?.label);
}

/** A dimension's score in a few words: "3,7 · vaak", or "onvoldoende antwoorden". */
export function scoreHeadline(describe: Describe, score: DimensionScore): string {
  if (score.mean === null) return describe.t('results.notEnough');
  return `${describe.number(score.mean)} · ${zoneLabel(describe, score)}`;
}

/**
 * A dimension's score in words: "3,7 op 5 · niveau: vaak" (a position section names its zone without
 * "level"), or why there is no score ("Not enough answers for a score: 2 of 4 statements answered, at
 * least 3 needed.").
 */
export function scoreLine(describe: Describe, score: DimensionScore): string {
  const { t, number } = describe;
  if (score.mean === null)
    return t('results.notEnoughLine', { answered: score.answered, items: score.items, needed: score.needed });
  return t(isPosition(describe, score.section) ? 'results.scoreLinePosition' : 'results.scoreLine', {
    mean: number(score.mean),
    max: number(score.max, 0),
    band: zoneLabel(describe, score),
  });
}

/** "Likely between 3,2 and 4,2 (90 % interval)"; `null` without a measurement model. */
export function intervalLine(describe: Describe, score: DimensionScore): string | null {
  const { t, number, index } = describe;
  if (score.interval === null) return null;
  return t('results.intervalLine', {
    low: number(score.interval.low),
    high: number(score.interval.high),
    level: number((index.bank.scoring.measurement?.level ?? 0.9) * 100, 0),
  });
}

/** "Based on 3 of 4 statements" (and how many were "not applicable"). */
export function answeredLine({ t }: Describe, score: DimensionScore): string {
  return score.notApplicable > 0
    ? t('results.answeredLineNa', { answered: score.answered, items: score.items, na: score.notApplicable })
    : t('results.answeredLine', { answered: score.answered, items: score.items });
}

/** The band thresholds drawn on the bar charts of a level section (none for positions or percent bands). */
function chartBands(describe: Describe, section: string): { value: number; label: string }[] {
  const { index, text } = describe;
  if (isPosition(describe, section) || index.bank.scoring.bandBasis === 'percent') return [];
  return index.bank.scoring.bands.flatMap((band) =>
    band.min === undefined
      ? []
      : [{ value: band.min, label: `${describe.number(band.min)} ${text(band.label)}` }],
  );
}

/** The points of one section's chart: each score as shown (rounded), its interval, its phase marker. */
export function profilePoints(describe: Describe, scores: Scores, section: string): ProfilePoint[] {
  const hinted = new Set(scores.hints.dimensions);
  return scores.dimensions
    .filter((score) => score.section === section)
    .map((score) => ({
      id: score.id,
      label: describe.dimensionName(score.id),
      value: score.mean === null ? null : round(score.mean, 1),
      valueLabel: score.mean === null ? describe.t('results.noScore') : describe.number(score.mean),
      interval: score.interval,
      marked: hinted.has(score.id),
    }));
}

/** The table beside a section's chart: per dimension its score, likely range, level or position, answers. */
function profileTable(describe: Describe, scores: Scores, section: string, min: number, max: number): Table {
  const { t, number } = describe;
  const hinted = new Set(scores.hints.dimensions);
  const list = scores.dimensions.filter((score) => score.section === section);
  const modelled = list.some((score) => score.se !== null);
  const position = isPosition(describe, section);
  return {
    caption: t('results.tableCaption', {
      section: describe.text(describe.index.sections.get(section)?.title),
    }),
    markLabel: t('results.calledFor'),
    columns: [
      { label: t('results.columnDimension'), width: 0.36 },
      { label: t('results.columnScoreRange', { min, max }), numeric: true, width: 0.14 },
      ...(modelled ? [{ label: t('results.columnInterval'), numeric: true, width: 0.18 }] : []),
      { label: t(position ? 'results.columnPosition' : 'results.columnBand'), width: 0.18 },
      { label: t('results.columnAnswered'), numeric: true, width: 0.14 },
    ],
    rows: list.map((score) => ({
      id: score.id,
      marked: hinted.has(score.id),
      cells: [
        describe.dimensionName(score.id),
        score.mean === null ? t('results.notEnough') : number(score.mean),
        ...(modelled
          ? [score.interval === null ? '—' : `${number(score.interval.low)}–${number(score.interval.high)}`]
          : []),
        score.mean === null ? '—' : zoneLabel(describe, score),
        t('results.answeredOf', { answered: score.answered, items: score.items }),
      ],
    })),
  };
}

/** The legend under a section's chart: what it shows, its bands, intervals, missing scores and markers. */
function profileLegend(
  describe: Describe,
  points: readonly ProfilePoint[],
  chart: ChartSpec,
  title: string,
): LegendEntry[] {
  const { t, number, index } = describe;
  const legend: LegendEntry[] = [{ symbol: 'none', text: t('results.chartLabel', { section: title }) }];
  if (chart.kind === 'bars' && chart.bands.length > 0)
    legend.push({
      symbol: 'band',
      text: t('results.bandsLegend', { list: chart.bands.map((band) => band.label).join('; ') }),
    });
  if (points.some((point) => point.interval !== null))
    legend.push({
      symbol: 'interval',
      text: t('results.intervalLegend', {
        level: number((index.bank.scoring.measurement?.level ?? 0.9) * 100, 0),
      }),
    });
  if (points.some((point) => point.value === null))
    legend.push({ symbol: 'missing', text: t('results.missingLegend') });
  if (points.some((point) => point.marked))
    legend.push({ symbol: 'mark', text: t('results.calledForLegend') });
  return legend;
}

/** One figure per section: its chart (radar or bars, as the bank says), legend and table. */
export function profileFigures(describe: Describe, scores: Scores): Figure[] {
  const { index, text } = describe;
  return index.bank.sections.flatMap((section) => {
    const first = scores.dimensions.find((score) => score.section === section.id);
    if (!first) return [];
    const axis = axisOf(describe, first.min, first.max);
    const points = profilePoints(describe, scores, section.id);
    const position = isPosition(describe, section.id);
    const scale = index.scales.get(section.scale);
    const ends: readonly [string, string] | null =
      position && scale ? [text(scale.points[0]?.label), text(scale.points.at(-1)?.label)] : null;
    const chart: ChartSpec =
      section.chart === 'radar'
        ? { kind: 'radar', axis, points }
        : {
            kind: 'bars',
            axis,
            points,
            bands: chartBands(describe, section.id),
            mark: position ? 'dot' : 'bar',
            ends,
          };
    const title = text(section.title);
    return [
      {
        id: section.id,
        title,
        charts: [chart],
        legend: profileLegend(describe, points, chart, title),
        table: profileTable(describe, scores, section.id, first.min, first.max),
      },
    ];
  });
}
