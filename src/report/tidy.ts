/*
 * A plan as tidy tables for machines and analysts (総務省's 2020 rules for machine-readable
 * statistical tables): one table per kind of thing, one datum per cell, figures as exact decimal
 * text without units or separators, the fiscal year as a Gregorian integer with its 和暦 label in
 * a column of its own, codes apart from their labels, and ids that join the tables.
 */

import type { Decimal } from 'decimal.js';
import { roundingOf } from '../core/decimal.js';
import { errorOf, MunikpiError, optionsOf } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { withInspect } from '../core/inspect.js';
import { idUsedTwice } from '../core/messages/errors-en.js';
import { type Language, languageOf, wordsFor } from '../core/messages/index.js';
import { type FiscalYear, formatFiscalYear, planPeriod } from '../fiscal/index.js';
import { compiled } from '../kpi/compile.js';
import {
  type EvaluateOptions,
  evaluateKpi,
  type Kpi,
  type KpiDirection,
  type KpiEvaluation,
  type KpiStatus,
  type KpiTargetKind,
} from '../kpi/index.js';
import { checkPlan, checkYear } from '../plan/check.js';
import {
  aggregateRatings,
  type Plan,
  type Program,
  type ProgramKind,
  type RatingAggregate,
} from '../plan/index.js';
import { type RatingScale, SAB_SCALE } from '../rating/index.js';

/**
 * A figure as exact decimal text: digits, an optional leading `-` and an optional fraction,
 * with no unit, no thousands separator and no exponent (`'73.9'`, `'604701094'`, `'-16.1'`).
 * `Number(text)` reads it; a decimal library reads it exactly.
 */
export type DecimalText = string;

/**
 * The tables of a tidy export, in the order they are written.
 *
 * @example
 * import { TIDY_TABLE_NAMES } from 'munikpi/report';
 * TIDY_TABLE_NAMES; // ['plans', 'directions', 'programs', 'kpis', 'summary']
 */
export const TIDY_TABLE_NAMES = Object.freeze([
  'plans',
  'directions',
  'programs',
  'kpis',
  'summary',
] as const);

/** The name of a tidy table: `plans`, `directions`, `programs`, `kpis` or `summary`. */
export type TidyTableName = (typeof TIDY_TABLE_NAMES)[number];

/**
 * What a column holds: `text`; `integer` (a JavaScript number, always whole); `decimal` (a
 * {@link DecimalText}). Any cell may be null, written as an empty CSV cell or a JSON null.
 */
export type TidyColumnType = 'text' | 'integer' | 'decimal';

/**
 * What a figure column measures, where a spreadsheet should show it in its own way:
 * `fiscal-year` (a 西暦 year: 2023, never 2,023); `percent` (a percentage as a plain number, the
 * unit in the column's name: 82.11 is 82.11 %); `row-unit` (in the unit the row's `unit` column
 * names, `円` or `%`). A column without one counts things.
 */
export type TidyColumnMeasure = 'fiscal-year' | 'percent' | 'row-unit';

/** A column of a tidy table: its name (the row objects' key and the header) and its type. */
export interface TidyColumn {
  /** The name: the key in each row and the CSV header, e.g. `fiscalYear`. */
  readonly name: string;
  /** What the cells hold. */
  readonly type: TidyColumnType;
  /** For figure columns: what they measure, when not a count (see {@link TidyColumnMeasure}). */
  readonly measure?: TidyColumnMeasure;
}

/** One tidy table: its name, its columns in order, and its rows as plain objects. */
export interface TidyTable<Row extends object = object> {
  /** The table's name, also its file name (`programs.csv`). */
  readonly name: TidyTableName;
  /** The columns, in the order they are written. */
  readonly columns: readonly TidyColumn[];
  /** The rows: one plain object per row, keyed by the columns' names. */
  readonly rows: readonly Row[];
}

/** A plan: one row per plan. */
export interface TidyPlanRow {
  /** The plan's id: joins every other table. */
  readonly planId: string;
  /** The municipality. */
  readonly municipality: string;
  /** The plan's title. */
  readonly title: string;
  /** The rating scale's id, e.g. `kodaira-sab`. */
  readonly scaleId: string;
  /** The first fiscal year of the plan (西暦). */
  readonly startFiscalYear: FiscalYear;
  /** Its 和暦 label, e.g. `令和3年度`. */
  readonly startFiscalYearLabel: string;
  /** The last fiscal year of the plan (西暦). */
  readonly endFiscalYear: FiscalYear;
  /** Its 和暦 label, e.g. `令和6年度`. */
  readonly endFiscalYearLabel: string;
}

/** A direction (方向性) of a plan. */
export interface TidyDirectionRow {
  /** The plan's id. */
  readonly planId: string;
  /** The direction's id, unique in the plan: with `planId`, joins programs and summary. */
  readonly directionId: string;
  /** The number the plan gives it. */
  readonly directionNumber: number;
  /** Its name. */
  readonly directionName: string;
  /** How many programs the plan says it has, or null when it does not say. */
  readonly programCount: number | null;
}

/** A program in a fiscal year, with its rating. */
export interface TidyProgramRow {
  /** The plan's id. */
  readonly planId: string;
  /** The program's id, unique in the plan: with `planId`, joins kpis. */
  readonly programId: string;
  /** The program's number as a plain integer (12, never ⑫). */
  readonly programNumber: number;
  /** Its name. */
  readonly programName: string;
  /** `implementation` (実施) or `study` (検討). */
  readonly programKind: ProgramKind;
  /** The id of its direction. */
  readonly directionId: string;
  /** The fiscal year (西暦), e.g. 2023. */
  readonly fiscalYear: FiscalYear;
  /** The fiscal year's 和暦 label, e.g. `令和5年度`. */
  readonly fiscalYearLabel: string;
  /** The rating code for the year (`B`), or null when the program has none. */
  readonly ratingCode: string | null;
  /** What the code means on the plan's scale, or null (no rating, or a code not on the scale). */
  readonly ratingLabel: string | null;
}

/** A KPI evaluated in a fiscal year. Figures are exact decimal text, in the KPI's unit unless named. */
export interface TidyKpiRow {
  /** The plan's id. */
  readonly planId: string;
  /** The program's id. */
  readonly programId: string;
  /** The KPI's id. */
  readonly kpiId: string;
  /** Its name. */
  readonly kpiName: string;
  /** The kind of target: `level`, `change`, `rate`, `annual`, `count`, `no-worse`, `milestone`, `monitor`. */
  readonly targetKind: KpiTargetKind;
  /** Which way is better: `higher` or `lower`. */
  readonly betterWhen: KpiDirection;
  /** The fiscal year (西暦). */
  readonly fiscalYear: FiscalYear;
  /** Its 和暦 label. */
  readonly fiscalYearLabel: string;
  /** The unit of baseline, target, yearTarget, actual, expected and gap, as the plan writes it (`%`, `円`). */
  readonly unit: string;
  /** 基準値. */
  readonly baseline: DecimalText | null;
  /** 目標値 (this year's, for annual kinds). */
  readonly target: DecimalText | null;
  /** 年度設定目標, when the KPI sets one. */
  readonly yearTarget: DecimalText | null;
  /** 実績. */
  readonly actual: DecimalText | null;
  /** The previous year's actual, for no-worse targets (what achievement and gap compare with). */
  readonly previous: DecimalText | null;
  /** The value on the straight line from baseline to target at the year's end. */
  readonly expected: DecimalText | null;
  /** 進捗率 in percent: (actual − baseline) ÷ (target − baseline) × 100. */
  readonly progressPercent: DecimalText | null;
  /** 達成率 in percent: actual ÷ target × 100 (target ÷ actual when lower is better). */
  readonly achievementPercent: DecimalText | null;
  /** How far the actual is beyond the target (negative: a shortfall). */
  readonly gap: DecimalText | null;
  /** For milestones: when it is due, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly due: string | null;
  /** For milestones: when it was done, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly completedOn: string | null;
  /** The status code: `behind`, `on-track`, `ahead`, `achieved`, `no-data`, `untargeted`. */
  readonly statusCode: KpiStatus;
  /** The status in words (遅れ, 順調 …). */
  readonly statusLabel: string;
}

/** The rating summary: one row per direction, rating code, fiscal year and source. */
export interface TidySummaryRow {
  /** The plan's id. */
  readonly planId: string;
  /** The fiscal year (西暦). */
  readonly fiscalYear: FiscalYear;
  /** Its 和暦 label. */
  readonly fiscalYearLabel: string;
  /** `declared`: the table the document prints; `programs`: the tally of the programs given in detail. */
  readonly source: 'declared' | 'programs';
  /** The direction's id. */
  readonly directionId: string;
  /** The rating code. */
  readonly ratingCode: string;
  /** What it means on the plan's scale. */
  readonly ratingLabel: string;
  /** Programs of the direction with this rating. */
  readonly count: number;
  /** Programs of the direction with a rating on the scale: the shares' denominator. */
  readonly rated: number;
  /** `count` as a percent of `rated`, rounded on its own (1 place); null when nothing is rated. */
  readonly sharePercent: DecimalText | null;
  /** The same, by the largest-remainder method: a direction's shares add up to 100. */
  readonly balancedSharePercent: DecimalText | null;
}

/** Every tidy table of one or more plans. */
export interface TidyTables {
  /** One row per plan. */
  readonly plans: TidyTable<TidyPlanRow>;
  /** One row per direction. */
  readonly directions: TidyTable<TidyDirectionRow>;
  /** One row per program and fiscal year. */
  readonly programs: TidyTable<TidyProgramRow>;
  /** One row per KPI and fiscal year of its period. */
  readonly kpis: TidyTable<TidyKpiRow>;
  /** One row per direction, rating code, fiscal year and source. */
  readonly summary: TidyTable<TidySummaryRow>;
}

/** Options for {@link tidyTables}. */
export interface TidyOptions {
  /** The fiscal year to export; absent: every fiscal year of each plan's period. */
  readonly fiscalYear?: FiscalYear;
  /** The language of the status and rating labels: `ja` (default) or `en`. */
  readonly lang?: 'ja' | 'en';
  /** Options for the KPI evaluations (places, rounding, tolerance). */
  readonly evaluate?: EvaluateOptions;
}

const text = (name: string): TidyColumn => ({ name, type: 'text' });
const integer = (name: string): TidyColumn => ({ name, type: 'integer' });
const year = (name: string): TidyColumn => ({ name, type: 'integer', measure: 'fiscal-year' });
const percent = (name: string): TidyColumn => ({ name, type: 'decimal', measure: 'percent' });
const inUnit = (name: string): TidyColumn => ({ name, type: 'decimal', measure: 'row-unit' });

/** The columns of each table, in order: the data dictionary of docs/data-format.md. */
const COLUMNS: Readonly<Record<TidyTableName, readonly TidyColumn[]>> = deepFreeze({
  plans: [
    text('planId'),
    text('municipality'),
    text('title'),
    text('scaleId'),
    year('startFiscalYear'),
    text('startFiscalYearLabel'),
    year('endFiscalYear'),
    text('endFiscalYearLabel'),
  ],
  directions: [
    text('planId'),
    text('directionId'),
    integer('directionNumber'),
    text('directionName'),
    integer('programCount'),
  ],
  programs: [
    text('planId'),
    text('programId'),
    integer('programNumber'),
    text('programName'),
    text('programKind'),
    text('directionId'),
    year('fiscalYear'),
    text('fiscalYearLabel'),
    text('ratingCode'),
    text('ratingLabel'),
  ],
  kpis: [
    text('planId'),
    text('programId'),
    text('kpiId'),
    text('kpiName'),
    text('targetKind'),
    text('betterWhen'),
    year('fiscalYear'),
    text('fiscalYearLabel'),
    text('unit'),
    inUnit('baseline'),
    inUnit('target'),
    inUnit('yearTarget'),
    inUnit('actual'),
    inUnit('previous'),
    inUnit('expected'),
    percent('progressPercent'),
    percent('achievementPercent'),
    inUnit('gap'),
    text('due'),
    text('completedOn'),
    text('statusCode'),
    text('statusLabel'),
  ],
  summary: [
    text('planId'),
    year('fiscalYear'),
    text('fiscalYearLabel'),
    text('source'),
    text('directionId'),
    text('ratingCode'),
    text('ratingLabel'),
    integer('count'),
    integer('rated'),
    percent('sharePercent'),
    percent('balancedSharePercent'),
  ],
});

/** Decimal text with no exponent, or null. */
function decimalText(value: Decimal | null | undefined): DecimalText | null {
  return value === null || value === undefined ? null : value.toFixed();
}

/** What a run of rows needs to know about the export. */
interface Context {
  readonly lang: Language;
  readonly fiscalYear: FiscalYear | undefined;
  readonly evaluate: EvaluateOptions;
  /** 和暦 labels by fiscal year, made once per export. */
  readonly labels: Map<FiscalYear, string>;
}

function labelOf(context: Context, fiscalYear: FiscalYear): string {
  let label = context.labels.get(fiscalYear);
  if (label === undefined) {
    label = formatFiscalYear(fiscalYear);
    context.labels.set(fiscalYear, label);
  }
  return label;
}

/** The years to export: the one asked for, or the plan's period (checked either way: a reversed or out-of-range period is refused). */
function yearsOf(plan: Plan, context: Context): readonly FiscalYear[] {
  const period = planPeriod(plan.period.start, plan.period.end);
  return context.fiscalYear === undefined ? period.years : [context.fiscalYear];
}

function ratingLabelOf(scale: RatingScale, code: string, lang: Language): string | null {
  const level = scale.levels.find((l) => l.code === code);
  return level === undefined ? null : level.label[lang];
}

function planRow(plan: Plan, context: Context): TidyPlanRow {
  return {
    planId: plan.id,
    municipality: plan.municipality,
    title: plan.title,
    scaleId: (plan.scale ?? SAB_SCALE).id,
    startFiscalYear: plan.period.start,
    startFiscalYearLabel: labelOf(context, plan.period.start),
    endFiscalYear: plan.period.end,
    endFiscalYearLabel: labelOf(context, plan.period.end),
  };
}

function programRows(plan: Plan, program: Program, years: readonly FiscalYear[], context: Context) {
  const scale = plan.scale ?? SAB_SCALE;
  return years.map((fiscalYear): TidyProgramRow => {
    const code = program.reports?.[String(fiscalYear)]?.rating ?? null;
    return {
      planId: plan.id,
      programId: program.id,
      programNumber: program.number,
      programName: program.name,
      programKind: program.kind,
      directionId: program.direction,
      fiscalYear,
      fiscalYearLabel: labelOf(context, fiscalYear),
      ratingCode: code,
      ratingLabel: code === null ? null : ratingLabelOf(scale, code, context.lang),
    };
  });
}

/** The evaluation, or null for a year outside the KPI's period or a KPI that contradicts itself. */
function evaluationOrNull(kpi: Kpi, fiscalYear: FiscalYear, context: Context) {
  try {
    return evaluateKpi(kpi, { fiscalYear }, context.evaluate);
  } catch (error) {
    // As in the report: a year outside the KPI's own period has no row, and a broken KPI is
    // the audit's to report; anything else (a bad option) is the caller's.
    if (error instanceof MunikpiError && error.code === 'FISCAL_YEAR_OUTSIDE_PERIOD') return null;
    if (error instanceof MunikpiError && !isCompilable(kpi)) return null;
    throw error;
  }
}

function isCompilable(kpi: Kpi): boolean {
  try {
    compiled(kpi);
    return true;
  } catch {
    return false;
  }
}

function kpiRow(plan: Plan, program: Program, e: KpiEvaluation, context: Context): TidyKpiRow {
  return {
    planId: plan.id,
    programId: program.id,
    kpiId: e.kpiId,
    kpiName: e.name,
    targetKind: e.kind,
    betterWhen: e.direction,
    fiscalYear: e.fiscalYear,
    fiscalYearLabel: labelOf(context, e.fiscalYear),
    unit: e.unit,
    baseline: decimalText(e.baseline),
    target: decimalText(e.target),
    yearTarget: decimalText(e.yearTarget),
    actual: decimalText(e.actual),
    previous: decimalText(e.previous),
    expected: decimalText(e.expected),
    progressPercent: decimalText(e.progress),
    achievementPercent: decimalText(e.achievement),
    gap: decimalText(e.gap),
    due: e.due,
    completedOn: e.completedOn,
    statusCode: e.status,
    statusLabel: wordsFor(context.lang).status[e.status],
  };
}

function summaryRows(plan: Plan, aggregate: RatingAggregate, context: Context): TidySummaryRow[] {
  const out: TidySummaryRow[] = [];
  for (const row of aggregate.rows) {
    for (const level of aggregate.scale.levels) {
      out.push({
        planId: plan.id,
        fiscalYear: aggregate.fiscalYear,
        fiscalYearLabel: labelOf(context, aggregate.fiscalYear),
        source: aggregate.source,
        directionId: row.direction.id,
        ratingCode: level.code,
        ratingLabel: level.label[context.lang],
        count: row.counts[level.code] ?? 0,
        rated: row.rated,
        sharePercent: decimalText(row.shares?.[level.code]),
        balancedSharePercent: decimalText(row.balancedShares?.[level.code]),
      });
    }
  }
  return out;
}

interface Rows {
  plans: TidyPlanRow[];
  directions: TidyDirectionRow[];
  programs: TidyProgramRow[];
  kpis: TidyKpiRow[];
  summary: TidySummaryRow[];
}

function addPlan(rows: Rows, plan: Plan, context: Context): void {
  const years = yearsOf(plan, context);
  rows.plans.push(planRow(plan, context));
  for (const d of plan.directions) {
    rows.directions.push({
      planId: plan.id,
      directionId: d.id,
      directionNumber: d.number,
      directionName: d.name,
      programCount: d.programCount ?? null,
    });
  }
  for (const program of plan.programs) rows.programs.push(...programRows(plan, program, years, context));
  for (const program of plan.programs) {
    for (const kpi of program.kpis ?? []) {
      for (const fiscalYear of years) {
        const evaluation = evaluationOrNull(kpi, fiscalYear, context);
        if (evaluation !== null) rows.kpis.push(kpiRow(plan, program, evaluation, context));
      }
    }
  }
  for (const fiscalYear of years) {
    if (plan.summaries?.some((s) => s.fiscalYear === fiscalYear) === true) {
      rows.summary.push(
        ...summaryRows(plan, aggregateRatings(plan, fiscalYear, { source: 'declared' }), context),
      );
    }
    rows.summary.push(...summaryRows(plan, aggregateRatings(plan, fiscalYear), context));
  }
}

function plansOf(input: Plan | readonly Plan[]): readonly Plan[] {
  const plans = Array.isArray(input) ? (input as readonly Plan[]) : [input as Plan];
  const seen = new Set<string>();
  plans.forEach((plan, i) => {
    checkPlan(plan);
    if (seen.has(plan.id)) {
      throw errorOf('DUPLICATE_ID', { idUsedTwice }, { index: i, id: plan.id }, { input: plan.id });
    }
    seen.add(plan.id);
  });
  return plans;
}

function showTables(tables: TidyTables): string {
  return `Tidy tables: ${TIDY_TABLE_NAMES.map((name) => `${name} ${tables[name].rows.length}`).join(' · ')} rows`;
}

/**
 * A plan (or several) as tidy tables, one per kind of thing, for machines and analysts: plans,
 * directions, programs × fiscal years (rating code and label apart), KPIs × fiscal years (each
 * figure exact decimal text in its own column, the unit in its own column), and the rating
 * summary (direction × rating code: count and shares; no total rows, which a sum gives). Each
 * fiscal year is a 西暦 integer with its 和暦 label in a column of its own; program numbers are
 * plain integers; `planId`, `directionId` and `programId` join the tables. Status and rating
 * labels are in Japanese, or in English with `lang: 'en'`. Write the tables with
 * `exportTidyTables` (munikpi/io); the layout is in docs/data-format.md.
 *
 * @param plans - a plan, or a list of plans with distinct ids
 * @param options - one fiscal year (default every year of each plan's period), language, KPI options
 * @returns the tables, each with its columns and its rows as plain objects
 * @throws {MunikpiError} `INVALID_ARGUMENT` or `INVALID_PLAN` for something that is not a plan;
 *   `DUPLICATE_ID` for two plans with one id; `INVALID_FISCAL_YEAR` or `INVALID_OPTION` for bad options
 *
 * @example
 * import { tidyTables } from 'munikpi/report';
 * import { kodairaFy2023 } from 'munikpi/data/kodaira-fy2023';
 * const tables = tidyTables(kodairaFy2023, { fiscalYear: 2023 });
 * const kpi = tables.kpis.rows.find((r) => r.kpiId === 'p12-e-approval');
 * kpi?.actual; // '73.9'
 * kpi?.achievementPercent; // '82.11'
 * kpi?.fiscalYearLabel; // '令和5年度'
 * kpi?.statusLabel; // '遅れ'
 * tables.programs.rows[0]?.programNumber; // 1
 * tables.programs.columns.map((c) => c.name).includes('ratingLabel'); // true
 */
export function tidyTables(plans: Plan | readonly Plan[], options?: TidyOptions): TidyTables {
  options = optionsOf(options);
  const evaluate = optionsOf(options.evaluate);
  // Checked now: an evaluation that fails on them must not be mistaken for a broken KPI.
  roundingOf(evaluate);
  const context: Context = {
    lang: languageOf(options.lang),
    fiscalYear: options.fiscalYear === undefined ? undefined : checkYear(options.fiscalYear),
    evaluate,
    labels: new Map(),
  };
  const list = plansOf(plans);
  const rows: Rows = { plans: [], directions: [], programs: [], kpis: [], summary: [] };
  for (const plan of list) addPlan(rows, plan, context);
  const table = <Name extends TidyTableName>(name: Name) => ({
    name,
    columns: COLUMNS[name],
    rows: rows[name],
  });
  return withInspect(
    {
      plans: table('plans'),
      directions: table('directions'),
      programs: table('programs'),
      kpis: table('kpis'),
      summary: table('summary'),
    },
    showTables,
  );
}
