import { flagOption, optionsOf } from '../core/errors.js';
import type { CalendarDate } from './calendar-date.js';
import { ERAS, type Era } from './eras.js';
import { checkText } from './parse-wareki.js';
import {
  checkScan,
  INVALID_AFTER_ERA,
  isWordChar,
  newScanResult,
  SCAN_OK,
  type ScanResult,
  scanEraDate,
  VALID,
} from './scanner.js';

/** What kind of date {@link findWarekiDates} found. */
export type WarekiMatchKind = 'date' | 'year-month' | 'year' | 'fiscal-year' | 'fiscal-year-range';

/** One era date or fiscal year found in free text. */
export interface WarekiMatch {
  /** What was found. */
  readonly kind: WarekiMatchKind;
  /** The text as it stands in the input, e.g. `令和 5 年度`. */
  readonly text: string;
  /** Where it starts in the input (UTF-16 index). */
  readonly index: number;
  /** Where it ends in the input (exclusive). */
  readonly end: number;
  /** The era as written. */
  readonly era: Era;
  /** The era year as written. */
  readonly eraYear: number;
  /** The Gregorian year; for fiscal kinds, the fiscal year (named by its starting year). */
  readonly year: number;
  /** The month, or null. */
  readonly month: number | null;
  /** The day, or null. */
  readonly day: number | null;
  /** The calendar date for `date` matches, else null. */
  readonly date: CalendarDate | null;
  /** The last fiscal year of a `fiscal-year-range`, else null. */
  readonly toYear: number | null;
  /** True when the era year lies after its era ended (only with `allowOverflow`). */
  readonly overflow: boolean;
}

/** Options for {@link findWarekiDates}. */
export interface FindWarekiOptions {
  /** Also report years after an era ended (`平成32年度`), marked `overflow: true`. Default false. */
  readonly allowOverflow?: boolean;
}

/**
 * Longest text findWarekiDates reads: 10 million characters.
 *
 * @example
 * import { MAX_FIND_LENGTH } from 'munikpi';
 * MAX_FIND_LENGTH; // 10000000
 */
export const MAX_FIND_LENGTH = 10_000_000;

function kindOf(scan: ScanResult): WarekiMatchKind {
  if (scan.fiscal) return scan.toEra === -1 ? 'fiscal-year' : 'fiscal-year-range';
  if (scan.day !== -1) return 'date';
  return scan.month !== -1 ? 'year-month' : 'year';
}

/** Forms that stand in ordinary words are only taken where nothing else can be meant. */
function plausible(text: string, scan: ScanResult): boolean {
  if (scan.eraForm === 'short') return scan.dotted;
  if (scan.eraForm === 'initial') {
    const before = scan.start === 0 ? 0 : text.charCodeAt(scan.start - 1);
    const after = scan.end < text.length ? text.charCodeAt(scan.end) : 0;
    return !isWordChar(before) && !isWordChar(after);
  }
  return true;
}

function rangeValid(scan: ScanResult, allowOverflow: boolean, probe: ScanResult): number {
  // Check the second year of a range as a fiscal year of its own era.
  probe.era = scan.toEra;
  probe.eraYear = scan.toYear;
  probe.fiscal = true;
  probe.month = -1;
  probe.day = -1;
  probe.weekday = -1;
  const invalid = checkScan(probe);
  if (invalid !== VALID && !(invalid === INVALID_AFTER_ERA && allowOverflow)) return -1;
  const from = (ERAS[scan.era] as Era).firstYear + scan.eraYear - 1;
  const to = (ERAS[scan.toEra] as Era).firstYear + scan.toYear - 1;
  return to >= from ? to : -1;
}

/**
 * Finds every era date and fiscal year in free text, with its position: `令和5年4月1日`,
 * `令和 3 年 4 月 1 日`, `令和6年1月`, `R5.3`, `令和5年度`, `令和元年度`, ranges such as
 * `令和3年度～令和6年度` and `令和 6~7 年度`, and `R3` standing alone.
 *
 * Text that looks like an era date but is not a real one (`令和5年2月30日`) is skipped. One-kanji
 * era forms are taken only with dots or slashes (`令5.4.1`), so that `最大5年` is not read as
 * 大正5年; Latin initials only as a whole word (`R5`, not the `R5` in `AR55`).
 *
 * @param text - any text, at most 10,000,000 characters
 * @param options - `allowOverflow` to report years after an era ended
 * @returns the matches in order of position
 * @throws {MunikpiError} `INVALID_ARGUMENT` for non-text; `INPUT_TOO_LONG`
 *
 * @example
 * import { findWarekiDates } from 'munikpi';
 * const found = findWarekiDates('令和3年4月1日現在、令和5年度末の電子決裁率は73.9%');
 * found.map((m) => m.kind); // ['date', 'fiscal-year']
 * found[1].year; // 2023
 */
export function findWarekiDates(text: string, options?: FindWarekiOptions): WarekiMatch[] {
  const allowOverflow = flagOption(optionsOf(options).allowOverflow, 'allowOverflow', false);
  checkText(text, 'findWarekiDates', MAX_FIND_LENGTH);
  const scan = newScanResult();
  const probe = newScanResult();
  const matches: WarekiMatch[] = [];
  const end = text.length;
  let i = 0;
  while (i < end) {
    if (scanEraDate(text, i, end, scan) !== SCAN_OK || !plausible(text, scan)) {
      i++;
      continue;
    }
    const invalid = checkScan(scan);
    const toYear = scan.toEra === -1 ? null : rangeValid(scan, allowOverflow, probe);
    if ((invalid !== VALID && !(invalid === INVALID_AFTER_ERA && allowOverflow)) || toYear === -1) {
      i++;
      continue;
    }
    const era = ERAS[scan.era] as Era;
    const year = era.firstYear + scan.eraYear - 1;
    const hasDay = scan.day !== -1;
    matches.push({
      kind: kindOf(scan),
      text: text.slice(scan.start, scan.end),
      index: scan.start,
      end: scan.end,
      era,
      eraYear: scan.eraYear,
      year,
      month: scan.month === -1 ? null : scan.month,
      day: hasDay ? scan.day : null,
      date: hasDay ? { year, month: scan.month, day: scan.day } : null,
      toYear,
      overflow: invalid !== VALID,
    });
    i = scan.end;
  }
  return matches;
}
