import { MunikpiError, type MunikpiIssue } from '../core/errors.js';
import { cliWordsFor } from '../core/messages/cli.js';
import { errorMessage, type Language } from '../core/messages/index.js';
import { terminalText } from '../core/text.js';
import type { ImportIssue, ImportLimits } from '../io/index.js';
import { DEFAULT_LIMITS } from '../io/limits.js';
import type { CliIo, Invocation } from './command.js';
import { type InputEncoding, readInput } from './input.js';
import { MAX_INPUT_BYTES } from './limits.js';
import { type Args, type OptionSpec, UsageError } from './options.js';
import { writeOutput } from './output.js';

/*
 * The options several commands share, each declared once here. A command lists the ones it
 * takes; any other is refused as unknown.
 */

/** --encoding. @internal */
export const ENCODING: OptionSpec = {
  name: 'encoding',
  type: 'string',
  arg: '<e>',
  values: ['auto', 'utf-8', 'shift_jis'],
  default: 'auto',
  help: 'encoding',
};

/** --max-bytes. @internal */
export const MAX_BYTES: OptionSpec = {
  name: 'max-bytes',
  type: 'string',
  arg: '<n>',
  shape: { pattern: /^[1-9]\d{0,14}$/, what: 'bytes' },
  default: String(MAX_INPUT_BYTES),
  help: 'max-bytes',
};

/** -o, --output. @internal */
export const OUTPUT: OptionSpec = {
  name: 'output',
  short: 'o',
  type: 'string',
  arg: '<file>',
  help: 'output',
};

/** --force. @internal */
export const FORCE: OptionSpec = {
  name: 'force',
  type: 'boolean',
  help: 'force',
};

/** --out-encoding. @internal */
export const OUT_ENCODING: OptionSpec = {
  name: 'out-encoding',
  type: 'string',
  arg: '<e>',
  values: ['utf-8', 'shift_jis'],
  default: 'utf-8',
  help: 'out-encoding',
};

/** --places. @internal */
export const PLACES: OptionSpec = {
  name: 'places',
  type: 'string',
  arg: '<n>',
  shape: { pattern: /^\d{1,2}$/, what: 'wholeNumber' },
  default: '2',
  help: 'places',
};

/** The import limits --limits may set: all but the file's bytes, which --max-bytes sets. */
const LIMIT_NAMES = Object.keys(DEFAULT_LIMITS).filter((name) => name !== 'bytes');
const LIMIT_PAIR = `(?:${LIMIT_NAMES.join('|')})=[1-9]\\d{0,14}`;
/** A name given twice (`rows=5,rows=9`): refused rather than one silently winning. */
const TWICE = '(?!(?:.*,)?(\\w+)=\\d+,(?:.*,)?\\1=)';

/** --limits rows=10000,textBytes=8000000: a spreadsheet's import limits, each named once. @internal */
export const LIMITS: OptionSpec = {
  name: 'limits',
  type: 'string',
  arg: '<name=n,…>',
  shape: { pattern: new RegExp(`^${TWICE}${LIMIT_PAIR}(?:,${LIMIT_PAIR})*$`), what: 'limits' },
  help: 'limits',
};

/**
 * The import limits of a command line: --limits, and --max-bytes when given (the file's bytes;
 * not given, the importer's default holds).
 * @internal
 */
export function limitsArg(args: Args): Partial<ImportLimits> {
  const limits: Partial<Record<keyof ImportLimits, number>> = {};
  for (const pair of args.text('limits')?.split(',') ?? []) {
    const [name, value] = pair.split('=') as [keyof ImportLimits, string];
    limits[name] = Number(value);
  }
  if (args.has('max-bytes')) limits.bytes = Number(args.text('max-bytes'));
  return limits;
}

/**
 * The plan fields a spreadsheet may lack (no 計画 sheet), as `munikpi import` takes them; every
 * command that reads a plan takes them for spreadsheets.
 * @internal
 */
export const PLAN_FIELDS: readonly OptionSpec[] = [
  { name: 'map', type: 'string', arg: '<file>', help: 'map' },
  { name: 'id', type: 'string', arg: '<id>', help: 'id' },
  { name: 'municipality', type: 'string', arg: '<name>', help: 'municipality' },
  { name: 'title', type: 'string', arg: '<title>', help: 'title' },
  { name: 'period', type: 'string', arg: '<R3-R6>', help: 'period' },
  { name: 'scale', type: 'string', arg: '<id>', help: 'scale' },
  { name: 'allow-overflow', type: 'boolean', help: 'allow-overflow' },
  LIMITS,
];

/** The CLI flag that gives each plan field an import may lack (importPlan's `plan` option). */
const PLAN_FIELD_FLAGS: Readonly<Record<string, string>> = {
  id: '--id',
  municipality: '--municipality',
  title: '--title',
  period: '--period',
  fiscalYear: '--fy',
  scale: '--scale',
};

/** The names of PLAN_FIELDS, for refusing them where a plan JSON is read. @internal */
export const PLAN_FIELD_NAMES: readonly string[] = PLAN_FIELDS.map((spec) => spec.name);

/** The language chosen with --lang. @internal */
export function languageArg(args: Args): Language {
  return args.text('lang') === 'en' ? 'en' : 'ja';
}

/** The encoding chosen with --encoding. @internal */
export function encodingArg(args: Args): InputEncoding {
  return args.text('encoding') as InputEncoding;
}

/** Reads a file (or stdin for `-`) within the --max-bytes limit. @internal */
export function readArg(path: string, { args, io }: Invocation): Promise<Uint8Array> {
  return readInput(path, { stdin: io.stdin, limit: Number(args.text('max-bytes')) });
}

/** Writes output to -o (a file, safely) or stdout. @internal */
export async function deliver({ args, io }: Invocation, data: string | Uint8Array): Promise<void> {
  const output = args.text('output');
  if (output === undefined || output === '-') io.stdout(data);
  else await writeOutput(output, data, { force: args.flag('force') });
}

/**
 * One line of the CLI's own diagnostics, `munikpi: CODE: message`: the message on one line and
 * made inert (no escape sequence, bidi override or bare CR from the input reaches the terminal).
 * @internal
 */
export function diagnosticLine(word: string, text: string): string {
  return `munikpi: ${word}: ${terminalText(text.replace(/\s*\r?\n\s*/g, ' '))}\n`;
}

/**
 * One problem of a document on its own line, `where: message [CODE]`, in the reader's
 * language, made inert. A spreadsheet's problem names its sheet and cell, and a plan field the
 * table lacks names the CLI flag that gives it (`--id`, not the API's `plan.id`).
 * @internal
 */
export function issueLine(issue: MunikpiIssue | ImportIssue, lang: Language): string {
  const message = 'sheet' in issue ? importIssueMessage(issue, lang) : issue.message;
  return `${terminalText(issue.path)}: ${terminalText(message)} [${issue.code}]\n`;
}

/** An import's problem in the reader's words, else in the importer's own. */
function importIssueMessage(issue: ImportIssue, lang: Language): string {
  const data = issue.data ?? {};
  const field = typeof data.field === 'string' ? data.field : undefined;
  const flag = field === undefined ? null : (PLAN_FIELD_FLAGS[field] ?? null);
  const words = cliWordsFor(lang).cliHelp.importIssue(issue.code, { ...data, header: issue.header, flag });
  return words ?? issue.message;
}

/**
 * The words of an error for the reader: the one place the CLI words what the library threw.
 * Today the library's own (English) message; a usage error in the reader's language.
 * @internal
 */
export function describeError(
  error: unknown,
  lang: Language,
): { readonly code: string; readonly message: string } {
  if (error instanceof MunikpiError) return { code: error.code, message: errorMessage(error, lang) };
  if (error instanceof UsageError) return { code: 'USAGE', message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message: cliWordsFor(lang).cliHelp.internal(message) };
}

/** A warning on stderr, in the reader's language. @internal */
export function warn(io: CliIo, word: string, text: string): void {
  io.stderr(diagnosticLine(word, text));
}

/** Throws a USAGE error (exit 2) with munikpi's own wording. @internal */
export function usage(message: string): never {
  throw new MunikpiError('USAGE', message);
}
