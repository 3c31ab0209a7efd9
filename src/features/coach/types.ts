import type { ReactNode } from 'react';
import type { ResultsViewProps } from '../../ui/results-view-props';

export interface CoachPageProps {
  /** Draws a participant's results (the app passes the results view, loaded on demand). */
  readonly renderResults: (props: ResultsViewProps) => ReactNode;
}
