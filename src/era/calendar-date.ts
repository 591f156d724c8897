import { errorOf, fail } from '../core/errors.js';
import { FIRST_YEAR, LAST_YEAR } from '../core/limits.js';
import {
  afterLastDay,
  beforeGregorianYear,
  dateDoesNotExist,
  daysOutOfRange,
  notADate,
  notADateInput,
  notADateText,
  notAnIsoDate,
  notWholeDays,
} from '../core/messages/errors-en.js';

/**
 * A day in the calendar, without a time or a time zone (like `Temporal.PlainDate`).
 * `month` is 1..12 and `day` 1..31.
 */
export interface CalendarDate {
  /** The Gregorian year, 1873..9999. */
  readonly year: number;
  /** The month, 1 (January) .. 12 (December). */
  readonly month: number;
  /** The day of the month, 1..31. */
  readonly day: number;
}

/**
 * What the date functions accept: an instant (`Date`, read in Japan time), a `YYYY-MM-DD` or
 * `YYYY/MM/DD` string, or a {@link CalendarDate}.
 */
export type DateInput = Date | string | CalendarDate;

/** Japan Standard Time, UTC+9, as a millisecond offset. */
const JST_OFFSET_MS = 9 * 3_600_000;
/** 1873-01-01, the first Gregorian day in Japan, as days since 1970-01-01. */
export const FIRST_EPOCH_DAY = -35_428;
/** 9999-12-31 as days since 1970-01-01. */
export const LAST_EPOCH_DAY = 2_932_896;

/**
 * Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's days_from_civil).
 * @internal
 */
export function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * The calendar date of a day count since 1970-01-01 (H. Hinnant's civil_from_days).
 * @internal
 */
export function dateOfEpochDay(epochDay: number): CalendarDate {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Days in a month of the Gregorian calendar.
 * @internal
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  // 31 for January, March, May, July, August, October, December; 30 for the others.
  return 30 + ((month + (month >> 3)) & 1);
}

function checkRange(year: number, month: number, day: number, input: unknown): void {
  if (year < FIRST_YEAR) fail('BEFORE_GREGORIAN', { beforeGregorianYear }, { input, first: FIRST_YEAR });
  if (year > LAST_YEAR) fail('DATE_OUT_OF_RANGE', { afterLastDay }, { input, last: LAST_YEAR });
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    fail('INVALID_DATE', { dateDoesNotExist }, { input });
  }
}

/** The calendar date in Japan (UTC+9) of an instant's milliseconds since the epoch. */
function dateOfInstant(ms: number, input: unknown): CalendarDate {
  if (Number.isNaN(ms)) fail('INVALID_DATE', { notADate }, { input });
  // The UTC fields of the instant shifted by nine hours are the Japan fields, in any host zone.
  // Past the last Date (year 275760) the shifted instant is no Date at all: out of range.
  const japan = new Date(ms + JST_OFFSET_MS);
  const year = japan.getUTCFullYear();
  checkRange(Number.isNaN(year) ? 10_000 : year, 1, 1, input);
  return { year, month: japan.getUTCMonth() + 1, day: japan.getUTCDate() };
}

function dateOfText(text: string, slashes: boolean): CalendarDate {
  // Exactly YYYY-MM-DD, or YYYY/M/D as the importer and Japanese spreadsheets write it: bounded
  // digit runs between fixed separators, so no backtracking.
  if (!(slashes ? /^\d{4}(-\d\d-\d\d|\/\d\d?\/\d\d?)$/ : /^\d{4}-\d\d-\d\d$/).test(text)) {
    if (slashes) fail('INVALID_DATE', { notADateText }, { input: text });
    fail('INVALID_DATE', { notAnIsoDate }, { input: text });
  }
  const [year, month, day] = text.split(/\D/).map(Number) as [number, number, number];
  checkRange(year, month, day, text);
  return { year, month, day };
}

/**
 * The calendar date of a {@link DateInput}: a `Date` is read in Japan time (UTC+9, the legal
 * time of Japan since 1888; the 1948–1951 summer time is not applied), a string must be
 * `YYYY-MM-DD` or `YYYY/MM/DD` (`2021/4/1` too), and a {@link CalendarDate} is checked.
 *
 * @param input - an instant, a `YYYY-MM-DD` or `YYYY/MM/DD` string or a calendar date
 * @returns a new, checked calendar date
 * @throws {MunikpiError} `INVALID_DATE` for a day that does not exist or an Invalid Date;
 *   `BEFORE_GREGORIAN` before 1873-01-01; `DATE_OUT_OF_RANGE` after 9999-12-31;
 *   `INVALID_ARGUMENT` for anything else
 *
 * @example
 * import { calendarDate } from 'munikpi';
 * calendarDate('2023-04-01'); // { year: 2023, month: 4, day: 1 }
 * calendarDate('2021/4/1'); // { year: 2021, month: 4, day: 1 }
 * calendarDate(new Date('2024-03-31T15:00:00Z')); // { year: 2024, month: 4, day: 1 }: April 1 in Japan
 */
export function calendarDate(input: DateInput): CalendarDate {
  if (typeof input === 'string') return dateOfText(input, true);
  if (input && typeof input === 'object') {
    // The tag, not instanceof, so that a Date from another realm (a vm context) is a Date too;
    // an object that only claims the tag has no time (NaN) and is an invalid date.
    if (Object.prototype.toString.call(input) === '[object Date]') return dateOfInstant(+input, input);
    // An array or another object without whole-number fields falls through to the error.
    const { year, month, day } = input as CalendarDate;
    // Number.isInteger is false for anything but a whole number.
    if (Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day)) {
      checkRange(year, month, day, `${year}-${month}-${day}`);
      return { year, month, day };
    }
  }
  return fail('INVALID_ARGUMENT', { notADateInput }, { input });
}

/**
 * A calendar date from text in the one form plan data stores, `YYYY-MM-DD` (as the plan schema
 * says), or from a Date or a calendar date as {@link calendarDate} reads them.
 * @internal
 */
export function storedDate(input: DateInput): CalendarDate {
  return typeof input === 'string' ? dateOfText(input, false) : calendarDate(input);
}

/**
 * Today's date in Japan (UTC+9), whatever the host time zone.
 *
 * @returns the calendar date in Japan at this instant
 *
 * @example
 * import { today } from 'munikpi';
 * today(); // e.g. { year: 2026, month: 11, day: 28 }
 */
export function today(): CalendarDate {
  return dateOfInstant(Date.now(), 'now');
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * A date as ISO 8601 text, `YYYY-MM-DD`.
 *
 * @param date - a date in any accepted form
 * @returns the date as `YYYY-MM-DD`
 *
 * @example
 * import { isoDate } from 'munikpi';
 * isoDate({ year: 2023, month: 4, day: 1 }); // '2023-04-01'
 */
export function isoDate(date: DateInput): string {
  const { year, month, day } = calendarDate(date);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Compares two dates for sorting: negative when `a` is earlier, 0 when equal, positive when later.
 *
 * @param a - a date
 * @param b - another date
 * @returns a negative number, 0 or a positive number
 *
 * @example
 * import { compareDates } from 'munikpi';
 * ['2024-04-01', '2023-04-01'].sort(compareDates); // ['2023-04-01', '2024-04-01']
 */
export function compareDates(a: DateInput, b: DateInput): number {
  const x = calendarDate(a);
  const y = calendarDate(b);
  return x.year - y.year || x.month - y.month || x.day - y.day;
}

/**
 * The number of days from `from` to `to` (negative when `to` is earlier).
 *
 * @param from - the first date
 * @param to - the second date
 * @returns whole days from `from` to `to`
 *
 * @example
 * import { daysBetween } from 'munikpi';
 * daysBetween('2023-04-01', '2024-04-01'); // 366 (2024 is a leap year)
 */
export function daysBetween(from: DateInput, to: DateInput): number {
  const a = calendarDate(from);
  const b = calendarDate(to);
  return epochDayOf(b.year, b.month, b.day) - epochDayOf(a.year, a.month, a.day);
}

/**
 * The date a number of days after (or, when negative, before) a date.
 *
 * @param date - a date
 * @param days - whole days to add
 * @returns the new date
 * @throws {MunikpiError} `INVALID_NUMBER` when `days` is not a whole number; the range codes of
 *   {@link calendarDate} when the result leaves 1873..9999
 *
 * @example
 * import { addDays } from 'munikpi';
 * addDays('2024-03-31', 1); // { year: 2024, month: 4, day: 1 }
 */
export function addDays(date: DateInput, days: number): CalendarDate {
  if (!Number.isSafeInteger(days)) {
    throw errorOf('INVALID_NUMBER', { notWholeDays }, { input: days });
  }
  const { year, month, day } = calendarDate(date);
  const result = epochDayOf(year, month, day) + days;
  if (result < FIRST_EPOCH_DAY || result > LAST_EPOCH_DAY) {
    throw errorOf(
      result < FIRST_EPOCH_DAY ? 'BEFORE_GREGORIAN' : 'DATE_OUT_OF_RANGE',
      { daysOutOfRange },
      { days, from: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` },
      { input: days },
    );
  }
  return dateOfEpochDay(result);
}
