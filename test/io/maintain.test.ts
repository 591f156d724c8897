import { describe, expect, test } from 'vitest';
import { evaluateKpi } from '../../src/index.js';
import { importPlan } from '../../src/io/index.js';
import { toCsv } from './helpers.js';

// 「維持」 in the 目標種別 column (issue 16): with a 目標値 it is a level to hold every year.

const PLAN = { id: 'x', municipality: '多摩市', title: 't', period: 'R3～R6', fiscalYear: 2023 } as const;
const header = ['方向性', 'No.', '実施プログラム', '指標名', '単位', '目標種別', '目標値', '実績'];

async function kpiOf(kind: string, target: string, actual: string) {
  const rows = [header, ['1 a', '1', 'p', '満足度', '%', kind, target, actual]];
  const { plan } = await importPlan(new TextEncoder().encode(toCsv(rows)), { fileName: 'p.csv', plan: PLAN });
  const kpi = plan.programs[0]?.kpis?.[0];
  if (kpi === undefined) throw new Error('no KPI imported');
  return kpi;
}

describe('the importer’s 「維持」', () => {
  test('「80%を維持」 with 79 is a level to hold, not achieved', async () => {
    const kpi = await kpiOf('維持', '80', '79');
    expect(kpi.target).toEqual({ kind: 'annual', value: '80' });
    expect(evaluateKpi(kpi, { fiscalYear: 2023 }).met).toBe(false);
  });

  test('without a 目標値 it is still no worse than the year before', async () => {
    const rows = [header, ['1 a', '1', 'p', '手続数', '手続', '維持', '', '20']];
    const { plan } = await importPlan(new TextEncoder().encode(toCsv(rows)), {
      fileName: 'p.csv',
      plan: PLAN,
    });
    expect(plan.programs[0]?.kpis?.[0]?.target).toEqual({ kind: 'no-worse' });
  });
});

describe('the importer’s 「累計」', () => {
  test('is a level target: the 実績 are running totals that reach the 目標値', async () => {
    const kpi = await kpiOf('累計', '100', '100');
    expect(kpi.target).toMatchObject({ kind: 'level', value: '100' });
    expect(evaluateKpi(kpi, { fiscalYear: 2023 }).met).toBe(true);
  });
});
