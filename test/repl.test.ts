import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { kodairaFy2023 } from '../src/data/kodaira-fy2023.js';
import {
  aggregateRatings,
  auditPlan,
  defineKpi,
  evaluateKpi,
  planPeriod,
  suggestRating,
} from '../src/index.js';
import { parsePlan } from '../src/schema/index.js';

// What an analyst sees in the Node REPL: one readable line (or a short table), never Decimal internals.

const p12 = kodairaFy2023.programs[11];

describe('REPL output', () => {
  it('shows a KPI evaluation as one line', () => {
    const kpi = p12?.kpis?.[0];
    if (kpi === undefined) throw new Error('program 12 has its KPI');
    expect(inspect(evaluateKpi(kpi, { fiscalYear: 2023 }))).toBe(
      '電子決裁対象文書の電子決裁率 FY2023 73.9% → 目標85% (遅れ, 進捗率 41.88%)',
    );
  });

  it('shows a plan, a program and a KPI in one line each', () => {
    expect(inspect(kodairaFy2023)).toBe(
      'Plan 小平市 小平市第1期経営方針推進プログラム 令和3年度～令和6年度: 4 directions, 16 programs, declared summaries FY2023',
    );
    expect(inspect(p12)).toBe('Program 12 文書の電子化・ペーパーレス化 [d3] rated FY2023 B; 1 KPI');
    expect(inspect(p12?.kpis?.[0])).toBe(
      'KPI 電子決裁対象文書の電子決裁率 (%): level 90 by FY2024, from 62.3 on 2021-04-01; 1 observed',
    );
  });

  it('shows plans read from JSON the same way', () => {
    const plan = parsePlan(JSON.stringify(kodairaFy2023));
    expect(inspect(plan)).toBe(inspect(kodairaFy2023));
    expect(inspect(plan.programs[11])).toBe(inspect(p12));
  });

  it('shows aggregates, audits, suggestions and periods readably', () => {
    expect(inspect(aggregateRatings(kodairaFy2023, 2023, { source: 'declared' })).split('\n')).toEqual([
      'Ratings FY2023 (declared): S 1 · A 21 · B 3 of 25',
      '  1 地域資源によるサービスの実現: S 1 · A 6 · B 1 of 8',
      '  2 将来に向けた財政運営・財産活用: S 0 · A 3 · B 1 of 4',
      '  3 運営・業務執行体制の効率化: S 0 · A 8 · B 1 of 9',
      '  4 職員と職場の活性化: S 0 · A 4 · B 0 of 4',
    ]);
    expect(inspect(auditPlan(kodairaFy2023, 2023)).split('\n')[0]).toBe(
      'Audit kodaira-management-policy-1 FY2023: ok (0 errors, 0 warnings, 5 info)',
    );
    if (p12 === undefined) throw new Error('program 12 exists');
    expect(inspect(suggestRating(p12, 2023))).toBe(
      'Suggestion for p12 FY2023: B (official B, agrees) — behind on 電子決裁対象文書の電子決裁率',
    );
    expect(inspect(planPeriod('R3', 'R6'))).toBe('PlanPeriod 令和3年度～令和6年度 (FY2021–FY2024, 4 years)');
  });

  it('keeps the REPL form out of JSON and object keys', () => {
    const kpi = defineKpi({ id: 'k', name: 'k', unit: '%', target: { kind: 'monitor' } });
    expect(Object.keys(kpi)).toEqual(['id', 'name', 'unit', 'target']);
    expect(JSON.parse(JSON.stringify(kodairaFy2023))).toEqual(structuredClone(kodairaFy2023));
  });
});
