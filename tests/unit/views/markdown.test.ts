import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { changelogEntry, inline, parseMarkdown } from '../../../src/views/markdown';

const changelog = readFileSync('questionnaires/network-leadership/CHANGELOG.md', 'utf8');

describe('changelog Markdown', () => {
  it('finds each version’s own entry, up to the next version', () => {
    const entry = changelogEntry(changelog, '2.0.0');
    expect(entry?.title).toMatch(/^2\.0\.0 — revision/);
    expect(entry?.body).toContain('### Size and structure');
    expect(entry?.body).not.toContain('## 1.0.0');
    expect(changelogEntry(changelog, '1.0.0')?.title).toMatch(/^1\.0\.0/);
    expect(changelogEntry(changelog, '9.9.9')).toBeNull();
    // 2.0.0 must not match 2.0.0-rc.1 or 12.0.0.
    expect(changelogEntry('## 12.0.0\nx\n## 2.0.0-rc.1\ny', '2.0.0')).toBeNull();
  });

  it('reads headings, paragraphs, lists with continuation lines, code and bold, never HTML', () => {
    const blocks = parseMarkdown(
      '### Size\n\nA **new** `major`\nversion.\n\n- first item\n  continued\n- second <b>x</b>\n',
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 3, text: [{ kind: 'text', text: 'Size' }] },
      {
        kind: 'paragraph',
        text: [
          { kind: 'text', text: 'A ' },
          { kind: 'strong', text: 'new' },
          { kind: 'text', text: ' ' },
          { kind: 'code', text: 'major' },
          { kind: 'text', text: ' version.' },
        ],
      },
      {
        kind: 'list',
        items: [
          [{ kind: 'text', text: 'first item continued' }],
          [{ kind: 'text', text: 'second <b>x</b>' }],
        ],
      },
    ]);
    expect(inline('`**x**`')).toEqual([{ kind: 'code', text: '**x**' }]);
    const whole = parseMarkdown(changelogEntry(changelog, '2.0.0')?.body ?? '');
    expect(whole.filter((b) => b.kind === 'list').length).toBeGreaterThan(5);
  });
});
