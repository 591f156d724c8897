import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  auditPlan,
  type Kpi,
  type Plan,
  type Program,
  RATING_SCALES,
  type RatingScale,
  ratingTransitions,
  SAB_SCALE,
  suggestRating,
} from '../../src/index.js';

/**
 * A generated plan with ratings in two years, a level KPI on some programs with observations,
 * and a declared summary for 2023 made from the detailed programs (so it is consistent) or,
 * when `miscount` is set, off by one somewhere.
 */
const arbPlan = (scale: RatingScale) => {
  const codes = scale.levels.map((l) => l.code);
  const arbRating = fc.option(fc.constantFrom(...codes), { nil: undefined });
  return fc
    .record({
      directions: fc.integer({ min: 1, max: 5 }),
      programs: fc.array(
        fc.record({
          direction: fc.nat(4),
          ratings: fc.tuple(arbRating, arbRating),
          kpi: fc.option(
            fc.record({
              target: fc.integer({ min: 1, max: 100 }),
              actuals: fc.tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 120 })),
            }),
            { nil: undefined },
          ),
        }),
        { maxLength: 40 },
      ),
      miscount: fc.boolean(),
    })
    .map(({ directions, programs, miscount }): Plan => {
      const built: Program[] = programs.map((p, i) => {
        const reports: Record<string, { rating: string; results: string[] }> = {};
        const [r2022, r2023] = p.ratings;
        if (r2022 !== undefined) reports['2022'] = { rating: r2022, results: ['実施した'] };
        if (r2023 !== undefined) reports['2023'] = { rating: r2023, results: ['実施した'] };
        const kpis: Kpi[] =
          p.kpi === undefined
            ? []
            : [
                {
                  id: `k${i + 1}`,
                  name: `KPI${i + 1}`,
                  unit: '件',
                  baseline: { value: 0, asOf: '2021-04-01' },
                  target: { kind: 'level', value: p.kpi.target, by: 2024 },
                  observations: [
                    { fiscalYear: 2022, value: p.kpi.actuals[0] },
                    { fiscalYear: 2023, value: p.kpi.actuals[1] },
                  ],
                },
              ];
        return {
          id: `p${i + 1}`,
          number: i + 1,
          name: `プログラム${i + 1}`,
          kind: 'implementation',
          direction: `d${(p.direction % directions) + 1}`,
          reports,
          kpis,
        };
      });
      const rows = Array.from({ length: directions }, (_, d) => {
        // Only rated programs are counted: a summary row adds up to its program count.
        const counts: Record<string, number> = Object.fromEntries(codes.map((c) => [c, 0]));
        let programCount = 0;
        for (const program of built) {
          const code = program.reports?.['2023']?.rating;
          if (program.direction !== `d${d + 1}` || code === undefined) continue;
          programCount++;
          counts[code] = (counts[code] ?? 0) + 1;
        }
        return { direction: `d${d + 1}`, programCount, counts };
      });
      if (miscount && rows[0] !== undefined) {
        const first = codes[0] as string;
        rows[0].counts[first] = (rows[0].counts[first] ?? 0) + 1;
      }
      return {
        id: 'generated',
        municipality: 'x',
        title: 'x',
        period: { start: 2021, end: 2024 },
        scale,
        directions: Array.from({ length: directions }, (_, i) => ({
          id: `d${i + 1}`,
          number: i + 1,
          name: `方向性${i + 1}`,
        })),
        programs: built,
        summaries: [{ fiscalYear: 2023, rows }],
      };
    });
};

const arbAnyPlan = fc.constantFrom(...Object.values(RATING_SCALES)).chain((scale) => arbPlan(scale));

describe('on generated plans', () => {
  it('ratingTransitions: every program rated in both years is in the matrix once, and in one group', () => {
    fc.assert(
      fc.property(arbAnyPlan, (plan) => {
        const t = ratingTransitions(plan, 2022, 2023);
        const both = plan.programs.filter(
          (p) => p.reports?.['2022']?.rating !== undefined && p.reports?.['2023']?.rating !== undefined,
        ).length;
        const cells = Object.values(t.matrix).flatMap((row) => Object.values(row));
        expect(cells.reduce((a, b) => a + b, 0)).toBe(both);
        expect(t.improved.length + t.declined.length + t.unchanged.length).toBe(both);
        expect(t.improved.length + t.declined.length + t.unchanged.length + t.incomplete.length).toBe(
          plan.programs.length,
        );
      }),
    );
  });

  it('suggestRating: a suggestion on the scale whenever a KPI has data, and agreement only when both exist', () => {
    fc.assert(
      fc.property(arbAnyPlan, (plan) => {
        const scale = plan.scale as RatingScale;
        const codes = scale.levels.map((l) => l.code);
        for (const program of plan.programs) {
          const s = suggestRating(program, 2023, { scale });
          expect(s.basis.length).toBe(program.kpis?.length ?? 0);
          expect(s.suggested === null || codes.includes(s.suggested)).toBe(true);
          expect(s.suggested === null).toBe(s.progress === null);
          expect(s.official).toBe(program.reports?.['2023']?.rating ?? null);
          expect(s.agrees).toBe(
            s.suggested === null || s.official === null ? null : s.suggested === s.official,
          );
          expect(typeof s.reason.ja).toBe('string');
        }
      }),
    );
  });

  it('auditPlan: counts match the findings, errors decide ok, and a consistent summary raises no error', () => {
    fc.assert(
      fc.property(arbAnyPlan, (plan) => {
        const report = auditPlan(plan, 2023);
        for (const severity of ['error', 'warning', 'info'] as const) {
          expect(report.counts[severity]).toBe(report.findings.filter((f) => f.severity === severity).length);
        }
        expect(report.ok).toBe(report.counts.error === 0);
        const miscounted = JSON.stringify(plan.summaries) !== JSON.stringify(consistentSummaries(plan));
        if (!miscounted) expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
        else expect(report.ok).toBe(false);
        // The same plan audited twice gives the same findings.
        expect(JSON.stringify(auditPlan(plan, 2023))).toBe(JSON.stringify(report));
      }),
    );
  });

  it('auditPlan on the S/A/B scale never throws, for any year in or out of the plan', () => {
    fc.assert(
      fc.property(arbPlan(SAB_SCALE), fc.integer({ min: 2015, max: 2030 }), (plan, fy) => {
        const report = auditPlan(plan, fy);
        expect(report.fiscalYear).toBe(fy);
      }),
    );
  });
});

/** The summary the generator makes when it does not miscount. */
function consistentSummaries(plan: Plan) {
  const codes = (plan.scale as RatingScale).levels.map((l) => l.code);
  return [
    {
      fiscalYear: 2023,
      rows: plan.directions.map((d) => {
        const counts: Record<string, number> = Object.fromEntries(codes.map((c) => [c, 0]));
        let programCount = 0;
        for (const program of plan.programs) {
          const code = program.reports?.['2023']?.rating;
          if (program.direction !== d.id || code === undefined) continue;
          programCount++;
          counts[code] = (counts[code] ?? 0) + 1;
        }
        return { direction: d.id, programCount, counts };
      }),
    },
  ];
}
