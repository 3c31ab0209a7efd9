/**
 * The facilitators' command-line tool, as functions of (arguments, I/O) → exit code so tests can run it
 * without spawning processes. Exit codes: 0 all good, 1 a bank or answer set has problems, 2 usage error.
 * It speaks English by default and Dutch with `--lang nl`; its words are the app's interface strings.
 */
import i18next, { type TFunction } from 'i18next';
import { checkAnswers, type Answers, type ContextAnswers } from '../domain/answers';
import { bumpBetween, bumpSuffices, diffBanks } from '../domain/bank/diff';
import { bankJsonSchemaText } from '../domain/bank/json-schema';
import { starterBank, starterChangelog } from '../domain/bank/starter';
import { indexBank } from '../domain/bank/model';
import { validateBankBytes, type BankValidation } from '../domain/bank/validate';
import { parseJson } from '../domain/json-syntax';
import { MAX_PROBLEMS, ProblemCollector, type Problem } from '../domain/problems';
import { checkResultForBank } from '../domain/result-check';
import { RESULT_FORMAT, readResultValue } from '../domain/result-file';
import { round } from '../domain/rounding';
import { scoreAnswers, type Scores } from '../domain/scoring/score';
import { decodeTextFile } from '../domain/text-file';
import { allResources } from '../i18n/all-resources';
import { describeBankChange } from '../views/bank-changes';
import { changelogEntry } from '../views/markdown';
import { describeRefusal, problemText } from '../views/refusals';
import type { Bank } from '../domain/bank/schema';

/** What the commands may do to the outside world. */
export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Returns the file's bytes, or `null` when it cannot be read. */
  readonly readBytes: (path: string) => Uint8Array | null;
  readonly writeText: (path: string, text: string) => void;
  /** Bank files under the questionnaires folder, as paths like `questionnaires/<id>/<version>.json`. */
  readonly listBanks: () => string[];
  readonly schemaPath: string;
  /** The questionnaires folder, where `init` writes a new bank. */
  readonly questionnairesPath: string;
}

/** The CLI's words in one language (English unless `--lang nl`). */
export function translator(language: string): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    resources: allResources,
    lng: language === 'nl' ? 'nl' : 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance.t;
}

interface Context {
  readonly io: CliIo;
  readonly t: TFunction;
}

function usage({ io, t }: Context, message: string): number {
  io.err(`${message}\n\n${t('cli.usage')}`);
  return 2;
}

function printProblems({ io, t }: Context, file: string, problems: readonly Problem[]): void {
  for (const problem of problems)
    io.err(`${file}: ${problem.path === '' ? t('cli.wholeFile') : problem.path}: ${problemText(t, problem)}`);
}

function folderOf(path: string): string | undefined {
  const parts = path.split(/[\\/]/);
  return parts.length >= 2 ? parts[parts.length - 2] : undefined;
}

/** Reads and validates one bank file; `checkFolder` also requires the folder to be named after the id. */
export function loadBank(io: CliIo, file: string, checkFolder = false): BankValidation | null {
  const bytes = io.readBytes(file);
  if (bytes === null) return null;
  const result = validateBankBytes(bytes, { fileName: file });
  if (!result.ok || !checkFolder) return result;
  const folder = folderOf(file);
  if (folder !== result.bank.id)
    return {
      ok: false,
      problems: [{ path: 'id', code: 'folder-name', values: { id: result.bank.id, folder: folder ?? '' } }],
    };
  return result;
}

function validate(context: Context, args: readonly string[]): number {
  const { io, t } = context;
  const all = args.includes('--all');
  const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--all');
  if (unknown.length > 0) return usage(context, t('cli.unknownOption', { option: unknown.join(' ') }));
  const files = all ? io.listBanks() : args;
  if (files.length === 0) {
    if (!all) return usage(context, t('cli.nameBank'));
    io.err(t('cli.noBanks'));
    return 1;
  }
  let failed = 0;
  const valid: { file: string; bank: Bank }[] = [];
  for (const file of files) {
    const result = loadBank(io, file, all);
    if (result === null) {
      io.err(t('cli.unreadable', { file }));
      failed += 1;
    } else if (!result.ok) {
      printProblems(context, file, result.problems);
      failed += 1;
    } else {
      const { bank } = result;
      valid.push({ file, bank });
      io.out(
        t('cli.valid', {
          file,
          id: bank.id,
          version: bank.version,
          items: bank.items.length,
          languages: bank.languages.join('/'),
        }),
      );
    }
  }
  if (all) failed += checkVersions(context, valid);
  if (failed > 0) io.err(t('cli.failed', { failed, total: files.length }));
  return failed > 0 ? 1 : 0;
}

/** The folder a bank file is in (`questionnaires/<id>`), for its changelog. */
function folderPath(file: string): string {
  const at = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return at < 0 ? '.' : file.slice(0, at);
}

/**
 * Checks the versions of each bank in questionnaires/ against each other: each is numbered at least as high
 * as its changes from the version before need, and has its own entry in the bank's CHANGELOG.md. Returns the
 * number of versions that fail.
 */
function checkVersions({ io, t }: Context, valid: readonly { file: string; bank: Bank }[]): number {
  let failed = 0;
  const byId = new Map<string, { file: string; bank: Bank }[]>();
  for (const entry of valid) byId.set(entry.bank.id, [...(byId.get(entry.bank.id) ?? []), entry]);
  for (const [id, versions] of byId) {
    versions.sort((a, b) => (bumpBetween(b.bank.version, a.bank.version) === 'lower' ? -1 : 1));
    const first = versions[0];
    const bytes = first === undefined ? null : io.readBytes(`${folderPath(first.file)}/CHANGELOG.md`);
    const changelog = bytes === null ? null : new TextDecoder().decode(bytes);
    versions.forEach((entry, i) => {
      const { version } = entry.bank;
      let ok = true;
      if (changelog === null || changelogEntry(changelog, version) === null) {
        io.err(t('cli.noChangelogEntry', { file: entry.file, id, version }));
        ok = false;
      }
      const previous = versions[i - 1];
      if (previous) {
        const { needed } = diffBanks(previous.bank, entry.bank);
        if (!bumpSuffices(previous.bank.version, version, needed)) {
          io.err(
            t('cli.versionTooLow', {
              file: entry.file,
              from: previous.bank.version,
              to: version,
              needed: t(`cli.bump.${needed ?? 'patch'}`),
            }),
          );
          ok = false;
        }
      }
      if (!ok) failed += 1;
    });
  }
  return failed;
}

function diff(context: Context, args: readonly string[]): number {
  const { io, t } = context;
  const [oldFile, newFile, ...rest] = args;
  if (oldFile === undefined || newFile === undefined || rest.length > 0)
    return usage(context, t('cli.diffArgs'));
  const banks: Bank[] = [];
  for (const file of [oldFile, newFile]) {
    const result = loadBank(io, file);
    if (result === null) {
      io.err(t('cli.unreadable', { file }));
      return 1;
    }
    if (!result.ok) {
      printProblems(context, file, result.problems);
      return 1;
    }
    banks.push(result.bank);
  }
  const [before, after] = banks as [Bank, Bank];
  const { changes, needed } = diffBanks(before, after);
  io.out(t('cli.diffHeader', { from: `${before.id}@${before.version}`, to: `${after.id}@${after.version}` }));
  for (const change of changes) io.out(`- ${describeBankChange(t, change)}`);
  if (needed === null) {
    io.out(t('cli.diffNone'));
    return 0;
  }
  io.out(t('cli.diffNeeded', { needed: t(`cli.bump.${needed}`) }));
  const enough = bumpSuffices(before.version, after.version, needed);
  if (!enough)
    io.err(t('cli.diffTooLow', { from: before.version, to: after.version, needed: t(`cli.bump.${needed}`) }));
  return enough ? 0 : 1;
}

function readJson({ io, t }: Context, file: string): { ok: true; value: unknown } | { ok: false } {
  const bytes = io.readBytes(file);
  if (bytes === null) {
    io.err(t('cli.unreadable', { file }));
    return { ok: false };
  }
  const decoded = decodeTextFile(bytes);
  const parsed = decoded.ok ? parseJson(decoded.text) : { ok: false as const, problem: decoded.problem };
  if (!parsed.ok) {
    io.err(`${file}: ${t('cli.wholeFile')}: ${problemText(t, parsed.problem)}`);
    return { ok: false };
  }
  return { ok: true, value: parsed.value };
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
      se: r4(d.se),
      interval: d.interval === null ? null : { low: r4(d.interval.low), high: r4(d.interval.high) },
    })),
    sections: scores.sections.map((s) => ({
      ...s,
      mean: r4(s.mean),
      standings: s.standings.map((standing) => ({
        id: standing.id,
        deviation: r4(standing.deviation),
        critical: r4(standing.critical),
      })),
    })),
    flags: scores.flags.map((f) => ({ ...f, gap: r4(f.gap) })),
    hints: scores.hints,
    quality: scores.quality,
  };
}

/** Splits `args` into positional arguments and the value of `--name value` options. */
function parseArgs(args: readonly string[], names: readonly string[], t: TFunction) {
  const positional: string[] = [];
  const options = new Map<string, string>();
  const errors: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) positional.push(arg);
    else if (!names.includes(arg)) errors.push(t('cli.unknownOption', { option: arg }));
    else if (args[i + 1] === undefined) errors.push(t('cli.needsValue', { option: arg }));
    else options.set(arg, args[(i += 1)] ?? '');
  }
  return { positional, options, errors };
}

function score(context: Context, args: readonly string[]): number {
  const { io, t } = context;
  const { positional, options, errors } = parseArgs(args, ['--context'], t);
  if (errors.length > 0) return usage(context, errors.join('\n'));
  const contextFile = options.get('--context');
  const [bankFile, answersFile, ...rest] = positional;
  if (bankFile === undefined || answersFile === undefined || rest.length > 0)
    return usage(context, t('cli.scoreArgs'));
  const result = loadBank(io, bankFile);
  if (result === null) {
    io.err(t('cli.unreadable', { file: bankFile }));
    return 1;
  }
  if (!result.ok) {
    printProblems(context, bankFile, result.problems);
    return 1;
  }
  const answers = readJson(context, answersFile);
  if (!answers.ok) return 1;
  const index = indexBank(result.bank);
  const value = answers.value;
  // A result file is read like everywhere else in the app: its format, then its fit with the bank.
  if (
    value !== null &&
    typeof value === 'object' &&
    (value as Record<string, unknown>).format === RESULT_FORMAT
  ) {
    if (contextFile !== undefined) return usage(context, t('cli.contextWithResult'));
    const reading = readResultValue(value);
    if (!reading.ok) {
      io.err(`${answersFile}: ${describeRefusal(t, reading)}`);
      if (reading.reason === 'invalid') printProblems(context, answersFile, reading.problems);
      return 1;
    }
    const problems = checkResultForBank(index, reading.result);
    if (problems.length > 0) {
      printProblems(context, answersFile, problems);
      return 1;
    }
    const scores = scoreAnswers(index, reading.result.answers, reading.result.context);
    io.out(JSON.stringify(scoresAsJson(result.bank.id, result.bank.version, scores), null, 2));
    return 0;
  }
  const collector = new ProblemCollector(MAX_PROBLEMS);
  checkAnswers(index, value, collector);
  if (collector.size > 0) {
    printProblems(context, answersFile, collector.finish(value));
    return 1;
  }
  let contextAnswers: ContextAnswers = {};
  if (contextFile !== undefined) {
    const parsed = readJson(context, contextFile);
    if (!parsed.ok) return 1;
    if (!isStringRecord(parsed.value)) {
      io.err(t('cli.contextShape', { file: contextFile }));
      return 1;
    }
    contextAnswers = parsed.value;
  }
  const scores = scoreAnswers(index, answers.value as Answers, contextAnswers);
  io.out(JSON.stringify(scoresAsJson(result.bank.id, result.bank.version, scores), null, 2));
  return 0;
}

function schema(context: Context, args: readonly string[]): number {
  const { io, t } = context;
  const text = bankJsonSchemaText();
  if (args.length === 1 && args[0] === '--check') {
    const current = io.readBytes(io.schemaPath);
    if (current !== null && new TextDecoder().decode(current) === text) {
      io.out(t('cli.schemaCurrent', { file: io.schemaPath }));
      return 0;
    }
    io.err(t('cli.schemaStale', { file: io.schemaPath }));
    return 1;
  }
  if (args.length > 0) return usage(context, t('cli.unknownOption', { option: args.join(' ') }));
  io.writeText(io.schemaPath, text);
  io.out(t('cli.schemaWritten', { file: io.schemaPath }));
  return 0;
}

/** `init <id>`: writes questionnaires/<id>/1.0.0.json (the starter bank) and its CHANGELOG.md. */
function init(context: Context, args: readonly string[]): number {
  const { io, t } = context;
  const [id, ...rest] = args;
  if (id === undefined || rest.length > 0) return usage(context, t('cli.initArgs'));
  if (!/^[a-z][a-z0-9-]{0,63}$/.test(id)) {
    io.err(t('cli.initBadId', { id }));
    return 2;
  }
  const folder = `${io.questionnairesPath}/${id}`;
  const file = `${folder}/1.0.0.json`;
  if (io.readBytes(file) !== null) {
    io.err(t('cli.initExists', { file }));
    return 1;
  }
  io.writeText(file, `${JSON.stringify({ $schema: '../bank.schema.json', ...starterBank(id) }, null, 2)}\n`);
  io.writeText(`${folder}/CHANGELOG.md`, starterChangelog(id));
  io.out(t('cli.initWritten', { file, folder }));
  return 0;
}

/** Runs one CLI invocation (`args` without the node and script paths) and returns its exit code. */
export function runCli(args: readonly string[], io: CliIo): number {
  const at = args.indexOf('--lang');
  const language = at >= 0 ? (args[at + 1] ?? 'en') : 'en';
  const rest = at >= 0 ? args.filter((_, i) => i !== at && i !== at + 1) : args;
  const context: Context = { io, t: translator(language) };
  const [command, ...options] = rest;
  switch (command) {
    case 'validate':
      return validate(context, options);
    case 'score':
      return score(context, options);
    case 'schema':
      return schema(context, options);
    case 'diff':
      return diff(context, options);
    case 'init':
      return init(context, options);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.out(context.t('cli.usage'));
      return command === undefined ? 2 : 0;
    default:
      return usage(context, context.t('cli.unknownCommand', { command }));
  }
}
