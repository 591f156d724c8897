import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, calendarDate, compareDates, daysBetween, isoDate, today } from '../../src/index.js';
import { arbDate, dateOfDay, errorCode, noonInJapan, underEveryTimeZone } from '../helpers.js';

describe('calendarDate', () => {
  it('reads YYYY-MM-DD text', () => {
    expect(calendarDate('2023-04-01')).toEqual({ year: 2023, month: 4, day: 1 });
  });

  it('reads an instant in Japan time: 15:00Z is already the next day', () => {
    expect(calendarDate(new Date('2024-03-31T15:00:00Z'))).toEqual({ year: 2024, month: 4, day: 1 });
    expect(calendarDate(new Date('2024-03-31T14:59:59.999Z'))).toEqual({ year: 2024, month: 3, day: 31 });
  });

  it('gives the same day for an instant in every host time zone', () => {
    const instant = new Date('2019-04-30T15:00:00Z');
    expect(new Set(underEveryTimeZone(() => isoDate(instant)))).toEqual(new Set(['2019-05-01']));
  });

  it('checks a { year, month, day } object and returns a copy', () => {
    const input = { year: 2024, month: 2, day: 29 };
    const result = calendarDate(input);
    expect(result).toEqual(input);
    expect(result).not.toBe(input);
  });

  it('rejects days that do not exist', () => {
    expect(errorCode(() => calendarDate('2023-02-30'))).toBe('INVALID_DATE');
    expect(errorCode(() => calendarDate('2023-02-29'))).toBe('INVALID_DATE');
    expect(errorCode(() => calendarDate('2100-02-29'))).toBe('INVALID_DATE');
    expect(errorCode(() => calendarDate({ year: 2023, month: 13, day: 1 }))).toBe('INVALID_DATE');
    expect(errorCode(() => calendarDate(new Date(Number.NaN)))).toBe('INVALID_DATE');
  });

  it('rejects text that is not exactly YYYY-MM-DD or YYYY/M/D', () => {
    for (const text of [
      '2023-4-1',
      '2023/04-01',
      '2023/4/1 ',
      '２０２３-０４-０１',
      '2023-04-01T00:00:00Z',
      '',
      ' 2023-04-01',
    ]) {
      expect(errorCode(() => calendarDate(text))).toBe('INVALID_DATE');
    }
  });

  it('rejects dates before 1873-01-01 rather than guessing the lunisolar calendar', () => {
    expect(errorCode(() => calendarDate('1872-12-31'))).toBe('BEFORE_GREGORIAN');
    expect(errorCode(() => calendarDate(new Date('1872-12-31T14:59:59Z')))).toBe('BEFORE_GREGORIAN');
    expect(calendarDate(new Date('1872-12-31T15:00:00Z'))).toEqual({ year: 1873, month: 1, day: 1 });
  });

  it('rejects dates after 9999-12-31', () => {
    expect(errorCode(() => calendarDate({ year: 10_000, month: 1, day: 1 }))).toBe('DATE_OUT_OF_RANGE');
    expect(errorCode(() => calendarDate(new Date('9999-12-31T15:00:00Z')))).toBe('DATE_OUT_OF_RANGE');
  });

  it('rejects what is not a date', () => {
    for (const input of [
      null,
      undefined,
      20230401,
      [2023, 4, 1],
      { year: '2023', month: 4, day: 1 },
      { y: 1 },
    ]) {
      expect(errorCode(() => calendarDate(input as never))).toBe('INVALID_ARGUMENT');
    }
  });

  it('agrees with the platform calendar on every day it accepts', () => {
    fc.assert(
      fc.property(arbDate, (date) => {
        expect(calendarDate(noonInJapan(date))).toEqual(date);
        expect(calendarDate(isoDate(date))).toEqual(date);
      }),
    );
  });
});

describe('date arithmetic', () => {
  it('counts days across a leap year', () => {
    expect(daysBetween('2023-04-01', '2024-04-01')).toBe(366);
    expect(daysBetween('2024-04-01', '2023-04-01')).toBe(-366);
  });

  it('adds days across a fiscal-year boundary', () => {
    expect(addDays('2024-03-31', 1)).toEqual({ year: 2024, month: 4, day: 1 });
    expect(addDays('1873-01-02', -1)).toEqual({ year: 1873, month: 1, day: 1 });
  });

  it('refuses to leave the supported range or take a fractional day', () => {
    expect(errorCode(() => addDays('1873-01-01', -1))).toBe('BEFORE_GREGORIAN');
    expect(errorCode(() => addDays('9999-12-31', 1))).toBe('DATE_OUT_OF_RANGE');
    expect(errorCode(() => addDays('2023-04-01', 0.5))).toBe('INVALID_NUMBER');
    expect(errorCode(() => addDays('2023-04-01', Number.NaN))).toBe('INVALID_NUMBER');
  });

  it('addDays and daysBetween undo each other', () => {
    fc.assert(
      fc.property(arbDate, fc.integer({ min: -5000, max: 5000 }), (date, days) => {
        fc.pre(daysBetween('1873-01-01', date) + days >= 0 && daysBetween(date, '9999-12-31') - days >= 0);
        expect(daysBetween(date, addDays(date, days))).toBe(days);
      }),
    );
  });

  it('sorts dates in calendar order', () => {
    expect(['2024-04-01', '2023-04-01', '2023-03-31'].sort(compareDates)).toEqual([
      '2023-03-31',
      '2023-04-01',
      '2024-04-01',
    ]);
    expect(compareDates(dateOfDay(0), '1970-01-01')).toBe(0);
  });

  it("today is the Japan date of now, whatever the host's zone", () => {
    const expected = isoDate(new Date());
    const days = underEveryTimeZone(() => isoDate(today()));
    for (const day of days) expect([expected, isoDate(new Date(Date.now() + 1000))]).toContain(day);
  });
});
