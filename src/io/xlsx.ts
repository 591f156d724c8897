/*
 * .xlsx workbooks through exceljs, loaded only when a workbook is read or written, so that
 * CSV users never load it.
 */
import type * as ExcelJS from 'exceljs';
import { MunikpiError } from '../core/errors.js';
import type { Grid, GridCell } from './cells.js';

/** The exceljs module, as `import('exceljs')` gives it. */
type ExcelModule = typeof ExcelJS;

/**
 * Loads exceljs on first use.
 * @internal
 */
export async function loadExcel(): Promise<ExcelModule> {
  const mod = (await import('exceljs')) as ExcelModule & { default?: ExcelModule };
  return mod.default ?? mod;
}

/** Whether the bytes are a zip archive, as an .xlsx file is. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Whether the bytes are an OLE compound file, as the old .xls format is. */
export function isOle(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

type Primitive = string | number | boolean | Date | null;

function richText(value: unknown): string | null {
  if (typeof value === 'object' && value !== null && 'richText' in value) {
    const parts = (value as ExcelJS.CellRichTextValue).richText;
    return Array.isArray(parts) ? parts.map((part) => part.text).join('') : null;
  }
  return null;
}

function errorOf(value: unknown): string | null {
  return typeof value === 'object' && value !== null && 'error' in value
    ? String((value as ExcelJS.CellErrorValue).error)
    : null;
}

/** The formula's cached result, or why there is none. */
function formulaResult(value: ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue): GridCell {
  const formula = 'sharedFormula' in value ? (value.formula ?? value.sharedFormula) : value.formula;
  const result = value.result;
  if (result === undefined || result === null) {
    return {
      value: null,
      error: {
        code: 'NO_CACHED_VALUE',
        message: `the formula =${formula} has no saved result: open the file in Excel and save it, then import again`,
      },
    };
  }
  const error = errorOf(result);
  if (error !== null) {
    return {
      value: null,
      error: { code: 'FORMULA_ERROR', message: `the formula =${formula} gives the error ${error}` },
    };
  }
  return { value: result as Primitive };
}

function valueCell(value: ExcelJS.CellValue): GridCell {
  if (value === undefined || value === null) return { value: null };
  if (typeof value !== 'object' || value instanceof Date) return { value };
  const rich = richText(value);
  if (rich !== null) return { value: rich };
  const error = errorOf(value);
  if (error !== null)
    return { value: null, error: { code: 'FORMULA_ERROR', message: `the cell holds the error ${error}` } };
  if ('formula' in value || 'sharedFormula' in value) return formulaResult(value);
  if ('text' in value) {
    const text = (value as { text: unknown }).text;
    return { value: typeof text === 'string' ? text : (richText(text) ?? '') };
  }
  return {
    value: null,
    error: { code: 'UNREADABLE_CELL', message: 'the cell holds a value the importer cannot read' },
  };
}

function gridCell(cell: ExcelJS.Cell): GridCell | undefined {
  if (cell.isMerged && cell.master.address !== cell.address) return { value: null, merged: true };
  const read = valueCell(cell.value);
  const format = cell.numFmt;
  const percent = typeof format === 'string' && format.includes('%') && typeof read.value === 'number';
  if (read.value === null && read.error === undefined) return undefined;
  return percent ? { ...read, percent } : read;
}

function gridOf(sheet: ExcelJS.Worksheet): Grid {
  const rows: (GridCell | undefined)[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: (GridCell | undefined)[] = [];
    for (let c = 1; c <= width; c++) cells.push(gridCell(row.getCell(c)));
    while (cells.length > 0 && cells[cells.length - 1] === undefined) cells.pop();
    rows.push(cells);
  }
  while (rows.length > 0 && (rows[rows.length - 1] as unknown[]).length === 0) rows.pop();
  return { name: sheet.name, rows };
}

/**
 * Reads every sheet of a workbook into grids (merged-over cells marked, formulas as their
 * saved results, percentage formats noted).
 * @internal
 */
export async function readWorkbook(bytes: Uint8Array, name: string): Promise<Grid[]> {
  const excel = await loadExcel();
  const workbook = new excel.Workbook();
  try {
    const copy = bytes.slice();
    await workbook.xlsx.load(copy.buffer as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  } catch (error) {
    const message = `${name} is not a readable .xlsx workbook: ${error instanceof Error ? error.message : String(error)}`;
    throw new MunikpiError('IMPORT_FAILED', message, {
      issues: [{ path: name, code: 'INVALID_XLSX', message }],
      cause: error,
    });
  }
  return workbook.worksheets.map(gridOf);
}
