import fc from 'fast-check';
import type { CalendarDate } from '../src/index.js';
import { MunikpiError } from '../src/index.js';

/** Days since 1970-01-01 of 1873-01-01 and 9999-12-31. */
export const FIRST_DAY = -35_428;
export const LAST_DAY = 2_932_896;

/** The calendar date of a day number, computed with the platform's UTC calendar (an oracle). */
export function dateOfDay(day: number): CalendarDate {
  const d = new Date(day * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** An instant at noon in Japan on a calendar date. */
export function noonInJapan(date: CalendarDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day, 3));
}

/** Every day from `from` to `to`, inclusive. */
export function* everyDay(from: CalendarDate, to: CalendarDate): Generator<CalendarDate> {
  const start = Date.UTC(from.year, from.month - 1, from.day) / 86_400_000;
  const end = Date.UTC(to.year, to.month - 1, to.day) / 86_400_000;
  for (let day = start; day <= end; day++) yield dateOfDay(day);
}

/** Any calendar date munikpi accepts, 1873-01-01..9999-12-31. */
export const arbDate = fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(dateOfDay);

/** Calendar dates weighted to the era changes and fiscal-year edges. */
export const arbInterestingDate = fc.oneof(
  arbDate,
  fc.integer({ min: FIRST_DAY, max: 47_846 }).map(dateOfDay),
  fc.constantFrom(
    { year: 1912, month: 7, day: 29 },
    { year: 1912, month: 7, day: 30 },
    { year: 1926, month: 12, day: 24 },
    { year: 1926, month: 12, day: 25 },
    { year: 1989, month: 1, day: 7 },
    { year: 1989, month: 1, day: 8 },
    { year: 2019, month: 4, day: 30 },
    { year: 2019, month: 5, day: 1 },
  ),
  fc
    .integer({ min: 1874, max: 2200 })
    .chain((year) => fc.constantFrom({ year, month: 3, day: 31 }, { year, month: 4, day: 1 })),
);

/** A fiscal year whose days all lie in 1873..9999. */
export const arbFiscalYear = fc.integer({ min: 1873, max: 9998 });

/** The MunikpiError that `fn` throws (fails the test for anything else). */
export function thrown(fn: () => unknown): MunikpiError {
  try {
    fn();
  } catch (error) {
    if (error instanceof MunikpiError) return error;
    throw error;
  }
  throw new Error('expected a MunikpiError');
}

/** The `code` of the MunikpiError that `fn` throws (fails the test for anything else). */
export function errorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof MunikpiError) return error.code;
    throw error;
  }
  throw new Error('expected a MunikpiError, but nothing was thrown');
}

/** Host time zones the results must not depend on. */
export const TIME_ZONES = [
  'Asia/Tokyo',
  'UTC',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
];

/** Runs `fn` under each host time zone and returns the results. */
export function underEveryTimeZone<T>(fn: () => T): T[] {
  const saved = process.env.TZ;
  try {
    return TIME_ZONES.map((tz) => {
      process.env.TZ = tz;
      return fn();
    });
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}
