import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { defineRatingScale } from '../../src/index.js';
import { splitEntries } from '../../src/io/cells.js';
import { writeCsv } from '../../src/io/csv.js';
import { decodeText, encodeText, type ImportIssue, importPlan, parseMapping } from '../../src/io/index.js';
import { numberText } from '../../src/io/number.js';
import { paths, rejection, thrown, toCsv, xlsxBytes } from './helpers.js';

const PLAN = { id: 'x', municipality: '小平市', title: 't', period: 'R3～R6', fiscalYear: 2023 } as const;
const utf8 = (s: string) => new TextEncoder().encode(s);
const csvImport = (rows: string[][], options: Parameters<typeof importPlan>[1] = {}) =>
  importPlan(utf8(toCsv(rows)), { fileName: 'p.csv', plan: PLAN, ...options });

describe('lists, numbers and CSV text', () => {
  test('entries: numbered lines, blank lines, ASCII words joined with a space', () => {
    expect(splitEntries('①調査\n②検討\n\n・Web\nsite を更新\n・LGWAN\n接続系')).toEqual([
      '①調査',
      '②検討',
      'Web site を更新',
      'LGWAN接続系',
    ]);
    expect(splitEntries('一行目\n二行目')).toEqual(['一行目', '二行目']);
    expect(splitEntries('・\n・a')).toEqual(['a']);
  });

  test('numbers stored in cells become exact decimal text', () => {
    expect(numberText(1e21)).toBe('1000000000000000000000');
    expect(numberText(1.5e-7)).toBe('0.00000015');
    expect(numberText(-0.1)).toBe('-0.1');
    expect(numberText(0.00123, true)).toBe('0.123');
    expect(numberText(12, true)).toBe('1200');
    expect(numberText(0.1 + 0.2)).toBe('0.30000000000000004');
  });

  test('CSV fields with surrounding spaces are quoted', () => {
    expect(writeCsv([[' a', 'b ', 'c']])).toBe('" a","b ",c\r\n');
  });

  test('encodings: UTF-16 BE, long text in errors', () => {
    expect(thrown(() => decodeText(new Uint8Array([0xfe, 0xff, 0, 0x41]))).message).toMatch(/UTF-16/);
    const long = `${'あ'.repeat(70)}〜`;
    const error = thrown(() => encodeText(long, { encoding: 'shift_jis' }));
    expect(error.input).toMatch(/\.\.\.$/);
    expect(error.message).not.toMatch(/and \d+ more/);
    expect(thrown(() => encodeText(`${'a'.repeat(70)}\uDC00`)).input).toMatch(/\.\.\.$/);
    expect(thrown(() => encodeText('〜〜', { encoding: 'shift_jis' })).message).toMatch(/; and 1 more/);
  });
});

describe('plan fields', () => {
  test('options: a period object, notes, a scale of its own, format csv', async () => {
    const scale = defineRatingScale({
      id: 'marks',
      name: { ja: '記号', en: 'Marks' },
      levels: [
        { code: '◎', label: { ja: '順調', en: 'Good' }, progress: 'ahead' },
        { code: '△', label: { ja: '遅れ', en: 'Late' }, progress: 'behind' },
      ],
    });
    const { plan } = await csvImport(
      [
        ['方向性', 'No.', '実施プログラム', '評価'],
        ['1 a', '1', 'p', '◎'],
      ],
      {
        format: 'csv',
        plan: { ...PLAN, period: { start: 2021, end: 'R6' }, notes: ['メモ'], scale },
      },
    );
    expect(plan).toMatchObject({
      period: { start: 2021, end: 2024 },
      notes: ['メモ'],
      scale: { id: 'marks' },
    });
    const bad = await rejection(
      csvImport(
        [
          ['No.', '実施プログラム'],
          ['1', 'p'],
        ],
        { plan: { ...PLAN, period: { start: 2024, end: 2021 } } },
      ),
    );
    expect(paths(bad.issues)).toEqual(['(options) INVALID_FISCAL_YEAR', 'p.csv!B2 MISSING_DIRECTION']);
    expect(bad.issues[0]?.message).toBe('plan.period: the period 2024..2021 ends before it starts');
  });

  test('the 計画 sheet: 開始年度 and 終了年度, notes, a source, unknown keys, overflowing ranges', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('プログラム').addRows([
      ['方向性', 'No.', '実施プログラム'],
      ['方向性1', 1, 'a'],
    ]);
    workbook
      .addWorksheet('計画')
      .addRows([
        ['ID', 'x'],
        ['自治体', '小平市'],
        ['計画名', 't'],
        ['開始年度', 2019],
        ['終了年度', '平成34年度'],
        ['備考', '・一つ\n・二つ'],
        ['発行者', '小平市'],
        ['出典', '進捗状況'],
        ['URL', 'https://example.jp/'],
        ['時点', '令和5年度末'],
        ['方向性1', '地域資源によるサービスの実現'],
        ['色', '青'],
        [],
      ]);
    const { plan, warnings } = await importPlan(await xlsxBytes(workbook), { allowOverflow: true });
    expect(plan).toMatchObject({
      period: { start: 2019, end: 2022 },
      notes: ['一つ', '二つ'],
      source: { title: '進捗状況', publisher: '小平市', url: 'https://example.jp/', asOf: '令和5年度末' },
      directions: [{ id: 'd1', name: '地域資源によるサービスの実現' }],
    });
    expect(warnings).toEqual([
      '計画!B5: "平成34年度" is read as fiscal 2022, a year after its era ended',
      '計画!A12: the key "色" is not known: ignored',
    ]);
  });

  test('the 計画 sheet: half a period, a source without a title, a range read with overflow', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('プログラム').addRows([
      ['方向性', 'No.', '実施プログラム'],
      ['1 a', 1, 'a'],
    ]);
    workbook.addWorksheet('計画').addRows([
      ['ID', 'x'],
      ['自治体', 'y'],
      ['計画名', 'z'],
      ['開始年度', 'R3'],
      ['発行者', '小平市'],
    ]);
    const error = await rejection(importPlan(await xlsxBytes(workbook)));
    expect(paths(error.issues)).toEqual(['計画!B4 MISSING_VALUE', '計画!B5 MISSING_VALUE']);

    const range = new ExcelJS.Workbook();
    range.addWorksheet('プログラム').addRows([
      ['方向性', 'No.', '実施プログラム'],
      ['1 a', 1, 'a'],
    ]);
    range.addWorksheet('計画').addRows([
      ['ID', 'x'],
      ['自治体', 'y'],
      ['計画名', 'z'],
      ['計画期間', '平成31年度～平成34年度'],
    ]);
    const { plan, warnings } = await importPlan(await xlsxBytes(range), { allowOverflow: true });
    expect(plan.period).toEqual({ start: 2019, end: 2022 });
    expect(warnings[0]).toMatch(/^計画!B4: "平成31年度～平成34年度" is read as 2019–2022/);
  });
});

describe('program rows', () => {
  test('directions by name, by number with a count, and a contradiction', async () => {
    const error = await rejection(
      csvImport([
        ['方向性', 'No.', '実施プログラム'],
        ['地域資源によるサービスの実現', '1', 'a'],
        ['地域資源によるサービスの実現', '2', 'b'],
        ['方向性2 財政運営 (4プログラム)', '3', 'c'],
        ['2 別の名前', '4', 'd'],
      ]),
    );
    expect(paths(error.issues)).toEqual(['p.csv!A5 DIRECTION_MISMATCH']);
    expect(error.issues[0]?.message).toBe('方向性: 方向性2 is "財政運営" at p.csv!A4, not "別の名前"');
    const { plan } = await csvImport([
      ['方向性', 'No.', '実施プログラム'],
      ['地域資源によるサービスの実現', '1', 'a'],
      ['地域資源によるサービスの実現', '2', 'b'],
      ['方向性2 財政運営 (4プログラム)', '3', 'c'],
    ]);
    expect(plan.directions).toEqual([
      { id: 'd1', number: 1, name: '地域資源によるサービスの実現' },
      { id: 'd2', number: 2, name: '財政運営', programCount: 4 },
    ]);
    expect(plan.programs.map((p) => p.direction)).toEqual(['d1', 'd1', 'd2']);
  });

  test('study programs by header, kinds that conflict, a dash as no rating, schedule text and warnings', async () => {
    const header = [
      '方向性',
      'No.',
      '検討プログラム',
      '区分',
      '評価',
      '取組項目',
      'R3',
      'R4',
      '年度スケジュール',
      '備考',
    ];
    const { plan, warnings } = await csvImport([
      header,
      ['1 a', '1', '公共施設の再編', '', '―', '・調査\n・検討', '実施\n実施', '実施\n検討\n準備', '', 'メモ'],
      ['', '', '', '', '', '', '実施', '', '全体で3年', ''],
    ]);
    expect(plan.programs[0]).toMatchObject({
      kind: 'study',
      actionItems: [
        { name: '調査', schedule: { 2021: '実施' } },
        { name: '検討', schedule: { 2021: '実施' } },
      ],
      scheduleText: 'R4: 実施 / 検討 / 準備\n全体で3年\nR3: 実施',
      notes: ['メモ'],
    });
    expect(plan.programs[0]?.reports).toBeUndefined();
    expect(warnings).toEqual([
      'p.csv!H2: 3 schedule lines for 2 action items: kept in scheduleText',
      'p.csv!G3: a schedule without an action item (取組項目) in its row: kept in scheduleText',
    ]);
    const conflict = await rejection(
      csvImport([
        ['方向性', 'No.', '実施プログラム', '区分', '評価'],
        ['1 a', '1', 'p', '実施', 'A'],
        ['', '', '', '検討', 'A'],
        ['', '', '', '', 'S'],
      ]),
    );
    expect(paths(conflict.issues)).toEqual(['p.csv!D3 CONFLICTING_VALUE', 'p.csv!E4 CONFLICTING_VALUE']);
    expect(conflict.issues[0]?.message).toBe(
      '区分: "study" contradicts "implementation" given above for the same program',
    );
  });

  test('no number column: programs are numbered in order; a blank number is rejected', async () => {
    const { plan, warnings } = await csvImport([
      ['方向性', '実施プログラム'],
      ['1 a', 'p'],
      ['1', 'q'],
    ]);
    expect(plan.programs.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(warnings).toEqual(['p.csv!1:1: no number column (No.): programs are numbered in order']);
    const error = await rejection(
      csvImport([
        ['方向性', 'No.', '実施プログラム'],
        ['1 a', '', 'p'],
      ]),
    );
    expect(paths(error.issues)).toEqual(['p.csv!B2 MISSING_VALUE']);
  });
});

describe('KPI rows', () => {
  const header = [
    '方向性',
    'No.',
    '実施プログラム',
    '指標ID',
    '指標名',
    '単位',
    '方向',
    '基準値',
    '基準日',
    '目標種別',
    '目標値',
    '目標年度',
    '期限',
    '実績',
    '指標備考',
  ];
  const row = (cells: Partial<Record<string, string>>) => header.map((h) => cells[h] ?? '');
  const base = { 方向性: '1 a', 'No.': '1', 実施プログラム: 'p' };

  test('kinds, ids, notes and milestone dates', async () => {
    const { plan } = await csvImport([
      header,
      row({
        ...base,
        指標ID: 'p1-facilities',
        指標名: '指定管理施設数',
        単位: '施設',
        基準値: '48施設',
        基準日: '2021/4/1',
        目標種別: '増減',
        目標値: '1',
        目標年度: 'R6',
        実績: '49施設',
        指標備考: '・令和3年4月1日現在48施設',
      }),
      row({ 指標名: 'ICT改善件数', 単位: '件', 目標種別: 'count', 目標値: '1', 実績: '2' }),
      row({ 指標名: 'オンライン手続', 単位: '手続', 目標種別: '前年度以上', 実績: '20' }),
      row({ 指標名: '給食調理委託', 目標種別: 'マイルストーン', 目標年度: 'R5', 実績: '2024年1月' }),
      row({ 指標名: '保育園の民営化', 期限: '令和6年度', 実績: '未達成' }),
      row({ 指標名: '公共施設の再編', 期限: '2025-03-31', 実績: '令和6年1月15日' }),
      row({ 指標名: '人口', 単位: '人', 方向: '↑', 基準値: '195,000', 基準日: '令和5年度末' }),
    ]);
    const kpis = plan.programs[0]?.kpis ?? [];
    expect(kpis.map((k) => [k.id, k.target, k.observations?.[0]])).toEqual([
      ['p1-facilities', { kind: 'change', amount: '1', by: 2024 }, { fiscalYear: 2023, value: '49' }],
      ['p1-k2', { kind: 'count', value: '1' }, { fiscalYear: 2023, value: '2' }],
      ['p1-k3', { kind: 'no-worse' }, { fiscalYear: 2023, value: '20' }],
      [
        'p1-k4',
        { kind: 'milestone', due: '2024-03' },
        { fiscalYear: 2023, milestone: { done: true, on: '2024-01' } },
      ],
      ['p1-k5', { kind: 'milestone', due: '2025-03' }, { fiscalYear: 2023, milestone: { done: false } }],
      [
        'p1-k6',
        { kind: 'milestone', due: '2025-03-31' },
        { fiscalYear: 2023, milestone: { done: true, on: '2024-01-15' } },
      ],
      ['p1-k7', { kind: 'monitor' }, undefined],
    ]);
    expect(kpis[0]?.notes).toEqual(['令和3年4月1日現在48施設']);
    expect(kpis[6]).toMatchObject({ direction: 'higher', baseline: { value: '195000', asOf: '2024-03-31' } });
  });

  test('every bad KPI cell is reported', async () => {
    const error = await rejection(
      csvImport([
        header,
        row({ ...base, 指標名: 'a', 単位: '円', 方向: '横ばい', 基準値: '10%', 目標種別: 'すごい' }),
        row({ 指標名: 'b', 目標種別: '水準' }),
        row({ 指標名: 'c', 目標種別: 'annual' }),
        row({ 指標名: 'd', 目標種別: 'milestone' }),
        row({ 指標名: 'e', 目標種別: 'monitor', 目標値: '5' }),
        row({ 指標名: 'f', 目標種別: 'milestone', 期限: 'R6', 実績: 'R6' }),
        row({ 指標名: 'g', 期限: '令和5年', 実績: 'x' }),
      ]),
    );
    const issues = error.issues as readonly ImportIssue[];
    expect(paths(issues)).toEqual([
      'p.csv!G2 INVALID_KPI',
      'p.csv!H2 INVALID_NUMBER',
      'p.csv!J2 INVALID_KPI',
      'p.csv!K3 MISSING_VALUE',
      'p.csv!K4 MISSING_VALUE',
      'p.csv!K5 MISSING_VALUE',
      'p.csv!K6 INVALID_KPI',
      'p.csv!N7 INVALID_KPI',
      'p.csv!M8 INVALID_DATE',
      'p.csv!N8 INVALID_NUMBER',
    ]);
    expect(issues[1]?.message).toBe('基準値: the figure is in %, but the unit is "円"');
    expect(issues[3]?.message).toBe('目標値: a level target needs a 目標値');
    expect(issues[5]?.message).toBe('目標値: a milestone target needs a 期限 or a 目標年度');
  });
});

describe('workbooks', () => {
  test('rich text, hyperlinks, booleans and dates in text cells, and date cells where figures belong', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('プログラム');
    sheet.addRow(['方向性', 'No.', '実施プログラム', '備考', '評価', '指標名', '基準値', '基準日', '目標値']);
    sheet.addRow([
      '1 a',
      1,
      { richText: [{ text: '文書の' }, { text: '電子化', font: { bold: true } }] },
      { text: '資料', hyperlink: 'https://example.jp/' },
      'A',
      'k',
      10,
      44287,
      20,
    ]);
    sheet.addRow(['', '', '', true, '', '', '', '', '']);
    sheet.addRow(['', '', '', new Date(Date.UTC(2024, 0, 15)), '', '', '', '', '']);
    workbook.addWorksheet('計画').addRows([
      ['ID', 'x'],
      ['自治体', 'y'],
      ['計画名', 'z'],
      ['計画期間', 'R3～R6'],
      ['報告年度', 'R5'],
    ]);
    const { plan } = await importPlan(await xlsxBytes(workbook));
    expect(plan.programs[0]).toMatchObject({ name: '文書の電子化', notes: ['資料', 'TRUE', '2024-01-15'] });
    expect(plan.programs[0]?.kpis?.[0]?.baseline).toEqual({ value: '10', asOf: '2021-04-01' });

    const bad = new ExcelJS.Workbook();
    bad.addWorksheet('プログラム').addRows([
      ['方向性', 'No.', '実施プログラム', '指標名', '基準値', '基準日', '目標値'],
      ['1 a', 1, 'p', 'k', new Date(Date.UTC(2021, 3, 1)), 60, true],
      ['', '', '', 'k2', 1, 30, 2],
    ]);
    bad.addWorksheet('計画').addRows([
      ['ID', 'x'],
      ['自治体', 'y'],
      ['計画名', 'z'],
      ['計画期間', 'R3～R6'],
      ['報告年度', 'R5'],
    ]);
    const error = await rejection(importPlan(await xlsxBytes(bad)));
    expect(paths(error.issues)).toEqual([
      'プログラム!E2 INVALID_NUMBER',
      'プログラム!F2 INVALID_DATE',
      'プログラム!G2 INVALID_NUMBER',
    ]);
  });

  test('a workbook with only a 計画 sheet, a header row without a name column, bad options', async () => {
    const only = new ExcelJS.Workbook();
    only.addWorksheet('計画').addRows([['ID', 'x']]);
    const error = await rejection(importPlan(await xlsxBytes(only)));
    expect(paths(error.issues)).toEqual([
      '計画 NO_SHEET',
      '計画 MISSING_VALUE',
      '計画 MISSING_VALUE',
      '計画 MISSING_VALUE',
    ]);

    const noName = await rejection(
      csvImport(
        [
          ['No.', '評価'],
          ['1', 'A'],
        ],
        { mapping: { headerRow: 1 } },
      ),
    );
    expect(paths(noName.issues)).toEqual(['p.csv!1:1 NO_NAME_COLUMN']);
    await expect(importPlan(utf8(''), { format: 'pdf' as 'csv' })).rejects.toMatchObject({
      code: 'INVALID_OPTION',
    });
    await expect(importPlan('abc' as unknown as Uint8Array)).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    expect(thrown(() => parseMapping({ columns: { 'rating:令和X年度': '評価' } })).issues[0]?.path).toBe(
      'mapping.columns.rating:令和X年度',
    );
  });

  test('a header only is a plan without programs, with a warning', async () => {
    const { plan, warnings } = await csvImport([['方向性', 'No.', '実施プログラム']]);
    expect(plan.programs).toEqual([]);
    expect(warnings).toEqual(['p.csv: no programs: the table has a header but no program rows']);
  });
});
