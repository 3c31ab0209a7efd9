/** The messages between the cohort view and its worker. */
import type { Bank } from '../../domain/bank/schema';
import type { CohortSummary } from '../../domain/cohort/load';
import type { LongFormat } from '../../domain/cohort/long-format';
import type { GroupAnalysis } from './engine';
import type { ResultFile } from '../../domain/result-file';

/**
 * Requests. The files come in batches (`add`, then `read` once), because cloning a file for the worker
 * touches the disk: thousands at once would hold up the page for a second. The others carry an id their
 * reply repeats.
 */
export type WorkerRequest =
  | { readonly type: 'add'; readonly files: readonly File[] }
  | { readonly type: 'read' }
  | { readonly type: 'analyse'; readonly id: number; readonly key: string; readonly bank: Bank }
  | { readonly type: 'result'; readonly id: number; readonly key: string; readonly position: number }
  /** A group's answers in long format, for the export (the rows stay in the worker until asked for). */
  | { readonly type: 'long'; readonly id: number; readonly key: string; readonly bank: Bank };

export type WorkerReply =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'read'; readonly summary: CohortSummary }
  | { readonly type: 'analysed'; readonly id: number; readonly analysis: GroupAnalysis }
  | { readonly type: 'result'; readonly id: number; readonly result: ResultFile | null }
  | { readonly type: 'long'; readonly id: number; readonly long: LongFormat }
  /** Something went wrong; `id` is the failed request's (absent for `read`). */
  | { readonly type: 'failed'; readonly id?: number; readonly message: string };
