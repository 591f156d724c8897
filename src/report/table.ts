import { fail } from '../core/errors.js';
import { displayWidth, padDisplay } from './format.js';

/** A column of a report table. */
export interface TableColumn {
  /** The header. */
  readonly header: string;
  /** How to align the cells; default left. */
  readonly align?: 'left' | 'right';
}

/** A table as the renderers draw it: a title, columns, rows of text cells. */
export interface ReportTable {
  /** The table's title. */
  readonly title: string;
  /** The columns. */
  readonly columns: readonly TableColumn[];
  /** The rows, one text cell per column. */
  readonly rows: readonly (readonly string[])[];
  /** A remark printed under the table. */
  readonly note?: string;
}

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number (or percentage) is safe even when it starts with a minus. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?%?$/;

/**
 * One CSV cell, quoted by RFC 4180 when needed, and neutralised against formula injection: a
 * cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'` so that
 * spreadsheets show it as text (plain negative numbers such as `-16.1` are left alone).
 *
 * @param value - the cell's text
 * @returns the cell as it goes into the CSV
 *
 * @example
 * import { csvCell } from 'munikpi/report';
 * csvCell('電子決裁率'); // '電子決裁率'
 * csvCell('a,"b"'); // '"a,""b"""'
 * csvCell('=HYPERLINK("http://x")'); // `"'=HYPERLINK(""http://x"")"`
 * csvCell('-16.1'); // '-16.1'
 */
export function csvCell(value: string): string {
  if (typeof value !== 'string') fail('INVALID_ARGUMENT', value, 'is not a CSV cell (text)');
  let cell = value;
  if (FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell)) cell = `'${cell}`;
  return /[",\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * Rows as CSV text: RFC 4180 quoting, CRLF line ends, formula injection neutralised. No BOM:
 * add one (or encode as Shift_JIS) when writing bytes for a spreadsheet.
 *
 * @param rows - the rows of cells
 * @returns the CSV text
 *
 * @example
 * import { toCsv } from 'munikpi/report';
 * toCsv([['No.', '評価'], ['12', 'B']]); // 'No.,評価\r\n12,B\r\n'
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  if (!Array.isArray(rows) || !rows.every(Array.isArray))
    fail('INVALID_ARGUMENT', rows, 'is not a list of rows (lists of text)');
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

function markdownCell(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/**
 * A table as Markdown (GitHub style), with `|` escaped and line breaks as `<br>`.
 * @internal
 */
export function tableToMarkdown(table: ReportTable): string {
  const header = `| ${table.columns.map((c) => markdownCell(c.header)).join(' | ')} |`;
  const rule = `| ${table.columns.map((c) => (c.align === 'right' ? '---:' : '---')).join(' | ')} |`;
  const rows = table.rows.map((row) => `| ${row.map(markdownCell).join(' | ')} |`);
  const note = table.note === undefined ? '' : `\n${markdownCell(table.note)}\n`;
  return `### ${markdownCell(table.title)}\n\n${[header, rule, ...rows].join('\n')}\n${note}`;
}

/**
 * A table for a terminal: columns aligned by display width, so that Japanese text lines up.
 * @internal
 */
export function tableToText(table: ReportTable): string {
  const oneLine = (s: string) => s.replace(/\s*\r?\n\s*/g, ' ');
  const widths = table.columns.map((column, i) =>
    Math.max(displayWidth(column.header), ...table.rows.map((row) => displayWidth(oneLine(row[i] ?? '')))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => padDisplay(oneLine(cell), widths[i] as number, table.columns[i]?.align))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  const out = [`■ ${table.title}`, line(table.columns.map((c) => c.header)), rule, ...table.rows.map(line)];
  if (table.note !== undefined) out.push(table.note);
  return `${out.join('\n')}\n`;
}

/**
 * A table as CSV rows: a title row, the header, the cells.
 * @internal
 */
export function tableToCsvRows(table: ReportTable): string[][] {
  return [[table.title], table.columns.map((c) => c.header), ...table.rows.map((row) => [...row])];
}
