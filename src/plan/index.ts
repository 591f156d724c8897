export {
  type AggregateOptions,
  type AppliedShareConvention,
  aggregateRatings,
  type RatingAggregate,
  type RatingRow,
  type RatingScore,
  type RatingTally,
} from './aggregate.js';
export {
  AUDIT_CODES,
  type AuditCode,
  type AuditCodeInfo,
  type AuditFinding,
  type AuditOptions,
  type AuditReport,
  type AuditSeverity,
  type AuditYearCode,
  auditPlan,
} from './audit.js';
export {
  type IssueCodeInfo,
  type IssueLimits,
  PLAN_ISSUE_CODES,
  type PlanCheckCode,
  type PlanIssue,
  type PlanIssueCode,
  type PlanIssueOptions,
  planIssues,
} from './check.js';
export { definePlan } from './define.js';
export {
  type RatingSuggestion,
  type SuggestionBasis,
  type SuggestOptions,
  suggestRating,
} from './suggest.js';
export { type RatingChange, type RatingTransitions, ratingTransitions } from './transitions.js';
export type {
  ActionItem,
  DeclaredSummary,
  DeclaredSummaryRow,
  DeclaredSummaryTotal,
  Direction,
  FiscalPeriod,
  Plan,
  PlanSource,
  PlanTerms,
  Program,
  ProgramKind,
  ProgramReport,
  RatingCounts,
} from './types.js';
