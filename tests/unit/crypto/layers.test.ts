import { describe, expect, it } from 'vitest';
import layers from '../../../eslint/layers.js';
import { lintMessages, ruleLinter } from '../../helpers/eslint';

const eslint = ruleLinter('local', layers, 'layers');

const messages = (file: string, code: string) => lintMessages(eslint, file, code);

describe('the layer rule for src/crypto', () => {
  it('lets crypto import the domain, zod and fflate only', async () => {
    expect(
      await messages(
        'src/crypto/x.ts',
        "import { z } from 'zod'; import { deflateSync } from 'fflate'; import { toBase64Url } from '../domain/base64url';",
      ),
    ).toEqual([]);
    expect(await messages('src/crypto/x.ts', "import React from 'react';")).toEqual([
      expect.stringContaining('src/crypto is pure'),
    ]);
    expect(await messages('src/crypto/x.ts', "import { webcrypto } from 'node:crypto';")).toEqual([
      expect.stringContaining('src/crypto is pure'),
    ]);
    expect(await messages('src/crypto/x.ts', "import { useStore } from '@/state/store';")).toEqual([
      expect.stringContaining('src/crypto may not import src/state'),
    ]);
  });

  it('lets features, state and app import crypto, and keeps the domain from it', async () => {
    for (const file of ['src/features/feedback/x.tsx', 'src/state/x.ts', 'src/app/x.tsx'])
      expect(await messages(file, "import { createRound } from '@/crypto/round';")).toEqual([]);
    expect(await messages('src/domain/x.ts', "import { createRound } from '../crypto/round';")).toEqual([
      expect.stringContaining('src/domain may not import src/crypto'),
    ]);
    expect(await messages('src/ui/x.tsx', "import { createRound } from '../crypto/round';")).toEqual([
      expect.stringContaining('src/ui may not import src/crypto'),
    ]);
  });
});
