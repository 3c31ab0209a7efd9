/**
 * A local ESLint rule that forbids import cycles among the project's own modules (type-only imports
 * included: a cycle of types still ties two modules into one). For the linted file it follows every relative
 * or `@/` import through the project's files and reports the import that leads back to the file itself,
 * with the path of the cycle. Other files' imports are read from disk and cached for the lint run.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const SRC = path.join(ROOT, 'src');
const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.js', '/index.ts', '/index.tsx'];
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The file a specifier names, from `fromFile`; `null` for packages and files outside the project. */
function resolveImport(fromFile, specifier) {
  let base;
  if (specifier.startsWith('.')) base = path.resolve(path.dirname(fromFile), specifier);
  else if (specifier.startsWith('@/')) base = path.join(SRC, specifier.slice(2));
  else return null;
  base = base.replace(/\?.*$/, '').replace(/\.js$/, '');
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

const cache = new Map();

/** The project files `file` imports (read from disk once per lint run). */
function importsOf(file) {
  const known = cache.get(file);
  if (known) return known;
  const found = [];
  if (/\.(ts|tsx|mts|js)$/.test(file)) {
    let text;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      text = '';
    }
    for (const match of text.matchAll(IMPORT)) {
      const target = resolveImport(file, match[1] ?? match[2] ?? '');
      if (target) found.push(target);
    }
  }
  cache.set(file, found);
  return found;
}

/** A path from `start` back to `goal`, or `null` (breadth-first, each file visited once). */
function pathBack(start, goal) {
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift();
    for (const next of importsOf(file)) {
      if (next === goal) {
        const trail = [goal];
        for (let at = file; at !== null; at = previous.get(at) ?? null) trail.unshift(at);
        return trail;
      }
      if (!previous.has(next)) {
        previous.set(next, file);
        queue.push(next);
      }
    }
  }
  return null;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles among the project’s own modules' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    cache.delete(file); // the file being linted may have changed since it was cached
    const check = (node, specifier) => {
      if (typeof specifier !== 'string') return;
      const target = resolveImport(file, specifier);
      if (target === null) return;
      const trail = target === file ? [file] : pathBack(target, file);
      if (trail === null) return;
      const shown = [file, ...trail].map((p) => path.relative(ROOT, p)).join(' → ');
      context.report({
        node,
        message: `Import cycle: ${shown}. Move what both need into a module of its own.`,
      });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { 'no-cycles': rule } };
