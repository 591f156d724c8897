import { MunikpiError, type MunikpiIssue } from '../core/errors.js';
import type { Language } from '../core/messages/index.js';
import { terminalText } from '../core/text.js';
import type { CliIo, Invocation } from './command.js';
import { type InputEncoding, readInput } from './input.js';
import { MAX_INPUT_BYTES } from './limits.js';
import type { Args, OptionSpec } from './options.js';
import { writeOutput } from './output.js';

/*
 * The options several commands share, each declared once here. A command lists the ones it
 * takes; any other is refused as unknown.
 */

/** --lang. @internal */
export const LANG: OptionSpec = {
  name: 'lang',
  type: 'string',
  arg: '<lang>',
  values: ['ja', 'en'],
  default: 'ja',
  help: 'words in Japanese or English',
};

/** --encoding. @internal */
export const ENCODING: OptionSpec = {
  name: 'encoding',
  type: 'string',
  arg: '<e>',
  values: ['auto', 'utf-8', 'shift_jis'],
  default: 'auto',
  help: 'input text encoding (auto: UTF-8 when valid, else Shift_JIS)',
};

/** --max-bytes. @internal */
export const MAX_BYTES: OptionSpec = {
  name: 'max-bytes',
  type: 'string',
  arg: '<n>',
  shape: { pattern: /^[1-9]\d{0,14}$/, what: 'a whole number of bytes' },
  default: String(MAX_INPUT_BYTES),
  help: 'the largest input read, in bytes; larger input is refused\nbefore it is read whole',
};

/** -o, --output. @internal */
export const OUTPUT: OptionSpec = {
  name: 'output',
  short: 'o',
  type: 'string',
  arg: '<file>',
  help: 'write to a regular file (whole or not at all, keeping its mode);\n- is stdout',
};

/** --force. @internal */
export const FORCE: OptionSpec = {
  name: 'force',
  type: 'boolean',
  help: '-o may write into a device, FIFO, symbolic link or hard-linked file',
};

/** --out-encoding. @internal */
export const OUT_ENCODING: OptionSpec = {
  name: 'out-encoding',
  type: 'string',
  arg: '<e>',
  values: ['utf-8', 'shift_jis'],
  default: 'utf-8',
  help: 'csv output encoding (UTF-8 with a BOM)',
};

/** --places. @internal */
export const PLACES: OptionSpec = {
  name: 'places',
  type: 'string',
  arg: '<n>',
  shape: { pattern: /^\d{1,2}$/, what: 'a whole number' },
  default: '2',
  help: 'decimal places for KPI percentages',
};

/**
 * The plan fields a spreadsheet may lack (no 計画 sheet), as `munikpi import` takes them; every
 * command that reads a plan takes them for spreadsheets.
 * @internal
 */
export const PLAN_FIELDS: readonly OptionSpec[] = [
  { name: 'map', type: 'string', arg: '<file>', help: 'a mapping file (JSON) for other layouts' },
  { name: 'id', type: 'string', arg: '<id>', help: "the plan's id" },
  { name: 'municipality', type: 'string', arg: '<name>', help: 'the municipality (小平市)' },
  { name: 'title', type: 'string', arg: '<title>', help: "the plan's title" },
  { name: 'period', type: 'string', arg: '<R3-R6>', help: 'the plan period (else the 計画 sheet gives it)' },
  { name: 'scale', type: 'string', arg: '<id>', help: 'a rating scale munikpi ships (default kodaira-sab)' },
  {
    name: 'allow-overflow',
    type: 'boolean',
    help: 'read 平成32年度 and the like as old documents meant them',
  },
];

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

/** One problem of a document on its own line, `path: message [CODE]`, made inert. @internal */
export function issueLine(issue: MunikpiIssue): string {
  return `${terminalText(issue.path)}: ${terminalText(issue.message)} [${issue.code}]\n`;
}

/** A warning on stderr, in the reader's language. @internal */
export function warn(io: CliIo, word: string, text: string): void {
  io.stderr(diagnosticLine(word, text));
}

/** Throws a USAGE error (exit 2) with munikpi's own wording. @internal */
export function usage(message: string): never {
  throw new MunikpiError('USAGE', message);
}
