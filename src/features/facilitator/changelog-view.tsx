import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { changelogEntry, parseMarkdown, type Inline } from '../../views/markdown';

function Text({ parts }: { readonly parts: readonly Inline[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.kind === 'code' ? (
          <code key={i}>{part.text}</code>
        ) : part.kind === 'strong' ? (
          <strong key={i}>{part.text}</strong>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

/** A heading at `level` (2 to 6). */
function Heading({ level, children }: { readonly level: number; readonly children: ReactNode }) {
  const shifted = Math.min(6, Math.max(2, level));
  if (shifted === 2) return <h2>{children}</h2>;
  if (shifted === 3) return <h3>{children}</h3>;
  if (shifted === 4) return <h4>{children}</h4>;
  if (shifted === 5) return <h5>{children}</h5>;
  return <h6>{children}</h6>;
}

/** Markdown blocks drawn as elements (headings shifted below `top`, lists, paragraphs); never HTML. */
export function MarkdownView({ markdown, top = 3 }: { readonly markdown: string; readonly top?: number }) {
  return (
    <>
      {parseMarkdown(markdown).map((block, i) =>
        block.kind === 'heading' ? (
          <Heading key={i} level={block.level + top - 2}>
            <Text parts={block.text} />
          </Heading>
        ) : block.kind === 'list' ? (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>
                <Text parts={item} />
              </li>
            ))}
          </ul>
        ) : (
          <p key={i}>
            <Text parts={block.text} />
          </p>
        ),
      )}
    </>
  );
}

/** A bank version's own changelog entry, rendered (not raw Markdown), collapsed until opened. */
export function ChangelogView({
  markdown,
  version,
}: {
  readonly markdown: string;
  readonly version: string;
}) {
  const { t } = useTranslation();
  const entry = changelogEntry(markdown, version);
  if (entry === null) return <p className="muted small">{t('facilitator.noChangelogEntry', { version })}</p>;
  return (
    <details className="changelog">
      <summary>{t('facilitator.changelogOf', { title: entry.title })}</summary>
      <div className="changelog-body">
        <MarkdownView markdown={entry.body} />
      </div>
    </details>
  );
}
