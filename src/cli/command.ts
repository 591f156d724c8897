import type { CliCommandName, CliOperandKey } from '../core/messages/catalogue.js';
import type { Language } from '../core/messages/index.js';
import type { ReadStdin } from './input.js';
import type { Args, OptionSpec } from './options.js';

/** Where the CLI reads and writes. Tests pass their own; the bin passes the process's. */
export interface CliIo {
  /** Writes to standard output. */
  stdout(data: string | Uint8Array): void;
  /** Writes to standard error. */
  stderr(text: string): void;
  /** Standard input (for `-`): a stream of chunks, or all of it at once. */
  stdin?: ReadStdin;
}

/** What a command runs with: its checked options, its operands and the io. @internal */
export interface Invocation {
  readonly args: Args;
  readonly operands: readonly string[];
  readonly io: CliIo;
  /** The language asked for with --lang (default ja): help, messages and output. */
  readonly lang: Language;
}

/** One command of the table: everything its help, parsing and checks come from. @internal */
export interface Command {
  /** The word after `munikpi`; its summary and help paragraphs are in the catalogue (cliHelp.command). */
  readonly name: CliCommandName;
  /** The synopsis after `munikpi <name>`: `[file] [options]`. */
  readonly synopsis: string;
  /** How many operands it takes, and how the refusal names them (cliHelp.operands). */
  readonly operands: { readonly min: number; readonly max: number; readonly what: CliOperandKey };
  /** Its options, each declared once. */
  readonly options: readonly OptionSpec[];
  /** Runs it and returns the exit code. */
  run(invocation: Invocation): Promise<number>;
}
