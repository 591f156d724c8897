/*
 * The near misses of parseFiscalYear: brackets that do not close or do not hold a Gregorian
 * 年度, prefixes that look like FY, the first and last fiscal years, and what its errors say.
 */
import { describe, expect, it } from 'vitest';
import { formatFiscalYear, parseFiscalYear, planPeriod } from '../../src/index.js';
import { errorCode, thrown } from '../helpers.js';

describe('parseFiscalYear: the Gregorian year in brackets', () => {
  it.each([
    '令和5年度（2023年度」',
    '令和5年度（2023年度',
    '令和5年度・2023年度）',
    '令和5年度（平成35年度）',
    '令和5年度（0000年度）',
    'R5（2023年度）',
    '令和5（2023年度）',
  ])('refuses %j', (text) => {
    expect(errorCode(() => parseFiscalYear(text))).toBe('INVALID_FISCAL_YEAR');
  });

  it('reads the brackets in either width, with spaces inside', () => {
    expect(parseFiscalYear('令和5年度（２０２３年度）')).toBe(2023);
    expect(parseFiscalYear('R5年度 (2023 年 度)')).toBe(2023);
  });

  it('says when the brackets disagree with the era year', () => {
    const error = thrown(() => parseFiscalYear('令和5年度（2024年度）'));
    expect(error.code).toBe('INVALID_FISCAL_YEAR');
    expect(error.message).toContain('2024');
    expect(error.input).toBe('令和5年度（2024年度）');
  });
});

describe('parseFiscalYear: Gregorian forms', () => {
  it.each(['2023年末', '2023月度', '2023年 末', 'CY2023', 'FX 2023', 'XY2023'])('refuses %j', (text) => {
    expect(() => parseFiscalYear(text)).toThrow();
    expect(['INVALID_FISCAL_YEAR', 'UNKNOWN_ERA']).toContain(errorCode(() => parseFiscalYear(text)));
  });

  it('reads FY in any case and width, and nothing else as FY', () => {
    for (const text of ['FY2023', 'fY2023', 'Fy2023', 'ＦＹ2023', 'ｆｙ2023', 'Ｆy2023', 'fＹ2023']) {
      expect(parseFiscalYear(text), text).toBe(2023);
    }
  });

  it('reads year 0000 as before the Gregorian calendar, not as no year', () => {
    expect(errorCode(() => parseFiscalYear('0000'))).toBe('BEFORE_GREGORIAN');
    expect(errorCode(() => parseFiscalYear('0000年度'))).toBe('BEFORE_GREGORIAN');
  });
});

describe('parseFiscalYear: the first and last fiscal years', () => {
  it('reads 明治6年度 as 1873 when fiscal years start in January, but not in April', () => {
    expect(parseFiscalYear('明治6年度', { startMonth: 1 })).toBe(1873);
    expect(parseFiscalYear('明治6年度')).toBe(1873);
    expect(errorCode(() => parseFiscalYear('明治5年度', { startMonth: 1 }))).toBe('BEFORE_GREGORIAN');
  });

  it('reads fiscal 9999 only when it ends in 9999', () => {
    expect(parseFiscalYear('令和7981年度', { startMonth: 1 })).toBe(9999);
    expect(parseFiscalYear('令和7980年度')).toBe(9998);
    const error = thrown(() => parseFiscalYear('令和7981年度'));
    expect(error.code).toBe('DATE_OUT_OF_RANGE');
    expect(error.message).toContain('令和7981年度');
  });
});

describe('parseFiscalYear: errors', () => {
  it('points a range to planPeriod, and says what forms it reads otherwise', () => {
    // A range is named as one even with more text after it.
    for (const text of ['令和3年度～令和6年度', '令和3年度～令和6年度末', '令和3～6年度（2021年度）']) {
      const range = thrown(() => parseFiscalYear(text));
      expect(range.code, text).toBe('INVALID_FISCAL_YEAR');
      expect(range.message, text).toContain('is a range of fiscal years: use planPeriod');
      expect(range.input, text).toBe(text);
    }
    for (const text of ['令和5年', 'R5.4', '令和5年度x', '令和5年度～']) {
      const error = thrown(() => parseFiscalYear(text));
      expect(error.code, text).toBe('INVALID_FISCAL_YEAR');
      expect(error.message, text).not.toContain('planPeriod');
      expect(error.message, text).toContain('is not a fiscal year such as');
      expect(error.input, text).toBe(text);
    }
  });

  it('names the function and the option in its errors', () => {
    expect(thrown(() => parseFiscalYear(5 as never)).message).toContain('parseFiscalYear');
    expect(thrown(() => parseFiscalYear('R5', { allowOverflow: 'yes' as never })).message).toContain(
      'allowOverflow',
    );
  });
});

describe('planPeriod: edges', () => {
  it('allows a period of one fiscal year', () => {
    const one = planPeriod('R5', '令和5年度');
    expect(one.years).toEqual([2023]);
    expect(one.length).toBe(1);
    expect(one.label).toBe('令和5年度～令和5年度');
    expect(one.elapsed('2023-09-30')).toEqual({ numerator: 183, denominator: 366 });
  });

  it('counts the days of the period exactly, leap days included', () => {
    const plan = planPeriod('R3', 'R6');
    expect(plan.elapsed('2021-04-01')).toEqual({ numerator: 1, denominator: 1461 });
    expect(plan.elapsed('2025-03-31')).toEqual({ numerator: 1461, denominator: 1461 });
    expect(planPeriod(2023, 2023, { startMonth: 1 }).elapsed('2023-12-31')).toEqual({
      numerator: 365,
      denominator: 365,
    });
  });

  it('contains its first and last year and nothing outside them', () => {
    const plan = planPeriod('R3', 'R6');
    expect([2020, 2021, 2022, 2024, 2025].map((fy) => plan.contains(fy))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
    expect(plan.ordinal(2024)).toBe(4);
  });

  it('names what it was given in its errors', () => {
    const backwards = thrown(() => planPeriod('R6', 'R3'));
    expect(backwards.code).toBe('INVALID_FISCAL_YEAR');
    expect(backwards.input).toEqual({ from: 'R6', to: 'R3' });
    const outside = thrown(() => planPeriod('R3', 'R6').ordinal(2025));
    expect(outside.code).toBe('FISCAL_YEAR_OUTSIDE_PERIOD');
    expect(outside.input).toBe(2025);
  });
});

describe('formatFiscalYear: what its errors name', () => {
  it('gives the bad fiscal year or option as the input', () => {
    for (const [call, input] of [
      [() => formatFiscalYear(2023.5), 2023.5],
      [() => formatFiscalYear(1872), 1872],
      [() => formatFiscalYear(9999), 9999],
      [() => formatFiscalYear(2023, { style: 'roman' as never }), 'roman'],
      [() => formatFiscalYear(2023, { eraChange: 'newer' as never }), 'newer'],
      [() => formatFiscalYear(2023, { numerals: 'roman' as never }), 'roman'],
    ] as const) {
      expect(thrown(call).input).toBe(input);
    }
    const options = { style: 'fy' as const, withGregorian: true };
    expect(thrown(() => formatFiscalYear(2023, options)).input).toBe(options);
  });

  it('names the flag a bad value was given for', () => {
    expect(thrown(() => formatFiscalYear(2023, { gannen: 'yes' as never })).message).toContain('(gannen)');
    expect(thrown(() => formatFiscalYear(2023, { withGregorian: 1 as never })).message).toContain(
      '(withGregorian)',
    );
  });

  it('writes fiscal 9999 only when it ends in 9999', () => {
    expect(formatFiscalYear(9999, { startMonth: 1, style: 'fy' })).toBe('FY9999');
    expect(errorCode(() => formatFiscalYear(9999))).toBe('DATE_OUT_OF_RANGE');
  });
});
