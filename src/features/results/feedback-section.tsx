import { FigureView } from '../../ui/view/figure-view';
import type { ResultsView } from '../../views/results';

/**
 * 360° feedback on the results page: what each group's responses count for, self beside the raters per
 * section (chart and table), blind spots and hidden strengths, the raters' agreement, their comments and
 * how the figures are made. Everything comes from the view model (the PDF prints the same).
 */
export function FeedbackSection({ view }: { readonly view: ResultsView }) {
  const feedback = view.feedback;
  if (!feedback) return null;
  const { differences, comments } = feedback;
  return (
    <section aria-labelledby="feedback-title" className="results-section feedback-results">
      <h2 id="feedback-title">{feedback.title}</h2>
      <p className="prose">{feedback.intro}</p>
      <ul className="prose">
        {feedback.groups.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {feedback.figures.map((figure) => (
        <FigureView key={figure.id} figure={figure} />
      ))}
      <h3>{differences.title}</h3>
      <p className="prose muted">{differences.intro}</p>
      {differences.empty !== null ? (
        <p className="prose">{differences.empty}</p>
      ) : (
        [differences.blindSpots, differences.hiddenStrengths].map((list) => (
          <div key={list.title}>
            <h4>{list.title}</h4>
            {list.items.length === 0 ? (
              <p className="muted">{differences.none}</p>
            ) : (
              <ul className="prose">
                {list.items.map((item) => (
                  <li key={item.dimension}>{item.text}</li>
                ))}
              </ul>
            )}
          </div>
        ))
      )}
      <h3>{feedback.disagreement.title}</h3>
      <p className="prose">{feedback.disagreement.text}</p>
      <h3>{comments.title}</h3>
      <p className="prose muted">{comments.intro}</p>
      {comments.empty !== null && <p className="muted">{comments.empty}</p>}
      {comments.sections.map((section) => (
        <div key={section.title}>
          <h4>{section.title}</h4>
          <ul className="feedback-comments">
            {section.texts.map((text, i) => (
              <li key={i}>
                <blockquote>{text}</blockquote>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <details className="prose">
        <summary>{feedback.method.title}</summary>
        {feedback.method.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </details>
    </section>
  );
}
