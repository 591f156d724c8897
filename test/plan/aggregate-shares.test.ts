/*
 * Shares as a body publishes them: the convention on the scale (or the option), fixed places,
 * the note, equal shares for equal counts, and Kodaira's figures unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kodairaFy2023 } from '../../src/data/kodaira-fy2023.js';
import {
  aggregateRatings,
  defineRatingScale,
  type Plan,
  RATING_SCALES,
  type RatingScale,
  SAB_SCALE,
} from '../../src/index.js';
import { largestRemainder } from '../../src/plan/aggregate.js';
import { program, smallPlan } from '../fixtures/plans.js';
import { errorCode } from '../helpers.js';

/** A one-row plan on `scale` with `counts[i]` programs rated at level i. */
function rowOf(counts: readonly number[], scale: RatingScale = SAB_SCALE): Plan {
  const programs = counts.flatMap((n, level) =>
    Array.from({ length: n }, (_, k) =>
      program(`p${level}-${k}`, level * 100 + k, 'd1', { 2023: scale.levels[level]?.code ?? '?' }),
    ),
  );
  return smallPlan({ scale, programs, summaries: [] });
}

describe("Kodaira's shares are unchanged", () => {
  it('prints the detailed total as 6.2 / 75 / 18.8 and the declared rows as before', () => {
    const detailed = aggregateRatings(kodairaFy2023, 2023);
    expect(detailed.shareConvention).toEqual({
      method: 'largest-remainder',
      places: 1,
      rounding: 'half-up',
      fixed: false,
    });
    expect(detailed.total.shareTexts).toEqual({ S: '6.2', A: '75', B: '18.8' });
    expect(detailed.shareNote).toBeNull();
    const declared = aggregateRatings(kodairaFy2023, 2023, { source: 'declared' });
    expect(declared.rows.map((r) => r.shareTexts)).toEqual([
      { S: '12.5', A: '75', B: '12.5' },
      { S: '0', A: '75', B: '25' },
      { S: '0', A: '88.9', B: '11.1' },
      { S: '0', A: '100', B: '0' },
    ]);
    expect(declared.total.shareTexts).toEqual({ S: '4', A: '84', B: '12' });
  });

  it('gives the two single ratings of direction 1 equal shares: 16.7 / 66.6 / 16.7, not 16.7 / 66.7 / 16.6', () => {
    const row = aggregateRatings(kodairaFy2023, 2023).rows[0];
    expect(row?.counts).toEqual({ S: 1, A: 4, B: 1 });
    expect(row?.shareTexts).toEqual({ S: '16.7', A: '66.6', B: '16.7' });
  });
});

describe('the share convention', () => {
  it('rounds each share on its own when asked, with the note as data', () => {
    const table = aggregateRatings(rowOf([1, 4, 1]), 2023, { shares: 'each' });
    expect(table.rows[0]?.shareTexts).toEqual({ S: '16.7', A: '66.7', B: '16.7' });
    expect(table.shareNote).toEqual({
      ja: '端数処理の関係で合計が100にならない場合があります',
      en: 'Shares are rounded one by one, so they may not add up to 100.',
    });
  });

  it('keeps the fixed places a scale asks for: 40.0, not 40', () => {
    const fixed = defineRatingScale({ ...SAB_SCALE, id: 'fixed', shares: { method: 'each', places: 1 } });
    const row = aggregateRatings(rowOf([2, 3, 0], fixed), 2023).rows[0];
    expect(row?.shareTexts).toEqual({ S: '40.0', A: '60.0', B: '0.0' });
    expect(row?.publishedShares?.S?.toFixed(1)).toBe('40.0');
  });

  it('lets the option override the scale: 木津川市 by largest remainder has no note', () => {
    const table = aggregateRatings(rowOf([0, 46, 48, 5], RATING_SCALES.kizugawa), 2023, {
      shares: 'largest-remainder',
    });
    // 46.46…, 48.48… and 5.05…: the two units left go to the larger remainders, B then A.
    expect(table.total.shareTexts).toEqual({ S: '0.0', A: '46.5', B: '48.5', C: '5.0' });
    expect(table.shareNote).toBeNull();
  });

  it('counts 対象外 and 未評価 apart, out of the denominator', () => {
    const plan = smallPlan({
      scale: RATING_SCALES.kizugawa,
      summaries: [],
      programs: [
        program('a', 1, 'd1', { 2023: 'A' }),
        program('b', 2, 'd1', { 2023: 'B' }),
        program('c', 3, 'd1', { 2023: '対象外' }),
        program('d', 4, 'd1', { 2023: '未評価' }),
        program('e', 5, 'd1', {}),
      ],
    });
    const row = aggregateRatings(plan, 2023).rows[0];
    expect([row?.rated, row?.notApplicable, row?.unrated, row?.programs]).toEqual([2, 1, 2, 5]);
    expect(row?.shareTexts).toEqual({ S: '0.0', A: '50.0', B: '50.0', C: '0.0' });
  });

  it('refuses an unknown share method', () => {
    expect(errorCode(() => aggregateRatings(rowOf([1, 1, 1]), 2023, { shares: 'even' as never }))).toBe(
      'INVALID_OPTION',
    );
    expect(
      errorCode(() =>
        defineRatingScale({ ...SAB_SCALE, id: 'bad', shares: { method: 'each', digits: 1 } as never }),
      ),
    ).toBe('INVALID_SCALE');
  });
});

describe('largest-remainder shares', () => {
  const counts = fc.array(fc.nat(40), { minLength: 1, maxLength: 8 }).filter((c) => c.some((n) => n > 0));

  it('always give equal counts equal shares, each within one unit of its exact value, never over 100', () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 0, max: 3 }), (c, places) => {
        const shares = largestRemainder(c, places);
        const total = BigInt(c.reduce((a, b) => a + b, 0));
        const units = 100n * 10n ** BigInt(places);
        c.forEach((n, i) => {
          c.forEach((m, j) => {
            if (n === m) expect(shares[i]).toBe(shares[j]);
          });
          const floor = (BigInt(n) * units) / total;
          expect([floor, floor + 1n]).toContain(shares[i]);
        });
        expect(shares.reduce((a, b) => a + b, 0n) <= units).toBe(true);
      }),
    );
  });

  it('add up to exactly 100 when no two counts are equal', () => {
    fc.assert(
      fc.property(
        counts.filter((c) => new Set(c).size === c.length),
        fc.integer({ min: 0, max: 3 }),
        (c, places) => {
          const sum = largestRemainder(c, places).reduce((a, b) => a + b, 0n);
          expect(sum).toBe(100n * 10n ** BigInt(places));
        },
      ),
    );
  });

  it('print equal shares for equal counts in a published row, by either method', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(6), { minLength: 3, maxLength: 3 }),
        fc.constantFrom('each', 'largest-remainder'),
        (c, method) => {
          const row = aggregateRatings(rowOf(c), 2023, { shares: method as 'each' }).rows[0];
          const texts = row?.shareTexts;
          if (texts === null || texts === undefined) return;
          const codes = ['S', 'A', 'B'];
          codes.forEach((x, i) => {
            codes.forEach((y, j) => {
              if (c[i] === c[j]) expect(texts[x]).toBe(texts[y]);
            });
          });
        },
      ),
    );
  });
});
