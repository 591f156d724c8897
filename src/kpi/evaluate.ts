import type { Decimal } from 'decimal.js';
import { type DecimalInput, decimalOf, type RoundingOptions, roundingOf } from '../core/decimal.js';
import { errorOf, optionsOf } from '../core/errors.js';
import { div, isZero, mul, neg, type Ratio, type RoundingMode, ratio, ratioOf, sub } from '../core/exact.js';
import {
  evaluationNotANumber,
  negativeThresholds,
  notEvaluateInput,
  outsideKpiPeriod,
} from '../core/messages/errors-en.js';
import {
  type Catalogue,
  evaluationLineWords,
  kpiNoteWords,
  type Language,
  languageOf,
  statusWords,
} from '../core/messages/index.js';
import { checkFiscalYear } from '../fiscal/fiscal-year.js';
import type { FiscalYear } from '../fiscal/index.js';
import { type CompiledKpi, compiled } from './compile.js';
import { formatKpiValue } from './format.js';
import {
  type ChangeBand,
  changeOf,
  DEFAULT_THRESHOLDS,
  factsOf,
  judgeKpi,
  type KpiFacts,
  type KpiJudgement,
  type KpiNote,
  type KpiReference,
  type KpiStatus,
  type StatusThresholds,
} from './status.js';
import {
  beforeBaseline,
  isPathKind,
  lineElapsed,
  lineExpected,
  type MilestoneState,
  type Point,
  pointOf,
} from './timeline.js';
import type { ChangeTolerance, Kpi, KpiDirection, KpiTargetKind, MilestoneProgress } from './types.js';

export type { KpiReference, KpiStatus } from './status.js';

import { changeBandOf } from './change-band.js';

export { changeBandOf };

/** The words of the notes in English, the language of `evaluation.notes`. */
const EN_NOTES = kpiNoteWords('en');
/** No notes, shared. */
const NO_NOTES: readonly string[] = Object.freeze([]);

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
  /** For level, change and rate targets: the fiscal year by whose end the target is due; else null. */
  readonly deadline: FiscalYear | null;
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
  /**
   * Percent of the way from baseline to target: (actual − baseline) ÷ (target − baseline) × 100.
   * Uncapped; null for a 維持 target (the target is the baseline).
   */
  readonly progress: Decimal | null;
  /**
   * The ratio to the pro-rated target of the year (多摩市): the change made from the baseline ÷
   * the change the straight line expects by the year's end × 100, that is
   * (actual − baseline) ÷ (expected − baseline) × 100. With a baseline of 0 it is actual ÷
   * (target × the share of the time elapsed). Uncapped; null without a line, before the line has
   * moved, and for a 維持 target.
   */
  readonly paceRatio: Decimal | null;
  /**
   * Actual ÷ target × 100 (target ÷ actual × 100 when lower is better). Uncapped. A lower-is-better
   * target of 0 (苦情 0件) cannot be divided by: an actual of 0 is 100; otherwise, with a baseline
   * above 0, the share of the way from the baseline to 0, (baseline − actual) ÷ baseline × 100
   * (5 → 0 with 2 is 60); without one, 0.
   */
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
  /** Plain-language remarks in English: missing data, a late milestone, … */
  readonly notes: readonly string[];
  /**
   * The same remarks in a language of the catalogue.
   *
   * @example
   * import { evaluateKpi } from 'munikpi';
   * const kpi = { id: 'k', name: '電子決裁率', unit: '%', baseline: { value: 0, fiscalYear: 2020 }, target: { kind: 'level', value: 90, by: 2024 } } as const;
   * evaluateKpi(kpi, { fiscalYear: 2023 }).notesIn('ja'); // ['2023年度の実績がありません']
   */
  notesIn(lang: Language): readonly string[];
  /** The evaluation as plain JSON: figures as decimal strings. */
  toJSON(): Record<string, unknown>;
}

/** Options for {@link evaluateKpi}: rounding and the status rule. */
export interface EvaluateOptions extends RoundingOptions {
  /** How far below the reference still counts as on-track, in the KPI's unit. Default 0. */
  readonly tolerance?: DecimalInput;
  /** How many years' pace beyond the reference counts as ahead. Default 1. */
  readonly aheadMargin?: DecimalInput;
  /**
   * A band around the baseline: a target not met whose actual lies within it is `unchanged`, and
   * beyond it towards worse `worse` (長与町 ±10 %, 福岡市 ±3 points). Default none: neither status.
   */
  readonly change?: ChangeTolerance;
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

class Evaluation implements KpiEvaluation {
  readonly kpiId: string;
  readonly name: string;
  readonly unit: string;
  readonly kind: KpiTargetKind;
  readonly direction: KpiDirection;
  readonly fiscalYear: FiscalYear;
  readonly deadline: FiscalYear | null;
  readonly status: KpiStatus;
  readonly reference: KpiReference;
  readonly met: boolean | null;
  readonly yearTargetMet: boolean | null;
  readonly completedOn: string | null;
  readonly due: string | null;
  readonly notes: readonly string[];
  readonly #notes: readonly KpiNote[];
  readonly #c: CompiledKpi;
  readonly #facts: KpiFacts;
  readonly #r: Rounding;
  #memo: Map<string, Decimal | null> | undefined;

  constructor(c: CompiledKpi, fiscalYear: FiscalYear, facts: KpiFacts, judged: KpiJudgement, r: Rounding) {
    this.kpiId = c.kpi.id;
    this.name = c.kpi.name;
    this.unit = c.kpi.unit;
    this.kind = c.kind;
    this.direction = c.higher ? 'higher' : 'lower';
    this.fiscalYear = fiscalYear;
    this.deadline = c.deadline;
    this.status = judged.status;
    this.reference = judged.reference;
    this.met = judged.met;
    this.yearTargetMet = judged.yearTargetMet;
    this.completedOn = facts.milestone?.date?.text ?? null;
    this.due = c.due?.text ?? null;
    this.#notes = judged.notes;
    this.notes =
      judged.notes.length === 0 ? NO_NOTES : Object.freeze(judged.notes.map((note) => note(EN_NOTES)));
    this.#c = c;
    this.#facts = facts;
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
    return this.#figure('actual', () => this.#exact(givenOf(this.#facts.actual)));
  }
  get baseline(): Decimal | null {
    return this.#figure('baseline', () => this.#exact(this.#c.baseline));
  }
  get target(): Decimal | null {
    return this.#figure('target', () => this.#exact(givenOf(this.#facts.target)));
  }
  get yearTarget(): Decimal | null {
    return this.#figure('yearTarget', () => this.#exact(givenOf(this.#facts.yearTarget)));
  }
  get previous(): Decimal | null {
    return this.#figure('previous', () => this.#exact(givenOf(this.#facts.previous)));
  }
  get expected(): Decimal | null {
    return this.#figure('expected', () => {
      const line = this.#facts.line;
      return line === null ? null : this.#value(this.#turn(lineExpected(this.#c, line)));
    });
  }
  get expectedProgress(): Decimal | null {
    return this.#figure('expectedProgress', () => {
      const line = this.#facts.line;
      return line === null ? null : this.#percent(mul(lineElapsed(line), HUNDRED));
    });
  }
  get progress(): Decimal | null {
    return this.#figure('progress', () => this.#percent(this.#progressRatio()));
  }
  get paceRatio(): Decimal | null {
    return this.#figure('paceRatio', () => this.#percent(this.#paceRatio()));
  }
  get achievement(): Decimal | null {
    return this.#figure('achievement', () => this.#percent(this.#achievementRatio()));
  }

  #progressRatio(): Ratio | null {
    const actual = givenOf(this.#facts.actual);
    const target = givenOf(this.#facts.target);
    const base = this.#c.baseline;
    if (actual === null || target === null || base === null || !isPathKind(this.#c.kind)) return null;
    if (this.#c.maintain) return null;
    return mul(div(sub(actual, base), sub(target, base)), HUNDRED);
  }

  #paceRatio(): Ratio | null {
    const actual = givenOf(this.#facts.actual);
    const base = this.#c.baseline;
    const line = this.#facts.line;
    if (actual === null || base === null || line === null || this.#c.maintain) return null;
    const due = sub(this.#turn(lineExpected(this.#c, line)), base);
    if (isZero(due)) return null;
    return mul(div(sub(actual, base), due), HUNDRED);
  }

  #achievementRatio(): Ratio | null {
    const actual = givenOf(this.#facts.actual);
    const against = givenOf(this.#c.kind === 'no-worse' ? this.#facts.previous : this.#facts.target);
    if (actual === null || against === null) return null;
    if (!this.#c.higher && isZero(against)) return towardsZero(actual, this.#c.baseline);
    const [num, den] = this.#c.higher ? [actual, against] : [against, actual];
    if (isZero(den)) return null;
    return mul(div(num, den), HUNDRED);
  }

  /** A percentage figure before rounding, and where the actual stands against the baseline. @internal */
  static exact(e: Evaluation, name: ExactFigure): Ratio | null {
    if (name === 'achievement') return e.#achievementRatio();
    return name === 'progress' ? e.#progressRatio() : e.#paceRatio();
  }

  /** Where the actual stands against the baseline within a band. @internal */
  static change(e: Evaluation, band: ChangeBand): 'improved' | 'unchanged' | 'worse' | null {
    return changeOf(e.#facts.actual, e.#c.baselinePoint, band);
  }
  get gap(): Decimal | null {
    return this.#figure('gap', () => {
      const actual = givenOf(this.#facts.actual);
      const against = givenOf(this.#c.kind === 'no-worse' ? this.#facts.previous : this.#facts.target);
      if (actual === null || against === null) return null;
      return this.#exact(sub(this.#turn(actual), this.#turn(against)));
    });
  }
  get change(): Decimal | null {
    return this.#figure('change', () => {
      const actual = givenOf(this.#facts.actual);
      const base = this.#c.baseline;
      return actual === null || base === null ? null : this.#exact(sub(actual, base));
    });
  }
  get requiredPace(): Decimal | null {
    return this.#figure('requiredPace', () => {
      const actual = givenOf(this.#facts.actual);
      const target = givenOf(this.#facts.target);
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
      deadline: this.deadline,
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
      paceRatio: text(this.paceRatio),
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

  /** One readable line for the Node REPL: `電子決裁率 FY2023 73.9% → 目標85% (遅れ, 進捗率 41.88%)`. */
  [INSPECT](): string {
    const words = { evaluationLine: evaluationLineWords('ja'), status: statusWords('ja') };
    const unitKind = this.#c.unitKind;
    const show = (d: Decimal | null): string => (d === null ? '—' : formatKpiValue(d, this.unit, unitKind));
    const goal = this.yearTarget ?? this.target;
    let text = `${this.name} FY${this.fiscalYear} `;
    text += this.kind === 'milestone' ? showMilestone(this.#facts.milestone, words) : show(this.actual);
    if (goal !== null) text += ` → ${words.evaluationLine.target(show(goal))}`;
    const progress = this.progress;
    const figure = progress === null ? '' : `, ${words.evaluationLine.progress} ${progress.toString()}%`;
    return `${text} (${words.status[this.status]}${figure})`;
  }

  notesIn(lang: Language): readonly string[] {
    const words = kpiNoteWords(languageOf(lang, 'en'));
    return Object.freeze(this.#notes.map((note) => note(words)));
  }

  /** The line the REPL shows: `String(evaluation)` and `${evaluation}` read the same. */
  toString(): string {
    return this[INSPECT]();
  }

  /** Its line where text is asked for; as a number it is refused, for `evaluation + 1` means nothing. */
  [Symbol.toPrimitive](hint: string): string {
    if (hint === 'string') return this.toString();
    throw errorOf(
      'INVALID_NUMBER',
      { evaluationNotANumber },
      { kpi: this.kpiId, fiscalYear: this.fiscalYear },
      { input: this.kpiId },
    );
  }
}

/** The achievement of a lower-is-better target of 0, as {@link KpiEvaluation.achievement} defines it. */
function towardsZero(actual: Ratio, baseline: Ratio | null): Ratio {
  if (isZero(actual)) return HUNDRED;
  if (baseline === null || baseline.num <= 0n) return ZERO;
  return mul(div(sub(baseline, actual), baseline), HUNDRED);
}

/** The percentage figures of an evaluation a judgement rule may band. */
export type ExactFigure = 'achievement' | 'progress' | 'paceRatio';

/**
 * A percentage figure of an evaluation, exactly, before the evaluation's rounding; for an
 * evaluation munikpi did not make, read from its figure as given.
 * @internal
 */
export function exactFigureOf(e: KpiEvaluation, name: ExactFigure): Ratio | null {
  if (e instanceof Evaluation) return Evaluation.exact(e, name);
  const given = e[name];
  return given === null || given === undefined ? null : ratioOf(given, name);
}

/**
 * Where an evaluation's actual stands against its baseline within a change tolerance: improved,
 * unchanged, worse; null without an actual or a baseline.
 * @internal
 */
export function changeOfEvaluation(
  e: KpiEvaluation,
  band: ChangeBand,
): 'improved' | 'unchanged' | 'worse' | null {
  if (e instanceof Evaluation) return Evaluation.change(e, band);
  if (e.actual === null || e.baseline === null) return null;
  const higher = e.direction !== 'lower';
  return changeOf(
    pointOf(ratioOf(e.actual, 'actual'), higher),
    pointOf(ratioOf(e.baseline, 'baseline'), higher),
    band,
  );
}

function givenOf(p: Point | null): Ratio | null {
  return p === null ? null : p.value;
}

function checkYear(c: CompiledKpi, fy: FiscalYear): void {
  const outside = (c.period !== null && (fy < c.period.start || fy > c.period.end)) || beforeBaseline(c, fy);
  if (outside) {
    throw errorOf(
      'FISCAL_YEAR_OUTSIDE_PERIOD',
      { outsideKpiPeriod },
      { id: c.kpi.id, fiscalYear: fy, start: c.period?.start ?? null, end: c.period?.end ?? null },
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
    throw errorOf('INVALID_ARGUMENT', { notEvaluateInput }, { input });
  }
  const fy = checkFiscalYear(input.fiscalYear, 4);
  checkYear(c, fy);
  const rounding = options === undefined ? DEFAULT_ROUNDING : roundingOf(options);
  const thresholds = thresholdsOf(options);
  const facts = factsOf(c, fy, input);
  return new Evaluation(c, fy, facts, judgeKpi(c, fy, facts, thresholds), rounding);
}

/** The thresholds of the status rule from evaluateKpi's options: the defaults unless given. */
function thresholdsOf(options: EvaluateOptions | undefined): StatusThresholds {
  if (options === undefined) return DEFAULT_THRESHOLDS;
  const checked = optionsOf(options);
  if (checked.tolerance === undefined && checked.aheadMargin === undefined && checked.change === undefined)
    return DEFAULT_THRESHOLDS;
  const tolerance = checked.tolerance === undefined ? ZERO : ratioOf(checked.tolerance, 'tolerance');
  const margin = checked.aheadMargin === undefined ? ONE : ratioOf(checked.aheadMargin, 'aheadMargin');
  if (tolerance.num < 0n || margin.num < 0n) {
    throw errorOf('INVALID_OPTION', { negativeThresholds }, { input: options });
  }
  return { tolerance, margin, change: checked.change === undefined ? null : changeBandOf(checked.change) };
}

/** A milestone's state for the REPL line: 完了 (with its date when given), 未完了, or — for no state. */
function showMilestone(state: MilestoneState | null, words: Pick<Catalogue, 'evaluationLine'>): string {
  if (state === null) return '—';
  if (!state.done) return words.evaluationLine.notDone;
  return state.date === null ? words.evaluationLine.done : `${words.evaluationLine.done} ${state.date.text}`;
}

/**
 * The status alone of a KPI in a fiscal year from its own observations, exactly as
 * `evaluateKpi(kpi, { fiscalYear }, options).status`, with no evaluation made: for audits and
 * suggestions over many programs. Throws what evaluateKpi throws.
 * @internal
 */
export function kpiStatusOf(kpi: Kpi, fiscalYear: FiscalYear, options?: EvaluateOptions): KpiStatus {
  const c = compiled(kpi);
  const fy = checkFiscalYear(fiscalYear, 4);
  checkYear(c, fy);
  const thresholds = thresholdsOf(options);
  if (options !== undefined) roundingOf(options);
  return judgeKpi(c, fy, factsOf(c, fy, { fiscalYear: fy }), thresholds).status;
}

/**
 * The statuses in order from worst to best, for sorting and comparing.
 *
 * @example
 * import { KPI_STATUS_ORDER } from 'munikpi';
 * KPI_STATUS_ORDER.indexOf('ahead') > KPI_STATUS_ORDER.indexOf('on-track'); // true
 */
export const KPI_STATUS_ORDER: readonly KpiStatus[] = Object.freeze([
  'worse',
  'unchanged',
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
export const KPI_STATUS_LABELS_JA: Readonly<Record<KpiStatus, string>> = Object.freeze({
  ...statusWords('ja'),
});
