import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateKpi, KPI_STATUS_ORDER, type Kpi, type KpiStatus, toDecimal } from '../../src/index.js';

const rank = (status: KpiStatus) => KPI_STATUS_ORDER.indexOf(status);

/** A decimal with up to 3 places, as text, in [-1e6, 1e6]. */
const arbDecimal = fc
  .tuple(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 0, max: 3 }))
  .map(([n, places]) => new Decimal(n).div(10 ** places).toFixed());

/** A level KPI with a baseline, a distinct target in its direction, and maybe a year target. */
const arbLevelKpi = fc
  .record({
    baseline: arbDecimal,
    span: arbDecimal.filter((s) => !new Decimal(s).isZero()),
    direction: fc.constantFrom('higher' as const, 'lower' as const),
    yearShare: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  })
  .map(({ baseline, span, direction, yearShare }): Kpi => {
    const b = new Decimal(baseline);
    const s = new Decimal(span).abs().times(direction === 'higher' ? 1 : -1);
    const t = b.plus(s);
    return {
      id: 'k',
      name: 'k',
      unit: 'pt',
      direction,
      baseline: { value: b.toFixed(), asOf: '2021-04-01' },
      target: { kind: 'level', value: t.toFixed(), by: 2024 },
      ...(yearShare === undefined
        ? {}
        : { yearTargets: { 2023: b.plus(s.times(yearShare).div(100)).toFixed() } }),
    };
  });

describe('KPI evaluation properties', () => {
  it('a better actual never gives a worse status or less progress (monotonicity)', () => {
    fc.assert(
      fc.property(
        arbLevelKpi,
        arbDecimal,
        arbDecimal,
        fc.integer({ min: 2021, max: 2024 }),
        (kpi, x, y, fy) => {
          const [worse, better] = (kpi.direction === 'higher') === new Decimal(x).lte(y) ? [x, y] : [y, x];
          const a = evaluateKpi(kpi, { fiscalYear: fy, actual: worse }, { places: 10 });
          const b = evaluateKpi(kpi, { fiscalYear: fy, actual: better }, { places: 10 });
          expect(rank(b.status)).toBeGreaterThanOrEqual(rank(a.status));
          expect((b.progress as Decimal).gte(a.progress as Decimal)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('lower-is-better mirrors higher-is-better on negated values (symmetry)', () => {
    fc.assert(
      fc.property(arbLevelKpi, arbDecimal, fc.integer({ min: 2021, max: 2024 }), (kpi, actual, fy) => {
        const negate = (v: unknown) => new Decimal(v as string).neg().toFixed();
        const t = kpi.target as { value: string; by: number };
        const mirror: Kpi = {
          ...kpi,
          direction: kpi.direction === 'higher' ? 'lower' : 'higher',
          baseline: { value: negate(kpi.baseline?.value), asOf: '2021-04-01' },
          target: { kind: 'level', value: negate(t.value), by: t.by },
          ...(kpi.yearTargets === undefined
            ? {}
            : { yearTargets: { 2023: negate(kpi.yearTargets['2023']) } }),
        };
        const a = evaluateKpi(kpi, { fiscalYear: fy, actual });
        const b = evaluateKpi(mirror, { fiscalYear: fy, actual: negate(actual) });
        expect(b.status).toBe(a.status);
        expect(b.progress?.toString()).toBe(a.progress?.toString());
        expect(b.gap?.toString()).toBe(a.gap?.toString());
        expect(b.expected?.neg().toString()).toBe(a.expected?.toString());
      }),
      { numRuns: 500 },
    );
  });

  it('equals rational arithmetic on random decimals (exactness)', () => {
    const Big = Decimal.clone({ precision: 200, rounding: Decimal.ROUND_HALF_UP });
    fc.assert(
      fc.property(arbLevelKpi, arbDecimal, fc.integer({ min: 0, max: 8 }), (kpi, actual, places) => {
        const t = (kpi.target as { value: string }).value;
        const b = kpi.baseline?.value as string;
        const e = evaluateKpi(kpi, { fiscalYear: 2023, actual }, { places });
        const progress = new Big(actual).minus(b).div(new Big(t).minus(b)).times(100);
        expect(e.progress?.toFixed()).toBe(progress.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed());
        const expected = new Big(b).plus(new Big(t).minus(b).times(3).div(4));
        expect(e.expected?.toFixed()).toBe(expected.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed());
        expect(e.gap?.toFixed()).toBe(
          (kpi.direction === 'higher' ? new Big(actual).minus(t) : new Big(t).minus(actual)).toFixed(),
        );
        // Achievement: actual ÷ target when higher is better, target ÷ actual when lower is.
        // A lower-is-better target of 0: 100 at 0, else the share of the way from the baseline to 0.
        const [num, den] = kpi.direction === 'higher' ? [actual, t] : [t, actual];
        const round = (x: Decimal) => x.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed();
        const zeroCap = kpi.direction === 'lower' && new Big(t).isZero();
        const towardsZero = new Big(actual).isZero()
          ? '100'
          : new Big(b).gt(0)
            ? round(new Big(b).minus(actual).div(b).times(100))
            : '0';
        const achievement = zeroCap
          ? towardsZero
          : new Big(den).isZero()
            ? null
            : round(new Big(num).div(den).times(100));
        expect(e.achievement?.toFixed() ?? null).toBe(achievement);
      }),
      { numRuns: 500 },
    );
  });

  it('a better actual never gives a worse status, for every numeric kind and both directions', () => {
    /** A positive decimal with up to 2 places, as text, in (0, 1e6]. */
    const positive = fc.integer({ min: 1, max: 100_000_000 }).map((n) => new Decimal(n).div(100).toFixed());
    const whole = fc.integer({ min: 0, max: 1000 }).map(String);
    const arbKind = fc.oneof(
      fc.record({ kind: fc.constant('change' as const), amount: positive, by: fc.constant(2024) }),
      fc.record({
        kind: fc.constant('rate' as const),
        percent: fc.integer({ min: 1, max: 90 }).map(String),
        by: fc.constant(2024),
      }),
      fc.record({ kind: fc.constant('annual' as const), value: positive }),
      fc.record({ kind: fc.constant('count' as const), value: whole }),
      fc.record({ kind: fc.constant('no-worse' as const) }),
    );
    fc.assert(
      fc.property(
        arbKind,
        fc.constantFrom('higher' as const, 'lower' as const),
        fc.tuple(positive, whole),
        fc.tuple(whole, whole),
        fc.tuple(positive, positive),
        fc.tuple(positive, whole),
        fc.integer({ min: 2021, max: 2024 }),
        (target, direction, baselines, counts, amounts, previousValues, fy) => {
          // A count (件) is a whole number, and so are its baseline and previous value.
          const count = target.kind === 'count';
          const [x, y] = count ? counts : amounts;
          const baseline = count ? baselines[1] : baselines[0];
          const previous = count ? previousValues[1] : previousValues[0];
          const kpi: Kpi = {
            id: 'k',
            name: 'k',
            unit: target.kind === 'count' ? '件' : 'pt',
            direction,
            baseline: { value: baseline, asOf: '2021-04-01' },
            target,
          };
          const [worse, better] = (direction === 'higher') === new Decimal(x).lte(y) ? [x, y] : [y, x];
          const a = evaluateKpi(kpi, { fiscalYear: fy, actual: worse, previous });
          const b = evaluateKpi(kpi, { fiscalYear: fy, actual: better, previous });
          expect(rank(b.status)).toBeGreaterThanOrEqual(rank(a.status));
          // Achievement is a ratio: it orders actuals only against a positive target.
          if (a.achievement !== null && b.achievement !== null && a.target?.gt(0) === true) {
            expect(b.achievement.gte(a.achievement)).toBe(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never answers NaN or Infinity, even for a zero actual when lower is better', () => {
    const kpi: Kpi = {
      id: 'waste',
      name: '苦情件数',
      unit: '件',
      direction: 'lower',
      baseline: { value: 5, asOf: '2021-04-01' },
      target: { kind: 'level', value: 0, by: 2024 },
    };
    const e = evaluateKpi(kpi, { fiscalYear: 2023, actual: 2 });
    expect(e.progress?.toString()).toBe('60');
    const zero = evaluateKpi(kpi, { fiscalYear: 2024, actual: 0 });
    expect(zero.achievement?.toString()).toBe('100');
    expect(zero.status).toBe('achieved');
    expect(JSON.stringify(zero)).not.toMatch(/NaN|Infinity/);
  });
});

describe('exact decimals', () => {
  it('adds 0.1 and 0.2 to exactly 0.3', () => {
    expect(toDecimal(0.1).plus(0.2).toString()).toBe('0.3');
  });

  it('computes progress from 0.1 to 0.3 at 0.2 as exactly 50 %', () => {
    const kpi: Kpi = {
      id: 'small',
      name: 'small',
      unit: '%',
      baseline: { value: 0.1, asOf: '2021-04-01' },
      target: { kind: 'level', value: 0.3, by: 2024 },
    };
    const e = evaluateKpi(kpi, { fiscalYear: 2022, actual: 0.2 }, { places: 20 });
    expect(e.progress?.toString()).toBe('50');
    expect(e.expected?.toString()).toBe('0.2');
  });

  it('reads 0.1 + 0.2 (a float 0.30000000000000004) as the float it is', () => {
    expect(toDecimal(0.1 + 0.2).toString()).toBe('0.30000000000000004');
  });
});
