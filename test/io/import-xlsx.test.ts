import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { auditPlan, evaluateKpi } from '../../src/index.js';
import { type ImportIssue, importPlan } from '../../src/io/index.js';
import { paths, rejection, xlsxBytes } from './helpers.js';

/** The 計画 sheet: key/value rows. */
function planSheet(
  workbook: ExcelJS.Workbook,
  rows: readonly (readonly unknown[])[] = [],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet('計画');
  sheet.addRows([
    ['項目', '値'],
    ['計画ID', 'kodaira-management-policy-1'],
    ['自治体', '小平市'],
    ['計画名', '小平市第1期経営方針推進プログラム'],
    ['計画期間', '令和3年度～令和6年度'],
    ['報告年度', '令和5年度'],
    ['方向性3', '運営・業務執行体制の効率化 (9プログラム)'],
    ['出典', '小平市第1期経営方針推進プログラム 進捗状況【令和5年度末】'],
    ...rows,
  ]);
  return sheet;
}

/**
 * The program table as the Kodaira report lays it out: two header rows (年度スケジュール merged
 * over 取組項目, R3, R4, R5; the other headers merged down), a direction row merged across, and
 * program 12 over two rows (one per action item) with its own cells merged down.
 */
async function kodairaWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('プログラム');
  const top = [
    'No.',
    '実施プログラム',
    '主な取組の方向性',
    '年度スケジュール(R5.3時点想定)',
    '',
    '',
    '',
    '令和5年度当初予定 令和5年度設定目標(前年度末の状況)',
    'これまでの取組実績',
    '今後に向けた課題・改善点',
    '評価',
    '指標名',
    '単位',
    '基準値',
    '基準日',
    '目標値',
    '目標年度',
    '年度目標',
    '実績',
  ];
  sheet.addRow(top);
  sheet.addRow(['', '', '', '取組項目', 'R3', 'R4', 'R5']);
  sheet.mergeCells('D1:G1');
  for (const col of ['A', 'B', 'C', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S'])
    sheet.mergeCells(`${col}1:${col}2`);
  sheet.addRow(['方向性3 運営・業務執行体制の効率化']);
  sheet.mergeCells('A3:S3');
  sheet.addRow([
    12,
    '文書の電子化・ペーパーレス化',
    '・内部事務における押印の見直しとともに、文書管理システムによる電子決裁の対象範囲拡大\n・意識啓発を含め、会議でのペーパーレス化及び冊子等の電子化',
    '電子決裁対象範囲の拡大及び電子決裁率の向上',
    '実施',
    '実施',
    '実施',
    '・電子決裁の対象拡大を実施し、文書管理システムによる公文書管理を進める。\n・電子決裁率85%を目指す。',
    '・令和5年11月から試行として、電子決裁の対象拡大を実施し、\n電子決裁の利用推進を図った。\n・令和5年度末での電子決裁率73.9%',
    '・試行により実施した電子決裁の対象拡大の内容について、課題等を整理する。',
    'B',
    '電子決裁対象文書の電子決裁率',
    '%',
    62.3,
    44287,
    90,
    'R6',
    85,
    0.739,
  ]);
  sheet.getCell('O4').numFmt = 'yyyy/m/d';
  sheet.getCell('S4').numFmt = '0.0%';
  sheet.addRow([
    '',
    '',
    '',
    '会議のペーパーレス化、印刷物の見直し',
    '検討',
    '実施',
    '実施',
    '',
    '',
    '',
    '',
    '文書管理経費',
    '円',
    { formula: 'SUM(T5:U5)', result: 604701094 },
    '令和2年度',
    '500,000,000',
    'R6',
    '',
    '５５０，０００，０００円',
  ]);
  for (const col of ['A', 'B', 'C', 'H', 'I', 'J', 'K']) sheet.mergeCells(`${col}4:${col}5`);
  sheet.addRow([
    13,
    'DXの推進(システムの標準化・共同化の推進)',
    '',
    '',
    '',
    '',
    '',
    '',
    '・標準化に向けた移行計画を作成した。',
    '',
    'A',
    'オンライン申請手続数',
    '手続',
    18,
    44287,
    '',
    '',
    '',
    25,
  ]);
  sheet.getCell('O6').numFmt = 'General';
  planSheet(workbook);
  return xlsxBytes(workbook);
}

describe('importPlan from .xlsx: the Kodaira layout', () => {
  test('merged headers, a merged direction row, a program merged over rows, formulas, dates and percentages', async () => {
    const { plan, warnings } = await importPlan(await kodairaWorkbook());
    expect(warnings).toEqual([]);
    expect(plan).toMatchObject({
      id: 'kodaira-management-policy-1',
      municipality: '小平市',
      period: { start: 2021, end: 2024 },
      directions: [{ id: 'd3', number: 3, name: '運営・業務執行体制の効率化', programCount: 9 }],
      source: { title: '小平市第1期経営方針推進プログラム 進捗状況【令和5年度末】' },
    });
    const [p12, p13] = plan.programs;
    expect(p12).toMatchObject({
      id: 'p12',
      number: 12,
      direction: 'd3',
      approaches: [
        '内部事務における押印の見直しとともに、文書管理システムによる電子決裁の対象範囲拡大',
        '意識啓発を含め、会議でのペーパーレス化及び冊子等の電子化',
      ],
      actionItems: [
        {
          name: '電子決裁対象範囲の拡大及び電子決裁率の向上',
          schedule: { 2021: '実施', 2022: '実施', 2023: '実施' },
        },
        {
          name: '会議のペーパーレス化、印刷物の見直し',
          schedule: { 2021: '検討', 2022: '実施', 2023: '実施' },
        },
      ],
      reports: {
        2023: {
          rating: 'B',
          // A line without a bullet continues the bullet above it.
          results: [
            '令和5年11月から試行として、電子決裁の対象拡大を実施し、電子決裁の利用推進を図った。',
            '令和5年度末での電子決裁率73.9%',
          ],
        },
      },
    });
    expect(p12?.kpis).toEqual([
      {
        id: 'p12-k1',
        name: '電子決裁対象文書の電子決裁率',
        unit: '%',
        baseline: { value: '62.3', asOf: '2021-04-01' },
        target: { kind: 'level', value: '90', by: 2024 },
        yearTargets: { 2023: '85' },
        period: { start: 2021, end: 2024 },
        observations: [{ fiscalYear: 2023, value: '73.9' }],
      },
      {
        id: 'p12-k2',
        name: '文書管理経費',
        unit: '円',
        direction: 'lower',
        baseline: { value: '604701094', fiscalYear: 2020 },
        target: { kind: 'level', value: '500000000', by: 2024 },
        period: { start: 2021, end: 2024 },
        observations: [{ fiscalYear: 2023, value: '550000000' }],
      },
    ]);
    expect(evaluateKpi(p12?.kpis?.[0] as never, { fiscalYear: 2023 }).progress?.toString()).toBe('41.88');
    expect(p13?.kpis?.[0]).toMatchObject({
      baseline: { value: '18', asOf: '2021-04-01' },
      target: { kind: 'monitor' },
    });
    expect(auditPlan(plan, 2023).counts.error).toBe(0);
  });

  test('the program sheet may have any name; 計画 is found by name', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('表紙');
    const sheet = workbook.addWorksheet('進捗一覧');
    sheet.addRows([
      ['方向性', 'No.', 'プログラム名', '評価'],
      ['1 地域資源によるサービスの実現', '①', '幅広い市民意見の収集', 'Ａ'],
    ]);
    planSheet(workbook);
    const { plan } = await importPlan(await xlsxBytes(workbook));
    expect(plan.programs[0]).toMatchObject({ id: 'p1', display: '①', reports: { 2023: { rating: 'A' } } });
  });
});

describe('importPlan from .xlsx: what cannot be imported', () => {
  test('an empty sheet is a clear IMPORT_FAILED issue', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('プログラム');
    planSheet(workbook);
    const error = await rejection(importPlan(await xlsxBytes(workbook)));
    expect(error.code).toBe('IMPORT_FAILED');
    expect(error.issues).toEqual([
      expect.objectContaining({
        path: 'プログラム',
        code: 'EMPTY_SHEET',
        sheet: 'プログラム',
        row: null,
        column: null,
      }),
    ]);
    expect(error.message).toMatch(/the sheet "プログラム" is empty/);
  });

  test('several bad cells are reported at once, each with sheet, row and column', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('プログラム');
    sheet.addRows([
      [
        '方向性',
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
      ],
      [
        '1 地域資源によるサービスの実現',
        1,
        '幅広い市民意見の収集',
        'C',
        '参加者数',
        '人',
        { formula: 'A1/0', result: { error: '#DIV/0!' } },
        '令和3年2月30日',
        100,
        'R6',
        50,
      ],
      [
        '1',
        '二',
        '市民協働の推進',
        'A',
        '協働事業数',
        '件',
        10,
        '',
        { formula: 'SUM(X1:X9)' },
        '令和X年度',
        '約20',
      ],
      ['1', 3, '', 'S', '', '', '', '', '', '', ''],
    ]);
    planSheet(workbook, [
      ['評価尺度', 'kodaira'],
      ['謎の項目', 'x'],
    ]);
    const error = await rejection(importPlan(await xlsxBytes(workbook)));
    const issues = error.issues as readonly ImportIssue[];
    expect(paths(issues)).toEqual([
      'プログラム!D2 UNKNOWN_RATING',
      'プログラム!G2 FORMULA_ERROR',
      'プログラム!H2 INVALID_DATE',
      'プログラム!B3 INVALID_NUMBER',
      'プログラム!I3 NO_CACHED_VALUE',
      'プログラム!J3 INVALID_FISCAL_YEAR',
      'プログラム!K3 INVALID_NUMBER',
      'プログラム!C4 MISSING_VALUE',
    ]);
    expect(issues.map((i) => [i.sheet, i.row, i.column, i.header])).toEqual([
      ['プログラム', 2, 4, '評価'],
      ['プログラム', 2, 7, '基準値'],
      ['プログラム', 2, 8, '基準日'],
      ['プログラム', 3, 2, 'No.'],
      ['プログラム', 3, 9, '目標値'],
      ['プログラム', 3, 10, '目標年度'],
      ['プログラム', 3, 11, '実績'],
      ['プログラム', 4, 3, '実施プログラム'],
    ]);
    expect(issues[1]?.message).toBe('基準値: the formula =A1/0 gives the error #DIV/0!');
    expect(issues[4]?.message).toMatch(
      /=SUM\(X1:X9\) has no saved result: open the file in Excel and save it/,
    );
    expect(error.message).toMatch(/^the import failed: 8 problems: .*; and 3 more$/);
  });

  test("parsePlan's problems are traced back to cells (a program number twice, a KPI that contradicts itself)", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('プログラム').addRows([
      ['方向性', 'No.', '実施プログラム', '評価', '指標名', '基準値', '基準日', '目標種別', '目標値'],
      ['1 地域', 1, 'a', 'A', '', '', '', '', ''],
      ['1', 1, 'b', 'A', 'k', 0, '2021-04-01', '率', 10],
    ]);
    planSheet(workbook);
    const error = await rejection(importPlan(await xlsxBytes(workbook)));
    expect(paths(error.issues)).toEqual([
      'プログラム!B3 DUPLICATE_ID',
      'プログラム!I3 TARGET_EQUALS_BASELINE',
    ]);
    expect(error.issues[0]?.message).toBe('No.: the program id "p1" appears twice');
    expect((error.issues[0] as ImportIssue).data?.path).toBe('programs[1].id');
  });

  test('plan-level problems point into the 計画 sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('プログラム').addRows([
      ['方向性', 'No.', '実施プログラム'],
      ['1 地域', 1, 'a'],
    ]);
    workbook.addWorksheet('計画').addRows([
      ['計画期間', 'R6～R3'],
      ['報告年度', '令和0年度'],
      ['評価尺度', 'abc'],
    ]);
    const error = await rejection(importPlan(await xlsxBytes(workbook)));
    expect(paths(error.issues)).toEqual([
      '計画 MISSING_VALUE',
      '計画 MISSING_VALUE',
      '計画 MISSING_VALUE',
      '計画!B1 INVALID_FISCAL_YEAR',
      '計画!B2 ERA_YEAR_OUT_OF_RANGE',
      '計画!B3 INVALID_SCALE',
    ]);
    expect(error.issues[0]?.message).toBe(
      'the plan needs an id: write ID in the 計画 sheet, or pass plan.id',
    );
    expect(error.issues[3]?.message).toBe('計画期間: "R6～R3" ends before it starts');
  });

  test('not a workbook, the old .xls format, a missing sheet, no header row', async () => {
    const broken = await rejection(
      importPlan(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), { fileName: 'plan.xlsx' }),
    );
    expect(broken.issues[0]).toMatchObject({ path: 'plan.xlsx', code: 'INVALID_XLSX' });
    const xls = await rejection(importPlan(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1])));
    expect(xls.message).toMatch(/old .xls format/);

    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('メモ').addRows([['これは表ではない'], ['1', '2']]);
    planSheet(workbook);
    const bytes = await xlsxBytes(workbook);
    const noHeader = await rejection(importPlan(bytes));
    expect(paths(noHeader.issues)).toEqual(['メモ NO_HEADER']);
    const noSheet = await rejection(importPlan(bytes, { mapping: { sheet: '進捗' } }));
    expect(noSheet.issues[0]).toMatchObject({
      path: '進捗',
      code: 'NO_SHEET',
      message: 'the workbook has no sheet "進捗": it has メモ, 計画',
    });
  });
});
