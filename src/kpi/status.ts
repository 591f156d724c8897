/*
 * The status rule, written once: a pure function from the facts of a KPI-year (its actual,
 * what it is judged against, the line) to one record (status, reference, met, year target met,
 * notes). evaluateKpi, the status-only path of audits and suggestions, and milestones all use it.
 */

import type { DecimalInput } from '../core/decimal.js';
import { errorOf } from '../core/errors.js';
import { add, cmp, cmpNear, div, mul, nearOf, neg, type Ratio, ratio, sub } from '../core/exact.js';
import { actualNotANumber, needsBaselineValue } from '../core/messages/errors-en.js';
import type { KpiNoteWords } from '../core/messages/index.js';
import type { FiscalYear } from '../fiscal/index.js';
import { type CompiledKpi, milestoneOf, readValue } from './compile.js';
import { type Line, lineAt, lineStep, type MilestoneState, type Point, pointOf } from './timeline.js';
import type { MilestoneProgress } from './types.js';

/**
 * How a KPI stands in a fiscal year, worst first:
 * - `worse`: only with a `change` tolerance: not met, and worse than the baseline by more than
 *   the tolerance (健康日本21 D 悪化している);
 * - `unchanged`: only with a `change` tolerance: not met, and within the tolerance of the
 *   baseline (健康日本21 C 変わらない, 長与町 B 同水準);
 * - `behind`: worse than the year's reference (the per-year target, else the straight line
 *   from baseline to target) by more than the tolerance, or the deadline passed unmet;
 * - `on-track`: at the reference, or within the tolerance below it;
 * - `ahead`: at least `aheadMargin` of a year's pace beyond the reference (by default a whole
 *   year ahead of the line);
 * - `achieved`: the target is met (for annual, count, no-worse and 維持 targets: this year's);
 * - `not-judgeable`: an actual, but nothing to judge it against (no line and no year target; no
 *   previous year for a no-worse target) (健康日本21 E 評価困難);
 * - `no-data`: no actual for the year;
 * - `untargeted`: a monitored indicator with no target.
 */
export type KpiStatus =
  | 'behind'
  | 'on-track'
  | 'ahead'
  | 'achieved'
  | 'no-data'
  | 'untargeted'
  | 'unchanged'
  | 'worse'
  | 'not-judgeable';

/** What a status was judged against. */
export type KpiReference = 'year-target' | 'expected' | 'target' | 'previous' | 'due' | null;

/** The thresholds of the rule, exact: how far below the reference is on track, how far beyond ahead. @internal */
export interface StatusThresholds {
  /** How far below the reference still counts as on-track, in the KPI's unit. */
  readonly tolerance: Ratio;
  /** How many years' pace beyond the reference counts as ahead. */
  readonly margin: Ratio;
  /** The band around the baseline that is `unchanged` (beyond it towards worse: `worse`), or null. */
  readonly change: ChangeBand | null;
}

/** A change tolerance, exact: how far worse and better than the baseline is unchanged. @internal */
export interface ChangeBand {
  readonly measure: 'percent' | 'points';
  readonly worse: Ratio;
  readonly better: Ratio;
}

const ZERO = ratio(0);
const ONE = ratio(1);

/** The documented defaults: no tolerance, a whole year's pace ahead. @internal */
export const DEFAULT_THRESHOLDS: StatusThresholds = { tolerance: ZERO, margin: ONE, change: null };

/** What the rule reads of one KPI-year. @internal */
export interface KpiFacts {
  /** The actual, given or observed. */
  readonly actual: Point | null;
  /** The target that applies this year: for annual and count targets the year's own, if set. */
  readonly target: Point | null;
  readonly yearTarget: Point | null;
  /** For no-worse targets: the previous year's actual. */
  readonly previous: Point | null;
  /** For path targets: the straight line at the year's end. */
  readonly line: Line | null;
  /** For milestones: the state. */
  readonly milestone: MilestoneState | null;
}

/** What the rule finds: one record. @internal */
export interface KpiJudgement {
  readonly status: KpiStatus;
  readonly reference: KpiReference;
  readonly met: boolean | null;
  readonly yearTargetMet: boolean | null;
  readonly notes: readonly KpiNote[];
}

/** A remark on a judgement, worded in a language on demand. @internal */
export type KpiNote = (words: KpiNoteWords) => string;

/** The actual for a year as given to evaluateKpi: absent (observed), null (no data), a value or a state. @internal */
export interface FactsInput {
  readonly fiscalYear: FiscalYear;
  readonly actual?: DecimalInput | MilestoneProgress | null;
  readonly previous?: DecimalInput | null;
}

/** The notes of a judgement with nothing to remark, shared. */
const NO_NOTES: readonly KpiNote[] = Object.freeze([]);

/**
 * The facts of a KPI-year: the actual (given, else observed), the target that applies, the
 * previous actual and the line where the kind uses them. Throws what evaluateKpi documents for
 * a bad actual.
 * @internal
 */
export function factsOf(c: CompiledKpi, fy: FiscalYear, input: FactsInput): KpiFacts {
  // One lookup finds the year's observation, target and line.
  const year = c.years.get(fy);
  const yearTarget = year?.yearTarget ?? null;
  const given = input.actual;
  if (c.kind === 'milestone') {
    // Observed states were checked when the KPI was compiled; a given one is checked now.
    const milestone =
      given === undefined ? (year?.milestone ?? null) : given === null ? null : milestoneOf(given, c.kpi.id);
    return { actual: null, target: c.targetPoint, yearTarget, previous: null, line: null, milestone };
  }
  if (given !== null && typeof given === 'object' && !('d' in given)) {
    throw errorOf('INVALID_NUMBER', { actualNotANumber }, { id: c.kpi.id, input: given });
  }
  const actual =
    given === undefined
      ? (year?.point ?? null)
      : given === null
        ? null
        : pointOf(
            readValue(c, given, () => `actual for ${fy}`),
            c.higher,
          );
  const annual = c.kind === 'annual' || c.kind === 'count';
  return {
    actual,
    // The year's own target, if set, replaces the standing one for that year.
    target: annual ? (yearTarget ?? c.targetPoint) : c.targetPoint,
    yearTarget,
    previous: c.kind === 'no-worse' ? previousFor(c, fy, input) : null,
    line: c.deadline === null ? null : (year?.line ?? lineAt(c, fy)),
    milestone: null,
  };
}

/** The previous year's actual, for no-worse targets: given, observed, or the baseline of that year. */
function previousFor(c: CompiledKpi, fy: FiscalYear, input: FactsInput): Point | null {
  if (input.previous !== undefined)
    return input.previous === null ? null : pointOf(readValue(c, input.previous, 'previous'), c.higher);
  const observed = c.years.get(fy - 1)?.point;
  if (observed !== undefined) return observed;
  if (c.kpi.baseline?.fiscalYear === fy - 1) return c.baselinePoint;
  return null;
}

/** a ≥ b, exactly. */
function atLeast(a: Point, b: Point): boolean {
  return cmpNear(a.turned, a.near, b.turned, b.near) >= 0;
}

/** a + tolerance ≥ bar, exactly. */
function within(a: Point, bar: Ratio, tolerance: Ratio): boolean {
  return cmp(add(a.turned, tolerance), bar) >= 0;
}

/** One record of the rule, its notes shared when there are none. */
function judgement(
  status: KpiStatus,
  reference: KpiReference,
  met: boolean | null,
  yearTargetMet: boolean | null,
  notes: KpiNote[] | null,
): KpiJudgement {
  return { status, reference, met, yearTargetMet, notes: notes === null ? NO_NOTES : Object.freeze(notes) };
}

/** Adds a note, making the list when it is the first. */
function noted(notes: KpiNote[] | null, note: KpiNote): KpiNote[] {
  if (notes === null) return [note];
  notes.push(note);
  return notes;
}

/** Ahead at or above one bar, on track at or above the other, else behind: on a path before its deadline. */
function paceOf(
  a: Point,
  aheadAt: Ratio,
  aheadNear: number,
  onTrackAt: Ratio,
  onTrackNear: number,
): KpiStatus {
  if (cmpNear(a.turned, a.near, aheadAt, aheadNear) >= 0) return 'ahead';
  return cmpNear(a.turned, a.near, onTrackAt, onTrackNear) >= 0 ? 'on-track' : 'behind';
}

/**
 * The status of a year on a path before its deadline. With the default thresholds both bars
 * were prepared on the line when it was laid out; otherwise they are worked out from it.
 */
function paceOnLine(c: CompiledKpi, a: Point, line: Line, t: StatusThresholds): KpiStatus {
  if (t === DEFAULT_THRESHOLDS)
    return paceOf(a, line.aheadAt, line.aheadAtNear, line.reference, line.referenceNear);
  const aheadAt = add(line.reference, mul(t.margin, lineStep(c, line)));
  const onTrackAt = sub(line.reference, t.tolerance);
  return paceOf(a, aheadAt, nearOf(aheadAt), onTrackAt, nearOf(onTrackAt));
}

/**
 * The status of a KPI in a fiscal year from its facts, by the documented rule (see
 * {@link KpiStatus}): the one place the rule lives. Throws `MISSING_BASELINE` when a change or
 * rate target has an actual but no baseline.
 * @internal
 */
export function judgeKpi(c: CompiledKpi, fy: FiscalYear, facts: KpiFacts, t: StatusThresholds): KpiJudgement {
  const judged = judgeAgainstTarget(c, fy, facts, t);
  if (t.change === null || !CHANGE_JUDGED.has(judged.status)) return judged;
  const change = changeOf(facts.actual, c.baselinePoint, t.change);
  if (change === null || change === 'improved') return judged;
  return { ...judged, status: change };
}

/** The statuses a change tolerance may turn into unchanged or worse: a target not met. */
const CHANGE_JUDGED: ReadonlySet<KpiStatus> = new Set(['behind', 'on-track', 'ahead']);

/**
 * Where an actual stands against the baseline within a change tolerance: `worse` beyond the band
 * towards worse, `unchanged` within it (both ends inclusive), `improved` beyond it towards better;
 * null without an actual or a baseline. A `percent` band is measured on the baseline's size.
 * @internal
 */
export function changeOf(
  actual: Point | null,
  baseline: Point | null,
  band: ChangeBand,
): 'improved' | 'unchanged' | 'worse' | null {
  if (actual === null || baseline === null) return null;
  const size = baseline.value.num < 0n ? neg(baseline.value) : baseline.value;
  const scale = band.measure === 'points' ? ONE : div(size, HUNDRED);
  const d = sub(actual.turned, baseline.turned);
  if (cmp(d, neg(mul(band.worse, scale))) < 0) return 'worse';
  return cmp(d, mul(band.better, scale)) <= 0 ? 'unchanged' : 'improved';
}

const HUNDRED = ratio(100);

/** judgeKpi before a change tolerance is applied. */
function judgeAgainstTarget(
  c: CompiledKpi,
  fy: FiscalYear,
  facts: KpiFacts,
  t: StatusThresholds,
): KpiJudgement {
  if (c.kind === 'milestone') return judgeMilestone(c, fy, facts.milestone);
  const a = facts.actual;
  let notes: KpiNote[] | null = null;
  if (c.kind === 'monitor') {
    if (a === null) notes = noted(notes, (w) => w.noActual({ fiscalYear: fy }));
    return judgement('untargeted', null, null, null, notes);
  }
  if ((c.kind === 'change' || c.kind === 'rate') && c.baseline === null) {
    if (a !== null) {
      throw errorOf(
        'MISSING_BASELINE',
        { needsBaselineValue },
        { id: c.kpi.id, kind: c.kind },
        { input: c.kpi },
      );
    }
    notes = noted(notes, (w) => w.noBaselineValue());
  }
  if (a === null) notes = noted(notes, (w) => w.noActual({ fiscalYear: fy }));
  const yt = facts.yearTarget;
  const yearTargetMet = a === null || yt === null ? null : atLeast(a, yt);

  if (c.kind === 'annual' || c.kind === 'count' || c.kind === 'no-worse' || c.maintain) {
    const against = c.kind === 'no-worse' ? facts.previous : facts.target;
    if (c.kind === 'no-worse' && against === null && a !== null)
      notes = noted(notes, (w) => w.noPreviousActual({ fiscalYear: fy - 1 }));
    const met = a === null || against === null ? null : atLeast(a, against);
    const status = met === null ? (a === null ? 'no-data' : 'not-judgeable') : met ? 'achieved' : 'behind';
    return judgement(status, c.kind === 'no-worse' ? 'previous' : 'target', met, yearTargetMet, notes);
  }

  // level, change, rate: a straight line from the baseline to the target.
  const target = facts.target;
  if (c.baseline === null && c.kind === 'level') notes = noted(notes, (w) => w.noProgressLine());
  if (a === null || target === null) return judgement('no-data', null, null, yearTargetMet, notes);
  if (atLeast(a, target)) return judgement('achieved', 'target', true, yearTargetMet, notes);
  if (fy >= (c.deadline as FiscalYear)) {
    // Not met: behind, unless a tolerance brings it within reach of the target.
    const near = t.tolerance.num !== 0n && within(a, target.turned, t.tolerance);
    return judgement(near ? 'on-track' : 'behind', 'target', false, yearTargetMet, notes);
  }
  const line = facts.line;
  if (line !== null) {
    return judgement(paceOnLine(c, a, line, t), line.referenceKind, false, yearTargetMet, notes);
  }
  if (yt !== null) {
    const status = within(a, yt.turned, t.tolerance) ? 'on-track' : 'behind';
    return judgement(status, 'year-target', false, yearTargetMet, notes);
  }
  notes = noted(notes, (w) => w.nothingToJudgePace());
  return judgement('not-judgeable', null, false, yearTargetMet, notes);
}

/** A milestone: done (achieved, met when on time), or not yet (on track until its due date). */
function judgeMilestone(c: CompiledKpi, fy: FiscalYear, state: MilestoneState | null): KpiJudgement {
  const due = c.due as NonNullable<CompiledKpi['due']>;
  if (state === null) return judgement('no-data', 'due', null, null, [(w) => w.noActual({ fiscalYear: fy })]);
  if (!state.done) {
    // The fiscal year ends on 31 March of the next calendar year, as yyyymmdd.
    const yearEnd = (fy + 1) * 10_000 + 331;
    return judgement(yearEnd < due.first ? 'on-track' : 'behind', 'due', false, null, null);
  }
  let notes: KpiNote[] | null = null;
  const met = state.date === null || state.date.first <= due.last;
  const on = state.date?.text;
  if (!met) notes = noted(notes, (w) => w.doneLate({ on, due: due.text }));
  if (state.date === null) notes = noted(notes, (w) => w.doneUndated());
  return judgement('achieved', 'due', met, null, notes);
}
