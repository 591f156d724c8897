/*
 * The bounds every module shares, written once. A fiscal year is a whole number whose days lie
 * in 1873-01-01 (the first Gregorian day in Japan) .. 9999-12-31; an April-start year must end
 * by then, so the last is 9998 (9999 for a January-start year).
 */

/** The first calendar year munikpi reads: 1873, when Japan adopted the Gregorian calendar. @internal */
export const FIRST_YEAR = 1873;

/** The last calendar year munikpi reads. @internal */
export const LAST_YEAR = 9999;

/** The first fiscal year: its days begin in 1873. @internal */
export const FISCAL_YEAR_MIN = FIRST_YEAR;

/** The last April-start fiscal year: 9998 ends on 9999-03-31. @internal */
export const FISCAL_YEAR_MAX = LAST_YEAR - 1;

/** Whether a value is a fiscal year munikpi accepts (April start): a whole number 1873..9998. @internal */
export function isFiscalYearNumber(value: unknown): value is number {
  return (
    Number.isInteger(value) && (value as number) >= FISCAL_YEAR_MIN && (value as number) <= FISCAL_YEAR_MAX
  );
}

/*
 * Size limits: one set, shared by readJson, parsePlan, validatePlan, the importer and the CLI,
 * so that whatever munikpi writes it can read back. docs/data-format.md lists each and how to
 * raise it.
 */

/**
 * The largest plan document read, in UTF-8 bytes: readJson, parsePlan, validatePlan and the
 * CLI's input (raise it per call with `maxBytes`). The importer writes nothing larger at its
 * default limits.
 *
 * @example
 * import { MAX_PLAN_BYTES } from 'munikpi/schema';
 * MAX_PLAN_BYTES; // 32000000
 */
export const MAX_PLAN_BYTES = 32_000_000;

/**
 * The largest spreadsheet (.xlsx or .csv) the importer reads, in bytes.
 *
 * @example
 * import { MAX_SPREADSHEET_BYTES } from 'munikpi/schema';
 * MAX_SPREADSHEET_BYTES; // 20000000
 */
export const MAX_SPREADSHEET_BYTES = 20_000_000;

/**
 * The deepest nesting of objects and arrays read from a document (raise it with `maxDepth`).
 *
 * @example
 * import { MAX_DEPTH } from 'munikpi/schema';
 * MAX_DEPTH; // 64
 */
export const MAX_DEPTH = 64;

/**
 * How many items each list of a plan may hold, and how long its texts may be.
 *
 * @example
 * import { PLAN_LIMITS } from 'munikpi/schema';
 * PLAN_LIMITS.programs; // 100000
 */
export const PLAN_LIMITS = Object.freeze({
  /** Programs in a plan. */
  programs: 100_000,
  /** Directions in a plan. */
  directions: 1000,
  /** KPIs of one program. */
  kpis: 1000,
  /** Action items of one program. */
  actionItems: 1000,
  /** Observations of one KPI. */
  observations: 200,
  /** Declared summaries of a plan. */
  summaries: 200,
  /** Rows of one summary. */
  summaryRows: 1000,
  /** Lines of one text list (results, notes, …). */
  lines: 1000,
  /** Levels of a rating scale. */
  levels: 20,
  /** Characters of a name or other required text. */
  text: 10_000,
  /** Characters of one line of free text. */
  prose: 100_000,
  /** Characters of an id. */
  id: 200,
  /** Characters of a rating code. */
  code: 20,
  /** A program's or direction's number. */
  number: 100_000,
  /** A count in a summary. */
  count: 1_000_000,
} as const);

/**
 * How many problems a validation lists: at most `perCode` of each code and `total` in all;
 * the rest are counted, one line per code ("and 4,499,855 more of the same kind").
 *
 * @example
 * import { ISSUE_LIMITS } from 'munikpi/schema';
 * ISSUE_LIMITS.total; // 1000
 */
export const ISSUE_LIMITS = Object.freeze({
  /** Issues of one code listed. */
  perCode: 100,
  /** Issues listed in all. */
  total: 1000,
} as const);

/** The munikpi flag that raises the input limit, named in every refusal. @internal */
export const MAX_BYTES_FLAG = '--max-bytes';

/**
 * The munikpi flag that raises an import limit (`limits.rows` → `--limits rows=N`); a file's
 * bytes are raised with `--max-bytes`. For the messages that name a limit.
 * @internal
 */
export function limitFlag(key: string): string {
  return key === 'bytes' ? `${MAX_BYTES_FLAG} N` : `--limits ${key}=N`;
}
