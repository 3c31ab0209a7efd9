/**
 * The facilitators' command-line tool, as functions of (arguments, I/O) → exit code so tests can run it
 * without spawning processes. Exit codes: 0 all good, 1 a bank or answer set has problems, 2 usage error.
 */
import { checkAnswers, type Answers, type ContextAnswers } from '../domain/answers';
import { bankJsonSchemaText } from '../domain/bank/json-schema';
import { indexBank } from '../domain/bank/model';
import { validateBankText, type BankValidation } from '../domain/bank/validate';
import type { Problem } from '../domain/problems';
import { round, scoreAnswers, type Scores } from '../domain/scoring';

/** What the commands may do to the outside world. */
export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Returns the file's text, or `null` when it cannot be read. */
  readonly readText: (path: string) => string | null;
  readonly writeText: (path: string, text: string) => void;
  /** Bank files under the questionnaires folder, as paths like `questionnaires/<id>/<version>.json`. */
  readonly listBanks: () => string[];
  readonly schemaPath: string;
}

export const USAGE = `Usage: npm run bank -- <command>

Commands:
  validate <file...>          check bank files; prints every problem with its place in the file
  validate --all              check every bank in questionnaires/ (id and version must match the path)
  score <bank> <answers> [--context <context.json>]
                              print the scores of an answer set ({ "item-id": 4, "other-id": null }) as JSON
  schema                      write questionnaires/bank.schema.json from the bank contract
  schema --check              fail when questionnaires/bank.schema.json is out of date
`;

function usage(io: CliIo, message: string): number {
  io.err(`${message}\n\n${USAGE}`);
  return 2;
}

function printProblems(io: CliIo, file: string, problems: readonly Problem[]): void {
  for (const problem of problems)
    io.err(`${file}: ${problem.path === '' ? '(whole file)' : problem.path}: ${problem.message}`);
}

function folderOf(path: string): string | undefined {
  const parts = path.split(/[\\/]/);
  return parts.length >= 2 ? parts[parts.length - 2] : undefined;
}

/** Reads and validates one bank file; `checkFolder` also requires the folder to be named after the id. */
export function loadBank(io: CliIo, file: string, checkFolder = false): BankValidation | null {
  const text = io.readText(file);
  if (text === null) return null;
  const result = validateBankText(text, { fileName: file });
  if (!result.ok || !checkFolder) return result;
  const folder = folderOf(file);
  if (folder !== result.bank.id)
    return {
      ok: false,
      problems: [
        {
          path: 'id',
          message: `is "${result.bank.id}", but the bank sits in the folder "${folder ?? ''}"; put it in questionnaires/${result.bank.id}/`,
        },
      ],
    };
  return result;
}

function validate(io: CliIo, args: readonly string[]): number {
  const all = args.includes('--all');
  const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--all');
  if (unknown.length > 0) return usage(io, `Unknown option: ${unknown.join(' ')}`);
  const files = all ? io.listBanks() : args;
  if (files.length === 0)
    return all
      ? (io.err('No bank files found in questionnaires/.'), 1)
      : usage(io, 'Name at least one bank file.');
  let failed = 0;
  for (const file of files) {
    const result = loadBank(io, file, all);
    if (result === null) {
      io.err(`${file}: cannot be read (does the file exist?)`);
      failed += 1;
    } else if (!result.ok) {
      printProblems(io, file, result.problems);
      failed += 1;
    } else {
      const { bank } = result;
      io.out(
        `${file}: valid (${bank.id} ${bank.version}, ${String(bank.items.length)} items, ${bank.languages.join('/')})`,
      );
    }
  }
  if (failed > 0) io.err(`${String(failed)} of ${String(files.length)} bank files have problems.`);
  return failed > 0 ? 1 : 0;
}

function readJson(io: CliIo, file: string, what: string): { ok: true; value: unknown } | { ok: false } {
  const text = io.readText(file);
  if (text === null) {
    io.err(`${file}: cannot be read (does the file exist?)`);
    return { ok: false };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    io.err(`${file}: is not valid JSON (${error instanceof Error ? error.message : ''}); expected ${what}`);
    return { ok: false };
  }
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.values(value).every((entry) => typeof entry === 'string')
  );
}

const r4 = (value: number | null): number | null => (value === null ? null : round(value, 4));

/** The JSON the `score` command prints: the engine's result with numbers rounded to 4 decimals. */
export function scoresAsJson(bankId: string, version: string, scores: Scores): unknown {
  return {
    bank: { id: bankId, version },
    dimensions: scores.dimensions.map((d) => ({
      id: d.id,
      section: d.section,
      items: d.items,
      count: d.answered,
      notApplicable: d.notApplicable,
      enough: d.enough,
      sum: d.sum,
      mean: r4(d.mean),
      percent: r4(d.percent),
      band: d.band,
    })),
    sections: scores.sections.map((s) => ({ ...s, mean: r4(s.mean) })),
    flags: scores.flags.map((f) => ({ ...f, gap: r4(f.gap) })),
    hints: scores.hints,
    quality: scores.quality,
  };
}

/** Splits `args` into positional arguments and the value of `--name value` options. */
function parseArgs(args: readonly string[], names: readonly string[]) {
  const positional: string[] = [];
  const options = new Map<string, string>();
  const errors: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) positional.push(arg);
    else if (!names.includes(arg)) errors.push(`Unknown option: ${arg}`);
    else if (args[i + 1] === undefined) errors.push(`${arg} needs a value.`);
    else options.set(arg, args[(i += 1)] ?? '');
  }
  return { positional, options, errors };
}

function score(io: CliIo, args: readonly string[]): number {
  const { positional, options, errors } = parseArgs(args, ['--context']);
  if (errors.length > 0) return usage(io, errors.join('\n'));
  const contextFile = options.get('--context');
  const [bankFile, answersFile, ...rest] = positional;
  if (bankFile === undefined || answersFile === undefined || rest.length > 0)
    return usage(io, 'score needs a bank file and an answers file.');
  const result = loadBank(io, bankFile);
  if (result === null) {
    io.err(`${bankFile}: cannot be read (does the file exist?)`);
    return 1;
  }
  if (!result.ok) {
    printProblems(io, bankFile, result.problems);
    return 1;
  }
  const answers = readJson(io, answersFile, 'answers such as { "item-id": 4 }');
  if (!answers.ok) return 1;
  const index = indexBank(result.bank);
  const problems = checkAnswers(index, answers.value);
  if (problems.length > 0) {
    printProblems(io, answersFile, problems);
    return 1;
  }
  let context: ContextAnswers = {};
  if (contextFile !== undefined) {
    const parsed = readJson(io, contextFile, 'context answers such as { "phase": "start-up" }');
    if (!parsed.ok) return 1;
    if (!isStringRecord(parsed.value)) {
      io.err(
        `${contextFile}: must be an object of question ids and option ids, such as { "phase": "start-up" }`,
      );
      return 1;
    }
    context = parsed.value;
  }
  const scores = scoreAnswers(index, answers.value as Answers, context);
  io.out(JSON.stringify(scoresAsJson(result.bank.id, result.bank.version, scores), null, 2));
  return 0;
}

function schema(io: CliIo, args: readonly string[]): number {
  const text = bankJsonSchemaText();
  if (args.length === 1 && args[0] === '--check') {
    if (io.readText(io.schemaPath) === text) {
      io.out(`${io.schemaPath} is up to date.`);
      return 0;
    }
    io.err(`${io.schemaPath} is out of date with the bank contract. Run: npm run bank -- schema`);
    return 1;
  }
  if (args.length > 0) return usage(io, `Unknown option: ${args.join(' ')}`);
  io.writeText(io.schemaPath, text);
  io.out(`Wrote ${io.schemaPath}.`);
  return 0;
}

/** Runs one CLI invocation (`args` without the node and script paths) and returns its exit code. */
export function runCli(args: readonly string[], io: CliIo): number {
  const [command, ...rest] = args;
  switch (command) {
    case 'validate':
      return validate(io, rest);
    case 'score':
      return score(io, rest);
    case 'schema':
      return schema(io, rest);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.out(USAGE);
      return command === undefined ? 2 : 0;
    default:
      return usage(io, `Unknown command: ${command}`);
  }
}
