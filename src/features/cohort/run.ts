/**
 * Runs the cohort work in a worker when the browser has workers (always, in practice), and in the page
 * otherwise (as in jsdom tests); the same domain code either way.
 */
import { indexBank } from '../../domain/bank/model';
import type { Bank } from '../../domain/bank/schema';
import { analyseCohort, type CohortAnalysis, type CohortMember } from '../../domain/cohort/analysis';
import { readCohortFiles, type CohortFiles } from '../../domain/cohort/load';
import type { WorkerReply, WorkerRequest } from './messages';

function inWorker<T>(
  request: WorkerRequest,
  done: WorkerReply['type'],
  onProgress?: (done: number, total: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./cohort.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress?.(reply.done, reply.total);
      else if (reply.type === done) {
        worker.terminate();
        resolve((reply.type === 'read' ? reply.files : reply.analysis) as T);
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.onmessageerror = () => {
      worker.terminate();
      reject(new Error('message-error'));
    };
    worker.postMessage(request);
  });
}

const hasWorkers = () => typeof Worker !== 'undefined';

/** Reads result files (checked, grouped by bank version), reporting progress. */
export function readFiles(
  files: readonly { readonly name: string; readonly text: string }[],
  onProgress: (done: number, total: number) => void,
): Promise<CohortFiles> {
  if (!hasWorkers()) return Promise.resolve(readCohortFiles(files, onProgress));
  return inWorker<CohortFiles>({ type: 'read', files }, 'read', onProgress);
}

/** Analyses the members' results on a bank. */
export function analyse(bank: Bank, members: readonly CohortMember[]): Promise<CohortAnalysis> {
  if (!hasWorkers()) return Promise.resolve(analyseCohort(indexBank(bank), members));
  return inWorker<CohortAnalysis>({ type: 'analyse', bank, members }, 'analysed');
}
