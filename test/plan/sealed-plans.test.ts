/*
 * What aggregateRatings and auditPlan keep between calls: a plan sealed by definePlan (checked
 * and deeply frozen) has its ratings read once for every year; any other plan, even one frozen
 * at the top only, is read afresh, so a change below shows at once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateRatings,
  auditPlan,
  definePlan,
  evaluateKpi,
  type Kpi,
  type Plan,
  RATING_SCALES,
  suggestRating,
} from '../../src/index.js';
import { issueKpi } from '../fixtures/issue-kpi.js';
import { program, smallPlan } from '../fixtures/plans.js';
import { thrown } from '../helpers.js';

/** A plan whose programs can still be changed. */
function loosePlan(): Plan & { programs: Plan['programs'] } {
  return smallPlan({
    programs: [
      program('p1', 1, 'd1', { 2022: 'A', 2023: 'S' }),
      program('p2', 2, 'd1', { 2022: 'A', 2023: 'B' }),
      program('p3', 3, 'd2', { 2022: 'B', 2023: 'A' }),
    ],
  });
}

function rateAgain(plan: Plan, index: number, year: number, rating: string): void {
  const reports = plan.programs[index]?.reports as Record<string, { rating?: string }>;
  (reports[String(year)] as { rating?: string }).rating = rating;
}

describe('plans read afresh', () => {
  it('a plan frozen at the top only shows a changed rating in the next aggregate', () => {
    const plan = Object.freeze(loosePlan());
    expect(aggregateRatings(plan, 2023).total.counts).toEqual({ S: 1, A: 1, B: 1 });
    rateAgain(plan, 1, 2023, 'S');
    expect(aggregateRatings(plan, 2023).total.counts).toEqual({ S: 2, A: 1, B: 0 });
    rateAgain(plan, 2, 2023, 'X');
    expect(aggregateRatings(plan, 2023).total).toMatchObject({ unknown: 1, rated: 2 });
  });

  it('a plan frozen at the top only shows a rating off the scale in the next audit', () => {
    const plan = Object.freeze(loosePlan());
    const codes = () => auditPlan(plan, 2023).findings.map((f) => f.code);
    expect(codes()).not.toContain('UNKNOWN_RATING');
    rateAgain(plan, 0, 2022, 'Z');
    expect(codes()).toContain('UNKNOWN_RATING');
  });
});

/** A plan whose one KPI is behind in FY2023 (10 where the line expects 75) and rated S. */
function planWithKpi(freezeKpi: boolean): Plan {
  const kpi: Kpi = issueKpi();
  const kpis = [freezeKpi ? Object.freeze(kpi) : kpi];
  return smallPlan({ summaries: [], programs: [program('p1', 1, 'd1', { 2023: 'S' }, { kpis })] });
}

describe('KPIs of a plan frozen at the top only', () => {
  it.each([
    ['the plan only', false],
    ['the plan and its KPI', true],
  ])(
    'show an observation changed below in evaluateKpi, suggestRating and auditPlan (%s frozen at the top)',
    (_, freezeKpi) => {
      const plan = Object.freeze(planWithKpi(freezeKpi));
      const p1 = plan.programs[0] as Plan['programs'][number];
      const kpi = p1.kpis?.[0] as Kpi;
      const codes = () => auditPlan(plan, 2023).findings.map((f) => f.code);
      expect(evaluateKpi(kpi, { fiscalYear: 2023 }).status).toBe('behind');
      expect(suggestRating(p1, 2023).suggested).toBe('B');
      expect(codes()).toContain('KPI_BEHIND_RATED_AHEAD');
      (kpi.observations as unknown as { fiscalYear: number; value: number }[])[0] = {
        fiscalYear: 2023,
        value: 95,
      };
      expect(evaluateKpi(kpi, { fiscalYear: 2023 }).actual?.toString()).toBe('95');
      expect(evaluateKpi(kpi, { fiscalYear: 2023 }).status).toBe('on-track');
      expect(suggestRating(p1, 2023).suggested).toBe('A');
      expect(codes()).not.toContain('KPI_BEHIND_RATED_AHEAD');
    },
  );
});

describe('plans checked afresh', () => {
  it('a plan frozen at the top only and broken below after a first call is refused, not read', () => {
    const plan = Object.freeze(loosePlan());
    expect(aggregateRatings(plan, 2023).total.rated).toBe(3);
    expect(auditPlan(plan, 2023).ok).toBe(true);
    (plan.programs as unknown[])[1] = { id: 'p2', name: 'broken', direction: 'd1', number: '2' };
    for (const call of [() => aggregateRatings(plan, 2023), () => auditPlan(plan, 2023)]) {
      const error = thrown(call);
      expect(error.code).toBe('INVALID_PLAN');
      expect(error.issues.map((i) => i.path)).toEqual(['programs[1].number']);
    }
  });
});

describe('plans sealed by definePlan', () => {
  it('give every year the same cross-tab as a plan read afresh, in any order of years', () => {
    const years = fc.array(fc.constantFrom(2021, 2022, 2023, 2024, 2030), { minLength: 1, maxLength: 8 });
    const ratings = fc.array(
      fc.record({
        direction: fc.constantFrom('d1', 'd2', 'd9'),
        byYear: fc.dictionary(
          fc.constantFrom('2021', '2022', '2023', '2024'),
          fc.constantFrom('◎', '〇', '△', '▲', '－', 'Z'),
        ),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(ratings, years, (rows, order) => {
        const make = () =>
          smallPlan({
            scale: RATING_SCALES.aioi,
            summaries: [],
            programs: rows.map((r, i) => program(`p${i + 1}`, i + 1, r.direction, r.byYear)),
          });
        const sealed = definePlan(make());
        for (const year of order) {
          const fresh = aggregateRatings(make(), year);
          const kept = aggregateRatings(sealed, year);
          expect(JSON.stringify(kept)).toBe(JSON.stringify(fresh));
        }
      }),
      { seed: 1741, numRuns: 150 },
    );
  });
});
