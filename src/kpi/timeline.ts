/*
 * A KPI's timeline, worked out in one place: where its baseline was taken, by when its target
 * is due (the deadline of a path, the due date of a milestone), its year targets, and the
 * straight line from baseline to target at the end of each fiscal year. Evaluation, suggestions
 * and charts all read it from the compiled KPI.
 *
 * Time is counted in fiscal-year units: 2021 is the first day of FY2021 (2021-04-01), 2022 the
 * day after its last. A point in time is kept exactly, as fy0 + k/n (k days into a fiscal year
 * of n days), so that the line's figures stay exact.
 */

import { errorOf, MunikpiError, quote } from '../core/errors.js';
import { add, cmp, type Label, mul, nearOf, neg, type Ratio, ratio, sub } from '../core/exact.js';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN, isFiscalYearNumber } from '../core/limits.js';
import {
  inField,
  notAFiscalYearFor,
  notLooseDate,
  yearTargetsNotObject,
  yearTargetWrongWay,
} from '../core/messages/errors-en.js';
import {
  type CalendarDate,
  calendarDate,
  type DateInput,
  daysInMonth,
  epochDayOf,
  storedDate,
} from '../era/calendar-date.js';
import { type FiscalYear, fiscalYearOf } from '../fiscal/index.js';
import type { Kpi, KpiTargetKind, MilestoneProgress } from './types.js';

/** A day or month: `YYYY-MM` or `YYYY-MM-DD`, as comparable numbers. @internal */
export interface LooseDate {
  readonly text: string;
  /** yyyymmdd of the first day it can mean. */
  readonly first: number;
  /** yyyymmdd of the last day it can mean. */
  readonly last: number;
}

/** A milestone's due date, and where its last day ends in fiscal-year units. @internal */
export interface Due extends LooseDate {
  readonly at: number;
}

/** A point in time in fiscal-year units, exactly: fy0 + k/n. @internal */
export interface Position {
  readonly fy0: number;
  readonly k: number;
  readonly n: number;
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

/**
 * One fiscal year of a KPI: the observed value and milestone state, the year's target, and the
 * straight line at its end (laid out for the KPI's period when it is compiled, for other years
 * when first asked).
 * @internal
 */
export interface Year {
  point: Point | undefined;
  milestone: MilestoneState | undefined;
  yearTarget: Point | undefined;
  line: Line | null | undefined;
}

/** The record of a fiscal year, made empty when it has none yet. @internal */
export function yearOf(years: Map<number, Year>, fy: number): Year {
  let year = years.get(fy);
  if (year === undefined) {
    year = { point: undefined, milestone: undefined, yearTarget: undefined, line: undefined };
    years.set(fy, year);
  }
  return year;
}

/** A KPI's timeline: what evaluation, suggestions and charts read of its time. @internal */
export interface KpiTimeline {
  readonly higher: boolean;
  /** The baseline and final target as points, or null. */
  readonly baselinePoint: Point | null;
  readonly targetPoint: Point | null;
  /** Where the baseline was taken, or null without a baseline value or anything to date it by. */
  readonly start: Position | null;
  /** Path kinds: the fiscal year by whose end the target is due (target.by, else period.end). */
  readonly deadline: FiscalYear | null;
  /** Milestones: when it is due. */
  readonly due: Due | null;
  /** Per-year targets as given. */
  readonly yearTargets: ReadonlyMap<number, Ratio>;
  /** What each fiscal year holds, found with one lookup; lines are added as they are laid out. */
  readonly years: Map<number, Year>;
}

const PATH_KINDS = new Set<KpiTargetKind>(['level', 'change', 'rate']);

/** Whether a kind follows a straight line from baseline to target. @internal */
export function isPathKind(kind: KpiTargetKind): boolean {
  return PATH_KINDS.has(kind);
}

/** The text of a label. */
function say(what: Label): string {
  return typeof what === 'string' ? what : what();
}

/** Checks a fiscal year of a KPI, its message led by `what`. @internal */
export function fiscalYearArg(value: unknown, what: Label): FiscalYear {
  if (!isFiscalYearNumber(value)) {
    throw errorOf(
      'INVALID_FISCAL_YEAR',
      { notAFiscalYearFor },
      { what: say(what), input: value, min: FISCAL_YEAR_MIN, max: FISCAL_YEAR_MAX },
    );
  }
  return value;
}

/**
 * Reads a `YYYY-MM-DD` date of a KPI; a bad one fails with the same code, its message led by
 * `what` (the KPI and field) so that the user learns where it is.
 * @internal
 */
export function dateIn(text: unknown, what: Label): CalendarDate {
  try {
    // Plan data keeps YYYY-MM-DD, as its schema does; YYYY/MM/DD is for the date functions.
    return storedDate(text as DateInput);
  } catch (error) {
    if (!(error instanceof MunikpiError)) throw error;
    throw errorOf(
      error.code,
      { inField },
      { what: say(what), message: error.message, inner: error.detail },
      { input: text, cause: error },
    );
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
    throw errorOf('INVALID_DATE', { notLooseDate }, { what: say(what), input: text });
  }
  const d = dateIn(text, what);
  const key = d.year * 10_000 + d.month * 100 + d.day;
  return { text, first: key, last: key };
}

/** The start of a day, in fiscal-year units. */
function startOfDay(year: number, month: number, day: number): Position {
  const fy = fiscalYearOf(calendarDate({ year, month, day }));
  const first = epochDayOf(fy, 4, 1);
  return { fy0: fy, k: epochDayOf(year, month, day) - first, n: epochDayOf(fy + 1, 4, 1) - first };
}

/** A position as a number, for drawing. @internal */
export function positionAt(p: Position): number {
  return p.fy0 + p.k / p.n;
}

/**
 * When a milestone is due: the end of its due day, or of the last day of its due month.
 * @internal
 */
export function dueOf(text: unknown, what: Label): Due {
  const date = looseDate(text, what);
  const last = date.last;
  const y = Math.floor(last / 10_000);
  const m = Math.floor(last / 100) % 100;
  // The end of a fiscal year's last day is the end of that year, not the start of the next.
  const p = startOfDay(y, m, last % 100);
  return { ...date, at: p.fy0 + (p.k + 1) / p.n };
}

/**
 * Where a KPI's baseline was taken: the end of its `fiscalYear`; its `asOf` day, where a 年度末
 * (31 March) is the end of that fiscal year, the same point as the next 1 April; else the start of
 * the KPI's period. Null without a baseline value or any of these.
 * @internal
 */
export function baselineStartOf(kpi: Kpi, period: { readonly start: FiscalYear } | null): Position | null {
  const b = kpi.baseline;
  if (b?.value === undefined) return null;
  if (b.fiscalYear !== undefined) {
    return {
      fy0: fiscalYearArg(b.fiscalYear, () => `KPI ${quote(kpi.id)}: baseline.fiscalYear`) + 1,
      k: 0,
      n: 1,
    };
  }
  if (b.asOf !== undefined) {
    const d = dateIn(b.asOf, () => `KPI ${quote(kpi.id)}: baseline.asOf`);
    if (d.month === 3 && d.day === 31) return { fy0: d.year, k: 0, n: 1 };
    return startOfDay(d.year, d.month, d.day);
  }
  return period === null ? null : { fy0: period.start, k: 0, n: 1 };
}

/**
 * The deadline of a path target: `target.by`, else the end of the KPI's period; null for other
 * kinds, and for a path with neither.
 * @internal
 */
export function deadlineOf(kpi: Kpi, period: { readonly end: FiscalYear } | null): FiscalYear | null {
  if (!isPathKind(kpi.target.kind)) return null;
  const by = (kpi.target as { by?: FiscalYear }).by;
  if (by !== undefined) return fiscalYearArg(by, () => `KPI ${quote(kpi.id)}: target.by`);
  return period === null ? null : period.end;
}

/** The KPI's year targets when it sets none, shared: a timeline never changes them. */
const NO_YEAR_TARGETS: ReadonlyMap<number, Ratio> = new Map();

/**
 * Reads a KPI's year targets, in order of year, each by `read` (the KPI's value rules); on a
 * path each must lie between the baseline and the final target, moving towards it.
 * @internal
 */
export function yearTargetsOf(
  kpi: Kpi,
  path: boolean,
  baseline: Point | null,
  read: (input: unknown, what: string) => Ratio,
  higher: boolean,
): ReadonlyMap<number, Ratio> {
  const given = kpi.yearTargets;
  if (given === undefined) return NO_YEAR_TARGETS;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw errorOf('INVALID_KPI', { yearTargetsNotObject }, { id: kpi.id }, { input: kpi });
  }
  const targets = new Map<number, Ratio>();
  let previous: Ratio | null = null;
  for (const key of Object.keys(given).sort()) {
    const fy = fiscalYearArg(
      /^\d{4}$/.test(key) ? Number(key) : Number.NaN,
      () => `KPI ${quote(kpi.id)}: yearTargets key ${quote(key)}`,
    );
    const value = read(given[key], `year target for ${key}`);
    const turned = higher ? value : neg(value);
    if (
      path &&
      ((baseline !== null && cmp(turned, baseline.turned) < 0) ||
        (previous !== null && cmp(turned, previous) < 0))
    ) {
      throw errorOf(
        'YEAR_TARGET_WRONG_DIRECTION',
        { yearTargetWrongWay },
        { id: kpi.id, year: key, value: given[key] },
        { input: given },
      );
    }
    previous = turned;
    targets.set(fy, value);
  }
  return targets;
}

/**
 * Where the straight line from baseline to target starts, or null when the KPI has none (not a
 * path, or no baseline value or target).
 * @internal
 */
export function lineStart(t: KpiTimeline): Position | null {
  return t.baselinePoint === null || t.targetPoint === null || t.deadline === null ? null : t.start;
}

/** The line's time elapsed by the end of a fiscal year, in its units of time (may be < 0 or > v). */
function elapsedBy(s: Position, fy: FiscalYear): number {
  return (fy + 1 - s.fy0) * s.n - s.k;
}

/**
 * Whether the end of a fiscal year lies before the baseline was taken.
 * @internal
 */
export function beforeBaseline(t: KpiTimeline, fy: FiscalYear): boolean {
  const s = lineStart(t);
  return s !== null && elapsedBy(s, fy) < 0;
}

/**
 * Whether a path's deadline ends after its baseline was taken, so that its line has a length.
 * @internal
 */
export function lineHasLength(t: KpiTimeline): boolean {
  const s = lineStart(t);
  return s === null || elapsedBy(s, t.deadline as FiscalYear) > 0;
}

/**
 * The straight line at a fiscal year, or null when the KPI has no line.
 * @internal
 */
export function lineAt(t: KpiTimeline, fy: FiscalYear): Line | null {
  const cached = t.years.get(fy)?.line;
  if (cached !== undefined) return cached;
  const s = lineStart(t);
  if (s === null) return null;
  const v = elapsedBy(s, t.deadline as FiscalYear);
  const u = Math.min(Math.max(elapsedBy(s, fy), 0), v);
  const span = spanOf(t);
  const yt = t.years.get(fy)?.yearTarget;
  const reference = yt === undefined ? expectedOn(t, span, u, v) : yt.turned;
  const aheadAt = add(reference, stepOn(s, span, v));
  const line: Line = {
    reference,
    referenceKind: yt === undefined ? 'expected' : 'year-target',
    aheadAt,
    referenceNear: nearOf(reference),
    aheadAtNear: nearOf(aheadAt),
    u,
    v,
  };
  yearOf(t.years, fy).line = line;
  return line;
}

/**
 * Lays out the line in every year that can be evaluated (the KPI's period, else from the
 * baseline to the deadline), once, for every evaluation to read.
 * @internal
 */
export function layOutLine(
  t: KpiTimeline,
  period: { readonly start: FiscalYear; readonly end: FiscalYear } | null,
): void {
  const s = lineStart(t);
  if (s === null) return;
  const first = period === null ? s.fy0 - 1 : Math.max(period.start, s.fy0 - 1);
  const last = period === null ? (t.deadline as FiscalYear) : period.end;
  if (last - first < 100) for (let fy = first; fy <= last; fy++) if (!beforeBaseline(t, fy)) lineAt(t, fy);
}

/** The whole rise of the line, target − baseline (turned); a KPI with a line has both. */
function spanOf(t: KpiTimeline): Ratio {
  return sub((t.targetPoint as Point).turned, (t.baselinePoint as Point).turned);
}

/** The value on the line (turned) after u of its v units of time. */
function expectedOn(t: KpiTimeline, span: Ratio, u: number, v: number): Ratio {
  return add((t.baselinePoint as Point).turned, mul(span, ratio(u, v)));
}

/** One year's worth of the line (turned). */
function stepOn(s: Position, span: Ratio, v: number): Ratio {
  return mul(span, ratio(s.n, v));
}

/**
 * The expected value at the fiscal year's end (turned).
 * @internal
 */
export function lineExpected(t: KpiTimeline, line: Line): Ratio {
  return line.referenceKind === 'expected' ? line.reference : expectedOn(t, spanOf(t), line.u, line.v);
}

/**
 * One year's worth of the line (turned).
 * @internal
 */
export function lineStep(t: KpiTimeline, line: Line): Ratio {
  return stepOn(lineStart(t) as Position, spanOf(t), line.v);
}

/**
 * The share of the line's time elapsed by the fiscal year's end, 0..1.
 * @internal
 */
export function lineElapsed(line: Line): Ratio {
  return ratio(line.u, line.v);
}
