/*
 * The edges of aggregateRatings: declared tables with rows for unknown directions, 対象外 and
 * unknown codes and no program count; programs without reports; scores on part of a scale;
 * rounding modes; the tallies as JSON and in the REPL; and the largest-remainder tie rules.
 */
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { aggregateRatings, defineRatingScale, RATING_SCALES } from '../../src/index.js';
import { largestRemainder } from '../../src/plan/aggregate.js';
import { program, smallPlan } from '../fixtures/plans.js';
import { thrown } from '../helpers.js';

describe('aggregateRatings from a declared table', () => {
  const declared = smallPlan({
    scale: RATING_SCALES.aioi,
    summaries: [
      {
        fiscalYear: 2023,
        rows: [
          { direction: 'd1', programCount: 6, counts: { '◎': 1, 〇: 2, '－': 1, Z: 1 } },
          { direction: 'd2', counts: { '◎': 0, 〇: 2, '△': 1 } },
          { direction: 'd9', programCount: 2, counts: { '▲': 2 } },
        ],
      },
    ],
  });

  it('counts 対象外 and unknown codes apart, and rows of unknown directions in the total only', () => {
    const table = aggregateRatings(declared, 2023, { source: 'declared' });
    expect(table.rows.map((r) => r.direction.id)).toEqual(['d1', 'd2']);
    expect(table.rows[0]).toMatchObject({
      counts: { '◎': 1, 〇: 2, '△': 0, '▲': 0 },
      rated: 3,
      notApplicable: 1,
      unknown: 1,
      programs: 6,
    });
    expect(table.total).toMatchObject({
      counts: { '◎': 1, 〇: 4, '△': 1, '▲': 2 },
      rated: 8,
      notApplicable: 1,
      unknown: 1,
      programs: 6 + 3 + 2,
    });
  });

  it('takes the program count from the counts when the row gives none', () => {
    const table = aggregateRatings(declared, 2023, { source: 'declared' });
    expect(table.rows[1]).toMatchObject({ rated: 3, programs: 3 });
  });

  it('keeps a declared program count that differs from the counts', () => {
    const plan = smallPlan({
      summaries: [
        { fiscalYear: 2023, rows: [{ direction: 'd1', programCount: 4, counts: { S: 1, A: 1, B: 1 } }] },
      ],
    });
    expect(aggregateRatings(plan, 2023, { source: 'declared' }).rows[0]).toMatchObject({
      rated: 3,
      programs: 4,
    });
  });

  it('names the missing year and a bad source in its errors', () => {
    const missing = thrown(() => aggregateRatings(smallPlan(), 2021, { source: 'declared' }));
    expect(missing.code).toBe('MISSING_OBSERVATION');
    expect(missing.input).toBe(2021);
    const bad = thrown(() => aggregateRatings(smallPlan(), 2023, { source: 'guess' as never }));
    expect(bad.code).toBe('INVALID_OPTION');
    expect(bad.input).toBe('guess');
  });
});

describe('aggregateRatings from the programs', () => {
  it('counts a program without any reports as unrated', () => {
    const bare = { ...program('p9', 9, 'd1', {}) };
    delete (bare as { reports?: unknown }).reports;
    const plan = smallPlan({ programs: [program('p1', 1, 'd1', { 2023: 'S' }), bare] });
    expect(aggregateRatings(plan, 2023).rows[0]).toMatchObject({ rated: 1, unrated: 1, programs: 2 });
  });

  it('leaves levels without a score out of the sum and the mean', () => {
    const partly = defineRatingScale({
      id: 'partly',
      name: { ja: '一部配点', en: 'Partly scored' },
      levels: [
        { code: 'S', label: { ja: 'S', en: 'S' }, progress: 'ahead', score: 3 },
        { code: 'A', label: { ja: 'A', en: 'A' }, progress: 'on-track' },
      ],
    });
    const plan = smallPlan({
      scale: partly,
      programs: [program('p1', 1, 'd1', { 2023: 'S' }), program('p2', 2, 'd1', { 2023: 'A' })],
    });
    const score = aggregateRatings(plan, 2023).total.score;
    expect([score?.total.toString(), score?.mean?.toString(), score?.scored]).toEqual(['3', '3', 1]);
  });

  it('sums the scores of nobody to 0, with no mean', () => {
    const plan = smallPlan({ scale: RATING_SCALES.aioi, programs: [program('p1', 1, 'd1', { 2023: '－' })] });
    const score = aggregateRatings(plan, 2023).total.score;
    expect(score?.total.toString()).toBe('0');
    expect(score?.mean).toBeNull();
  });

  it('rounds shares and the mean score by the rounding mode asked for', () => {
    const plan = (codes: string[]) =>
      smallPlan({
        scale: RATING_SCALES.aioi,
        programs: codes.map((code, i) => program(`p${i}`, i, 'd1', { 2023: code })),
      });
    const shares = (codes: string[], options: Parameters<typeof aggregateRatings>[2]) =>
      Object.values(aggregateRatings(plan(codes), 2023, options).total.shares ?? {}).map(String);
    expect(shares(['◎', '〇', '〇'], { places: 0 })).toEqual(['33', '67', '0', '0']);
    expect(shares(['◎', '〇', '〇'], { places: 0, rounding: 'down' })).toEqual(['33', '66', '0', '0']);
    expect(shares(['◎', '〇', '〇'], { places: 1, rounding: 'floor' })).toEqual(['33.3', '66.6', '0', '0']);
    // (5 + 2) / 2 = 3.5
    const mean = (options: Parameters<typeof aggregateRatings>[2]) =>
      String(aggregateRatings(plan(['◎', '〇']), 2023, options).total.score?.mean);
    expect(mean({ places: 0 })).toBe('4');
    expect(mean({ places: 0, rounding: 'down' })).toBe('3');
    expect(mean({ places: 1 })).toBe('3.5');
  });

  it('writes rows and totals as plain JSON, the figures and the direction included', () => {
    const table = aggregateRatings(smallPlan(), 2023);
    const row = JSON.parse(JSON.stringify(table.rows[0]));
    expect(row).toMatchObject({
      direction: { id: 'd1', number: 1 },
      counts: { S: 1, A: 0, B: 1 },
      rated: 2,
      programs: 2,
      shares: { S: '50', A: '0', B: '50' },
      balancedShares: { S: '50', A: '0', B: '50' },
      score: null,
    });
    const total = JSON.parse(JSON.stringify(table.total));
    expect(total).toMatchObject({ counts: { S: 1, A: 1, B: 1 }, rated: 3 });
    expect(total.direction).toBeUndefined();
  });

  it('shows rows and totals with their figures in the REPL', () => {
    const table = aggregateRatings(smallPlan(), 2023);
    const row = inspect(table.rows[1], { depth: 4 });
    expect(row).toContain('direction');
    expect(row).toContain('将来に向けた財政運営・財産活用');
    expect(row).toContain('balancedShares');
    const total = inspect(table.total, { depth: 4 });
    expect(total).toContain('balancedShares');
    expect(total).not.toContain('direction');
  });
});

describe('largestRemainder tie rules', () => {
  it('gives a leftover unit to the largest remainder, not the largest count', () => {
    expect(largestRemainder([1, 5], 0)).toEqual([17n, 83n]);
    expect(largestRemainder([5, 1], 0)).toEqual([83n, 17n]);
  });

  it('gives equal counts equal shares, tied units going to the larger set of equal counts first', () => {
    // 1/6, 1/6 and 4/6 of 100 leave the same remainder, and two units to hand out: the two 1s
    // take them together, so the shares still add up to 100.
    expect(largestRemainder([1, 1, 4], 0)).toEqual([17n, 17n, 66n]);
    expect(largestRemainder([4, 1, 1], 0)).toEqual([66n, 17n, 17n]);
    expect(largestRemainder([1, 4, 1], 0)).toEqual([17n, 66n, 17n]);
  });

  it('breaks equal remainders between single counts by the larger count, then the earlier code', () => {
    // 1/16 and 3/16 leave the same remainder, one unit: Kodaira's detailed total, 6.2 / 75 / 18.8.
    expect(largestRemainder([1, 12, 3], 1)).toEqual([62n, 750n, 188n]);
    expect(largestRemainder([3, 12, 1], 1)).toEqual([188n, 750n, 62n]);
  });
});
