import { MunikpiError } from '../core/errors.js';
import { VERSION } from '../index.js';
import type { CliIo } from './command.js';
import { COMMANDS } from './commands.js';
import { commandHelp, mainHelp } from './help.js';
import { closest, parseOptions, UsageError } from './options.js';
import { diagnosticLine, issueLine } from './shared.js';

export type { CliIo } from './command.js';

const HELP_FLAGS = new Set(['-h', '--help']);
const VERSION_FLAGS = new Set(['-V', '-v', '--version']);

function unknownCommand(name: string): UsageError {
  const guess = closest(name, COMMANDS.keys());
  return new UsageError(
    `unknown command ${JSON.stringify(name)}; ${guess === undefined ? 'see munikpi --help' : `did you mean ${guess}?`}`,
  );
}

/** `munikpi help [topic]`: a topic is a command's name, looked up in the table (a Map). */
function help(topic: string | undefined, io: CliIo): number {
  if (topic === undefined || HELP_FLAGS.has(topic)) {
    io.stdout(mainHelp(COMMANDS));
    return 0;
  }
  const command = COMMANDS.get(topic);
  if (command === undefined) throw unknownCommand(topic);
  io.stdout(commandHelp(command));
  return 0;
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(mainHelp(COMMANDS));
    return 2;
  }
  if (VERSION_FLAGS.has(first)) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (first === 'help' || HELP_FLAGS.has(first)) return help(rest[0], io);
  const command = COMMANDS.get(first);
  if (command === undefined) throw unknownCommand(first);
  const { args, positionals } = parseOptions(command.name, rest, command.options);
  if (args.flag('help')) {
    io.stdout(commandHelp(command));
    return 0;
  }
  const { min, max, what } = command.operands;
  if (positionals.length < min || positionals.length > max)
    throw new UsageError(`${command.name} takes ${what}`);
  return command.run({ args, operands: positionals, io });
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
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const line = diagnosticLine;
    if (debug && error instanceof Error) io.stderr(`${error.stack ?? error.message}\n`);
    if (error instanceof MunikpiError) {
      io.stderr(line(error.code, error.message));
      if (argv[0] === 'import') for (const issue of error.issues) io.stderr(`  ${issueLine(issue)}`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.stderr(line('USAGE', error.message));
      return 2;
    }
    io.stderr(
      line('INTERNAL', `${error instanceof Error ? error.message : String(error)} (please report this)`),
    );
    return 70;
  }
}
