import { parseArgs } from 'node:util';
import type { CliHelpWords, CliOptionKey, CliShapeKey } from '../core/messages/catalogue.js';

/*
 * Options are declared once, as data: the help text, the parser's configuration and the checks
 * of each value are all read from the same declaration, so they cannot disagree.
 */

/** A command line the CLI does not accept: exit 2 with `munikpi: USAGE: …`. @internal */
export class UsageError extends Error {}

/** One option of a command, declared once. @internal */
export interface OptionSpec {
  /** The long name, without `--`. */
  readonly name: string;
  /** A one-letter alias, without `-`. */
  readonly short?: string;
  /** `boolean` for a switch; `string` for an option that takes a value. */
  readonly type: 'boolean' | 'string';
  /** The value's name in the help (`<file>`); string options only. */
  readonly arg?: string;
  /** The values allowed, when they are a closed list. */
  readonly values?: readonly string[];
  /** Other words accepted for an allowed value (`毎年度` for `annual`), each mapped to it. */
  readonly words?: Readonly<Record<string, readonly string[]>>;
  /** A value's shape, when it is not a closed list: checked, and named in the message. */
  readonly shape?: { readonly pattern: RegExp; readonly what: CliShapeKey };
  /** The value used when the option is not given (shown in the help). */
  readonly default?: string;
  /** Whether the command refuses to run without it (shown in the help). */
  readonly required?: boolean;
  /** Its help, in the catalogue (section cliHelp.option): one line, or a few joined by `\n`. */
  readonly help: CliOptionKey;
}

/** --lang: the language of the help, the messages and the output. @internal */
export const LANG: OptionSpec = {
  name: 'lang',
  type: 'string',
  arg: '<lang>',
  values: ['ja', 'en'],
  default: 'ja',
  help: 'lang',
};

/** The options every command takes, after its own. @internal */
export const ALWAYS: readonly OptionSpec[] = [
  LANG,
  { name: 'debug', type: 'boolean', help: 'debug' },
  { name: 'help', short: 'h', type: 'boolean', help: 'help' },
];

/**
 * The language a command line asks for with `--lang en` or `--lang=en`, read before the line is
 * parsed, so that the help and the refusal of a bad line speak it too. Default ja.
 * @internal
 */
export function languageOfArgv(argv: readonly string[]): 'ja' | 'en' {
  let lang: 'ja' | 'en' = 'ja';
  argv.forEach((arg, i) => {
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === 'en' || value === 'ja') lang = value;
  });
  return lang;
}

/** The parsed options of one command line: read through their declaration. @internal */
export class Args {
  readonly #specs: ReadonlyMap<string, OptionSpec>;
  readonly #values: ReadonlyMap<string, string | boolean>;
  readonly #command: string;
  readonly #words: CliHelpWords;

  constructor(
    specs: ReadonlyMap<string, OptionSpec>,
    values: ReadonlyMap<string, string | boolean>,
    command: string,
    words: CliHelpWords,
  ) {
    this.#specs = specs;
    this.#values = values;
    this.#command = command;
    this.#words = words;
  }

  #spec(name: string): OptionSpec {
    const spec = this.#specs.get(name);
    // A command reading an option it did not declare is a bug in munikpi, not a usage error.
    if (spec === undefined) throw new Error(`munikpi reads --${name}, which the command does not declare`);
    return spec;
  }

  /** Whether the user gave the option. */
  has(name: string): boolean {
    this.#spec(name);
    return this.#values.has(name);
  }

  /** A string option's value (checked, words mapped), else its default. */
  text(name: string): string | undefined {
    const spec = this.#spec(name);
    const value = this.#values.get(name);
    return typeof value === 'string' ? value : spec.default;
  }

  /** A string option's value the command needs: declared `required`, so parsing made sure of it. */
  need(name: string): string {
    const value = this.text(name);
    if (value === undefined) throw new UsageError(this.#words.needsOption(this.#command, `--${name}`));
    return value;
  }

  /** A switch. */
  flag(name: string): boolean {
    this.#spec(name);
    return this.#values.get(name) === true;
  }

  /** The names of the options given, in declaration order. */
  given(): string[] {
    return [...this.#specs.keys()].filter((name) => this.#values.has(name));
  }
}

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(
        Math.min((row[j - 1] as number) + 1, (previous[j] as number) + 1, (previous[j - 1] as number) + cost),
      );
    }
    previous = row;
  }
  return previous[b.length] as number;
}

/**
 * The known name closest to a mistyped one, when it is close enough to be a likely typo.
 * @internal
 */
export function closest(name: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const d = candidate.startsWith(name) && name.length >= 2 ? 0.5 : distance(name, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(name.length / 3)) ? best : undefined;
}

function checkValue(spec: OptionSpec, raw: string, words: CliHelpWords): string {
  if (spec.values !== undefined) {
    if (spec.values.includes(raw)) return raw;
    const folded = raw.normalize('NFKC').trim();
    for (const [value, accepted] of Object.entries(spec.words ?? {}))
      if (accepted.includes(folded)) return value;
    throw new UsageError(
      words.notOneOf(`--${spec.name}`, spec.values, Object.values(spec.words ?? {}).flat(), raw),
    );
  }
  if (spec.shape !== undefined && !spec.shape.pattern.test(raw)) {
    throw new UsageError(words.notShape(`--${spec.name}`, words.shape[spec.shape.what], raw));
  }
  return raw;
}

/**
 * Parses a command's arguments against its declared options: unknown options get munikpi's
 * own message with the closest known option, values are checked against the declaration.
 * @internal
 */
export function parseOptions(
  command: string,
  args: readonly string[],
  declared: readonly OptionSpec[],
  words: CliHelpWords,
): { readonly args: Args; readonly positionals: string[] } {
  const specs = new Map<string, OptionSpec>();
  for (const spec of [...declared, ...ALWAYS]) {
    specs.set(spec.name, spec);
  }
  const config: Record<string, { type: 'string' | 'boolean'; short?: string }> = Object.create(null);
  for (const spec of specs.values()) {
    config[spec.name] =
      spec.short === undefined ? { type: spec.type } : { type: spec.type, short: spec.short };
  }
  // strict: false hands every token back, so that munikpi words each problem itself.
  const { tokens } = parseArgs({
    args: [...args],
    options: config,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values = new Map<string, string | boolean>();
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    // parseArgs names a declared short option by its long name; an undeclared one by its letter.
    const found = specs.get(token.name);
    const spec =
      token.rawName.startsWith('--') || found?.short === token.rawName.slice(1) ? found : undefined;
    if (spec === undefined) throw unknownOption(command, token.rawName, specs, words);
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(words.takesNoValue(`--${spec.name}`));
      values.set(spec.name, true);
    } else {
      if (token.value === undefined) throw new UsageError(words.needsValue(`--${spec.name}`, spec.arg ?? ''));
      values.set(spec.name, checkValue(spec, token.value, words));
    }
  }
  if (values.get('help') !== true) {
    const missing = declared.find((spec) => spec.required === true && !values.has(spec.name));
    if (missing !== undefined) throw new UsageError(words.needsOption(command, `--${missing.name}`));
  }
  return { args: new Args(specs, values, command, words), positionals };
}

function unknownOption(
  command: string,
  rawName: string,
  specs: ReadonlyMap<string, OptionSpec>,
  words: CliHelpWords,
): UsageError {
  const name = rawName.replace(/^-+/, '');
  const guess = rawName.startsWith('--') ? closest(name, specs.keys()) : undefined;
  return new UsageError(
    words.unknownOption(rawName, command, guess === undefined ? undefined : `--${guess}`),
  );
}

/** The help lines of a list of options, aligned at `width` (or wider, for a long name). @internal */
export function optionLines(options: readonly OptionSpec[], words: CliHelpWords, width = 0): string {
  const heads = options.map((spec) => {
    const short = spec.short === undefined ? '    ' : `-${spec.short}, `;
    return `  ${short}--${spec.name}${spec.type === 'string' ? ` ${spec.arg ?? '<value>'}` : ''}`;
  });
  const column = Math.max(width, ...heads.map((head) => head.length + 2));
  const pad = ' '.repeat(column);
  return options
    .map((spec, i) => {
      const notes: string[] = [];
      if (spec.values !== undefined) notes.push(spec.values.join(' | '));
      if (spec.default !== undefined) notes.push(words.defaultValue(spec.default));
      if (spec.required === true) notes.push(words.required);
      const lines = [
        ...words.option[spec.help].split('\n'),
        ...(notes.length === 0 ? [] : [`(${notes.join('; ')})`]),
      ];
      const [first, ...rest] = lines;
      return [`${(heads[i] as string).padEnd(column)}${first}`, ...rest.map((line) => `${pad}${line}`)].join(
        '\n',
      );
    })
    .join('\n');
}

/** The width of the name column for some lists of options, so that they align. @internal */
export function optionWidth(...lists: readonly (readonly OptionSpec[])[]): number {
  return Math.max(
    ...lists
      .flat()
      .map(
        (spec) => 10 + spec.name.length + (spec.type === 'string' ? 1 + (spec.arg ?? '<value>').length : 0),
      ),
  );
}
