import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FormatFiscalYearOptions, formatFiscalYear, parseFiscalYear } from '../../src/index.js';
import { errorCode } from '../helpers.js';

describe('formatFiscalYear', () => {
  it('writes 令和5年度, R5年度, R5, 2023年度 and FY2023', () => {
    expect(formatFiscalYear(2023)).toBe('令和5年度');
    expect(formatFiscalYear(2023, { style: 'initial' })).toBe('R5年度');
    expect(formatFiscalYear(2023, { style: 'code' })).toBe('R5');
    expect(formatFiscalYear(2023, { style: 'gregorian' })).toBe('2023年度');
    expect(formatFiscalYear(2023, { style: 'fy' })).toBe('FY2023');
  });

  it('names the years of an era change by the new era, or the old on request', () => {
    expect(formatFiscalYear(2019)).toBe('令和元年度');
    expect(formatFiscalYear(2019, { eraChange: 'old' })).toBe('平成31年度');
    expect(formatFiscalYear(1926)).toBe('昭和元年度');
    expect(formatFiscalYear(1926, { eraChange: 'old' })).toBe('大正15年度');
    expect(formatFiscalYear(1912)).toBe('大正元年度');
    expect(formatFiscalYear(1912, { eraChange: 'old' })).toBe('明治45年度');
  });

  it('names 1988 昭和63年度 and 1989 平成元年度: 平成 began before fiscal 1989 did', () => {
    expect(formatFiscalYear(1988)).toBe('昭和63年度');
    expect(formatFiscalYear(1989)).toBe('平成元年度');
    expect(formatFiscalYear(1989, { eraChange: 'old' })).toBe('平成元年度');
  });

  it('writes 1年度, kanji numerals and the Gregorian year alongside on request', () => {
    expect(formatFiscalYear(2019, { gannen: false })).toBe('令和1年度');
    expect(formatFiscalYear(2033, { numerals: 'kanji' })).toBe('令和十五年度');
    expect(formatFiscalYear(2023, { withGregorian: true })).toBe('令和5年度（2023年度）');
  });

  it('rejects bad fiscal years and options', () => {
    expect(errorCode(() => formatFiscalYear(1872))).toBe('BEFORE_GREGORIAN');
    expect(errorCode(() => formatFiscalYear(2023.5))).toBe('INVALID_FISCAL_YEAR');
    expect(errorCode(() => formatFiscalYear(2023, { style: 'roman' as never }))).toBe('INVALID_OPTION');
    expect(errorCode(() => formatFiscalYear(2023, { eraChange: 'newer' as never }))).toBe('INVALID_OPTION');
    expect(errorCode(() => formatFiscalYear(2023, { numerals: 'x' as never }))).toBe('INVALID_OPTION');
    expect(errorCode(() => formatFiscalYear(2023, { startMonth: 0 }))).toBe('INVALID_OPTION');
  });
});

describe('parseFiscalYear', () => {
  it.each([
    ['令和5年度', 2023],
    ['令和 5 年度', 2023],
    ['R5年度', 2023],
    ['R5', 2023],
    ['令和5', 2023],
    ['2023年度', 2023],
    ['2023', 2023],
    ['FY2023', 2023],
    ['fy 2023', 2023],
    ['ＦＹ２０２３', 2023],
    ['令和５年度', 2023],
    ['令和五年度', 2023],
    ['令和5年度（2023年度）', 2023],
    ['令和元年度', 2019],
    ['平成31年度', 2019],
    ['昭和元年度', 1926],
    ['大正15年度', 1926],
    ['明治6年度', 1873],
  ])('reads %s as %i', (text, year) => {
    expect(parseFiscalYear(text)).toBe(year);
  });

  it('reads 平成32年度 as 2020 only when overflow is allowed', () => {
    expect(errorCode(() => parseFiscalYear('平成32年度'))).toBe('ERA_YEAR_OUT_OF_RANGE');
    expect(parseFiscalYear('平成32年度', { allowOverflow: true })).toBe(2020);
    expect(parseFiscalYear('平成33年度', { allowOverflow: true })).toBe(2021);
    expect(errorCode(() => parseFiscalYear('昭和64年度'))).toBe('ERA_YEAR_OUT_OF_RANGE');
  });

  it('rejects what names no single fiscal year', () => {
    for (const text of [
      '令和5年',
      '令和5年4月',
      '令和5年4月1日',
      'FY23',
      '年度',
      '',
      '令和5年度（2022年度）',
    ]) {
      expect(errorCode(() => parseFiscalYear(text))).toBe('INVALID_FISCAL_YEAR');
    }
    expect(errorCode(() => parseFiscalYear('令和3年度～令和6年度'))).toBe('INVALID_FISCAL_YEAR');
    expect(errorCode(() => parseFiscalYear('慶応3年度'))).toBe('UNKNOWN_ERA');
    expect(errorCode(() => parseFiscalYear('令和0年度'))).toBe('ERA_YEAR_OUT_OF_RANGE');
    expect(errorCode(() => parseFiscalYear('明治5年度'))).toBe('BEFORE_GREGORIAN');
    expect(errorCode(() => parseFiscalYear('1872年度'))).toBe('BEFORE_GREGORIAN');
    expect(errorCode(() => parseFiscalYear(2023 as never))).toBe('INVALID_ARGUMENT');
  });

  const styles: FormatFiscalYearOptions[] = [
    {},
    { style: 'initial' },
    { style: 'code' },
    { style: 'gregorian' },
    { style: 'fy' },
    { eraChange: 'old' },
    { gannen: false },
    { numerals: 'kanji' },
    { withGregorian: true },
  ];

  it('reads back every fiscal year it writes, in every style', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1873, max: 2500 }), fc.constantFrom(...styles), (fy, style) => {
        expect(parseFiscalYear(formatFiscalYear(fy, style))).toBe(fy);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads back every fiscal year around an era change in every style', () => {
    for (const fy of [1911, 1912, 1913, 1925, 1926, 1927, 1988, 1989, 1990, 2018, 2019, 2020]) {
      for (const style of styles) expect(parseFiscalYear(formatFiscalYear(fy, style))).toBe(fy);
    }
  });
});
