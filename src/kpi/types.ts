import type { DecimalInput } from '../core/decimal.js';
import type { FiscalYear } from '../fiscal/index.js';

/** Which way is better: a higher value (e.g. 電子決裁率) or a lower one (e.g. 経常経費). */
export type KpiDirection = 'higher' | 'lower';

/**
 * What a unit measures, which decides the checks and the display: `percent` (%), `money` (円:
 * never negative, shown with grouping), `count` (件, 団体, 施設: whole, never negative) or
 * `quantity` (anything else).
 */
export type UnitKind = 'percent' | 'money' | 'count' | 'quantity';

/** The baseline (基準値) a KPI is measured from. */
export interface KpiBaseline {
  /** The value, or absent when the document does not give one. */
  readonly value?: DecimalInput;
  /** The day the baseline was taken, `YYYY-MM-DD` (令和3年4月1日現在 → `2021-04-01`). */
  readonly asOf?: string;
  /** Or: the fiscal year whose result the baseline is (令和2年度実績 → 2020). */
  readonly fiscalYear?: FiscalYear;
  /** Free text, e.g. how the document states it. */
  readonly note?: string;
}

/**
 * Reach a level by the end of a fiscal year: 電子決裁率 ≥ 90 % by R6.
 * The straight line from the baseline to the target sets each year's expected value.
 * A level equal to the baseline is a 維持 target (hold 80 %): every year is judged against the
 * level itself, met when the actual is at it or better, as an {@link AnnualTarget} is.
 */
export interface LevelTarget {
  /** The kind of target. */
  readonly kind: 'level';
  /** The level to reach (a cap not to exceed when lower is better). */
  readonly value: DecimalInput;
  /** The fiscal year by whose end the level is due; default the KPI's last year. */
  readonly by?: FiscalYear;
}

/** Change the baseline by an amount by a deadline: 指定管理 1 facility more than the 48 of R3. */
export interface ChangeTarget {
  /** The kind of target. */
  readonly kind: 'change';
  /** How much better than the baseline: added when higher is better, taken off when lower is. */
  readonly amount: DecimalInput;
  /** The fiscal year by whose end the change is due; default the KPI's last year. */
  readonly by?: FiscalYear;
}

/** Change the baseline by a percentage by a deadline: 経常経費 reduced by ≥ 20 %. */
export interface RateTarget {
  /** The kind of target. */
  readonly kind: 'rate';
  /** The percentage of the baseline: an increase when higher is better, a reduction when lower is. */
  readonly percent: DecimalInput;
  /** The fiscal year by whose end the change is due; default the KPI's last year. */
  readonly by?: FiscalYear;
}

/** A minimum (or, when lower is better, a maximum) every fiscal year: 売払い ≥ ¥20,000,000 a year. */
export interface AnnualTarget {
  /** The kind of target. */
  readonly kind: 'annual';
  /** The value each fiscal year must reach. */
  readonly value: DecimalInput;
}

/** A whole number of events every fiscal year: ≥ 1 ICT improvement a year. */
export interface CountTarget {
  /** The kind of target. */
  readonly kind: 'count';
  /** How many each fiscal year (at least, or at most when lower is better). */
  readonly value: DecimalInput;
}

/** No worse than the previous fiscal year: オンライン申請 procedures (R2: 18). */
export interface NoWorseTarget {
  /** The kind of target. */
  readonly kind: 'no-worse';
}

/** Something done by a date: 給食調理委託 at 小川西保育園 started by 2024-01. */
export interface MilestoneTarget {
  /** The kind of target. */
  readonly kind: 'milestone';
  /** When it is due: `YYYY-MM` (by the end of that month) or `YYYY-MM-DD`. */
  readonly due: string;
  /** What is to be done. */
  readonly description?: string;
}

/** An indicator tracked without a target (e.g. 職員定数): values and trends only. */
export interface MonitorTarget {
  /** The kind of target. */
  readonly kind: 'monitor';
}

/** Every kind of target, each with its own attainment rule. */
export type KpiTarget =
  | LevelTarget
  | ChangeTarget
  | RateTarget
  | AnnualTarget
  | CountTarget
  | NoWorseTarget
  | MilestoneTarget
  | MonitorTarget;

/** The kind of a target: `level`, `change`, `rate`, `annual`, `count`, `no-worse`, `milestone`, `monitor`. */
export type KpiTargetKind = KpiTarget['kind'];

/** Whether a milestone is done, and when. */
export interface MilestoneProgress {
  /** Whether it is done. */
  readonly done: boolean;
  /** When it was done: `YYYY-MM` or `YYYY-MM-DD`. */
  readonly on?: string;
}

/** A measured value (実績) for a fiscal year. */
export interface KpiObservation {
  /** The fiscal year the value belongs to. */
  readonly fiscalYear: FiscalYear;
  /** The value, for numeric kinds. */
  readonly value?: DecimalInput;
  /** The state, for milestones. */
  readonly milestone?: MilestoneProgress;
  /** When it was measured, `YYYY-MM-DD` (令和5年度末 → `2024-03-31`). */
  readonly asOf?: string;
  /** Where the figure comes from, e.g. the report's wording. */
  readonly source?: string;
}

/** The fiscal years in which a KPI is assessed, first and last inclusive. */
export interface KpiPeriod {
  /** The first fiscal year. */
  readonly start: FiscalYear;
  /** The last fiscal year. */
  readonly end: FiscalYear;
}

/** Units an editor offers for a KPI; any other text is accepted too. */
export type KnownUnit =
  | '%'
  | '円'
  | '千円'
  | '万円'
  | '百万円'
  | '億円'
  | '件'
  | '団体'
  | '施設'
  | '人'
  | '園'
  | '回'
  | '手続'
  | '業務'
  | '校'
  | '箇所'
  | '世帯'
  | '事業';

/** A key performance indicator: what is measured, from where, to what target. */
export interface Kpi {
  /** An id unique within the plan, e.g. `p12-e-approval`. */
  readonly id: string;
  /** The name as the plan writes it, e.g. `電子決裁率`. */
  readonly name: string;
  /** The unit as written: `%`, `円`, `件`, `団体`, `施設`, `人`, `園` … (any text). */
  readonly unit: KnownUnit | (string & {});
  /** What the unit measures; inferred from `unit` when absent (see {@link unitKindOf}). */
  readonly unitKind?: UnitKind;
  /** Which way is better; default `higher`. */
  readonly direction?: KpiDirection;
  /** Where the KPI starts from. */
  readonly baseline?: KpiBaseline;
  /** What it must reach. */
  readonly target: KpiTarget;
  /** Per-year targets (年度設定目標), keyed by fiscal year: `{ '2023': 85 }`. */
  readonly yearTargets?: Readonly<Record<string, DecimalInput>>;
  /** The fiscal years in which the KPI is assessed (first and last), e.g. the plan period. */
  readonly period?: KpiPeriod;
  /** Measured values, one per fiscal year. */
  readonly observations?: readonly KpiObservation[];
  /** Anything the document says about the KPI that has no field of its own. */
  readonly notes?: readonly string[];
}

/**
 * The band around the baseline within which a KPI counts as `unchanged` (変わらない, 同水準): a
 * change further towards worse is `worse`. Both ends of the band are inclusive (以内).
 *
 * - 長与町 (第9次総合計画): 「基準値と同水準である（△10%以内）」 is
 *   `{ measure: 'percent', worse: 10, better: 0 }`: down to 10 % of the baseline below it;
 * - 福岡市 (survey indicators): ±3 points is `{ measure: 'points', worse: 3 }`.
 */
export interface ChangeTolerance {
  /** `percent`: a percentage of the baseline's size; `points`: in the KPI's own unit. */
  readonly measure: 'percent' | 'points';
  /** How far worse than the baseline still counts as unchanged. */
  readonly worse: DecimalInput;
  /** How far better than the baseline still counts as unchanged; default the same as `worse`. */
  readonly better?: DecimalInput;
}
