/**
 * munikpi/schema: the zod schemas of the plan layout and the parsers that guard every
 * boundary where data comes in. The core never imports zod; this entry does (and `munikpi/io`,
 * which validates through it).
 *
 * @packageDocumentation
 */
export {
  ISSUE_LIMITS,
  MAX_DEPTH,
  MAX_PLAN_BYTES,
  MAX_SPREADSHEET_BYTES,
  PLAN_LIMITS,
} from '../core/limits.js';
export type { Language } from '../core/messages/index.js';
export {
  type AuditYearCode,
  type IssueCodeInfo,
  type IssueLimits,
  PLAN_ISSUE_CODES,
  type PlanCheckCode,
  type PlanIssue,
  type PlanIssueCode,
  type PlanIssueOptions,
  planIssues,
} from '../plan/index.js';
export { type ReadJsonOptions, readJson } from './json.js';
export {
  type InvalidPlan,
  type PlanValidation,
  parseKpi,
  parsePlan,
  planJsonSchema,
  type ValidateOptions,
  type ValidationIssue,
  type ValidPlan,
  validatePlan,
} from './parse.js';
export { judgementRuleSchema } from './rules.js';
export {
  actionItemSchema,
  dateSchema,
  decimalSchema,
  declaredSummarySchema,
  directionSchema,
  fiscalYearSchema,
  kpiBaselineSchema,
  kpiObservationSchema,
  kpiSchema,
  kpiTargetSchema,
  looseDateSchema,
  type PlanDocument,
  planSchema,
  programReportSchema,
  programSchema,
  ratingScaleSchema,
  SCALE_IDS,
} from './schemas.js';
