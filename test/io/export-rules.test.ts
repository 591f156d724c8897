/*
 * The Kodaira export, written to a folder as `munikpi export --format csv -o out/` does, checked
 * against 総務省's 2020 rules for machine-readable statistical tables (統計表における機械判読可能な
 * データの表記方法の統一ルール): one datum per cell, numbers as numbers, no merged cells or blank
 * separator rows, a header row, no platform-dependent characters, and the Gregorian year beside
 * every era label.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { kodairaFy2023 } from '../../src/data/kodaira-fy2023.js';
import { parseFiscalYear } from '../../src/index.js';
import { exportTidyTables, readCsv } from '../../src/io/index.js';
import { TIDY_TABLE_NAMES, type TidyColumn, tidyTables } from '../../src/report/index.js';
import { cli } from '../cli/helpers.js';

/** A cell of the tables, by header. */
type Row = Record<string, string>;

interface Written {
  readonly bytes: Uint8Array;
  readonly header: readonly string[];
  readonly rows: readonly Row[];
  readonly columns: readonly TidyColumn[];
}

const tables = tidyTables(kodairaFy2023);
let dir = '';
const written = new Map<string, Written>();

beforeAll(async () => {
  dir = join(mkdtempSync(join(tmpdir(), 'munikpi-export-')), 'out');
  // As a user would: `munikpi export --format csv -o out/` on the bundled Kodaira data.
  const run = await cli('export', '--format', 'csv', '-o', dir);
  expect(run.code, run.stderr).toBe(0);
  for (const name of readdirSync(dir)) {
    const bytes = new Uint8Array(readFileSync(join(dir, name)));
    const [header = [], ...cells] = readCsv(new TextDecoder().decode(bytes));
    const rows = cells.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
    const table = tables[name.replace(/\.csv$/, '') as keyof typeof tables];
    written.set(name, { bytes, header, rows, columns: table.columns });
  }
});

afterAll(() => {
  rmSync(join(dir, '..'), { recursive: true, force: true });
});

/** 機種依存文字: circled and parenthesised numbers, Roman numerals, squared words (㈱, ㍻, ㌔), №, ℡. */
const PLATFORM_DEPENDENT = /[\u2160-\u217f\u2460-\u24ff\u2776-\u2793\u3200-\u33ff\u2116\u2121]/u;
const ERA_LABEL = /(明治|大正|昭和|平成|令和)/;
const DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;

function each(check: (name: string, file: Written) => void): void {
  expect([...written.keys()].sort()).toEqual(TIDY_TABLE_NAMES.map((n) => `${n}.csv`).sort());
  for (const [name, file] of written) check(name, file);
}

function cell(table: string, match: (row: Row) => boolean, column: string): string | undefined {
  return written.get(`${table}.csv`)?.rows.find(match)?.[column];
}

describe('the Kodaira CSV export, by the rules for machine-readable tables', () => {
  test('writes one file per table, each UTF-8 with a BOM and CRLF line ends', () => {
    each((name, { bytes }) => {
      expect([...bytes.subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
      const body = new TextDecoder().decode(bytes);
      expect(body.endsWith('\r\n'), name).toBe(true);
      expect(body.replace(/\r\n/g, ''), name).not.toMatch(/[\r\n]/);
    });
  });

  test('starts each file with one header row naming every column, and no title or note rows', () => {
    each((name, { header, columns }) => {
      expect(header, name).toEqual(columns.map((c) => c.name));
      expect(new Set(header).size, name).toBe(header.length);
    });
  });

  test('has no blank separator rows and no row longer or shorter than the header (nothing merged)', () => {
    each((name, { bytes, header }) => {
      const lines = new TextDecoder().decode(bytes).split('\r\n').slice(0, -1);
      for (const line of lines) expect(line.replace(/,/g, '').trim(), name).not.toBe('');
      for (const row of readCsv(new TextDecoder().decode(bytes)))
        expect(row, name).toHaveLength(header.length);
    });
  });

  test('writes every figure as a number: Number() reads it, and it is the exact decimal text', () => {
    let figures = 0;
    each((name, { rows, columns }) => {
      for (const column of columns.filter((c) => c.type !== 'text')) {
        const given = tables[name.replace(/\.csv$/, '') as keyof typeof tables].rows;
        rows.forEach((row, i) => {
          const value = row[column.name] as string;
          const exact = (given[i] as unknown as Record<string, unknown>)[column.name];
          expect(value, `${name} ${column.name}`).toBe(exact === null ? '' : String(exact));
          if (value === '') return;
          figures++;
          expect(value, `${name} ${column.name}`).toMatch(column.type === 'integer' ? /^-?\d+$/ : DECIMAL);
          expect(Number.isFinite(Number(value)), `${name} ${column.name} ${value}`).toBe(true);
        });
      }
    });
    expect(figures).toBeGreaterThan(400);
  });

  test('holds one datum per cell: a code, its label and a number never share one', () => {
    const scale = kodairaFy2023.scale?.levels.map((l) => l.code) ?? ['S', 'A', 'B'];
    for (const row of written.get('programs.csv')?.rows ?? []) {
      expect(['', ...scale]).toContain(row.ratingCode);
      expect(row.ratingLabel).not.toMatch(/^[SAB]\s/);
      expect(row.programNumber).toMatch(/^\d+$/);
    }
    for (const row of written.get('kpis.csv')?.rows ?? []) {
      expect(row.statusCode).toMatch(/^[a-z-]+$/);
      for (const figure of ['actual', 'target', 'achievementPercent', 'gap']) {
        expect(row[figure]).not.toMatch(/[%円,]/);
      }
    }
  });

  test('puts the Gregorian fiscal year in its own column beside every era label', () => {
    let labels = 0;
    each((name, { rows, header }) => {
      for (const column of header) {
        for (const row of rows) {
          const value = row[column] as string;
          if (!ERA_LABEL.test(value) || column.endsWith('Name') || column === 'title') continue;
          labels++;
          expect(column, name).toMatch(/FiscalYearLabel$|^fiscalYearLabel$/);
          const gregorian = row[column.replace(/Label$/, '')];
          expect(gregorian, `${name} ${column}`).toMatch(/^\d{4}$/);
          expect(parseFiscalYear(value), `${name} ${column}`).toBe(Number(gregorian));
        }
      }
    });
    expect(labels).toBeGreaterThan(100);
  });

  test('holds no platform-dependent characters (丸数字 such as ①, ㈱, ㍻, Ⅲ)', () => {
    expect(kodairaFy2023.programs.some((p) => PLATFORM_DEPENDENT.test(p.display ?? ''))).toBe(true);
    each((name, { bytes }) => {
      const found = new TextDecoder().decode(bytes).match(PLATFORM_DEPENDENT);
      expect(found?.[0], name).toBeUndefined();
    });
  });

  test('carries the real Kodaira figures', () => {
    const eApproval = (row: Row) => row.kpiId === 'p12-e-approval' && row.fiscalYear === '2023';
    expect(cell('kpis', eApproval, 'actual')).toBe('73.9');
    expect(cell('kpis', eApproval, 'achievementPercent')).toBe('82.11');
    expect(cell('kpis', eApproval, 'fiscalYearLabel')).toBe('令和5年度');
    const sales = (row: Row) => row.kpiId === 'p9-sales' && row.fiscalYear === '2023';
    expect(cell('kpis', sales, 'actual')).toBe('604701094');
    expect(cell('kpis', sales, 'unit')).toBe('円');

    const declared = (written.get('summary.csv')?.rows ?? []).filter(
      (r) => r.source === 'declared' && r.fiscalYear === '2023',
    );
    const sum = (code: string) =>
      declared.filter((r) => r.ratingCode === code).reduce((n, r) => n + Number(r.count), 0);
    const rated = declared.filter((r) => r.ratingCode === 'S').reduce((n, r) => n + Number(r.rated), 0);
    expect([sum('S'), sum('A'), sum('B'), rated]).toEqual([1, 21, 3, 25]);
  });
});

test('munikpi export writes exactly what exportTidyTables gives', () => {
  for (const file of exportTidyTables(tables, { format: 'csv' })) {
    expect(written.get(file.name)?.bytes, file.name).toEqual(file.bytes);
  }
});
