import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, displayWidth, type ReportTable, toCsv } from '../../src/report/index.js';
import { tableToMarkdown, tableToText } from '../../src/report/table.js';
import { hasActiveCharacter } from '../hostile.js';

/** What a spreadsheet may skip before a formula: whitespace and invisible characters. */
const LEAD_INS = [' ', '\u00a0', '\ufeff', '\u200b', '\n', '\t', '\r', '\r\n', '\u3000', '\u2060', '\u200e'];
/** The characters that start a formula, ASCII and full width. */
const MARKS = ['=', '+', '-', '@', '＝', '＋', '－', '＠'];

/** A cell as a spreadsheet receives it: the CSV parsed back. */
function readBack(cell: string): string {
  const rows = parse(`${cell}\r\n`, { relax_quotes: false }) as string[][];
  return rows[0]?.[0] ?? '';
}

describe('csvCell guards every formula lead-in', () => {
  it('guards each lead-in before each formula mark', () => {
    for (const lead of LEAD_INS) {
      for (const mark of MARKS) {
        const hostile = `${lead}${mark}HYPERLINK("http://evil.example","x")`;
        expect(readBack(csvCell(hostile)), JSON.stringify(hostile)).toBe(`'${hostile}`);
      }
    }
  });

  it('guards any run of lead-ins before a mark, and keeps the text otherwise as it was', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LEAD_INS), { maxLength: 6 }),
        fc.constantFrom(...MARKS),
        fc.string(),
        (leads, mark, tail) => {
          const hostile = `${leads.join('')}${mark}${tail}`;
          if (/^-?\d/.test(hostile)) return true; // may be a plain number: the next test
          return readBack(csvCell(hostile)) === `'${hostile}`;
        },
      ),
    );
  });

  it('keeps plain numbers, negative ones too, readable as numbers', () => {
    for (const n of ['-16.1', '-41.88%', '-1,234', '-604,701,094', '-5', '-1e5', '0', '73.9', '12%']) {
      expect(csvCell(n)).toBe(n.includes(',') ? `"${n}"` : n);
      expect(readBack(csvCell(n))).toBe(n);
    }
    fc.assert(
      fc.property(fc.integer(), fc.nat({ max: 9999 }), (int, frac) => {
        const text = `${int}.${frac}`;
        return csvCell(text) === text;
      }),
    );
  });

  it('guards what only looks like a number at the start', () => {
    for (const cell of ['-1+2', "-2+3+cmd|' /C calc'!A0", ' -16.1', '-16.1 ', '-1,23']) {
      expect(readBack(csvCell(cell))).toBe(`'${cell}`);
    }
  });

  it('leaves text with a mark further in alone', () => {
    expect(csvCell('電子決裁率 = 73.9%')).toBe('電子決裁率 = 73.9%');
    expect(csvCell('a-b')).toBe('a-b');
  });

  it('guards a whole CSV the same way', () => {
    const csv = toCsv([['\u200b=1+1', '－1']]);
    expect(parse(csv)).toEqual([["'\u200b=1+1", "'－1"]]);
  });
});

/** A table whose every text is hostile. */
function hostileTable(text: string): ReportTable {
  return {
    title: text,
    columns: [{ header: text }, { header: 'n', align: 'right' }],
    rows: [
      [text, '1'],
      ['ok', text],
    ],
    note: text,
  };
}

const HOSTILE = [
  '\u001b[2J\u001b[H',
  '\u001b]8;;https://evil.example/\u0007公式\u001b]8;;\u0007',
  '\u009b31m',
  '正しい名前\r偽の名前',
  'abc\u202edef\u2066g\u2069',
  '\u0000\u0007\u007f',
];

describe('tableToText', () => {
  it('lets no escape sequence, C1 control, bidi override or bare CR reach the terminal', () => {
    for (const text of HOSTILE) {
      const out = tableToText(hostileTable(text));
      expect(hasActiveCharacter(out, { lines: true }), JSON.stringify(text)).toBe(false);
    }
  });

  it('shows what was neutralised, and keeps the columns aligned', () => {
    const out = tableToText(hostileTable('正しい名前\r偽の名前'));
    expect(out).toContain('■ 正しい名前\\u000d偽の名前');
    const lines = out.split('\n');
    expect(lines[1]?.startsWith('正しい名前\\u000d偽の名前  ')).toBe(true);
    expect(lines[3]?.startsWith('正しい名前\\u000d偽の名前  ')).toBe(true);
    const widths = lines.slice(1, 5).map((line) => displayWidth(line));
    expect(new Set(widths).size).toBe(1);
  });
});

describe('tableToMarkdown', () => {
  it('keeps the title one heading, every row one line and no HTML, whatever the text', () => {
    const text = 'x\n\n<img src=x onerror=alert(1)>\r# 二つ目の見出し\r\n|a|b|';
    const md = tableToMarkdown(hostileTable(text));
    expect(md).not.toMatch(/<(?!br>)/);
    expect(md.split('\n').filter((line) => line.startsWith('#'))).toHaveLength(1);
    const rows = md.split('\n').filter((line) => line.startsWith('|'));
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row.split(/(?<!\\)\|/)).toHaveLength(4);
  });

  it('escapes a note that would start a list or a heading', () => {
    const md = tableToMarkdown({ title: 't', columns: [{ header: 'h' }], rows: [], note: '- 1\n# 2' });
    expect(md.trimEnd().split('\n').at(-1)).toBe('\\- 1<br>\\# 2');
  });
});
