/**
 * munikpi/schema: the zod schemas of the plan layout and the parsers that guard every
 * boundary where data comes in. The core never imports zod; this entry does (and `munikpi/io`,
 * which validates through it).
 *
 * @packageDocumentation
 */
export { type ReadJsonOptions, readJson } from './json.js';
export {
  type InvalidPlan,
  type PlanValidation,
  parseKpi,
  parsePlan,
  planJsonSchema,
  type ValidPlan,
  validatePlan,
} from './parse.js';
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
