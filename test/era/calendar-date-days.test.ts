/*
 * addDays against the platform's UTC calendar as an oracle, across the 400-year cycle of the
 * Gregorian calendar (2000-02-29 is its last day) and at both ends of the supported range.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/index.js';
import { arbDate, dateOfDay, errorCode, LAST_DAY } from '../helpers.js';

const dayOf = (date: { year: number; month: number; day: number }) =>
  Date.UTC(date.year, date.month - 1, date.day) / 86_400_000;

describe('addDays against the UTC calendar', () => {
  it('agrees on every day of a whole 400-year cycle, 1999-12-31 to 2401-01-01', () => {
    const start = { year: 1999, month: 12, day: 31 };
    const first = dayOf(start);
    const last = dayOf({ year: 2401, month: 1, day: 1 });
    const wrong: string[] = [];
    for (let day = first; day <= last; day++) {
      const got = addDays(start, day - first);
      const want = dateOfDay(day);
      if (got.year !== want.year || got.month !== want.month || got.day !== want.day) {
        wrong.push(`${want.year}-${want.month}-${want.day}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('steps over the leap days of 2000 and 2400, and the missing ones of 2100 and 2200', () => {
    expect(addDays('2000-02-28', 1)).toEqual({ year: 2000, month: 2, day: 29 });
    expect(addDays('2000-02-29', 1)).toEqual({ year: 2000, month: 3, day: 1 });
    expect(addDays('2400-02-28', 1)).toEqual({ year: 2400, month: 2, day: 29 });
    expect(addDays('2100-02-28', 1)).toEqual({ year: 2100, month: 3, day: 1 });
    expect(addDays('2200-03-01', -1)).toEqual({ year: 2200, month: 2, day: 28 });
  });

  it('reaches 9999-12-31 and no further', () => {
    expect(addDays('9999-12-30', 1)).toEqual({ year: 9999, month: 12, day: 31 });
    expect(addDays('1873-01-01', LAST_DAY - dayOf({ year: 1873, month: 1, day: 1 }))).toEqual({
      year: 9999,
      month: 12,
      day: 31,
    });
    expect(errorCode(() => addDays('9999-12-30', 2))).toBe('DATE_OUT_OF_RANGE');
  });

  it('agrees on any date and any step that stays in range', () => {
    fc.assert(
      fc.property(arbDate, fc.integer({ min: -4_000_000, max: 4_000_000 }), (date, days) => {
        const target = dayOf(date) + days;
        if (target < -35_428 || target > LAST_DAY) return;
        expect(addDays(date, days)).toEqual(dateOfDay(target));
      }),
      { numRuns: 3000 },
    );
  });
});
