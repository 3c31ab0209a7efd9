import type { ReactNode } from 'react';
import type { AssessmentData } from '../domain/answers';
import type { BankIndex } from '../domain/bank/model';
import type { RaterAnswerSet } from '../domain/feedback/payload';
import type { ComparisonView } from '../views/comparison';

/**
 * The props of the results view, the one way a person's results are drawn: by the participant, in the
 * coach view and from a share link (the app hands the view to the features that show results).
 */
export interface ResultsViewProps {
  readonly index: BankIndex;
  readonly data: AssessmentData;
  /** The page's main heading (the participant's "Your results", a coach's "Results of …"). */
  readonly title: string;
  /** The level of the title: 1 on its own page, 2 inside another view's page (the coach's). */
  readonly titleLevel?: 1 | 2;
  /** Shown under the heading (a warning about a different bank version, …). */
  readonly notice?: ReactNode;
  /** Extra sections after the report download (export and share, coach notes, …). */
  readonly children?: ReactNode;
  /** Buttons at the end of the page. */
  readonly actions?: ReactNode;
  /**
   * The coach's notes as they are now, printed in the report. Read when the report is made, so typing a
   * note does not rebuild the page.
   */
  readonly readCoachNotes?: () => string;
  /** A before/after comparison, printed in the report. */
  readonly comparison?: ComparisonView;
  /** 360° feedback: the raters' answer sets of a round on this bank version, shown and printed. */
  readonly feedback?: readonly RaterAnswerSet[];
  /** When given, the report section asks for the participant's name and reports every change. */
  readonly onNameChange?: (name: string) => void;
}
