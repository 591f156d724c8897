import { errorOf, flagOption, optionsOf } from '../core/errors.js';
import { LAST_YEAR } from '../core/limits.js';
import {
  afterEraEnded,
  afterLastYear,
  beforeEraBegan,
  eraDateBeforeGregorian,
  eraDateDoesNotExist,
  eraYearZero,
  isAFiscalYear,
  notAnEraDate,
  notInAnyForm,
  notTextFor,
  textTooLong,
  unknownEra,
  weekdayMismatch,
} from '../core/messages/errors-en.js';
import type { CalendarDate } from './calendar-date.js';
import { ERAS, type Era } from './eras.js';
import { kanjiValue } from './numerals.js';
import {
  checkScan,
  digitValue,
  INVALID_AFTER_ERA,
  INVALID_BAD_DATE,
  INVALID_BEFORE_ERA,
  INVALID_BEFORE_GREGORIAN,
  INVALID_OUT_OF_RANGE,
  INVALID_WEEKDAY,
  INVALID_YEAR_ZERO,
  isSpace,
  newScanResult,
  SCAN_NO_ERA,
  SCAN_OK,
  type ScanResult,
  scanEraDate,
  VALID,
} from './scanner.js';

/** Options for {@link parseWareki} and the other era parsers. */
export interface ParseWarekiOptions {
  /**
   * Accept an era year after the era ended, as documents written before an era change did
   * (`平成32年度` for 2020, `平成31年5月1日`). The result says `overflow: true`. Default false.
   */
  readonly allowOverflow?: boolean;
}

interface ParsedBase {
  /** The era as written. */
  readonly era: Era;
  /** The era year as written (1 for 元年). */
  readonly eraYear: number;
  /** The Gregorian year. */
  readonly year: number;
  /** True when the era year lies after the era ended and overflow was allowed. */
  readonly overflow: boolean;
}

/** An era year without month or day: `令和5年`, `R5`. */
export interface ParsedWarekiYear extends ParsedBase {
  /** What the text gives: a year. */
  readonly precision: 'year';
}

/** An era year and month: `令和6年1月`, `R5.3`. */
export interface ParsedWarekiMonth extends ParsedBase {
  /** What the text gives: a year and month. */
  readonly precision: 'month';
  /** The month, 1..12. */
  readonly month: number;
}

/** A whole era date: `令和5年4月1日`, `R05/04/01`. */
export interface ParsedWarekiDay extends ParsedBase {
  /** What the text gives: a day. */
  readonly precision: 'day';
  /** The month, 1..12. */
  readonly month: number;
  /** The day of the month. */
  readonly day: number;
  /** The Gregorian calendar date. */
  readonly date: CalendarDate;
}

/** What {@link parseWareki} returns: a year, a year and month, or a day. */
export type ParsedWareki = ParsedWarekiYear | ParsedWarekiMonth | ParsedWarekiDay;

/**
 * Longest text parseWareki reads; real era dates are far shorter.
 *
 * @example
 * import { MAX_WAREKI_LENGTH } from 'munikpi';
 * MAX_WAREKI_LENGTH; // 256
 */
export const MAX_WAREKI_LENGTH = 256;

/**
 * Checks that `text` is a string of at most `max` characters; throws otherwise.
 * @internal
 */
export function checkText(text: unknown, what: string, max = MAX_WAREKI_LENGTH): string {
  if (typeof text !== 'string') {
    throw errorOf('INVALID_ARGUMENT', { notTextFor }, { what, input: text });
  }
  if (text.length > max) {
    throw errorOf('INPUT_TOO_LONG', { textTooLong }, { what, length: text.length, max }, { input: text });
  }
  return text;
}

/** Spaces and line breaks, which surround a date without changing it. */
function isBlank(code: number): boolean {
  return isSpace(code) || code === 0x0a || code === 0x0d;
}

/**
 * Where `text` starts after leading spaces and line breaks.
 * @internal
 */
export function trimmedStart(text: string): number {
  let start = 0;
  while (start < text.length && isBlank(text.charCodeAt(start))) start++;
  return start;
}

/**
 * Where `text` ends before trailing spaces and line breaks (never before `start`).
 * @internal
 */
export function trimmedEnd(text: string, start: number): number {
  let end = text.length;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Looks like "<some name><number>…": an era we do not know, rather than no era at all. */
function unknownEraPrefix(text: string, start: number, end: number): string | null {
  let i = start;
  while (i < end && i - start < 4) {
    const c = text.charCodeAt(i);
    if (digitValue(c) >= 0 || kanjiValue(c) >= 0 || c === 0x5143) break;
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x4e00 && c <= 0x9fff);
    if (!letter) return null;
    i++;
  }
  return i > start && i < end && i - start <= 3 ? text.slice(start, i) : null;
}

/**
 * Throws UNKNOWN_ERA when the text starts with a name that could be an era we do not know.
 * @internal
 */
export function throwIfUnknownEra(text: string, start: number, end: number): void {
  const prefix = unknownEraPrefix(text, start, end);
  if (prefix !== null) {
    throw errorOf('UNKNOWN_ERA', { unknownEra }, { input: text, prefix });
  }
}

/**
 * Throws the error for a scanned era date that is not valid (anything but VALID and, when
 * allowed, INVALID_AFTER_ERA).
 * @internal
 */
export function throwInvalid(invalid: number, scan: ScanResult, input: string): never {
  const era = ERAS[scan.era] as Era;
  switch (invalid) {
    case INVALID_YEAR_ZERO:
      throw errorOf('ERA_YEAR_OUT_OF_RANGE', { eraYearZero }, { input, era: era.name });
    case INVALID_BAD_DATE:
      throw errorOf('INVALID_DATE', { eraDateDoesNotExist }, { input });
    case INVALID_BEFORE_GREGORIAN:
      throw errorOf('BEFORE_GREGORIAN', { eraDateBeforeGregorian }, { input });
    case INVALID_BEFORE_ERA:
      throw errorOf(
        'ERA_YEAR_OUT_OF_RANGE',
        { beforeEraBegan },
        { input, era: era.name, began: ymd(era.start) },
      );
    case INVALID_AFTER_ERA: {
      const end = era.end as CalendarDate;
      const lastYear = end.year - era.firstYear + 1;
      throw errorOf(
        'ERA_YEAR_OUT_OF_RANGE',
        { afterEraEnded },
        { input, era: era.name, ended: ymd(end), lastYear },
      );
    }
    case INVALID_OUT_OF_RANGE:
      throw errorOf('DATE_OUT_OF_RANGE', { afterLastYear }, { input, last: LAST_YEAR });
    case INVALID_WEEKDAY:
      throw errorOf('INVALID_WAREKI', { weekdayMismatch }, { input });
    default:
      throw errorOf('INVALID_WAREKI', { notAnEraDate }, { input });
  }
}

/**
 * Scans the whole of `text` as one era date or fiscal year, or throws.
 * @internal
 */
export function scanWhole(input: unknown, what: string, scan: ScanResult): string {
  const text = checkText(input, what);
  const start = trimmedStart(text);
  const end = trimmedEnd(text, start);
  const failed = start === end ? SCAN_NO_ERA : scanEraDate(text, start, end, scan);
  if (failed !== SCAN_OK || scan.end !== end) {
    if (failed === SCAN_NO_ERA) throwIfUnknownEra(text, start, end);
    throw errorOf('INVALID_WAREKI', { notInAnyForm }, { input: text, fiscal: what === 'parseFiscalYear' });
  }
  return text;
}

/**
 * Reads an era date as real documents write it: `令和5年4月1日`, `令和 5 年 4 月 1 日`, `令和元年`,
 * `令和1年`, `令和５年`, `令和五年`, `令和十五年`, `R5.4.1`, `R05/04/01`, `H31.4.30`, `令5.4.1`,
 * `㋿5.4.1`, with a trailing weekday `（土）` that must match the date.
 *
 * @param text - the era date (at most 256 characters; surrounding spaces are ignored)
 * @param options - `allowOverflow` to accept years after an era ended
 * @returns the date, or the year or year and month when that is all the text gives
 * @throws {MunikpiError} `INVALID_WAREKI` for text in no accepted form (or a fiscal year);
 *   `UNKNOWN_ERA`; `ERA_YEAR_OUT_OF_RANGE` for 令和0年 or 平成31年5月1日; `INVALID_DATE` for
 *   令和5年2月30日; `BEFORE_GREGORIAN` before 明治6年; `INPUT_TOO_LONG`
 *
 * @example
 * import { parseWareki } from 'munikpi';
 * parseWareki('令和 5 年 4 月 1 日').date; // { year: 2023, month: 4, day: 1 }
 * parseWareki('R05/04/01').precision; // 'day'
 * parseWareki('令和元年').year; // 2019
 * parseWareki('令和6年1月').month; // 1
 * parseWareki('平成32年', { allowOverflow: true }).year; // 2020
 */
export function parseWareki(text: string, options?: ParseWarekiOptions): ParsedWareki {
  const allowOverflow =
    options === undefined ? false : flagOption(optionsOf(options).allowOverflow, 'allowOverflow', false);
  const result = newScanResult();
  const input = scanWhole(text, 'parseWareki', result);
  if (result.fiscal) {
    throw errorOf('INVALID_WAREKI', { isAFiscalYear }, { input });
  }
  return toParsed(result, input, allowOverflow);
}

/**
 * Checks a scanned era date and turns it into a {@link ParsedWareki}.
 * @internal
 */
export function toParsed(scan: ScanResult, input: string, allowOverflow: boolean): ParsedWareki {
  const invalid = checkScan(scan);
  if (invalid !== VALID && !(invalid === INVALID_AFTER_ERA && allowOverflow))
    throwInvalid(invalid, scan, input);
  const era = ERAS[scan.era] as Era;
  const eraYear = scan.eraYear;
  const year = era.firstYear + eraYear - 1;
  const overflow = invalid !== VALID;
  const { month, day } = scan;
  // Object literals, not spreads of a shared base: this is the hot path of every parser.
  if (day !== -1) {
    return { precision: 'day', era, eraYear, year, overflow, month, day, date: { year, month, day } };
  }
  if (month !== -1) return { precision: 'month', era, eraYear, year, overflow, month };
  return { precision: 'year', era, eraYear, year, overflow };
}

/** A calendar date as YYYY-MM-DD, for a message. */
function ymd(date: CalendarDate): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${date.year}-${two(date.month)}-${two(date.day)}`;
}
