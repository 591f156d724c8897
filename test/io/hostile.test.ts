/*
 * The importer against hostile and careless files (issue 17, items 1–3, 6, 7 and 16): each file
 * is generated here, imported in a child process held to 2 CPU seconds and 300 MB by the
 * process's own limits (test/limited.ts), and must end in a typed error or a correct result.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, test } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/io/limits.js';
import { BUDGET, limited } from '../limited.js';
import { largestCsv, largestXlsx, MOST_PROGRAMS } from './largest.js';
import { declareSize, PLAN, programRows, rawXlsx, text, worksheet } from './raw-xlsx.js';

const child = new URL('./hostile-child.mjs', import.meta.url).pathname;
const dist = new URL('../../dist/esm/io/index.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'munikpi-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Outcome {
  readonly ok: boolean;
  readonly code?: string;
  readonly name?: string;
  readonly message?: string;
  readonly issues?: readonly string[];
  readonly programs?: readonly string[];
  readonly rssMB: number;
}

/** Imports the bytes with importPlan in a child process within the budget (2 CPU s, 300 MB). */
function importLimited(name: string, bytes: Uint8Array, options: object = {}): Outcome {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const run = limited([child, file, JSON.stringify(options)]);
  expect(run.signal, run.stderr).toBeNull();
  expect(run.code, run.stderr).toBe(0);
  return { ...(JSON.parse(run.stdout) as Outcome), rssMB: run.rssMB };
}

/** Sheet XML of `repeat` copies of `row` inside `<sheetData>`, as bytes (built without one huge string). */
function bigSheetXml(head: string, row: (i: number) => string, repeat: number): Uint8Array {
  const parts: Uint8Array[] = [strToU8(worksheet(`${head}<sheetData>`).replace('</worksheet>', ''))];
  let batch = '';
  for (let i = 1; i <= repeat; i++) {
    batch += row(i);
    if (batch.length > 1 << 20) {
      parts.push(strToU8(batch));
      batch = '';
    }
  }
  parts.push(strToU8(`${batch}</sheetData></worksheet>`));
  const out = new Uint8Array(parts.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of parts) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

describe.runIf(existsSync(dist))(
  'hostile workbooks and CSV files (in a child process: 2 CPU s, 300 MB)',
  () => {
    const program = programRows([['1', '窓口改革', 'A']]);

    test('a value at XFD1048576 is refused by the declared range before any row is read', () => {
      const sheet = worksheet(
        `<dimension ref="A1:XFD1048576"/><sheetData>${program}<row r="1048576">${text('XFD1048576', 'x')}</row></sheetData>`,
      );
      const out = importLimited('corner.xlsx', rawXlsx({ sheet }), { plan: PLAN });
      expect(out).toMatchObject({ ok: false, code: 'INPUT_TOO_LARGE' });
      expect(out.message).toContain('reaches row 1048576 (A1:XFD1048576)');
      expect(out.message).toContain('limits.rows');
    });

    test('without a declared range, the far value is refused where it is met; a far empty styled cell costs nothing', () => {
      const far = worksheet(
        `<sheetData>${program}<row r="1048576">${text('XFD1048576', 'x')}</row></sheetData>`,
      );
      expect(importLimited('far.xlsx', rawXlsx({ sheet: far }), { plan: PLAN })).toMatchObject({
        ok: false,
        code: 'INPUT_TOO_LARGE',
      });
      const styled = worksheet(
        `<sheetData>${program}<row r="1048576"><c r="XFD1048576" s="0"/></row></sheetData>`,
      );
      expect(importLimited('styled.xlsx', rawXlsx({ sheet: styled }), { plan: PLAN })).toMatchObject({
        ok: true,
        programs: ['窓口改革'],
      });
    });

    test('a stray value at ZZ2000 costs nothing: the row continues the program above, its column unknown; at ZZ3000 it is past the row limit', () => {
      const stray = (row: number) =>
        rawXlsx({
          sheet: worksheet(`<sheetData>${program}<row r="${row}">${text(`ZZ${row}`, 'x')}</row></sheetData>`),
        });
      expect(importLimited('zz.xlsx', stray(DEFAULT_LIMITS.rows), { plan: PLAN })).toMatchObject({
        ok: true,
        programs: ['窓口改革'],
      });
      const far = importLimited('zz3000.xlsx', stray(3000), { plan: PLAN });
      expect(far).toMatchObject({ ok: false, code: 'INPUT_TOO_LARGE' });
      expect(far.message).toContain('limits.rows');
    });

    let bomb: Uint8Array | undefined;
    /** A 100 MB sheet that deflates to well under 1 MB, zipped once for both bomb tests. */
    const bombZip = () => {
      bomb ??= rawXlsx({ sheet: bigSheetXml('', () => '<row r="9"/>', 8_000_000) });
      return bomb;
    };

    test('a zip bomb (a 100 MB sheet in a small archive) is refused from its declared size', () => {
      const zip = bombZip();
      expect(zip.length).toBeLessThan(1_000_000);
      const out = importLimited('bomb.xlsx', zip, { plan: PLAN });
      expect(out).toMatchObject({ ok: false, code: 'INPUT_TOO_LARGE' });
      expect(out.message).toContain('limits.textBytes');
    });

    test('a zip bomb that declares a small size is stopped while inflating', () => {
      const zip = declareSize(bombZip(), 'xl/worksheets/sheet1.xml', 1000);
      const out = importLimited('liar.xlsx', zip, { plan: PLAN });
      expect(out).toMatchObject({ ok: false, code: 'INPUT_TOO_LARGE' });
      expect(out.rssMB).toBeLessThan(BUDGET.heapMB);
    });

    test('XML of kanji is counted in bytes, not characters, even when the archive understates its parts', () => {
      // Two parts of 2 MB each (700,000 kanji, 3 bytes apiece), both declared as 1,000 bytes: 4 MB in all.
      const kanji = '進'.repeat(700_000);
      const sheet = worksheet(
        `<sheetData>${programRows([['1', '窓口改革', 'A']])}<row r="9"><c r="D9" t="inlineStr"><is><t>${kanji}</t></is></c></row></sheetData>`,
      );
      const sst = `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>${kanji}</t></si></sst>`;
      let zip = rawXlsx({ sheet, sharedStrings: sst });
      zip = declareSize(declareSize(zip, 'xl/worksheets/sheet1.xml', 1000), 'xl/sharedStrings.xml', 1000);
      const out = importLimited('kanji.xlsx', zip, { plan: PLAN });
      expect(out).toMatchObject({ ok: false, code: 'INPUT_TOO_LARGE' });
      expect(out.message).toContain('limits.textBytes');
    });

    test('150,000 shared strings are refused at the limit, declared or not', () => {
      const items = '<si><t>a</t></si>'.repeat(150_000);
      const sst = (count: string) =>
        `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"${count}>${items}</sst>`;
      const sheet = worksheet(`<sheetData>${program}</sheetData>`);
      for (const count of ['', ' uniqueCount="20000000"']) {
        const out = importLimited('sst.xlsx', rawXlsx({ sheet, sharedStrings: sst(count) }), { plan: PLAN });
        expect(out).toMatchObject({ ok: false, code: 'INPUT_TOO_LARGE' });
        expect(out.message).toContain('limits.sharedStrings');
      }
    });

    test('a sheet of 1,000,000 rows is refused by its XML; one of 10,000 at its declared range, or at the row limit without one', () => {
      const row = (i: number) => `<row r="${i}"><c r="A${i}"><v>${i}</v></c></row>`;
      const million = importLimited('million.xlsx', rawXlsx({ sheet: bigSheetXml('', row, 1_000_000) }), {
        plan: PLAN,
      });
      expect(million).toMatchObject({ ok: false, code: 'INPUT_TOO_LARGE' });
      expect(million.message).toContain('limits.textBytes');
      for (const [head, rows] of [
        ['<dimension ref="A1:A10000"/>', 10_000],
        ['', 10_000],
      ] as const) {
        const out = importLimited('rows.xlsx', rawXlsx({ sheet: bigSheetXml(head, row, rows) }), {
          plan: PLAN,
        });
        expect(out).toMatchObject({ ok: false, code: 'INPUT_TOO_LARGE' });
        expect(out.message).toContain('limits.rows');
      }
    });

    test('a CSV of 1,000,000 rows and one of 18 MB of blank lines are refused by their bytes; 2.9 MB of blank lines at the row limit', () => {
      const rows = `No.,実施プログラム,評価\r\n${'1,x,A\r\n'.repeat(1_000_000)}`;
      for (const [name, csv, limit] of [
        ['rows.csv', rows, 'limits.textBytes'],
        ['blank.csv', '\n'.repeat(18_000_000), 'limits.textBytes'],
        ['blank-within.csv', '\n'.repeat(2_900_000), 'limits.rows'],
      ] as const) {
        const out = importLimited(name, strToU8(csv), { plan: PLAN });
        expect(out).toMatchObject({ ok: false, code: 'INPUT_TOO_LARGE' });
        expect(out.message).toContain(limit);
      }
    });

    test('the largest CSV and workbook the limits let in import whole (item 6)', () => {
      for (const [name, bytes] of [
        ['largest.csv', largestCsv()],
        ['largest-sjis.csv', largestCsv('shift_jis')],
        ['largest.xlsx', largestXlsx().bytes],
      ] as const) {
        const out = importLimited(name, bytes, { plan: PLAN });
        expect(out.ok, out.message).toBe(true);
        expect(out.programs).toHaveLength(MOST_PROGRAMS);
        expect(out.rssMB).toBeLessThan(BUDGET.heapMB);
      }
      expect(DEFAULT_LIMITS.rows).toBe(MOST_PROGRAMS + 1);
    });

    test('raising a limit through the option lets a large table in', () => {
      const csv = `No.,実施プログラム,評価\r\n方向性1 窓口,,\r\n${Array.from({ length: 120 }, (_, i) => `${i + 1},p${i + 1},A\r\n`).join('')}`;
      expect(importLimited('small.csv', strToU8(csv), { plan: PLAN, limits: { rows: 100 } })).toMatchObject({
        ok: false,
        code: 'INPUT_TOO_LARGE',
      });
      const out = importLimited('small.csv', strToU8(csv), { plan: PLAN, limits: { rows: 200 } });
      expect(out.ok).toBe(true);
      expect(out.programs).toHaveLength(120);
    });

    test('#DIV/0! in the name column and a formula never calculated in a section row are import issues at their cells', () => {
      const sheet = worksheet(
        `<sheetData>${programRows([])}<row r="3"><c r="A3" t="str"><f>CONCAT("方向性2 ",X1)</f></c></row>` +
          `<row r="4">${text('A4', '1')}<c r="B4" t="e"><f>1/0</f><v>#DIV/0!</v></c>${text('C4', 'A')}</row></sheetData>`,
      );
      const out = importLimited('errors.xlsx', rawXlsx({ sheet }), { plan: PLAN });
      expect(out).toMatchObject({ ok: false, name: 'MunikpiError', code: 'IMPORT_FAILED' });
      expect(out.issues).toEqual(['プログラム!A3 NO_CACHED_VALUE', 'プログラム!B4 FORMULA_ERROR']);
    });

    test('a Shift_JIS CSV holding a UTF-8 name is refused at its line, not decoded as mojibake', () => {
      const sjis = iconv.encode('No.,実施プログラム,評価\r\n方向性1 窓口,,\r\n1,', 'cp932');
      const utf8 = strToU8('窓口改革');
      const tail = iconv.encode(',Ａ\r\n2,文書の電子化,B\r\n', 'cp932');
      const out = importLimited('mixed.csv', Uint8Array.from([...sjis, ...utf8, ...tail]), { plan: PLAN });
      expect(out).toMatchObject({ ok: false, code: 'INVALID_ENCODING', issues: ['line 3 INVALID_ENCODING'] });
      expect(out.message).toContain('"窓口改革"');
      const clean = Uint8Array.from([...sjis, ...iconv.encode('窓口改革', 'cp932'), ...tail]);
      expect(importLimited('clean.csv', clean, { plan: PLAN })).toMatchObject({
        ok: true,
        programs: ['窓口改革', '文書の電子化'],
      });
    });
  },
);
