/*
 * The Kodaira export as one workbook, written as `munikpi export --format xlsx -o out.xlsx` does,
 * opened as the office would (exceljs) and as munikpi's own importer reads spreadsheets: the same
 * figures as the CSV export, as real numbers with number formats, one sheet per table, nothing merged.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { kodairaFy2023 } from '../../src/data/kodaira-fy2023.js';
import { exportTidyTables, exportTidyWorkbook, readCsv } from '../../src/io/index.js';
import { DEFAULT_LIMITS } from '../../src/io/limits.js';
import { readWorkbook } from '../../src/io/xlsx.js';
import { TIDY_TABLE_NAMES, type TidyTableName, tidyTables } from '../../src/report/index.js';
import { cli } from '../cli/helpers.js';
import { thrown } from '../helpers.js';

const tables = tidyTables(kodairaFy2023);
let dir = '';
let bytes = new Uint8Array(0);
const book = new ExcelJS.Workbook();
/** The CSV export's cells, by table: rows of text, the header first. */
const csv = new Map<string, string[][]>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'munikpi-xlsx-'));
  const out = join(dir, 'out.xlsx');
  const run = await cli('export', '--format', 'xlsx', '-o', out);
  expect(run.code, run.stderr).toBe(0);
  bytes = new Uint8Array(readFileSync(out));
  await book.xlsx.load(bytes.buffer as ArrayBuffer);
  for (const file of exportTidyTables(tables)) {
    csv.set(file.table, readCsv(new TextDecoder().decode(file.bytes)));
  }
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function sheet(name: TidyTableName): ExcelJS.Worksheet {
  const found = book.getWorksheet(name);
  if (found === undefined) throw new Error(`no sheet ${name}`);
  return found;
}

/** The cell of a sheet in the row whose column `key` holds `value` and whose fiscal year is 2023. */
function cell2023(name: TidyTableName, key: string, value: string, column: string): ExcelJS.Cell {
  const ws = sheet(name);
  const header = (ws.getRow(1).values as unknown[]).slice(1);
  const at = (c: string) => header.indexOf(c) + 1;
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (row.getCell(at(key)).value === value && row.getCell(at('fiscalYear')).value === 2023) {
      return row.getCell(at(column));
    }
  }
  throw new Error(`no row ${key}=${value} in 2023`);
}

describe('munikpi export --format xlsx, opened with exceljs', () => {
  test('holds one sheet per tidy table, in order, each with the header row of the CSV file', () => {
    expect(book.worksheets.map((ws) => ws.name)).toEqual([...TIDY_TABLE_NAMES]);
    for (const name of TIDY_TABLE_NAMES) {
      const header = (sheet(name).getRow(1).values as unknown[]).slice(1);
      expect(header, name).toEqual(csv.get(name)?.[0]);
      expect(sheet(name).rowCount, name).toBe(csv.get(name)?.length);
    }
  });

  test('finds the same figures as the CSV export, every figure a number and every text the same text', () => {
    let figures = 0;
    for (const name of TIDY_TABLE_NAMES) {
      const ws = sheet(name);
      const columns = tables[name].columns;
      const rows = csv.get(name) ?? [];
      rows.slice(1).forEach((csvRow, i) => {
        const row = ws.getRow(i + 2);
        columns.forEach((column, c) => {
          const value = row.getCell(c + 1).value;
          const given = (tables[name].rows[i] as unknown as Record<string, unknown>)[column.name];
          const where = `${name} row ${i + 2} ${column.name}`;
          if (given === null) {
            expect(value, where).toBeNull();
            expect(csvRow[c], where).toBe('');
          } else if (column.type === 'text') {
            expect(value, where).toBe(given);
          } else {
            figures++;
            expect(typeof value, where).toBe('number');
            expect(value, where).toBe(Number(csvRow[c]));
          }
        });
      });
    }
    expect(figures).toBeGreaterThan(400);
  });

  test('shows the Kodaira figures with real number formats: yen, places as computed, years without separators', () => {
    const sales = cell2023('kpis', 'kpiId', 'p9-sales', 'actual');
    expect([sales.value, sales.numFmt]).toEqual([604701094, '#,##0"円"']);
    const eApproval = cell2023('kpis', 'kpiId', 'p12-e-approval', 'actual');
    expect([eApproval.value, eApproval.numFmt]).toEqual([73.9, '#,##0.0']);
    const achievement = cell2023('kpis', 'kpiId', 'p12-e-approval', 'achievementPercent');
    expect([achievement.value, achievement.numFmt]).toEqual([82.11, '#,##0.00']);
    const expected = cell2023('kpis', 'kpiId', 'p12-e-approval', 'expected');
    expect([expected.value, expected.numFmt]).toEqual([83.075, '#,##0.000']);
    const year = cell2023('kpis', 'kpiId', 'p12-e-approval', 'fiscalYear');
    expect([year.value, year.numFmt]).toEqual([2023, '0']);
    expect(cell2023('kpis', 'kpiId', 'p12-e-approval', 'fiscalYearLabel').value).toBe('令和5年度');
    const count = cell2023('programs', 'programId', 'p12', 'programNumber');
    expect([count.value, count.numFmt]).toEqual([12, '#,##0']);
  });

  test('adds up to the declared Kodaira summary: S 1, A 21, B 3 of 25', () => {
    const ws = sheet('summary');
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const at = (c: string) => header.indexOf(c) + 1;
    const sums: Record<string, number> = {};
    for (let r = 2; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      if (row.getCell(at('source')).value !== 'declared' || row.getCell(at('fiscalYear')).value !== 2023)
        continue;
      const code = row.getCell(at('ratingCode')).value as string;
      sums[code] = (sums[code] ?? 0) + (row.getCell(at('count')).value as number);
    }
    expect(sums).toEqual({ S: 1, A: 21, B: 3 });
  });

  test('merges no cells and freezes the header row', () => {
    const parts = unzipSync(bytes);
    for (let i = 1; i <= TIDY_TABLE_NAMES.length; i++) {
      const xml = strFromU8(parts[`xl/worksheets/sheet${i}.xml`] ?? new Uint8Array(0));
      expect(xml).toContain('ySplit="1"');
      expect(xml).not.toContain('mergeCell');
    }
  });
});

describe('munikpi export --format xlsx, read by munikpi', () => {
  test('reads numbers as numbers (never dates or percentages) and the same cells as the CSV export', () => {
    const grids = readWorkbook(bytes, 'out.xlsx', DEFAULT_LIMITS);
    expect(grids.map((g) => g.name)).toEqual([...TIDY_TABLE_NAMES]);
    for (const grid of grids) {
      const rows = csv.get(grid.name) ?? [];
      expect(grid.rows.length, grid.name).toBe(rows.length);
      grid.rows.forEach((row, r) => {
        const csvRow = rows[r] ?? [];
        const columns = tables[grid.name as TidyTableName].columns;
        csvRow.forEach((text, c) => {
          const got = row[c];
          const where = `${grid.name} row ${r + 1} column ${c + 1}`;
          expect(got?.percent ?? false, where).toBe(false);
          if (text === '') expect(got?.value ?? null, where).toBeNull();
          else if (r > 0 && columns[c]?.type !== 'text') expect(got?.value, where).toBe(Number(text));
          // The CSV neutralises a would-be formula with a quote; the workbook holds the text itself.
          else expect(got?.value, where).toBe(text.replace(/^'(?=[=+\-@\t\r])/, ''));
        });
      });
    }
  });
});

describe('exportTidyWorkbook', () => {
  test('writes the same bytes for the same tables, as munikpi export does', () => {
    expect(exportTidyWorkbook(tables)).toEqual(bytes);
  });

  test('refuses what is not the tidy tables, and points exportTidyTables users to it', () => {
    expect(thrown(() => exportTidyWorkbook({} as never))).toMatchObject({ code: 'INVALID_ARGUMENT' });
    const bad = { ...tables, kpis: { ...tables.kpis, rows: [{ ...tables.kpis.rows[0], actual: '1e3' }] } };
    expect(thrown(() => exportTidyWorkbook(bad as never))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringContaining('kpis[0].actual'),
    });
    expect(thrown(() => exportTidyTables(tables, { format: 'xlsx' as never }))).toMatchObject({
      code: 'INVALID_OPTION',
      message: expect.stringContaining('exportTidyWorkbook'),
    });
  });

  test('keeps CSV-only options away from the workbook on the command line', async () => {
    const run = await cli(
      'export',
      '--format',
      'xlsx',
      '--out-encoding',
      'shift_jis',
      '-o',
      join(dir, 'x.xlsx'),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--out-encoding');
  });
});
