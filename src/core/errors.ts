import { notABoolean, notAnObject } from './messages/errors-en.js';

export { quote } from './quote.js';

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
  /** The catalogue key of the message and its parameters, for {@link errorMessage}. */
  readonly detail?: ErrorDetail;
}

/**
 * Which message of the catalogue's `errors` section an error carries, and with what: enough to
 * word it again in another language with {@link errorMessage}.
 */
export interface ErrorDetail {
  /** A key of the catalogue's `errors` section, such as `notAFiscalYear`. */
  readonly key: string;
  /** The named parameters the message is worded from (the input, a field name, a limit). */
  readonly params: Readonly<Record<string, unknown>>;
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
   * The catalogue key of the message and its parameters, so that {@link errorMessage} can word
   * the error in Japanese; undefined for an error made with a message of the caller's own.
   */
  declare readonly detail: ErrorDetail | undefined;

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
    this.detail = options.detail;
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

/** One message of the catalogue's `errors` section, keyed by its name: `{ notAnObject }`. @internal */
export type ErrorText<P> = { readonly [key: string]: (params: P) => string };

/**
 * A MunikpiError worded by one English message of the catalogue, which keeps the message's key
 * and parameters in `detail`. The message is passed as `{ key }` (the English function, imported
 * from messages/errors-en under its key) so that a bundle carries only the messages it throws.
 * The input is `params.input` unless the options give another.
 * @internal
 */
export function errorOf<P extends object>(
  code: MunikpiErrorCode,
  text: ErrorText<P>,
  params: P,
  options: MunikpiErrorOptions = {},
): MunikpiError {
  let key = '';
  for (key in text) break;
  return new MunikpiError(code, (text[key] as (params: P) => string)(params), {
    input: (params as { input?: unknown }).input,
    ...options,
    // The params are the throw site's own literal: freezing it freezes no caller's object.
    detail: { key, params: Object.freeze(params) },
  });
}

/**
 * Throws {@link errorOf}: `fail('INVALID_DATE', { notADate }, { input })`.
 * @internal
 */
export function fail<P extends object>(
  code: MunikpiErrorCode,
  text: ErrorText<P>,
  params: P,
  options?: MunikpiErrorOptions,
): never {
  throw errorOf(code, text, params, options);
}

/**
 * An options argument, checked: absent gives `{}`; anything but a plain object (null, a
 * number, an array) is refused with INVALID_ARGUMENT.
 * @internal
 */
export function optionsOf<T extends object>(options: T | undefined): Partial<T> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    fail('INVALID_ARGUMENT', { notAnObject }, { input: options });
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
  if (typeof value !== 'boolean') fail('INVALID_OPTION', { notABoolean }, { input: value, name });
  return value;
}
