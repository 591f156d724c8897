import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findWarekiDates } from '../../src/index.js';
import { errorCode } from '../helpers.js';

const report = readFileSync(new URL('../fixtures/kodaira-r5-progress-report.txt', import.meta.url), 'utf8');

describe('findWarekiDates', () => {
  it('finds dates and fiscal years with their positions', () => {
    const text = '令和3年4月1日現在、令和5年度末の電子決裁率は73.9%';
    const found = findWarekiDates(text);
    expect(found.map((m) => [m.kind, m.text, m.year])).toEqual([
      ['date', '令和3年4月1日', 2021],
      ['fiscal-year', '令和5年度', 2023],
    ]);
    for (const match of found) expect(text.slice(match.index, match.end)).toBe(match.text);
  });

  it('finds ranges written with the era once or twice', () => {
    const found = findWarekiDates('(令和3年度～令和6年度) 基本設計(令和 6~7 年度ころ想定)');
    expect(found.map((m) => [m.kind, m.year, m.toYear])).toEqual([
      ['fiscal-year-range', 2021, 2024],
      ['fiscal-year-range', 2024, 2025],
    ]);
  });

  it('does not read ordinary words as era dates', () => {
    expect(findWarekiDates('最大5年間、大5個、RPA と LGWAN、AR55、S:予定以上')).toEqual([]);
  });

  it('skips text that looks like a date but is not one', () => {
    expect(findWarekiDates('令和5年2月30日と平成32年度')).toEqual([]);
    expect(findWarekiDates('平成32年度', { allowOverflow: true })).toMatchObject([
      { kind: 'fiscal-year', year: 2020, overflow: true },
    ]);
  });

  it('finds every era date and fiscal year in the Kodaira report', () => {
    const found = findWarekiDates(report);
    const kinds = new Map<string, number>();
    for (const match of found) kinds.set(match.kind, (kinds.get(match.kind) ?? 0) + 1);
    expect(found).toHaveLength(65);
    expect(Object.fromEntries(kinds)).toEqual({
      'fiscal-year-range': 3,
      'fiscal-year': 35,
      date: 8,
      'year-month': 9,
      year: 10,
    });
    expect(found[0]).toMatchObject({
      kind: 'fiscal-year-range',
      text: '令和3年度～令和6年度',
      year: 2021,
      toYear: 2024,
    });
    expect(found.filter((m) => m.text === '令和 3 年 4 月 1 日')).toHaveLength(2);
    expect(found.some((m) => m.text === '令和元年度' && m.year === 2019)).toBe(true);
    expect(found.some((m) => m.text === '平成27年' && m.year === 2015)).toBe(true);
    for (const match of found) expect(report.slice(match.index, match.end)).toBe(match.text);
  });

  it('reads 100 kB of adversarial text in linear time without error', () => {
    for (const text of [
      '令和'.repeat(50_000),
      '令和5年'.repeat(20_000),
      'R5.'.repeat(30_000),
      '令和5年度～'.repeat(15_000),
    ]) {
      expect(Array.isArray(findWarekiDates(text))).toBe(true);
    }
  });

  it('rejects non-text and text over 10 million characters', () => {
    expect(errorCode(() => findWarekiDates(null as never))).toBe('INVALID_ARGUMENT');
    expect(errorCode(() => findWarekiDates('a'.repeat(10_000_001)))).toBe('INPUT_TOO_LONG');
  });
});
