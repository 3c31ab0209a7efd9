/** Values derived from the saved assessment and its bank. Never stored: recomputed when inputs change. */
import { useMemo } from 'react';
import type { BankIndex } from '../domain/bank/model';
import { paginate, progress, unansweredItems, type QuestionPage } from '../domain/questionnaire';
import { scoreAnswers, type Scores } from '../domain/scoring/score';
import { useAssessment } from './assessment';

/** The participant's scores on `index`, recomputed whenever answers or context change. */
export function useScores(index: BankIndex): Scores {
  const answers = useAssessment((state) => state.answers);
  const context = useAssessment((state) => state.context);
  return useMemo(() => scoreAnswers(index, answers, context), [index, answers, context]);
}

/** The questionnaire pages of a bank (stable per bank). */
export function usePages(index: BankIndex): readonly QuestionPage[] {
  return useMemo(() => paginate(index), [index]);
}

/** Answered and total scored items, and the items still open, in questionnaire order. */
export function useProgress(index: BankIndex) {
  const answers = useAssessment((state) => state.answers);
  return useMemo(
    () => ({ ...progress(index, answers), unanswered: unansweredItems(index, answers) }),
    [index, answers],
  );
}
