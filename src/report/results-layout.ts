/**
 * A person's results view model (and a before/after comparison) arranged on paper: cover, a one-page
 * overview, the leader identity near the front, roles in context and the network context, the charts with
 * their tables, every dimension with room for notes, coach notes, answer-quality notes and how to read the
 * report. It only arranges: every figure and sentence comes from the view model.
 */
import type { ComparisonView } from '../views/comparison';
import type { ResultsView } from '../views/results';
import type { Block, ReportModel } from './blocks';

/** Ruled note lines under each dimension block. */
export const NOTE_LINES = 5;

function summaryBlocks(view: ResultsView): Block[] {
  const blocks: Block[] = [];
  for (const section of view.summary.sections) {
    blocks.push({ kind: 'heading', level: 3, text: section.title });
    if (section.verdict !== '') blocks.push({ kind: 'paragraph', text: section.verdict });
    if (section.status === 'profile') {
      blocks.push({
        kind: 'pair',
        label: view.labels.strengths,
        text: section.strengths.length === 0 ? '—' : section.strengths.join(', '),
      });
      blocks.push({
        kind: 'pair',
        label: view.labels.development,
        text: section.development.length === 0 ? '—' : section.development.join(', '),
      });
    }
    if (section.help !== '') blocks.push({ kind: 'paragraph', tone: 'muted', text: section.help });
  }
  if (view.summary.phase) {
    blocks.push({ kind: 'heading', level: 3, text: view.summary.phase.title });
    blocks.push({ kind: 'paragraph', text: view.summary.phase.text });
    if (view.summary.phase.roles.length > 0) blocks.push({ kind: 'list', items: view.summary.phase.roles });
  }
  if (view.summary.flags) {
    blocks.push({ kind: 'heading', level: 3, text: view.summary.flags.title });
    blocks.push({ kind: 'list', items: view.summary.flags.items });
  }
  return blocks;
}

function comparisonBlocks(comparison: ComparisonView): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: comparison.title, newPage: true },
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

/** Arranges a results view (with an optional comparison) as the report's pages. */
export function layoutResults(view: ResultsView, comparison?: ComparisonView): ReportModel {
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: view.summary.title, newPage: true },
    ...summaryBlocks(view),
    ...view.charts.figures.flatMap((figure): Block[] =>
      figure.charts.map((chart) => ({
        kind: 'chart',
        title: figure.title,
        chart,
        legend: figure.legend,
        compact: true,
      })),
    ),
  ];
  if (view.identity) {
    blocks.push({ kind: 'heading', level: 1, text: view.identity.title, newPage: true });
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

  blocks.push({ kind: 'heading', level: 1, text: view.charts.title, newPage: true });
  for (const figure of view.charts.figures) {
    for (const chart of figure.charts)
      blocks.push({ kind: 'chart', title: figure.title, chart, legend: figure.legend });
    blocks.push({ kind: 'table', table: figure.table });
  }
  blocks.push({ kind: 'heading', level: 1, text: view.overview.title, newPage: true });
  blocks.push({ kind: 'table', table: view.overview.table });

  blocks.push({ kind: 'heading', level: 1, text: view.details.title, newPage: true });
  for (const section of view.details.sections) {
    blocks.push({ kind: 'heading', level: 2, text: section.title });
    for (const detail of section.dimensions)
      blocks.push({ kind: 'dimension', detail, labels: view.labels, noteLines: NOTE_LINES });
  }
  if (view.coachNotes) {
    blocks.push({ kind: 'heading', level: 1, text: view.coachNotes.title, newPage: true });
    blocks.push({ kind: 'paragraph', text: view.coachNotes.text });
  }
  if (view.quality) {
    blocks.push({ kind: 'heading', level: 1, text: view.quality.title, newPage: view.coachNotes === null });
    blocks.push({ kind: 'list', items: view.quality.notes });
    blocks.push({ kind: 'paragraph', tone: 'muted', text: view.quality.footnote });
  }
  blocks.push({
    kind: 'heading',
    level: 1,
    text: view.howToRead.title,
    newPage: view.coachNotes === null && view.quality === null,
  });
  for (const paragraph of view.howToRead.paragraphs) blocks.push({ kind: 'paragraph', text: paragraph });
  blocks.push({ kind: 'lines', label: view.labels.notes, count: 8 });

  return {
    language: view.language,
    texts: comparison ? { ...view.report, fileName: comparison.fileName } : view.report,
    blocks,
  };
}
