/**
 * The view model of 360° feedback: the participant's own scores beside each rater group shown on its own
 * and all others together, per rated section a chart and a table; blind spots and hidden strengths; how
 * far the raters agree; their comments, verbatim and unattributed; and what happened to each group (shown,
 * folded into all others, left out). Built from a {@link FeedbackAggregate}, which alone decides what may
 * be shown; the page and the PDF both draw this.
 */
import type { FeedbackAggregate, FeedbackRow, GroupStatus } from '../domain/feedback/aggregate';
import { OTHERS_MINIMUM } from '../domain/feedback/aggregate';
import { raterGroupName } from '../domain/feedback/rater';
import type { Describe } from './describe';
import type { DotsChart, Figure, LegendEntry, Marker } from './model';
import { axisOf } from './profile';

/** The markers of the groups shown on their own, in bank order (self is a dot, all others a square). */
const GROUP_MARKERS: readonly Marker[] = ['triangle', 'cross', 'ring'];

/** One labelled difference: the dimension, and self against all others in words and figures. */
export interface FeedbackLabel {
  readonly dimension: string;
  readonly text: string;
}

export interface FeedbackView {
  readonly title: string;
  /** How many responses came in and how many count. */
  readonly intro: string;
  /** One sentence per group with responses: shown, one person's view, folded or left out. */
  readonly groups: readonly string[];
  /** Per rated section: self, the groups and all others as a chart, and the same figures as a table. */
  readonly figures: readonly Figure[];
  /** Self against all others only, for the report's overview page. */
  readonly overview: readonly { readonly title: string; readonly chart: DotsChart }[];
  readonly overviewLegend: readonly LegendEntry[];
  /** One sentence for the overview: the blind spots and hidden strengths by name. */
  readonly overviewSummary: string;
  readonly differences: {
    readonly title: string;
    readonly intro: string;
    readonly blindSpots: { readonly title: string; readonly items: readonly FeedbackLabel[] };
    readonly hiddenStrengths: { readonly title: string; readonly items: readonly FeedbackLabel[] };
    /** Shown when neither list has an entry (or they cannot be computed). */
    readonly empty: string | null;
    /** Under a list without entries, when the other has some. */
    readonly none: string;
  };
  /** Dimensions on which the raters disagree, by name. */
  readonly disagreement: { readonly title: string; readonly text: string };
  readonly comments: {
    readonly title: string;
    readonly intro: string;
    readonly sections: readonly { readonly title: string; readonly texts: readonly string[] }[];
    readonly empty: string | null;
  };
  /** How the figures are made: the anonymity rules and what "clearly" means. */
  readonly method: { readonly title: string; readonly paragraphs: readonly string[] };
}

/** The group's name in the view's language, capitalised: it starts a line, a column header or a legend entry. */
function groupName(describe: Describe, id: string): string {
  const name = raterGroupName(describe.index, id, describe.language);
  return name.charAt(0).toLocaleUpperCase(describe.language) + name.slice(1);
}

function groupSentence(describe: Describe, group: GroupStatus): string {
  const { t } = describe;
  const name = groupName(describe, group.id);
  const values = { group: name, count: group.responses, minimum: group.minimum };
  switch (group.use) {
    case 'own':
      return group.single ? t('feedback.groupSingle', values) : t('feedback.groupOwn', values);
    case 'folded':
      return t('feedback.groupFolded', values);
    case 'left-out':
      return t('feedback.groupLeftOut', { ...values, others: OTHERS_MINIMUM });
    case 'none':
      return t('feedback.groupNone', values);
  }
}

/** Builds the 360° view of an aggregate; `null` when no response counts in any figure. */
export function buildFeedbackView(describe: Describe, aggregate: FeedbackAggregate): FeedbackView | null {
  const { t, text, number, index } = describe;
  const received = aggregate.groups.reduce((sum, group) => sum + group.responses, 0);
  if (received === 0) return null;
  const shown = aggregate.groups.filter((group) => group.use === 'own');
  const selfLabel = t('feedback.self');
  const seriesLabel = (group: GroupStatus) =>
    group.single
      ? t('feedback.seriesSingle', { group: groupName(describe, group.id) })
      : t('feedback.seriesGroup', { group: groupName(describe, group.id), count: group.responses });
  const series = [
    { id: 'self', label: selfLabel, marker: 'dot' as const },
    ...shown.map((group, i) => ({
      id: group.id,
      label: seriesLabel(group),
      marker: GROUP_MARKERS[i % GROUP_MARKERS.length] ?? 'ring',
    })),
    ...(aggregate.othersShown
      ? [
          {
            id: 'others',
            label: t('feedback.seriesOthers', { count: aggregate.counted }),
            marker: 'square' as const,
          },
        ]
      : []),
  ];
  const legend: LegendEntry[] = series.map((entry) => ({ symbol: entry.marker, text: entry.label }));
  const score = (value: number | null | undefined) => (value == null ? t('feedback.tooFew') : number(value));
  const signed = (value: number | null) => {
    if (value === null) return '—';
    const shownValue = number(Math.abs(value));
    return shownValue === number(0) ? number(0) : value > 0 ? `+${shownValue}` : `−${shownValue}`;
  };
  const reading = (row: FeedbackRow) =>
    row.label === 'blind-spot'
      ? t('feedback.blindSpot')
      : row.label === 'hidden-strength'
        ? t('feedback.hiddenStrength')
        : row.critical === null
          ? t('feedback.notModelled')
          : t('feedback.withinError');
  const spreadCell = (row: FeedbackRow) =>
    row.spread === null
      ? '—'
      : row.disagree
        ? t('feedback.spreadDisagree', { spread: number(row.spread) })
        : number(row.spread);
  const rounded = (value: number | null | undefined) => (value == null ? null : Number(value.toFixed(1)));
  const sections = index.bank.sections.filter((section) =>
    aggregate.rows.some((row) => row.section === section.id),
  );
  const figures = sections.flatMap((section): Figure[] => {
    const rows = aggregate.rows.filter((row) => row.section === section.id);
    const first = rows[0];
    if (!first) return [];
    const title = text(section.title);
    return [
      {
        id: `feedback-${section.id}`,
        title: t('feedback.figureTitle', { section: title }),
        charts: [
          {
            kind: 'dots',
            axis: axisOf(describe, first.min, first.max),
            series,
            rows: rows.map((row) => ({
              id: row.dimension,
              label: describe.dimensionName(row.dimension),
              values: [
                rounded(row.self),
                ...shown.map((group) => rounded(row.groups.get(group.id)?.mean)),
                ...(aggregate.othersShown ? [rounded(row.others?.mean)] : []),
              ],
            })),
          },
        ],
        legend: [...legend, { symbol: 'none', text: t('feedback.chartCaption') }],
        table: {
          caption: t('feedback.tableCaption', { section: title }),
          columns: [
            { label: t('results.columnDimension'), width: 0.22 },
            { label: t('feedback.columnSelf'), numeric: true, width: 0.08 },
            ...shown.map((group) => ({
              label: t('feedback.columnGroupCount', {
                group: groupName(describe, group.id),
                count: group.responses,
              }),
              numeric: true,
              width: 0.12,
            })),
            ...(aggregate.othersShown
              ? [
                  {
                    label: t('feedback.columnOthers', { count: aggregate.counted }),
                    numeric: true,
                    width: 0.12,
                  },
                  { label: t('feedback.columnDifference'), width: 0.22 },
                  { label: t('feedback.columnSpread'), width: 0.14 },
                ]
              : []),
          ],
          rows: rows.map((row) => ({
            id: row.dimension,
            cells: [
              describe.dimensionName(row.dimension),
              row.self === null ? t('results.notEnough') : number(row.self),
              ...shown.map((group) => score(row.groups.get(group.id)?.mean)),
              ...(aggregate.othersShown
                ? [
                    score(row.others?.mean),
                    row.difference === null
                      ? '—'
                      : t('feedback.differenceCell', {
                          difference: signed(row.difference),
                          reading: reading(row),
                        }),
                    spreadCell(row),
                  ]
                : []),
            ],
          })),
        },
      },
    ];
  });
  // The overview page: self beside all others, every rated dimension in one chart when the sections share
  // a scale (else one chart per section).
  const dotsOf = (rows: readonly FeedbackRow[]): DotsChart => ({
    kind: 'dots',
    axis: axisOf(describe, rows[0]?.min ?? 1, rows[0]?.max ?? 5),
    series: [series[0] ?? { id: 'self', label: selfLabel, marker: 'dot' }, ...series.slice(-1)],
    rows: rows.map((row) => ({
      id: row.dimension,
      label: describe.dimensionName(row.dimension),
      values: [rounded(row.self), rounded(row.others?.mean)],
    })),
  });
  const [firstRow] = aggregate.rows;
  const sameScale = aggregate.rows.every((row) => row.min === firstRow?.min && row.max === firstRow.max);
  const overview = !aggregate.othersShown
    ? []
    : sameScale
      ? [{ title: t('feedback.overviewTitle'), chart: dotsOf(aggregate.rows) }]
      : sections.map((section) => ({
          title: t('feedback.figureTitle', { section: text(section.title) }),
          chart: dotsOf(aggregate.rows.filter((row) => row.section === section.id)),
        }));
  const labelled = (kind: FeedbackRow['label']): FeedbackLabel[] =>
    aggregate.rows
      .filter((row) => row.label === kind)
      .map((row) => ({
        dimension: row.dimension,
        text: t('feedback.labelLine', {
          dimension: describe.dimensionName(row.dimension),
          self: number(row.self ?? 0),
          others: number(row.others?.mean ?? 0),
          difference: number(Math.abs(row.difference ?? 0)),
          critical: number(row.critical ?? 0, 2),
        }),
      }));
  const blindSpots = labelled('blind-spot');
  const hiddenStrengths = labelled('hidden-strength');
  const modelled = aggregate.rows.some((row) => row.critical !== null);
  const disagreeing = aggregate.rows.filter((row) => row.disagree);
  const commentSections = aggregate.comments
    .filter((entry) => entry.texts.length > 0)
    .map((entry) => ({ title: text(index.sections.get(entry.section)?.title), texts: entry.texts }));
  return {
    title: t('feedback.title'),
    intro: t('feedback.intro', { count: received, counted: aggregate.counted }),
    groups: aggregate.groups
      .filter((group) => group.use !== 'none')
      .map((group) => groupSentence(describe, group)),
    figures,
    overview,
    overviewSummary: t('feedback.overviewSummary', {
      blind:
        blindSpots.map((item) => describe.dimensionName(item.dimension)).join(', ') ||
        t('feedback.noneOfThese'),
      hidden:
        hiddenStrengths.map((item) => describe.dimensionName(item.dimension)).join(', ') ||
        t('feedback.noneOfThese'),
    }),
    overviewLegend: [legend[0], legend.at(-1)].filter(
      (entry, i): entry is LegendEntry => entry !== undefined && (i === 0 || aggregate.othersShown),
    ),
    differences: {
      title: t('feedback.differencesTitle'),
      intro: t('feedback.differencesIntro'),
      blindSpots: { title: t('feedback.blindSpotsTitle'), items: blindSpots },
      hiddenStrengths: { title: t('feedback.hiddenStrengthsTitle'), items: hiddenStrengths },
      empty: !aggregate.othersShown
        ? t('feedback.noOthers', { minimum: OTHERS_MINIMUM })
        : !modelled
          ? t('feedback.noModel')
          : blindSpots.length + hiddenStrengths.length === 0
            ? t('feedback.noDifferences')
            : null,
      none: t('feedback.noneListed'),
    },
    disagreement: {
      title: t('feedback.agreementTitle'),
      text:
        !aggregate.othersShown || aggregate.rows.every((row) => row.spread === null)
          ? t('feedback.agreementUnknown', { minimum: OTHERS_MINIMUM })
          : disagreeing.length === 0
            ? t('feedback.agreementAll')
            : t('feedback.agreementSome', {
                dimensions: disagreeing.map((row) => describe.dimensionName(row.dimension)).join(', '),
              }),
    },
    comments: {
      title: t('feedback.commentsTitle'),
      intro: t('feedback.commentsIntro'),
      sections: commentSections,
      empty: commentSections.length === 0 ? t('feedback.noComments') : null,
    },
    method: {
      title: t('feedback.methodTitle'),
      paragraphs: [
        t('feedback.methodAnonymity', { minimum: OTHERS_MINIMUM }),
        t('feedback.methodClearly'),
        t('feedback.methodAgreement'),
      ],
    },
  };
}
