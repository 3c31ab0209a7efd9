import { describe, expect, it } from 'vitest';
import layers from '../../eslint/layers.js';
import { lintMessages, ruleLinter } from '../helpers/eslint';

const eslint = ruleLinter('local', layers, 'layers');

const messages = (file: string, code: string) => lintMessages(eslint, file, code);

describe('the layer rule of eslint.config.js', () => {
  it('keeps domain pure', async () => {
    expect(await messages('src/domain/x.ts', "import React from 'react';")).toEqual([
      expect.stringContaining('src/domain is pure'),
    ]);
    expect(await messages('src/domain/x.ts', "import { useStore } from '../state/store';")).toEqual([
      expect.stringContaining('src/domain may not import src/state'),
    ]);
    expect(
      await messages(
        'src/domain/scoring/x.ts',
        "import { z } from 'zod'; import { a } from '../bank/model';",
      ),
    ).toEqual([]);
  });
  it('keeps features apart, also through the @/ alias and dynamic imports', async () => {
    expect(await messages('src/features/intro/x.tsx', "import { A } from '../results/a';")).toEqual([
      expect.stringContaining('Feature "intro" may not import feature "results"'),
    ]);
    expect(await messages('src/features/intro/x.tsx', "const m = import('@/features/results/a');")).toEqual([
      expect.stringContaining('may not import feature "results"'),
    ]);
    expect(
      await messages('src/features/intro/x.tsx', "import { B } from './b'; import { u } from '@/ui/button';"),
    ).toEqual([]);
  });
  it('lets nothing import app', async () => {
    expect(await messages('src/ui/x.tsx', "import { App } from '../app/app';")).toEqual([
      expect.stringContaining('Nothing imports src/app'),
    ]);
  });
  it('lets only banks read questionnaires', async () => {
    expect(
      await messages(
        'src/features/intro/x.tsx',
        "const m = import.meta.glob('../../../questionnaires/*/*.json');",
      ),
    ).toEqual([expect.stringContaining('Only src/banks reads questionnaires/')]);
    expect(
      await messages('src/banks/x.ts', "const m = import.meta.glob('../../questionnaires/*/*.json');"),
    ).toEqual([]);
  });
});
