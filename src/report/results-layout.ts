/**
 * A person's results view model (and a before/after comparison) arranged on paper: cover, a one-page
 * overview, the leader identity near the front, roles in context and the network context, the charts with
 * their tables, every dimension with room for notes, coach notes, answer-quality notes and how to read the
 * report. It only arranges: every figure and sentence comes from the view model.
 */
import type { ComparisonView } from '../views/comparison';
import type { FeedbackView } from '../views/feedback';
import type { ResultsView } from '../views/results';
import type { Block, ChartBlock, ReportModel } from './blocks';

/** Ruled note lines under each dimension block. */
export const NOTE_LINES = 5;

/** Splits `items` into rows of `size` (the last row may be shorter). */
function rows<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** One summary section: its verdict or its relative strengths and development points, and what they mean. */
function sectionBlocks(view: ResultsView, section: ResultsView['summary']['sections'][number]): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 3, text: section.title }];
  if (section.verdict !== '') blocks.push({ kind: 'paragraph', text: section.verdict, small: true });
  if (section.status === 'profile') {
    blocks.push({
      kind: 'pair',
      label: view.labels.strengths,
      text: section.strengths.length === 0 ? '—' : section.strengths.join(', '),
      small: true,
    });
    blocks.push({
      kind: 'pair',
      label: view.labels.development,
      text: section.development.length === 0 ? '—' : section.development.join(', '),
      small: true,
    });
  }
  if (section.help !== '') blocks.push({ kind: 'paragraph', tone: 'muted', text: section.help, small: true });
  return blocks;
}

/**
 * The one-page overview (page 2): the summary of each section side by side, the phase hints, then every
 * figure's chart drawn compact, two to a row (an odd last one the full width), with one legend for all.
 */
function overviewBlocks(view: ResultsView): Block[] {
  const blocks: Block[] = [];
  const columns = view.summary.sections.map((section) => sectionBlocks(view, section));
  const { phase } = view.summary;
  if (phase) {
    // Under the section whose chart marks the phase's roles (the first, if none does), the roles on one line.
    const marked = view.charts.figures.find((figure) =>
      figure.charts.some(
        (chart) => (chart.kind === 'radar' || chart.kind === 'bars') && chart.points.some((p) => p.marked),
      ),
    );
    const at = Math.max(
      0,
      view.summary.sections.findIndex((section) => section.id === marked?.id),
    );
    const hint: Block[] = [
      { kind: 'heading', level: 3, text: phase.title },
      { kind: 'paragraph', text: phase.text, small: true },
      ...(phase.roles.length > 0
        ? [
            {
              kind: 'paragraph' as const,
              tone: 'strong' as const,
              text: phase.roles.join(' · '),
              small: true,
            },
          ]
        : []),
    ];
    if (columns[at]) columns[at] = [...(columns[at] ?? []), ...hint];
    else columns.push(hint);
  }
  for (const row of rows(columns, 2)) blocks.push({ kind: 'columns', columns: row });
  // The symbols of every chart once, under the last (the page's sentence about a table below does not
  // hold on paper).
  const legend = view.charts.figures
    .flatMap((figure) => figure.legend)
    .filter((entry) => entry.symbol !== 'none')
    .filter((entry, i, all) => all.findIndex((other) => other.text === entry.text) === i);
  const charts = view.charts.figures.flatMap((figure) =>
    figure.charts.map((chart): ChartBlock => ({
      kind: 'chart',
      title: figure.title,
      chart,
      legend: [],
      compact: true,
    })),
  );
  const last = charts.at(-1);
  if (last) charts[charts.length - 1] = { ...last, legend };

  for (const row of rows(charts, 2)) {
    const [only] = row;
    // A last chart of its own is drawn the full width, except a 360 one: half, so the page still holds it.
    const full = row.length === 1 && only !== undefined && only.chart.kind !== 'dots';
    blocks.push(
      full
        ? only
        : { kind: 'columns', columns: [...row.map((chart) => [chart]), ...(row.length === 1 ? [[]] : [])] },
    );
  }
  return [
    { kind: 'heading', level: 1, text: view.summary.title, newPage: 'always' },
    { kind: 'one-page', blocks },
    ...feedbackOverviewBlocks(view.feedback),
  ];
}

/** With 360° feedback, a second overview page: self beside all others, and what stands out. */
function feedbackOverviewBlocks(feedback: FeedbackView | null): Block[] {
  if (!feedback || feedback.overview.length === 0) return [];
  const charts = feedback.overview.map(({ title, chart }, i, all): ChartBlock => ({
    kind: 'chart',
    title,
    chart,
    legend: i === all.length - 1 ? feedback.overviewLegend : [],
    compact: true,
  }));
  return [
    { kind: 'heading', level: 1, text: feedback.title, newPage: 'always' },
    {
      kind: 'one-page',
      blocks: [
        { kind: 'paragraph', text: feedback.intro, small: true },
        { kind: 'list', items: feedback.groups, small: true },
        ...charts,
        { kind: 'paragraph', tone: 'strong', text: feedback.overviewSummary, small: true },
      ],
    },
  ];
}

function comparisonBlocks(comparison: ComparisonView): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: comparison.title, newPage: 'preferred' },
    { kind: 'paragraph', text: comparison.between },
  ];
  for (const warning of comparison.warnings)
    blocks.push({ kind: 'paragraph', tone: 'strong', text: warning });
  if (comparison.excluded) {
    blocks.push({ kind: 'heading', level: 3, text: comparison.excluded.title });
    blocks.push({ kind: 'list', items: comparison.excluded.items });
  }
  for (const figure of comparison.figures) {
    for (const chart of figure.charts)
      blocks.push({ kind: 'chart', title: figure.title, chart, legend: figure.legend });
    blocks.push({ kind: 'table', table: figure.table });
  }
  return blocks;
}

/**
 * The 360° part: what each group counts for and the figures (chart and table per section); then a page of
 * blind spots and hidden strengths with the raters' agreement; then the comments and how it is made.
 */
function feedbackBlocks(feedback: FeedbackView, notesLabel: string): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: feedback.title, newPage: 'always' },
    { kind: 'paragraph', text: feedback.intro },
    { kind: 'list', items: feedback.groups },
  ];
  for (const figure of feedback.figures) {
    for (const chart of figure.charts)
      blocks.push({ kind: 'chart', title: figure.title, chart, legend: figure.legend });
    blocks.push({ kind: 'table', table: figure.table });
  }
  const { differences, comments } = feedback;
  blocks.push({ kind: 'heading', level: 1, text: differences.title, newPage: 'always' });
  blocks.push({ kind: 'paragraph', tone: 'muted', text: differences.intro });
  if (differences.empty !== null) blocks.push({ kind: 'paragraph', text: differences.empty });
  else
    for (const list of [differences.blindSpots, differences.hiddenStrengths]) {
      blocks.push({ kind: 'heading', level: 2, text: list.title });
      if (list.items.length === 0) blocks.push({ kind: 'paragraph', text: differences.none });
      else blocks.push({ kind: 'list', items: list.items.map((item) => item.text) });
    }
  blocks.push({ kind: 'heading', level: 2, text: feedback.disagreement.title });
  blocks.push({ kind: 'paragraph', text: feedback.disagreement.text });
  blocks.push({ kind: 'lines', label: notesLabel, count: 6 });
  blocks.push({ kind: 'heading', level: 1, text: comments.title, newPage: 'preferred' });
  blocks.push({ kind: 'paragraph', tone: 'muted', text: comments.intro });
  if (comments.empty !== null) blocks.push({ kind: 'paragraph', text: comments.empty });
  for (const section of comments.sections) {
    blocks.push({ kind: 'heading', level: 2, text: section.title });
    blocks.push({ kind: 'list', items: section.texts });
  }
  blocks.push({ kind: 'heading', level: 2, text: feedback.method.title });
  for (const paragraph of feedback.method.paragraphs)
    blocks.push({ kind: 'paragraph', tone: 'muted', text: paragraph, small: true });
  return blocks;
}

/** Arranges a results view (with an optional comparison) as the report's pages. */
export function layoutResults(view: ResultsView, comparison?: ComparisonView): ReportModel {
  const blocks: Block[] = overviewBlocks(view);
  if (view.summary.flags) {
    blocks.push({ kind: 'heading', level: 1, text: view.summary.flags.title, newPage: 'preferred' });
    blocks.push({ kind: 'list', items: view.summary.flags.items });
  }
  if (view.identity) {
    blocks.push({ kind: 'heading', level: 1, text: view.identity.title, newPage: 'preferred' });
    blocks.push({ kind: 'paragraph', tone: 'muted', text: view.identity.intro });
    if (view.identity.empty !== null) blocks.push({ kind: 'paragraph', text: view.identity.empty });
    for (const pair of view.identity.answers) blocks.push({ kind: 'pair', ...pair });
  }
  if (view.situations) {
    blocks.push({ kind: 'heading', level: 2, text: view.situations.title });
    blocks.push({ kind: 'paragraph', tone: 'muted', text: view.situations.note });
    blocks.push({ kind: 'table', table: view.situations.table });
  }
  blocks.push({ kind: 'heading', level: 2, text: view.context.title });
  if (view.context.empty !== null) blocks.push({ kind: 'paragraph', text: view.context.empty });
  for (const pair of view.context.pairs) blocks.push({ kind: 'pair', ...pair });
  if (comparison) blocks.push(...comparisonBlocks(comparison));

  // The charts are on the overview; every figure is in this one table.
  blocks.push({ kind: 'heading', level: 1, text: view.overview.title, newPage: 'preferred' });
  blocks.push({ kind: 'table', table: view.overview.table });
  if (view.norms) {
    blocks.push({ kind: 'heading', level: 1, text: view.norms.title, newPage: 'preferred' });
    blocks.push({ kind: 'paragraph', tone: 'muted', text: view.norms.intro });
    blocks.push({ kind: 'table', table: view.norms.table });
  }

  if (view.feedback) blocks.push(...feedbackBlocks(view.feedback, view.labels.notes));

  blocks.push({ kind: 'heading', level: 1, text: view.details.title, newPage: 'preferred' });
  for (const section of view.details.sections) {
    blocks.push({ kind: 'heading', level: 2, text: section.title });
    for (const detail of section.dimensions)
      blocks.push({ kind: 'dimension', detail, labels: view.labels, noteLines: NOTE_LINES });
  }
  if (view.coachNotes) {
    blocks.push({ kind: 'heading', level: 1, text: view.coachNotes.title, newPage: 'preferred' });
    blocks.push({ kind: 'paragraph', text: view.coachNotes.text });
  }
  if (view.quality) {
    blocks.push({ kind: 'heading', level: 1, text: view.quality.title, newPage: 'preferred' });
    blocks.push({ kind: 'list', items: view.quality.notes });
    blocks.push({ kind: 'paragraph', tone: 'muted', text: view.quality.footnote });
  }
  blocks.push({ kind: 'heading', level: 1, text: view.howToRead.title, newPage: 'preferred' });
  for (const paragraph of view.howToRead.paragraphs) blocks.push({ kind: 'paragraph', text: paragraph });
  blocks.push({ kind: 'lines', label: view.labels.notes, count: 8 });

  return {
    language: view.language,
    texts: comparison ? { ...view.report, fileName: comparison.fileName } : view.report,
    blocks,
  };
}
