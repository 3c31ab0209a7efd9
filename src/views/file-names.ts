/** File names of everything the app saves: reports, result files, comparisons, group reports, exports. */

/** Letters and digits of any script, lower-cased, everything else as single hyphens, at most `max` long. */
export function slug(text: string, max = 60): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/**
 * The first part of a file name for a bank: its title up to a dash ("Netwerkleiderschap – vaardigheidsmeting"
 * → `netwerkleiderschap`), so files say which instrument they belong to.
 */
export function fileBaseOf(title: string): string {
  return slug(title.split(/\s[–—-]\s/)[0] ?? title, 40) || 'result';
}

/**
 * `<base>-<name or fallback>-<yyyy-mm-dd>.<extension>` (no middle part when both are empty): the name keeps its letters (any script), lower-cased,
 * with everything else turned into single hyphens.
 */
export function reportFileName(
  base: string,
  name: string,
  fallback: string,
  date: Date,
  extension: string,
): string {
  const who = slug(name) || fallback;
  return `${base}${who === '' ? '' : `-${who}`}-${date.toISOString().slice(0, 10)}.${extension}`;
}
