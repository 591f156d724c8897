import type { FiscalYear } from '../fiscal/index.js';
import type { Kpi } from '../kpi/index.js';
import type { JudgementRule } from '../rating/rules.js';
import type { Labels, RatingScale } from '../rating/scale.js';

/** A run of fiscal years, first and last inclusive: `{ start: 2021, end: 2024 }` is R3–R6. */
export interface FiscalPeriod {
  /** The first fiscal year. */
  readonly start: FiscalYear;
  /** The last fiscal year. */
  readonly end: FiscalYear;
  /**
   * The years as the plan writes them, when it keeps an era that had ended (平成32年度 for
   * 2020): reports print them so, with the Gregorian year beside them.
   */
  readonly spelling?: {
    /** The first year as written: `平成28年度`. */
    readonly start?: string;
    /** The last year as written: `平成32年度`. */
    readonly end?: string;
  };
}

/** A group of programs (方向性), e.g. 1 地域資源によるサービスの実現. */
export interface Direction {
  /** An id unique in the plan, e.g. `d1`. */
  readonly id: string;
  /** The number the plan gives it. */
  readonly number: number;
  /** The name as the plan writes it. */
  readonly name: string;
  /** How many programs the plan says the direction has (8プログラム), when it says so. */
  readonly programCount?: number;
}

/** One action item (取組項目) of a program, with its schedule by fiscal year. */
export interface ActionItem {
  /** The item as the plan writes it. */
  readonly name: string;
  /** What is planned per fiscal year (年度スケジュール), keyed by fiscal year: `{ '2021': '準備' }`. */
  readonly schedule?: Readonly<Record<string, string>>;
  /**
   * The schedule as the source gives it, when it cannot be placed in year columns with
   * certainty (for example when a PDF extraction lost the column boundaries).
   */
  readonly scheduleText?: string;
}

/**
 * A program's report for one fiscal year: the plan at the start of the year (当初予定) and its
 * targets (設定目標), the results (取組実績), the issues ahead (課題・改善点), and the rating (評価).
 */
export interface ProgramReport<Code extends string = string> {
  /** 当初予定: what was planned at the start of the year, one entry per bullet. */
  readonly planned?: readonly string[];
  /** 設定目標: targets set for the year, as text (with 前年度末の状況 where given). */
  readonly targets?: readonly string[];
  /** 取組実績: what was done. */
  readonly results?: readonly string[];
  /** 課題・改善点: issues and improvements for the years ahead. */
  readonly issues?: readonly string[];
  /** 評価: a code on the plan's rating scale. */
  readonly rating?: Code;
  /** 取組内容・要因: why the program is ahead or behind (the report's 参考 table). */
  readonly reasons?: readonly string[];
  /** 今後の対応: what will be done about it. */
  readonly nextSteps?: readonly string[];
  /** Remarks about this report, e.g. where the source text is uncertain. */
  readonly notes?: readonly string[];
}

/** What kind of program: 実施 (to be carried out now) or 検討 (under study). */
export type ProgramKind = 'implementation' | 'study';

/** A program (プログラム) of a plan. */
export interface Program<Code extends string = string> {
  /** An id unique in the plan, e.g. `p12`. */
  readonly id: string;
  /** The program's number. */
  readonly number: number;
  /** The number as printed, when it differs: `①`. */
  readonly display?: string;
  /** The name as the plan writes it. */
  readonly name: string;
  /** 実施 or 検討. */
  readonly kind: ProgramKind;
  /** The id of its direction. */
  readonly direction: string;
  /** 主な取組の方向性: the main approaches, one entry per bullet. */
  readonly approaches?: readonly string[];
  /** 取組項目: the action items and their schedules. */
  readonly actionItems?: readonly ActionItem[];
  /**
   * The schedule cell (年度スケジュール) as the source gives it, when it cannot be split by
   * action item and fiscal year with certainty (for example when a PDF extraction lost the
   * column boundaries).
   */
  readonly scheduleText?: string;
  /** The KPIs the plan sets for the program. */
  readonly kpis?: readonly Kpi[];
  /** Reports by fiscal year: `{ '2023': { rating: 'A', … } }`. */
  readonly reports?: Readonly<Record<string, ProgramReport<Code>>>;
  /** Remarks about the program's data. */
  readonly notes?: readonly string[];
}

/**
 * Programs per rating code. For a plan with known codes (`'S' | 'A' | 'B'`) each code may be
 * given or left out; for any code (`string`) it is a plain record.
 */
export type RatingCounts<Code extends string = string> = string extends Code
  ? Readonly<Record<string, number>>
  : Readonly<Partial<Record<Code, number>>>;

/** One row of a declared summary table: counts per rating for a direction. */
export interface DeclaredSummaryRow<Code extends string = string> {
  /** The direction's id. */
  readonly direction: string;
  /** How many programs the row says the direction has. */
  readonly programCount?: number;
  /** Programs per rating code: `{ S: 1, A: 6, B: 1 }`. */
  readonly counts: RatingCounts<Code>;
}

/** The 計 (total) row of a declared summary table. */
export interface DeclaredSummaryTotal<Code extends string = string> {
  /** How many programs the table says there are in all. */
  readonly programCount?: number;
  /** Programs per rating code. */
  readonly counts: RatingCounts<Code>;
}

/** The rating summary table a document declares for a fiscal year (進捗状況の概要). */
export interface DeclaredSummary<Code extends string = string> {
  /** The fiscal year it summarises. */
  readonly fiscalYear: FiscalYear;
  /** The point in the year, as the document says: `令和5年度末`. */
  readonly asOf?: string;
  /** One row per direction. */
  readonly rows: readonly DeclaredSummaryRow<Code>[];
  /** The 計 row, when the document prints one. */
  readonly total?: DeclaredSummaryTotal<Code>;
  /** Remarks about the table. */
  readonly notes?: readonly string[];
}

/** Where a plan's data comes from. */
export interface PlanSource {
  /** The document's title. */
  readonly title: string;
  /** Who published it. */
  readonly publisher?: string;
  /** Its date or the point in time it reports, as the document says. */
  readonly asOf?: string;
  /** Where to find it. */
  readonly url?: string;
}

/**
 * What a plan calls its two levels of grouping, as its reports print them: 方向性 / プログラム
 * (Kodaira, the default), 重点改革項目 / 取組項目 (木津川市), 基本目標 / 施策 (総合計画).
 */
export interface PlanTerms {
  /** The grouping of programs (方向性): `{ ja: '重点改革項目', en: 'Key reform area' }`. */
  readonly direction: Labels;
  /** A program (プログラム): `{ ja: '取組項目', en: 'Initiative' }`. */
  readonly program: Labels;
}

/**
 * A municipal reform plan: plan → directions → programs → action items, KPIs and yearly reports.
 * `Code` is the rating codes of its scale (`'S' | 'A' | 'B'` for Kodaira's), so that an editor
 * completes and checks ratings in plans written with {@link definePlan}.
 */
export interface Plan<Code extends string = string> {
  /** An id, e.g. `kodaira-management-policy-1`. */
  readonly id: string;
  /** The municipality, e.g. `小平市`. */
  readonly municipality: string;
  /** The plan's title. */
  readonly title: string;
  /** The fiscal years the plan covers. */
  readonly period: FiscalPeriod;
  /** The rating scale; default the Kodaira S/A/B scale. */
  readonly scale?: RatingScale<Code>;
  /** The judgement rule that turns KPI evaluations into levels (see JUDGEMENT_RULES); default Kodaira's. */
  readonly rule?: JudgementRule;
  /** What the plan calls its directions and programs; default 方向性 / プログラム. */
  readonly terms?: PlanTerms;
  /** The directions (方向性). */
  readonly directions: readonly Direction[];
  /** The programs given in detail. */
  readonly programs: readonly Program<Code>[];
  /** Summary tables the document declares. */
  readonly summaries?: readonly DeclaredSummary<Code>[];
  /** Where the data comes from. */
  readonly source?: PlanSource;
  /** Remarks about the data: gaps, uncertainties, what is not in the source. */
  readonly notes?: readonly string[];
}
