/**
 * A starter bank: a small valid bank that shows every field of the format once (two languages, a scale
 * with "not applicable", a section, dimensions with their report texts, items with a reverse-keyed one and
 * a twin pair, context and reflection questions, scoring rules), to edit into one's own. No norms: a bank
 * claims none it does not have. Pure.
 */
import starter from './starter.json';
import type { Bank } from './schema';

/** The starter bank under the id `id`, version 1.0.0. */
export function starterBank(id: string): Bank {
  return { ...(JSON.parse(JSON.stringify(starter)) as Bank), id, version: '1.0.0' };
}

/** The first changelog of a bank made from the starter. */
export function starterChangelog(id: string): string {
  return `# Changelog – ${id}\n\n## 1.0.0 — first version\n\n- Made from the starter bank (\`npm run bank -- init ${id}\`): replace its texts, items and rules with your own.\n`;
}
