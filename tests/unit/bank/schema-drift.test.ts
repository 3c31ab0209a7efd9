import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { bankJsonSchema, bankJsonSchemaText } from '../../../src/domain/bank/json-schema';
import { tinyRaw } from '../../helpers/banks';

const schemaFile = fileURLToPath(new URL('../../../questionnaires/bank.schema.json', import.meta.url));

describe('questionnaires/bank.schema.json', () => {
  it('is exactly what the zod schema generates (run `npm run bank -- schema` after changing the contract)', () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(bankJsonSchemaText());
  });

  it('accepts the fixture bank, including its "$schema" key, in a standard JSON Schema validator', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(bankJsonSchema());
    expect(validate(tinyRaw()), JSON.stringify(validate.errors)).toBe(true);
    const broken = tinyRaw();
    broken.items[0].reverse = 'yes';
    expect(validate(broken)).toBe(false);
  });
});
