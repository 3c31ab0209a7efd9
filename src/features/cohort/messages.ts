/** The messages between the cohort view and its worker. */
import type { Bank } from '../../domain/bank/schema';
import type { CohortAnalysis, CohortMember } from '../../domain/cohort/analysis';
import type { CohortFiles } from '../../domain/cohort/load';

export type WorkerRequest =
  | { readonly type: 'read'; readonly files: readonly { readonly name: string; readonly text: string }[] }
  | { readonly type: 'analyse'; readonly bank: Bank; readonly members: readonly CohortMember[] };

export type WorkerReply =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'read'; readonly files: CohortFiles }
  | { readonly type: 'analysed'; readonly analysis: CohortAnalysis };
