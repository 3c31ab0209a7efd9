import type { ReactNode } from 'react';
import type { AssessmentData } from '../../domain/answers';
import type { BankIndex } from '../../domain/bank/model';
import { type ResultFile, resultDate } from '../../domain/result-file';
import type { Comparison } from '../../report/model';

/** What the coach view asks the app to draw: the shared results view. */
export interface CoachResultsProps {
  readonly index: BankIndex;
  readonly data: AssessmentData;
  readonly title: string;
  readonly notice?: ReactNode;
  readonly children?: ReactNode;
  readonly coachNotes?: string;
  readonly comparison?: Comparison;
  readonly titleLevel?: 1 | 2;
}

export interface CoachPageProps {
  /** Draws a participant's results (the app passes the results view, loaded on demand). */
  readonly renderResults: (props: CoachResultsProps) => ReactNode;
}

/** A result file's contents as the results view takes them. */
export function assessmentOf(result: ResultFile): AssessmentData {
  return {
    answers: result.answers,
    context: result.context,
    reflections: result.reflections,
    name: result.name ?? '',
    startedAt: result.startedAt ?? null,
    completedAt: resultDate(result),
  };
}
