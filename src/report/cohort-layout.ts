/** The group profile view model arranged on paper, for the PDF a facilitator takes to the group session. */
import type { GroupProfileView } from '../views/cohort';
import type { Block, ReportModel } from './blocks';

/**
 * Arranges a group profile as the group report's pages: per section its charts and table, the context, the
 * subgroups by each context question, how to read.
 */
export function layoutGroupProfile(view: GroupProfileView, language: string): ReportModel {
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: view.title, newPage: 'always' }];
  blocks.push({ kind: 'paragraph', text: view.intro });
  for (const figure of view.figures) {
    for (const chart of figure.charts)
      blocks.push({ kind: 'chart', title: figure.title, chart, legend: figure.legend });
    blocks.push({ kind: 'table', table: figure.table });
  }
  if (view.context) {
    blocks.push({ kind: 'heading', level: 1, text: view.context.title, newPage: 'preferred' });
    for (const table of view.context.tables) {
      blocks.push({ kind: 'heading', level: 3, text: table.caption });
      blocks.push({ kind: 'table', table });
    }
  }
  const { subgroups } = view;
  if (subgroups.questions.length > 0) {
    blocks.push({ kind: 'heading', level: 1, text: subgroups.title, newPage: 'preferred' });
    blocks.push({ kind: 'paragraph', text: subgroups.intro });
    for (const question of subgroups.questions) {
      blocks.push({ kind: 'heading', level: 3, text: question.title });
      if (question.table) blocks.push({ kind: 'table', table: question.table });
      else blocks.push({ kind: 'paragraph', text: subgroups.none });
      if (question.hidden !== null) blocks.push({ kind: 'paragraph', text: question.hidden });
    }
  }
  blocks.push({ kind: 'heading', level: 1, text: view.howToRead.title });
  for (const paragraph of view.howToRead.paragraphs) blocks.push({ kind: 'paragraph', text: paragraph });
  return { language, texts: view.report, blocks };
}
