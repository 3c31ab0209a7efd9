import { useTranslation } from 'react-i18next';
import type { Problem } from '../domain/problems';
import { problemText } from '../views/refusals';

/** Problems found in a file, each with its place in the file and a plain explanation. */
export function ProblemList({
  title,
  problems,
  wholeFile,
}: {
  readonly title: string;
  readonly problems: readonly Problem[];
  readonly wholeFile: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="card card-attention" role="alert">
      <h3>{title}</h3>
      <ul className="problems">
        {problems.map((problem, i) => (
          <li key={i}>
            <code>{problem.path === '' ? wholeFile : problem.path}</code> {problemText(t, problem)}
          </li>
        ))}
      </ul>
    </div>
  );
}
