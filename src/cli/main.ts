/** Entry point of `npm run bank -- <command>`: wires the commands to the file system and the process. */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli, type CliIo } from './commands';

const root = fileURLToPath(new URL('../..', import.meta.url));
const questionnaires = join(root, 'questionnaires');

const io: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readBytes: (path) => {
    try {
      return statSync(path).isFile() ? new Uint8Array(readFileSync(path)) : null;
    } catch {
      return null;
    }
  },
  writeText: (path, text) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  },
  listBanks: () =>
    existsSync(questionnaires)
      ? readdirSync(questionnaires, { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .flatMap((dir) =>
            readdirSync(join(questionnaires, dir.name))
              .filter((name) => name.endsWith('.json'))
              .map((name) => relative(process.cwd(), join(questionnaires, dir.name, name))),
          )
          .sort()
      : [],
  schemaPath: relative(process.cwd(), join(questionnaires, 'bank.schema.json')) || 'bank.schema.json',
  questionnairesPath: relative(process.cwd(), questionnaires) || '.',
};

process.exitCode = runCli(process.argv.slice(2), io);
