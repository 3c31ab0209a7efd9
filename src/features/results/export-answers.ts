/**
 * Downloads the participant's answers so far as a result file, when the browser cannot save them (storage
 * full or blocked): nothing is lost, and a coach can open the file. Loaded only when asked for.
 */
import { bankHash } from '../../domain/bank/hash';
import { buildResultFile, resultFileText } from '../../domain/result-file';
import { reportFileName } from '../../report/model';
import { useAssessment } from '../../state/assessment';
import { useBank } from '../../state/bank';
import { saveFile } from '../../ui/download';

/** Saves the assessment in progress as a result file; `false` when its bank is not loaded. */
export async function downloadAnswersSoFar(
  language: string,
  fileBase: string,
  fallbackName: string,
): Promise<boolean> {
  const current = useBank.getState().current;
  if (current.status !== 'ready') return false;
  const { answers, context, reflections, name, startedAt, completedAt } = useAssessment.getState();
  const result = buildResultFile({
    bank: { id: current.bank.id, version: current.bank.version },
    bankSha256: await bankHash(current.bank),
    language,
    startedAt,
    completedAt,
    name,
    answers,
    context,
    reflections,
  });
  const fileName = reportFileName(fileBase, name, fallbackName, new Date()).replace(/\.pdf$/, '.json');
  saveFile(resultFileText(result), fileName, 'application/json');
  return true;
}
