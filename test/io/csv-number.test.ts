import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { parseNumberCell, readCsv } from '../../src/io/index.js';
import { thrown, toCsv } from './helpers.js';

describe('readCsv', () => {
  test('reads RFC 4180: quotes, doubled quotes, commas and line breaks in fields, CRLF or LF', () => {
    const text =
      'No.,実施プログラム,取組実績\r\n12,"文書の電子化・ペーパーレス化","・試行した。\r\n・""刊行物ライブラリー""を更新, 整理した。"\n13,DX,\n';
    expect(readCsv(text)).toEqual([
      ['No.', '実施プログラム', '取組実績'],
      ['12', '文書の電子化・ペーパーレス化', '・試行した。\r\n・"刊行物ライブラリー"を更新, 整理した。'],
      ['13', 'DX', ''],
    ]);
  });

  test('drops a BOM and keeps rows of different lengths', () => {
    expect(readCsv('\uFEFFa,b\r\nc\r\n')).toEqual([['a', 'b'], ['c']]);
  });

  test('round-trips what another writer quotes', () => {
    const rows = [['a,b', 'say "hi"', 'line\nbreak', ' spaced ', '']];
    expect(readCsv(toCsv(rows))).toEqual(rows);
    expect(parse(toCsv(rows))).toEqual(rows);
  });

  test('broken quoting is INVALID_CSV with the line', () => {
    const open = thrown(() => readCsv('a,b\r\nc,"d\r\ne\r\n'));
    expect(open.code).toBe('INVALID_CSV');
    expect(open.message).toBe('line 2: a quoted field in the record that starts on line 2 is never closed');
    const closing = thrown(() => readCsv('a,b\r\nc,"d"e\r\n'));
    expect(closing.code).toBe('INVALID_CSV');
    expect(closing.issues[0]).toMatchObject({ path: 'line 2', code: 'CSV_INVALID_CLOSING_QUOTE' });
  });
});

describe('parseNumberCell', () => {
  test.each([
    ['604,701,094円', '604701094'],
    ['¥604,701,094', '604701094'],
    ['￥６０４，７０１，０９４', '604701094'],
    ['73.9%', '73.9'],
    ['７３．９％', '73.9'],
    ['1,000', '1000'],
    ['▲5', '-5'],
    ['△5', '-5'],
    ['▲1,234.50', '-1234.5'],
    ['－5', '-5'],
    ['-0', '0'],
    ['+3', '3'],
    ['0.30', '0.3'],
    ['.5', '0.5'],
    ['007', '7'],
    ['123456789012345678901234567890.123456789', '123456789012345678901234567890.123456789'],
    [' 62.3 ', '62.3'],
  ])('%s → %s', (text, value) => {
    expect(parseNumberCell(text)).toBe(value);
  });

  test.each(['', ' ', '-', '―', '－', 'ー', '—'])('%j is no value', (text) => {
    expect(parseNumberCell(text)).toBeNull();
  });

  test('the KPI unit may follow the figure', () => {
    expect(parseNumberCell('48施設', { unit: '施設' })).toBe('48');
    expect(parseNumberCell('２０団体', { unit: '団体' })).toBe('20');
  });

  test.each(['約5', '1,00', '12,3456', '5億', '73.9%%', 'abc', '1.2.3', '5施設', '▲', '1e5'])(
    '%j is rejected',
    (text) => {
      const error = thrown(() => parseNumberCell(text));
      expect(error.code).toBe('INVALID_NUMBER');
      expect(error.message).toContain(JSON.stringify(text));
    },
  );

  test('non-text is refused', () => {
    expect(thrown(() => parseNumberCell(5 as unknown as string)).code).toBe('INVALID_ARGUMENT');
  });
});
