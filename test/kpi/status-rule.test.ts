/*
 * The status rule, checked against a plain re-statement of it in decimal.js (an oracle written
 * from the documentation of KpiStatus, not from the code): for level KPIs with and without a
 * year target, with the default thresholds and with a tolerance and an ahead margin; for annual
 * and count targets whose year target replaces the standing one; for no-worse against the year
 * before; and for milestones. Besides the status, it checks what the evaluation says it judged
 * against (reference, target, met, yearTargetMet) and the notes it leaves.
 */
import { inspect } from 'node:util';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  auditPlan,
  defineKpi,
  definePlan,
  evaluateKpi,
  type Kpi,
  type KpiStatus,
  type Plan,
  type Program,
  suggestRating,
} from '../../src/index.js';

/** A plan of one program holding one KPI, for audits and suggestions. */
function planOf(kpi: Kpi): { plan: Plan; program: Program } {
  const plan = definePlan({
    id: 'p',
    municipality: 'm',
    title: 't',
    period: { start: 2021, end: 2024 },
    directions: [{ id: 'd', number: 1, name: 'd' }],
    programs: [{ id: 'x', number: 1, name: 'x', kind: 'implementation', direction: 'd', kpis: [kpi] }],
  } as Plan);
  const program = plan.programs[0];
  if (program === undefined) throw new Error('the plan has its program');
  return { plan, program };
}

/** A decimal with up to 2 places, as text, in [-1e5, 1e5]. */
const arbDecimal = fc
  .tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 2 }))
  .map(([n, places]) => new Decimal(n).div(10 ** places).toFixed());

const arbOptions = fc.option(
  fc.record(
    {
      tolerance: fc.constantFrom('0', '0.5', '1', '10'),
      aheadMargin: fc.constantFrom('0', '0.5', '1', '2'),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

interface LevelCase {
  readonly kpi: Kpi;
  readonly b: Decimal;
  readonly t: Decimal;
  readonly yt: Decimal | undefined;
  readonly higher: boolean;
}

/** A level KPI from a baseline on 2021-04-01 to a target by FY2024, maybe with a FY2023 target. */
const arbLevel = fc
  .record({
    baseline: arbDecimal,
    span: arbDecimal.filter((s) => !new Decimal(s).isZero()),
    higher: fc.boolean(),
    yearTarget: fc.option(arbDecimal, { nil: undefined }),
  })
  .map(({ baseline, span, higher, yearTarget }): LevelCase => {
    const b = new Decimal(baseline);
    const t = b.plus(new Decimal(span).abs().times(higher ? 1 : -1));
    // A year target must lie on the way to the final target: clamp it between baseline and target.
    const yt =
      yearTarget === undefined
        ? undefined
        : Decimal.min(Decimal.max(new Decimal(yearTarget), Decimal.min(b, t)), Decimal.max(b, t));
    return {
      kpi: {
        id: 'k',
        name: 'k',
        unit: 'pt',
        direction: higher ? 'higher' : 'lower',
        baseline: { value: b.toFixed(), asOf: '2021-04-01' },
        target: { kind: 'level', value: t.toFixed(), by: 2024 },
        ...(yt === undefined ? {} : { yearTargets: { 2023: yt.toFixed() } }),
      },
      b,
      t,
      yt,
      higher,
    };
  });

/** The documented rule for a level KPI, in oriented values (negated when lower is better). */
function levelOracle(
  c: LevelCase,
  fy: number,
  actual: Decimal,
  tolerance: Decimal,
  margin: Decimal,
): { status: KpiStatus; reference: string } {
  const o = (v: Decimal) => (c.higher ? v : v.neg());
  const a = o(actual);
  const target = o(c.t);
  const base = o(c.b);
  const span = target.minus(base);
  if (a.gte(target)) return { status: 'achieved', reference: 'target' };
  if (fy >= 2024)
    return { status: a.plus(tolerance).gte(target) ? 'on-track' : 'behind', reference: 'target' };
  const yt = fy === 2023 ? c.yt : undefined;
  // The straight line: a quarter of the way per fiscal year, from FY2021 (baseline on its first day).
  const expected = base.plus(span.times(fy - 2020).div(4));
  const reference = yt === undefined ? expected : o(yt);
  const d = a.minus(reference);
  const status = d.gte(margin.times(span).div(4))
    ? 'ahead'
    : d.plus(tolerance).gte(0)
      ? 'on-track'
      : 'behind';
  return { status, reference: yt === undefined ? 'expected' : 'year-target' };
}

describe('the status rule of a level KPI matches its documentation', () => {
  it('with the default thresholds and with a tolerance and an ahead margin', () => {
    fc.assert(
      fc.property(
        arbLevel,
        arbDecimal,
        fc.integer({ min: 2021, max: 2024 }),
        arbOptions,
        (c, actualText, fy, options) => {
          const actual = new Decimal(actualText);
          const e = evaluateKpi(c.kpi, { fiscalYear: fy, actual: actualText }, options);
          const expected = levelOracle(
            c,
            fy,
            actual,
            new Decimal(options?.tolerance ?? 0),
            new Decimal(options?.aheadMargin ?? 1),
          );
          expect([e.status, e.reference]).toEqual([expected.status, expected.reference]);
          const o = (v: Decimal) => (c.higher ? v : v.neg());
          expect(e.met).toBe(o(actual).gte(o(c.t)));
          const yt = fy === 2023 ? c.yt : undefined;
          expect(e.yearTargetMet).toBe(yt === undefined ? null : o(actual).gte(o(yt)));
          expect(e.yearTarget?.toFixed() ?? null).toBe(yt?.toFixed() ?? null);
          expect(e.direction).toBe(c.higher ? 'higher' : 'lower');
          expect(e.notes).toEqual([]);
        },
      ),
      { numRuns: 1_500 },
    );
  });

  it('is the same status that audits and suggestions read (no evaluation made there)', () => {
    fc.assert(
      fc.property(arbLevel, arbDecimal, fc.integer({ min: 2021, max: 2024 }), (c, actual, fy) => {
        const kpi = defineKpi({ ...c.kpi, observations: [{ fiscalYear: fy, value: actual }] });
        const status = evaluateKpi(kpi, { fiscalYear: fy }).status;
        const { plan, program } = planOf(kpi);
        const suggestion = suggestRating(program, fy);
        // A level target achieved before its deadline year counts as ahead (S), at it as on plan.
        const rated = { ahead: 'S', achieved: fy < 2024 ? 'S' : 'A', 'on-track': 'A', behind: 'B' } as const;
        expect(suggestion.suggested).toBe(rated[status as keyof typeof rated] ?? null);
        expect(auditPlan(plan, fy).findings.every((f) => f.code !== 'INVALID_KPI')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('annual and count targets: the year target replaces the standing one', () => {
  it('judges each year against its own target', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }),
        fc.constantFrom('annual' as const, 'count' as const),
        fc.boolean(),
        fc.integer({ min: 2021, max: 2024 }),
        (standing, yearTarget, actual, kind, higher, fy) => {
          const kpi: Kpi = {
            id: 'k',
            name: 'k',
            unit: kind === 'count' ? '件' : '円',
            direction: higher ? 'higher' : 'lower',
            target: { kind, value: standing },
            ...(yearTarget === undefined ? {} : { yearTargets: { [fy]: yearTarget } }),
          };
          const e = evaluateKpi(kpi, actual === undefined ? { fiscalYear: fy } : { fiscalYear: fy, actual });
          const target = yearTarget ?? standing;
          const met = actual === undefined ? null : higher ? actual >= target : actual <= target;
          expect(e.status).toBe(met === null ? 'no-data' : met ? 'achieved' : 'behind');
          expect([e.met, e.reference]).toEqual([met, 'target']);
          expect(e.target?.toFixed()).toBe(String(target));
          expect(e.yearTargetMet).toBe(
            actual === undefined || yearTarget === undefined
              ? null
              : higher
                ? actual >= yearTarget
                : actual <= yearTarget,
          );
          expect(e.notes).toEqual(actual === undefined ? [`no actual for fiscal year ${fy}`] : []);
          expect(e.progress).toBeNull();
        },
      ),
      { numRuns: 1_000 },
    );
  });
});

describe('no-worse: this year against the year before', () => {
  it('compares with the given previous value, the observation or the baseline of the year before', () => {
    const kpi: Kpi = {
      id: 'online',
      name: 'オンライン申請手続数',
      unit: '手続',
      target: { kind: 'no-worse' },
      baseline: { value: 18, fiscalYear: 2020 },
      observations: [
        { fiscalYear: 2021, value: 27 },
        { fiscalYear: 2022, value: 25 },
      ],
    };
    const r3 = evaluateKpi(kpi, { fiscalYear: 2021 });
    expect([r3.status, r3.reference, r3.previous?.toString(), r3.met]).toEqual([
      'achieved',
      'previous',
      '18',
      true,
    ]);
    const r4 = evaluateKpi(kpi, { fiscalYear: 2022 });
    expect([r4.status, r4.previous?.toString(), r4.met]).toEqual(['behind', '27', false]);
    expect(r4.gap?.toString()).toBe('-2');
    const given = evaluateKpi(kpi, { fiscalYear: 2022, actual: 30, previous: 31 });
    expect([given.status, given.previous?.toString()]).toEqual(['behind', '31']);
    const none = evaluateKpi(kpi, { fiscalYear: 2022, actual: 30, previous: null });
    expect([none.status, none.previous, none.met]).toEqual(['not-judgeable', null, null]);
    expect(none.notes).toEqual(['no actual for fiscal year 2021 to compare with']);
    const r6 = evaluateKpi(kpi, { fiscalYear: 2024 });
    expect([r6.status, r6.notes]).toEqual(['no-data', ['no actual for fiscal year 2024']]);
  });
});

describe('pace without a line, and notes on what is missing', () => {
  it('judges against the year target alone when there is no baseline value', () => {
    const kpi: Kpi = {
      id: 'groups',
      name: '協働団体数',
      unit: '団体',
      target: { kind: 'level', value: 4, by: 2024 },
      period: { start: 2021, end: 2024 },
      yearTargets: { 2023: 3 },
    };
    const behind = evaluateKpi(kpi, { fiscalYear: 2023, actual: 2 });
    expect([behind.status, behind.reference, behind.notes]).toEqual([
      'behind',
      'year-target',
      ['no baseline value, so no progress line'],
    ]);
    expect(evaluateKpi(kpi, { fiscalYear: 2023, actual: 3 }).status).toBe('on-track');
    expect(evaluateKpi(kpi, { fiscalYear: 2023, actual: 2 }, { tolerance: 1 }).status).toBe('on-track');
    const noPace = evaluateKpi(kpi, { fiscalYear: 2022, actual: 2 });
    expect([noPace.status, noPace.reference, noPace.notes]).toEqual([
      'not-judgeable',
      null,
      ['no baseline value, so no progress line', 'no baseline or year target to judge the pace against'],
    ]);
    expect(evaluateKpi(kpi, { fiscalYear: 2024, actual: 4 }).status).toBe('achieved');
  });

  it('notes a change or rate target whose baseline value is not given', () => {
    const kpi: Kpi = {
      id: 'cost',
      name: '経常経費',
      unit: '円',
      direction: 'lower',
      baseline: { asOf: '2021-04-01' },
      target: { kind: 'rate', percent: 20, by: 2024 },
    };
    const e = evaluateKpi(kpi, { fiscalYear: 2023 });
    expect([e.status, e.notes]).toEqual([
      'no-data',
      ['the baseline value is not given, so the target level is unknown', 'no actual for fiscal year 2023'],
    ]);
  });
});

describe('figures are made once and kept', () => {
  it('returns the same Decimal each time a figure is read', () => {
    const kpi: Kpi = {
      id: 'e-approval',
      name: '電子決裁率',
      unit: '%',
      baseline: { value: 62.3, asOf: '2021-04-01' },
      target: { kind: 'level', value: 90, by: 2024 },
    };
    const e = evaluateKpi(kpi, { fiscalYear: 2023, actual: 73.9 });
    for (const key of [
      'actual',
      'baseline',
      'target',
      'expected',
      'progress',
      'achievement',
      'gap',
    ] as const) {
      expect(e[key], key).not.toBeNull();
      expect(e[key], key).toBe(e[key]);
    }
    expect(e.expectedProgress?.toString()).toBe('75');
    expect(e.requiredPace?.toString()).toBe('16.1');
    expect(e.yearTarget).toBeNull();
    expect(e.previous).toBeNull();
  });
});

describe('milestones', () => {
  const kpi = defineKpi({
    id: 'catering',
    name: '給食調理業務委託',
    unit: '園',
    target: { kind: 'milestone', due: '2024-01-15' },
    observations: [{ fiscalYear: 2023, milestone: { done: true } }],
  });

  it('has no data for a year with no state', () => {
    const e = evaluateKpi(kpi, { fiscalYear: 2022 });
    expect([e.status, e.reference, e.met, e.notes]).toEqual([
      'no-data',
      'due',
      null,
      ['no actual for fiscal year 2022'],
    ]);
  });

  it('is achieved and met when done with no date given, with a note', () => {
    const e = evaluateKpi(kpi, { fiscalYear: 2023 });
    expect([e.status, e.met, e.completedOn, e.notes]).toEqual([
      'achieved',
      true,
      null,
      ['done, but the date is not given'],
    ]);
    expect(inspect(e)).toBe('給食調理業務委託 FY2023 完了 (達成)');
  });

  it('is met when done on the day it is due, and not the day after', () => {
    const onTime = evaluateKpi(kpi, { fiscalYear: 2023, actual: { done: true, on: '2024-01-15' } });
    expect([onTime.met, onTime.notes]).toEqual([true, []]);
    const late = evaluateKpi(kpi, { fiscalYear: 2023, actual: { done: true, on: '2024-01-16' } });
    expect([late.status, late.met, late.notes]).toEqual([
      'achieved',
      false,
      ['done on 2024-01-16, after it was due (2024-01-15)'],
    ]);
  });

  it('is on track while the year ends before it is due, and behind from the year it falls due', () => {
    expect(evaluateKpi(kpi, { fiscalYear: 2022, actual: { done: false } }).status).toBe('on-track');
    const due = evaluateKpi(kpi, { fiscalYear: 2023, actual: { done: false } });
    expect([due.status, due.met]).toEqual(['behind', false]);
    expect(inspect(due)).toBe('給食調理業務委託 FY2023 未完了 (遅れ)');
    const dueOnYearEnd = defineKpi({ ...kpi, id: 'edge', target: { kind: 'milestone', due: '2023-03-31' } });
    expect(evaluateKpi(dueOnYearEnd, { fiscalYear: 2022, actual: { done: false } }).status).toBe('behind');
    const dueAfterYearEnd = defineKpi({
      ...kpi,
      id: 'edge2',
      target: { kind: 'milestone', due: '2023-04-01' },
    });
    expect(evaluateKpi(dueAfterYearEnd, { fiscalYear: 2022, actual: { done: false } }).status).toBe(
      'on-track',
    );
  });

  it('gives audits and suggestions the same status', () => {
    const { program } = planOf(kpi);
    // A milestone done is on plan (A): only a path target achieved early counts as ahead.
    expect(suggestRating(program, 2023).suggested).toBe('A');
  });
});

describe('the notes of an evaluation in the reader’s language', () => {
  it('gives the same remarks in Japanese with notesIn, and English in notes', () => {
    const kpi = {
      id: 'k',
      name: '電子決裁率',
      unit: '%',
      baseline: { value: 0, fiscalYear: 2020 },
      target: { kind: 'level', value: 90, by: 2024 },
    } as const;
    const e = evaluateKpi(kpi, { fiscalYear: 2023 });
    expect(e.notes).toEqual(['no actual for fiscal year 2023']);
    expect(e.notesIn('ja')).toEqual(['2023年度の実績がありません']);
    expect(e.notesIn('en')).toEqual(e.notes);
  });
});
