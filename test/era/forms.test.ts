/*
 * Era dates in every written form, generated from the day they mean (an oracle independent of
 * munikpi's formatter): parseWareki reads each back to its day, and findWarekiDates finds each
 * once, at its place, inside running Japanese text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findWarekiDates, parseWareki } from '../../src/index.js';
import { dateOfDay } from '../helpers.js';

interface EraRow {
  readonly name: string;
  readonly initial: string;
  readonly ligature: string;
  /** First day as days since 1970-01-01. */
  readonly from: number;
  readonly firstYear: number;
}

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

// The eras as the law sets them (明治 counted from 1873-01-01, the first Gregorian day).
const ERA_ROWS: readonly EraRow[] = [
  { name: '明治', initial: 'M', ligature: '㍾', from: day(1873, 1, 1), firstYear: 1868 },
  { name: '大正', initial: 'T', ligature: '㍽', from: day(1912, 7, 30), firstYear: 1912 },
  { name: '昭和', initial: 'S', ligature: '㍼', from: day(1926, 12, 25), firstYear: 1926 },
  { name: '平成', initial: 'H', ligature: '㍻', from: day(1989, 1, 8), firstYear: 1989 },
  { name: '令和', initial: 'R', ligature: '㋿', from: day(2019, 5, 1), firstYear: 2019 },
];

const KANJI_DIGITS = '〇一二三四五六七八九';
/** 1..99 in kanji numerals: 五, 十, 十五, 二十, 六十三. */
function kanji(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 0 ? '' : `${tens === 1 ? '' : KANJI_DIGITS[tens]}十`}${ones === 0 ? '' : KANJI_DIGITS[ones]}`;
}
const fullWidth = (text: string) =>
  text.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

interface Case {
  readonly text: string;
  readonly date: { year: number; month: number; day: number };
}

const arbCase = fc
  .record({
    n: fc.integer({ min: day(1873, 1, 1), max: day(2100, 12, 31) }),
    form: fc.constantFrom('kanji', 'kanjiNumerals', 'ligature', 'dotted', 'short'),
    gannen: fc.boolean(),
    wide: fc.boolean(),
    space: fc.constantFrom('', ' ', '　'),
    separator: fc.constantFrom('.', '/', '-', '．', '／', '－'),
    initialCase: fc.constantFrom('upper', 'lower', 'wide'),
    pad: fc.boolean(),
    weekday: fc.constantFrom('none', 'full', 'half', 'long'),
  })
  .map((o): Case => {
    const date = dateOfDay(o.n);
    const era = [...ERA_ROWS].reverse().find((row) => o.n >= row.from) as EraRow;
    const y = date.year - era.firstYear + 1;
    const two = (v: number) => (o.pad && v < 10 ? `0${v}` : String(v));
    const digits = (text: string) => (o.wide ? fullWidth(text) : text);
    const s = o.space;
    let text: string;
    switch (o.form) {
      case 'kanji':
        text = `${era.name}${s}${y === 1 && o.gannen ? '元' : digits(String(y))}${s}年${s}${digits(String(date.month))}${s}月${s}${digits(String(date.day))}${s}日`;
        break;
      case 'kanjiNumerals':
        text = `${era.name}${y === 1 && o.gannen ? '元' : kanji(y)}年${kanji(date.month)}月${kanji(date.day)}日`;
        break;
      case 'ligature':
        text = `${era.ligature}${digits(String(y))}年${digits(String(date.month))}月${digits(String(date.day))}日`;
        break;
      case 'short':
        text = `${era.name[0]}${two(y)}${o.separator}${two(date.month)}${o.separator}${two(date.day)}`;
        break;
      default: {
        const initial =
          o.initialCase === 'upper'
            ? era.initial
            : o.initialCase === 'lower'
              ? era.initial.toLowerCase()
              : fullWidth(era.initial);
        text = `${initial}${two(y)}${o.separator}${two(date.month)}${o.separator}${two(date.day)}`;
      }
    }
    const dow = '日月火水木金土'[new Date(o.n * 86_400_000).getUTCDay()] as string;
    if (o.weekday === 'full') text += `（${dow}）`;
    else if (o.weekday === 'half') text += `(${dow})`;
    else if (o.weekday === 'long') text += `（${dow}曜日）`;
    return { text, date };
  });

describe('every written form of an era date', () => {
  it('parseWareki reads it as the day it means', () => {
    fc.assert(
      fc.property(arbCase, ({ text, date }) => {
        const parsed = parseWareki(text);
        expect(parsed.precision, text).toBe('day');
        expect(parsed.precision === 'day' ? parsed.date : null, text).toEqual(date);
      }),
      { numRuns: 3_000 },
    );
  });

  it('findWarekiDates finds it once, at its place, in running text', () => {
    fc.assert(
      fc.property(
        arbCase,
        fc.constantFrom('', 'は', '本日、', '（', '期限：'),
        fc.constantFrom('', 'に実施', '。', '）', '現在'),
        ({ text, date }, before, after) => {
          const found = findWarekiDates(`${before}${text}${after}`);
          expect(found.length, text).toBe(1);
          const [match] = found;
          expect(match?.index, text).toBe(before.length);
          expect(match?.text, text).toBe(text);
          expect(match?.end, text).toBe(before.length + text.length);
          expect(match?.date, text).toEqual(date);
          expect(match?.kind, text).toBe('date');
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe('forms that stand in ordinary words', () => {
  it('takes an initial only where no letter or digit touches it', () => {
    expect(findWarekiDates('R5.4.1')).toHaveLength(1);
    expect(findWarekiDates('XR5.4.1')).toHaveLength(0);
    expect(findWarekiDates('R5.4.1X')).toHaveLength(0);
    expect(findWarekiDates('1R5.4.1')).toHaveLength(0);
    expect(findWarekiDates('ＸR5.4.1')).toHaveLength(0);
    expect(findWarekiDates('R5.4.1ｘ')).toHaveLength(0);
    expect(findWarekiDates('R5.4.1Ａ')).toHaveLength(0);
    expect(findWarekiDates('xR5.4.1')).toHaveLength(0);
    expect(findWarekiDates('zR5.4.1')).toHaveLength(0);
    expect(findWarekiDates('ｚR5.4.1')).toHaveLength(0);
    expect(findWarekiDates('9R5.4.1')).toHaveLength(0);
    expect(findWarekiDates('９R5.4.1')).toHaveLength(0);
    expect(findWarekiDates('@R5.4.1')).toHaveLength(1);
    expect(findWarekiDates('[R5.4.1]')).toHaveLength(1);
  });

  it('takes a one-kanji era only in the dotted form (令5.4.1), not in words (令5年)', () => {
    expect(findWarekiDates('令5.4.1').map((m) => m.text)).toEqual(['令5.4.1']);
    expect(findWarekiDates('命令5年')).toHaveLength(0);
  });

  it('finds fiscal years and ranges of them with their years', () => {
    const found = findWarekiDates('計画期間：令和3年度～令和6年度、令和3～6年度、R5年度、平成 31 年 度');
    expect(found.map((m) => [m.kind, m.year, m.toYear])).toEqual([
      ['fiscal-year-range', 2021, 2024],
      ['fiscal-year-range', 2021, 2024],
      ['fiscal-year', 2023, null],
      ['fiscal-year', 2019, null],
    ]);
  });

  it('finds years and year-months without days', () => {
    const found = findWarekiDates('令和5年に始め、令和6年3月に終える。R6.3');
    expect(found.map((m) => [m.kind, m.year, m.month, m.day])).toEqual([
      ['year', 2023, null, null],
      ['year-month', 2024, 3, null],
      ['year-month', 2024, 3, null],
    ]);
  });
});
