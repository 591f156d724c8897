/*
 * The types of a judgement rule (the data), apart from the code that checks and applies it.
 */
import type { RoundingMode } from '../core/exact.js';
import type { ChangeTolerance, KpiStatus } from '../kpi/index.js';
import type { BandEnd } from './bands.js';
import type { Labels } from './labels.js';

/** The figures of an evaluation a rule may band, each a percentage. */
export type RuleFigure = 'achievement' | 'progress' | 'paceRatio';

/** Where an actual stands against its baseline within the rule's change tolerance. */
export type RuleChange = 'improved' | 'unchanged' | 'worse';

/** How the levels of a program's KPIs make the program's suggestion. */
export type RuleCombine = 'worst' | 'behind-first';

/** One case of a rule: every condition given must hold for its code to apply. */
export interface RuleCase {
  /** The code given: a level of the rule's scale (or a 対象外 code), or a verdict with a label. */
  readonly code: string;
  /** The wording, for a code that is not a level of a scale. */
  readonly label?: Labels;
  /** The evaluation's status is one of these. */
  readonly status?: readonly KpiStatus[];
  /** The year is `before` the target's deadline, or the deadline is `reached` (or there is none). */
  readonly deadline?: 'before' | 'reached';
  /** Against the baseline, within the rule's `change` tolerance, the actual is one of these. */
  readonly change?: readonly RuleChange[];
  /** The figure banded by `min` and `max`; a case with a figure never holds when it is null. */
  readonly figure?: RuleFigure;
  /** The figure's lower end; absent for none. */
  readonly min?: BandEnd;
  /** The figure's upper end; absent for none. */
  readonly max?: BandEnd;
}

/**
 * A judgement rule: plain, serialisable data that turns a KPI-year's evaluation into a level.
 * The cases are tried in order and the first that holds decides; none holding gives no level.
 */
export interface JudgementRule {
  /** An id, e.g. `tama-pace`. */
  readonly id: string;
  /** The rule's name. */
  readonly name: Labels;
  /** The id of the scale whose codes the rule gives (`tama-3`), when it is written for one. */
  readonly scale?: string;
  /** The band around the baseline that is `unchanged` (beyond it towards worse: `worse`). */
  readonly change?: ChangeTolerance;
  /** Decimal places a figure is rounded to before it is banded; absent: the exact figure. */
  readonly places?: number;
  /** How a figure is rounded to `places`; default `half-up`. */
  readonly rounding?: RoundingMode;
  /**
   * How a program's KPIs make its suggestion: `worst`, the lowest level any KPI has (default),
   * or `behind-first` (小平市): the lowest level whose progress is behind if any, else the highest.
   */
  readonly combine?: RuleCombine;
  /** The cases, tried in order. */
  readonly cases: readonly RuleCase[];
}
