import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

/** The project's root folder. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** An ESLint instance that runs one local rule (`<plugin name>/<rule>`) on TypeScript files. */
export function ruleLinter(
  name: string,
  plugin: ESLint.Plugin,
  rule: string,
  files = ['**/*.ts', '**/*.tsx'],
): ESLint {
  return new ESLint({
    cwd: ROOT,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files,
        languageOptions: { parser: tseslint.parser },
        plugins: { [name]: plugin },
        rules: { [`${name}/${rule}`]: 'error' },
      },
    ],
  });
}

/** The messages `eslint` gives for `code` as if it were the file `file` (relative to the root). */
export async function lintMessages(eslint: ESLint, file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}/${file}` });
  return (result?.messages ?? []).map((m) => m.message);
}
