import { describe, expect, it } from 'vitest';
import { planPeriod } from '../../src/index.js';
import { errorCode } from '../helpers.js';

describe('planPeriod', () => {
  const kodaira = planPeriod('R3', 'R6');

  it('spans R3–R6 as four fiscal years with the label Kodaira prints', () => {
    expect(kodaira.years).toEqual([2021, 2022, 2023, 2024]);
    expect(kodaira.length).toBe(4);
    expect(kodaira.label).toBe('令和3年度～令和6年度');
    expect(kodaira.firstDay).toEqual({ year: 2021, month: 4, day: 1 });
    expect(kodaira.lastDay).toEqual({ year: 2025, month: 3, day: 31 });
  });

  it('takes numbers and any fiscal-year label', () => {
    expect(planPeriod(2021, '令和6年度').label).toBe(kodaira.label);
    expect(planPeriod('FY2021', 2024).years).toEqual(kodaira.years);
  });

  it('says which years it contains and counts R5 as year 3', () => {
    expect(kodaira.contains(2023)).toBe(true);
    expect(kodaira.contains(2025)).toBe(false);
    expect(kodaira.ordinal(2021)).toBe(1);
    expect(kodaira.ordinal(2023)).toBe(3);
    expect(errorCode(() => kodaira.ordinal(2020))).toBe('FISCAL_YEAR_OUTSIDE_PERIOD');
  });

  it('gives the exact share of days elapsed, clamped to the period', () => {
    expect(kodaira.elapsed('2021-04-01')).toEqual({ numerator: 1, denominator: 1461 });
    expect(kodaira.elapsed('2024-03-31')).toEqual({ numerator: 1096, denominator: 1461 });
    expect(kodaira.elapsed('2025-03-31')).toEqual({ numerator: 1461, denominator: 1461 });
    expect(kodaira.elapsed('2020-01-01')).toEqual({ numerator: 0, denominator: 1461 });
    expect(kodaira.elapsed('2030-01-01')).toEqual({ numerator: 1461, denominator: 1461 });
    expect(kodaira.elapsed(new Date('2024-03-31T15:00:00Z'))).toEqual({ numerator: 1097, denominator: 1461 });
  });

  it('serialises to plain JSON', () => {
    expect(JSON.parse(JSON.stringify(kodaira))).toMatchObject({
      start: 2021,
      end: 2024,
      label: '令和3年度～令和6年度',
    });
  });

  it('is frozen', () => {
    expect(Object.isFrozen(kodaira)).toBe(true);
    expect(Object.isFrozen(kodaira.years)).toBe(true);
  });

  it('rejects a period that ends before it starts', () => {
    expect(errorCode(() => planPeriod('R6', 'R3'))).toBe('INVALID_FISCAL_YEAR');
    expect(errorCode(() => planPeriod(1800, 2020))).toBe('BEFORE_GREGORIAN');
  });
});
