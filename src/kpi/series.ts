import type { Decimal } from 'decimal.js';
import { decimalOf, type RoundingOptions, roundingOf } from '../core/decimal.js';
import { errorOf, optionsOf } from '../core/errors.js';
import { cmp, div, mul, neg, ratio, sub } from '../core/exact.js';
import {
  noObservedValue,
  noValueToPaceFrom,
  seriesNeedsYears,
  yearsEndBeforeStart,
} from '../core/messages/errors-en.js';
import { checkFiscalYear } from '../fiscal/fiscal-year.js';
import type { FiscalYear } from '../fiscal/index.js';
import { compiled } from './compile.js';
import { type EvaluateOptions, evaluateKpi, type KpiEvaluation } from './evaluate.js';
import type { Kpi } from './types.js';

/** Options for {@link evaluateKpiSeries}. */
export interface SeriesOptions extends EvaluateOptions {
  /** The first fiscal year; default the KPI's period start. */
  readonly from?: FiscalYear;
  /** The last fiscal year; default the KPI's period end. */
  readonly to?: FiscalYear;
}

/**
 * Evaluates a KPI in every fiscal year of its period (or `from`..`to`), using its observations.
 *
 * @param kpi - the KPI, with observations
 * @param options - the years, rounding and status options
 * @returns one evaluation per fiscal year, in order
 * @throws {MunikpiError} `INVALID_KPI` when neither a period nor `from` and `to` are given; the
 *   codes of {@link evaluateKpi}
 *
 * @example
 * import { evaluateKpiSeries } from 'munikpi';
 * const sales = {
 *   id: 'sales', name: '公有財産の売払い', unit: '円',
 *   target: { kind: 'annual', value: 20_000_000 },
 *   period: { start: 2021, end: 2024 },
 *   observations: [{ fiscalYear: 2023, value: 604_701_094 }],
 * } as const;
 * evaluateKpiSeries(sales).map((e) => e.status); // ['no-data', 'no-data', 'achieved', 'no-data']
 */
export function evaluateKpiSeries(kpi: Kpi, options?: SeriesOptions): KpiEvaluation[] {
  const c = compiled(kpi);
  options = optionsOf(options);
  const from = options.from ?? c.period?.start;
  const to = options.to ?? c.period?.end;
  if (from === undefined || to === undefined) {
    throw errorOf('INVALID_KPI', { seriesNeedsYears }, { id: c.kpi.id }, { input: options });
  }
  checkFiscalYear(from, 4);
  checkFiscalYear(to, 4);
  if (to < from) {
    throw errorOf('INVALID_FISCAL_YEAR', { yearsEndBeforeStart }, { from, to }, { input: options });
  }
  const out: KpiEvaluation[] = [];
  for (let fy = from; fy <= to; fy++) out.push(evaluateKpi(kpi, { fiscalYear: fy }, options));
  return out;
}

/** The change of a KPI between two fiscal years. */
export interface KpiTrend {
  /** The earlier fiscal year. */
  readonly from: FiscalYear;
  /** The later fiscal year. */
  readonly to: FiscalYear;
  /** The actual in the earlier year. */
  readonly fromValue: Decimal;
  /** The actual in the later year. */
  readonly toValue: Decimal;
  /** toValue − fromValue. */
  readonly change: Decimal;
  /** The change as a percentage of fromValue, or null when fromValue is 0. */
  readonly changeRate: Decimal | null;
  /** Whether the KPI moved the good way, the bad way, or not at all. */
  readonly direction: 'improved' | 'worsened' | 'unchanged';
}

/**
 * The change of a KPI between two fiscal years' observations.
 *
 * @param kpi - the KPI, with observations for both years
 * @param from - the earlier fiscal year
 * @param to - the later fiscal year
 * @param options - rounding for the change rate
 * @returns the trend
 * @throws {MunikpiError} `MISSING_OBSERVATION` when either year has no observed value
 *
 * @example
 * import { kpiTrend } from 'munikpi';
 * const online = {
 *   id: 'online', name: 'オンライン申請手続数', unit: '手続',
 *   target: { kind: 'no-worse' },
 *   observations: [{ fiscalYear: 2020, value: 18 }, { fiscalYear: 2021, value: 27 }],
 * } as const;
 * kpiTrend(online, 2020, 2021).changeRate?.toString(); // '50'
 */
export function kpiTrend(kpi: Kpi, from: FiscalYear, to: FiscalYear, options?: RoundingOptions): KpiTrend {
  const c = compiled(kpi);
  checkFiscalYear(from, 4);
  checkFiscalYear(to, 4);
  const r = roundingOf(options);
  const read = (fy: FiscalYear) => {
    const point = c.years.get(fy)?.point;
    if (point === undefined) {
      throw errorOf(
        'MISSING_OBSERVATION',
        { noObservedValue },
        { id: c.kpi.id, fiscalYear: fy },
        { input: fy },
      );
    }
    return point.value;
  };
  const a = read(from);
  const b = read(to);
  const change = sub(b, a);
  const better = cmp(c.higher ? change : neg(change), ratio(0));
  return {
    from,
    to,
    fromValue: decimalOf(a, null, 'half-up'),
    toValue: decimalOf(b, null, 'half-up'),
    change: decimalOf(change, null, 'half-up'),
    changeRate: a.num === 0n ? null : decimalOf(mul(div(change, a), ratio(100)), r.places, r.rounding),
    direction: better > 0 ? 'improved' : better < 0 ? 'worsened' : 'unchanged',
  };
}

/** What a KPI must still gain each year to meet its target on time. */
export interface RequiredPace {
  /** The fiscal year of the actual the pace starts from. */
  readonly fiscalYear: FiscalYear;
  /** That actual. */
  readonly actual: Decimal;
  /** Fiscal years left until the deadline. */
  readonly yearsLeft: number;
  /** The gain needed each remaining year, or null when the target is met or the deadline passed. */
  readonly perYear: Decimal | null;
}

/**
 * The yearly pace a level, change or rate KPI needs from its latest observation (or from the
 * given year) to still reach its target by the deadline.
 *
 * @param kpi - the KPI
 * @param at - the fiscal year to start from; default the latest observation
 * @param options - rounding (`valuePlaces`)
 * @returns the pace
 * @throws {MunikpiError} `MISSING_OBSERVATION` when there is no observed value to start from;
 *   the codes of {@link evaluateKpi}
 *
 * @example
 * import { requiredPace } from 'munikpi';
 * const eApproval = {
 *   id: 'e-approval', name: '電子決裁率', unit: '%',
 *   baseline: { value: 62.3, asOf: '2021-04-01' },
 *   target: { kind: 'level', value: 90, by: 2024 },
 *   observations: [{ fiscalYear: 2023, value: 73.9 }],
 * } as const;
 * requiredPace(eApproval).perYear?.toString(); // '16.1'
 */
export function requiredPace(kpi: Kpi, at?: FiscalYear, options?: RoundingOptions): RequiredPace {
  const c = compiled(kpi);
  if (at !== undefined) checkFiscalYear(at, 4);
  let fy = at;
  if (fy === undefined) {
    for (const [year, { point }] of c.years)
      if (point !== undefined && (fy === undefined || year > fy)) fy = year;
  }
  if (fy === undefined || c.years.get(fy)?.point === undefined) {
    throw errorOf('MISSING_OBSERVATION', { noValueToPaceFrom }, { id: c.kpi.id }, { input: at });
  }
  const evaluation = evaluateKpi(kpi, { fiscalYear: fy }, options);
  return {
    fiscalYear: fy,
    actual: evaluation.actual as Decimal,
    yearsLeft: c.deadline === null ? 0 : Math.max(c.deadline - fy, 0),
    perYear: evaluation.requiredPace,
  };
}
