import { roundingOf } from '../core/decimal.js';
import { errorOf, flagOption, MunikpiError, type MunikpiErrorCode, optionsOf } from '../core/errors.js';
import { spellingDiffers } from '../core/messages/errors-en.js';
import { type Language, languageOf, wordsFor } from '../core/messages/index.js';
import { type FiscalYear, type PlanPeriod, planPeriod } from '../fiscal/index.js';
import { compiled } from '../kpi/compile.js';
import { type EvaluateOptions, evaluateKpi, type Kpi, type KpiEvaluation } from '../kpi/index.js';
import { checkPlan, checkYear } from '../plan/check.js';
import {
  type AuditReport,
  aggregateRatings,
  auditPlan,
  type Plan,
  type Program,
  type RatingAggregate,
  type RatingTransitions,
  ratingTransitions,
  suggestRating,
} from '../plan/index.js';
import { type RatingReading, type RatingScale, readRating, SAB_SCALE } from '../rating/index.js';

/** The language of a report's words: `ja` or `en`. */
export type ReportLanguage = Language;

/** The parts of a report. */
export type ReportSection = 'summary' | 'programs' | 'kpis' | 'audit';

/** Options for {@link buildReport} and {@link renderReport}. */
export interface ReportOptions {
  /** Words in Japanese (default) or English. */
  readonly lang?: ReportLanguage;
  /** Decimal places for the KPIs' percentages; default 2. Shares have 1. */
  readonly places?: number;
  /** Money in 万/億 units (6億470万1,094円). Default false. */
  readonly yenUnits?: boolean;
  /** The sections to include; default all four. */
  readonly sections?: readonly ReportSection[];
  /** Options for the KPI evaluations, also passed to the audit. */
  readonly evaluate?: EvaluateOptions;
  /** Whether the audit also lists ratings that differ from the KPI suggestion; default true. */
  readonly suggestions?: boolean;
}

/** One program in a report, with its rating and the KPIs' suggestion. */
export interface ReportProgram {
  /** The program's id. */
  readonly id: string;
  /** The number as printed (① or 11). */
  readonly number: string;
  /** The name. */
  readonly name: string;
  /** Implementation (実施) or study (検討). */
  readonly kind: Program['kind'];
  /** The direction's number and name. */
  readonly direction: string;
  /** The rating for the year, or null. */
  readonly rating: string | null;
  /** What the rating means: the level's label, 対象外, 未評価, or 区分外 for a code not on the scale. */
  readonly ratingLabel: string | null;
  /** The rating's place among the scale's levels (0 is the best), or null. */
  readonly level: number | null;
  /** The rating the KPIs suggest, or null. */
  readonly suggested: string | null;
}

/** One KPI in a report, with its program and its evaluation for the year. */
export interface ReportKpi {
  /** The program's id. */
  readonly programId: string;
  /** The program's number as printed. */
  readonly programNumber: string;
  /** The KPI itself (what its chart draws). */
  readonly kpi: Kpi;
  /** The evaluation, or null when the KPI cannot be evaluated for the year. */
  readonly evaluation: KpiEvaluation | null;
  /**
   * Why there is no evaluation: `FISCAL_YEAR_OUTSIDE_PERIOD`, or the code of a KPI that
   * contradicts itself (the audit reports it too). Null when evaluated.
   */
  readonly notEvaluated: MunikpiErrorCode | null;
}

/** Everything a report shows, before it is drawn: every renderer draws this and nothing else. */
export interface ReportData {
  /** The plan. */
  readonly plan: Plan;
  /** The fiscal year reported. */
  readonly fiscalYear: FiscalYear;
  /** The words' language. */
  readonly lang: ReportLanguage;
  /** The plan's rating scale (its own, or S/A/B). */
  readonly scale: RatingScale;
  /** The summary table the document declares for the year, if any. */
  readonly declared: RatingAggregate | null;
  /** When the declared table was taken (`令和5年度末`), if it says. */
  readonly declaredAsOf: string | null;
  /** The tally of the programs given in detail. */
  readonly detailed: RatingAggregate;
  /** How ratings moved from the previous year, when the previous year is in the plan and rated. */
  readonly transitions: RatingTransitions | null;
  /** The programs with their ratings. */
  readonly programs: readonly ReportProgram[];
  /** Every KPI of the plan, evaluated for the year where it can be. */
  readonly kpis: readonly ReportKpi[];
  /** The audit of the year. */
  readonly audit: AuditReport;
  /** The evaluation options the KPIs were evaluated with (their charts use them too). */
  readonly evaluate: EvaluateOptions;
  /** The plan period as the heading prints it, in the plan's own spelling (平成32年度) where it gives one. */
  readonly period: PlanPeriod;
}

/**
 * The plan's period, labelled as the plan spells its years (`period.spelling`), which must name
 * the same years as `period.start` and `period.end`.
 */
function periodOf(plan: Plan): PlanPeriod {
  const { start, end, spelling } = plan.period;
  if (spelling === undefined) return planPeriod(start, end);
  const period = planPeriod(spelling.start ?? start, spelling.end ?? end, {
    allowOverflow: true,
    keepSpelling: true,
  });
  for (const [which, year] of [
    ['start', start],
    ['end', end],
  ] as const) {
    if (period[which] !== year) {
      throw errorOf(
        'INVALID_FISCAL_YEAR',
        { spellingDiffers },
        { which, spelt: spelling[which], fiscalYear: period[which], year },
        { input: plan.period },
      );
    }
  }
  return period;
}

/** The compiled KPI, or null when it contradicts itself (the audit reports those). */
function compiledOrNull(kpi: Kpi): object | null {
  try {
    return compiled(kpi);
  } catch {
    return null;
  }
}

function reportKpi(program: Program, kpi: Kpi, fiscalYear: FiscalYear, evaluate: EvaluateOptions): ReportKpi {
  const head = { programId: program.id, programNumber: programNumberOf(program), kpi };
  try {
    return { ...head, evaluation: evaluateKpi(kpi, { fiscalYear }, evaluate), notEvaluated: null };
  } catch (error) {
    // A year outside the KPI's own period, or a KPI that contradicts itself (the audit's to
    // report, INVALID_KPI), leaves the KPI unevaluated; anything else (a bad option) is the caller's.
    const outside = error instanceof MunikpiError && error.code === 'FISCAL_YEAR_OUTSIDE_PERIOD';
    if (error instanceof MunikpiError && (outside || compiledOrNull(kpi) === null)) {
      return { ...head, evaluation: null, notEvaluated: error.code };
    }
    throw error;
  }
}

/**
 * The number of a program as printed: its display form (①) or its number.
 * @internal
 */
export function programNumberOf(program: Program): string {
  return program.display ?? String(program.number);
}

/** What a rating means, in the report's words: the level's label, 対象外, 未評価 or 区分外. */
function ratingLabelOf(scale: RatingScale, reading: RatingReading, lang: ReportLanguage): string | null {
  const words = wordsFor(lang).report;
  switch (reading.kind) {
    case 'level':
      return scale.levels[reading.index]?.label[lang] ?? null;
    case 'not-applicable':
      return words.notApplicable;
    case 'unrated':
      return words.unrated;
    default:
      return words.unknown;
  }
}

function reportProgram(
  plan: Plan,
  program: Program,
  fiscalYear: FiscalYear,
  lang: ReportLanguage,
  evaluate: EvaluateOptions,
): ReportProgram {
  const scale = plan.scale ?? SAB_SCALE;
  const rating = program.reports?.[String(fiscalYear)]?.rating ?? null;
  // A mark in a look-alike spelling (○ for 〇) reads as the scale's own, as the tally counts it.
  const reading = rating === null ? null : readRating(scale, rating);
  const level = reading?.kind === 'level' ? reading.index : -1;
  let suggested: string | null = null;
  try {
    // The plan's own rule, as the audit reads it.
    const rule = plan.rule === undefined ? {} : { rule: plan.rule };
    suggested = suggestRating(program, fiscalYear, { scale, evaluate, ...rule }).suggested;
  } catch (error) {
    if (!(error instanceof MunikpiError)) throw error;
  }
  const direction = plan.directions.find((d) => d.id === program.direction);
  return {
    id: program.id,
    number: programNumberOf(program),
    name: program.name,
    kind: program.kind,
    direction: direction === undefined ? program.direction : `${direction.number} ${direction.name}`,
    rating,
    ratingLabel: reading === null ? null : ratingLabelOf(scale, reading, lang),
    level: level === -1 ? null : level,
    suggested,
  };
}

function transitionsOf(plan: Plan, fiscalYear: FiscalYear): RatingTransitions | null {
  if (fiscalYear - 1 < plan.period.start) return null;
  const t = ratingTransitions(plan, fiscalYear - 1, fiscalYear);
  return t.improved.length + t.declined.length + t.unchanged.length === 0 ? null : t;
}

/**
 * Gathers what a progress report shows for a fiscal year: the declared summary table and the
 * tally of the detailed programs, the rating changes from the previous year, the programs with
 * their ratings and the KPIs' suggestions, every KPI evaluated, and the audit. Every renderer
 * (text, Markdown, CSV, JSON, HTML) draws this same data, so they cannot disagree; you can also
 * use it as data.
 *
 * @param plan - the plan
 * @param fiscalYear - the fiscal year
 * @param options - language, places, KPI options, whether the audit lists rating suggestions
 * @returns the report's data
 * @throws {MunikpiError} `INVALID_OPTION` for a bad option; `INVALID_FISCAL_YEAR` for a bad year
 *
 * @example
 * import { buildReport } from 'munikpi/report';
 * import { kodairaFy2023 } from 'munikpi/data/kodaira-fy2023';
 * const report = buildReport(kodairaFy2023, 2023);
 * report.declared?.total.counts; // { S: 1, A: 21, B: 3 }
 * report.programs.find((p) => p.id === 'p12')?.rating; // 'B'
 */
export function buildReport(plan: Plan, fiscalYear: FiscalYear, options?: ReportOptions): ReportData {
  checkPlan(plan);
  checkYear(fiscalYear);
  options = optionsOf(options);
  // Refuses a period that ends before it starts (INVALID_FISCAL_YEAR): the heading prints it.
  const period = periodOf(plan);
  const lang = languageOf(options.lang);
  const evaluate: EvaluateOptions = {
    ...options.evaluate,
    places: options.places ?? options.evaluate?.places ?? 2,
  };
  // Checked now: an evaluation that fails on them must not be mistaken for a KPI outside its years.
  roundingOf(evaluate);
  const suggestions = flagOption(options.suggestions, 'suggestions', true);
  const declared = plan.summaries?.find((s) => s.fiscalYear === fiscalYear);
  return {
    plan,
    fiscalYear,
    lang,
    scale: plan.scale ?? SAB_SCALE,
    declared: declared === undefined ? null : aggregateRatings(plan, fiscalYear, { source: 'declared' }),
    declaredAsOf: declared?.asOf ?? null,
    detailed: aggregateRatings(plan, fiscalYear),
    transitions: transitionsOf(plan, fiscalYear),
    programs: plan.programs.map((program) =>
      reportProgram(plan, program, fiscalYear, lang, options.evaluate ?? {}),
    ),
    kpis: plan.programs.flatMap((program) =>
      (program.kpis ?? []).map((kpi) => reportKpi(program, kpi, fiscalYear, evaluate)),
    ),
    audit: auditPlan(plan, fiscalYear, { evaluate: options.evaluate ?? {}, suggestions }),
    evaluate,
    period,
  };
}
