/*
 * Checks a KPI once at the public door and turns it into the form the hot path uses: every
 * figure read exactly, values turned so that "higher is better" always holds, the straight
 * line from baseline to target laid out in fiscal-year units.
 */

import { fail, MunikpiError, quote } from '../core/errors.js';
import {
  add,
  cmp,
  div,
  type Label,
  mul,
  nearOf,
  neg,
  type Ratio,
  ratio,
  ratioOf,
  sub,
} from '../core/exact.js';
import {
  type CalendarDate,
  calendarDate,
  type DateInput,
  daysInMonth,
  epochDayOf,
} from '../era/calendar-date.js';
import { type FiscalYear, fiscalYearOf } from '../fiscal/index.js';
import type { Kpi, KpiTargetKind, MilestoneProgress, UnitKind } from './types.js';

/** A day or month: `YYYY-MM` or `YYYY-MM-DD`, as comparable numbers. @internal */
export interface LooseDate {
  readonly text: string;
  /** yyyymmdd of the first day it can mean. */
  readonly first: number;
  /** yyyymmdd of the last day it can mean. */
  readonly last: number;
}

/** A KPI checked and made ready for evaluation. @internal */
export interface CompiledKpi {
  readonly kpi: Kpi;
  readonly kind: KpiTargetKind;
  readonly higher: boolean;
  readonly unitKind: UnitKind;
  /** Baseline and final target, as given (not turned; turned in baselinePoint and targetPoint). */
  readonly baseline: Ratio | null;
  readonly target: Ratio | null;
  /** Path kinds: the fiscal year by whose end the target is due. */
  readonly deadline: FiscalYear | null;
  /** Where the straight line starts, in fiscal-year units: fy0 + k/n. */
  readonly fy0: number;
  readonly k: number;
  readonly n: number;
  /** Per-year targets as given. */
  readonly yearTargets: ReadonlyMap<number, Ratio>;
  readonly period: { readonly start: FiscalYear; readonly end: FiscalYear } | null;
  /** What the status rule needs of each fiscal year, found with one lookup. */
  readonly years: Map<number, Year>;
  /** The final target as a point, or null. */
  readonly targetPoint: Point | null;
  /** The baseline as a point, or null. */
  readonly baselinePoint: Point | null;
  readonly due: LooseDate | null;
}

/**
 * One fiscal year of a compiled KPI: the observed value and milestone state, the year's target,
 * and the straight line at its end (laid out for the KPI's period when it is compiled, for
 * other years when first asked).
 * @internal
 */
export interface Year {
  point: Point | undefined;
  milestone: MilestoneState | undefined;
  yearTarget: Point | undefined;
  line: Line | null | undefined;
}

/** The record of a fiscal year, made empty when it has none yet. */
function yearOf(years: Map<number, Year>, fy: number): Year {
  let year = years.get(fy);
  if (year === undefined) {
    year = { point: undefined, milestone: undefined, yearTarget: undefined, line: undefined };
    years.set(fy, year);
  }
  return year;
}

/**
 * A value ready for the status rule: as given, turned so that higher is better, and the double
 * nearest the turned value (see nearOf), which decides most comparisons without big integers.
 * @internal
 */
export interface Point {
  readonly value: Ratio;
  readonly turned: Ratio;
  readonly near: number;
}

/** The point of a value for a KPI whose better direction is `higher`. @internal */
export function pointOf(value: Ratio, higher: boolean): Point {
  const turned = higher ? value : neg(value);
  return { value, turned, near: nearOf(turned) };
}

/** A milestone state, checked, with its date read. @internal */
export type MilestoneState = MilestoneProgress & { readonly date: LooseDate | null };

/**
 * The straight line at one fiscal year: what the status rule reads, kept; the rest (expected,
 * step, elapsed) computed from u/v when a figure asks for it.
 * @internal
 */
export interface Line {
  /** What the year is judged against: the per-year target if set, else expected (turned). */
  readonly reference: Ratio;
  readonly referenceKind: 'year-target' | 'expected';
  /** reference + one year's worth of the line: at or beyond it, a KPI is a year ahead (the default rule). */
  readonly aheadAt: Ratio;
  /** The doubles nearest reference and aheadAt (see nearOf). */
  readonly referenceNear: number;
  readonly aheadAtNear: number;
  /** The line's time elapsed by the fiscal year's end, u of v (u ≤ v), in the KPI's units of time. */
  readonly u: number;
  readonly v: number;
}

const COUNTERS = new Set([
  '件',
  '団体',
  '施設',
  '園',
  '人',
  '名',
  '回',
  '手続',
  '業務',
  '校',
  '箇所',
  'か所',
  'ヶ所',
  '台',
  '本',
  '冊',
  '部',
  '者',
  '世帯',
  '事業',
  '課',
  '個',
]);
const MONEY = new Set(['円', '千円', '万円', '百万円', '億円', '¥']);

/**
 * What a unit measures, from its text: `%` is a percent, `円` (and 千円, 万円, 百万円, 億円)
 * money, Japanese counters such as 件, 団体, 施設, 人, 園, 回, 手続 counts, anything else a quantity.
 *
 * @param unit - the unit as written
 * @returns its kind
 *
 * @example
 * import { unitKindOf } from 'munikpi';
 * unitKindOf('%'); // 'percent'
 * unitKindOf('円'); // 'money'
 * unitKindOf('団体'); // 'count'
 * unitKindOf('t-CO2'); // 'quantity'
 */
export function unitKindOf(unit: string): UnitKind {
  if (typeof unit !== 'string') fail('INVALID_ARGUMENT', unit, 'is not a unit (text)');
  const u = unit.trim();
  if (u === '%' || u === '％' || u === 'ポイント') return u === 'ポイント' ? 'quantity' : 'percent';
  if (MONEY.has(u)) return 'money';
  return COUNTERS.has(u) ? 'count' : 'quantity';
}

const KINDS: readonly KpiTargetKind[] = [
  'level',
  'change',
  'rate',
  'annual',
  'count',
  'no-worse',
  'milestone',
  'monitor',
];
/** The unit kinds. @internal */
export const UNIT_KINDS: readonly UnitKind[] = ['percent', 'money', 'count', 'quantity'];
const PATH_KINDS = new Set<KpiTargetKind>(['level', 'change', 'rate']);

/** Whether a kind follows a straight line from baseline to target. @internal */
export function isPathKind(kind: KpiTargetKind): boolean {
  return PATH_KINDS.has(kind);
}

function bad(id: unknown, message: string, input: unknown): never {
  throw new MunikpiError('INVALID_KPI', `KPI ${quote(id)}: ${message}`, { input });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a `YYYY-MM-DD` date of a KPI; a bad one fails with the same code, its message led by
 * `what` (the KPI and field) so that the user learns where it is.
 */
function dateIn(text: unknown, what: Label): CalendarDate {
  try {
    return calendarDate(text as DateInput);
  } catch (error) {
    if (!(error instanceof MunikpiError)) throw error;
    throw new MunikpiError(error.code, `${typeof what === 'string' ? what : what()}: ${error.message}`, {
      input: text,
      cause: error,
    });
  }
}

/**
 * Reads `YYYY-MM` or `YYYY-MM-DD`.
 * @internal
 */
export function looseDate(text: unknown, what: Label): LooseDate {
  if (typeof text === 'string' && /^\d{4}-\d{2}$/.test(text)) {
    const year = Number(text.slice(0, 4));
    const month = Number(text.slice(5, 7));
    const d = calendarDate({ year, month, day: 1 });
    return {
      text,
      first: d.year * 10_000 + d.month * 100 + 1,
      last: d.year * 10_000 + d.month * 100 + daysInMonth(d.year, d.month),
    };
  }
  if (typeof text !== 'string') {
    throw new MunikpiError(
      'INVALID_DATE',
      `${typeof what === 'string' ? what : what()}: ${quote(text)} is not YYYY-MM or YYYY-MM-DD`,
      {
        input: text,
      },
    );
  }
  const d = dateIn(text, what);
  const key = d.year * 10_000 + d.month * 100 + d.day;
  return { text, first: key, last: key };
}

function fiscalYearArg(value: unknown, what: Label): FiscalYear {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1873 || value > 9998) {
    throw new MunikpiError(
      'INVALID_FISCAL_YEAR',
      `${typeof what === 'string' ? what : what()}: ${quote(value)} is not a fiscal year 1873..9998`,
      {
        input: value,
      },
    );
  }
  return value;
}

function checkSign(
  r: Ratio,
  unitKind: UnitKind,
  kind: KpiTargetKind,
  id: string,
  what: string,
  input: unknown,
) {
  if (r.num < 0n && (unitKind === 'money' || unitKind === 'count' || kind === 'count')) {
    throw new MunikpiError('NEGATIVE_VALUE', `KPI ${quote(id)}: ${what} ${quote(input)} is negative`, {
      input,
    });
  }
  if ((unitKind === 'count' || kind === 'count') && r.num % r.den !== 0n) {
    throw new MunikpiError(
      'NOT_AN_INTEGER',
      `KPI ${quote(id)}: ${what} ${quote(input)} is not a whole number`,
      {
        input,
      },
    );
  }
}

/**
 * Reads one value of a KPI (a baseline, a target, an actual) with the KPI's sign and
 * whole-number rules.
 * @internal
 */
export function readValue(
  c: Pick<CompiledKpi, 'unitKind' | 'kind' | 'kpi'>,
  input: unknown,
  what: Label,
): Ratio {
  const r = ratioOf(input, () => `KPI ${quote(c.kpi.id)}: ${typeof what === 'string' ? what : what()}`);
  if (r.num < 0n || r.den !== 1n)
    checkSign(r, c.unitKind, c.kind, c.kpi.id, typeof what === 'string' ? what : what(), input);
  return r;
}

/** Checks the observations and files each under its fiscal year: value (as a point), milestone state. */
function compileObservations(
  partial: Pick<CompiledKpi, 'unitKind' | 'kind' | 'kpi' | 'higher'>,
  list: unknown,
  years: Map<number, Year>,
): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) bad(partial.kpi.id, 'observations is not a list', list);
  const seen = new Set<number>();
  for (const obs of list as unknown[]) {
    if (!isRecord(obs)) bad(partial.kpi.id, 'an observation is not an object', obs);
    const fy = fiscalYearArg(obs.fiscalYear, () => `KPI ${quote(partial.kpi.id)}: observation fiscalYear`);
    if (seen.has(fy)) {
      throw new MunikpiError(
        'DUPLICATE_ID',
        `KPI ${quote(partial.kpi.id)}: two observations for fiscal year ${fy}`,
        {
          input: obs,
        },
      );
    }
    seen.add(fy);
    if (obs.value !== undefined) {
      const value = readValue(partial, obs.value, `observation for ${fy}`);
      yearOf(years, fy).point = pointOf(value, partial.higher);
    }
    if (obs.milestone !== undefined) yearOf(years, fy).milestone = milestoneOf(obs.milestone, partial.kpi.id);
    if (obs.asOf !== undefined) dateIn(obs.asOf, () => `KPI ${quote(partial.kpi.id)}: observation asOf`);
  }
}

/**
 * Checks a milestone state.
 * @internal
 */
export function milestoneOf(value: unknown, id: string): MilestoneState {
  if (!isRecord(value) || typeof value.done !== 'boolean') {
    bad(id, `${quote(value)} is not a milestone state { done, on? }`, value);
  }
  const date = value.on === undefined ? null : looseDate(value.on, () => `KPI ${quote(id)}: milestone date`);
  return { done: value.done, date, ...(typeof value.on === 'string' ? { on: value.on } : {}) };
}

/** The position in fiscal-year units where the baseline was taken. */
function baselineStart(
  kpi: Kpi,
  fiscalYearStart: FiscalYear | null,
): { fy0: number; k: number; n: number } | null {
  const b = kpi.baseline;
  if (b?.fiscalYear !== undefined)
    return { fy0: fiscalYearArg(b.fiscalYear, 'baseline.fiscalYear') + 1, k: 0, n: 1 };
  if (b?.asOf !== undefined) {
    const d = dateIn(b.asOf, () => `KPI ${quote(kpi.id)}: baseline.asOf`);
    const fy = fiscalYearOf(d);
    const first = epochDayOf(fy, 4, 1);
    const n = epochDayOf(fy + 1, 4, 1) - first;
    return { fy0: fy, k: epochDayOf(d.year, d.month, d.day) - first, n };
  }
  return fiscalYearStart === null ? null : { fy0: fiscalYearStart, k: 0, n: 1 };
}

const HUNDRED = ratio(100);
/** The year targets of every KPI that sets none, shared: a compiled KPI never changes them. */
const NO_YEAR_TARGETS: ReadonlyMap<number, Ratio> = new Map();

/**
 * Checks a KPI and compiles it. Throws for anything contradictory.
 * @internal
 */
export function compileKpi(kpi: Kpi): CompiledKpi {
  if (!isRecord(kpi)) {
    throw new MunikpiError('INVALID_KPI', `${quote(kpi)} is not a KPI object`, { input: kpi });
  }
  const id = kpi.id;
  if (typeof id !== 'string' || id.length === 0) bad(id, 'id must be non-empty text', kpi);
  if (typeof kpi.name !== 'string') bad(id, 'name must be text', kpi);
  if (typeof kpi.unit !== 'string') bad(id, 'unit must be text', kpi);
  const direction = kpi.direction ?? 'higher';
  if (direction !== 'higher' && direction !== 'lower')
    bad(id, `direction ${quote(direction)} is not higher or lower`, kpi);
  const higher = direction === 'higher';
  if (!isRecord(kpi.target) || !KINDS.includes(kpi.target.kind)) {
    bad(
      id,
      `target kind ${quote(isRecord(kpi.target) ? kpi.target.kind : kpi.target)} is not one of ${KINDS.join(', ')}`,
      kpi,
    );
  }
  const kind = kpi.target.kind;
  const unitKind = kpi.unitKind ?? unitKindOf(kpi.unit);
  if (!UNIT_KINDS.includes(unitKind))
    bad(id, `unitKind ${quote(unitKind)} is not one of ${UNIT_KINDS.join(', ')}`, kpi);
  const partial = { kpi, kind, unitKind, higher };

  let period: CompiledKpi['period'] = null;
  if (kpi.period !== undefined) {
    if (!isRecord(kpi.period)) bad(id, 'period is not { start, end }', kpi);
    const start = fiscalYearArg(kpi.period.start, () => `KPI ${quote(id)}: period.start`);
    const end = fiscalYearArg(kpi.period.end, () => `KPI ${quote(id)}: period.end`);
    if (end < start) bad(id, `period ${start}..${end} ends before it starts`, kpi);
    period = { start, end };
  }

  if (kpi.baseline !== undefined && !isRecord(kpi.baseline)) bad(id, 'baseline is not an object', kpi);
  const baseline =
    kpi.baseline?.value === undefined ? null : readValue(partial, kpi.baseline.value, 'baseline');

  const t = kpi.target;
  let target: Ratio | null = null;
  let deadline: FiscalYear | null = null;
  let due: LooseDate | null = null;
  switch (t.kind) {
    case 'level':
      target = readValue(partial, t.value, 'target');
      break;
    case 'change': {
      const amount = ratioOf(t.amount, () => `KPI ${quote(id)}: target amount`);
      if (amount.num <= 0n)
        bad(id, `the change ${quote(t.amount)} must be above 0 (direction says which way)`, kpi);
      if (baseline !== null) target = higher ? add(baseline, amount) : sub(baseline, amount);
      break;
    }
    case 'rate': {
      const percent = ratioOf(t.percent, () => `KPI ${quote(id)}: target percent`);
      if (percent.num <= 0n)
        bad(id, `the rate ${quote(t.percent)} must be above 0 (direction says which way)`, kpi);
      if (baseline !== null) {
        const factor = div(percent, HUNDRED);
        target = higher ? add(baseline, mul(baseline, factor)) : sub(baseline, mul(baseline, factor));
      }
      break;
    }
    case 'annual':
    case 'count':
      target = readValue(partial, t.value, 'target');
      break;
    case 'milestone':
      due = looseDate(t.due, () => `KPI ${quote(id)}: due`);
      break;
    default:
      break;
  }
  if (target !== null && target.num < 0n && (unitKind === 'money' || unitKind === 'count')) {
    throw new MunikpiError('NEGATIVE_VALUE', `KPI ${quote(id)}: the target works out below zero`, {
      input: kpi,
    });
  }

  const path = PATH_KINDS.has(kind);
  let start = { fy0: 0, k: 0, n: 1 };
  if (path) {
    const by = (t as { by?: FiscalYear }).by;
    deadline =
      by !== undefined
        ? fiscalYearArg(by, () => `KPI ${quote(id)}: target.by`)
        : period === null
          ? null
          : period.end;
    if (deadline === null) bad(id, 'a level, change or rate target needs target.by or a period', kpi);
    if (baseline !== null && target !== null) {
      const c = cmp(target, baseline);
      if (c === 0) {
        throw new MunikpiError(
          'TARGET_EQUALS_BASELINE',
          `KPI ${quote(id)}: the target equals the baseline, so progress would divide by zero`,
          { input: kpi },
        );
      }
      if (c > 0 !== higher) bad(id, `the target moves the wrong way for ${direction} is better`, kpi);
      const s = baselineStart(kpi, period === null ? null : period.start);
      if (s === null) bad(id, 'the baseline needs asOf, fiscalYear or a KPI period to pace the target', kpi);
      if ((deadline + 1 - s.fy0) * s.n - s.k <= 0)
        bad(id, `the deadline ${deadline} is before the baseline`, kpi);
      start = s;
    }
  }

  let yearTargets = NO_YEAR_TARGETS;
  if (kpi.yearTargets !== undefined) {
    const given = new Map<number, Ratio>();
    yearTargets = given;
    if (!isRecord(kpi.yearTargets)) bad(id, 'yearTargets is not an object keyed by fiscal year', kpi);
    const keys = Object.keys(kpi.yearTargets).sort();
    let previous: Ratio | null = null;
    for (const key of keys) {
      const fy = /^\d{4}$/.test(key) ? Number(key) : Number.NaN;
      fiscalYearArg(fy, () => `KPI ${quote(id)}: yearTargets key ${quote(key)}`);
      const value = readValue(partial, kpi.yearTargets[key], `year target for ${key}`);
      const o = higher ? value : neg(value);
      const oBase = baseline === null ? null : higher ? baseline : neg(baseline);
      if (path && ((oBase !== null && cmp(o, oBase) < 0) || (previous !== null && cmp(o, previous) < 0))) {
        throw new MunikpiError(
          'YEAR_TARGET_WRONG_DIRECTION',
          `KPI ${quote(id)}: the target for ${key} (${quote(kpi.yearTargets[key])}) moves away from the final target`,
          { input: kpi.yearTargets },
        );
      }
      previous = o;
      given.set(fy, value);
    }
  }

  const years = new Map<number, Year>();
  compileObservations(partial, kpi.observations, years);
  for (const [fy, value] of yearTargets) yearOf(years, fy).yearTarget = pointOf(value, higher);

  // The fields the status rule reads come first, close together in memory.
  const c: CompiledKpi = {
    kpi,
    years,
    kind,
    higher,
    targetPoint: target === null ? null : pointOf(target, higher),
    deadline,
    period,
    unitKind,
    baseline,
    target,
    fy0: start.fy0,
    k: start.k,
    n: start.n,
    yearTargets,
    baselinePoint: baseline === null ? null : pointOf(baseline, higher),
    due,
  };
  // The line in every year that can be evaluated (the KPI's period, else from the baseline to the
  // deadline), prepared once for every evaluation.
  if (c.baselinePoint !== null && c.targetPoint !== null && c.deadline !== null) {
    const first = period === null ? c.fy0 - 1 : Math.max(period.start, c.fy0 - 1);
    const last = period === null ? c.deadline : period.end;
    if (last - first < 100) for (let fy = first; fy <= last; fy++) if (!beforeBaseline(c, fy)) lineAt(c, fy);
  }
  return c;
}

/** Where a KPI munikpi seals keeps its compiled form: a hidden, non-enumerable property. */
const COMPILED = Symbol('munikpi.compiled');
/** The compiled forms of KPIs that were already frozen at the top when munikpi sealed them. */
const sealedForms = new WeakMap<Kpi, CompiledKpi>();

/**
 * Deep-freezes KPIs by `seal` and keeps their compiled forms, for defineKpi, definePlan and
 * parsePlan: only a KPI munikpi itself froze all the way down can be trusted not to change, so
 * only those are compiled once. The form is kept on the KPI under a private symbol (the fastest
 * lookup there is) before `seal` freezes it, and taken off again if `seal` fails; a KPI the
 * caller had frozen at the top is noted in a WeakMap once `seal` has frozen it below.
 * @internal
 */
export function sealCompiled<T>(forms: readonly CompiledKpi[], seal: () => T): T {
  const marked: Kpi[] = [];
  for (const c of forms) {
    const kpi = c.kpi;
    if (Object.isExtensible(kpi) && !Object.hasOwn(kpi, COMPILED)) {
      Object.defineProperty(kpi, COMPILED, { value: c, configurable: true });
      marked.push(kpi);
    }
  }
  let sealed: T;
  try {
    sealed = seal();
  } catch (error) {
    for (const kpi of marked) delete (kpi as { [COMPILED]?: CompiledKpi })[COMPILED];
    throw error;
  }
  for (const c of forms) {
    if (!Object.hasOwn(c.kpi, COMPILED) && Object.isFrozen(c.kpi)) sealedForms.set(c.kpi, c);
  }
  return sealed;
}

/**
 * The compiled form of a KPI: kept for a KPI munikpi sealed (defineKpi, definePlan, parsePlan,
 * the bundled data), made afresh for any other, even one frozen at the top, since what it holds
 * may have changed.
 * @internal
 */
export function compiled(kpi: Kpi): CompiledKpi {
  if (typeof kpi !== 'object' || kpi === null) return compileKpi(kpi);
  const own = (kpi as { [COMPILED]?: CompiledKpi })[COMPILED];
  // The kpi check refuses a form inherited from a sealed KPI used as a prototype.
  if (own !== undefined && own.kpi === kpi) return own;
  return sealedForms.get(kpi) ?? compileKpi(kpi);
}

/**
 * The straight line at a fiscal year, or null when the KPI has no line (no baseline value).
 * @internal
 */
export function lineAt(c: CompiledKpi, fy: FiscalYear): Line | null {
  const cached = c.years.get(fy)?.line;
  if (cached !== undefined) return cached;
  if (c.baselinePoint === null || c.targetPoint === null || c.deadline === null) return null;
  const v = (c.deadline + 1 - c.fy0) * c.n - c.k;
  const u = Math.min(Math.max((fy + 1 - c.fy0) * c.n - c.k, 0), v);
  const span = spanOf(c);
  const yt = c.years.get(fy)?.yearTarget;
  const reference = yt === undefined ? expectedOn(c, span, u, v) : yt.turned;
  const aheadAt = add(reference, stepOn(c, span, v));
  const line: Line = {
    reference,
    referenceKind: yt === undefined ? 'expected' : 'year-target',
    aheadAt,
    referenceNear: nearOf(reference),
    aheadAtNear: nearOf(aheadAt),
    u,
    v,
  };
  yearOf(c.years, fy).line = line;
  return line;
}

/** The whole rise of the line, target − baseline (turned); a KPI with a line has both. */
function spanOf(c: CompiledKpi): Ratio {
  return sub((c.targetPoint as Point).turned, (c.baselinePoint as Point).turned);
}

/** The value on the line (turned) after u of its v units of time. */
function expectedOn(c: CompiledKpi, span: Ratio, u: number, v: number): Ratio {
  return add((c.baselinePoint as Point).turned, mul(span, ratio(u, v)));
}

/** One year's worth of the line (turned). */
function stepOn(c: CompiledKpi, span: Ratio, v: number): Ratio {
  return mul(span, ratio(c.n, v));
}

/**
 * The expected value at the fiscal year's end (turned).
 * @internal
 */
export function lineExpected(c: CompiledKpi, line: Line): Ratio {
  return line.referenceKind === 'expected' ? line.reference : expectedOn(c, spanOf(c), line.u, line.v);
}

/**
 * One year's worth of the line (turned).
 * @internal
 */
export function lineStep(c: CompiledKpi, line: Line): Ratio {
  return stepOn(c, spanOf(c), line.v);
}

/**
 * The share of the line's time elapsed by the fiscal year's end, 0..1.
 * @internal
 */
export function lineElapsed(line: Line): Ratio {
  return ratio(line.u, line.v);
}

/**
 * Whether the end of a fiscal year lies before the baseline was taken.
 * @internal
 */
export function beforeBaseline(c: CompiledKpi, fy: FiscalYear): boolean {
  return c.baselinePoint !== null && c.targetPoint !== null && (fy + 1 - c.fy0) * c.n - c.k < 0;
}
