/**
 * munikpi/schema: the zod schemas of the plan layout and the parsers that guard every
 * boundary where data comes in. The only entry of munikpi that imports zod.
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
  dateSchema,
  decimalSchema,
  declaredSummarySchema,
  fiscalYearSchema,
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
