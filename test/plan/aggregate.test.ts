import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateRatings, RATING_SCALES } from '../../src/index.js';
import { largestRemainder } from '../../src/plan/aggregate.js';
import { arbPlan, program, smallPlan } from '../fixtures/plans.js';
import { errorCode } from '../helpers.js';

describe('aggregateRatings', () => {
  it('tallies each direction and the whole plan from the programs', () => {
    const table = aggregateRatings(smallPlan(), 2023);
    expect(table.codes).toEqual(['S', 'A', 'B']);
    expect(table.rows.map((r) => [r.direction.id, r.counts])).toEqual([
      ['d1', { S: 1, A: 0, B: 1 }],
      ['d2', { S: 0, A: 1, B: 0 }],
    ]);
    expect(table.total.counts).toEqual({ S: 1, A: 1, B: 1 });
    expect(table.total.rated).toBe(3);
  });

  it('reads the declared summary table when asked', () => {
    const table = aggregateRatings(smallPlan(), 2023, { source: 'declared' });
    expect(table.total.counts).toEqual({ S: 1, A: 3, B: 1 });
    expect(table.total.programs).toBe(5);
    expect(table.rows[1]?.counts).toEqual({ S: 0, A: 2, B: 0 });
    expect(errorCode(() => aggregateRatings(smallPlan(), 2022, { source: 'declared' }))).toBe(
      'MISSING_OBSERVATION',
    );
  });

  it('reproduces the Kodaira declared summary: 1 / 21 / 3 over 25', () => {
    const kodaira = smallPlan({
      directions: [1, 2, 3, 4].map((n) => ({ id: `d${n}`, number: n, name: `方向性${n}` })),
      summaries: [
        {
          fiscalYear: 2023,
          rows: [
            { direction: 'd1', programCount: 8, counts: { S: 1, A: 6, B: 1 } },
            { direction: 'd2', programCount: 4, counts: { S: 0, A: 3, B: 1 } },
            { direction: 'd3', programCount: 9, counts: { S: 0, A: 8, B: 1 } },
            { direction: 'd4', programCount: 4, counts: { S: 0, A: 4, B: 0 } },
          ],
        },
      ],
    });
    const table = aggregateRatings(kodaira, 2023, { source: 'declared' });
    expect(table.total.counts).toEqual({ S: 1, A: 21, B: 3 });
    expect(table.total.rated).toBe(25);
    expect(table.rows.map((r) => Object.values(r.counts))).toEqual([
      [1, 6, 1],
      [0, 3, 1],
      [0, 8, 1],
      [0, 4, 0],
    ]);
    expect(Object.values(table.total.shares ?? {}).map(String)).toEqual(['4', '84', '12']);
    expect(Object.values(table.rows[0]?.shares ?? {}).map(String)).toEqual(['12.5', '75', '12.5']);
  });

  it('rounds shares each on its own, and by largest remainder with equal counts kept equal', () => {
    const thirds = smallPlan({
      programs: [
        program('a', 1, 'd1', { 2023: 'S' }),
        program('b', 2, 'd1', { 2023: 'A' }),
        program('c', 3, 'd1', { 2023: 'B' }),
      ],
    });
    const row = aggregateRatings(thirds, 2023).rows[0];
    expect(Object.values(row?.shares ?? {}).map(String)).toEqual(['33.3', '33.3', '33.3']);
    // Three equal counts cannot share the one unit left: each keeps 33.3, and the row says 99.9.
    expect(Object.values(row?.balancedShares ?? {}).map(String)).toEqual(['33.3', '33.3', '33.3']);
    const two = aggregateRatings(thirds, 2023, { places: 2 }).rows[0];
    expect(Object.values(two?.balancedShares ?? {}).map(String)).toEqual(['33.33', '33.33', '33.33']);
  });

  it('keeps unrated programs, 対象外 and unknown codes out of the shares', () => {
    const plan = smallPlan({
      scale: RATING_SCALES.aioi,
      programs: [
        program('a', 1, 'd1', { 2023: '◎' }),
        program('b', 2, 'd1', { 2023: '－' }),
        program('c', 3, 'd1', {}),
        program('d', 4, 'd9', { 2023: 'Z' }),
      ],
    });
    const table = aggregateRatings(plan, 2023);
    expect(table.rows[0]).toMatchObject({ rated: 1, notApplicable: 1, unrated: 1, unknown: 0, programs: 3 });
    expect(table.total).toMatchObject({ rated: 1, notApplicable: 1, unrated: 1, unknown: 1, programs: 4 });
    expect(table.total.shares?.['◎']?.toString()).toBe('100');
  });

  it('sums and averages the scores of a scored scale (相生市)', () => {
    const plan = smallPlan({
      scale: RATING_SCALES.aioi,
      programs: ['◎', '〇', '〇', '▲'].map((code, i) => program(`p${i}`, i, 'd1', { 2023: code })),
    });
    const score = aggregateRatings(plan, 2023).total.score;
    expect([score?.total.toString(), score?.mean?.toString()]).toEqual(['8', '2']);
    expect(aggregateRatings(smallPlan(), 2023).total.score).toBeNull();
  });

  it('gives null shares for an empty row', () => {
    const plan = smallPlan({ programs: [] });
    expect(aggregateRatings(plan, 2023).rows[0]?.shares).toBeNull();
  });

  it('rejects bad options', () => {
    expect(errorCode(() => aggregateRatings(smallPlan(), 2023, { source: 'guess' as never }))).toBe(
      'INVALID_OPTION',
    );
    expect(errorCode(() => aggregateRatings(smallPlan(), 2023, { places: -1 }))).toBe('INVALID_OPTION');
  });

  it('always sums the cross-tab to the number of rated programs, on any scale', () => {
    const scales = Object.values(RATING_SCALES);
    fc.assert(
      fc.property(
        fc.constantFrom(...scales).chain((scale) => arbPlan(scale)),
        (plan) => {
          const table = aggregateRatings(plan, 2023);
          const rated = plan.programs.filter((p) => p.reports?.['2023']?.rating !== undefined).length;
          const cells = table.rows.flatMap((r) => Object.values(r.counts));
          expect(cells.reduce((a, b) => a + b, 0)).toBe(rated);
          expect(table.total.rated).toBe(rated);
          for (const code of table.codes) {
            expect(table.rows.reduce((sum, r) => sum + (r.counts[code] ?? 0), 0)).toBe(
              table.total.counts[code],
            );
          }
        },
      ),
    );
  });

  it('adds balanced shares up to 100 when no two levels tie, and never beyond 100', () => {
    fc.assert(
      fc.property(arbPlan(), fc.integer({ min: 0, max: 4 }), (plan, places) => {
        const table = aggregateRatings(plan, 2023, { places });
        for (const tally of [...table.rows, table.total]) {
          if (tally.balancedShares === null) continue;
          const sum = Object.values(tally.balancedShares).reduce((a, b) => a.plus(b));
          expect(sum.lte(100)).toBe(true);
          const counts = Object.values(tally.counts).filter((n) => n > 0);
          if (new Set(counts).size === counts.length) expect(sum.toString()).toBe('100');
        }
      }),
    );
  });
});

describe('largestRemainder', () => {
  it('hands out the leftover units by remainder, then by count', () => {
    expect(largestRemainder([1, 1, 1], 0)).toEqual([33n, 33n, 33n]);
    expect(largestRemainder([1, 21, 3], 1)).toEqual([40n, 840n, 120n]);
    expect(largestRemainder([2, 1], 0)).toEqual([67n, 33n]);
  });
});
