import { describe, expect, test } from 'vitest';
import { aggregateRatings, evaluateKpi, RATING_SCALES } from '../../src/index.js';
import { importPlan, parseMapping } from '../../src/io/index.js';
import { paths, rejection, thrown, toCsv } from './helpers.js';

/** Another body's layout: its own headers, ◎○△ ratings, the plan fields in the mapping. */
const CSV = toCsv([
  ['施策分野', '事業番号', '事業名', 'R5達成度', '成果指標', '単位', '現状値', '目標', 'R5実績値', 'メモ'],
  [
    '1 行政サービスの向上',
    '101',
    '窓口のデジタル化',
    '◎',
    'オンライン申請件数',
    '件',
    '1,200',
    '3,000',
    '2,100',
    '内部用',
  ],
  ['1 行政サービスの向上', '102', '書かない窓口', '○', '', '', '', '', '', ''],
  ['2 財政の健全化', '201', '公共施設の再配置', '△', '', '', '', '', '', ''],
]);

const MAPPING = {
  columns: {
    direction: '施策分野',
    number: '事業番号',
    name: '事業名',
    rating: 'R5達成度',
    'kpi.name': '成果指標',
    'kpi.baseline': '現状値',
    'kpi.target': '目標',
    'kpi.actual:R5': ['R5実績値', 'R5実績'],
  },
  ratings: { '◎': 'S', '○': 'A', '△': 'B' },
  plan: {
    id: 'sample-city-reform',
    municipality: 'サンプル市',
    title: 'サンプル市行財政改革プラン',
    period: { start: 'R4', end: 'R7' },
    fiscalYear: 2023,
  },
};

describe('a mapping file for another layout', () => {
  test('maps headers, ratings and plan fields; other headers are ignored with a warning', async () => {
    const { plan, warnings } = await importPlan(new TextEncoder().encode(CSV), {
      fileName: 'jigyo.csv',
      mapping: JSON.stringify(MAPPING),
    });
    expect(plan).toMatchObject({ id: 'sample-city-reform', period: { start: 2022, end: 2025 } });
    expect(plan.programs.map((p) => [p.id, p.direction, p.reports?.['2023']?.rating])).toEqual([
      ['p101', 'd1', 'S'],
      ['p102', 'd1', 'A'],
      ['p201', 'd2', 'B'],
    ]);
    expect(warnings).toEqual(['jigyo.csv!J1: the column "メモ" is not known: ignored']);
    const kpi = plan.programs[0]?.kpis?.[0];
    if (kpi === undefined) throw new Error('no KPI');
    expect(kpi.target).toEqual({ kind: 'level', value: '3000' });
    expect(evaluateKpi(kpi, { fiscalYear: 2023 }).actual?.toString()).toBe('2100');
    expect(aggregateRatings(plan, 2023).total.counts).toEqual({ S: 1, A: 1, B: 1 });
  });

  test('the plan scale may be another preset: its codes are then the valid ratings', async () => {
    const { plan } = await importPlan(new TextEncoder().encode(CSV), {
      mapping: { ...MAPPING, ratings: {}, plan: { ...MAPPING.plan, scale: 'ino' } },
    });
    expect(plan.scale).toEqual(RATING_SCALES.ino);
    expect(plan.programs.map((p) => p.reports?.['2023']?.rating)).toEqual(['◎', '○', '△']);
  });

  test('options override the mapping; defaults: false turns the default headers off', async () => {
    const csv = toCsv([
      ['方向性', 'No.', '事業名', '評価'],
      ['1 a', '1', 'x', 'A'],
    ]);
    const mapping = {
      defaults: false,
      columns: { direction: '方向性', number: 'No.', name: '事業名' },
      plan: MAPPING.plan,
    };
    const { plan, warnings } = await importPlan(new TextEncoder().encode(csv), {
      fileName: 'x.csv',
      mapping,
      plan: { id: 'overridden' },
    });
    expect(plan.id).toBe('overridden');
    expect(plan.programs[0]?.reports).toBeUndefined();
    expect(warnings).toEqual(['x.csv!D1: the column "評価" is not known: ignored']);
  });

  test('a mapping value from the plan fields is traced to (mapping)', async () => {
    const error = await rejection(
      importPlan(new TextEncoder().encode(CSV), {
        mapping: { ...MAPPING, plan: { ...MAPPING.plan, period: 'R7～R4' } },
      }),
    );
    expect(paths(error.issues)).toEqual(['(mapping) INVALID_FISCAL_YEAR']);
    expect(error.issues[0]?.message).toBe('plan.period: "R7～R4" ends before it starts');
  });
});

describe('parseMapping', () => {
  test('checks the layout with zod and lists every problem', () => {
    const error = thrown(() =>
      parseMapping({
        columns: { grade: '評価', schedule: 'R3', 'rating:R5': '評価', 'name:2023': 'x' },
        headerRow: 0,
        extra: 1,
      }),
    );
    expect(error.code).toBe('INVALID_OPTION');
    expect(paths(error.issues)).toEqual(['mapping.headerRow too_small', 'mapping unrecognized_keys']);
    const keys = thrown(() =>
      parseMapping({ columns: { grade: '評価', schedule: 'R3', 'rating:R5': '評価', 'name:2023': 'x' } }),
    );
    expect(keys.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'mapping.columns.grade: "grade" is not a column: expected one of direction, number, id, name, kind, approaches, actionItem, schedule, scheduleText, planned, targets, results, issues, rating, reasons, nextSteps, notes, kpi.name, kpi.id, kpi.unit, kpi.direction, kpi.baseline, kpi.baselineDate, kpi.kind, kpi.target, kpi.targetYear, kpi.due, kpi.yearTarget, kpi.actual, kpi.notes',
      'mapping.columns.schedule: "schedule" needs a fiscal year: "schedule:2021"',
      'mapping.columns.name:2023: "name" takes no fiscal year',
    ]);
  });

  test('JSON text is read with readJson: duplicate keys are refused', () => {
    expect(thrown(() => parseMapping('{"sheet": "a", "sheet": "b"}')).code).toBe('INVALID_JSON');
    expect(parseMapping('{"sheet": "進捗"}')).toEqual({ sheet: '進捗' });
  });
});
