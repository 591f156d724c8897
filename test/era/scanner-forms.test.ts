/*
 * The edges of the forms the era scanner reads, seen through parseWareki and findWarekiDates:
 * spaces of every width, separators, range marks, weekdays in brackets, 元, kanji numerals with
 * 〇, the limits of month and day, and the word boundaries that keep initials out of words.
 */
import { describe, expect, it } from 'vitest';
import { findWarekiDates, parseWareki } from '../../src/index.js';
import { errorCode } from '../helpers.js';

const day = (text: string) => {
  const parsed = parseWareki(text);
  if (parsed.precision !== 'day') throw new Error(`${text} parsed as ${parsed.precision}`);
  return parsed.date;
};

/** What findWarekiDates finds, as [kind, text]. */
const found = (text: string) => findWarekiDates(text).map((m) => [m.kind, m.text]);

describe('parseWareki: spaces, separators and numerals', () => {
  it.each([
    '令和\t5\t年\t4\t月\t1\t日',
    '令和　５年　４月　１日',
    '令和\u00a05年\u00a04月\u00a01日',
    'R5-4-1',
    'R5／4／1',
    'R5－4－1',
    'R05.04.01',
    '令和五年四月一日（土曜）',
    '令和5年4月1日( 土 )',
  ])('reads %j as 2023-04-01', (text) => {
    expect(day(text)).toEqual({ year: 2023, month: 4, day: 1 });
  });

  it('reads 〇 in positional kanji numerals: 令和五年一〇月一〇日', () => {
    expect(day('令和五年一〇月一〇日')).toEqual({ year: 2023, month: 10, day: 10 });
    expect(day('令和5年10月31日')).toEqual({ year: 2023, month: 10, day: 31 });
  });

  it('reads 令和〇年 as year 0, which does not exist', () => {
    expect(errorCode(() => parseWareki('令和〇年'))).toBe('ERA_YEAR_OUT_OF_RANGE');
    expect(errorCode(() => parseWareki('令和0年'))).toBe('ERA_YEAR_OUT_OF_RANGE');
  });

  it('refuses malformed kanji numerals and over-long numbers as no era date at all', () => {
    for (const text of ['令和十十年', '令和五五十年', '令和5年十十月', '令和12345年', '令和一二三四五年']) {
      expect(
        errorCode(() => parseWareki(text)),
        text,
      ).toBe('INVALID_WAREKI');
    }
  });

  it('does not read letters or signs after a number as digits', () => {
    for (const text of ['令和5a', '令和5ａ', 'R5:', 'R5：', '令和5年4月1日z']) {
      expect(
        errorCode(() => parseWareki(text)),
        text,
      ).toBe('INVALID_WAREKI');
    }
  });

  it('reads 元 only as a year, not as a month or day', () => {
    expect(parseWareki('令和元年')).toMatchObject({ precision: 'year', eraYear: 1 });
    for (const text of ['令和5年元月', '令和5年4月元日', 'R5.元.1', 'R5.4.元']) {
      expect(
        errorCode(() => parseWareki(text)),
        text,
      ).toBe('INVALID_WAREKI');
    }
  });

  it('reads at most two digits of month and day in the dotted form', () => {
    expect(errorCode(() => parseWareki('R05.04.001'))).toBe('INVALID_WAREKI');
    expect(errorCode(() => parseWareki('R05.004.01'))).toBe('INVALID_WAREKI');
    expect(errorCode(() => parseWareki('R5.123'))).toBe('INVALID_WAREKI');
  });

  it('needs the same separator between month and day as between year and month', () => {
    expect(errorCode(() => parseWareki('R5.4/1'))).toBe('INVALID_WAREKI');
    expect(errorCode(() => parseWareki('R5/4.1'))).toBe('INVALID_WAREKI');
    expect(errorCode(() => parseWareki('R5 .4.1'))).toBe('INVALID_WAREKI');
  });

  it('refuses a weekday with an unbalanced or missing bracket, or an unknown day', () => {
    for (const text of [
      '令和5年4月1日（土',
      '令和5年4月1日 土)',
      '令和5年4月1日［土）',
      '令和5年4月1日、土）',
      '令和5年4月1日（祝）',
      '令和5年4月1日（土曜日',
    ]) {
      expect(
        errorCode(() => parseWareki(text)),
        text,
      ).toBe('INVALID_WAREKI');
    }
  });

  it('refuses day 0 and months outside 1..12, with or without a day', () => {
    for (const text of ['令和5年4月0日', '令和5年13月', '令和5年0月', 'R5.13', 'R5.0', '令和5年4月31日']) {
      expect(
        errorCode(() => parseWareki(text)),
        text,
      ).toBe('INVALID_DATE');
    }
    expect(parseWareki('令和5年12月')).toMatchObject({ precision: 'month', month: 12 });
    expect(parseWareki('令和5年1月')).toMatchObject({ precision: 'month', month: 1 });
  });

  it('reads up to 9999-12-31 and no further', () => {
    expect(day('令和7981年12月31日')).toEqual({ year: 9999, month: 12, day: 31 });
    expect(parseWareki('令和7981年').year).toBe(9999);
    expect(errorCode(() => parseWareki('令和7982年1月1日'))).toBe('DATE_OUT_OF_RANGE');
  });
});

describe('parseWareki: unknown eras and options', () => {
  it.each(['慶応3年', '天平5年', 'Q05.04.01', 'Z5', 'a5', 'z5', 'ab5', '慶応〇年', '    慶応3年'])(
    'names %j an unknown era',
    (text) => {
      expect(errorCode(() => parseWareki(text))).toBe('UNKNOWN_ERA');
    },
  );

  it.each(['#5年', '(5)', '（5）', '★5.4.1', '5年', 'ABCD5'])('reads %j as no era date at all', (text) => {
    expect(errorCode(() => parseWareki(text))).toBe('INVALID_WAREKI');
  });

  it('says what form it expected and names the input', () => {
    const error = (() => {
      try {
        parseWareki('令和5年4月1日x');
      } catch (e) {
        return e as Error & { input?: unknown };
      }
      throw new Error('no error');
    })();
    expect(error.message).toContain('is not an era date in any accepted form');
    expect(error.input).toBe('令和5年4月1日x');
  });

  it('never answers a failed parse with the date read before it', () => {
    expect(parseWareki('R5').year).toBe(2023);
    expect(errorCode(() => parseWareki('令和'))).toBe('INVALID_WAREKI');
    expect(parseWareki('R5').year).toBe(2023);
    expect(errorCode(() => parseWareki('Q5'))).toBe('UNKNOWN_ERA');
  });

  it('rejects overflow with empty options, and names a bad allowOverflow', () => {
    expect(errorCode(() => parseWareki('平成31年5月1日', {}))).toBe('ERA_YEAR_OUT_OF_RANGE');
    try {
      parseWareki('令和5年', { allowOverflow: 'yes' as never });
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toContain('allowOverflow');
    }
  });
});

describe('findWarekiDates: boundaries', () => {
  it('finds initials only as whole words, next to no Latin letter or digit', () => {
    expect(findWarekiDates('0R5 ZR5 aR5 zR5 ０R5 ＺR5 ａR5 ｚR5 9R5 AR5 R5x R5ａ R5Ｚ')).toEqual([]);
    expect(found('R3～R6')).toEqual([
      ['year', 'R3'],
      ['year', 'R6'],
    ]);
    expect(found('R5年度の目標、(R6) ・R7')).toEqual([
      ['fiscal-year', 'R5年度'],
      ['year', 'R6'],
      ['year', 'R7'],
    ]);
  });

  it('finds full era names next to anything, such as 令和5年度DX推進計画', () => {
    expect(found('令和5年度DX推進計画')).toEqual([['fiscal-year', '令和5年度']]);
    expect(found('第2期令和6年3月策定')).toEqual([['year-month', '令和6年3月']]);
  });

  it('reads a colon after an initial year as punctuation', () => {
    expect(findWarekiDates('R5: 予定以上')).toMatchObject([{ kind: 'year', text: 'R5', year: 2023 }]);
    expect(findWarekiDates('R5：予定以上')).toMatchObject([{ kind: 'year', text: 'R5', year: 2023 }]);
  });

  it('reads all three range marks: ～ ~ 〜', () => {
    for (const mark of ['～', '~', '〜']) {
      expect(findWarekiDates(`令和3年度${mark}令和6年度`)).toMatchObject([
        { kind: 'fiscal-year-range', year: 2021, toYear: 2024, text: `令和3年度${mark}令和6年度` },
      ]);
      expect(findWarekiDates(`令和6${mark}7年度`)).toMatchObject([
        { kind: 'fiscal-year-range', year: 2024, toYear: 2025 },
      ]);
    }
  });

  it('reads a range whose second year has no era, or is 元年', () => {
    expect(findWarekiDates('令和3年度～6年度')).toMatchObject([
      { kind: 'fiscal-year-range', text: '令和3年度～6年度', year: 2021, toYear: 2024 },
    ]);
    expect(findWarekiDates('平成30年度～令和元年度')).toMatchObject([
      { kind: 'fiscal-year-range', text: '平成30年度～令和元年度', year: 2018, toYear: 2019 },
    ]);
    expect(findWarekiDates('令和5年度～令和5年度')).toMatchObject([
      { kind: 'fiscal-year-range', year: 2023, toYear: 2023 },
    ]);
  });

  it('reads no range to a calendar year, a month or a one-kanji era', () => {
    expect(found('令和3年度～令和6年')).toEqual([
      ['fiscal-year', '令和3年度'],
      ['year', '令和6年'],
    ]);
    expect(found('令和6～7年')).toEqual([['year', '令和6']]);
    expect(found('令和6～7月度')).toEqual([['year', '令和6']]);
    expect(found('平成30年度～令2年度')).toEqual([['fiscal-year', '平成30年度']]);
  });

  it('skips a range that runs backwards or past the end of its era', () => {
    expect(found('令和6年度～令和3年度')).toEqual([['fiscal-year', '令和3年度']]);
    expect(findWarekiDates('平成30年度～平成32年度')).toEqual([]);
    expect(findWarekiDates('平成30年度～平成32年度', { allowOverflow: true })).toMatchObject([
      { kind: 'fiscal-year-range', year: 2018, toYear: 2020, overflow: false },
    ]);
    // 昭和 ended on 1989-01-07, before fiscal 1989 began: 昭和64年度 never existed.
    expect(findWarekiDates('昭和63年度～64年度')).toEqual([]);
    expect(findWarekiDates('昭和63年度～64年度', { allowOverflow: true })).toMatchObject([
      { kind: 'fiscal-year-range', year: 1988, toYear: 1989 },
    ]);
  });

  it('stops a date where the text stops being one', () => {
    expect(found('令和5年4回目')).toEqual([['year', '令和5年']]);
    expect(found('令和5年4月1回目')).toEqual([['year-month', '令和5年4月']]);
    expect(found('令和5年4月29日（祝）')).toEqual([['date', '令和5年4月29日']]);
    expect(found('令和5年4月1日（土')).toEqual([['date', '令和5年4月1日']]);
    expect(found('令和5年4月1日(土曜)です')).toEqual([['date', '令和5年4月1日(土曜)']]);
    expect(found('令和5、6年度')).toEqual([['year', '令和5']]);
  });

  it('ends a dotted date at a sentence-ending dot, and at a third digit', () => {
    expect(found('開始はR5.4.')).toEqual([['year-month', 'R5.4']]);
    expect(found('開始はR5.4.123')).toEqual([['year-month', 'R5.4']]);
    expect(found('R5.4-1')).toEqual([['year-month', 'R5.4']]);
    expect(found('R5.')).toEqual([['year', 'R5']]);
  });

  it('skips years before 1873 and after 9999', () => {
    expect(findWarekiDates('明治5年度')).toEqual([]);
    expect(findWarekiDates('令和7981年度')).toEqual([]);
    expect(findWarekiDates('令和7981年')).toMatchObject([{ kind: 'year', year: 9999 }]);
    expect(findWarekiDates('明治6年度')).toMatchObject([{ kind: 'fiscal-year', year: 1873 }]);
  });

  it('allows overflow only past the end of an era, never for other faults', () => {
    expect(findWarekiDates('令和5年2月30日', { allowOverflow: true })).toEqual([]);
    expect(findWarekiDates('令和0年度', { allowOverflow: true })).toEqual([]);
    expect(findWarekiDates('令和3年度～令和7981年度', { allowOverflow: true })).toEqual([]);
    expect(findWarekiDates('平成31年5月1日', { allowOverflow: true })).toMatchObject([
      { kind: 'date', year: 2019, overflow: true },
    ]);
  });

  it('reports overflow only for years after an era ended', () => {
    expect(findWarekiDates('令和5年度と平成31年4月30日', { allowOverflow: true })).toMatchObject([
      { overflow: false },
      { overflow: false },
    ]);
  });

  it('names the function and the option in its errors', () => {
    const message = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    };
    expect(message(() => findWarekiDates(5 as never))).toContain('findWarekiDates');
    expect(message(() => findWarekiDates('R5', { allowOverflow: 1 as never }))).toContain('allowOverflow');
  });

  it('finds nothing in a year of too many digits or a malformed kanji year', () => {
    expect(findWarekiDates('令和12345年度')).toEqual([]);
    expect(findWarekiDates('令和十十年')).toEqual([]);
  });
});
