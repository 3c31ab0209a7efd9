/**
 * Which font can draw a text. jsPDF's built-in Helvetica covers Windows-1252 (Western European); other
 * scripts need an embedded Unicode TrueType font, loaded only when the report's text needs it:
 * DejaVu Sans (Latin Extended, Greek, Cyrillic, …) or, for Chinese and Japanese, Noto Sans SC.
 */

/** The characters of Windows-1252 beyond Latin-1 (what jsPDF's standard fonts encode). */
const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Han ideographs, kana, Hangul and CJK punctuation and forms. */
const CJK =
  /[\u2E80-\u2FFF\u3000-\u30FF\u3100-\u31FF\u3200-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]|[\u{20000}-\u{2FA1F}]/u;

export type FontFamily = 'helvetica' | 'dejavu' | 'noto-sc';

/** Whether every character of `text` is in Windows-1252 (so Helvetica can draw it). */
export function fitsHelvetica(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0x0a || code === 0x09) continue;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRA.has(char)) continue;
    return false;
  }
  return true;
}

/** The font that draws one character: Helvetica when it can, Noto Sans SC for CJK, DejaVu Sans otherwise. */
export function fontForChar(char: string): FontFamily {
  if (fitsHelvetica(char)) return 'helvetica';
  return CJK.test(char) ? 'noto-sc' : 'dejavu';
}

/** A stretch of text drawn with one font. */
export interface Run {
  readonly text: string;
  readonly font: FontFamily;
}

/**
 * Splits a text into runs of one font each, so every script is drawn by a font that has it. A text
 * Helvetica can draw is one Helvetica run; otherwise CJK goes to Noto Sans SC and everything else to
 * DejaVu Sans, so a name like "王芳 Łukasz" keeps one Latin typeface. Spaces join the run before them.
 */
export function fontRuns(text: string): Run[] {
  if (fitsHelvetica(text)) return [{ text, font: 'helvetica' }];
  const runs: { text: string; font: FontFamily }[] = [];
  for (const char of text) {
    const last = runs[runs.length - 1];
    const font = char === ' ' && last ? last.font : fontForChar(char) === 'noto-sc' ? 'noto-sc' : 'dejavu';
    if (last?.font === font) last.text += char;
    else runs.push({ text: char, font });
  }
  return runs;
}

/** The embedded fonts a set of texts needs (none when Helvetica can draw them all). */
export function fontsNeeded(texts: Iterable<string>): Set<Exclude<FontFamily, 'helvetica'>> {
  const needed = new Set<Exclude<FontFamily, 'helvetica'>>();
  for (const text of texts)
    if (!fitsHelvetica(text))
      for (const run of fontRuns(text)) if (run.font !== 'helvetica') needed.add(run.font);
  return needed;
}

/** Font files, as the renderer asks for them. */
export type FontFile = 'DejaVuSans.ttf' | 'DejaVuSans-Bold.ttf' | 'NotoSansSC-Regular.ttf';

/** The files each embedded family needs. */
export const FONT_FILES: Readonly<Record<Exclude<FontFamily, 'helvetica'>, readonly FontFile[]>> = {
  dejavu: ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'],
  'noto-sc': ['NotoSansSC-Regular.ttf'],
};
