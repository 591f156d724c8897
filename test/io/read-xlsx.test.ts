import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { importPlan, planTemplate } from '../../src/io/index.js';
import { loadXlsx, paths, rejection } from './helpers.js';
import { declareSize, PLAN, programRows, rawXlsx, text, worksheet } from './raw-xlsx.js';

const SST = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
/** Styles: s=1 a date (built-in 14), s=2 a percentage (built-in 10), s=3 a custom era date, s=4 a custom non-date. */
const STYLES = `<?xml version="1.0"?><styleSheet xmlns="${SST}"><numFmts count="2"><numFmt numFmtId="164" formatCode="[$-ja-JP]ggge&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="#,##0&quot;件&quot;"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="10"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>`;

/** A KPI table: header, section, one program row with a KPI whose cells are given. */
function kpiSheet(cells: string): string {
  const header = [
    'No.',
    '実施プログラム',
    '評価',
    '指標名',
    '単位',
    '基準値',
    '基準日',
    '目標値',
    '目標年度',
    '実績',
  ];
  const letters = 'ABCDEFGHIJ';
  const head = header.map((h, i) => text(`${letters[i]}1`, h)).join('');
  return worksheet(
    `<sheetData><row r="1">${head}</row><row r="2">${text('A2', '方向性1 窓口')}</row><row r="3">${text('A3', '12')}${text('B3', '文書の電子化')}${text('C3', 'B')}${cells}</row></sheetData>`,
  );
}

async function kpiOf(parts: Parameters<typeof rawXlsx>[0]) {
  const { plan } = await importPlan(rawXlsx(parts), { plan: PLAN });
  return plan.programs[0]?.kpis?.[0];
}

describe('reading .xlsx without exceljs', () => {
  test('dates in the 1900 and 1904 systems, a percentage and a custom figure format', async () => {
    const cells = (date: number) =>
      `${text('D3', '電子決裁率')}${text('E3', '%')}<c r="F3" s="4"><v>62.3</v></c><c r="G3" s="1"><v>${date}</v></c>` +
      `<c r="H3"><v>90</v></c>${text('I3', 'R6')}<c r="J3" s="2"><v>0.739</v></c>`;
    // 44287 is 2021-04-01 in the 1900 system; the same day is 42825 in the 1904 system.
    const k1900 = await kpiOf({ sheet: kpiSheet(cells(44287)), styles: STYLES });
    const k1904 = await kpiOf({
      sheet: kpiSheet(cells(42825)),
      styles: STYLES,
      workbookPr: '<workbookPr date1904="1"/>',
    });
    expect(k1900).toMatchObject({ baseline: { value: '62.3', asOf: '2021-04-01' } });
    expect(k1904?.baseline).toEqual(k1900?.baseline);
    expect(k1900?.observations).toEqual([{ fiscalYear: 2023, value: '73.9' }]);
  });

  test('an era date format makes a number a date; 1900-02-29 (serial 60) is refused at its cell', async () => {
    const cells = (serial: number) =>
      `${text('D3', '件数')}${text('E3', '件')}<c r="F3"><v>10</v></c><c r="G3" s="3"><v>${serial}</v></c><c r="H3"><v>20</v></c>${text('I3', 'R6')}`;
    expect(await kpiOf({ sheet: kpiSheet(cells(44287)), styles: STYLES })).toMatchObject({
      baseline: { asOf: '2021-04-01' },
    });
    const error = await rejection(
      importPlan(rawXlsx({ sheet: kpiSheet(cells(60)), styles: STYLES }), { plan: PLAN }),
    );
    expect(paths(error.issues)).toEqual(['プログラム!G3 INVALID_DATE']);
  });

  test('shared strings without their furigana (rPh), rich runs, _x000D_ escapes, booleans and formula text', async () => {
    const sst = `<?xml version="1.0"?><sst xmlns="${SST}" count="3" uniqueCount="3"><si><t>No.</t></si><si><r><t>文書の</t></r><r><rPr><b/></rPr><t>電子化</t></r><rPh sb="0" eb="2"><t>ブンショ</t></rPh></si><si><t>実施_x000D_プログラム</t></si></sst>`;
    const sheet = worksheet(
      `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>${text('B1', '実施プログラム')}${text('C1', '評価')}${text('D1', '備考')}</row>` +
        `<row r="2">${text('A2', '方向性1 窓口')}</row>` +
        `<row r="3"><c r="A3"><v>1</v></c><c r="B3" t="s"><v>1</v></c><c r="C3" t="str"><f>"A"</f><v>A</v></c><c r="D3" t="b"><v>1</v></c></row></sheetData>`,
    );
    const { plan } = await importPlan(rawXlsx({ sheet, sharedStrings: sst }), { plan: PLAN });
    expect(plan.programs[0]).toMatchObject({ name: '文書の電子化', notes: ['TRUE'] });
  });

  test('a merged range hides the values it covers, as Excel shows it', async () => {
    const sheet = worksheet(
      `<sheetData>${programRows([['1', '窓口改革', 'A']])}<row r="4">${text('B4', '隠れた名前')}${text('C4', 'B')}</row></sheetData><mergeCells count="1"><mergeCell ref="B3:B4"/></mergeCells>`,
    );
    const error = await rejection(importPlan(rawXlsx({ sheet }), { plan: PLAN }));
    // Row 4 continues program 1 (its name cell is merged over) and rates it again.
    expect(paths(error.issues)).toEqual(['プログラム!C4 CONFLICTING_VALUE']);
  });

  test('error cells and formulas without a saved result are issues at their cells', async () => {
    const sheet = kpiSheet(
      `<c r="D3" t="e"><v>#REF!</v></c>${text('E3', '%')}<c r="F3"><f>A1*2</f></c><c r="H3" t="e"><f>1/0</f><v>#DIV/0!</v></c>`,
    );
    const error = await rejection(importPlan(rawXlsx({ sheet }), { plan: PLAN }));
    expect(paths(error.issues)).toEqual([
      'プログラム!D3 FORMULA_ERROR',
      'プログラム!F3 NO_CACHED_VALUE',
      'プログラム!H3 FORMULA_ERROR',
    ]);
    expect(error.issues.map((i) => i.message).join('\n')).toContain(
      'the formula =1/0 gives the error #DIV/0!',
    );
  });

  test('what munikpi writes, exceljs reads: drop-downs, widths, frozen panes', async () => {
    const workbook = await loadXlsx(await planTemplate('xlsx', { period: 'R3～R6', fiscalYear: 'R5' }));
    const sheet = workbook.getWorksheet('プログラム');
    if (sheet === undefined) throw new Error('no プログラム sheet');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 1 });
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const rating = header.indexOf('評価') + 1;
    expect(sheet.getCell(2, rating).dataValidation).toMatchObject({ type: 'list', formulae: ['"S,A,B"'] });
    expect(sheet.getCell(300, rating).dataValidation).toMatchObject({ type: 'list' });
    expect(sheet.getColumn(rating).width).toBeGreaterThan(0);
    expect(workbook.creator).toBe('munikpi');
  });
});

describe('import limits', () => {
  const sheet = worksheet(
    `<sheetData>${programRows([
      ['1', '窓口改革', 'A'],
      ['2', '文書の電子化', 'B'],
    ])}</sheetData>`,
  );

  test.each([
    [{ rows: 3 }, 'limits.rows'],
    [{ columns: 2 }, 'limits.columns'],
    [{ cells: 5 }, 'limits.cells'],
    [{ textBytes: 500 }, 'limits.textBytes'],
  ])('%o refuses the workbook with INPUT_TOO_LARGE naming %s', async (limits, option) => {
    const error = await rejection(importPlan(rawXlsx({ sheet }), { plan: PLAN, limits }));
    expect(error.code).toBe('INPUT_TOO_LARGE');
    expect(error.message).toContain(option);
  });

  test('a file over limits.bytes is DOCUMENT_TOO_LARGE, as parsePlan and the CLI say of a large file', async () => {
    const error = await rejection(importPlan(rawXlsx({ sheet }), { plan: PLAN, limits: { bytes: 100 } }));
    expect(error.code).toBe('DOCUMENT_TOO_LARGE');
    expect(error.message).toContain('limits.bytes');
  });

  test('shared strings over the limit, and a merged range covering more cells than allowed', async () => {
    const sst = `<?xml version="1.0"?><sst xmlns="${SST}">${'<si><t>a</t></si>'.repeat(11)}</sst>`;
    const strings = await rejection(
      importPlan(rawXlsx({ sheet, sharedStrings: sst }), { plan: PLAN, limits: { sharedStrings: 10 } }),
    );
    expect(strings.message).toContain('limits.sharedStrings');
    const merged = worksheet(
      `<sheetData>${programRows([['1', '窓口改革', 'A']])}</sheetData><mergeCells><mergeCell ref="A1:C3"/></mergeCells>`,
    );
    const cells = await rejection(
      importPlan(rawXlsx({ sheet: merged }), { plan: PLAN, limits: { cells: 10 } }),
    );
    expect(cells.message).toContain('limits.cells');
  });

  test('a sheet that inflates past its declared size is stopped at the cap', async () => {
    const big = worksheet(`<sheetData>${programRows([['1', 'x'.repeat(5000), 'A']])}</sheetData>`);
    const zip = declareSize(rawXlsx({ sheet: big }), 'xl/worksheets/sheet1.xml', 100);
    const error = await rejection(importPlan(zip, { plan: PLAN, limits: { textBytes: 4000 } }));
    expect(error.code).toBe('INPUT_TOO_LARGE');
  });

  test('a bad limit is an INVALID_OPTION', async () => {
    for (const limits of [{ rows: 0 }, { rows: 1.5 }, { nonsense: 1 }]) {
      const error = await rejection(importPlan(rawXlsx({ sheet }), { plan: PLAN, limits }));
      expect(error.code).toBe('INVALID_OPTION');
    }
  });
});

describe('archives that are not workbooks', () => {
  const sheet = worksheet(`<sheetData>${programRows([['1', '窓口改革', 'A']])}</sheetData>`);

  test.each([
    ['a cut-short archive', rawXlsx({ sheet }).subarray(0, 200), 'no zip central directory'],
    ['a DTD in a part', rawXlsx({ sheet: `<!DOCTYPE x [<!ENTITY a "b">]>${sheet}` }), 'DTD'],
    ['a malformed tag', rawXlsx({ sheet: `${sheet.slice(0, -12)}<c r=>` }), 'malformed XML'],
    ['an archive without a workbook', zipSync({ 'a.txt': strToU8('x') }), 'xl/workbook.xml is missing'],
    [
      'a shared string that does not exist',
      rawXlsx({ sheet: sheet.replace('t="inlineStr"><is><t>No.</t></is>', 't="s"><v>7</v>') }),
      'shared string 7',
    ],
  ])('%s is IMPORT_FAILED / INVALID_XLSX', async (_, bytes, reason) => {
    const error = await rejection(importPlan(bytes, { plan: PLAN, format: 'xlsx', fileName: 'plan.xlsx' }));
    expect(paths(error.issues)).toEqual(['plan.xlsx INVALID_XLSX']);
    expect(error.message).toContain(reason);
  });
});
