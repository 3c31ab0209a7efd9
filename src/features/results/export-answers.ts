/**
 * Downloads the participant's answers so far as a result file, when the browser cannot save them (storage
 * full or blocked): nothing is lost, and a coach can open the file. Loaded only when asked for.
 */
import { bankHash } from '../../domain/bank/hash';
import { buildResultFile, resultFileText } from '../../domain/result-file';
import { pickText } from '../../domain/bank/texts';
import { fileBaseOf, reportFileName } from '../../views/file-names';
import { useAssessment } from '../../state/assessment';
import { useBank } from '../../state/bank';
import { saveFile } from '../../ui/download';

/** Saves the assessment in progress as a result file; `false` when its bank is not loaded. */
export async function downloadAnswersSoFar(language: string, word: string): Promise<boolean> {
  const current = useBank.getState().current;
  if (current.status !== 'ready') return false;
  const { answers, context, reflections, choices, name, startedAt, completedAt } = useAssessment.getState();
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
    choices,
  });
  const base = `${fileBaseOf(pickText(current.bank.title, language, current.bank.languages))}-${word}`;
  saveFile(resultFileText(result), reportFileName(base, name, '', new Date(), 'json'), 'application/json');
  return true;
}
