/*
 * The largest files the default import limits let in (issue 17, item 6), made here rather than
 * committed: a CSV and a workbook of `rows` rows (a header and a program with a KPI on each
 * other row), each row's note long enough to fill `textBytes` to within a few kilobytes.
 */
import { strToU8 } from 'fflate';
import iconv from 'iconv-lite';
import { DEFAULT_LIMITS } from '../../src/io/limits.js';
import { rawXlsx, worksheet } from './raw-xlsx.js';

const HEADER = [
  '方向性',
  'No.',
  '実施プログラム',
  '評価',
  '指標名',
  '単位',
  '方向',
  '基準値',
  '基準日',
  '目標種別',
  '目標値',
  '目標年度',
  '実績',
  '取組実績',
];

/** The program rows a table of the most rows holds: every row but the header. */
export const MOST_PROGRAMS = DEFAULT_LIMITS.rows - 1;

/** Program i's row, with a note of `chars` characters (3 bytes each in UTF-8). */
function row(i: number, chars: number): string[] {
  return [
    '1 地域資源によるサービスの実現',
    String(i),
    `窓口のオンライン化と事務の見直し${i}`,
    'A',
    '電子申請の利用率',
    '%',
    '高い方が良い',
    '10',
    '2021-03-31',
    '水準',
    '90',
    '2024',
    '50',
    `${'進'.repeat(chars)}${i}`,
  ];
}

/** The note length that fills the budget: a first guess from the size without notes, then corrected once. */
function fill(size: (chars: number) => number, budget: number, rows: number, perChar = 3): number {
  const step = (chars: number) => chars + Math.floor((budget - size(chars)) / rows / perChar);
  return Math.max(0, step(step(0)));
}

function csv(rows: number, chars: number): string {
  const lines = [HEADER, ...Array.from({ length: rows }, (_, i) => row(i + 1, chars))];
  return lines.map((cells) => `${cells.join(',')}\r\n`).join('');
}

/** A CSV of `programs` short program rows (no note). */
export function csvOfRows(programs: number): Uint8Array {
  return strToU8(csv(programs, 0));
}

/**
 * The largest CSV the default limits accept: the most rows, and its bytes within 13 kB of
 * `textBytes`. In Shift_JIS (2 bytes a kanji, not 3) the same bytes hold half as many more characters.
 */
export function largestCsv(encoding: 'utf-8' | 'shift_jis' = 'utf-8'): Uint8Array {
  const encode = (text: string): Uint8Array =>
    encoding === 'utf-8' ? strToU8(text) : Uint8Array.from(iconv.encode(text, 'cp932'));
  const budget = DEFAULT_LIMITS.textBytes - 4_000;
  const perChar = encoding === 'utf-8' ? 3 : 2;
  const chars = fill((c) => encode(csv(MOST_PROGRAMS, c)).length, budget, MOST_PROGRAMS, perChar);
  return encode(csv(MOST_PROGRAMS, chars));
}

const column = (c: number): string => String.fromCharCode(65 + c);

/** The sheet and shared strings of a workbook of these rows, each text a shared string. */
function sheetParts(rows: number, chars: number): { sheet: string; sharedStrings: string } {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const cell = (ref: string, value: string): string => {
    let at = index.get(value);
    if (at === undefined) {
      at = strings.length;
      strings.push(value);
      index.set(value, at);
    }
    return `<c r="${ref}" t="s"><v>${at}</v></c>`;
  };
  const lines = [HEADER, ...Array.from({ length: rows }, (_, i) => row(i + 1, chars))];
  const body = lines
    .map(
      (cells, r) =>
        `<row r="${r + 1}">${cells.map((v, c) => cell(`${column(c)}${r + 1}`, v)).join('')}</row>`,
    )
    .join('');
  const sheet = worksheet(`<dimension ref="A1:N${rows + 1}"/><sheetData>${body}</sheetData>`);
  const sharedStrings =
    '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' +
    ` count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`;
  return { sheet, sharedStrings };
}

/** The XML a workbook of these parts inflates to, in bytes. */
export function xmlBytes(parts: { sheet: string; sharedStrings: string }): number {
  return strToU8(parts.sheet).length + strToU8(parts.sharedStrings).length;
}

/**
 * The largest workbook the default limits accept: the most rows, each text a shared string (as
 * Excel saves them), its XML within 17 kB of `textBytes` (the archive's other parts take 1 kB).
 */
export function largestXlsx(): { readonly bytes: Uint8Array; readonly xmlBytes: number } {
  const budget = DEFAULT_LIMITS.textBytes - 8_000;
  const chars = fill((c) => xmlBytes(sheetParts(MOST_PROGRAMS, c)), budget, MOST_PROGRAMS);
  const parts = sheetParts(MOST_PROGRAMS, chars);
  return { bytes: rawXlsx(parts), xmlBytes: xmlBytes(parts) };
}

/** The fiscal year the dense table's actuals run up to: its period ends there. */
const LAST_YEAR = 2024;

/**
 * A CSV of the most cells, every one of them read: the most rows, each a program with a KPI and
 * an actual for each fiscal year up to FY2024 (`FY2010実績` …), as many years as make
 * `limits.cells` in all; `extra` more cells on the last row. `period` is the plan period the
 * actuals need (`H22-R6`).
 */
export function mostCellsCsv(extra = 0): { readonly bytes: Uint8Array; readonly period: string } {
  // The program and KPI columns of the other tables, less those a dense row leaves empty.
  const base = HEADER.filter((h) => !['基準日', '目標種別', '実績', '取組実績'].includes(h));
  const years = Math.floor(DEFAULT_LIMITS.cells / DEFAULT_LIMITS.rows) - base.length;
  const first = LAST_YEAR - years + 1;
  const head = [...base, ...Array.from({ length: years }, (_, i) => `FY${first + i}実績`)];
  const lines = [head.join(',')];
  for (let i = 1; i < DEFAULT_LIMITS.rows; i++) {
    const kpi = ['利用率', '%', '高い方が良い', '10', '90', String(LAST_YEAR)];
    const actuals = Array.from({ length: years }, (_, y) => String(10 + ((i + y) % 80)));
    lines.push(['1 窓口', String(i), `窓口改革${i}`, 'A', ...kpi, ...actuals].join(','));
  }
  if (extra > 0) lines[lines.length - 1] += ',1'.repeat(extra);
  const eraYear = first - 1988; // 平成 (H) years: 2010 is H22.
  return { bytes: strToU8(`${lines.join('\r\n')}\r\n`), period: `H${eraYear}-R${LAST_YEAR - 2018}` };
}
