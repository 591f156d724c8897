/*
 * Kanji numerals as dates write them: 十五, 三十一, 二千二十三, and digit by digit 二〇二三.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readKanjiNumber, toKanjiNumber } from '../../src/era/numerals.js';

const read = (text: string) => readKanjiNumber(text, 0, text.length);

describe('kanji numerals', () => {
  it.each([
    [0, '〇'],
    [1, '一'],
    [10, '十'],
    [15, '十五'],
    [31, '三十一'],
    [64, '六十四'],
    [100, '百'],
    [110, '百十'],
    [1989, '千九百八十九'],
    [2023, '二千二十三'],
    [9999, '九千九百九十九'],
  ])('writes %i as %s and reads it back', (value, text) => {
    expect(toKanjiNumber(value)).toBe(text);
    expect(read(text)).toBe(value);
  });

  it('reads back every number it writes, 0..9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), (n) => {
        expect(read(toKanjiNumber(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['二〇二三', 2023],
    ['二零二三', 2023],
    ['一〇', 10],
    ['〇五', 5],
    ['五', 5],
    ['二三', 23],
  ])('reads the positional form %s as %i', (text, value) => {
    expect(read(text)).toBe(value);
  });

  it('reads a run inside longer text, between start and end', () => {
    expect(readKanjiNumber('令和十五年', 2, 4)).toBe(15);
    expect(readKanjiNumber('二〇二三年度', 0, 4)).toBe(2023);
    expect(readKanjiNumber('五十日', 0, 1)).toBe(5);
    expect(readKanjiNumber('二〇十', 0, 2)).toBe(20);
  });

  it.each([
    '十十',
    '百百',
    '十百',
    '百千',
    '五五十',
    '三四十',
    '〇十',
    '十〇',
    '百〇',
    '二〇二三四',
    '一二三四五六七八',
  ])('refuses the malformed run %s', (text) => {
    expect(read(text)).toBe(-1);
  });
});
