/** Reads the production build's manifest: which JS the first screen needs, and the lazy chunks. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  readonly file: string;
  readonly name?: string;
  readonly src?: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
}

export interface Chunk {
  readonly file: string;
  readonly label: string;
  readonly gzip: number;
}

export function gzipSize(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/** The entry chunk and its static imports (the first screen's JS), and every other JS chunk (lazy). */
export function bundleChunks(dist: string): { readonly initial: Chunk[]; readonly lazy: Chunk[] } {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const toChunk = (key: string, entry: ManifestChunk): Chunk => ({
    file: entry.file,
    label: entry.src ?? entry.name ?? key,
    gzip: gzipSize(join(dist, entry.file)),
  });
  const initialKeys = new Set<string>();
  const visit = (key: string) => {
    if (initialKeys.has(key)) return;
    initialKeys.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  for (const [key, entry] of Object.entries(manifest)) if (entry.isEntry) visit(key);
  const initial: Chunk[] = [];
  const lazy: Chunk[] = [];
  for (const [key, entry] of Object.entries(manifest)) {
    if (!entry.file.endsWith('.js')) continue;
    (initialKeys.has(key) ? initial : lazy).push(toChunk(key, entry));
  }
  return { initial, lazy: lazy.sort((a, b) => b.gzip - a.gzip) };
}
