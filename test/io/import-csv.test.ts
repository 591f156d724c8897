import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { kodairaFy2023 } from '../../src/data/kodaira-fy2023.js';
import { aggregateRatings, evaluateKpi, type Plan } from '../../src/index.js';
import { type ImportIssue, importPlan } from '../../src/io/index.js';
import { parsePlan } from '../../src/schema/index.js';
import {
  KODAIRA_HEADER,
  KODAIRA_PLAN,
  KODAIRA_ROWS,
  KODAIRA_SUBHEADER,
  paths,
  rejection,
  toCsv,
} from './helpers.js';

const ROWS = [KODAIRA_HEADER, KODAIRA_SUBHEADER, ...KODAIRA_ROWS];
const CSV = toCsv(ROWS);
const utf8 = (s: string) => new TextEncoder().encode(s);
const OPTIONS = { fileName: 'programs.csv', plan: KODAIRA_PLAN } as const;

function program(plan: Plan, id: string) {
  const found = plan.programs.find((p) => p.id === id);
  if (found === undefined) throw new Error(`no program ${id}`);
  return found;
}

describe('importPlan from CSV: the Kodaira rows', () => {
  const encodings = {
    'UTF-8': utf8(CSV),
    'UTF-8 with BOM': new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(CSV)]),
    Shift_JIS: new Uint8Array(iconv.encode(CSV, 'cp932')),
  };

  test.each(Object.entries(encodings))(
    '%s: the bytes are real CSV, and import to the same plan',
    async (_, bytes) => {
      const decoded =
        _ === 'Shift_JIS' ? iconv.decode(Buffer.from(bytes), 'cp932') : new TextDecoder().decode(bytes);
      expect(parse(decoded, { bom: true, relax_column_count: true })).toEqual(ROWS);
      const { plan, warnings } = await importPlan(bytes, OPTIONS);
      expect(warnings).toEqual([]);
      expect(plan).toEqual((await importPlan(encodings['UTF-8'], OPTIONS)).plan);
      expect(Object.isFrozen(plan.programs[0])).toBe(true);
      expect(parsePlan(JSON.stringify(plan))).toEqual(plan);
    },
  );

  test('programs, directions, bullets and schedules are read as the report writes them', async () => {
    const { plan } = await importPlan(encodings['UTF-8'], OPTIONS);
    expect(plan.period).toEqual({ start: 2021, end: 2024 });
    expect(plan.directions.map((d) => [d.id, d.name])).toEqual([
      ['d1', '地域資源によるサービスの実現'],
      ['d3', '運営・業務執行体制の効率化'],
    ]);
    expect(
      plan.programs.map((p) => [p.id, p.number, p.display, p.direction, p.reports?.['2023']?.rating]),
    ).toEqual([
      ['p1', 1, '①', 'd1', 'A'],
      ['p6', 6, '⑥', 'd1', 'S'],
      ['p12', 12, undefined, 'd3', 'B'],
    ]);
    const p12 = program(plan, 'p12');
    // The bullets inline in one line (as the report's text has them) split like the bundled data.
    expect(p12.approaches).toEqual(program(kodairaFy2023, 'p12').approaches);
    expect(p12.actionItems).toEqual([
      {
        name: '電子決裁対象範囲の拡大及び電子決裁率の向上',
        schedule: { 2021: '実施', 2022: '実施', 2023: '実施' },
      },
      {
        name: '会議のペーパーレス化、印刷物の見直し',
        schedule: { 2021: '検討', 2022: '実施', 2023: '実施' },
      },
    ]);
    expect(p12.reports?.['2023']?.results).toEqual([
      '令和5年11月から試行として、電子決裁の対象拡大を実施し、電子決裁の利用推進を図った。',
      '令和5年度末での電子決裁率73.9%',
    ]);
  });

  test('program 12: 電子決裁率 62.3 → 90 by R6, FY2023 actual ７３．９％: progress 41.88', async () => {
    const { plan } = await importPlan(encodings.Shift_JIS, OPTIONS);
    const kpi = program(plan, 'p12').kpis?.[0];
    expect(kpi).toMatchObject({
      id: 'p12-k1',
      name: '電子決裁対象文書の電子決裁率',
      unit: '%',
      baseline: { value: '62.3', asOf: '2021-04-01' },
      target: { kind: 'level', value: '90', by: 2024 },
      yearTargets: { 2023: '85' },
      observations: [{ fiscalYear: 2023, value: '73.9' }],
    });
    if (kpi === undefined) throw new Error('no KPI');
    const r5 = evaluateKpi(kpi, { fiscalYear: 2023 });
    expect(r5.progress?.toString()).toBe('41.88');
    expect(r5.status).toBe('behind');
    expect(aggregateRatings(plan, 2023).total.counts).toEqual({ S: 1, A: 1, B: 1 });
  });

  test('a Shift_JIS file read as UTF-8 is detected', async () => {
    const error = await rejection(importPlan(encodings.Shift_JIS, { ...OPTIONS, encoding: 'utf-8' }));
    expect(error.code).toBe('INVALID_ENCODING');
    expect(error.message).toMatch(/is not valid UTF-8; if the file is Shift_JIS/);
  });

  test('broken quoting is INVALID_CSV', async () => {
    const error = await rejection(importPlan(utf8('No.,実施プログラム\r\n1,"幅広い\r\n'), OPTIONS));
    expect(error.code).toBe('INVALID_CSV');
  });
});

describe('importPlan from CSV: rejected cells', () => {
  const header = [
    '方向性',
    'No.',
    '実施プログラム',
    '区分',
    '評価',
    '指標名',
    '単位',
    '基準値',
    '目標値',
    '目標年度',
    '実績',
  ];

  test('every bad cell is reported at once, as file!A1 with its header', async () => {
    const csv = toCsv([
      header,
      ['1 地域資源によるサービスの実現', '1', '幅広い市民意見の収集', '実施', 'C', '', '', '', '', '', ''],
      ['1', 'x2', '市民協働', '準備', 'A', '参加者数', '人', 'abc', '100', '令和X年度', '50'],
      ['', '', '', '', '', '', '', '', '', '', '40'],
      ['2', '3', '', '実施', 'S', '', '', '', '', '', ''],
    ]);
    const error = await rejection(
      importPlan(utf8(csv), { ...OPTIONS, plan: { ...KODAIRA_PLAN, fiscalYear: 'R5' } }),
    );
    expect(error.code).toBe('IMPORT_FAILED');
    const issues = error.issues as readonly ImportIssue[];
    expect(paths(issues)).toEqual([
      'programs.csv!E2 UNKNOWN_RATING',
      'programs.csv!B3 INVALID_NUMBER',
      'programs.csv!D3 INVALID_ARGUMENT',
      'programs.csv!H3 INVALID_NUMBER',
      'programs.csv!J3 INVALID_FISCAL_YEAR',
      'programs.csv!K4 MISSING_VALUE',
      'programs.csv!A5 MISSING_VALUE',
      'programs.csv!C5 MISSING_VALUE',
    ]);
    expect(issues[0]).toMatchObject({
      sheet: 'programs.csv',
      row: 2,
      column: 5,
      columnLetter: 'E',
      header: '評価',
      message: '評価: "C" is not a rating on the scale kodaira-sab: expected one of S, A, B',
    });
    expect(issues[2]?.message).toBe('区分: "準備" is not 実施 (implementation) or 検討 (study)');
    expect(issues[5]?.message).toBe('実績: KPI cells without a KPI name (指標名)');
    expect(issues[6]?.message).toMatch(/^方向性: 方向性2 has no name/);
    expect(error.message).toMatch(
      /^the import failed: 8 problems: programs.csv!E2: 評価: "C" is not a rating/,
    );
  });

  test('a row with data but no program is rejected', async () => {
    const csv = toCsv([
      ['No.', '実施プログラム', '評価'],
      ['', '', 'A'],
    ]);
    const error = await rejection(
      importPlan(utf8(csv), { ...OPTIONS, plan: { ...KODAIRA_PLAN, fiscalYear: 2023 } }),
    );
    expect(paths(error.issues)).toEqual(['programs.csv!2:2 NO_PROGRAM']);
  });

  test('plan fields missing from the options are named', async () => {
    const csv = toCsv([
      ['方向性', 'No.', '実施プログラム'],
      ['1 方向', '1', 'p'],
    ]);
    const error = await rejection(importPlan(utf8(csv), { plan: { title: 't' }, fileName: 'x.csv' }));
    expect(paths(error.issues)).toEqual([
      '(options) MISSING_VALUE',
      '(options) MISSING_VALUE',
      '(options) MISSING_VALUE',
    ]);
    expect(error.issues.map((i) => i.message)).toEqual([
      "the plan needs an id: pass plan.id, or give it in the mapping's plan",
      "the plan needs a municipality: pass plan.municipality, or give it in the mapping's plan",
      "the plan needs a period: pass plan.period, or give it in the mapping's plan",
    ]);
  });

  test('no header row, and an empty file', async () => {
    const none = await rejection(importPlan(utf8('a,b\r\n1,2\r\n'), OPTIONS));
    expect(paths(none.issues)).toEqual(['programs.csv NO_HEADER']);
    const empty = await rejection(importPlan(utf8(''), OPTIONS));
    expect(paths(empty.issues)).toEqual(['programs.csv EMPTY_SHEET']);
  });

  test('two columns for one field', async () => {
    const csv = toCsv([
      ['方向性', 'No.', '実施プログラム', '評価', '評価'],
      ['1 方向', '1', 'p', 'A', 'A'],
    ]);
    const error = await rejection(
      importPlan(utf8(csv), { ...OPTIONS, plan: { ...KODAIRA_PLAN, fiscalYear: 2023 } }),
    );
    expect(paths(error.issues)).toEqual(['programs.csv!E1 DUPLICATE_COLUMN']);
  });
});

describe('importPlan from CSV: more of the layout', () => {
  test('KPIs of many kinds, several per program, study programs, years in headers, overflow', async () => {
    const csv = toCsv([
      [
        '方向性',
        'No.',
        '実施プログラム',
        '評価',
        'R4評価',
        '指標名',
        '単位',
        '方向',
        '基準値',
        '基準日',
        '目標種別',
        '目標値',
        '目標年度',
        '期限',
        'R4実績',
        '実績',
      ],
      [
        '2 将来に向けた財政運営・財産活用',
        '9',
        '未利用地の売払い',
        'A',
        'B',
        '売払い額',
        '',
        '',
        '',
        '',
        '毎年度',
        '20,000,000円',
        '',
        '',
        '12,000,000円',
        '604,701,094円',
      ],
      [
        '',
        '',
        '',
        '',
        '',
        '経常経費',
        '円',
        '低い方が良い',
        '1,000,000',
        '令和元年度',
        '率',
        '20',
        '平成32年度',
        '',
        '',
        '800,000',
      ],
      ['', '', '', '', '', '給食調理委託', '', '', '', '', '', '', '', 'R6.1', '', '達成'],
      ['', '', '', '', '', '実質収支比率の増減', 'ポイント', '', '1.5', 'R5.3', '', '', '', '', '', '▲0.5'],
      ['◆◇検討プログラム◇◆'],
      ['2', '20', '公共施設の再編', '', '', '', '', '', '', '', '', '', '', '', '', ''],
    ]);
    const strict = await rejection(
      importPlan(utf8(csv), { ...OPTIONS, plan: { ...KODAIRA_PLAN, fiscalYear: 'R5' } }),
    );
    expect(paths(strict.issues)).toEqual(['programs.csv!M3 ERA_YEAR_OUT_OF_RANGE']);

    const { plan, warnings } = await importPlan(utf8(csv), {
      ...OPTIONS,
      plan: { ...KODAIRA_PLAN, fiscalYear: 'R5' },
      allowOverflow: true,
    });
    expect(warnings).toEqual([
      'programs.csv!M3: "平成32年度" is read as fiscal 2020, a year after its era ended',
      'programs.csv!J5: the baseline month 2023-03 is read as its last day, 2023-03-31',
    ]);
    const [p9, p20] = plan.programs;
    expect(p9?.reports).toEqual({ 2022: { rating: 'B' }, 2023: { rating: 'A' } });
    expect(p20).toMatchObject({ id: 'p20', kind: 'study', direction: 'd2' });
    expect(p9?.kpis).toEqual([
      {
        id: 'p9-k1',
        name: '売払い額',
        unit: '円',
        target: { kind: 'annual', value: '20000000' },
        period: { start: 2021, end: 2024 },
        observations: [
          { fiscalYear: 2022, value: '12000000' },
          { fiscalYear: 2023, value: '604701094' },
        ],
      },
      {
        id: 'p9-k2',
        name: '経常経費',
        unit: '円',
        direction: 'lower',
        baseline: { value: '1000000', fiscalYear: 2019 },
        target: { kind: 'rate', percent: '20', by: 2020 },
        period: { start: 2021, end: 2024 },
        observations: [{ fiscalYear: 2023, value: '800000' }],
      },
      {
        id: 'p9-k3',
        name: '給食調理委託',
        unit: '',
        target: { kind: 'milestone', due: '2024-01' },
        period: { start: 2021, end: 2024 },
        observations: [{ fiscalYear: 2023, milestone: { done: true } }],
      },
      {
        id: 'p9-k4',
        name: '実質収支比率の増減',
        unit: 'ポイント',
        baseline: { value: '1.5', asOf: '2023-03-31' },
        target: { kind: 'monitor' },
        period: { start: 2021, end: 2024 },
        observations: [{ fiscalYear: 2023, value: '-0.5' }],
      },
    ]);
  });

  test('the report year comes from the headers when not given (令和5年度当初予定)', async () => {
    const csv = toCsv([
      ['方向性', 'No.', '実施プログラム', '令和5年度当初予定', '評価'],
      ['1 方向', '1', 'p', '・予定', 'A'],
    ]);
    const { plan } = await importPlan(utf8(csv), OPTIONS);
    expect(plan.programs[0]?.reports).toEqual({ 2023: { planned: ['予定'], rating: 'A' } });
    const none = await rejection(
      importPlan(
        utf8(
          toCsv([
            ['方向性', 'No.', '実施プログラム', '評価'],
            ['1 方向', '1', 'p', 'A'],
          ]),
        ),
        OPTIONS,
      ),
    );
    expect(paths(none.issues)).toEqual(['programs.csv!D1 MISSING_FISCAL_YEAR']);
  });

  test('a level target below the baseline means lower is better; a wrong-way year target is traced to its cell', async () => {
    const header = [
      '方向性',
      'No.',
      '実施プログラム',
      '指標名',
      '単位',
      '基準値',
      '基準日',
      '目標値',
      '目標年度',
      '年度目標',
    ];
    const ok = toCsv([header, ['1 方向', '1', 'p', '待機児童数', '人', '40', '2021-04-01', '0', 'R6', '10']]);
    const { plan } = await importPlan(utf8(ok), { ...OPTIONS, plan: { ...KODAIRA_PLAN, fiscalYear: 2023 } });
    expect(plan.programs[0]?.kpis?.[0]?.direction).toBe('lower');
    const bad = toCsv([
      header,
      ['1 方向', '1', 'p', '待機児童数', '人', '40', '2021-04-01', '0', 'R6', '50'],
    ]);
    const error = await rejection(
      importPlan(utf8(bad), { ...OPTIONS, plan: { ...KODAIRA_PLAN, fiscalYear: 2023 } }),
    );
    expect(paths(error.issues)).toEqual(['programs.csv!J2 YEAR_TARGET_WRONG_DIRECTION']);
    expect(error.issues[0]?.message).toMatch(/^年度目標: KPI "p1-k1": the target for 2023/);
    expect(error.message).toMatch(/^the imported plan is not valid: 1 problem/);
  });
});
