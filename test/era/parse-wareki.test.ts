import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FormatWarekiOptions, formatWareki, MunikpiError, parseWareki } from '../../src/index.js';
import { arbInterestingDate, errorCode } from '../helpers.js';

const day = (text: string) => {
  const parsed = parseWareki(text);
  if (parsed.precision !== 'day') throw new Error(`${text} parsed as ${parsed.precision}`);
  return parsed.date;
};

describe('parseWareki', () => {
  it.each([
    '令和5年4月1日',
    '令和 5 年 4 月 1 日',
    '令和５年４月１日',
    '令和五年四月一日',
    'R5.4.1',
    'R05/04/01',
    'r5.4.1',
    'Ｒ５．４．１',
    '令5.4.1',
    '㋿5.4.1',
    '令和5年4月1日（土）',
    '令和5年4月1日(土曜日)',
    '  令和5年4月1日\n',
  ])('reads %s as 2023-04-01', (text) => {
    expect(day(text)).toEqual({ year: 2023, month: 4, day: 1 });
  });

  it('reads 元年 and 1年 alike', () => {
    expect(parseWareki('令和元年')).toMatchObject({ precision: 'year', year: 2019, eraYear: 1 });
    expect(parseWareki('令和1年')).toMatchObject({ precision: 'year', year: 2019, eraYear: 1 });
    expect(day('令和元年5月1日')).toEqual({ year: 2019, month: 5, day: 1 });
  });

  it('reads kanji numerals with 十', () => {
    expect(parseWareki('令和十五年').year).toBe(2033);
    expect(parseWareki('平成三十一年').year).toBe(2019);
    expect(day('昭和六十四年一月七日')).toEqual({ year: 1989, month: 1, day: 7 });
  });

  it('reads the last day of 平成, H31.4.30', () => {
    expect(day('H31.4.30')).toEqual({ year: 2019, month: 4, day: 30 });
  });

  it('gives only the year or year-month when that is all the text says', () => {
    expect(parseWareki('R5')).toMatchObject({ precision: 'year', year: 2023 });
    expect(parseWareki('令和6年1月')).toMatchObject({ precision: 'month', year: 2024, month: 1 });
    expect(parseWareki('R5.3')).toMatchObject({ precision: 'month', year: 2023, month: 3 });
  });

  it('rejects 平成31年5月1日, after 平成 ended, unless overflow is allowed', () => {
    expect(errorCode(() => parseWareki('平成31年5月1日'))).toBe('ERA_YEAR_OUT_OF_RANGE');
    expect(parseWareki('平成31年5月1日', { allowOverflow: true })).toMatchObject({
      precision: 'day',
      year: 2019,
      overflow: true,
      eraYear: 31,
    });
    expect(parseWareki('平成32年', { allowOverflow: true })).toMatchObject({ year: 2020, overflow: true });
    expect(parseWareki('令和5年').overflow).toBe(false);
  });

  it('rejects dates before an era began, even with overflow', () => {
    expect(errorCode(() => parseWareki('令和元年4月30日', { allowOverflow: true }))).toBe(
      'ERA_YEAR_OUT_OF_RANGE',
    );
    expect(errorCode(() => parseWareki('大正元年7月29日'))).toBe('ERA_YEAR_OUT_OF_RANGE');
    expect(errorCode(() => parseWareki('令和0年'))).toBe('ERA_YEAR_OUT_OF_RANGE');
  });

  it('rejects the lunisolar years of 明治 before 1873', () => {
    expect(errorCode(() => parseWareki('明治5年12月2日'))).toBe('BEFORE_GREGORIAN');
    expect(day('明治6年1月1日')).toEqual({ year: 1873, month: 1, day: 1 });
  });

  it('rejects impossible dates and wrong weekdays', () => {
    expect(errorCode(() => parseWareki('令和5年2月30日'))).toBe('INVALID_DATE');
    expect(errorCode(() => parseWareki('R5.13.1'))).toBe('INVALID_DATE');
    expect(errorCode(() => parseWareki('R5.0.1'))).toBe('INVALID_DATE');
    expect(errorCode(() => parseWareki('令和5年4月1日（日）'))).toBe('INVALID_WAREKI');
  });

  it('names unknown eras', () => {
    expect(errorCode(() => parseWareki('慶応3年'))).toBe('UNKNOWN_ERA');
    expect(errorCode(() => parseWareki('Q5.4.1'))).toBe('UNKNOWN_ERA');
  });

  it('rejects text in no accepted form, and fiscal years', () => {
    for (const text of [
      '',
      '   ',
      '2023-04-01',
      '令和',
      '令和年',
      '令和5年4月1日x',
      'R5..1',
      '令和5年度',
      '令和12345年',
    ]) {
      const code = errorCode(() => parseWareki(text));
      expect(['INVALID_WAREKI', 'UNKNOWN_ERA']).toContain(code);
    }
    expect(errorCode(() => parseWareki('令和5年度'))).toBe('INVALID_WAREKI');
  });

  it('rejects non-text and over-long text', () => {
    expect(errorCode(() => parseWareki(5 as never))).toBe('INVALID_ARGUMENT');
    expect(errorCode(() => parseWareki(`令和5年${' '.repeat(300)}`))).toBe('INPUT_TOO_LONG');
  });

  it('names the input in its message', () => {
    try {
      parseWareki('平成31年5月1日');
    } catch (error) {
      expect(error).toBeInstanceOf(MunikpiError);
      expect((error as MunikpiError).message).toContain('平成31年5月1日');
      expect((error as MunikpiError).input).toBe('平成31年5月1日');
    }
  });

  const styles: FormatWarekiOptions[] = [
    {},
    { gannen: false },
    { era: 'initial' },
    { era: 'initial', pad: true },
    { era: 'short' },
    { era: 'initial', separator: '/' },
    { era: 'short', separator: '-' },
    { numerals: 'kanji' },
    { weekday: true },
    { era: 'initial', weekday: true },
  ];

  it('reads back every day it writes, in every style (parse ∘ format = identity)', () => {
    fc.assert(
      fc.property(arbInterestingDate, fc.constantFrom(...styles), (date, style) => {
        expect(day(formatWareki(date, style))).toEqual(date);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back years and year-months', () => {
    fc.assert(
      fc.property(arbInterestingDate, (date) => {
        expect(parseWareki(formatWareki(date, { fields: 'year-month' }))).toMatchObject({
          year: date.year,
          month: date.month,
        });
        expect(parseWareki(formatWareki(date, { fields: 'year', numerals: 'kanji' })).year).toBe(date.year);
      }),
    );
  });

  it('never hangs on adversarial text of 100 kB', () => {
    const texts = [
      '令和'.repeat(50_000),
      '令和5年'.repeat(25_000),
      '1'.repeat(100_000),
      '令和5.'.repeat(25_000),
    ];
    for (const text of texts) expect(errorCode(() => parseWareki(text))).toBe('INPUT_TOO_LONG');
  });
});

describe('parseWareki reads back every day formatWareki writes', () => {
  it('round-trips every day from 1873-01-01 to 2100-12-31, in the kanji and the initial forms', () => {
    const failures: string[] = [];
    for (let day = Date.UTC(1873, 0, 1); day <= Date.UTC(2100, 11, 31); day += 86_400_000) {
      const d = new Date(day);
      const date = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
      for (const text of [formatWareki(date), formatWareki(date, { era: 'initial', pad: true })]) {
        const back = parseWareki(text);
        if (
          back.precision !== 'day' ||
          back.date.year !== date.year ||
          back.date.month !== date.month ||
          back.date.day !== date.day
        ) {
          failures.push(text);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
