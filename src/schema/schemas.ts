import { z } from 'zod';
import { ROUNDING_MODES, type RoundingMode } from '../core/exact.js';
import { calendarDate } from '../era/index.js';
import type { Kpi, KpiBaseline, KpiObservation, KpiTarget } from '../kpi/index.js';
import type { ActionItem, DeclaredSummary, Direction, Plan, Program, ProgramReport } from '../plan/index.js';
import type { RatingScale } from '../rating/index.js';
import { RATING_SCALES } from '../rating/index.js';

/** Text that must not be empty. */
const text = z.string().min(1).max(10_000);
/** Free text, possibly empty. */
const prose = z.string().max(100_000);
const lines = z.array(prose).max(1000);

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,4})?$/;

/** A figure: a finite JSON number or a decimal string such as `"604701094"` or `"73.9"`. */
const decimalSchemaImpl = z.union([
  z.number().refine(Number.isFinite, 'expected a finite number'),
  z.string().regex(DECIMAL, 'expected a decimal number such as "73.9"'),
]);

/** A fiscal year: a whole number 1873..9998 (2023 = 令和5年度). */
const fiscalYearSchemaImpl = z.number().int().min(1873).max(9998);

/** A fiscal year as an object key: four digits. */
const fiscalYearKey = z.string().regex(/^\d{4}$/, 'expected a fiscal year such as "2023"');

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
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine(validDate, 'expected a date that exists');

/** A date or a month: `YYYY-MM-DD` or `YYYY-MM`. */
const looseDateSchemaImpl = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected YYYY-MM or YYYY-MM-DD')
  .refine((v) => validDate(v.length === 7 ? `${v}-01` : v), 'expected a date that exists');

const by = { by: fiscalYearSchemaImpl.optional() };

/** Every kind of KPI target, told apart by `kind`. */
const kpiTargetSchemaImpl = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('level'), value: decimalSchemaImpl, ...by }),
  z.strictObject({ kind: z.literal('change'), amount: decimalSchemaImpl, ...by }),
  z.strictObject({ kind: z.literal('rate'), percent: decimalSchemaImpl, ...by }),
  z.strictObject({ kind: z.literal('annual'), value: decimalSchemaImpl }),
  z.strictObject({ kind: z.literal('count'), value: decimalSchemaImpl }),
  z.strictObject({ kind: z.literal('no-worse') }),
  z.strictObject({ kind: z.literal('milestone'), due: looseDateSchemaImpl, description: text.optional() }),
  z.strictObject({ kind: z.literal('monitor') }),
]);

/** A KPI observation (実績) for one fiscal year. */
const kpiObservationSchemaImpl = z.strictObject({
  fiscalYear: fiscalYearSchemaImpl,
  value: decimalSchemaImpl.optional(),
  milestone: z.strictObject({ done: z.boolean(), on: looseDateSchemaImpl.optional() }).optional(),
  asOf: dateSchemaImpl.optional(),
  source: prose.optional(),
});

/** A KPI's baseline (基準値). */
const kpiBaselineSchemaImpl = z.strictObject({
  value: decimalSchemaImpl.optional(),
  asOf: dateSchemaImpl.optional(),
  fiscalYear: fiscalYearSchemaImpl.optional(),
  note: prose.optional(),
});

/** A KPI. */
const kpiSchemaImpl = z.strictObject({
  id: text.max(200),
  name: text,
  unit: z.string().max(50),
  unitKind: z.enum(['percent', 'money', 'count', 'quantity']).optional(),
  direction: z.enum(['higher', 'lower']).optional(),
  baseline: kpiBaselineSchemaImpl.optional(),
  target: kpiTargetSchemaImpl,
  yearTargets: z.record(fiscalYearKey, decimalSchemaImpl).optional(),
  period: z.strictObject({ start: fiscalYearSchemaImpl, end: fiscalYearSchemaImpl }).optional(),
  observations: z.array(kpiObservationSchemaImpl).max(200).optional(),
  notes: lines.optional(),
});

const labels = z.strictObject({ ja: z.string().max(200), en: z.string().max(200) });

/** One end of a score band: a figure and whether the band includes it. */
const bandEnd = z.strictObject({ value: decimalSchemaImpl, inclusive: z.boolean() });
const roundingMode = z.enum(ROUNDING_MODES as [RoundingMode, ...RoundingMode[]]);

/** A rating scale: levels best first, 対象外 and 未評価 codes, score bands, the share convention. */
const ratingScaleSchemaImpl = z.strictObject({
  id: text.max(200),
  name: labels,
  levels: z
    .array(
      z.strictObject({
        code: text.max(20),
        label: labels,
        progress: z.enum(['ahead', 'on-track', 'behind']),
        score: z.number().refine(Number.isFinite, 'expected a finite number').optional(),
        color: z
          .string()
          .regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour #rrggbb')
          .optional(),
      }),
    )
    .min(1)
    .max(20),
  notApplicable: z.array(text.max(20)).max(20).optional(),
  unrated: z.array(text.max(20)).max(20).optional(),
  bands: z
    .strictObject({
      of: z.enum(['sum', 'mean']),
      places: z.number().int().min(0).max(20).optional(),
      rounding: roundingMode.optional(),
      bands: z
        .array(
          z.strictObject({
            code: text.max(50),
            label: labels.optional(),
            min: bandEnd.optional(),
            max: bandEnd.optional(),
          }),
        )
        .min(1)
        .max(50),
    })
    .optional(),
  shares: z
    .strictObject({
      method: z.enum(['each', 'largest-remainder']),
      places: z.number().int().min(0).max(20).optional(),
      rounding: roundingMode.optional(),
      fixed: z.boolean().optional(),
      note: z.union([z.boolean(), labels]).optional(),
    })
    .optional(),
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
  planned: lines.optional(),
  targets: lines.optional(),
  results: lines.optional(),
  issues: lines.optional(),
  rating: text.max(20).optional(),
  reasons: lines.optional(),
  nextSteps: lines.optional(),
  notes: lines.optional(),
});

/** An action item (取組項目) with its schedule by fiscal year. */
const actionItemSchemaImpl = z.strictObject({
  name: text,
  schedule: z.record(fiscalYearKey, prose).optional(),
  scheduleText: prose.optional(),
});

/** A program. */
const programSchemaImpl = z.strictObject({
  id: text.max(200),
  number: z.number().int().min(0).max(100_000),
  display: text.max(20).optional(),
  name: text,
  kind: z.enum(['implementation', 'study']),
  direction: text.max(200),
  approaches: lines.optional(),
  actionItems: z.array(actionItemSchemaImpl).max(1000).optional(),
  scheduleText: prose.optional(),
  kpis: z.array(kpiSchemaImpl).max(1000).optional(),
  reports: z.record(fiscalYearKey, programReportSchemaImpl).optional(),
  notes: lines.optional(),
});

const count = z.number().int().min(0).max(1_000_000);

/** A summary table a document declares. */
const declaredSummarySchemaImpl = z.strictObject({
  fiscalYear: fiscalYearSchemaImpl,
  asOf: prose.optional(),
  rows: z
    .array(
      z.strictObject({
        direction: text.max(200),
        programCount: count.optional(),
        counts: z.record(text.max(20), count),
      }),
    )
    .max(1000),
  total: z.strictObject({ programCount: count.optional(), counts: z.record(text.max(20), count) }).optional(),
  notes: lines.optional(),
});

/** A direction (方向性): a group of programs. */
const directionSchemaImpl = z.strictObject({
  id: text.max(200),
  number: z.number().int().min(0).max(100_000),
  name: text,
  programCount: count.optional(),
});

/** A plan document (the JSON layout munikpi reads and writes). */
const planSchemaImpl = z.strictObject({
  $schema: z.string().optional(),
  id: text.max(200),
  municipality: text.max(200),
  title: text,
  period: z.strictObject({ start: fiscalYearSchemaImpl, end: fiscalYearSchemaImpl }),
  scale: z.union([z.enum(SCALE_IDS), ratingScaleSchemaImpl]).optional(),
  directions: z.array(directionSchemaImpl).max(1000),
  programs: z.array(programSchemaImpl).max(100_000),
  summaries: z.array(declaredSummarySchemaImpl).max(200).optional(),
  source: z
    .strictObject({
      title: text,
      publisher: prose.optional(),
      asOf: prose.optional(),
      url: z.string().max(2000).optional(),
    })
    .optional(),
  notes: lines.optional(),
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

// The schemas are exported with the munikpi model types they produce. zod's own inferred types
// mark optional keys `T | undefined`; JSON never holds undefined, so the two agree on what
// parsing can return.

/**
 * A figure: a finite JSON number or a decimal string such as `"604701094"` or `"73.9"`.
 *
 * @example
 * import { decimalSchema } from 'munikpi/schema';
 * decimalSchema.safeParse('604701094').success; // true
 * decimalSchema.safeParse('6億').success; // false
 */
export const decimalSchema = decimalSchemaImpl as unknown as z.ZodType<number | string>;
/**
 * A fiscal year: a whole number 1873..9998 (2023 = 令和5年度).
 *
 * @example
 * import { fiscalYearSchema } from 'munikpi/schema';
 * fiscalYearSchema.safeParse(2023).success; // true
 * fiscalYearSchema.safeParse(1872).success; // false
 */
export const fiscalYearSchema = fiscalYearSchemaImpl as unknown as z.ZodType<number>;
/**
 * A calendar date, `YYYY-MM-DD`, that exists.
 *
 * @example
 * import { dateSchema } from 'munikpi/schema';
 * dateSchema.safeParse('2023-04-01').success; // true
 * dateSchema.safeParse('2023-02-30').success; // false
 */
export const dateSchema = dateSchemaImpl as unknown as z.ZodType<string>;
/**
 * A date or a month: `YYYY-MM-DD` or `YYYY-MM`.
 *
 * @example
 * import { looseDateSchema } from 'munikpi/schema';
 * looseDateSchema.safeParse('2024-01').success; // true
 */
export const looseDateSchema = looseDateSchemaImpl as unknown as z.ZodType<string>;
/**
 * Every kind of KPI target, told apart by `kind`.
 *
 * @example
 * import { kpiTargetSchema } from 'munikpi/schema';
 * kpiTargetSchema.safeParse({ kind: 'annual', value: 20000000 }).success; // true
 * kpiTargetSchema.safeParse({ kind: 'guess' }).success; // false
 */
export const kpiTargetSchema = kpiTargetSchemaImpl as unknown as z.ZodType<KpiTarget>;
/**
 * A KPI observation (実績) for one fiscal year.
 *
 * @example
 * import { kpiObservationSchema } from 'munikpi/schema';
 * kpiObservationSchema.safeParse({ fiscalYear: 2023, value: '73.9' }).success; // true
 */
export const kpiObservationSchema = kpiObservationSchemaImpl as unknown as z.ZodType<KpiObservation>;
/**
 * A KPI's baseline (基準値): a value, when it was taken, or only a note when the source gives none.
 *
 * @example
 * import { kpiBaselineSchema } from 'munikpi/schema';
 * kpiBaselineSchema.safeParse({ value: 62.3, asOf: '2021-04-01' }).success; // true
 * kpiBaselineSchema.safeParse({ value: 'about 60' }).success; // false
 */
export const kpiBaselineSchema = kpiBaselineSchemaImpl as unknown as z.ZodType<KpiBaseline>;
/**
 * An action item (取組項目) of a program, with its schedule by fiscal year.
 *
 * @example
 * import { actionItemSchema } from 'munikpi/schema';
 * actionItemSchema.safeParse({ name: '電子決裁の推進', schedule: { 2023: '実施' } }).success; // true
 */
export const actionItemSchema = actionItemSchemaImpl as unknown as z.ZodType<ActionItem>;
/**
 * A direction (方向性): a group of programs, with the number of programs the plan gives it.
 *
 * @example
 * import { directionSchema } from 'munikpi/schema';
 * directionSchema.safeParse({ id: 'd3', number: 3, name: '運営・業務執行体制の効率化', programCount: 9 }).success; // true
 */
export const directionSchema = directionSchemaImpl as unknown as z.ZodType<Direction>;
/**
 * A KPI.
 *
 * @example
 * import { kpiSchema } from 'munikpi/schema';
 * kpiSchema.safeParse({ id: 'k', name: '電子決裁率', unit: '%', target: { kind: 'level', value: 90 } }).success; // true
 */
export const kpiSchema = kpiSchemaImpl as unknown as z.ZodType<Kpi>;
/**
 * A rating scale: levels best first.
 *
 * @example
 * import { SAB_SCALE } from 'munikpi';
 * import { ratingScaleSchema } from 'munikpi/schema';
 * ratingScaleSchema.safeParse(SAB_SCALE).success; // true
 */
export const ratingScaleSchema = ratingScaleSchemaImpl as unknown as z.ZodType<RatingScale>;
/**
 * One yearly report of a program.
 *
 * @example
 * import { programReportSchema } from 'munikpi/schema';
 * programReportSchema.safeParse({ rating: 'B', results: ['令和5年度末での電子決裁率73.9%'] }).success; // true
 */
export const programReportSchema = programReportSchemaImpl as unknown as z.ZodType<ProgramReport>;
/**
 * A program.
 *
 * @example
 * import { programSchema } from 'munikpi/schema';
 * programSchema.safeParse({ id: 'p1', number: 1, name: '幅広い市民意見の収集', kind: 'implementation', direction: 'd1' }).success; // true
 */
export const programSchema = programSchemaImpl as unknown as z.ZodType<Program>;
/**
 * A summary table a document declares.
 *
 * @example
 * import { declaredSummarySchema } from 'munikpi/schema';
 * declaredSummarySchema.safeParse({ fiscalYear: 2023, rows: [{ direction: 'd1', counts: { S: 1, A: 6, B: 1 } }] }).success; // true
 */
export const declaredSummarySchema = declaredSummarySchemaImpl as unknown as z.ZodType<DeclaredSummary>;
/**
 * A plan document (the JSON layout munikpi reads and writes; see docs/data-format.md).
 *
 * @example
 * import { planSchema } from 'munikpi/schema';
 * planSchema.safeParse({ id: 'x' }).success; // false
 */
export const planSchema = planSchemaImpl as unknown as z.ZodType<PlanDocument>;
