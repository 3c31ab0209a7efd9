/**
 * A cohort session: the chosen files, read and kept in a worker when the browser has workers (always, in
 * practice), or in the page otherwise (as in jsdom tests); the same engine either way. The page holds only
 * the summary; it asks for an analysis, or for one result, when it needs it.
 */
import type { Bank } from '../../domain/bank/schema';
import { summarizeCohort, type CohortSummary } from '../../domain/cohort/load';
import type { LongFormat } from '../../domain/cohort/long-format';
import type { ResultFile } from '../../domain/result-file';
import { analyseGroup, groupResult, longGroup, readFileObjects, type GroupAnalysis } from './engine';
import type { WorkerReply, WorkerRequest } from './messages';

export interface CohortSession {
  readonly summary: CohortSummary;
  /** The analysis of group `key` on its bank. */
  readonly analyse: (key: string, bank: Bank) => Promise<GroupAnalysis>;
  /** One result of group `key`, by position (as in the summary's people). */
  readonly result: (key: string, position: number) => Promise<ResultFile | null>;
  /** The answers of group `key` in long format, on its bank (for the export). */
  readonly long: (key: string, bank: Bank) => Promise<LongFormat>;
  /** Lets the files go (ends the worker). */
  readonly close: () => void;
}

interface Pending {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
}

function inWorker(
  files: readonly File[],
  onProgress: (done: number, total: number) => void,
): Promise<CohortSession> {
  const worker = new Worker(new URL('./cohort.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, Pending>();
  let nextId = 1;
  const ask = <T>(request: Extract<WorkerRequest, { id: number }>): Promise<T> =>
    new Promise<unknown>((resolve, reject) => {
      pending.set(request.id, { resolve, reject });
      worker.postMessage(request);
    }) as Promise<T>;
  const failAll = (error: Error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  return new Promise((resolveSession, rejectSession) => {
    const fail = (error: Error) => {
      worker.terminate();
      failAll(error);
      rejectSession(error);
    };
    worker.onerror = (event) => fail(new Error(event.message));
    worker.onmessageerror = () => fail(new Error('message-error'));
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress(reply.done, reply.total);
      else if (reply.type === 'read')
        resolveSession({
          summary: reply.summary,
          analyse: (key, bank) => ask<GroupAnalysis>({ type: 'analyse', id: nextId++, key, bank }),
          result: (key, position) => ask<ResultFile | null>({ type: 'result', id: nextId++, key, position }),
          long: (key, bank) => ask<LongFormat>({ type: 'long', id: nextId++, key, bank }),
          close: () => {
            worker.terminate();
            failAll(new Error('closed'));
          },
        });
      else if (reply.type === 'failed' && reply.id === undefined) fail(new Error(reply.message));
      else {
        const waiting = pending.get(reply.id ?? 0);
        pending.delete(reply.id ?? 0);
        if (reply.type === 'failed') waiting?.reject(new Error(reply.message));
        else
          waiting?.resolve(
            reply.type === 'analysed' ? reply.analysis : reply.type === 'long' ? reply.long : reply.result,
          );
      }
    };
    void sendInBatches(worker, files);
  });
}

/** Files per message to the worker: small enough that cloning a batch stays well under a 50 ms task. */
const BATCH = 100;

/** Hands the files to the worker a batch per task, so the page stays responsive, then asks it to read. */
async function sendInBatches(worker: Worker, files: readonly File[]): Promise<void> {
  for (let start = 0; start < files.length; start += BATCH) {
    worker.postMessage({ type: 'add', files: files.slice(start, start + BATCH) } satisfies WorkerRequest);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  worker.postMessage({ type: 'read' } satisfies WorkerRequest);
}

async function inPage(
  files: readonly File[],
  onProgress: (done: number, total: number) => void,
): Promise<CohortSession> {
  const cohort = await readFileObjects(files, onProgress);
  return {
    summary: summarizeCohort(cohort),
    analyse: (key, bank) => Promise.resolve(analyseGroup(cohort, key, bank)),
    result: (key, position) => Promise.resolve(groupResult(cohort, key, position)),
    long: (key, bank) => Promise.resolve(longGroup(cohort, key, bank)),
    close: () => undefined,
  };
}

/** Reads the chosen files (checked, grouped by bank version), reporting progress, into a session. */
export function openCohort(
  files: readonly File[],
  onProgress: (done: number, total: number) => void,
): Promise<CohortSession> {
  return typeof Worker === 'undefined' ? inPage(files, onProgress) : inWorker(files, onProgress);
}
