import { MunikpiError } from '../core/errors.js';
import type { CliHelpWords } from '../core/messages/catalogue.js';
import { cliWordsFor } from '../core/messages/cli.js';
import { type Language, wordsFor } from '../core/messages/index.js';
import { VERSION } from '../index.js';
import type { CliIo } from './command.js';
import { COMMANDS } from './commands.js';
import { commandHelp, mainHelp } from './help.js';
import { closest, languageOfArgv, parseOptions, UsageError } from './options.js';
import { describeError, diagnosticLine, issueLine } from './shared.js';

export type { CliIo } from './command.js';

const HELP_FLAGS = new Set(['-h', '--help']);
const VERSION_FLAGS = new Set(['-V', '-v', '--version']);

function unknownCommand(name: string, words: CliHelpWords): UsageError {
  return new UsageError(words.unknownCommand(name, closest(name, COMMANDS.keys())));
}

/** `munikpi help [topic]`: a topic is a command's name, looked up in the table (a Map). */
function help(topic: string | undefined, io: CliIo, words: CliHelpWords): number {
  if (topic === undefined || topic.startsWith('-')) {
    io.stdout(mainHelp(COMMANDS, words));
    return 0;
  }
  const command = COMMANDS.get(topic);
  if (command === undefined) throw unknownCommand(topic, words);
  io.stdout(commandHelp(command, words));
  return 0;
}

/** `--lang en` before the command goes with it: `munikpi --lang en report` is `munikpi report --lang en`. */
function langAfterCommand(argv: readonly string[]): string[] {
  const lang: string[] = [];
  let i = 0;
  while (i < argv.length && (argv[i] === '--lang' || argv[i]?.startsWith('--lang='))) {
    const width = argv[i] === '--lang' ? 2 : 1;
    lang.push(...argv.slice(i, i + width));
    i += width;
  }
  const [command, ...rest] = argv.slice(i);
  return command === undefined ? [] : [command, ...rest, ...lang];
}

/** Runs the command line, its `--lang` already after the command (langAfterCommand). */
async function dispatch(argv: readonly string[], io: CliIo, lang: Language): Promise<number> {
  const words = cliWordsFor(lang).cliHelp;
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(mainHelp(COMMANDS, words));
    return 2;
  }
  if (VERSION_FLAGS.has(first)) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (first === 'help' || HELP_FLAGS.has(first)) return help(rest[0], io, words);
  const command = COMMANDS.get(first);
  if (command === undefined) throw unknownCommand(first, words);
  const { args, positionals } = parseOptions(command.name, rest, command.options, words);
  if (args.flag('help')) {
    io.stdout(commandHelp(command, words));
    return 0;
  }
  const { min, max, what } = command.operands;
  if (positionals.length < min || positionals.length > max)
    throw new UsageError(words.takesOperands(command.name, words.operands[what]));
  return command.run({ args, operands: positionals, io, lang });
}

/**
 * Runs the munikpi command line and returns its exit code: 0 success, 1 audit findings of
 * error severity, 2 usage or invalid input, 70 an internal error. Errors go to stderr as one
 * line with the code (for `import`, each rejected cell follows on its own line); the stack
 * only with `--debug`.
 *
 * @param argv - the arguments after the program name
 * @param io - where to write, and how to read standard input
 * @returns the exit code
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  const lang = languageOfArgv(argv);
  const ordered = langAfterCommand(argv);
  try {
    return await dispatch(ordered, io, lang);
  } catch (error) {
    if (debug && error instanceof Error) io.stderr(`${error.stack ?? error.message}\n`);
    if (error instanceof MunikpiError) {
      // A table's problems follow one a line in the reader's words, after a first line that
      // counts them (a file that is no table at all, such as an old .xls, keeps its own line);
      // `import` lists any error's issues so.
      const table = error.detail?.key === 'importProblems' && error.issues.length > 0;
      const failed = (error.detail?.params as { failed?: unknown } | undefined)?.failed !== false;
      const message = table
        ? wordsFor(lang).errors.importProblemCount({ failed, count: error.issues.length })
        : describeError(error, lang).message;
      io.stderr(diagnosticLine(error.code, message));
      if (table || ordered[0] === 'import')
        for (const issue of error.issues) io.stderr(`  ${issueLine(issue, lang)}`);
      return 2;
    }
    const { code, message } = describeError(error, lang);
    io.stderr(diagnosticLine(code, message));
    return error instanceof UsageError ? 2 : 70;
  }
}
