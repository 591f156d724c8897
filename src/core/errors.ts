/** A stable error code; {@link ERROR_CODES} says what each means. */
export type MunikpiErrorCode =
  | 'INVALID_DATE'
  | 'DATE_OUT_OF_RANGE'
  | 'BEFORE_GREGORIAN'
  | 'UNKNOWN_ERA'
  | 'ERA_YEAR_OUT_OF_RANGE'
  | 'INVALID_WAREKI'
  | 'INVALID_FISCAL_YEAR'
  | 'INPUT_TOO_LONG'
  | 'INVALID_OPTION'
  | 'INVALID_ARGUMENT'
  | 'INVALID_NUMBER'
  | 'NEGATIVE_VALUE'
  | 'NOT_AN_INTEGER'
  | 'TARGET_EQUALS_BASELINE'
  | 'MISSING_BASELINE'
  | 'MISSING_OBSERVATION'
  | 'FISCAL_YEAR_OUTSIDE_PERIOD'
  | 'YEAR_TARGET_WRONG_DIRECTION'
  | 'INVALID_KPI'
  | 'UNKNOWN_RATING'
  | 'INVALID_SCALE'
  | 'INVALID_PLAN'
  | 'INVALID_JSON'
  | 'FORBIDDEN_KEY'
  | 'NESTING_TOO_DEEP'
  | 'DOCUMENT_TOO_LARGE'
  | 'INPUT_TOO_LARGE'
  | 'DUPLICATE_ID'
  | 'INVALID_CSV'
  | 'INVALID_ENCODING'
  | 'IMPORT_FAILED'
  | 'FILE_NOT_FOUND'
  | 'FILE_UNREADABLE'
  | 'UNSAFE_OUTPUT'
  | 'USAGE';

/**
 * Every error code munikpi throws, with what it means. Codes are stable: switch on them.
 *
 * @example
 * import { ERROR_CODES } from 'munikpi';
 * ERROR_CODES.INVALID_DATE.startsWith('A date that does not exist'); // true
 */
export const ERROR_CODES: { readonly [Code in MunikpiErrorCode]: string } = {
  INVALID_DATE: 'A date that does not exist (2023-02-30), an Invalid Date, or text that is not YYYY-MM-DD.',
  DATE_OUT_OF_RANGE: 'A date after 9999-12-31, or a fiscal year whose days fall outside 1873..9999.',
  BEFORE_GREGORIAN: 'A date before 1873-01-01, the first day Japan used the Gregorian calendar.',
  UNKNOWN_ERA: 'An era name or initial that is not 明治, 大正, 昭和, 平成 or 令和 (M, T, S, H, R).',
  ERA_YEAR_OUT_OF_RANGE: 'An era year or date outside the era (平成31年5月1日, 令和0年); overflow is opt-in.',
  INVALID_WAREKI: 'Text that is not an era date in any accepted form.',
  INVALID_FISCAL_YEAR: 'A fiscal year that is not a whole number in range, or text that names none.',
  INPUT_TOO_LONG: 'Text longer than the function accepts (see its documentation).',
  INVALID_OPTION: 'An option with a value outside what the function accepts.',
  INVALID_ARGUMENT: 'An argument of the wrong type (null, an array, an object where text was expected).',
  INVALID_NUMBER: 'A value that is not a finite decimal number (NaN, Infinity, "abc", 1e400).',
  NEGATIVE_VALUE: 'A negative count or amount of money.',
  NOT_AN_INTEGER: 'A count that is not a whole number.',
  TARGET_EQUALS_BASELINE: 'Progress would divide by zero: the target equals the baseline.',
  MISSING_BASELINE: 'The calculation needs a baseline value that the KPI does not give.',
  MISSING_OBSERVATION: 'The calculation needs an actual for a fiscal year that has none.',
  FISCAL_YEAR_OUTSIDE_PERIOD: "A fiscal year outside the KPI's or the plan's period.",
  YEAR_TARGET_WRONG_DIRECTION: 'A per-year target that moves away from the final target.',
  INVALID_KPI: 'A KPI definition that contradicts itself (an unknown kind, a missing deadline).',
  UNKNOWN_RATING: 'A rating code that is not on the scale.',
  INVALID_SCALE: 'A rating scale with no levels, or with duplicate codes.',
  INVALID_PLAN:
    'A plan that is not valid; `issues` lists every problem with its path and one code (PLAN_ISSUE_CODES).',
  INVALID_JSON: 'Text that is not JSON, or JSON with duplicate keys.',
  FORBIDDEN_KEY: 'A `__proto__`, `constructor` or `prototype` key in a document.',
  NESTING_TOO_DEEP: 'A document nested deeper than the parser allows.',
  DOCUMENT_TOO_LARGE: 'A document or file larger than the parser allows.',
  INPUT_TOO_LARGE:
    'A spreadsheet over an import limit (inflated size, rows, columns, cells, shared strings); the message names the limit and the option that raises it.',
  DUPLICATE_ID: 'Two items in one list share an id.',
  INVALID_CSV: 'CSV that cannot be read (broken quoting, no header).',
  INVALID_ENCODING: 'Bytes that are not valid in the chosen or detected text encoding.',
  IMPORT_FAILED: 'A spreadsheet import with rejected cells; `issues` lists every one.',
  FILE_NOT_FOUND: 'A file that does not exist or cannot be read.',
  FILE_UNREADABLE: 'A file that exists but cannot be read (permission denied, an I/O error).',
  UNSAFE_OUTPUT:
    'An output path the CLI will not write over (a device, FIFO, directory, symbolic link or hard-linked file, unless --force) or cannot write.',
  USAGE: 'A command line that the CLI does not accept.',
};

/**
 * One problem found in a document, with its path (as in zod: `programs[3].reports.2023.rating`).
 */
export interface MunikpiIssue {
  /** Where the problem is, as a readable path such as `programs[3].reports.2023.rating`. */
  readonly path: string;
  /** A stable code for this problem (a zod code or a munikpi code). */
  readonly code: string;
  /** What is wrong and what would be valid. */
  readonly message: string;
}

/** Extra data attached to a {@link MunikpiError}. */
export interface MunikpiErrorOptions {
  /** The offending input, as given. */
  readonly input?: unknown;
  /** Every problem found, for errors about whole documents. */
  readonly issues?: readonly MunikpiIssue[];
  /** The error that caused this one. */
  readonly cause?: unknown;
}

const BRAND = Symbol.for('munikpi.MunikpiError');

/**
 * The one error class munikpi throws for bad input. `code` is stable; `input` is what was given.
 *
 * `instanceof MunikpiError` works across the ESM and CommonJS builds and across copies of the
 * package, because it checks a registered brand rather than the prototype chain.
 *
 * @example
 * import { MunikpiError, parseWareki } from 'munikpi';
 * try {
 *   parseWareki('平成31年5月1日');
 * } catch (error) {
 *   if (error instanceof MunikpiError) error.code; // 'ERA_YEAR_OUT_OF_RANGE'
 * }
 */
export class MunikpiError extends Error {
  // `declare`: set in the constructor, with no field initialisers emitted.
  /** A stable code to switch on; see {@link ERROR_CODES}. */
  declare readonly code: MunikpiErrorCode;
  /** The offending input, as given. */
  declare readonly input: unknown;
  /** Every problem found, for errors about whole documents (empty otherwise). */
  declare readonly issues: readonly MunikpiIssue[];

  /**
   * @param code - one of {@link ERROR_CODES}
   * @param message - what is wrong, naming the input
   * @param options - the input, the issues and the cause
   */
  constructor(code: MunikpiErrorCode, message: string, options: MunikpiErrorOptions = {}) {
    // Error reads only `cause` from the options.
    super(message, options);
    this.name = 'MunikpiError';
    this.code = code;
    this.input = options.input;
    this.issues = Object.freeze(options.issues ? [...options.issues] : []);
  }

  /**
   * True for any MunikpiError, from either build or another copy of the package.
   *
   * @param value - anything
   * @returns whether value is a MunikpiError
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return (value as Record<symbol, unknown> | null | undefined)?.[BRAND] === true;
  }
}

// The brand lives on the prototype, so every copy of the class (ESM, CommonJS, another
// version of the package) recognises the others' errors.
(MunikpiError.prototype as unknown as Record<symbol, boolean>)[BRAND] = true;

/**
 * The time of a real Date, read through Date.prototype so that an object that only inherits
 * from Date.prototype (or a Date with a getter or a toISOString of its own) cannot throw here.
 */
function timeOf(input: unknown): number | null {
  if (typeof input !== 'object' || input === null) return null;
  try {
    return Date.prototype.getTime.call(input);
  } catch {
    return null;
  }
}

/** Array.isArray, which throws on a revoked Proxy: that is 'an object' here. */
function arrayLike(input: object): boolean {
  try {
    return Array.isArray(input);
  } catch {
    return false;
  }
}

/**
 * Quote user input for an error message: short, one line, no control characters.
 * @internal
 */
export function quote(input: unknown): string {
  const time = timeOf(input);
  if (time !== null) return Number.isNaN(time) ? 'Invalid Date' : new Date(time).toISOString();
  if (typeof input === 'function') return 'a function';
  if (typeof input === 'object' && input) return arrayLike(input) ? 'an array' : 'an object';
  const text = String(input);
  const short = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return typeof input === 'string' ? JSON.stringify(short) : short;
}

/**
 * Throws a MunikpiError whose message names the input: `"2023-02-30" is not a date …`.
 * @internal
 */
export function fail(code: MunikpiErrorCode, input: unknown, what: string): never {
  throw new MunikpiError(code, `${quote(input)} ${what}`, { input });
}

/**
 * An options argument, checked: absent gives `{}`; anything but a plain object (null, a
 * number, an array) is refused with INVALID_ARGUMENT.
 * @internal
 */
export function optionsOf<T extends object>(options: T | undefined): Partial<T> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    fail('INVALID_ARGUMENT', options, 'is not an object');
  }
  return options;
}

/**
 * A boolean option, checked: absent gives the fallback; anything but true or false is refused
 * with INVALID_OPTION.
 * @internal
 */
export function flagOption(value: unknown, name: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') fail('INVALID_OPTION', value, `is not true or false (${name})`);
  return value;
}
