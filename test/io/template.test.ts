import { describe, expect, test } from 'vitest';
import { aggregateRatings, auditPlan } from '../../src/index.js';
import { decodeText, encodeText, importPlan, planTemplate, readCsv } from '../../src/io/index.js';
import { loadXlsx, paths, rejection, thrown, toCsv, xlsxBytes } from './helpers.js';

describe('planTemplate: xlsx', () => {
  test('the sheets and the default headers, with year columns for the period', async () => {
    const workbook = await loadXlsx(await planTemplate('xlsx', { period: 'R3～R6', fiscalYear: 'R5' }));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['プログラム', '計画', '説明']);
    const sheet = workbook.getWorksheet('プログラム');
    if (sheet === undefined) throw new Error('no プログラム sheet');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 10)).toEqual([
      '方向性',
      'No.',
      '実施プログラム',
      '区分',
      '主な取組の方向性',
      '取組項目',
      'R3',
      'R4',
      'R5',
      'R6',
    ]);
    expect(header).toContain('評価');
    expect(header).toContain('実績');
    const plan = workbook.getWorksheet('計画');
    const values = Object.fromEntries(
      (plan?.getSheetValues() ?? []).slice(2).map((row) => [(row as unknown[])[1], (row as unknown[])[2]]),
    );
    expect(values).toMatchObject({
      計画期間: '令和3年度～令和6年度',
      報告年度: '令和5年度',
      評価尺度: 'kodaira-sab',
      方向性1: '',
    });
  });

  test('template → fill with exceljs → import → aggregateRatings and auditPlan', async () => {
    const workbook = await loadXlsx(await planTemplate('xlsx', { period: 'R3～R6', fiscalYear: 'R5' }));
    const plan = workbook.getWorksheet('計画');
    const sheet = workbook.getWorksheet('プログラム');
    if (plan === undefined || sheet === undefined) throw new Error('missing sheets');
    const set = (key: string, value: string) => {
      plan.eachRow((row) => {
        if (row.getCell(1).value === key) row.getCell(2).value = value;
      });
    };
    set('ID', 'kodaira-management-policy-1');
    set('自治体', '小平市');
    set('計画名', '小平市第1期経営方針推進プログラム');
    set('方向性1', '地域資源によるサービスの実現');
    set('方向性3', '運営・業務執行体制の効率化');
    const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const row = (values: Record<string, unknown>) => sheet.addRow(headers.map((h) => values[h] ?? null));
    row({
      方向性: 1,
      'No.': '①',
      実施プログラム: '幅広い市民意見の収集',
      取組項目: 'より広く多様な意見の収集',
      R3: '実施',
      R4: '実施',
      R5: '実施',
      取組実績: '・市民参加手法を実施した。',
      評価: 'A',
    });
    row({
      方向性: 1,
      'No.': '⑥',
      実施プログラム: '指定管理者制度の推進',
      取組実績: '・概要事項を公表した。',
      評価: 'S',
    });
    row({
      方向性: 3,
      'No.': 12,
      実施プログラム: '文書の電子化・ペーパーレス化',
      取組実績: '・電子決裁の対象拡大を試行した。',
      評価: 'B',
      指標名: '電子決裁率',
      単位: '%',
      基準値: 62.3,
      基準日: '令和3年4月1日',
      目標値: 90,
      目標年度: 'R6',
      年度目標: 85,
      実績: 73.9,
    });
    row({
      方向性: 3,
      'No.': 13,
      実施プログラム: 'DXの推進',
      区分: '実施',
      取組実績: '・移行計画を作成した。',
      評価: 'A',
    });
    const { plan: imported, warnings } = await importPlan(await xlsxBytes(workbook));
    expect(warnings).toEqual([]);
    expect(imported.directions.map((d) => d.id)).toEqual(['d1', 'd3']);
    expect(aggregateRatings(imported, 2023).total.counts).toEqual({ S: 1, A: 2, B: 1 });
    const audit = auditPlan(imported, 2023);
    expect(audit.ok).toBe(true);
    expect(audit.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  test('an untouched template says what is missing', async () => {
    const error = await rejection(
      importPlan(await planTemplate('xlsx', { period: 'R3～R6', fiscalYear: 'R5' })),
    );
    expect(paths(error.issues)).toEqual(['計画 MISSING_VALUE', '計画 MISSING_VALUE', '計画 MISSING_VALUE']);
  });
});

describe('planTemplate: csv', () => {
  test.each(['utf-8', 'shift_jis'] as const)(
    'template (%s) → fill the text → import → aggregateRatings',
    async (encoding) => {
      const bytes = await planTemplate('csv', { period: { start: 2021, end: 2024 }, encoding });
      if (encoding === 'utf-8') expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [header = []] = readCsv(decodeText(bytes));
      const at = (name: string) => header.indexOf(name);
      const line = (values: Record<string, string>) => {
        const cells = header.map(() => '');
        for (const [key, value] of Object.entries(values)) cells[at(key)] = value;
        return cells;
      };
      const text =
        decodeText(bytes) +
        toCsv([
          line({
            方向性: '1 地域資源によるサービスの実現',
            'No.': '1',
            実施プログラム: '幅広い市民意見の収集',
            評価: 'A',
            取組実績: '・実施した。\n・共有した。',
          }),
          line({
            方向性: '2 将来に向けた財政運営・財産活用',
            'No.': '7',
            実施プログラム: '使用料・手数料の見直し',
            評価: 'B',
            取組実績: '・見直した。',
          }),
          line({
            方向性: '2',
            'No.': '8',
            実施プログラム: '事業の精査と見直し',
            評価: 'Ａ',
            取組実績: '・精査した。',
          }),
        ]);
      const { plan } = await importPlan(encodeText(text, { encoding }), {
        fileName: 'programs.csv',
        plan: {
          id: 'x',
          municipality: '小平市',
          title: '経営方針推進プログラム',
          period: 'R3～R6',
          fiscalYear: 2023,
        },
      });
      expect(plan.programs[0]?.reports?.['2023']?.results).toEqual(['実施した。', '共有した。']);
      expect(aggregateRatings(plan, 2023).rows.map((r) => [r.direction.id, r.counts])).toEqual([
        ['d1', { S: 0, A: 1, B: 0 }],
        ['d2', { S: 0, A: 1, B: 1 }],
      ]);
      expect(auditPlan(plan, 2023).ok).toBe(true);
    },
  );

  test('without a period there are no year columns; bad options are refused', async () => {
    const text = decodeText(await planTemplate('csv'));
    expect(text).not.toMatch(/R3/);
    await expect(planTemplate('pdf' as 'csv')).rejects.toMatchObject({ code: 'INVALID_OPTION' });
    await expect(planTemplate('csv', { period: 'R6' })).rejects.toMatchObject({ code: 'INVALID_OPTION' });
    await expect(planTemplate('csv', { scale: 'nope' })).rejects.toMatchObject({ code: 'INVALID_OPTION' });
    expect(thrown(() => readCsv(text.replace('方向性', '"方向性'))).code).toBe('INVALID_CSV');
  });
});
