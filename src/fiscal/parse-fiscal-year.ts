import { errorOf, flagOption, optionsOf } from '../core/errors.js';
import { bracketYearDiffers, isARange, notAFiscalYearText } from '../core/messages/errors-en.js';
import { checkText, throwIfUnknownEra, throwInvalid, trimmedEnd, trimmedStart } from '../era/parse-wareki.js';
import {
  checkScan,
  digitValue,
  gregorianYear,
  INVALID_AFTER_ERA,
  isSpace,
  newScanResult,
  SCAN_NO_ERA,
  SCAN_OK,
  scanEraDate,
  VALID,
} from '../era/scanner.js';
import { checkFiscalYear, type FiscalOptions, type FiscalYear, startMonthOf } from './fiscal-year.js';

/** Options for {@link parseFiscalYear}. */
export interface ParseFiscalYearOptions extends FiscalOptions {
  /**
   * Accept an era year after the era ended, as documents written before an era change did:
   * `平成32年度` for 2020, `昭和64年度` for 1989. Default false.
   */
  readonly allowOverflow?: boolean;
}

/** Reads exactly four digits (ASCII or full width) at `at`, or returns -1. */
function fourDigits(text: string, at: number, end: number): number {
  if (at + 4 > end) return -1;
  let value = 0;
  for (let i = at; i < at + 4; i++) {
    const d = digitValue(text.charCodeAt(i));
    if (d < 0) return -1;
    value = value * 10 + d;
  }
  return value;
}

function skip(text: string, at: number, end: number): number {
  let i = at;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** `年度` at `at` (after spaces): the index after it, or -1. */
function nendo(text: string, at: number, end: number): number {
  const i = skip(text, at, end);
  if (text.charCodeAt(i) !== 0x5e74) return -1;
  const j = skip(text, i + 1, end);
  return text.charCodeAt(j) === 0x5ea6 ? j + 1 : -1;
}

/** `FY`, `fy` or full-width `ＦＹ` at `at`. */
function fyPrefix(text: string, at: number): boolean {
  const f = text.charCodeAt(at);
  const y = text.charCodeAt(at + 1);
  return (
    ((f | 0x20) === 0x66 || f === 0xff26 || f === 0xff46) &&
    ((y | 0x20) === 0x79 || y === 0xff39 || y === 0xff59)
  );
}

/** A Gregorian form: `2023年度`, `2023`, `FY2023`, `FY 2023`. Returns the year or -1. */
function gregorianForm(text: string, start: number, end: number): number {
  let i = start;
  const fy = fyPrefix(text, i);
  if (fy) i = skip(text, i + 2, end);
  const year = fourDigits(text, i, end);
  if (year < 0) return -1;
  i += 4;
  if (i === end) return year;
  if (fy) return -1;
  return nendo(text, i, end) === end ? year : -1;
}

/**
 * Reads a fiscal year in any of the forms {@link formatFiscalYear} writes, and the others real
 * documents use: `令和5年度`, `令和 5 年度`, `R5年度`, `R5`, `2023年度`, `FY2023`, `2023`,
 * full-width `令和５年度` and `ＦＹ２０２３`, kanji `令和五年度`, `令和元年度` and `平成31年度`
 * (both 2019), and an era label with the Gregorian year after it, `令和5年度（2023年度）`.
 *
 * @param text - the label (at most 256 characters; surrounding spaces are ignored)
 * @param options - `allowOverflow` for years after an era ended; `startMonth`
 * @returns the fiscal year, named by its starting Gregorian year
 * @throws {MunikpiError} `INVALID_FISCAL_YEAR` for text that names no fiscal year (a date, a
 *   range); `UNKNOWN_ERA`; `ERA_YEAR_OUT_OF_RANGE` for 令和0年度 or 平成32年度 without overflow;
 *   `BEFORE_GREGORIAN`; `INPUT_TOO_LONG`
 *
 * @example
 * import { parseFiscalYear } from 'munikpi';
 * parseFiscalYear('令和5年度'); // 2023
 * parseFiscalYear('R5'); // 2023
 * parseFiscalYear('ＦＹ２０２３'); // 2023
 * parseFiscalYear('平成31年度'); // 2019
 * parseFiscalYear('令和元年度'); // 2019
 * parseFiscalYear('平成32年度', { allowOverflow: true }); // 2020
 */
export function parseFiscalYear(text: string, options?: ParseFiscalYearOptions): FiscalYear {
  options = optionsOf(options);
  const startMonth = startMonthOf(options);
  const allowOverflow = flagOption(options.allowOverflow, 'allowOverflow', false);
  const input = checkText(text, 'parseFiscalYear');
  const start = trimmedStart(input);
  const end = trimmedEnd(input, start);
  const gregorian = start < end ? gregorianForm(input, start, end) : -1;
  if (gregorian >= 0) return checkFiscalYear(gregorian, startMonth);
  const scan = newScanResult();
  const failed = start === end ? -1 : scanEraDate(input, start, end, scan);
  let tail = scan.end;
  // 令和5年度（2023年度）: the Gregorian year in brackets must agree.
  let bracketYear = -1;
  if (failed === SCAN_OK && scan.fiscal && scan.toEra === -1 && tail < end) {
    const open = input.charCodeAt(skip(input, tail, end));
    if (open === 0x28 || open === 0xff08) {
      const at = skip(input, skip(input, tail, end) + 1, end);
      bracketYear = fourDigits(input, at, end);
      const after = bracketYear < 0 ? -1 : nendo(input, at + 4, end);
      const close = after < 0 ? -1 : skip(input, after, end);
      const code = close < 0 ? 0 : input.charCodeAt(close);
      if (code === 0x29 || code === 0xff09) tail = close + 1;
    }
  }
  // 令和5年 is a calendar year, not a fiscal year; R5 and 令和5 stand for the fiscal year.
  const yearOnly =
    scan.month === -1 && !scan.dotted && (scan.fiscal || input.charCodeAt(scan.end - 1) !== 0x5e74);
  if (failed !== SCAN_OK || tail !== end || !yearOnly || scan.toEra !== -1 || scan.weekday !== -1) {
    if (failed === SCAN_NO_ERA && !fyPrefix(input, start)) throwIfUnknownEra(input, start, end);
    // A range, even with more after it (令和3～6年度（2021～2024年度）), is named as one.
    if (failed === SCAN_OK && scan.toEra !== -1) {
      throw errorOf('INVALID_FISCAL_YEAR', { isARange }, { input });
    }
    throw errorOf('INVALID_FISCAL_YEAR', { notAFiscalYearText }, { input });
  }
  scan.fiscal = true;
  const invalid = checkScan(scan, startMonth);
  if (invalid !== VALID && !(invalid === INVALID_AFTER_ERA && allowOverflow)) {
    throwInvalid(invalid, scan, input);
  }
  const fiscalYear = gregorianYear(scan.era, scan.eraYear);
  if (bracketYear >= 0 && bracketYear !== fiscalYear) {
    throw errorOf('INVALID_FISCAL_YEAR', { bracketYearDiffers }, { input, fiscalYear, bracketYear });
  }
  return checkFiscalYear(fiscalYear, startMonth);
}
