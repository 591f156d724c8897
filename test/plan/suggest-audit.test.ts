import { describe, expect, it } from 'vitest';
import {
  AUDIT_CODES,
  auditPlan,
  definePlan,
  type Kpi,
  type Plan,
  RATING_SCALES,
  suggestRating,
} from '../../src/index.js';
import { program, smallPlan } from '../fixtures/plans.js';

const eApproval: Kpi = {
  id: 'p12-e-approval',
  name: '電子決裁率',
  unit: '%',
  baseline: { value: '62.3', asOf: '2021-04-01' },
  target: { kind: 'level', value: 90, by: 2024 },
  yearTargets: { 2023: 85 },
  observations: [{ fiscalYear: 2023, value: '73.9' }],
};
const sales: Kpi = {
  id: 'p9-sales',
  name: '公有財産の売払い',
  unit: '円',
  target: { kind: 'annual', value: 20_000_000 },
  observations: [{ fiscalYear: 2023, value: '604701094' }],
};
const groups: Kpi = {
  id: 'groups',
  name: '協働団体数',
  unit: '団体',
  baseline: { value: 1, asOf: '2021-04-01' },
  target: { kind: 'level', value: 4, by: 2024 },
  observations: [{ fiscalYear: 2022, value: 4 }],
};

describe('suggestRating', () => {
  it('suggests B for program 12 from 電子決裁率 behind its year target, agreeing with the report', () => {
    const s = suggestRating(program('p12', 12, 'd3', { 2023: 'B' }, { kpis: [eApproval] }), 2023);
    expect([s.suggested, s.official, s.agrees, s.progress]).toEqual(['B', 'B', true, 'behind']);
    expect(s.basis).toEqual([
      { kpiId: 'p12-e-approval', name: '電子決裁率', status: 'behind', counts: 'behind' },
    ]);
    expect(s.reason).toEqual({ ja: '電子決裁率が遅れている', en: 'behind on 電子決裁率' });
  });

  it('suggests A for program 9, whose annual minimum was met', () => {
    const s = suggestRating(program('p9', 9, 'd2', { 2023: 'A' }, { kpis: [sales] }), 2023);
    expect([s.suggested, s.agrees]).toEqual(['A', true]);
  });

  it('counts a level target reached before its deadline as ahead', () => {
    const s = suggestRating(program('p3', 3, 'd1', { 2022: 'A' }, { kpis: [groups] }), 2022);
    expect([s.suggested, s.agrees, s.progress]).toEqual(['S', false, 'ahead']);
  });

  it('makes no suggestion without KPI data, and skips years outside a KPI period', () => {
    expect(suggestRating(program('p1', 1, 'd1', { 2023: 'A' }), 2023).suggested).toBeNull();
    const yearOnly: Kpi = { ...sales, id: 'y', period: { start: 2022, end: 2022 } };
    const s = suggestRating(program('p1', 1, 'd1', { 2023: 'A' }, { kpis: [yearOnly] }), 2023);
    expect([s.suggested, s.basis[0]?.status, s.agrees]).toEqual([null, 'not-assessed', null]);
  });

  it('suggests on any scale: the first level of the matching progress', () => {
    const s = suggestRating(program('p12', 12, 'd3', { 2023: '△' }, { kpis: [eApproval] }), 2023, {
      scale: RATING_SCALES.ino,
    });
    expect([s.suggested, s.agrees]).toEqual(['△', true]);
  });
});

describe('auditPlan', () => {
  it('passes a consistent plan and says what the undetailed programs must be rated', () => {
    const plan = smallPlan({
      programs: [
        program('p1', 1, 'd1', { 2023: 'S' }),
        program('p2', 2, 'd1', { 2023: 'B' }),
        program('p3', 3, 'd2', { 2023: 'A' }),
      ],
    });
    const audit = auditPlan(plan, 2023);
    expect(audit.ok).toBe(true);
    const undetailed = audit.findings.filter((f) => f.code === 'UNDETAILED_PROGRAMS');
    expect(undetailed.map((f) => [f.direction ?? null, f.data])).toEqual([
      ['d1', { missing: 1, mustBe: { S: 0, A: 1, B: 0 } }],
      ['d2', { missing: 1, mustBe: { S: 0, A: 1, B: 0 } }],
      [null, { missing: 2, mustBe: { S: 0, A: 2, B: 0 } }],
    ]);
    expect(undetailed[2]?.message.ja).toBe('詳細のない2プログラムはA×2でなければ集計表に合いません');
    expect(audit.counts).toEqual({ error: 0, warning: 0, info: 3 });
  });

  it('catches detail that exceeds the declared summary', () => {
    const plan = smallPlan({
      programs: [program('p1', 1, 'd1', { 2023: 'S' }), program('p2', 2, 'd1', { 2023: 'S' })],
    });
    const audit = auditPlan(plan, 2023);
    expect(audit.ok).toBe(false);
    expect(audit.findings[0]).toMatchObject({
      code: 'SUMMARY_EXCEEDED',
      severity: 'error',
      direction: 'd1',
      data: { code: 'S', detailed: 2, declared: 1 },
    });
  });

  it('catches a fully detailed direction that disagrees with the summary', () => {
    const plan = smallPlan({
      programs: [
        program('p1', 1, 'd1', { 2023: 'S' }),
        program('p2', 2, 'd1', { 2023: 'B' }),
        program('p3', 3, 'd1', { 2023: 'B' }),
        program('p4', 4, 'd2', { 2023: 'A' }),
        program('p5', 5, 'd2', { 2023: 'A' }),
      ],
    });
    const codes = auditPlan(plan, 2023).findings.map((f) => f.code);
    expect(codes).toContain('SUMMARY_EXCEEDED');
  });

  it('catches a summary that does not add up, and counts that disagree', () => {
    const plan = smallPlan({
      directions: [
        { id: 'd1', number: 1, name: 'a', programCount: 4 },
        { id: 'd2', number: 2, name: 'b', programCount: 2 },
      ],
      programs: [],
      summaries: [
        {
          fiscalYear: 2023,
          rows: [
            { direction: 'd1', programCount: 3, counts: { S: 1, A: 1, B: 0 } },
            { direction: 'd2', programCount: 2, counts: { A: 2 } },
            { direction: 'd9', counts: { A: 1 } },
          ],
          total: { programCount: 7, counts: { S: 1, A: 3, B: 0 } },
        },
      ],
    });
    const codes = auditPlan(plan, 2023).findings.map((f) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'SUMMARY_ROW_MISMATCH',
        'SUMMARY_DIRECTION_COUNT',
        'UNKNOWN_DIRECTION',
        'SUMMARY_TOTAL_MISMATCH',
      ]),
    );
  });

  it('catches duplicates, unknown directions, ratings off the scale, years outside the plan', () => {
    const plan: Plan = {
      ...smallPlan(),
      directions: [
        { id: 'd1', number: 1, name: 'a' },
        { id: 'd1', number: 2, name: 'b' },
      ],
      programs: [
        program('p1', 1, 'd1', { 2023: 'A', 2026: 'A' }),
        program('p1', 2, 'd1', { 2023: 'C' }),
        program('p3', 3, 'd7', { 2023: 'A' }),
        program('p4', 3, 'd1', { 2023: 'A' }),
      ],
      summaries: [],
    };
    const audit = auditPlan(plan, 2025);
    const codes = audit.findings.map((f) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'FISCAL_YEAR_OUTSIDE_PERIOD',
        'DUPLICATE_ID',
        'DUPLICATE_PROGRAM_NUMBER',
        'UNKNOWN_DIRECTION',
        'UNKNOWN_RATING',
        'MISSING_REPORT',
      ]),
    );
    // The problems of the plan itself carry the path and code validatePlan gives them.
    const at = audit.findings.filter((f) => f.path !== undefined).map((f) => `${f.path} ${f.code}`);
    expect(at.sort()).toEqual([
      'directions[1].id DUPLICATE_ID',
      'programs[0].reports.2026 FISCAL_YEAR_OUTSIDE_PERIOD',
      'programs[1].id DUPLICATE_ID',
      'programs[1].reports.2023.rating UNKNOWN_RATING',
      'programs[2].direction UNKNOWN_DIRECTION',
      'programs[3].number DUPLICATE_PROGRAM_NUMBER',
    ]);
    expect(
      audit.findings.every(
        (f, i, all) =>
          i === 0 ||
          ['error', 'warning', 'info'].indexOf(all[i - 1]?.severity ?? 'error') <=
            ['error', 'warning', 'info'].indexOf(f.severity),
      ),
    ).toBe(true);
  });

  it('catches a KPI behind while the program is rated ahead, and missing text', () => {
    const plan = smallPlan({
      summaries: [],
      programs: [
        program('p12', 12, 'd1', { 2023: 'S' }, { kpis: [eApproval] }),
        { ...program('p2', 2, 'd1', {}), reports: { 2023: { rating: 'A', results: [' '] } } },
        { ...program('p3', 3, 'd2', {}), reports: { 2023: { results: ['x'] } } },
      ],
    });
    const findings = auditPlan(plan, 2023).findings;
    expect(findings.find((f) => f.code === 'KPI_BEHIND_RATED_AHEAD')).toMatchObject({
      programId: 'p12',
      severity: 'warning',
      data: { rating: 'S', behind: ['p12-e-approval'] },
    });
    expect(findings.find((f) => f.code === 'RATING_DIFFERS_FROM_SUGGESTION')?.message.en).toBe(
      'program 12: rated S, KPIs suggest B (behind on 電子決裁率)',
    );
    expect(findings.find((f) => f.code === 'MISSING_RESULTS')?.programId).toBe('p2');
    expect(findings.find((f) => f.code === 'MISSING_RATING')?.programId).toBe('p3');
    const quiet = auditPlan(plan, 2023, { suggestions: false }).findings.map((f) => f.code);
    expect(quiet).not.toContain('RATING_DIFFERS_FROM_SUGGESTION');
  });

  it('reports a broken KPI and a duplicate KPI id as findings, not exceptions', () => {
    const broken: Kpi = {
      ...eApproval,
      baseline: { value: 0, asOf: '2021-04-01' },
      target: { kind: 'rate', percent: 10, by: 2024 },
    };
    const plan = smallPlan({
      summaries: [],
      programs: [program('p1', 1, 'd1', { 2023: 'A' }, { kpis: [broken, broken] })],
    });
    const findings = auditPlan(plan, 2023).findings;
    expect(findings.find((f) => f.code === 'TARGET_EQUALS_BASELINE')).toMatchObject({
      path: 'programs[0].kpis[0]',
      programId: 'p1',
      data: { kpi: 'p12-e-approval' },
    });
    expect(findings.find((f) => f.code === 'DUPLICATE_ID')).toMatchObject({
      path: 'programs[0].kpis[1].id',
      data: { kind: 'KPI', id: 'p12-e-approval' },
    });
  });

  it('documents every finding code with a severity', () => {
    for (const [code, { severity, meaning }] of Object.entries(AUDIT_CODES)) {
      expect([code, ['error', 'warning', 'info'].includes(severity), meaning.length > 10]).toEqual([
        code,
        true,
        true,
      ]);
    }
  });

  it('definePlan freezes the plan and checks its KPIs', () => {
    const plan = definePlan(smallPlan());
    expect(Object.isFrozen(plan.programs[0]?.reports)).toBe(true);
  });
});
