/*
 * One hand-written, single-pass scanner for era dates and fiscal years, shared by parseWareki,
 * parseFiscalYear and findWarekiDates. It never backtracks more than a fixed number of
 * characters, so its cost is linear in the text whatever the text holds.
 */
import { FIRST_YEAR, FISCAL_YEAR_MAX, LAST_YEAR } from '../core/limits.js';
import { daysInMonth, epochDayOf } from './calendar-date.js';
import { ERAS, type Era } from './eras.js';
import { kanjiValue, readKanjiNumber } from './numerals.js';

/** How an era was written. */
export type EraForm = 'name' | 'ligature' | 'short' | 'initial';

/**
 * What the scanner read. A single mutable record is reused: callers copy what they keep.
 * @internal
 */
export interface ScanResult {
  start: number;
  end: number;
  era: number;
  eraForm: EraForm;
  eraYear: number;
  /** The month, or -1 when the text gives none. */
  month: number;
  /** The day, or -1 when the text gives none. */
  day: number;
  /** The text said 年度 (a fiscal year). */
  fiscal: boolean;
  /** For a fiscal-year range (令和6～7年度, 令和3年度～令和6年度): the second era and year, else -1. */
  toEra: number;
  toYear: number;
  /** A trailing weekday 0 (日) .. 6 (土), or -1. */
  weekday: number;
  /** The separator form (R5.4.1) rather than 年月日. */
  dotted: boolean;
}

/** Why a scan failed: 0 it did not. @internal */
export const SCAN_OK = 0;
/** No era name, short form, ligature or initial at the start. @internal */
export const SCAN_NO_ERA = 1;
/** An era but no year number after it. @internal */
export const SCAN_NO_YEAR = 2;

const KANJI_NEN = 0x5e74; // 年
const KANJI_TSUKI = 0x6708; // 月
const KANJI_HI = 0x65e5; // 日
const KANJI_DO = 0x5ea6; // 度
const KANJI_GEN = 0x5143; // 元
const KANJI_YOU = 0x66dc; // 曜
const WEEKDAY_CODES = [0x65e5, 0x6708, 0x706b, 0x6c34, 0x6728, 0x91d1, 0x571f]; // 日月火水木金土

/** The digit value of an ASCII or full-width digit, or -1. @internal */
export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

/** Spaces that may stand between the parts of a date (not line breaks). @internal */
export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0;
}

function isSeparator(code: number): boolean {
  return (
    code === 0x2e || code === 0x2f || code === 0x2d || code === 0xff0e || code === 0xff0f || code === 0xff0d
  );
}

function isRangeMark(code: number): boolean {
  return code === 0x7e || code === 0xff5e || code === 0x301c;
}

/** An ASCII or full-width Latin letter or digit. @internal */
export function isWordChar(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xff10 && code <= 0xff19) ||
    (code >= 0xff21 && code <= 0xff3a) ||
    (code >= 0xff41 && code <= 0xff5a)
  );
}

const FULL_NAME_SECOND = [0x6cbb, 0x6b63, 0x548c, 0x6210, 0x548c]; // 治 正 和 成 和
const LIGATURES = [0x337e, 0x337d, 0x337c, 0x337b, 0x32ff]; // ㍾ ㍽ ㍼ ㍻ ㋿

/** The era of an initial M T S H R, in either case and either width, or -1. */
function initialIndex(code: number): number {
  let c = code;
  if (c >= 0xff21 && c <= 0xff5a) c -= 0xfee0;
  switch (c | 0x20) {
    case 0x6d: // m
      return 0;
    case 0x74: // t
      return 1;
    case 0x73: // s
      return 2;
    case 0x68: // h
      return 3;
    case 0x72: // r
      return 4;
    default:
      return -1;
  }
}

/** The era whose first kanji this is (明 大 昭 平 令), or -1. A switch: this is the hot path. */
function firstKanjiIndex(code: number): number {
  switch (code) {
    case 0x660e: // 明
      return 0;
    case 0x5927: // 大
      return 1;
    case 0x662d: // 昭
      return 2;
    case 0x5e73: // 平
      return 3;
    case 0x4ee4: // 令
      return 4;
    default:
      return -1;
  }
}

/**
 * Reads an era at `at`: a full name, its first kanji, a ligature or an initial. Sets `era` and
 * `eraForm` and returns the index after it, or -1.
 */
function readEra(text: string, at: number, result: ScanResult): number {
  const code = text.charCodeAt(at);
  let index = firstKanjiIndex(code);
  if (index !== -1) {
    result.era = index;
    if (text.charCodeAt(at + 1) === FULL_NAME_SECOND[index]) {
      result.eraForm = 'name';
      return at + 2;
    }
    result.eraForm = 'short';
    return at + 1;
  }
  index = code >= 0x32ff && code <= 0x337e ? LIGATURES.indexOf(code) : -1;
  if (index !== -1) {
    result.era = index;
    result.eraForm = 'ligature';
    return at + 1;
  }
  index = initialIndex(code);
  if (index !== -1) {
    result.era = index;
    result.eraForm = 'initial';
    return at + 1;
  }
  return -1;
}

function skipSpaces(text: string, at: number, end: number): number {
  let i = at;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** A number read and where it ends, packed in one double: value × 2^32 + the index after it. */
const NUMBER_SHIFT = 2 ** 32;

/** The index after a number read by readNumber. */
function numberEnd(read: number): number {
  return read - numberValue(read) * NUMBER_SHIFT;
}

/** The value of a number read by readNumber. */
function numberValue(read: number): number {
  // Exact: the division by a power of two only moves the point, and the value is below 2^31.
  return (read / NUMBER_SHIFT) | 0;
}

/**
 * Reads 1–4 digits, a run of kanji numerals, or (when `gannen`) 元. Returns the value and the
 * index after it packed in one number (see numberEnd, numberValue), or -1: a value, with no
 * record kept between calls.
 */
function readNumber(text: string, at: number, end: number, gannen: boolean): number {
  let i = at;
  let value = 0;
  while (i < end) {
    const d = digitValue(text.charCodeAt(i));
    if (d < 0) break;
    value = value * 10 + d;
    i++;
  }
  if (i > at) return i - at > 4 ? -1 : value * NUMBER_SHIFT + i;
  const code = text.charCodeAt(at);
  if (gannen && code === KANJI_GEN) return NUMBER_SHIFT + at + 1;
  while (i < end && i - at < 8 && kanjiValue(text.charCodeAt(i)) >= 0) i++;
  if (i === at) return -1;
  const kanji = readKanjiNumber(text, at, i);
  return kanji < 0 ? -1 : kanji * NUMBER_SHIFT + i;
}

/** Reads `（土）`, `(土)`, `(土曜)` or `(土曜日)`: sets result.weekday, returns the index after. */
function readWeekday(text: string, at: number, end: number, result: ScanResult): number {
  let i = skipSpaces(text, at, end);
  const open = text.charCodeAt(i);
  if (open !== 0x28 && open !== 0xff08) return at;
  i = skipSpaces(text, i + 1, end);
  const day = WEEKDAY_CODES.indexOf(text.charCodeAt(i));
  if (day === -1) return at;
  i++;
  if (text.charCodeAt(i) === KANJI_YOU) {
    i++;
    if (text.charCodeAt(i) === KANJI_HI) i++;
  }
  i = skipSpaces(text, i, end);
  const close = text.charCodeAt(i);
  if (close !== 0x29 && close !== 0xff09) return at;
  result.weekday = day;
  return i + 1;
}

/**
 * After `年度`: a range to a second fiscal year, `～令和6年度` or `～6年度`. Returns the index
 * after it, or `at` when there is none.
 */
function readRangeTail(text: string, at: number, end: number, result: ScanResult): number {
  let i = skipSpaces(text, at, end);
  if (!isRangeMark(text.charCodeAt(i))) return at;
  i = skipSpaces(text, i + 1, end);
  const scratch = newScanResult();
  let toEra = result.era;
  const afterEra = readEra(text, i, scratch);
  if (afterEra !== -1 && scratch.eraForm !== 'short') {
    toEra = scratch.era;
    i = skipSpaces(text, afterEra, end);
  }
  const toYearRead = readNumber(text, i, end, true);
  if (toYearRead === -1) return at;
  const toYear = numberValue(toYearRead);
  i = skipSpaces(text, numberEnd(toYearRead), end);
  if (text.charCodeAt(i) !== KANJI_NEN) return at;
  i = skipSpaces(text, i + 1, end);
  if (text.charCodeAt(i) !== KANJI_DO) return at;
  result.toEra = toEra;
  result.toYear = toYear;
  return i + 1;
}

/** A fresh, empty scan record. @internal */
export function newScanResult(): ScanResult {
  return {
    start: 0,
    end: 0,
    era: -1,
    eraForm: 'name',
    eraYear: 0,
    month: -1,
    day: -1,
    fiscal: false,
    toEra: -1,
    toYear: 0,
    weekday: -1,
    dotted: false,
  };
}

/**
 * Scans one era date or fiscal year starting exactly at `at`. Fills `result` and returns
 * SCAN_OK, or returns why it failed. The match ends at result.end; nothing after it is read
 * beyond a few characters of look-ahead.
 * @internal
 */
export function scanEraDate(text: string, at: number, end: number, result: ScanResult): number {
  result.start = at;
  result.month = -1;
  result.day = -1;
  result.fiscal = false;
  result.toEra = -1;
  result.toYear = 0;
  result.weekday = -1;
  result.dotted = false;
  let i = readEra(text, at, result);
  if (i === -1) return SCAN_NO_ERA;
  i = skipSpaces(text, i, end);
  const yearRead = readNumber(text, i, end, true);
  if (yearRead === -1) return SCAN_NO_YEAR;
  const afterYear = numberEnd(yearRead);
  result.eraYear = numberValue(yearRead);
  i = skipSpaces(text, afterYear, end);
  const code = text.charCodeAt(i);
  if (isRangeMark(code)) {
    // 令和6～7年度: a range written with the era once.
    const tail = readRangeTail(text, afterYear, end, result);
    if (tail !== afterYear) {
      result.fiscal = true;
      result.end = tail;
      return SCAN_OK;
    }
  }
  if (code === KANJI_NEN) {
    const nenEnd = i + 1;
    i = skipSpaces(text, nenEnd, end);
    if (text.charCodeAt(i) === KANJI_DO) {
      result.fiscal = true;
      result.end = readRangeTail(text, i + 1, end, result);
      return SCAN_OK;
    }
    result.end = nenEnd;
    const monthRead = readNumber(text, i, end, false);
    if (monthRead === -1) return SCAN_OK;
    const afterMonth = numberEnd(monthRead);
    const month = numberValue(monthRead);
    let j = skipSpaces(text, afterMonth, end);
    if (text.charCodeAt(j) !== KANJI_TSUKI) return SCAN_OK;
    result.month = month;
    result.end = j + 1;
    j = skipSpaces(text, j + 1, end);
    const dayRead = readNumber(text, j, end, false);
    if (dayRead === -1) return SCAN_OK;
    const afterDay = numberEnd(dayRead);
    const day = numberValue(dayRead);
    j = skipSpaces(text, afterDay, end);
    if (text.charCodeAt(j) !== KANJI_HI) return SCAN_OK;
    result.day = day;
    result.end = readWeekday(text, j + 1, end, result);
    return SCAN_OK;
  }
  if (isSeparator(code) && i === afterYear) {
    const monthRead = readNumber(text, i + 1, end, false);
    const afterMonth = monthRead === -1 ? -1 : numberEnd(monthRead);
    if (afterMonth === -1 || afterMonth - (i + 1) > 2) {
      result.end = afterYear;
      return SCAN_OK;
    }
    result.dotted = true;
    result.month = numberValue(monthRead);
    result.end = afterMonth;
    if (text.charCodeAt(afterMonth) === code) {
      const dayRead = readNumber(text, afterMonth + 1, end, false);
      const afterDay = dayRead === -1 ? -1 : numberEnd(dayRead);
      if (afterDay !== -1 && afterDay - (afterMonth + 1) <= 2) {
        result.day = numberValue(dayRead);
        result.end = readWeekday(text, afterDay, end, result);
      }
    }
    return SCAN_OK;
  }
  result.end = afterYear;
  return SCAN_OK;
}

/** Why an era date read by the scanner is not a real date (0: it is). @internal */
export const VALID = 0;
/** Era year 0. @internal */
export const INVALID_YEAR_ZERO = 1;
/** A month or day that does not exist. @internal */
export const INVALID_BAD_DATE = 2;
/** Before 1873-01-01. @internal */
export const INVALID_BEFORE_GREGORIAN = 3;
/** Before the era began. @internal */
export const INVALID_BEFORE_ERA = 4;
/** After the era ended (old documents' overflow). @internal */
export const INVALID_AFTER_ERA = 5;
/** A weekday that is not the date's. @internal */
export const INVALID_WEEKDAY = 6;
/** After 9999. @internal */
export const INVALID_OUT_OF_RANGE = 7;

/** The Gregorian year of an era year. @internal */
export function gregorianYear(era: number, eraYear: number): number {
  return (ERAS[era] as Era).firstYear + eraYear - 1;
}

function key(year: number, month: number, day: number): number {
  return year * 10_000 + month * 100 + day;
}

/**
 * Checks that a scanned date (or year, year-month, fiscal year) exists and lies in its era.
 * AfterEra is returned even when overflow is allowed: the caller decides.
 * @internal
 */
export function checkScan(result: ScanResult, startMonth = 4): number {
  if (result.eraYear < 1) return INVALID_YEAR_ZERO;
  const era = ERAS[result.era] as Era;
  const year = era.firstYear + result.eraYear - 1;
  if (year > (result.fiscal && startMonth !== 1 ? FISCAL_YEAR_MAX : LAST_YEAR)) return INVALID_OUT_OF_RANGE;
  const first = key(era.start.year, era.start.month, era.start.day);
  const last = era.end === null ? 99_991_231 : key(era.end.year, era.end.month, era.end.day);
  let from: number;
  let to: number;
  if (result.fiscal) {
    from = key(year, startMonth, 1);
    to = startMonth === 1 ? key(year, 12, 31) : key(year + 1, startMonth - 1, 31);
  } else if (result.day !== -1) {
    if (
      result.month > 12 ||
      result.month < 1 ||
      result.day < 1 ||
      result.day > daysInMonth(year, result.month)
    ) {
      return INVALID_BAD_DATE;
    }
    from = key(year, result.month, result.day);
    to = from;
  } else if (result.month !== -1) {
    if (result.month > 12 || result.month < 1) return INVALID_BAD_DATE;
    from = key(year, result.month, 1);
    to = key(year, result.month, 31);
  } else {
    from = key(year, 1, 1);
    to = key(year, 12, 31);
  }
  const firstDay = key(FIRST_YEAR, 1, 1);
  if (to < firstDay || (result.fiscal && from < firstDay)) return INVALID_BEFORE_GREGORIAN;
  if (to < first) return INVALID_BEFORE_ERA;
  if (from > last) return INVALID_AFTER_ERA;
  if (result.weekday >= 0 && result.day !== -1) {
    const weekday = (((epochDayOf(year, result.month, result.day) + 4) % 7) + 7) % 7;
    if (weekday !== result.weekday) return INVALID_WEEKDAY;
  }
  return VALID;
}
