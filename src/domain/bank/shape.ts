/**
 * The shape a bank field expects, written as a short JSON example, for a problem that says a field is
 * missing or of the wrong kind: "Expected: [{ "nl": "…", "en": "…" }, …]; an empty list [] is allowed."
 * Derived from the bank schema itself, so it never disagrees with what the validator accepts.
 */
import type { z } from 'zod';
import type { ExpectedShape, PathSegment } from '../problems';
import { Bank } from './schema';

type Schema = z.core.$ZodType;

const LONGEST = 320;

function defOf(schema: Schema): z.core.$ZodTypeDef & Record<string, unknown> {
  return schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
}

/** The schema without its optional, nullable, default or pipe wrappers. */
function unwrap(schema: Schema): Schema {
  let current = schema;
  for (let depth = 0; depth < 10; depth += 1) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default')
      current = def.innerType as Schema;
    else if (def.type === 'pipe') current = def.in as Schema;
    else return current;
  }
  return current;
}

function isOptional(schema: Schema): boolean {
  const type = defOf(schema).type;
  return type === 'optional' || type === 'default';
}

function objectShape(schema: Schema): Readonly<Record<string, Schema>> | null {
  const def = defOf(schema);
  return def.type === 'object' ? (def.shape as Record<string, Schema>) : null;
}

/** The schema of the value at `path` under `root`; `null` where the schema has no such place. */
function schemaAt(root: Schema, path: readonly PathSegment[]): Schema | null {
  let current: Schema = root;
  for (const segment of path) {
    const inner = unwrap(current);
    const def = defOf(inner);
    if (def.type === 'array' && typeof segment === 'number') current = def.element as Schema;
    else if (def.type === 'record' && typeof segment === 'string') current = def.valueType as Schema;
    else if (def.type === 'object' && typeof segment === 'string') {
      const field = objectShape(inner)?.[segment];
      if (!field || !Object.hasOwn(objectShape(inner) ?? {}, segment)) return null;
      current = field;
    } else if (def.type === 'union' && typeof segment === 'string') {
      // A discriminated union: the first option that has this field.
      const options = (def.options as Schema[]).map(unwrap);
      const option = options.find((candidate) => Object.hasOwn(objectShape(candidate) ?? {}, segment));
      const field = option ? objectShape(option)?.[segment] : undefined;
      if (!field) return null;
      current = field;
    } else return null;
  }
  return current;
}

function minLength(schema: Schema): number {
  const checks = (defOf(schema).checks ?? []) as unknown as readonly Schema[];
  let least = 0;
  for (const check of checks) {
    const def = defOf(check) as unknown as { check?: string; minimum?: number };
    if (def.check === 'min_length' && typeof def.minimum === 'number') least = def.minimum;
  }
  return least;
}

/** A JSON example of `schema`, nested objects beyond `depth` written as `{ … }`. */
function example(schema: Schema, languages: readonly string[], depth: number): string {
  const inner = unwrap(schema);
  const def = defOf(inner);
  switch (def.type) {
    case 'string':
      return '"…"';
    case 'number':
    case 'int':
      return '0';
    case 'boolean':
      return 'true | false';
    case 'literal':
      return (def.values as readonly unknown[]).map((value) => JSON.stringify(value)).join(' | ');
    case 'enum':
      return Object.values(def.entries as Record<string, unknown>)
        .map((value) => JSON.stringify(value))
        .join(' | ');
    case 'record': {
      const value = defOf(unwrap(def.valueType as Schema)).type;
      // A text per language: the bank's own languages, in its order.
      if (value === 'string') return `{ ${languages.map((code) => `"${code}": "…"`).join(', ')} }`;
      return depth > 1 ? '{ … }' : `{ "…": ${example(def.valueType as Schema, languages, depth + 1)} }`;
    }
    case 'array':
      return `[${example(def.element as Schema, languages, depth + 1)}, …]`;
    case 'object': {
      if (depth > 1) return '{ … }';
      const fields = Object.entries(objectShape(inner) ?? {});
      const required = fields.filter(([, field]) => !isOptional(field));
      const parts = required.map(([key, field]) => `"${key}": ${example(field, languages, depth + 1)}`);
      if (required.length < fields.length) parts.push('…');
      return `{ ${parts.join(', ')} }`;
    }
    case 'union':
      return depth > 0
        ? '{ … }'
        : (def.options as Schema[]).map((option) => example(option, languages, depth)).join(' | ');
    default:
      return '…';
  }
}

const SCALARS = new Set(['string', 'number', 'int', 'boolean']);

/**
 * The shape the bank format expects at `path` (as a problem names it), written for the bank's `languages`;
 * `null` for a place the format does not have, and for a plain text, number or yes/no field of the wrong
 * kind (the problem's own sentence already says what it must be). `missing`: the field is absent.
 */
export function expectedShape(
  path: readonly PathSegment[],
  languages: readonly string[],
  missing = true,
): ExpectedShape | null {
  const schema = schemaAt(Bank, path);
  if (schema === null) return null;
  if (!missing && SCALARS.has(defOf(unwrap(schema)).type)) return null;
  const codes = languages.length > 0 ? languages.slice(0, 4) : ['nl', 'en'];
  const written = example(schema, codes, 0);
  const shape = written.length > LONGEST ? `${written.slice(0, LONGEST - 1)}…` : written;
  const inner = unwrap(schema);
  const emptyAllowed = defOf(inner).type === 'array' ? minLength(inner) === 0 : null;
  return { shape, emptyAllowed };
}
