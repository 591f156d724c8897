/*
 * The schema of a judgement rule (see src/rating/rules.ts), written with zod/mini: a rule in a
 * plan file is checked here at the boundary and shows in the plan's JSON Schema.
 */
import * as z from 'zod/mini';
import { ROUNDING_MODES, type RoundingMode } from '../core/exact.js';
import { isWellFormedText } from '../core/text.js';
import { ALL_KPI_STATUSES } from '../kpi/status-list.js';
import type { JudgementRule } from '../rating/index.js';

/** Text that must not be empty, at most `max` characters. */
const text = (max: number) =>
  z.string().check(z.minLength(1), z.maxLength(max), z.refine(isWellFormedText, 'expected well-formed text'));
/** A figure: a finite number or a decimal string. */
const figure = z.union([
  z.number(),
  z.string().check(z.regex(/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,4})?$/, 'expected a decimal figure')),
]);
const labels = z.strictObject({ ja: text(200), en: text(200) });
const end = z.strictObject({ value: figure, inclusive: z.boolean() });
const status = z.enum(ALL_KPI_STATUSES);
const change = z.enum(['improved', 'unchanged', 'worse']);

const ruleCase = z.strictObject({
  code: text(50),
  label: z.optional(labels),
  status: z.optional(z.array(status).check(z.maxLength(9))),
  deadline: z.optional(z.enum(['before', 'reached'])),
  change: z.optional(z.array(change).check(z.maxLength(3))),
  figure: z.optional(z.enum(['achievement', 'progress', 'paceRatio'])),
  min: z.optional(end),
  max: z.optional(end),
});

/** The rule schema with the types zod infers (the plan schema ties them to the model). @internal */
export const judgementRuleSchemaImpl = z.strictObject({
  id: text(100),
  name: labels,
  scale: z.optional(text(100)),
  change: z.optional(
    z.strictObject({
      measure: z.enum(['percent', 'points']),
      worse: figure,
      better: z.optional(figure),
    }),
  ),
  places: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(20))),
  rounding: z.optional(z.enum(ROUNDING_MODES as [RoundingMode, ...RoundingMode[]])),
  combine: z.optional(z.enum(['worst', 'behind-first'])),
  cases: z.array(ruleCase).check(z.minLength(1), z.maxLength(50)),
});

/** A value as JSON holds it: optional fields absent rather than undefined, all the way down. */
type Json<T> = T extends readonly (infer U)[]
  ? readonly Json<U>[]
  : T extends object
    ? { readonly [K in keyof T]: Json<Exclude<T[K], undefined>> }
    : T;
/** Fails tsc when what the schema accepts is not a JudgementRule. */
const tiedToModel = (value: Json<z.output<typeof judgementRuleSchemaImpl>>): JudgementRule => value;
void tiedToModel;

/**
 * A judgement rule as a plan file holds it (`"rule": { … }`): an id, a name, optional scale,
 * change tolerance, rounding and combine, and 1 to 50 cases. Written with zod/mini.
 *
 * @example
 * import { judgementRuleSchema } from 'munikpi/schema';
 * import { JUDGEMENT_RULES } from 'munikpi';
 * judgementRuleSchema.safeParse(JUDGEMENT_RULES.tama).success; // true
 * judgementRuleSchema.safeParse({ ...JUDGEMENT_RULES.tama, cases: [] }).success; // false
 */
export const judgementRuleSchema: z.ZodMiniType<JudgementRule> = ruleSchemaAsModel(judgementRuleSchemaImpl);

/**
 * The schema as the model type it reads. Sound because tiedToModel above fails tsc when what
 * the schema accepts is not a JudgementRule (JSON never holds undefined).
 */
function ruleSchemaAsModel(schema: z.ZodMiniType): z.ZodMiniType<JudgementRule> {
  return schema as z.ZodMiniType<JudgementRule>;
}
