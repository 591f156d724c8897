export {
  type DecimalInput,
  type RoundingOptions,
  roundFigure,
  toDecimal,
} from '../core/decimal.js';
export { ROUNDING_MODES, type RoundingMode } from '../core/exact.js';
export { unitKindOf } from './compile.js';
export { defineKpi } from './define.js';
export {
  type EvaluateInput,
  type EvaluateOptions,
  evaluateKpi,
  KPI_STATUS_LABELS_JA,
  KPI_STATUS_ORDER,
  type KpiEvaluation,
  type KpiReference,
  type KpiStatus,
} from './evaluate.js';
export { formatKpiValue } from './format.js';
export {
  evaluateKpiSeries,
  type KpiTrend,
  kpiTrend,
  type RequiredPace,
  requiredPace,
  type SeriesOptions,
} from './series.js';
export type {
  AnnualTarget,
  ChangeTarget,
  ChangeTolerance,
  CountTarget,
  KnownUnit,
  Kpi,
  KpiBaseline,
  KpiDirection,
  KpiObservation,
  KpiPeriod,
  KpiTarget,
  KpiTargetKind,
  LevelTarget,
  MilestoneProgress,
  MilestoneTarget,
  MonitorTarget,
  NoWorseTarget,
  RateTarget,
  UnitKind,
} from './types.js';
