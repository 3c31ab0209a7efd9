/** The messages between the page and the bank-checking worker (`validate.worker.ts`). */
import type { BankValidation, CheckStage } from '../domain/bank/validate';

/** A file to check: its bytes as chosen (must be UTF-8), or text already read. */
export interface CheckRequest {
  readonly source: string | Uint8Array;
}

export type CheckReply =
  | { readonly type: 'stage'; readonly stage: CheckStage }
  /** The outcome, with the file's text (for keeping a valid bank). */
  | { readonly type: 'done'; readonly result: BankValidation; readonly text: string }
  | { readonly type: 'failed'; readonly message: string };
