import { describe, expect, it } from 'vitest';
import cycles from '../../eslint/no-cycles.js';
import { lintMessages, ruleLinter } from '../helpers/eslint';

const eslint = ruleLinter('cycles', cycles, 'no-cycles');

const messages = (file: string, code: string) => lintMessages(eslint, file, code);

describe('the import-cycle rule of eslint.config.js', () => {
  it('reports an import that leads back to the file, through other files, with the cycle’s path', async () => {
    // src/domain/scoring/score.ts imports ./dimensions; a dimensions.ts that imported score.ts would close a
    // cycle (as the barrel scoring/index.ts and compare.ts once did).
    expect(
      await messages('src/domain/scoring/dimensions.ts', "import type { Scores } from './score';"),
    ).toEqual([
      'Import cycle: src/domain/scoring/dimensions.ts → src/domain/scoring/score.ts → src/domain/scoring/dimensions.ts. Move what both need into a module of its own.',
    ]);
    // A longer one: answers.ts ← questionnaire.ts ← (something answers.ts would import)
    expect(
      (await messages('src/domain/answers.ts', "import { paginate } from './questionnaire';"))[0],
    ).toMatch(
      /^Import cycle: src\/domain\/answers\.ts → src\/domain\/questionnaire\.ts → .*src\/domain\/answers\.ts/,
    );
  });

  it('accepts imports that do not come back, and packages', async () => {
    expect(
      await messages(
        'src/domain/scoring/score.ts',
        "import { scoreDimension } from './dimensions'; import { z } from 'zod';",
      ),
    ).toEqual([]);
  });

  it('finds no cycle in the project as it is', async () => {
    const results = await ruleLinter('cycles', cycles, 'no-cycles', [
      'src/**/*.ts',
      'src/**/*.tsx',
    ]).lintFiles(['src/**/*.ts', 'src/**/*.tsx']);
    expect(results.length).toBeGreaterThan(100);
    const found = results.flatMap((r) =>
      r.messages.filter((m) => m.ruleId === 'cycles/no-cycles').map((m) => `${r.filePath}: ${m.message}`),
    );
    expect(found).toEqual([]);
    // Parsing every source file takes a few seconds, more on a busy 2-core machine.
  }, 60_000);
});
