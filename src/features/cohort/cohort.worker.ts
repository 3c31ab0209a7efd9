/**
 * The cohort view's worker: reading hundreds or thousands of result files and analysing them happens here,
 * off the main thread, so the page stays responsive. It runs the same pure domain code as the rest.
 */
import { indexBank } from '../../domain/bank/model';
import { analyseCohort } from '../../domain/cohort/analysis';
import { readCohortFiles } from '../../domain/cohort/load';
import type { WorkerReply, WorkerRequest } from './messages';

const post = (reply: WorkerReply) => self.postMessage(reply);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'read')
    post({
      type: 'read',
      files: readCohortFiles(request.files, (done, total) => post({ type: 'progress', done, total })),
    });
  else post({ type: 'analysed', analysis: analyseCohort(indexBank(request.bank), request.members) });
};
