/*
 * Checks a KPI once at the public door and turns it into the form the hot path uses: every
 * figure read exactly, values turned so that "higher is better" always holds, the straight
 * line from baseline to target laid out in fiscal-year units.
 */

import { type ErrorText, errorOf, fail, quote } from '../core/errors.js';
import { add, cmp, div, type Label, mul, type Ratio, ratio, ratioOf, sub } from '../core/exact.js';
import {
  baselineNeedsTime,
  baselineNotObject,
  changeNotAboveZero,
  deadlineBeforeBaseline,
  kpiFieldNotText,
  kpiIdEmpty,
  kpiPeriodBackwards,
  kpiUnitKind,
  kpiValueNegative,
  kpiValueNotWhole,
  notADirection,
  notAKpi,
  notAMilestoneState,
  notATargetKind,
  notAUnit,
  observationNotObject,
  observationsNotList,
  periodNotObject,
  rateNotAboveZero,
  targetBelowZero,
  targetEqualsBaseline,
  targetNeedsDeadline,
  targetWrongWay,
  twoObservations,
} from '../core/messages/errors-en.js';
import type { FiscalYear } from '../fiscal/index.js';
import {
  baselineStartOf,
  dateIn,
  deadlineOf,
  dueOf,
  fiscalYearArg,
  isPathKind,
  type KpiTimeline,
  layOutLine,
  lineHasLength,
  looseDate,
  type MilestoneState,
  pointOf,
  type Year,
  yearOf,
  yearTargetsOf,
} from './timeline.js';
import type { Kpi, KpiTargetKind, UnitKind } from './types.js';

/** A KPI checked and made ready for evaluation: its timeline, and what else the status rule reads. @internal */
export interface CompiledKpi extends KpiTimeline {
  readonly kpi: Kpi;
  readonly kind: KpiTargetKind;
  readonly unitKind: UnitKind;
  /** Baseline and final target, as given (not turned; turned in baselinePoint and targetPoint). */
  readonly baseline: Ratio | null;
  readonly target: Ratio | null;
  readonly period: { readonly start: FiscalYear; readonly end: FiscalYear } | null;
  /** A level target equal to its baseline: a level to hold (維持), judged against it every year. */
  readonly maintain: boolean;
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
  if (typeof unit !== 'string') fail('INVALID_ARGUMENT', { notAUnit }, { input: unit });
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

function bad<P extends { id: unknown }>(text: ErrorText<P>, params: P, input: unknown): never {
  return fail('INVALID_KPI', text, params, { input });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
    throw errorOf('NEGATIVE_VALUE', { kpiValueNegative }, { id, what, input });
  }
  if ((unitKind === 'count' || kind === 'count') && r.num % r.den !== 0n) {
    throw errorOf('NOT_AN_INTEGER', { kpiValueNotWhole }, { id, what, input });
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
  if (!Array.isArray(list)) bad({ observationsNotList }, { id: partial.kpi.id }, list);
  const seen = new Set<number>();
  for (const obs of list as unknown[]) {
    if (!isRecord(obs)) bad({ observationNotObject }, { id: partial.kpi.id }, obs);
    const fy = fiscalYearArg(obs.fiscalYear, () => `KPI ${quote(partial.kpi.id)}: observation fiscalYear`);
    if (seen.has(fy)) {
      throw errorOf(
        'DUPLICATE_ID',
        { twoObservations },
        { id: partial.kpi.id, fiscalYear: fy },
        { input: obs },
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
    bad({ notAMilestoneState }, { id, input: value }, value);
  }
  const date = value.on === undefined ? null : looseDate(value.on, () => `KPI ${quote(id)}: milestone date`);
  return { done: value.done, date, ...(typeof value.on === 'string' ? { on: value.on } : {}) };
}

const HUNDRED = ratio(100);

/**
 * Checks a KPI and compiles it. Throws for anything contradictory.
 * @internal
 */
export function compileKpi(kpi: Kpi): CompiledKpi {
  if (!isRecord(kpi)) {
    throw errorOf('INVALID_KPI', { notAKpi }, { input: kpi });
  }
  const id = kpi.id;
  if (typeof id !== 'string' || id.length === 0) bad({ kpiIdEmpty }, { id }, kpi);
  if (typeof kpi.name !== 'string') bad({ kpiFieldNotText }, { id, field: 'name' }, kpi);
  if (typeof kpi.unit !== 'string') bad({ kpiFieldNotText }, { id, field: 'unit' }, kpi);
  const direction = kpi.direction ?? 'higher';
  if (direction !== 'higher' && direction !== 'lower') bad({ notADirection }, { id, direction }, kpi);
  const higher = direction === 'higher';
  if (!isRecord(kpi.target) || !KINDS.includes(kpi.target.kind)) {
    bad(
      { notATargetKind },
      { id, kind: isRecord(kpi.target) ? kpi.target.kind : kpi.target, kinds: KINDS },
      kpi,
    );
  }
  const kind = kpi.target.kind;
  const unitKind = kpi.unitKind ?? unitKindOf(kpi.unit);
  if (!UNIT_KINDS.includes(unitKind)) bad({ kpiUnitKind }, { id, unitKind, kinds: UNIT_KINDS }, kpi);
  const partial = { kpi, kind, unitKind, higher };

  let period: CompiledKpi['period'] = null;
  if (kpi.period !== undefined) {
    if (!isRecord(kpi.period)) bad({ periodNotObject }, { id }, kpi);
    const start = fiscalYearArg(kpi.period.start, () => `KPI ${quote(id)}: period.start`);
    const end = fiscalYearArg(kpi.period.end, () => `KPI ${quote(id)}: period.end`);
    if (end < start) bad({ kpiPeriodBackwards }, { id, start, end }, kpi);
    period = { start, end };
  }

  if (kpi.baseline !== undefined && !isRecord(kpi.baseline)) bad({ baselineNotObject }, { id }, kpi);
  const baseline =
    kpi.baseline?.value === undefined ? null : readValue(partial, kpi.baseline.value, 'baseline');

  const t = kpi.target;
  let target: Ratio | null = null;
  switch (t.kind) {
    case 'level':
    case 'annual':
    case 'count':
      target = readValue(partial, t.value, 'target');
      break;
    case 'change': {
      const amount = ratioOf(t.amount, () => `KPI ${quote(id)}: target amount`);
      if (amount.num <= 0n) bad({ changeNotAboveZero }, { id, amount: t.amount }, kpi);
      if (baseline !== null) target = higher ? add(baseline, amount) : sub(baseline, amount);
      break;
    }
    case 'rate': {
      const percent = ratioOf(t.percent, () => `KPI ${quote(id)}: target percent`);
      if (percent.num <= 0n) bad({ rateNotAboveZero }, { id, percent: t.percent }, kpi);
      if (baseline !== null) {
        const factor = div(percent, HUNDRED);
        target = higher ? add(baseline, mul(baseline, factor)) : sub(baseline, mul(baseline, factor));
      }
      break;
    }
    default:
      break;
  }
  if (target !== null && target.num < 0n && (unitKind === 'money' || unitKind === 'count')) {
    throw errorOf('NEGATIVE_VALUE', { targetBelowZero }, { id }, { input: kpi });
  }

  const path = isPathKind(kind);
  const deadline = deadlineOf(kpi, period);
  if (path && deadline === null) bad({ targetNeedsDeadline }, { id }, kpi);
  const start = baselineStartOf(kpi, period);
  const baselinePoint = baseline === null ? null : pointOf(baseline, higher);
  const maintain = kind === 'level' && baseline !== null && target !== null && cmp(target, baseline) === 0;
  if (path && baseline !== null && target !== null && !maintain) {
    const c = cmp(target, baseline);
    if (c === 0) {
      throw errorOf('TARGET_EQUALS_BASELINE', { targetEqualsBaseline }, { id }, { input: kpi });
    }
    if (c > 0 !== higher) bad({ targetWrongWay }, { id, direction }, kpi);
    if (start === null) bad({ baselineNeedsTime }, { id }, kpi);
  }
  const yearTargets = yearTargetsOf(
    kpi,
    path,
    baselinePoint,
    (input, what) => readValue(partial, input, what),
    higher,
  );

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
    start,
    yearTargets,
    baselinePoint,
    due: t.kind === 'milestone' ? dueOf(t.due, () => `KPI ${quote(id)}: due`) : null,
    maintain,
  };
  if (!lineHasLength(c)) bad({ deadlineBeforeBaseline }, { id, deadline }, kpi);
  layOutLine(c, period);
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
 * A KPI's timeline (baseline point, deadline, due date, line, year targets), checked: what
 * suggestions and charts read of its time, the same as evaluation reads.
 * @internal
 */
export function timelineOf(kpi: Kpi): KpiTimeline {
  return compiled(kpi);
}
