/*
 * Statuses are decided on exact figures even where a double cannot tell them apart: an actual
 * that agrees with the straight line (or the target, or last year) to 16 digits and more, on
 * lines in thirds, sixths and sevenths. The oracle compares in whole multiples with decimal.js at
 * 80 significant digits, far beyond the 40 digits of any actual here, so it is exact.
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineKpi, evaluateKpi, type KpiStatus } from '../../src/index.js';

const D = Decimal.clone({ precision: 80 });

/** An actual near `at`: its first `places` decimals, nudged by `nudge` units of the last place. */
function near(at: Decimal, places: number, nudge: number): string {
  return at
    .toDecimalPlaces(places, Decimal.ROUND_DOWN)
    .plus(new D(nudge).times(new D(10).pow(-places)))
    .toFixed(places);
}

/**
 * The FY2021 status of a level KPI from `baseline` (FY2020) to `target` by FY2023, observed at
 * `value`: the line stands a third of the way at the end of FY2021.
 */
function statusOnLine(baseline: string, target: string, value: string): KpiStatus {
  const kpi = defineKpi({
    id: 'line',
    name: '比率',
    unit: 'pt',
    baseline: { value: baseline, fiscalYear: 2020 },
    target: { kind: 'level', value: target, by: 2023 },
    observations: [{ fiscalYear: 2021, value }],
  });
  return evaluateKpi(kpi, { fiscalYear: 2021 }).status;
}

const cases = fc.record({
  baseline: fc.integer({ min: 0, max: 900 }),
  rise: fc.integer({ min: 1, max: 900 }),
  years: fc.constantFrom(3, 6, 7),
  year: fc.integer({ min: 1, max: 2 }),
  mark: fc.constantFrom('reference', 'aheadAt'),
  places: fc.integer({ min: 14, max: 40 }),
  nudge: fc.integer({ min: -2, max: 2 }),
  higher: fc.boolean(),
});

describe('statuses on figures a double cannot tell apart', () => {
  it('follow the exact line, whichever way is better', () => {
    fc.assert(
      fc.property(cases, ({ baseline, rise, years, year, mark, places, nudge, higher }) => {
        const target = higher ? baseline + rise : baseline - rise;
        // The line's marks in the KPI's own units, as fractions over `years`, and an actual near one.
        const referenceOver = baseline * years + (target - baseline) * year;
        const aheadAtOver = referenceOver + (target - baseline);
        const at = mark === 'reference' ? referenceOver : aheadAtOver;
        const actual = near(new D(at).div(years), places, nudge);
        const kpi = defineKpi({
          id: 'k',
          name: '比率',
          unit: 'pt',
          direction: higher ? 'higher' : 'lower',
          baseline: { value: baseline, fiscalYear: 2020 },
          target: { kind: 'level', value: target, by: 2020 + years },
          observations: [{ fiscalYear: 2020 + year, value: actual }],
        });
        // The documented rule, exactly, on values turned so that higher is better.
        const turn = (d: Decimal.Value) => new D(d).times(higher ? 1 : -1);
        const a = turn(actual);
        const aOver = a.times(years);
        const expected: KpiStatus = a.gte(turn(target))
          ? 'achieved'
          : aOver.gte(turn(aheadAtOver))
            ? 'ahead'
            : aOver.gte(turn(referenceOver))
              ? 'on-track'
              : 'behind';
        const observed = evaluateKpi(kpi, { fiscalYear: 2020 + year });
        const given = evaluateKpi(kpi, { fiscalYear: 2020 + year, actual });
        expect(observed.status).toBe(expected);
        expect(given.status).toBe(expected);
      }),
      { seed: 20261128, numRuns: 600 },
    );
  });

  it('telling 1/3 from its 17-digit neighbours', () => {
    // The line stands at 1/3 at the end of FY2021; all three actuals are the same double.
    expect(statusOnLine('0', '1', '0.33333333333333333')).toBe('behind');
    expect(statusOnLine('0', '1', '0.33333333333333334')).toBe('on-track');
    expect(statusOnLine('0', '1', '0.3333333333333333148')).toBe('behind');
  });

  it('against the final target, a per-year target and last year, to the last digit', () => {
    const annual = defineKpi({
      id: 'sales',
      name: '売払い',
      unit: '円',
      target: { kind: 'annual', value: '20000000000000000001' },
      observations: [
        { fiscalYear: 2022, value: '20000000000000000000' },
        { fiscalYear: 2023, value: '20000000000000000001' },
      ],
    });
    expect(evaluateKpi(annual, { fiscalYear: 2022 }).status).toBe('behind');
    expect(evaluateKpi(annual, { fiscalYear: 2023 }).status).toBe('achieved');

    const yearly = defineKpi({
      id: 'rate',
      name: '電子決裁率',
      unit: '%',
      baseline: { value: 62.3, asOf: '2021-04-01' },
      target: { kind: 'level', value: 90, by: 2024 },
      yearTargets: { 2023: '85.000000000000000001' },
      observations: [{ fiscalYear: 2023, value: '85' }],
    });
    const r5 = evaluateKpi(yearly, { fiscalYear: 2023 });
    expect(r5.yearTargetMet).toBe(false);
    expect(r5.status).toBe('behind');

    const noWorse = defineKpi({
      id: 'online',
      name: 'オンライン申請',
      unit: '件',
      direction: 'lower',
      target: { kind: 'no-worse' },
      observations: [
        { fiscalYear: 2022, value: '900719925474099300' },
        { fiscalYear: 2023, value: '900719925474099301' },
      ],
    });
    expect(evaluateKpi(noWorse, { fiscalYear: 2023 }).status).toBe('behind');
  });

  it('at the ends of the range of doubles, where a figure has no close double', () => {
    // 1e-300 and below, and 1e300 and above: comparisons fall back to exact arithmetic.
    // The line at FY2021: a third of the way, 1e-300/3 from 0 (tiny), 1e300 + 1e300/3 (huge).
    expect(statusOnLine('0', '1e-300', '3.333333333333333333333e-301')).toBe('behind');
    expect(statusOnLine('0', '1e-300', '3.333333333333333333334e-301')).toBe('on-track');
    expect(statusOnLine('0', '1e-300', '6.666666666666666666667e-301')).toBe('ahead');
    expect(statusOnLine('0', '1e-300', '0')).toBe('behind');
    expect(statusOnLine('1e300', '2e300', '1.333333333333333333333e300')).toBe('behind');
    expect(statusOnLine('1e300', '2e300', '1.333333333333333333334e300')).toBe('on-track');
    expect(statusOnLine('1e300', '2e300', '2e300')).toBe('achieved');
    expect(statusOnLine('-1e-320', '1e-320', '-3.3334e-321')).toBe('behind');
    expect(statusOnLine('-1e-320', '1e-320', '-3.3333333333333333333333333333333333333333333333e-321')).toBe(
      'on-track',
    );
    expect(statusOnLine('1e399', '2e399', '1.3e399')).toBe('behind');
    expect(statusOnLine('1e399', '2e399', '1.4e399')).toBe('on-track');
  });
});
