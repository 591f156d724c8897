/*
 * The import budget: how much of a file importPlan is willing to read, decided before the work
 * that would cost it (the archive's declared sizes, a sheet's declared range, a CSV's line
 * count), and enforced again while reading in case the declarations lie.
 */

import { errorOf, type MunikpiError, optionsOf } from '../core/errors.js';
import { MAX_SPREADSHEET_BYTES } from '../core/limits.js';
import { type LimitFound, notAboveZero, notALimit, overLimit } from '../core/messages/errors-en.js';

/** Limits on what {@link importPlan} reads; each can be raised through `ImportOptions.limits`. */
export interface ImportLimits {
  /** The largest file, in bytes (an .xlsx archive may hold pictures the importer never reads). Default 20,000,000. */
  readonly bytes: number;
  /**
   * The most bytes of text parsed: a CSV file's bytes, or the XML inflated from an .xlsx archive
   * (its sheets, shared strings and styles together). Default 3,000,000.
   */
  readonly textBytes: number;
  /** The most rows a sheet or CSV file may reach (an .xlsx sheet's declared range included). Default 2,000. */
  readonly rows: number;
  /** The most columns a sheet or CSV row may reach. Default 1,024. */
  readonly columns: number;
  /** The most cells holding a value, or covered by a merged range, in all sheets together. Default 50,000. */
  readonly cells: number;
  /** The most shared strings an .xlsx workbook may hold. Default 100,000. */
  readonly sharedStrings: number;
}

/**
 * The default import limits: room for any progress table an office keeps (two thousand rows
 * and 3 MB of text: Kodaira's table has under a hundred rows), such that the largest file they
 * let in imports, and its plan reads back, within 2 CPU seconds and 300 MB (test/io/hostile-cli.test.ts).
 * @internal
 */
export const DEFAULT_LIMITS: ImportLimits = Object.freeze({
  bytes: MAX_SPREADSHEET_BYTES,
  textBytes: 3_000_000,
  rows: 2_000,
  columns: 1_024,
  cells: 50_000,
  sharedStrings: 100_000,
});

/**
 * The limits of one import: the defaults, with those the caller raised or lowered.
 * @internal
 */
export function limitsOf(given: Partial<ImportLimits> | undefined): ImportLimits {
  const options = optionsOf(given) as Partial<Record<string, unknown>>;
  const limits: Record<string, number> = { ...DEFAULT_LIMITS };
  for (const [key, value] of Object.entries(options)) {
    if (!Object.hasOwn(DEFAULT_LIMITS, key)) {
      throw errorOf(
        'INVALID_OPTION',
        { notALimit },
        { key, limits: Object.keys(DEFAULT_LIMITS) },
        { input: key },
      );
    }
    if (value === undefined) continue;
    if (!(typeof value === 'number' && Number.isSafeInteger(value) && value > 0)) {
      throw errorOf('INVALID_OPTION', { notAboveZero }, { name: `limits.${key}`, input: value });
    }
    limits[key] = value;
  }
  return Object.freeze(limits) as unknown as ImportLimits;
}

/**
 * The error for input over a limit (`INPUT_TOO_LARGE`; `DOCUMENT_TOO_LARGE` for the file's
 * bytes): what was found, the limit, and the option that raises it.
 * @internal
 */
export function tooLarge(
  limit: keyof ImportLimits,
  limits: ImportLimits,
  found: LimitFound,
  trim = false,
): MunikpiError {
  const value = limits[limit];
  // The file's own size has the code every reader of munikpi uses for it (parsePlan, the CLI).
  return errorOf(
    limit === 'bytes' ? 'DOCUMENT_TOO_LARGE' : 'INPUT_TOO_LARGE',
    { overLimit },
    { key: limit, max: value, found, trim },
    { input: { limit: `limits.${limit}`, value } },
  );
}
