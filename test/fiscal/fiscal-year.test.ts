import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fiscalMonthOf, fiscalQuarterOf, fiscalYearOf, fiscalYearRange } from '../../src/index.js';
import { arbFiscalYear, arbInterestingDate, errorCode, everyDay, underEveryTimeZone } from '../helpers.js';

describe('fiscalYearOf', () => {
  it('puts March 31 in the year that began the previous April', () => {
    expect(fiscalYearOf('2024-03-31')).toBe(2023);
    expect(fiscalYearOf('2024-04-01')).toBe(2024);
  });

  it('decides in Japan time, whatever the host time zone', () => {
    expect(new Set(underEveryTimeZone(() => fiscalYearOf(new Date('2024-03-31T15:00:00Z'))))).toEqual(
      new Set([2024]),
    );
    expect(new Set(underEveryTimeZone(() => fiscalYearOf(new Date('2024-03-31T14:59:59Z'))))).toEqual(
      new Set([2023]),
    );
  });

  it('puts every March 31 and April 1 from 1874 to 2200 on the right side', () => {
    for (let year = 1874; year <= 2200; year++) {
      expect(fiscalYearOf({ year, month: 3, day: 31 })).toBe(year - 1);
      expect(fiscalYearOf({ year, month: 4, day: 1 })).toBe(year);
    }
  });

  it('takes another start month for other bodies', () => {
    expect(fiscalYearOf('2024-03-31', { startMonth: 1 })).toBe(2024);
    expect(fiscalYearOf('2024-06-30', { startMonth: 7 })).toBe(2023);
    expect(fiscalYearOf('2024-07-01', { startMonth: 7 })).toBe(2024);
  });

  it('agrees with fiscalYearRange for every day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1873, max: 2200 }), fc.integer({ min: 1, max: 12 }), (fy, startMonth) => {
        const range = fiscalYearRange(fy, { startMonth });
        for (const day of everyDay(range.start, range.end)) {
          if (fiscalYearOf(day, { startMonth }) !== fy) return false;
        }
        return true;
      }),
      { numRuns: 60 },
    );
  });

  it('rejects bad dates and start months', () => {
    expect(errorCode(() => fiscalYearOf('2023-02-30'))).toBe('INVALID_DATE');
    expect(errorCode(() => fiscalYearOf(new Date(Number.NaN)))).toBe('INVALID_DATE');
    expect(errorCode(() => fiscalYearOf('2023-04-01', { startMonth: 13 }))).toBe('INVALID_OPTION');
    expect(errorCode(() => fiscalYearOf('2023-04-01', { startMonth: 4.5 }))).toBe('INVALID_OPTION');
  });
});

describe('fiscalYearRange', () => {
  it('runs 令和5年度 from 2023-04-01 to 2024-03-31', () => {
    expect(fiscalYearRange(2023)).toEqual({
      fiscalYear: 2023,
      start: { year: 2023, month: 4, day: 1 },
      end: { year: 2024, month: 3, day: 31 },
    });
  });

  it('ends on the last day of the month before the start month', () => {
    expect(fiscalYearRange(2023, { startMonth: 3 }).end).toEqual({ year: 2024, month: 2, day: 29 });
    expect(fiscalYearRange(2023, { startMonth: 1 }).end).toEqual({ year: 2023, month: 12, day: 31 });
  });

  it('has 365 or 366 days and follows on from the year before', () => {
    fc.assert(
      fc.property(arbFiscalYear, (fy) => {
        const range = fiscalYearRange(fy);
        const next = fiscalYearRange(Math.min(fy + 1, 9998));
        const days =
          (Date.UTC(range.end.year, range.end.month - 1, range.end.day) -
            Date.UTC(range.start.year, range.start.month - 1, range.start.day)) /
            86_400_000 +
          1;
        expect([365, 366]).toContain(days);
        if (fy < 9998) expect(next.start).toEqual({ year: range.end.year, month: 4, day: 1 });
      }),
    );
  });

  it('rejects fiscal years outside 1873..9998 and non-integers', () => {
    expect(errorCode(() => fiscalYearRange(1872))).toBe('BEFORE_GREGORIAN');
    expect(errorCode(() => fiscalYearRange(9999))).toBe('DATE_OUT_OF_RANGE');
    expect(fiscalYearRange(9999, { startMonth: 1 }).end).toEqual({ year: 9999, month: 12, day: 31 });
    expect(errorCode(() => fiscalYearRange(2023.5))).toBe('INVALID_FISCAL_YEAR');
    expect(errorCode(() => fiscalYearRange(Number.NaN))).toBe('INVALID_FISCAL_YEAR');
    expect(errorCode(() => fiscalYearRange('2023' as never))).toBe('INVALID_FISCAL_YEAR');
  });
});

describe('fiscal quarters and months', () => {
  it('counts April–June as the first quarter and March as month 12', () => {
    expect(fiscalQuarterOf('2023-04-01')).toBe(1);
    expect(fiscalQuarterOf('2023-06-30')).toBe(1);
    expect(fiscalQuarterOf('2023-07-01')).toBe(2);
    expect(fiscalQuarterOf('2024-01-05')).toBe(4);
    expect(fiscalMonthOf('2023-04-15')).toBe(1);
    expect(fiscalMonthOf('2024-03-31')).toBe(12);
    expect(fiscalMonthOf('2024-03-31', { startMonth: 1 })).toBe(3);
  });

  it('keeps month and quarter consistent for any date', () => {
    fc.assert(
      fc.property(arbInterestingDate, fc.integer({ min: 1, max: 12 }), (date, startMonth) => {
        const month = fiscalMonthOf(date, { startMonth });
        expect(month).toBeGreaterThanOrEqual(1);
        expect(month).toBeLessThanOrEqual(12);
        expect(fiscalQuarterOf(date, { startMonth })).toBe(Math.ceil(month / 3));
      }),
    );
  });
});
