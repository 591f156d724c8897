import { errorOf, fail } from '../core/errors.js';
import { FIRST_YEAR, FISCAL_YEAR_MAX, FISCAL_YEAR_MIN, LAST_YEAR } from '../core/limits.js';
import {
  fiscalYearAfterLast,
  fiscalYearBeforeGregorian,
  notAMonth,
  notAnObject,
  notAWholeFiscalYear,
} from '../core/messages/errors-en.js';
import { type CalendarDate, calendarDate, type DateInput, daysInMonth } from '../era/calendar-date.js';

/**
 * A fiscal year (年度), named by the Gregorian year it starts in: 2023 is 令和5年度, which runs
 * from 2023-04-01 to 2024-03-31.
 */
export type FiscalYear = number;

/** Options shared by the fiscal-year functions. */
export interface FiscalOptions {
  /** The month the fiscal year starts in, 1..12. Default 4 (April), as for Japanese public bodies. */
  readonly startMonth?: number;
}

/** The first and last day of a fiscal year. */
export interface FiscalYearRange {
  /** The fiscal year. */
  readonly fiscalYear: FiscalYear;
  /** Its first day. */
  readonly start: CalendarDate;
  /** Its last day. */
  readonly end: CalendarDate;
}

/**
 * The start month from options, checked.
 * @internal
 */
export function startMonthOf(options: FiscalOptions | undefined): number {
  // Absent or null options mean April; other non-objects are refused (kept small: fiscalYearOf
  // has a size budget).
  if (options != null && typeof options !== 'object')
    fail('INVALID_ARGUMENT', { notAnObject }, { input: options });
  const month = options?.startMonth;
  if (month === undefined) return 4;
  // Number.isInteger is false for anything but a whole number.
  if (Number.isInteger(month) && month >= 1 && month <= 12) return month;
  return fail('INVALID_OPTION', { notAMonth }, { input: month });
}

/**
 * The fiscal year (年度) that contains a date, decided in Japan time.
 *
 * A fiscal year is named by the Gregorian year it starts in: 令和5年度 is 2023.
 *
 * @param date - an instant (read in Japan time), a `YYYY-MM-DD` or `YYYY/MM/DD` string or a calendar date
 * @param options - `startMonth` for bodies whose year does not start in April
 * @returns the starting Gregorian year
 * @throws {MunikpiError} `INVALID_DATE` when the date does not exist; the other codes of
 *   {@link calendarDate}; `INVALID_OPTION` for a bad `startMonth`
 *
 * @example
 * import { fiscalYearOf } from 'munikpi';
 * fiscalYearOf('2024-03-31'); // 2023
 * fiscalYearOf('2024/3/31'); // 2023: YYYY/MM/DD as the importer reads it
 * fiscalYearOf(new Date('2024-03-31T15:00:00Z')); // 2024: already April 1 in Japan
 * fiscalYearOf('2024-03-31', { startMonth: 1 }); // 2024
 */
export function fiscalYearOf(date: DateInput, options?: FiscalOptions): FiscalYear {
  const { year, month } = calendarDate(date);
  return month >= startMonthOf(options) ? year : year - 1;
}

/**
 * Checks a fiscal year number: a whole number whose days all lie in 1873-01-01..9999-12-31.
 * @internal
 */
export function checkFiscalYear(fiscalYear: unknown, startMonth: number): FiscalYear {
  if (typeof fiscalYear !== 'number' || !Number.isInteger(fiscalYear)) {
    throw errorOf('INVALID_FISCAL_YEAR', { notAWholeFiscalYear }, { input: fiscalYear });
  }
  if (fiscalYear < FISCAL_YEAR_MIN) {
    throw errorOf(
      'BEFORE_GREGORIAN',
      { fiscalYearBeforeGregorian },
      { input: fiscalYear, first: FIRST_YEAR },
    );
  }
  if (fiscalYear > (startMonth === 1 ? LAST_YEAR : FISCAL_YEAR_MAX)) {
    throw errorOf('DATE_OUT_OF_RANGE', { fiscalYearAfterLast }, { input: fiscalYear, last: LAST_YEAR });
  }
  return fiscalYear;
}

/**
 * The first and last day of a fiscal year.
 *
 * @param fiscalYear - the fiscal year, named by its starting year
 * @param options - `startMonth` for bodies whose year does not start in April
 * @returns the fiscal year with its first and last day
 * @throws {MunikpiError} `INVALID_FISCAL_YEAR` for a non-integer; `BEFORE_GREGORIAN` or
 *   `DATE_OUT_OF_RANGE` when its days leave 1873..9999
 *
 * @example
 * import { fiscalYearRange } from 'munikpi';
 * const r5 = fiscalYearRange(2023);
 * r5.start; // { year: 2023, month: 4, day: 1 }
 * r5.end; // { year: 2024, month: 3, day: 31 }
 */
export function fiscalYearRange(fiscalYear: FiscalYear, options?: FiscalOptions): FiscalYearRange {
  const startMonth = startMonthOf(options);
  checkFiscalYear(fiscalYear, startMonth);
  const endYear = startMonth === 1 ? fiscalYear : fiscalYear + 1;
  const endMonth = startMonth === 1 ? 12 : startMonth - 1;
  return {
    fiscalYear,
    start: { year: fiscalYear, month: startMonth, day: 1 },
    end: { year: endYear, month: endMonth, day: daysInMonth(endYear, endMonth) },
  };
}

/**
 * The month of the fiscal year a date falls in: 1 for the first month (April by default) to 12.
 *
 * @param date - an instant (read in Japan time), a `YYYY-MM-DD` string or a calendar date
 * @param options - `startMonth` for bodies whose year does not start in April
 * @returns 1..12
 *
 * @example
 * import { fiscalMonthOf } from 'munikpi';
 * fiscalMonthOf('2023-04-15'); // 1
 * fiscalMonthOf('2024-03-31'); // 12
 */
export function fiscalMonthOf(date: DateInput, options?: FiscalOptions): number {
  const { month } = calendarDate(date);
  return ((month - startMonthOf(options) + 12) % 12) + 1;
}

/**
 * The quarter of the fiscal year a date falls in: 1 (第1四半期, April–June by default) to 4.
 *
 * @param date - an instant (read in Japan time), a `YYYY-MM-DD` string or a calendar date
 * @param options - `startMonth` for bodies whose year does not start in April
 * @returns 1..4
 *
 * @example
 * import { fiscalQuarterOf } from 'munikpi';
 * fiscalQuarterOf('2023-06-30'); // 1
 * fiscalQuarterOf('2024-01-05'); // 4
 */
export function fiscalQuarterOf(date: DateInput, options?: FiscalOptions): 1 | 2 | 3 | 4 {
  return Math.ceil(fiscalMonthOf(date, options) / 3) as 1 | 2 | 3 | 4;
}
