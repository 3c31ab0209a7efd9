/**
 * What a person hands in as responses, as tokens to open: a pasted text of links or tokens, or chosen or
 * dropped files (each UTF-8 text: a response file or a text file of response links). A text or file that
 * gives no token is an outcome of its own, so the page can say why.
 */
import { decodeTextFile } from '../domain/text-file';
import { tokensOfFile, tokensOfText, type ImportOutcome } from './feedback-import';

/** Tokens to open, each with where it came from, and the outcomes of what held none. */
export interface Intake {
  readonly tokens: readonly { readonly token: string; readonly source?: string }[];
  readonly refused: readonly ImportOutcome[];
}

/** Most files read in one go (a batch opens at most 500 responses anyway). */
const MAX_FILES = 500;
/** Largest file read, in bytes: room for a file of many links, far beyond any one response. */
const MAX_FILE_BYTES = 5_000_000;

/** The tokens in a pasted text; the outcome `no-response`, named `source`, when it holds none. */
export function tokensOfPasted(text: string, source: string): Intake {
  const tokens = tokensOfText(text);
  return { tokens, refused: tokens.length === 0 ? [{ source, kind: 'refused', reason: 'no-response' }] : [] };
}

/** The tokens in chosen files, each named by its file, and an outcome for every file that holds none. */
export async function tokensOfFiles(files: readonly File[]): Promise<Intake> {
  const tokens: { token: string; source: string }[] = [];
  const refused: ImportOutcome[] = [];
  for (const file of files.slice(0, MAX_FILES)) {
    if (file.size > MAX_FILE_BYTES) {
      refused.push({ source: file.name, kind: 'refused', reason: 'too-large' });
      continue;
    }
    // A file the browser cannot read (moved or deleted since it was chosen) is no response file either.
    const bytes = await file.arrayBuffer().then(
      (buffer) => new Uint8Array(buffer),
      () => null,
    );
    const decoded = bytes === null ? null : decodeTextFile(bytes);
    const read = decoded?.ok
      ? tokensOfFile(file.name, decoded.text)
      : ({
          ok: false,
          outcome: { source: file.name, kind: 'refused', reason: 'not-response-file' },
        } as const);
    if (read.ok) tokens.push(...read.tokens);
    else refused.push(read.outcome);
  }
  return { tokens, refused };
}
