import { fail } from '../core/errors.js';
import { notACsvCell, notCsvRows } from '../core/messages/errors-en.js';
import { markdownHeading, markdownText, terminalText } from '../core/text.js';
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

/** Characters that make a spreadsheet read a cell as a formula, ASCII and full width. */
const FORMULA_MARK = /[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;
/**
 * What a spreadsheet may skip before a formula mark: whitespace of any kind (space, tab, LF,
 * CR, NBSP, U+3000, BOM) and invisible format characters (zero-width space and joiners, bidi
 * marks, word joiner).
 */
const LEAD_IN = /^[\s\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]*/;
/**
 * A number as munikpi writes one: an optional minus, digits (grouped by thousands or not),
 * decimals, an exponent, a percent sign. Safe even when it starts with a minus.
 */
const PLAIN_NUMBER = /^-?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?([eE][+-]?\d+)?%?$/;

/** Whether a spreadsheet could read the cell as a formula. */
function formulaLike(cell: string): boolean {
  if (/^[\t\r]/.test(cell)) return true;
  const lead = LEAD_IN.exec(cell)?.[0].length ?? 0;
  return FORMULA_MARK.test(cell.charAt(lead)) && !PLAIN_NUMBER.test(cell);
}

/**
 * One CSV cell, quoted by RFC 4180 when needed, and neutralised against formula injection: a
 * cell whose first visible character is `=`, `+`, `-`, `@` or a full-width `＝ ＋ － ＠`,
 * whatever whitespace or invisible characters come before it (space, tab, LF, NBSP, BOM,
 * zero-width space), and a cell that begins with a tab or a CR, gets a leading `'` so that
 * spreadsheets show it as text. A plain number, negative or not (`-16.1`, `-1,234`, `-5%`),
 * is left alone so that spreadsheets still read it as a number.
 *
 * @param value - the cell's text
 * @returns the cell as it goes into the CSV
 *
 * @example
 * import { csvCell } from 'munikpi/report';
 * csvCell('電子決裁率'); // '電子決裁率'
 * csvCell('a,"b"'); // '"a,""b"""'
 * csvCell('=HYPERLINK("http://x")'); // `"'=HYPERLINK(""http://x"")"`
 * csvCell('\u00a0=1+1'); // "'\u00a0=1+1"
 * csvCell('＝1+1'); // "'＝1+1"
 * csvCell('-16.1'); // '-16.1'
 */
export function csvCell(value: string): string {
  if (typeof value !== 'string') fail('INVALID_ARGUMENT', { notACsvCell }, { input: value });
  const cell = formulaLike(value) ? `'${value}` : value;
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
    fail('INVALID_ARGUMENT', { notCsvRows }, { input: rows });
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

/**
 * A table as Markdown (GitHub style): every cell, header, title and note escaped by
 * markdownText (one line, `|` and emphasis escaped, no raw HTML, line breaks as `<br>`).
 * @internal
 */
export function tableToMarkdown(table: ReportTable): string {
  const cell = (value: string) => markdownText(value);
  const header = `| ${table.columns.map((c) => cell(c.header)).join(' | ')} |`;
  const rule = `| ${table.columns.map((c) => (c.align === 'right' ? '---:' : '---')).join(' | ')} |`;
  const rows = table.rows.map((row) => `| ${row.map(cell).join(' | ')} |`);
  const note = table.note === undefined ? '' : `\n${markdownText(table.note, { as: 'paragraph' })}\n`;
  return `${markdownHeading(table.title, 3)}\n\n${[header, rule, ...rows].join('\n')}\n${note}`;
}

/** A cell for a terminal: one line (a line break becomes a space), controls shown visibly. */
function terminalCell(value: string): string {
  return terminalText(value.replace(/\s*\r?\n\s*/g, ' '));
}

/**
 * A table for a terminal: columns aligned by display width, so that Japanese text lines up;
 * the title, headers, cells and note made inert by terminalText (no escape sequence, bidi
 * override or lone CR reaches the terminal).
 * @internal
 */
export function tableToText(table: ReportTable): string {
  const rows = table.rows.map((row) => table.columns.map((_, i) => terminalCell(row[i] ?? '')));
  const headers = table.columns.map((c) => terminalCell(c.header));
  const widths = headers.map((header, i) =>
    Math.max(displayWidth(header), ...rows.map((row) => displayWidth(row[i] as string))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => padDisplay(cell, widths[i] as number, table.columns[i]?.align))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  const out = [`■ ${terminalCell(table.title)}`, line(headers), rule, ...rows.map(line)];
  if (table.note !== undefined) out.push(terminalCell(table.note));
  return `${out.join('\n')}\n`;
}

/**
 * A table as CSV rows: a title row, the header, the cells.
 * @internal
 */
export function tableToCsvRows(table: ReportTable): string[][] {
  return [[table.title], table.columns.map((c) => c.header), ...table.rows.map((row) => [...row])];
}
