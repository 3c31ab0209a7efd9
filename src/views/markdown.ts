/**
 * A small, safe reading of Markdown for changelogs: headings, paragraphs, bullet lists (a line starting
 * with "- " or "* ", continued by indented lines), and inline `code` and **bold**. The result is data that a
 * view draws as elements; nothing is ever interpreted as HTML. Pure.
 */

/** A piece of inline text: plain, `code` or **bold**. */
export interface Inline {
  readonly kind: 'text' | 'code' | 'strong';
  readonly text: string;
}

export type MarkdownBlock =
  | { readonly kind: 'heading'; readonly level: number; readonly text: readonly Inline[] }
  | { readonly kind: 'paragraph'; readonly text: readonly Inline[] }
  | { readonly kind: 'list'; readonly items: readonly (readonly Inline[])[] };

/** Splits a line of Markdown into plain, code and bold pieces (code first: `**` inside code stays text). */
export function inline(text: string): Inline[] {
  const out: Inline[] = [];
  for (const [i, part] of text.split('`').entries()) {
    if (i % 2 === 1) {
      out.push({ kind: 'code', text: part });
      continue;
    }
    for (const [j, piece] of part.split('**').entries())
      if (piece !== '') out.push({ kind: j % 2 === 1 ? 'strong' : 'text', text: piece });
  }
  return out;
}

/** Reads Markdown into blocks (headings, paragraphs, lists). */
export function parseMarkdown(markdown: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let paragraph: string[] = [];
  let list: string[] | null = null;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: inline(paragraph.join(' ')) });
    paragraph = [];
    if (list !== null) blocks.push({ kind: 'list', items: list.map(inline) });
    list = null;
  };
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const item = /^[-*]\s+(.*)$/.exec(line);
    if (line.trim() === '') flush();
    else if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]?.length ?? 1, text: inline(heading[2] ?? '') });
    } else if (item) {
      if (paragraph.length > 0) flush();
      list ??= [];
      list.push(item[1] ?? '');
    } else if (list !== null && /^\s+\S/.test(line))
      list[list.length - 1] = `${list.at(-1) ?? ''} ${line.trim()}`;
    else {
      if (list !== null) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}

/**
 * The entry of one version in a changelog: the text under its `## <version>` heading (the heading's own
 * words after the version kept as its title), up to the next version's; `null` when it has none.
 */
export function changelogEntry(
  markdown: string,
  version: string,
): { readonly title: string; readonly body: string } | null {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const start = lines.findIndex((line) => new RegExp(`^##\\s+\\[?v?${escaped}\\]?(\\s|$)`).test(line));
  if (start < 0) return null;
  const end = lines.findIndex((line, i) => i > start && /^##\s/.test(line));
  const title = (lines[start] ?? '').replace(/^##\s+/, '').trim();
  return {
    title,
    body: lines
      .slice(start + 1, end < 0 ? undefined : end)
      .join('\n')
      .trim(),
  };
}
