/**
 * munikpi: progress management for Japanese municipal reform plans.
 *
 * The core: era dates and fiscal years, KPIs and exact attainment, rating scales, plans,
 * aggregation, audits and reports. Schemas live in `munikpi/schema`, the bundled Kodaira
 * data in `munikpi/data/kodaira-fy2023`.
 *
 * @packageDocumentation
 */
export {
  addDays,
  type CalendarDate,
  calendarDate,
  compareDates,
  type DateInput,
  daysBetween,
  ERAS,
  type Era,
  type EraName,
  type FindWarekiOptions,
  type FormatWarekiOptions,
  findWarekiDates,
  formatWareki,
  isoDate,
  MAX_FIND_LENGTH,
  MAX_WAREKI_LENGTH,
  type ParsedWareki,
  type ParsedWarekiDay,
  type ParsedWarekiMonth,
  type ParsedWarekiYear,
  type ParseWarekiOptions,
  parseWareki,
  today,
  toWareki,
  type WarekiDate,
  type WarekiMatch,
  type WarekiMatchKind,
} from './era/index.js';
export {
  ERROR_CODES,
  MunikpiError,
  type MunikpiErrorCode,
  type MunikpiErrorOptions,
  type MunikpiIssue,
} from './errors.js';
export {
  type FiscalOptions,
  type FiscalYear,
  type FiscalYearInput,
  type FiscalYearRange,
  type FiscalYearStyle,
  type FormatFiscalYearOptions,
  type Fraction,
  fiscalMonthOf,
  fiscalQuarterOf,
  fiscalYearOf,
  fiscalYearRange,
  formatFiscalYear,
  type ParseFiscalYearOptions,
  type PlanPeriod,
  parseFiscalYear,
  planPeriod,
} from './fiscal/index.js';
export { VERSION } from './version.js';
