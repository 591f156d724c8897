/*
 * Writers of the tidy tables (munikpi/report tidyTables): one file per table, as CSV (UTF-8 with
 * a byte order mark and CRLF, or Shift_JIS on request) or JSON Lines; or one .xlsx workbook with
 * a sheet per table. The bytes are returned, not written: the caller (the CLI, a server, a test)
 * decides where they go.
 */

import { errorOf, flagOption, MunikpiError, type MunikpiIssue, optionsOf } from '../core/errors.js';
import {
  type ColumnType,
  cellsNotEncodable,
  jsonLinesUtf8,
  notColumnType,
  notEither,
  notEitherUseWorkbook,
  notTidyTables,
  shiftJisNoBom,
  type TableCell,
  tableCellAt,
  tableCellType,
} from '../core/messages/errors-en.js';
import {
  csvCell,
  TIDY_TABLE_NAMES,
  type TidyColumn,
  type TidyTable,
  type TidyTableName,
  type TidyTables,
} from '../report/index.js';
import { encodeText, type TextEncodingName } from './encoding.js';
import { type SheetCell, type SheetSpec, writeWorkbook } from './xlsx-write.js';

/** The file formats {@link exportTidyTables} writes: `csv` or `jsonl` (JSON Lines). */
export type ExportFormat = 'csv' | 'jsonl';

/** Options for {@link exportTidyTables}. */
export interface ExportOptions {
  /** `csv` (default) or `jsonl`. */
  readonly format?: ExportFormat;
  /**
   * CSV only: `utf-8` (default) or `shift_jis` (CP932, for older office software). A character
   * Shift_JIS cannot hold is an error naming its table, row and column, never a `?`.
   */
  readonly encoding?: TextEncodingName;
  /** UTF-8 CSV only: start with a byte order mark, which Excel needs to see UTF-8. Default true. */
  readonly bom?: boolean;
}

/** One file of an export. */
export interface ExportFile {
  /** The table it holds. */
  readonly table: TidyTableName;
  /** The file name: the table's name and the format's extension, `programs.csv`. */
  readonly name: string;
  /** The file's bytes. */
  readonly bytes: Uint8Array;
}

const FORMATS: readonly ExportFormat[] = ['csv', 'jsonl'];
/** Decimal text as JSON and spreadsheets read it: no exponent, no leading zeros, no unit. */
const DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/** A row's cell by column name. */
function cellOf(row: object, name: string): unknown {
  return (row as Record<string, unknown>)[name];
}

/** A cell that does not hold what its column says: where, what it holds, and the column's type. */
type TypeProblem = { readonly path: string; readonly value: unknown; readonly type: ColumnType };

/** Every cell that does not hold what its column says. */
function typeProblems(table: TidyTable): TypeProblem[] {
  const problems: TypeProblem[] = [];
  table.rows.forEach((row, i) => {
    for (const column of table.columns) {
      const value = cellOf(row, column.name);
      if (value === null) continue;
      const fits =
        column.type === 'integer'
          ? Number.isSafeInteger(value)
          : typeof value === 'string' && (column.type === 'text' || DECIMAL.test(value));
      if (!fits) problems.push({ path: `${table.name}[${i}].${column.name}`, value, type: column.type });
    }
  });
  return problems;
}

function checkTables(tables: readonly TidyTable[]): void {
  const problems = tables.flatMap(typeProblems);
  const first = problems[0];
  if (first !== undefined) {
    const issues = problems.map((problem) => ({
      path: problem.path,
      code: 'INVALID_ARGUMENT',
      message: notColumnType(problem),
    }));
    throw errorOf(
      'INVALID_ARGUMENT',
      { tableCellType },
      { path: first.path, value: first.value, type: first.type, count: problems.length },
      { input: first.path, issues },
    );
  }
}

function csvText(table: TidyTable): string {
  const lines = [`${table.columns.map((c) => csvCell(c.name)).join(',')}\r\n`];
  for (const row of table.rows) {
    const cells = table.columns.map((column) => {
      const value = cellOf(row, column.name);
      if (value === null) return '';
      return column.type === 'text' ? csvCell(value as string) : String(value);
    });
    lines.push(`${cells.join(',')}\r\n`);
  }
  return lines.join('');
}

function jsonLinesText(table: TidyTable): string {
  const lines: string[] = [];
  for (const row of table.rows) {
    const fields = table.columns.map((column) => {
      const value = cellOf(row, column.name);
      // Decimal text is written as the JSON number it spells, digit for digit: no float on the way.
      const json = value === null || column.type !== 'decimal' ? JSON.stringify(value) : (value as string);
      return `${JSON.stringify(column.name)}:${json}`;
    });
    lines.push(`{${fields.join(',')}}\n`);
  }
  return lines.join('');
}

/** A cell the encoding cannot hold: the issue, and the cell as the message names it. */
type EncodingProblem = { readonly issue: MunikpiIssue; readonly cell: TableCell };

/** The cells of a table that the encoding cannot hold, each named by table, row and column. */
function encodingIssues(table: TidyTable, encode: (text: string) => Uint8Array): EncodingProblem[] {
  const issues: EncodingProblem[] = [];
  table.rows.forEach((row, i) => {
    for (const column of table.columns) {
      const value = cellOf(row, column.name);
      if (typeof value !== 'string') continue;
      try {
        encode(value);
      } catch (error) {
        if (!(error instanceof MunikpiError)) throw error;
        for (const issue of error.issues) {
          // Line 1 is the header: row i is on line i + 2 of the file.
          const cell = { table: table.name, line: i + 2, column: column.name, message: issue.message };
          issues.push({
            issue: {
              path: `${table.name}[${i}].${column.name}`,
              code: issue.code,
              message: tableCellAt(cell),
            },
            cell,
          });
        }
      }
    }
  });
  return issues;
}

function encodingError(problems: readonly EncodingProblem[], encoding: TextEncodingName): MunikpiError {
  return errorOf(
    'INVALID_ENCODING',
    { cellsNotEncodable },
    { encoding, cell: problems[0]?.cell ?? null, count: problems.length },
    { input: encoding, issues: problems.map((problem) => problem.issue) },
  );
}

interface Encoder {
  readonly encoding: TextEncodingName;
  readonly whole: (text: string) => Uint8Array;
  readonly cell: (text: string) => Uint8Array;
}

function encoderOf(options: ExportOptions, format: ExportFormat): Encoder {
  const bom = flagOption(options.bom, 'bom', format === 'csv');
  const encoding = options.encoding ?? 'utf-8';
  if (encoding !== 'utf-8' && encoding !== 'shift_jis') {
    throw errorOf(
      'INVALID_OPTION',
      { notEither },
      { name: 'encoding', input: encoding, first: 'utf-8', second: 'shift_jis' },
    );
  }
  if (format === 'jsonl' && (encoding !== 'utf-8' || options.bom === true)) {
    throw errorOf('INVALID_OPTION', { jsonLinesUtf8 }, { input: options });
  }
  if (encoding === 'shift_jis' && options.bom === true) {
    throw errorOf('INVALID_OPTION', { shiftJisNoBom }, { input: options });
  }
  return encoding === 'shift_jis'
    ? { encoding, whole: (t) => encodeText(t, { encoding }), cell: (t) => encodeText(t, { encoding }) }
    : { encoding, whole: (t) => encodeText(t, { bom }), cell: (t) => encodeText(t, { bom: false }) };
}

/** Each table's text encoded; every cell that cannot be encoded, in every table, is one error. */
function encodeTables(
  tables: readonly TidyTable[],
  format: ExportFormat,
  encoder: Encoder,
): { table: TidyTable; bytes: Uint8Array }[] {
  const issues: EncodingProblem[] = [];
  const out: { table: TidyTable; bytes: Uint8Array }[] = [];
  for (const table of tables) {
    const text = format === 'csv' ? csvText(table) : jsonLinesText(table);
    try {
      out.push({ table, bytes: encoder.whole(text) });
    } catch (error) {
      if (!(error instanceof MunikpiError) || error.code !== 'INVALID_ENCODING') throw error;
      issues.push(...encodingIssues(table, encoder.cell));
    }
  }
  if (issues.length > 0) throw encodingError(issues, encoder.encoding);
  return out;
}

function formatOf(options: ExportOptions): ExportFormat {
  const format = options.format ?? 'csv';
  if (!FORMATS.includes(format)) {
    throw errorOf(
      'INVALID_OPTION',
      (format as string) === 'xlsx' ? { notEitherUseWorkbook } : { notEither },
      { name: 'format', input: format, first: 'csv', second: 'jsonl' },
    );
  }
  return format;
}

function checkTidyTables(tables: unknown): asserts tables is TidyTables {
  const t = tables as Record<string, unknown> | null;
  const missing =
    typeof t !== 'object' || t === null
      ? null
      : TIDY_TABLE_NAMES.filter((name) => {
          const table = t[name] as TidyTable | undefined;
          return !Array.isArray(table?.rows) || !Array.isArray(table?.columns);
        }).join(', ');
  if (missing !== '') throw errorOf('INVALID_ARGUMENT', { notTidyTables }, { input: tables, missing });
}

/**
 * The tidy tables as files, one per table: CSV (RFC 4180, a header row, CRLF line ends, UTF-8
 * with a byte order mark by default, Shift_JIS on request; cells that would start a formula are
 * neutralised with a leading `'`) or JSON Lines (one object per row, figures as JSON numbers
 * spelled digit for digit). Empty cells and JSON nulls stand where a figure does not apply.
 * Nothing is written: write each file's bytes where you want them (`munikpi export` writes them
 * to a folder). The layout is in docs/data-format.md.
 *
 * @param tables - the tables from `tidyTables` (munikpi/report)
 * @param options - `format` (`csv` default, or `jsonl`), `encoding` (CSV: `utf-8` default, or `shift_jis`), `bom`
 * @returns one file per table, in the order plans, directions, programs, kpis, summary
 * @throws {MunikpiError} `INVALID_ENCODING` listing every character Shift_JIS cannot hold, each
 *   with its table, row and column (nothing is returned then); `INVALID_ARGUMENT` for a cell that
 *   does not hold what its column says; `INVALID_OPTION` for a bad option
 *
 * @example
 * import { exportTidyTables } from 'munikpi/io';
 * import { tidyTables } from 'munikpi/report';
 * import { kodairaFy2023 } from 'munikpi/data/kodaira-fy2023';
 * const files = exportTidyTables(tidyTables(kodairaFy2023, { fiscalYear: 2023 }));
 * files.map((f) => f.name); // ['plans.csv', 'directions.csv', 'programs.csv', 'kpis.csv', 'summary.csv']
 * const kpis = new TextDecoder().decode(files[3]?.bytes); // the decoder drops the BOM
 * kpis.split('\r\n')[0]?.startsWith('planId,programId,kpiId,kpiName'); // true
 * kpis.includes(',%,62.3,90,85,73.9,,83.075,41.88,82.11,-16.1,,,behind,遅れ\r\n'); // true
 */
export function exportTidyTables(tables: TidyTables, options?: ExportOptions): ExportFile[] {
  options = optionsOf(options);
  const format = formatOf(options);
  const encoder = encoderOf(options, format);
  checkTidyTables(tables);
  // Named by their place, whatever their own name says.
  const list = TIDY_TABLE_NAMES.map((name): TidyTable => ({ ...(tables[name] as TidyTable), name }));
  checkTables(list);
  return encodeTables(list, format, encoder).map(({ table, bytes }) => ({
    table: table.name,
    name: `${table.name}.${format}`,
    bytes,
  }));
}

/** The number format of a figure: its own decimal places shown, and a yen unit after yen amounts. */
function numberFormat(column: TidyColumn, text: string, unit: unknown): string {
  if (column.measure === 'fiscal-year') return '0';
  const places = text.split('.')[1]?.length ?? 0;
  const digits = places === 0 ? '#,##0' : `#,##0.${'0'.repeat(places)}`;
  const yen = column.measure === 'row-unit' && typeof unit === 'string' && unit.endsWith('円');
  return yen ? `${digits}"${unit.replace(/"/g, '')}"` : digits;
}

function sheetCell(column: TidyColumn, row: object): SheetCell {
  const value = cellOf(row, column.name);
  if (value === null) return null;
  if (column.type === 'text') return value as string;
  const number = String(value);
  return { number, format: numberFormat(column, number, cellOf(row, 'unit')) };
}

/** How wide a text looks: a full-width character takes two columns. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) >= 0x1100 ? 2 : 1;
  return width;
}

function sheetOf(table: TidyTable): SheetSpec {
  const rows: SheetCell[][] = [table.columns.map((c) => c.name)];
  for (const row of table.rows) rows.push(table.columns.map((column) => sheetCell(column, row)));
  const widths = table.columns.map((_, c) => {
    let widest = 0;
    for (const row of rows) {
      const cell = row[c] ?? null;
      const shown = cell === null ? '' : typeof cell === 'string' ? cell : `${cell.number}${cell.format}`;
      widest = Math.max(widest, displayWidth(shown));
    }
    return Math.min(50, Math.max(8, widest + 2));
  });
  return { name: table.name, rows, widths, freeze: { columns: 0, rows: 1 } };
}

/**
 * The tidy tables as one Excel workbook (.xlsx), a sheet per table in the order plans,
 * directions, programs, kpis, summary: a header row of the column names (as in the CSV files),
 * then one row per row, nothing merged. Figures are real numbers, written digit for digit, with
 * number formats that show their own decimal places: counts `#,##0`, fiscal years `0` (2023,
 * with the 和暦 label in the column beside it), amounts of a KPI in 円 `#,##0"円"`, and
 * percentages as plain numbers in percent (the unit is in the column's name: `achievementPercent`
 * 82.11 is 82.11 %). Empty cells stand where a figure does not apply; milestone dates stay
 * `YYYY-MM` text. Excel holds 15 significant digits: the CSV and JSON Lines keep every digit of
 * a longer figure. The layout is in docs/data-format.md.
 *
 * @param tables - the tables from `tidyTables` (munikpi/report)
 * @returns the workbook's bytes
 * @throws {MunikpiError} `INVALID_ARGUMENT` for something that is not the tidy tables, or a cell
 *   that does not hold what its column says
 *
 * @example
 * import { exportTidyWorkbook } from 'munikpi/io';
 * import { tidyTables } from 'munikpi/report';
 * import { kodairaFy2023 } from 'munikpi/data/kodaira-fy2023';
 * const xlsx = exportTidyWorkbook(tidyTables(kodairaFy2023, { fiscalYear: 2023 }));
 * [xlsx[0], xlsx[1]]; // [0x50, 0x4b]: a zip archive, as every .xlsx is
 */
export function exportTidyWorkbook(tables: TidyTables): Uint8Array {
  checkTidyTables(tables);
  const list = TIDY_TABLE_NAMES.map((name): TidyTable => ({ ...(tables[name] as TidyTable), name }));
  checkTables(list);
  return writeWorkbook(list.map(sheetOf), { creator: 'munikpi' });
}
