/*
 * Every form of a fiscal-year label parseFiscalYear reads, the near misses it refuses, and the
 * round trip from each style formatFiscalYear writes, for every fiscal year 1873..2100.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FiscalYearStyle, formatFiscalYear, parseFiscalYear } from '../../src/index.js';
import { errorCode } from '../helpers.js';

describe('parseFiscalYear reads the labels documents use', () => {
  it.each([
    ['令和5年度', 2023],
    ['令和 5 年 度', 2023],
    ['  令和5年度  ', 2023],
    ['R5年度', 2023],
    ['R5', 2023],
    ['r5', 2023],
    ['Ｒ５年度', 2023],
    ['令和５年度', 2023],
    ['令和五年度', 2023],
    ['令和元年度', 2019],
    ['平成31年度', 2019],
    ['2023年度', 2023],
    ['2023 年度', 2023],
    ['2023年 度', 2023],
    ['２０２３年度', 2023],
    ['2023', 2023],
    ['FY2023', 2023],
    ['fy2023', 2023],
    ['Fy 2023', 2023],
    ['ＦＹ２０２３', 2023],
    ['ｆｙ2023', 2023],
    ['令和5年度（2023年度）', 2023],
    ['令和5年度(2023年度)', 2023],
    ['令和5年度 （ 2023 年度 ）', 2023],
    ['昭和48年度', 1973],
  ])('%s → %i', (text, expected) => {
    expect(parseFiscalYear(text)).toBe(expected);
  });

  it.each([
    ['', 'INVALID_FISCAL_YEAR'],
    ['   ', 'INVALID_FISCAL_YEAR'],
    ['202', 'INVALID_FISCAL_YEAR'],
    ['20234', 'INVALID_FISCAL_YEAR'],
    ['2023年', 'INVALID_FISCAL_YEAR'],
    ['2023度', 'INVALID_FISCAL_YEAR'],
    ['2023年度末', 'INVALID_FISCAL_YEAR'],
    ['FY2023年度', 'INVALID_FISCAL_YEAR'],
    ['FY23', 'INVALID_FISCAL_YEAR'],
    ['FX2023', 'UNKNOWN_ERA'],
    ['F2023', 'UNKNOWN_ERA'],
    ['20a3', 'INVALID_FISCAL_YEAR'],
    ['令和5年', 'INVALID_FISCAL_YEAR'],
    ['令和5年4月1日', 'INVALID_FISCAL_YEAR'],
    ['令和5年度（月）', 'INVALID_FISCAL_YEAR'],
    ['令和5年度（2023年度', 'INVALID_FISCAL_YEAR'],
    ['令和5年度（2023）', 'INVALID_FISCAL_YEAR'],
    ['令和5年度（2024年度）', 'INVALID_FISCAL_YEAR'],
    ['令和5年度 2023年度', 'INVALID_FISCAL_YEAR'],
    ['令和5年度x', 'INVALID_FISCAL_YEAR'],
    ['令和3年度～令和6年度', 'INVALID_FISCAL_YEAR'],
    ['令和3～6年度', 'INVALID_FISCAL_YEAR'],
    ['令和', 'INVALID_FISCAL_YEAR'],
    ['天平5年度', 'UNKNOWN_ERA'],
    ['令和0年度', 'ERA_YEAR_OUT_OF_RANGE'],
    ['平成32年度', 'ERA_YEAR_OUT_OF_RANGE'],
    ['明治5年度', 'BEFORE_GREGORIAN'],
    ['1872年度', 'BEFORE_GREGORIAN'],
    ['9999年度', 'DATE_OUT_OF_RANGE'],
  ])('refuses %j with %s', (text, code) => {
    expect(errorCode(() => parseFiscalYear(text))).toBe(code);
  });

  it('reads years after an era ended only when asked', () => {
    expect(parseFiscalYear('平成32年度', { allowOverflow: true })).toBe(2020);
    expect(parseFiscalYear('昭和64年度', { allowOverflow: true })).toBe(1989);
    expect(errorCode(() => parseFiscalYear('令和0年度', { allowOverflow: true }))).toBe(
      'ERA_YEAR_OUT_OF_RANGE',
    );
  });

  it('counts the fiscal year by its start month', () => {
    expect(parseFiscalYear('FY2023', { startMonth: 1 })).toBe(2023);
    expect(errorCode(() => parseFiscalYear('FY2023', { startMonth: 0 }))).toBe('INVALID_OPTION');
  });
});

describe('parseFiscalYear reads back what formatFiscalYear writes', () => {
  const styles: FiscalYearStyle[] = ['era', 'initial', 'code', 'gregorian', 'fy'];

  it('for every style, numeral and era-change naming, 1873..2100', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1873, max: 2100 }),
        fc.constantFrom(...styles),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('new' as const, 'old' as const),
        (fy, style, kanji, gannen, withGregorian, eraChange) => {
          const era = style === 'era';
          const text = formatFiscalYear(fy, {
            style,
            eraChange,
            ...(era ? { gannen, numerals: kanji ? 'kanji' : 'arabic' } : {}),
            ...(era || style === 'initial' ? { withGregorian } : {}),
          });
          expect(parseFiscalYear(text), text).toBe(fy);
        },
      ),
      { numRuns: 3_000 },
    );
  });
});
