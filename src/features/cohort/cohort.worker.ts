/**
 * The cohort view's worker: it reads the chosen files (hundreds or thousands), keeps the results, and
 * analyses them, off the main thread, so the page stays responsive. Only summaries and statistics go back to
 * the page; a single result only when the facilitator opens it.
 */
import type { CohortFiles } from '../../domain/cohort/load';
import { summarizeCohort } from '../../domain/cohort/load';
import { analyseGroup, groupResult, longGroup, readFileObjects } from './engine';
import type { WorkerReply, WorkerRequest } from './messages';

const post = (reply: WorkerReply) => self.postMessage(reply);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
let cohort: CohortFiles | null = null;
const chosen: File[] = [];

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'add') {
    chosen.push(...request.files);
    return;
  }
  if (request.type === 'read') {
    readFileObjects(chosen.splice(0), (done, total) => post({ type: 'progress', done, total }))
      .then((files) => {
        cohort = files;
        post({ type: 'read', summary: summarizeCohort(files) });
      })
      .catch((error: unknown) => post({ type: 'failed', message: messageOf(error) }));
    return;
  }
  try {
    if (cohort === null) throw new Error('no files read');
    if (request.type === 'analyse')
      post({ type: 'analysed', id: request.id, analysis: analyseGroup(cohort, request.key, request.bank) });
    else if (request.type === 'long')
      post({ type: 'long', id: request.id, long: longGroup(cohort, request.key, request.bank) });
    else post({ type: 'result', id: request.id, result: groupResult(cohort, request.key, request.position) });
  } catch (error) {
    post({ type: 'failed', id: request.id, message: messageOf(error) });
  }
};
