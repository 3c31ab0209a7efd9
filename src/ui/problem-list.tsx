import type { Problem } from '../domain/problems';

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
  return (
    <div className="card card-attention" role="alert">
      <h3>{title}</h3>
      <ul className="problems">
        {problems.map((problem, i) => (
          <li key={i}>
            <code>{problem.path === '' ? wholeFile : problem.path}</code> {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
