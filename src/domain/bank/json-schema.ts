/**
 * The JSON Schema published as `questionnaires/bank.schema.json`, generated from the zod schema so editors
 * autocomplete bank files. Never edit the generated file by hand: a test fails when it drifts.
 */
import { z } from 'zod';
import { Bank } from './schema';

/** The bank JSON Schema (draft 2020-12) as an object. */
export function bankJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Bank, { target: 'draft-2020-12', io: 'input' });
  return { ...schema, title: 'Network leadership question bank' };
}

/** The bank JSON Schema as the exact text of `questionnaires/bank.schema.json` (two-space JSON + newline). */
export function bankJsonSchemaText(): string {
  return `${JSON.stringify(bankJsonSchema(), null, 2)}\n`;
}
