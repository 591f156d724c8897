/*
 * What a cell holds, and how it is read as text, a list of bullets, a figure, a date or a
 * fiscal year.
 */

import { errorOf, MunikpiError } from '../core/errors.js';
import { isFiscalYearNumber } from '../core/limits.js';
import {
  cellHoldsDate,
  invalidDateCell,
  notADate,
  notADateCell,
  notAFigure,
  notAFiscalYearCell,
  notASerial,
  notFinite,
  serial60,
} from '../core/messages/errors-en.js';
import { addDays, type CalendarDate, calendarDate, isoDate, parseWareki } from '../era/index.js';
import { type FiscalYear, parseFiscalYear } from '../fiscal/index.js';
import { type CellNumber, numberText, readCellNumber } from './number.js';

/** A value as a spreadsheet cell holds it. */
export type CellValue = string | number | boolean | Date | null;

/**
 * One cell of a grid.
 * @internal
 */
export interface GridCell {
  /** The value (a formula's cached result). */
  readonly value: CellValue;
  /** The number format shows the value as a percentage (0.739 shown as 73.9%). */
  readonly percent?: boolean;
  /** The cell is covered by a merged cell whose value stands in its top-left cell. */
  readonly merged?: boolean;
  /** Why the value cannot be read (a formula error, a formula without a cached value). */
  readonly error?: { readonly code: string; readonly message: string };
}

/**
 * A sheet as rows of cells: `rows[r - 1][c - 1]` is the cell at row r, column c.
 * @internal
 */
export interface Grid {
  /** The sheet's name (or the CSV file's). */
  readonly name: string;
  /** The rows. */
  readonly rows: readonly (readonly (GridCell | undefined)[])[];
}

/**
 * How cells are read in one import.
 * @internal
 */
export interface ReadContext {
  /** Accept era years after the era ended (平成32年度). */
  readonly allowOverflow: boolean;
  /** Called for each overflowing era year read. */
  readonly onOverflow: (text: string, read: string | { readonly fiscalYear: number }) => void;
}

/**
 * A problem with a cell that has no MunikpiError code of its own (a formula error).
 * @internal
 */
export class CellProblem extends Error {
  /** The issue code. */
  readonly code: string;

  /**
   * @param code - the issue code
   * @param message - what is wrong
   */
  constructor(code: string, message: string) {
    super(message);
    this.name = 'CellProblem';
    this.code = code;
  }
}

/**
 * Whether a cell holds nothing (merged-over cells hold nothing of their own).
 * @internal
 */
export function isBlank(cell: GridCell | undefined): boolean {
  if (cell === undefined || cell.merged === true) return true;
  if (cell.error !== undefined) return false;
  return cell.value === null || (typeof cell.value === 'string' && cell.value.trim() === '');
}

function utcDate(value: Date): CalendarDate {
  if (Number.isNaN(value.getTime())) throw errorOf('INVALID_DATE', { invalidDateCell }, { input: value });
  return calendarDate({
    year: value.getUTCFullYear(),
    month: value.getUTCMonth() + 1,
    day: value.getUTCDate(),
  });
}

function readable(cell: GridCell): CellValue {
  if (cell.error !== undefined) {
    throw new CellProblem(cell.error.code, cell.error.message);
  }
  return cell.value;
}

/**
 * A cell as text: figures as plain decimals, dates as `YYYY-MM-DD`, surrounding spaces and
 * line breaks trimmed; null for a blank cell.
 * @internal
 */
export function cellText(cell: GridCell | undefined): string | null {
  if (cell === undefined || isBlank(cell)) return null;
  const value = readable(cell);
  if (value === null) return null;
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n').trim();
  if (typeof value === 'number') return numberText(value, cell.percent === true);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return isoDate(utcDate(value));
}

const BULLET = /^[・･•●○◦■□◆◇▪▫]\s*/u;
const NUMBERED = /^([\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]|[(（][0-9０-９]+[)）]|[0-9０-９]+[.．)）]\s)/u;
const ASCII_WORD = /[A-Za-z0-9]/;

function join(previous: string, next: string): string {
  const space = ASCII_WORD.test(previous.slice(-1)) && ASCII_WORD.test(next.charAt(0));
  return `${previous}${space ? ' ' : ''}${next}`;
}

/**
 * Splits a multi-line cell into entries: one per bullet (`・`, `•`, `●`, …, markers removed)
 * or numbered line (`①`, `(1)`, kept), a line without a marker continuing the entry above it;
 * without any marker, one per line. A bullet after spaces inside a line (`… ・次`) also starts
 * an entry, as text extracted from PDFs has it.
 * @internal
 */
export function splitEntries(text: string): string[] {
  const segments = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .flatMap((line) => line.split(/[ \t\u3000]+(?=[・･•●])/u))
    .map((segment) => segment.trim());
  const marked = (s: string): boolean => BULLET.test(s) || NUMBERED.test(s);
  const anyMarker = segments.some(marked);
  const entries: string[] = [];
  let open = false;
  for (const segment of segments) {
    if (segment === '') {
      open = false;
      continue;
    }
    if (BULLET.test(segment)) {
      const body = segment.replace(BULLET, '').trim();
      if (body !== '') entries.push(body);
      open = body !== '';
    } else if (anyMarker && open && !NUMBERED.test(segment)) {
      const last = entries.length - 1;
      entries[last] = join(entries[last] as string, segment);
    } else {
      entries.push(segment);
      open = anyMarker;
    }
  }
  return entries;
}

/**
 * A cell as a list of entries (see {@link splitEntries}), or null for a blank cell.
 * @internal
 */
export function cellLines(cell: GridCell | undefined): string[] | null {
  const text = cellText(cell);
  if (text === null) return null;
  const entries = splitEntries(text);
  return entries.length === 0 ? null : entries;
}

/**
 * A cell as a figure with its unit mark, or null for no value.
 * @internal
 */
export function cellNumber(cell: GridCell | undefined, unit?: string): CellNumber | null {
  if (cell === undefined || isBlank(cell)) return null;
  const value = readable(cell);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw errorOf('INVALID_NUMBER', { notFinite }, { value });
    return { value: numberText(value, cell.percent === true), unit: cell.percent === true ? '%' : null };
  }
  if (typeof value === 'string') return readCellNumber(value, unit === undefined ? {} : { unit });
  if (value instanceof Date) {
    throw errorOf('INVALID_NUMBER', { cellHoldsDate }, { date: isoDate(utcDate(value)) });
  }
  throw errorOf('INVALID_NUMBER', { notAFigure }, { input: value });
}

/**
 * Reads a fiscal year, allowing overflowing era years when the context does.
 * @internal
 */
export function fiscalYearOfText(text: string, context: ReadContext): FiscalYear {
  try {
    return parseFiscalYear(text);
  } catch (error) {
    if (!(error instanceof MunikpiError && error.code === 'ERA_YEAR_OUT_OF_RANGE' && context.allowOverflow)) {
      throw error;
    }
    const year = parseFiscalYear(text, { allowOverflow: true });
    context.onOverflow(text, { fiscalYear: year });
    return year;
  }
}

/**
 * A cell as a fiscal year (`令和5年度`, `R5`, `2023年度`, `FY2023`, the number 2023), or null.
 * @internal
 */
export function cellFiscalYear(cell: GridCell | undefined, context: ReadContext): FiscalYear | null {
  if (cell === undefined || isBlank(cell)) return null;
  const value = readable(cell);
  if (typeof value === 'number') return fiscalYearOfText(String(value), context);
  if (typeof value === 'string') return fiscalYearOfText(value.trim(), context);
  throw errorOf('INVALID_FISCAL_YEAR', { notAFiscalYearCell }, { input: value });
}

/** A point in time read from a cell: a day, a month or a whole fiscal year. */
export type CellDate =
  | { readonly kind: 'day'; readonly date: string }
  | { readonly kind: 'month'; readonly month: string }
  | { readonly kind: 'fiscal-year'; readonly fiscalYear: FiscalYear };

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function day(date: CalendarDate): CellDate {
  return { kind: 'day', date: isoDate(date) };
}

function month(year: number, m: number): CellDate {
  calendarDate({ year, month: m, day: 1 });
  return { kind: 'month', month: `${pad(year, 4)}-${pad(m, 2)}` };
}

const GREGORIAN_DAY = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const GREGORIAN_MONTH = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;
const SUFFIX = /\s*(現在|時点|時点想定|末日)$/;

/** An Excel date serial (1900 date system) as a calendar date. */
function serialDate(serial: number): CalendarDate {
  const whole = Math.floor(serial);
  if (whole === 60) throw errorOf('INVALID_DATE', { serial60 }, {});
  // Excel counts 1900-02-29 as a day: serials after it are one day off a plain count.
  return whole < 60 ? addDays('1899-12-31', whole) : addDays('1899-12-30', whole);
}

function eraDate(text: string, context: ReadContext): CellDate | null {
  let parsed: ReturnType<typeof parseWareki>;
  try {
    parsed = parseWareki(text, { allowOverflow: context.allowOverflow });
  } catch (error) {
    if (error instanceof MunikpiError && error.code !== 'INVALID_WAREKI' && error.code !== 'UNKNOWN_ERA') {
      throw error;
    }
    return null;
  }
  const read =
    parsed.precision === 'day'
      ? day(parsed.date)
      : parsed.precision === 'month'
        ? month(parsed.year, parsed.month)
        : null;
  if (read !== null && parsed.overflow)
    context.onOverflow(text, read.kind === 'day' ? read.date : `${parsed.year}`);
  return read;
}

/**
 * Reads a point in time from text: `2021-04-01`, `2021/4/1`, `2021年4月1日`, `令和3年4月1日`,
 * `R3.4.1`, `令和3年4月1日現在`, `R5.3` or `2023年3月` (a month), `令和5年度末` (the last day of the
 * fiscal year), or a fiscal year (`令和2年度`, `R2`, `FY2020`).
 * @internal
 */
export function dateOfText(input: string, context: ReadContext): CellDate {
  const text = input.normalize('NFKC').trim().replace(SUFFIX, '');
  const d = GREGORIAN_DAY.exec(text);
  if (d !== null) return day(calendarDate({ year: Number(d[1]), month: Number(d[2]), day: Number(d[3]) }));
  const m = GREGORIAN_MONTH.exec(text);
  if (m !== null) return month(Number(m[1]), Number(m[2]));
  if (text.endsWith('年度末')) {
    const fy = fiscalYearOfText(text.slice(0, -1), context);
    return { kind: 'day', date: `${pad(fy + 1, 4)}-03-31` };
  }
  const era = eraDate(text, context);
  if (era !== null) return era;
  try {
    return { kind: 'fiscal-year', fiscalYear: fiscalYearOfText(text, context) };
  } catch (error) {
    if (error instanceof MunikpiError && error.code !== 'INVALID_FISCAL_YEAR') throw error;
    throw errorOf('INVALID_DATE', { notADateCell }, { input });
  }
}

/**
 * A cell as a point in time: a date cell, an Excel date serial, a whole number 1873–9998 (a
 * fiscal year), or text read by {@link dateOfText}; null for a blank cell.
 * @internal
 */
export function cellDate(cell: GridCell | undefined, context: ReadContext): CellDate | null {
  if (cell === undefined || isBlank(cell)) return null;
  const value = readable(cell);
  if (value instanceof Date) return day(utcDate(value));
  if (typeof value === 'number') {
    if (isFiscalYearNumber(value)) return { kind: 'fiscal-year', fiscalYear: value };
    if (value >= 1 && value < 2_958_466) return day(serialDate(value));
    throw errorOf('INVALID_DATE', { notASerial }, { input: value });
  }
  if (typeof value === 'string') return dateOfText(value, context);
  throw errorOf('INVALID_DATE', { notADate }, { input: value });
}
