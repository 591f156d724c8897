export {
  AUDIT_CODES,
  type AuditCode,
  type AuditCodeInfo,
  type AuditFinding,
  type AuditOptions,
  type AuditReport,
  type AuditSeverity,
  auditPlan,
} from './audit.js';
export { definePlan } from './define.js';
export {
  type RatingSuggestion,
  type SuggestionBasis,
  type SuggestOptions,
  suggestRating,
} from './suggest.js';
export type {
  ActionItem,
  DeclaredSummary,
  DeclaredSummaryRow,
  DeclaredSummaryTotal,
  Direction,
  FiscalPeriod,
  Plan,
  PlanSource,
  Program,
  ProgramKind,
  ProgramReport,
  RatingCounts,
} from './types.js';
