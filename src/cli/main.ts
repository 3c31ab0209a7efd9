/** Entry point of `npm run bank -- <command>`: wires the commands to the file system and the process. */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli, translator, type CliIo } from './commands';
import { publish } from './publish';
import { sheetCommand } from './sheet-commands';

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

const args = process.argv.slice(2);
const at = args.indexOf('--lang');
const rest = at >= 0 ? args.filter((_, i) => i !== at && i !== at + 1) : args;
const t = translator(at >= 0 ? (args[at + 1] ?? 'en') : 'en');
// Publishing builds a site (processes, a temporary folder) and workbooks are read asynchronously: these
// live beside the pure commands.
if (rest[0] === 'publish') process.exitCode = publish(root, rest.slice(1), io, t);
else if (rest[0] === 'to-sheet' || rest[0] === 'from-sheet')
  void sheetCommand(rest[0], rest.slice(1), io, t).then((code) => (process.exitCode = code));
else process.exitCode = runCli(args, io);
