export {
  type FiscalOptions,
  type FiscalYear,
  type FiscalYearRange,
  fiscalMonthOf,
  fiscalQuarterOf,
  fiscalYearOf,
  fiscalYearRange,
} from './fiscal-year.js';
export {
  type FiscalYearStyle,
  type FormatFiscalYearOptions,
  formatFiscalYear,
} from './format-fiscal-year.js';
export { type ParseFiscalYearOptions, parseFiscalYear } from './parse-fiscal-year.js';
export {
  type FiscalYearInput,
  type Fraction,
  type PlanPeriod,
  type PlanPeriodOptions,
  planPeriod,
} from './plan-period.js';
