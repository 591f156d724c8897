import type { Decimal } from 'decimal.js';
import { type DecimalInput, decimalOf, type RoundingOptions, roundingOf } from '../core/decimal.js';
import { MunikpiError, optionsOf, quote } from '../core/errors.js';
import {
  add,
  cmp,
  cmpNear,
  div,
  isZero,
  mul,
  neg,
  type Ratio,
  type RoundingMode,
  ratio,
  ratioOf,
  sub,
} from '../core/exact.js';
import { checkFiscalYear } from '../fiscal/fiscal-year.js';
import type { FiscalYear } from '../fiscal/index.js';
import { type CompiledKpi, compiled, milestoneOf, readValue } from './compile.js';
import { formatKpiValue } from './format.js';
import {
  beforeBaseline,
  isPathKind,
  type Line,
  type LooseDate,
  lineAt,
  lineElapsed,
  lineExpected,
  lineStep,
  type MilestoneState,
  type Point,
  pointOf,
} from './timeline.js';
import type { Kpi, KpiDirection, KpiTargetKind, MilestoneProgress } from './types.js';

/**
 * How a KPI stands in a fiscal year, worst first:
 * - `behind`: worse than the year's reference (the per-year target, else the straight line
 *   from baseline to target) by more than the tolerance, or the deadline passed unmet;
 * - `on-track`: at the reference, or within the tolerance below it;
 * - `ahead`: at least `aheadMargin` of a year's pace beyond the reference (by default a whole
 *   year ahead of the line);
 * - `achieved`: the target is met (for annual, count and no-worse targets: this year's);
 * - `no-data`: no actual for the year, or nothing to judge it against;
 * - `untargeted`: a monitored indicator with no target.
 */
export type KpiStatus = 'behind' | 'on-track' | 'ahead' | 'achieved' | 'no-data' | 'untargeted';

/** What a status was judged against. */
export type KpiReference = 'year-target' | 'expected' | 'target' | 'previous' | 'due' | null;

/** The evaluation of a KPI in one fiscal year. Figures are exact `Decimal`s, or null where they do not apply. */
export interface KpiEvaluation {
  /** The KPI's id. */
  readonly kpiId: string;
  /** The KPI's name. */
  readonly name: string;
  /** The unit as written. */
  readonly unit: string;
  /** The kind of target. */
  readonly kind: KpiTargetKind;
  /** Which way is better. */
  readonly direction: KpiDirection;
  /** The fiscal year evaluated. */
  readonly fiscalYear: FiscalYear;
  /** How the KPI stands; see {@link KpiStatus}. */
  readonly status: KpiStatus;
  /** What the status was judged against. */
  readonly reference: KpiReference;
  /** Whether the target is met (for annual kinds: this year's), or null without an actual. */
  readonly met: boolean | null;
  /** Whether this year's target (年度設定目標) is met, or null without one. */
  readonly yearTargetMet: boolean | null;
  /** The actual (実績). */
  readonly actual: Decimal | null;
  /** The baseline (基準値). */
  readonly baseline: Decimal | null;
  /** The final target level (目標値); derived for change and rate targets; this year's for annual kinds. */
  readonly target: Decimal | null;
  /** This year's target, when the KPI sets one. */
  readonly yearTarget: Decimal | null;
  /** The value on the straight line from baseline to target at the fiscal year's end. */
  readonly expected: Decimal | null;
  /** The percentage of the line's time elapsed by the fiscal year's end. */
  readonly expectedProgress: Decimal | null;
  /** Percent of the way from baseline to target: (actual − baseline) ÷ (target − baseline) × 100. Uncapped. */
  readonly progress: Decimal | null;
  /** Actual ÷ target × 100 (target ÷ actual × 100 when lower is better). Uncapped. */
  readonly achievement: Decimal | null;
  /** How far the actual is beyond the target: positive is a surplus, negative a shortfall. */
  readonly gap: Decimal | null;
  /** Actual − baseline. */
  readonly change: Decimal | null;
  /** The previous year's actual, for no-worse targets. */
  readonly previous: Decimal | null;
  /** What must still be gained each remaining fiscal year to meet the target on time. */
  readonly requiredPace: Decimal | null;
  /** For milestones: when it was done (`YYYY-MM` or `YYYY-MM-DD`), else null. */
  readonly completedOn: string | null;
  /** For milestones: when it is due (`YYYY-MM` or `YYYY-MM-DD`), else null. */
  readonly due: string | null;
  /** Plain-language remarks: missing data, a late milestone, … */
  readonly notes: readonly string[];
  /** The evaluation as plain JSON: figures as decimal strings. */
  toJSON(): Record<string, unknown>;
}

/** Options for {@link evaluateKpi}: rounding and the status rule. */
export interface EvaluateOptions extends RoundingOptions {
  /** How far below the reference still counts as on-track, in the KPI's unit. Default 0. */
  readonly tolerance?: DecimalInput;
  /** How many years' pace beyond the reference counts as ahead. Default 1. */
  readonly aheadMargin?: DecimalInput;
}

/** The actual for the fiscal year being evaluated. */
export interface EvaluateInput {
  /** The fiscal year to evaluate. */
  readonly fiscalYear: FiscalYear;
  /**
   * The actual: a value, or a milestone state. Absent: taken from the KPI's observations.
   * `null`: no data.
   */
  readonly actual?: DecimalInput | MilestoneProgress | null;
  /** For no-worse targets: the previous year's actual. Absent: from observations or the baseline. */
  readonly previous?: DecimalInput | null;
}

/** The notes of an evaluation with nothing to remark, shared. */
const NO_NOTES: readonly string[] = Object.freeze([]);
const HUNDRED = ratio(100);
const ZERO = ratio(0);
const ONE = ratio(1);
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

interface Rounding {
  places: number;
  valuePlaces: number;
  rounding: RoundingMode;
}

const DEFAULT_ROUNDING: Rounding = { places: 2, valuePlaces: 4, rounding: 'half-up' };

/** The figures behind an evaluation, as exact fractions (not turned). */
interface Raw {
  actual: Ratio | null;
  target: Ratio | null;
  yearTarget: Ratio | null;
  previous: Ratio | null;
  line: Line | null;
  milestone: MilestoneState | null;
}

const STATUS_JA: Record<KpiStatus, string> = {
  behind: '遅れ',
  'on-track': '順調',
  ahead: '前倒し',
  achieved: '達成',
  'no-data': 'データなし',
  untargeted: '目標なし',
};

class Evaluation implements KpiEvaluation {
  readonly kpiId: string;
  readonly name: string;
  readonly unit: string;
  readonly kind: KpiTargetKind;
  readonly direction: KpiDirection;
  readonly fiscalYear: FiscalYear;
  readonly status: KpiStatus;
  readonly reference: KpiReference;
  readonly met: boolean | null;
  readonly yearTargetMet: boolean | null;
  readonly completedOn: string | null;
  readonly due: string | null;
  readonly notes: readonly string[];
  readonly #c: CompiledKpi;
  readonly #raw: Raw;
  readonly #r: Rounding;
  #memo: Map<string, Decimal | null> | undefined;

  constructor(
    c: CompiledKpi,
    fiscalYear: FiscalYear,
    raw: Raw,
    r: Rounding,
    status: KpiStatus,
    reference: KpiReference,
    met: boolean | null,
    yearTargetMet: boolean | null,
    notes: string[],
  ) {
    this.kpiId = c.kpi.id;
    this.name = c.kpi.name;
    this.unit = c.kpi.unit;
    this.kind = c.kind;
    this.direction = c.higher ? 'higher' : 'lower';
    this.fiscalYear = fiscalYear;
    this.status = status;
    this.reference = reference;
    this.met = met;
    this.yearTargetMet = yearTargetMet;
    this.completedOn = raw.milestone?.date?.text ?? null;
    this.due = c.due?.text ?? null;
    this.notes = notes.length === 0 ? NO_NOTES : Object.freeze(notes);
    this.#c = c;
    this.#raw = raw;
    this.#r = r;
  }

  #figure(key: string, compute: () => Decimal | null): Decimal | null {
    this.#memo ??= new Map();
    if (this.#memo.has(key)) return this.#memo.get(key) as Decimal | null;
    const value = compute();
    this.#memo.set(key, value);
    return value;
  }

  #exact(r: Ratio | null): Decimal | null {
    return r === null ? null : decimalOf(r, null, 'half-up');
  }

  #percent(r: Ratio | null): Decimal | null {
    return r === null ? null : decimalOf(r, this.#r.places, this.#r.rounding);
  }

  #value(r: Ratio | null): Decimal | null {
    return r === null ? null : decimalOf(r, this.#r.valuePlaces, this.#r.rounding);
  }

  /** Turns a value so that higher is better (and back: the operation is its own inverse). */
  #turn(r: Ratio): Ratio {
    return this.#c.higher ? r : neg(r);
  }

  get actual(): Decimal | null {
    return this.#figure('actual', () => this.#exact(this.#raw.actual));
  }
  get baseline(): Decimal | null {
    return this.#figure('baseline', () => this.#exact(this.#c.baseline));
  }
  get target(): Decimal | null {
    return this.#figure('target', () => this.#exact(this.#raw.target));
  }
  get yearTarget(): Decimal | null {
    return this.#figure('yearTarget', () => this.#exact(this.#raw.yearTarget));
  }
  get previous(): Decimal | null {
    return this.#figure('previous', () => this.#exact(this.#raw.previous));
  }
  get expected(): Decimal | null {
    return this.#figure('expected', () => {
      const line = this.#raw.line;
      return line === null ? null : this.#value(this.#turn(lineExpected(this.#c, line)));
    });
  }
  get expectedProgress(): Decimal | null {
    return this.#figure('expectedProgress', () => {
      const line = this.#raw.line;
      return line === null ? null : this.#percent(mul(lineElapsed(line), HUNDRED));
    });
  }
  get progress(): Decimal | null {
    return this.#figure('progress', () => {
      const { actual, target } = this.#raw;
      const base = this.#c.baseline;
      if (actual === null || target === null || base === null || !isPathKind(this.#c.kind)) return null;
      return this.#percent(mul(div(sub(actual, base), sub(target, base)), HUNDRED));
    });
  }
  get achievement(): Decimal | null {
    return this.#figure('achievement', () => {
      const { actual } = this.#raw;
      const against = this.#c.kind === 'no-worse' ? this.#raw.previous : this.#raw.target;
      if (actual === null || against === null) return null;
      const [num, den] = this.#c.higher ? [actual, against] : [against, actual];
      if (isZero(den)) return null;
      return this.#percent(mul(div(num, den), HUNDRED));
    });
  }
  get gap(): Decimal | null {
    return this.#figure('gap', () => {
      const { actual } = this.#raw;
      const against = this.#c.kind === 'no-worse' ? this.#raw.previous : this.#raw.target;
      if (actual === null || against === null) return null;
      return this.#exact(sub(this.#turn(actual), this.#turn(against)));
    });
  }
  get change(): Decimal | null {
    return this.#figure('change', () => {
      const { actual } = this.#raw;
      const base = this.#c.baseline;
      return actual === null || base === null ? null : this.#exact(sub(actual, base));
    });
  }
  get requiredPace(): Decimal | null {
    return this.#figure('requiredPace', () => {
      const { actual, target } = this.#raw;
      const deadline = this.#c.deadline;
      if (actual === null || target === null || deadline === null || this.met === true) return null;
      const years = deadline - this.fiscalYear;
      return years <= 0 ? null : this.#value(div(sub(target, actual), ratio(years)));
    });
  }

  toJSON(): Record<string, unknown> {
    // Figures as the decimal strings JSON.stringify would write for them.
    const text = (d: Decimal | null): string | null => (d === null ? null : d.toJSON());
    return {
      kpiId: this.kpiId,
      name: this.name,
      unit: this.unit,
      kind: this.kind,
      direction: this.direction,
      fiscalYear: this.fiscalYear,
      status: this.status,
      reference: this.reference,
      met: this.met,
      yearTargetMet: this.yearTargetMet,
      actual: text(this.actual),
      baseline: text(this.baseline),
      target: text(this.target),
      yearTarget: text(this.yearTarget),
      expected: text(this.expected),
      expectedProgress: text(this.expectedProgress),
      progress: text(this.progress),
      achievement: text(this.achievement),
      gap: text(this.gap),
      change: text(this.change),
      previous: text(this.previous),
      requiredPace: text(this.requiredPace),
      completedOn: this.completedOn,
      due: this.due,
      notes: this.notes,
    };
  }

  /** One readable line for the Node REPL: `電子決裁率 FY2023 73.9% → 目標85% (behind, progress 41.88%)`. */
  [INSPECT](): string {
    const unitKind = this.#c.unitKind;
    const show = (d: Decimal | null): string => (d === null ? '—' : formatKpiValue(d, this.unit, unitKind));
    const goal = this.yearTarget ?? this.target;
    let text = `${this.name} FY${this.fiscalYear} `;
    text += this.kind === 'milestone' ? showMilestone(this.#raw.milestone) : show(this.actual);
    if (goal !== null) text += ` → 目標${show(goal)}`;
    const progress = this.progress;
    text += ` (${this.status}${progress === null ? '' : `, progress ${progress.toString()}%`})`;
    return text;
  }
}

function oriented(c: CompiledKpi, r: Ratio): Ratio {
  return c.higher ? r : neg(r);
}

/** The previous year's actual, for no-worse targets: given, observed, or the baseline of that year. */
function previousFor(c: CompiledKpi, input: EvaluateInput): Point | null {
  const fy = input.fiscalYear;
  if (input.previous !== undefined)
    return input.previous === null ? null : pointOf(readValue(c, input.previous, 'previous'), c.higher);
  const observed = c.years.get(fy - 1)?.point;
  if (observed !== undefined) return observed;
  if (c.kpi.baseline?.fiscalYear === fy - 1) return c.baselinePoint;
  return null;
}

function checkYear(c: CompiledKpi, fy: FiscalYear): void {
  const outside = (c.period !== null && (fy < c.period.start || fy > c.period.end)) || beforeBaseline(c, fy);
  if (outside) {
    const span = c.period === null ? 'its baseline' : `its period ${c.period.start}..${c.period.end}`;
    throw new MunikpiError(
      'FISCAL_YEAR_OUTSIDE_PERIOD',
      `KPI ${quote(c.kpi.id)}: fiscal year ${fy} is outside ${span}`,
      { input: fy },
    );
  }
}

/**
 * Evaluates a KPI in one fiscal year: progress from the baseline, achievement against the
 * target, the straight-line expected value, the year's target, the gap, and a status by a
 * documented rule (see {@link KpiStatus}). Every figure is exact; percentages are rounded to
 * `places` (default 2) and line values to `valuePlaces` (default 4), half-up unless `rounding`
 * says otherwise. Statuses are decided on the exact figures, before rounding.
 *
 * @param kpi - the KPI
 * @param input - the fiscal year and, optionally, the actual (else the KPI's observation)
 * @param options - rounding, tolerance and the margin for `ahead`
 * @returns the evaluation
 * @throws {MunikpiError} `INVALID_NUMBER` for a non-numeric or non-finite value;
 *   `TARGET_EQUALS_BASELINE`; `FISCAL_YEAR_OUTSIDE_PERIOD`; `YEAR_TARGET_WRONG_DIRECTION`;
 *   `NEGATIVE_VALUE` for a negative count or amount of money; `MISSING_BASELINE` when a change
 *   or rate target has an actual but no baseline; `INVALID_KPI` for a contradictory KPI
 *
 * @example
 * import { evaluateKpi } from 'munikpi';
 * const eApproval = {
 *   id: 'e-approval', name: '電子決裁率', unit: '%',
 *   baseline: { value: 62.3, asOf: '2021-04-01' },
 *   target: { kind: 'level', value: 90, by: 2024 },
 *   yearTargets: { 2023: 85 },
 * } as const;
 * const r5 = evaluateKpi(eApproval, { fiscalYear: 2023, actual: 73.9 });
 * r5.progress?.toString(); // '41.88'
 * r5.achievement?.toString(); // '82.11'
 * r5.expected?.toString(); // '83.075'
 * r5.yearTargetMet; // false
 * r5.status; // 'behind'
 */
export function evaluateKpi(kpi: Kpi, input: EvaluateInput, options?: EvaluateOptions): KpiEvaluation {
  const c = compiled(kpi);
  if (typeof input !== 'object' || input === null) {
    throw new MunikpiError('INVALID_ARGUMENT', `evaluateKpi: ${quote(input)} is not { fiscalYear, actual }`, {
      input,
    });
  }
  const fy = checkFiscalYear(input.fiscalYear, 4);
  checkYear(c, fy);
  let rounding = DEFAULT_ROUNDING;
  let tolerance = ZERO;
  let margin = ONE;
  if (options !== undefined) {
    rounding = roundingOf(options);
    const checked = optionsOf(options);
    if (checked.tolerance !== undefined) tolerance = ratioOf(checked.tolerance, 'tolerance');
    if (checked.aheadMargin !== undefined) margin = ratioOf(checked.aheadMargin, 'aheadMargin');
    if (tolerance.num < 0n || margin.num < 0n) {
      throw new MunikpiError('INVALID_OPTION', 'tolerance and aheadMargin must not be negative', {
        input: options,
      });
    }
  }

  const notes: string[] = [];
  const raw: Raw = {
    actual: null,
    target: c.target,
    yearTarget: null,
    previous: null,
    line: null,
    milestone: null,
  };
  if (c.kind === 'milestone') {
    const yt = c.yearTargets.get(fy);
    if (yt !== undefined) raw.yearTarget = yt;
    const given = input.actual;
    // Observed states were checked when the KPI was compiled; a given one is checked now.
    const state =
      given === undefined
        ? (c.years.get(fy)?.milestone ?? null)
        : given === null
          ? null
          : milestoneOf(given, c.kpi.id);
    return evaluateMilestone(c, fy, state, raw, rounding, notes);
  }
  const status = decide(c, fy, input, tolerance, margin, raw, notes);
  return new Evaluation(
    c,
    fy,
    raw,
    rounding,
    status,
    decision.reference,
    decision.met,
    decision.yearTargetMet,
    notes,
  );
}

/** A milestone's state for the REPL line: 完了 (with its date when given), 未完了, or — for no state. */
function showMilestone(state: MilestoneState | null): string {
  if (state === null) return '—';
  if (!state.done) return '未完了';
  return state.date === null ? '完了' : `完了 ${state.date.text}`;
}

/** What {@link decide} found besides the status; overwritten by each call, read right after. */
const decision: { reference: KpiReference; met: boolean | null; yearTargetMet: boolean | null } = {
  reference: null,
  met: null,
  yearTargetMet: null,
};

/**
 * The status of a KPI that is not a milestone, by the documented rule: the one place the rule
 * lives, for {@link evaluateKpi} and for the status-only path of audits. Fills `raw` and `notes`
 * when given, and `decision` always. Throws what evaluateKpi documents for a bad actual.
 */
function decide(
  c: CompiledKpi,
  fy: FiscalYear,
  input: EvaluateInput,
  tolerance: Ratio,
  margin: Ratio,
  raw: Raw | null,
  notes: string[] | null,
): KpiStatus {
  decision.reference = null;
  decision.met = null;
  decision.yearTargetMet = null;
  // One lookup finds the year's observation, target and line.
  const year = c.years.get(fy);
  const yt = year?.yearTarget;
  if (raw !== null && yt !== undefined) raw.yearTarget = yt.value;
  const given = input.actual;
  if (given !== null && typeof given === 'object' && !('d' in given)) {
    throw new MunikpiError('INVALID_NUMBER', `KPI ${quote(c.kpi.id)}: ${quote(given)} is not a number`, {
      input: given,
    });
  }
  // The actual (given, else observed), turned so that higher is better, and its nearest double
  // (an observed value's was found when the KPI was compiled).
  let actual: Ratio | null = null;
  let a: Ratio | null = null;
  let near = Number.NaN;
  if (given === undefined) {
    const p = year?.point;
    if (p !== undefined) {
      actual = p.value;
      a = p.turned;
      near = p.near;
    }
  } else if (given !== null) {
    actual = readValue(c, given, () => `actual for ${fy}`);
    a = oriented(c, actual);
  }
  if (raw !== null) raw.actual = actual;

  if (c.kind === 'monitor') {
    if (actual === null) notes?.push(`no actual for fiscal year ${fy}`);
    return 'untargeted';
  }
  if ((c.kind === 'change' || c.kind === 'rate') && c.baseline === null) {
    if (actual !== null) {
      throw new MunikpiError(
        'MISSING_BASELINE',
        `KPI ${quote(c.kpi.id)}: a ${c.kind} target needs the baseline value to judge an actual`,
        { input: c.kpi },
      );
    }
    notes?.push('the baseline value is not given, so the target level is unknown');
  }
  if (a === null) notes?.push(`no actual for fiscal year ${fy}`);

  decision.yearTargetMet = a === null || yt === undefined ? null : cmpNear(a, near, yt.turned, yt.near) >= 0;

  if (c.kind === 'annual' || c.kind === 'count') {
    // The year's own target, if set, replaces the standing one for that year.
    const target = (yt ?? c.targetPoint) as Point;
    if (raw !== null) raw.target = target.value;
    const met = a === null ? null : cmpNear(a, near, target.turned, target.near) >= 0;
    decision.reference = 'target';
    decision.met = met;
    return met === null ? 'no-data' : met ? 'achieved' : 'behind';
  }

  if (c.kind === 'no-worse') {
    const previous = previousFor(c, input);
    if (raw !== null) raw.previous = previous === null ? null : previous.value;
    if (previous === null && a !== null) notes?.push(`no actual for fiscal year ${fy - 1} to compare with`);
    const met =
      a === null || previous === null ? null : cmpNear(a, near, previous.turned, previous.near) >= 0;
    decision.reference = 'previous';
    decision.met = met;
    return met === null ? 'no-data' : met ? 'achieved' : 'behind';
  }

  // level, change, rate: a straight line from the baseline to the target.
  const line = year?.line ?? lineAt(c, fy);
  if (raw !== null) raw.line = line;
  const target = c.targetPoint;
  if (c.baseline === null && c.kind === 'level') notes?.push('no baseline value, so no progress line');
  if (a === null || target === null) return 'no-data';
  const met = cmpNear(a, near, target.turned, target.near) >= 0;
  decision.met = met;
  const deadline = c.deadline as FiscalYear;
  if (met) {
    decision.reference = 'target';
    return 'achieved';
  }
  if (fy >= deadline) {
    decision.reference = 'target';
    // Not met: behind, unless a tolerance brings it within reach of the target.
    return tolerance !== ZERO && cmp(add(a, tolerance), target.turned) >= 0 ? 'on-track' : 'behind';
  }
  if (line !== null) {
    decision.reference = line.referenceKind;
    if (margin === ONE && tolerance === ZERO) {
      // The default rule, with both thresholds prepared on the line: no arithmetic here.
      return cmpNear(a, near, line.aheadAt, line.aheadAtNear) >= 0
        ? 'ahead'
        : cmpNear(a, near, line.reference, line.referenceNear) >= 0
          ? 'on-track'
          : 'behind';
    }
    const d = sub(a, line.reference);
    return cmp(d, mul(margin, lineStep(c, line))) >= 0
      ? 'ahead'
      : cmp(add(d, tolerance), ZERO) >= 0
        ? 'on-track'
        : 'behind';
  }
  if (yt !== undefined) {
    decision.reference = 'year-target';
    return cmp(add(a, tolerance), yt.turned) >= 0 ? 'on-track' : 'behind';
  }
  notes?.push('no baseline or year target to judge the pace against');
  return 'no-data';
}

/**
 * The status alone of a KPI in a fiscal year from its own observations, exactly as
 * `evaluateKpi(kpi, { fiscalYear }, options).status`, with no evaluation made: for audits and
 * suggestions over many programs. Throws what evaluateKpi throws.
 * @internal
 */
export function kpiStatusOf(kpi: Kpi, fiscalYear: FiscalYear, options?: EvaluateOptions): KpiStatus {
  const c = compiled(kpi);
  if (options !== undefined || c.kind === 'milestone') {
    return evaluateKpi(kpi, { fiscalYear }, options).status;
  }
  const fy = checkFiscalYear(fiscalYear, 4);
  checkYear(c, fy);
  return decide(c, fy, { fiscalYear: fy }, ZERO, ONE, null, null);
}

function evaluateMilestone(
  c: CompiledKpi,
  fy: FiscalYear,
  state: MilestoneState | null,
  raw: Raw,
  rounding: Rounding,
  notes: string[],
): KpiEvaluation {
  const due = c.due as LooseDate;
  if (state === null) {
    notes.push(`no state for fiscal year ${fy}`);
    return new Evaluation(c, fy, raw, rounding, 'no-data', 'due', null, null, notes);
  }
  raw.milestone = state;
  // The fiscal year ends on 31 March of the next calendar year, as yyyymmdd.
  const yearEnd = (fy + 1) * 10_000 + 331;
  let status: KpiStatus;
  let met: boolean;
  if (state.done) {
    status = 'achieved';
    met = state.date === null || state.date.first <= due.last;
    if (!met) notes.push(`done on ${state.date?.text}, after it was due (${due.text})`);
    if (state.date === null) notes.push('done, but the date is not given');
  } else {
    met = false;
    status = yearEnd < due.first ? 'on-track' : 'behind';
  }
  return new Evaluation(c, fy, raw, rounding, status, 'due', met, null, notes);
}

/**
 * The statuses in order from worst to best, for sorting and comparing.
 *
 * @example
 * import { KPI_STATUS_ORDER } from 'munikpi';
 * KPI_STATUS_ORDER.indexOf('ahead') > KPI_STATUS_ORDER.indexOf('on-track'); // true
 */
export const KPI_STATUS_ORDER: readonly KpiStatus[] = Object.freeze([
  'behind',
  'on-track',
  'ahead',
  'achieved',
]);

/**
 * Japanese labels for the statuses.
 *
 * @example
 * import { KPI_STATUS_LABELS_JA } from 'munikpi';
 * KPI_STATUS_LABELS_JA.behind; // '遅れ'
 */
export const KPI_STATUS_LABELS_JA: Readonly<Record<KpiStatus, string>> = Object.freeze(STATUS_JA);
