/*
 * The status rule is written once; with the default thresholds it reads both bars (on track,
 * ahead) prepared on the line when the KPI was compiled, with any others it works them out.
 * The two must agree everywhere, above all where an actual sits on a bar or next to it.
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineKpi, evaluateKpi, type Kpi } from '../../src/index.js';

const D = Decimal.clone({ precision: 80 });

/** A path KPI from a baseline to a target over a few years, with its year targets now and then. */
const arbKpi = fc
  .record({
    baseline: fc.integer({ min: -500, max: 500 }),
    rise: fc.integer({ min: 1, max: 900 }),
    higher: fc.boolean(),
    kind: fc.constantFrom('level', 'change'),
    years: fc.integer({ min: 1, max: 7 }),
    asOf: fc.constantFrom(undefined, '2020-03-31', '2020-10-01', '2021-01-15'),
    yearTarget: fc.boolean(),
  })
  .map(({ baseline, rise, higher, kind, years, asOf, yearTarget }) => {
    const target = higher ? baseline + rise : baseline - rise;
    const by = 2020 + years;
    const kpi: Kpi = {
      id: 'k',
      name: '指標',
      unit: 'pt',
      direction: higher ? 'higher' : 'lower',
      baseline: asOf === undefined ? { value: baseline, fiscalYear: 2020 } : { value: baseline, asOf },
      target: kind === 'level' ? { kind: 'level', value: target, by } : { kind: 'change', amount: rise, by },
      ...(yearTarget && years > 1
        ? { yearTargets: { [String(by - 1)]: baseline + (target - baseline) / 2 } }
        : {}),
    };
    return { kpi, by, baseline, target, years };
  });

/** An actual on one of the line's bars, or a hair beside it, or anywhere in the range. */
function arbActual(baseline: number, target: number, years: number) {
  const rise = new D(target - baseline);
  const onBar = fc
    .record({
      year: fc.integer({ min: 0, max: years + 1 }),
      over: fc.integer({ min: 1, max: 7 }),
      places: fc.integer({ min: 0, max: 30 }),
      nudge: fc.integer({ min: -1, max: 1 }),
    })
    .map(({ year, over, places, nudge }) => {
      const at = new D(baseline).plus(rise.times(year).div(over));
      return at
        .toDecimalPlaces(places, Decimal.ROUND_DOWN)
        .plus(new D(nudge).times(new D(10).pow(-places)))
        .toFixed(places);
    });
  return fc.oneof(onBar, fc.integer({ min: -2000, max: 2000 }).map(String));
}

const cases = arbKpi.chain((k) =>
  fc.record({
    k: fc.constant(k),
    actual: arbActual(k.baseline, k.target, k.years),
    fiscalYear: fc.integer({ min: 2021, max: k.by }),
  }),
);

describe('the default thresholds prepared on the line', () => {
  it('give the status, reference and met of the same thresholds worked out', () => {
    fc.assert(
      fc.property(cases, ({ k, actual, fiscalYear }) => {
        const kpi = defineKpi(k.kpi);
        const input = { fiscalYear, actual };
        const prepared = evaluateKpi(kpi, input);
        const worked = evaluateKpi(kpi, input, { tolerance: '0', aheadMargin: '1' });
        expect([worked.status, worked.reference, worked.met]).toEqual([
          prepared.status,
          prepared.reference,
          prepared.met,
        ]);
      }),
      { numRuns: 2000 },
    );
  });

  it('meet near ties: an actual exactly one year ahead of the line is ahead, a hair below is on track', () => {
    const kpi = defineKpi({
      id: 'k',
      name: '指標',
      unit: 'pt',
      baseline: { value: 0, fiscalYear: 2020 },
      target: { kind: 'level', value: 1, by: 2023 },
    });
    const at = (actual: string, options?: { tolerance: string }) =>
      evaluateKpi(kpi, { fiscalYear: 2021, actual }, options).status;
    // The line expects 1/3 at the end of FY2021; a year ahead is 2/3.
    expect(at('0.66666666666666666667')).toBe('ahead');
    expect(at('0.66666666666666666666')).toBe('on-track');
    expect(at('0.66666666666666666666', { tolerance: '0' })).toBe('on-track');
    expect(at('0.33333333333333333333')).toBe('behind');
    expect(at('0.33333333333333333333', { tolerance: '0.00000000000000000001' })).toBe('on-track');
  });
});
