import * as z from 'zod/mini';
import { ROUNDING_MODES, type RoundingMode } from '../core/exact.js';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN, PLAN_LIMITS } from '../core/limits.js';
import { isFiscalYearKey, isWellFormedText } from '../core/text.js';
import { calendarDate } from '../era/index.js';
import type {
  Kpi,
  KpiBaseline,
  KpiObservation,
  KpiPeriod,
  KpiTarget,
  MilestoneProgress,
} from '../kpi/index.js';
import type {
  ActionItem,
  DeclaredSummary,
  DeclaredSummaryRow,
  DeclaredSummaryTotal,
  Direction,
  FiscalPeriod,
  Plan,
  PlanSource,
  Program,
  ProgramReport,
} from '../plan/index.js';
import type { Labels, RatingLevel, RatingScale } from '../rating/index.js';
import { RATING_SCALES } from '../rating/index.js';
import { judgementRuleSchemaImpl } from './rules.js';

/** Text that must not be empty. */
const text = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(PLAN_LIMITS.text),
    z.refine(isWellFormedText, 'expected text without a lone surrogate'),
  );
/** Free text, possibly empty. */
const prose = z
  .string()
  .check(
    z.maxLength(PLAN_LIMITS.prose),
    z.refine(isWellFormedText, 'expected text without a lone surrogate'),
  );
const lines = z.array(prose).check(z.maxLength(PLAN_LIMITS.lines));
/** An id. */
const id = text.check(z.maxLength(PLAN_LIMITS.id));
/** A rating code. */
const code = text.check(z.maxLength(PLAN_LIMITS.code));

/** The patterns of the layout, each named by the issue code a value that misses it gets. */
export const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,4})?$/;
export const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const LOOSE_DATE = /^\d{4}-\d{2}(-\d{2})?$/;
export const FISCAL_YEAR_KEY = /^\d{4}$/;
export const COLOUR = /^#[0-9a-fA-F]{6}$/;

/** A figure: a finite JSON number or a decimal string such as `"604701094"` or `"73.9"`. */
const decimalSchemaImpl = z.union([
  z
    .number()
    .check(
      z.refine(Number.isFinite, { message: 'expected a finite number', params: { code: 'INVALID_NUMBER' } }),
    ),
  z.string().check(z.regex(DECIMAL, 'expected a decimal number such as "73.9"')),
]);

/** A fiscal year: a whole number 1873..9998 (2023 = 令和5年度). */
const fiscalYearSchemaImpl = z
  .number()
  .check(z.int(), z.minimum(FISCAL_YEAR_MIN), z.maximum(FISCAL_YEAR_MAX));

/** A fiscal year as an object key: four digits. */
const fiscalYearKey = z.string().check(
  z.refine(isFiscalYearKey, {
    message: 'expected a fiscal year 1873..9998 such as "2023"',
    params: { code: 'INVALID_FISCAL_YEAR' },
  }),
);

function validDate(value: string): boolean {
  try {
    calendarDate(value);
    return true;
  } catch {
    return false;
  }
}

/** A calendar date, `YYYY-MM-DD`, that exists. */
const dateSchemaImpl = z
  .string()
  .check(
    z.regex(DATE, 'expected a date YYYY-MM-DD'),
    z.refine(validDate, { message: 'expected a date that exists', params: { code: 'INVALID_DATE' } }),
  );

/** A date or a month: `YYYY-MM-DD` or `YYYY-MM`. */
const looseDateSchemaImpl = z.string().check(
  z.regex(LOOSE_DATE, 'expected YYYY-MM or YYYY-MM-DD'),
  z.refine((v: string) => validDate(v.length === 7 ? `${v}-01` : v), {
    message: 'expected a date that exists',
    params: { code: 'INVALID_DATE' },
  }),
);

const by = { by: z.optional(fiscalYearSchemaImpl) };

/** Every kind of KPI target, told apart by `kind`. */
const kpiTargetSchemaImpl = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('level'), value: decimalSchemaImpl, ...by }),
  z.strictObject({ kind: z.literal('change'), amount: decimalSchemaImpl, ...by }),
  z.strictObject({ kind: z.literal('rate'), percent: decimalSchemaImpl, ...by }),
  z.strictObject({ kind: z.literal('annual'), value: decimalSchemaImpl }),
  z.strictObject({ kind: z.literal('count'), value: decimalSchemaImpl }),
  z.strictObject({ kind: z.literal('no-worse') }),
  z.strictObject({ kind: z.literal('milestone'), due: looseDateSchemaImpl, description: z.optional(text) }),
  z.strictObject({ kind: z.literal('monitor') }),
]);

/** A KPI observation (実績) for one fiscal year. */
const kpiObservationSchemaImpl = z.strictObject({
  fiscalYear: fiscalYearSchemaImpl,
  value: z.optional(decimalSchemaImpl),
  milestone: z.optional(z.strictObject({ done: z.boolean(), on: z.optional(looseDateSchemaImpl) })),
  asOf: z.optional(dateSchemaImpl),
  source: z.optional(prose),
});

/** A KPI's baseline (基準値). */
const kpiBaselineSchemaImpl = z.strictObject({
  value: z.optional(decimalSchemaImpl),
  asOf: z.optional(dateSchemaImpl),
  fiscalYear: z.optional(fiscalYearSchemaImpl),
  note: z.optional(prose),
});

/** A KPI. */
const kpiSchemaImpl = z.strictObject({
  id,
  name: text,
  unit: z.string().check(z.maxLength(50)),
  unitKind: z.optional(z.enum(['percent', 'money', 'count', 'quantity'])),
  direction: z.optional(z.enum(['higher', 'lower'])),
  baseline: z.optional(kpiBaselineSchemaImpl),
  target: kpiTargetSchemaImpl,
  yearTargets: z.optional(z.record(fiscalYearKey, decimalSchemaImpl)),
  period: z.optional(z.strictObject({ start: fiscalYearSchemaImpl, end: fiscalYearSchemaImpl })),
  observations: z.optional(z.array(kpiObservationSchemaImpl).check(z.maxLength(PLAN_LIMITS.observations))),
  notes: z.optional(lines),
});

const labels = z.strictObject({
  ja: z.string().check(z.maxLength(200)),
  en: z.string().check(z.maxLength(200)),
});

/** One end of a score band: a figure and whether the band includes it. */
const bandEnd = z.strictObject({ value: decimalSchemaImpl, inclusive: z.boolean() });
const roundingMode = z.enum(ROUNDING_MODES as [RoundingMode, ...RoundingMode[]]);

/** A rating scale: levels best first, 対象外 and 未評価 codes, score bands, the share convention. */
const ratingScaleSchemaImpl = z.strictObject({
  id,
  name: labels,
  levels: z
    .array(
      z.strictObject({
        code,
        label: labels,
        progress: z.enum(['ahead', 'on-track', 'behind']),
        score: z.optional(
          z.number().check(
            z.refine(Number.isFinite, {
              message: 'expected a finite number',
              params: { code: 'INVALID_NUMBER' },
            }),
          ),
        ),
        color: z.optional(z.string().check(z.regex(COLOUR, 'expected a colour #rrggbb'))),
      }),
    )
    .check(z.minLength(1), z.maxLength(PLAN_LIMITS.levels)),
  notApplicable: z.optional(z.array(code).check(z.maxLength(PLAN_LIMITS.levels))),
  unrated: z.optional(z.array(code).check(z.maxLength(PLAN_LIMITS.levels))),
  bands: z.optional(
    z.strictObject({
      of: z.enum(['sum', 'mean']),
      places: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(20))),
      rounding: z.optional(roundingMode),
      bands: z
        .array(
          z.strictObject({
            code: text.check(z.maxLength(50)),
            label: z.optional(labels),
            min: z.optional(bandEnd),
            max: z.optional(bandEnd),
          }),
        )
        .check(z.minLength(1), z.maxLength(50)),
    }),
  ),
  shares: z.optional(
    z.strictObject({
      method: z.enum(['each', 'largest-remainder']),
      places: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(20))),
      rounding: z.optional(roundingMode),
      fixed: z.optional(z.boolean()),
      note: z.optional(z.union([z.boolean(), labels])),
    }),
  ),
});

/**
 * The ids of the rating scales munikpi ships, usable as `"scale": "kizugawa-sabc"` in a plan file.
 *
 * @example
 * import { SCALE_IDS } from 'munikpi/schema';
 * SCALE_IDS.includes('kodaira-sab'); // true
 */
export const SCALE_IDS = Object.values(RATING_SCALES).map((scale) => scale.id) as [string, ...string[]];

/** One yearly report of a program. */
const programReportSchemaImpl = z.strictObject({
  planned: z.optional(lines),
  targets: z.optional(lines),
  results: z.optional(lines),
  issues: z.optional(lines),
  rating: z.optional(code),
  reasons: z.optional(lines),
  nextSteps: z.optional(lines),
  notes: z.optional(lines),
});

/** An action item (取組項目) with its schedule by fiscal year. */
const actionItemSchemaImpl = z.strictObject({
  name: text,
  schedule: z.optional(z.record(fiscalYearKey, prose)),
  scheduleText: z.optional(prose),
});

/** A program. */
const programSchemaImpl = z.strictObject({
  id,
  number: z.number().check(z.int(), z.minimum(0), z.maximum(PLAN_LIMITS.number)),
  display: z.optional(text.check(z.maxLength(20))),
  name: text,
  kind: z.enum(['implementation', 'study']),
  direction: id,
  approaches: z.optional(lines),
  actionItems: z.optional(z.array(actionItemSchemaImpl).check(z.maxLength(PLAN_LIMITS.actionItems))),
  scheduleText: z.optional(prose),
  kpis: z.optional(z.array(kpiSchemaImpl).check(z.maxLength(PLAN_LIMITS.kpis))),
  reports: z.optional(z.record(fiscalYearKey, programReportSchemaImpl)),
  notes: z.optional(lines),
});

const count = z.number().check(z.int(), z.minimum(0), z.maximum(PLAN_LIMITS.count));

/** A summary table a document declares. */
const declaredSummarySchemaImpl = z.strictObject({
  fiscalYear: fiscalYearSchemaImpl,
  asOf: z.optional(prose),
  rows: z
    .array(
      z.strictObject({
        direction: id,
        programCount: z.optional(count),
        counts: z.record(code, count),
      }),
    )
    .check(z.maxLength(PLAN_LIMITS.summaryRows)),
  total: z.optional(z.strictObject({ programCount: z.optional(count), counts: z.record(code, count) })),
  notes: z.optional(lines),
});

/** A direction (方向性): a group of programs. */
const directionSchemaImpl = z.strictObject({
  id,
  number: z.number().check(z.int(), z.minimum(0), z.maximum(PLAN_LIMITS.number)),
  name: text,
  programCount: z.optional(count),
});

/** A plan document (the JSON layout munikpi reads and writes). */
const planSchemaImpl = z.strictObject({
  $schema: z.optional(z.string()),
  id,
  municipality: text.check(z.maxLength(200)),
  title: text,
  period: z.strictObject({
    start: fiscalYearSchemaImpl,
    end: fiscalYearSchemaImpl,
    spelling: z.optional(
      z.strictObject({
        start: z.optional(text.check(z.maxLength(50))),
        end: z.optional(text.check(z.maxLength(50))),
      }),
    ),
  }),
  terms: z.optional(
    z.strictObject({
      direction: z.strictObject({ ja: text.check(z.maxLength(50)), en: text.check(z.maxLength(50)) }),
      program: z.strictObject({ ja: text.check(z.maxLength(50)), en: text.check(z.maxLength(50)) }),
    }),
  ),
  scale: z.optional(z.union([z.enum(SCALE_IDS), ratingScaleSchemaImpl])),
  rule: z.optional(judgementRuleSchemaImpl),
  directions: z.array(directionSchemaImpl).check(z.maxLength(PLAN_LIMITS.directions)),
  programs: z.array(programSchemaImpl).check(z.maxLength(PLAN_LIMITS.programs)),
  summaries: z.optional(z.array(declaredSummarySchemaImpl).check(z.maxLength(PLAN_LIMITS.summaries))),
  source: z.optional(
    z.strictObject({
      title: text,
      publisher: z.optional(prose),
      asOf: z.optional(prose),
      url: z.optional(z.string().check(z.maxLength(2000))),
    }),
  ),
  notes: z.optional(lines),
});

/**
 * A plan document as its JSON is written: a {@link Plan} whose scale may also be given by the
 * id of a scale munikpi ships (`"kizugawa-sabc"`), with an optional `$schema` pointer.
 */
export interface PlanDocument extends Omit<Plan, 'scale'> {
  /** A pointer to the JSON Schema, for editors; ignored when read. */
  readonly $schema?: string;
  /** The rating scale, inline or by the id of a scale munikpi ships; default Kodaira's S/A/B. */
  readonly scale?: RatingScale | string;
}

// Each schema is tied to the munikpi model type it reads: its output (with the `undefined`
// zod adds to optional fields taken away, since JSON never holds it) must be a value of the
// model, and the two must name the same fields, at every level. A field added to one and not
// the other makes `tied` refuse the schema, and tsc with it.

/** A value as JSON holds it: optional fields absent rather than undefined, all the way down. */
type Json<T> = T extends readonly (infer U)[]
  ? readonly Json<U>[]
  : T extends object
    ? { readonly [K in keyof T]: Json<Exclude<T[K], undefined>> }
    : T;
/** The field names of every member of a union. */
type Fields<T> = T extends unknown ? keyof T : never;
/** True when two types name the same fields. */
type SameFields<A, B> = [Fields<A>] extends [Fields<B>]
  ? [Fields<B>] extends [Fields<A>]
    ? true
    : false
  : false;
/** The schema itself when it is tied to the model, `never` when not. */
type TiedTo<Model, S extends z.ZodMiniType> =
  Json<z.output<S>> extends Model ? (SameFields<z.output<S>, Model> extends true ? S : never) : never;
/** The nested objects that have no schema of their own: each names the model's fields. */
type Out<S extends z.ZodMiniType> = NonNullable<z.output<S>>;
type Nested = [
  SameFields<Out<typeof kpiObservationSchemaImpl>['milestone'], MilestoneProgress>,
  SameFields<NonNullable<Out<typeof kpiSchemaImpl>['period']>, KpiPeriod>,
  SameFields<Out<typeof ratingScaleSchemaImpl>['levels'][number], RatingLevel>,
  SameFields<Out<typeof ratingScaleSchemaImpl>['name'], Labels>,
  SameFields<Out<typeof declaredSummarySchemaImpl>['rows'][number], DeclaredSummaryRow>,
  SameFields<NonNullable<Out<typeof declaredSummarySchemaImpl>['total']>, DeclaredSummaryTotal>,
  SameFields<Out<typeof planSchemaImpl>['period'], FiscalPeriod>,
  SameFields<NonNullable<Out<typeof planSchemaImpl>['source']>, PlanSource>,
];
/**
 * A schema as the model type it reads: accepted only when tied to it. The one step tsc cannot
 * take itself, from zod's `field?: T | undefined` to the model's `field?: T`, is sound because
 * JSON never holds undefined.
 */
function tied<Model, S extends z.ZodMiniType>(schema: S & TiedTo<Model, S>): z.ZodMiniType<Model>;
function tied(schema: z.ZodMiniType): z.ZodMiniType {
  return schema;
}

/** Fails tsc when a nested object's fields differ from the model's. */
const nestedTied: Nested = [true, true, true, true, true, true, true, true];
void nestedTied;

/**
 * A figure: a finite JSON number or a decimal string such as `"604701094"` or `"73.9"`.
 *
 * @example
 * import { decimalSchema } from 'munikpi/schema';
 * decimalSchema.safeParse('604701094').success; // true
 * decimalSchema.safeParse('6億').success; // false
 */
export const decimalSchema = tied<number | string, typeof decimalSchemaImpl>(decimalSchemaImpl);
/**
 * A fiscal year: a whole number 1873..9998 (2023 = 令和5年度).
 *
 * @example
 * import { fiscalYearSchema } from 'munikpi/schema';
 * fiscalYearSchema.safeParse(2023).success; // true
 * fiscalYearSchema.safeParse(1872).success; // false
 */
export const fiscalYearSchema = tied<number, typeof fiscalYearSchemaImpl>(fiscalYearSchemaImpl);
/**
 * A calendar date, `YYYY-MM-DD`, that exists.
 *
 * @example
 * import { dateSchema } from 'munikpi/schema';
 * dateSchema.safeParse('2023-04-01').success; // true
 * dateSchema.safeParse('2023-02-30').success; // false
 */
export const dateSchema = tied<string, typeof dateSchemaImpl>(dateSchemaImpl);
/**
 * A date or a month: `YYYY-MM-DD` or `YYYY-MM`.
 *
 * @example
 * import { looseDateSchema } from 'munikpi/schema';
 * looseDateSchema.safeParse('2024-01').success; // true
 */
export const looseDateSchema = tied<string, typeof looseDateSchemaImpl>(looseDateSchemaImpl);
/**
 * Every kind of KPI target, told apart by `kind`.
 *
 * @example
 * import { kpiTargetSchema } from 'munikpi/schema';
 * kpiTargetSchema.safeParse({ kind: 'annual', value: 20000000 }).success; // true
 * kpiTargetSchema.safeParse({ kind: 'guess' }).success; // false
 */
export const kpiTargetSchema = tied<KpiTarget, typeof kpiTargetSchemaImpl>(kpiTargetSchemaImpl);
/**
 * A KPI observation (実績) for one fiscal year.
 *
 * @example
 * import { kpiObservationSchema } from 'munikpi/schema';
 * kpiObservationSchema.safeParse({ fiscalYear: 2023, value: '73.9' }).success; // true
 */
export const kpiObservationSchema = tied<KpiObservation, typeof kpiObservationSchemaImpl>(
  kpiObservationSchemaImpl,
);
/**
 * A KPI's baseline (基準値): a value, when it was taken, or only a note when the source gives none.
 *
 * @example
 * import { kpiBaselineSchema } from 'munikpi/schema';
 * kpiBaselineSchema.safeParse({ value: 62.3, asOf: '2021-04-01' }).success; // true
 * kpiBaselineSchema.safeParse({ value: 'about 60' }).success; // false
 */
export const kpiBaselineSchema = tied<KpiBaseline, typeof kpiBaselineSchemaImpl>(kpiBaselineSchemaImpl);
/**
 * An action item (取組項目) of a program, with its schedule by fiscal year.
 *
 * @example
 * import { actionItemSchema } from 'munikpi/schema';
 * actionItemSchema.safeParse({ name: '電子決裁の推進', schedule: { 2023: '実施' } }).success; // true
 */
export const actionItemSchema = tied<ActionItem, typeof actionItemSchemaImpl>(actionItemSchemaImpl);
/**
 * A direction (方向性): a group of programs, with the number of programs the plan gives it.
 *
 * @example
 * import { directionSchema } from 'munikpi/schema';
 * directionSchema.safeParse({ id: 'd3', number: 3, name: '運営・業務執行体制の効率化', programCount: 9 }).success; // true
 */
export const directionSchema = tied<Direction, typeof directionSchemaImpl>(directionSchemaImpl);
/**
 * A KPI.
 *
 * @example
 * import { kpiSchema } from 'munikpi/schema';
 * kpiSchema.safeParse({ id: 'k', name: '電子決裁率', unit: '%', target: { kind: 'level', value: 90 } }).success; // true
 */
export const kpiSchema = tied<Kpi, typeof kpiSchemaImpl>(kpiSchemaImpl);
/**
 * A rating scale: levels best first.
 *
 * @example
 * import { SAB_SCALE } from 'munikpi';
 * import { ratingScaleSchema } from 'munikpi/schema';
 * ratingScaleSchema.safeParse(SAB_SCALE).success; // true
 */
export const ratingScaleSchema = tied<RatingScale, typeof ratingScaleSchemaImpl>(ratingScaleSchemaImpl);
/**
 * One yearly report of a program.
 *
 * @example
 * import { programReportSchema } from 'munikpi/schema';
 * programReportSchema.safeParse({ rating: 'B', results: ['令和5年度末での電子決裁率73.9%'] }).success; // true
 */
export const programReportSchema = tied<ProgramReport, typeof programReportSchemaImpl>(
  programReportSchemaImpl,
);
/**
 * A program.
 *
 * @example
 * import { programSchema } from 'munikpi/schema';
 * programSchema.safeParse({ id: 'p1', number: 1, name: '幅広い市民意見の収集', kind: 'implementation', direction: 'd1' }).success; // true
 */
export const programSchema = tied<Program, typeof programSchemaImpl>(programSchemaImpl);
/**
 * A summary table a document declares.
 *
 * @example
 * import { declaredSummarySchema } from 'munikpi/schema';
 * declaredSummarySchema.safeParse({ fiscalYear: 2023, rows: [{ direction: 'd1', counts: { S: 1, A: 6, B: 1 } }] }).success; // true
 */
export const declaredSummarySchema = tied<DeclaredSummary, typeof declaredSummarySchemaImpl>(
  declaredSummarySchemaImpl,
);
/**
 * A plan document (the JSON layout munikpi reads and writes; see docs/data-format.md).
 *
 * @example
 * import { planSchema } from 'munikpi/schema';
 * planSchema.safeParse({ id: 'x' }).success; // false
 */
export const planSchema = tied<PlanDocument, typeof planSchemaImpl>(planSchemaImpl);

/**
 * The plan schema as the zod object it is, for validatePlan to check the plan without its
 * programs (then program by program).
 * @internal
 */
export const planObjectSchema = planSchemaImpl;
