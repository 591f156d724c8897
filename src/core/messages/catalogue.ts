/*
 * The shape of a catalogue of words: every word a user reads (statuses, headings, audit
 * findings, validation issues, error messages) in one language. Each language's catalogue
 * (ja.ts, en.ts) is one object of this shape; renderers and the CLI take their words from it
 * through wordsFor(lang), never from literals of their own. Checks produce data
 * (`{ code, data }`); the words come later, in the reader's language.
 */

import type * as EnglishErrors from './errors-en.js';

/** The languages munikpi writes. */
export type Language = 'ja' | 'en';

/** Every word of one language. @internal */
export interface Catalogue {
  /** KPI statuses (see KpiStatus). */
  readonly status: {
    readonly behind: string;
    readonly 'on-track': string;
    readonly ahead: string;
    readonly achieved: string;
    readonly 'no-data': string;
    readonly untargeted: string;
    readonly unchanged: string;
    readonly worse: string;
    readonly 'not-judgeable': string;
  };
  /** The one-line form of a KPI evaluation (the REPL): `電子決裁率 FY2023 73.9% → 目標85% (遅れ, 進捗率 41.88%)`. */
  readonly evaluationLine: {
    /** The goal a figure is read against: 目標85%. */
    readonly target: (value: string) => string;
    readonly progress: string;
    readonly done: string;
    readonly notDone: string;
  };
  /** Severities of audit findings and validation issues. */
  readonly severity: { readonly error: string; readonly warning: string; readonly info: string };
  /** Summary shares (rating aggregates). */
  readonly shares: {
    /** The note under shares each rounded on its own. */
    readonly mayNotAddUp: string;
  };
  /** The words of the reports and charts (munikpi/report). */
  readonly report: ReportWords;
  /**
   * The report's headings in the plan's own words for its levels of grouping (Plan.terms:
   * 重点改革項目 / 取組項目, 基本目標 / 施策), the share notes, and the score columns.
   */
  readonly reportTerms: ReportTermWords;
  /** The command line's own words: `munikpi evaluate`'s labels and its warnings. */
  readonly cli: {
    /** The labels of `munikpi evaluate`'s text output, one per figure. */
    readonly evaluate: {
      readonly actual: string;
      readonly target: string;
      readonly yearTarget: string;
      readonly expected: string;
      readonly progress: string;
      readonly achievement: string;
      readonly gap: string;
      readonly requiredPace: string;
      readonly note: string;
    };
    /** The word before a warning on stderr. */
    readonly warning: string;
    /** A fiscal year given with --fy that lies outside the plan's period. */
    readonly fiscalYearOutsidePeriod: (year: string, start: string, end: string) => string;
  };
  /** Validation issues (see PLAN_ISSUE_CODES): the words of each code, from its data. */
  readonly issue: IssueWords;
  /** Audit findings that depend on the fiscal year audited (see AUDIT_CODES). */
  readonly finding: FindingWords;
  /** Error messages: one function of named parameters per message (see ErrorWords). */
  readonly errors: ErrorWords;
  /** The notes a KPI evaluation carries (missing data, a late milestone). */
  readonly kpiNotes: KpiNoteWords;
  /** Why suggestRating suggests what it does (RatingSuggestion.reason), from the KPIs' names. */
  readonly suggestion: {
    readonly noData: string;
    readonly behind: (kpis: readonly string[]) => string;
    readonly ahead: (kpis: readonly string[]) => string;
    readonly onPlan: string;
  };
}

/**
 * The catalogue's sections for the command line, the blank template and the importer's
 * warnings, kept apart (cli-ja.ts, cli-en.ts) so that the library's bundle does not carry the
 * CLI's help. Read with cliWordsFor.
 * @internal
 */
export interface CliCatalogue {
  /** The command line's help, its usage messages and its words for an import's problems. */
  readonly cliHelp: CliHelpWords;
  /** The blank template's notes (`munikpi template`, planTemplate). */
  readonly template: TemplateWords;
  /** What an import did that its user should know of (importPlan's `warnings`). */
  readonly importWarning: ImportWarningWords;
}

/** The words of each warning importPlan gives, one function of named parameters each. @internal */
export interface ImportWarningWords {
  /** A column whose header names no field. */
  readonly unknownColumn: (p: { header: string }) => string;
  /** A key of the 計画 sheet that names no plan field. */
  readonly unknownPlanKey: (p: { key: string }) => string;
  /** No No. column: the programs are numbered in order. */
  readonly noNumberColumn: () => string;
  /** An era year past its era's end, read as old documents meant it (`平成32年度`): a fiscal year, or a date or years as text. */
  readonly eraOverflow: (p: { text: string; read: string | { readonly fiscalYear: number } }) => string;
  /** A baseline month read as its last day. */
  readonly baselineMonth: (p: { month: string; day: string }) => string;
  /** A schedule cell in a row without an action item. */
  readonly scheduleWithoutItem: () => string;
  /** Schedule lines that do not match the action items one to one. */
  readonly scheduleLines: (p: { lines: number; items: number }) => string;
  /** A table with a header and no program rows. */
  readonly noPrograms: () => string;
}

/** A fiscal year's names, already formatted, for templates to choose from. @internal */
export interface YearNames {
  /** `令和5年度` */
  readonly era: string;
  /** `令和5年度（2023年度）` */
  readonly eraWithGregorian: string;
  /** `FY2023` */
  readonly fy: string;
  /** `R5` */
  readonly code: string;
}

/**
 * The words of the reports (text, Markdown, CSV, JSON, HTML) and of the charts. Templates take
 * text already formatted (years, figures), so that the catalogue needs nothing above core.
 * @internal
 */
export interface ReportWords {
  /** The document. */
  readonly progressReport: string;
  readonly period: string;
  readonly source: string;
  readonly generated: string;
  /** A fiscal year as a report names it: `令和5年度（2023年度）`, `FY2023 (R5)`. */
  readonly year: (y: YearNames) => string;
  /** A fiscal year on a chart's axis or in its text: `R5`, `R5 (FY2023)`. */
  readonly yearShort: (y: YearNames) => string;
  /** The rating summary. */
  readonly summary: string;
  readonly declared: string;
  readonly detailed: string;
  readonly shareNote: string;
  readonly direction: string;
  readonly total: string;
  readonly notApplicable: string;
  readonly unrated: string;
  readonly unknown: string;
  readonly ratingsByDirection: string;
  readonly transitions: string;
  /** The programs. */
  readonly programs: string;
  readonly number: string;
  readonly program: string;
  readonly kind: string;
  readonly implementation: string;
  readonly study: string;
  readonly rating: string;
  readonly suggested: string;
  /** The KPIs. */
  readonly kpis: string;
  readonly kpi: string;
  readonly baseline: string;
  readonly actual: string;
  readonly target: string;
  readonly yearTarget: string;
  readonly expected: string;
  readonly progress: string;
  readonly achievement: string;
  readonly status: string;
  readonly done: string;
  readonly notDone: string;
  readonly due: string;
  readonly noKpis: string;
  readonly notEvaluated: string;
  /** Why: the fiscal year lies outside the KPI's own period. */
  readonly outsideKpiPeriod: string;
  /** Why: the KPI contradicts itself (the audit names how). */
  readonly kpiContradicts: string;
  /** What a target without a level asks for. */
  readonly byRate: (percent: string, lower: boolean) => string;
  readonly byChange: (amount: string, lower: boolean) => string;
  readonly noWorse: (lower: boolean) => string;
  /** The audit. */
  readonly audit: string;
  readonly severity: string;
  readonly code: string;
  readonly message: string;
  readonly subject: string;
  readonly noFindings: string;
  /** Punctuation: `main（inner）` (just `inner` when main is empty), lists, sentences, counts. */
  readonly paren: (main: string, inner: string) => string;
  readonly list: (items: readonly string[]) => string;
  readonly sentences: (items: readonly string[]) => string;
  readonly count: (n: number) => string;
  /** A span of years: `令和3年度 ～ 令和6年度`. */
  readonly range: (from: string, to: string) => string;
  /** Words of the KPI chart. */
  readonly kpiChart: {
    readonly expectedLine: string;
    readonly noFigures: string;
    readonly baselineResult: (y: YearNames) => string;
    readonly everyYear: (target: string) => string;
    readonly byEndOf: (target: string, y: YearNames) => string;
  };
  /** Words of the rating chart. */
  readonly ratingChart: {
    readonly title: (y: YearNames) => string;
    readonly rated: (n: number) => string;
    readonly row: (label: string, parts: readonly string[], rated: number, more: readonly string[]) => string;
  };
  /** Words of the transition chart. */
  readonly transitionChart: {
    readonly title: (from: YearNames, to: YearNames) => string;
    readonly counts: (improved: number, declined: number, unchanged: number, incomplete: number) => string;
    readonly none: string;
  };
}

/** The data a check gives with its code; the words read what they need from it. @internal */
export type WordData = Readonly<Record<string, unknown>>;

/** Words for one code, from the data of the issue or finding. @internal */
export type Words = (data: WordData) => string;

/** The words of every validation issue code. @internal */
export interface IssueWords {
  readonly MISSING_FIELD: Words;
  readonly INVALID_TYPE: Words;
  readonly UNKNOWN_FIELD: Words;
  readonly INVALID_VALUE: Words;
  readonly TOO_LONG: Words;
  readonly INVALID_FISCAL_YEAR: Words;
  readonly INVALID_DATE: Words;
  readonly INVALID_NUMBER: Words;
  readonly INVALID_SCALE: Words;
  readonly INVALID_RULE: Words;
  readonly UNKNOWN_DIRECTION: Words;
  readonly DUPLICATE_ID: Words;
  readonly DUPLICATE_PROGRAM_NUMBER: Words;
  readonly UNKNOWN_RATING: Words;
  readonly FISCAL_YEAR_OUTSIDE_PERIOD: Words;
  /** A KPI that contradicts itself, whatever the KPI's own error code. */
  readonly KPI: Words;
  /** The line that counts the issues of one code not listed. */
  readonly MORE: Words;
}

/** The words of every audit finding code that depends on the fiscal year. @internal */
export interface FindingWords {
  readonly FISCAL_YEAR_OUTSIDE_PERIOD: Words;
  readonly MISSING_REPORT: Words;
  readonly MISSING_RATING: Words;
  readonly MISSING_RESULTS: Words;
  readonly KPI_BEHIND_RATED_AHEAD: Words;
  readonly RATING_DIFFERS_FROM_SUGGESTION: Words;
  readonly SUMMARY_ROW_MISMATCH: Words;
  readonly SUMMARY_TOTAL_MISMATCH: Words;
  readonly SUMMARY_PROGRAM_TOTAL_MISMATCH: Words;
  readonly SUMMARY_DIRECTION_COUNT: Words;
  readonly SUMMARY_EXCEEDED: Words;
  readonly SUMMARY_MISMATCH: Words;
  readonly UNDETAILED_PROGRAMS: Words;
  readonly UNDETAILED_PROGRAMS_TOTAL: Words;
}

/**
 * Report headings built from the plan's names for its groupings, and the summary's extra
 * columns. `program` is the plan's word for a program (取組項目), or the catalogue's own.
 * @internal
 */
export interface ReportTermWords {
  /** The tally of the detailed programs: 詳細取組項目の集計. */
  readonly detailed: (program: string) => string;
  /** The list of programs: 取組項目一覧. */
  readonly programs: (program: string) => string;
  /** The column of a program's name: 取組項目名. */
  readonly programName: (program: string) => string;
  /** The note under largest-remainder shares. */
  readonly balancedNote: (program: string) => string;
  /** The note under shares each rounded on its own, then the scale's own note, if any. */
  readonly eachNote: (program: string, note: string | null) => string;
  /** The score columns of a scored scale: the sum, the mean, and the band they fall in. */
  readonly scoreTotal: string;
  readonly scoreMean: string;
  readonly scoreBand: string;
}

/*
 * errors: the words of every error message munikpi throws.
 */

/**
 * The words of every error message: one function of named parameters per key. The English
 * messages (errors-en.ts, each a named export so that a bundle carries only those it throws)
 * declare each key's parameters; every language gives the same keys. A MunikpiError keeps its
 * key and parameters in `detail`, and errorMessage(error, lang) words it again.
 * @internal
 */
export type ErrorWords = { readonly [Key in keyof typeof EnglishErrors]: (typeof EnglishErrors)[Key] };

/** A key of the catalogue's `errors` section. @internal */
export type ErrorKey = keyof ErrorWords;

/*
 * kpiNotes: the remarks a KPI evaluation carries.
 */

/** The words of the notes on a KPI evaluation, one function of named parameters each. @internal */
export interface KpiNoteWords {
  /** No actual for the fiscal year evaluated. */
  readonly noActual: (p: { fiscalYear: number }) => string;
  /** A change or rate target without the baseline value. */
  readonly noBaselineValue: () => string;
  /** A no-worse target without last year's actual. */
  readonly noPreviousActual: (p: { fiscalYear: number }) => string;
  /** A target without a baseline value: no line to read progress from. */
  readonly noProgressLine: () => string;
  /** Neither a baseline nor a year target. */
  readonly nothingToJudgePace: () => string;
  /** A milestone done after it was due. */
  readonly doneLate: (p: { on: string | undefined; due: string }) => string;
  /** A milestone done, with no date. */
  readonly doneUndated: () => string;
}

/* ---- The command line's help and usage (section cliHelp) ---- */

/** The commands of the CLI, each with its help words. @internal */
export type CliCommandName =
  | 'report'
  | 'audit'
  | 'validate'
  | 'export'
  | 'wareki'
  | 'fy'
  | 'evaluate'
  | 'import'
  | 'template'
  | 'today';

/**
 * The help line of each option, by option name; an option whose help differs by command has a
 * key of its own (`fy.evaluate`). @internal
 */
export type CliOptionKey =
  | 'debug'
  | 'help'
  | 'lang'
  | 'encoding'
  | 'max-bytes'
  | 'limits'
  | 'output'
  | 'output.export'
  | 'force'
  | 'out-encoding'
  | 'out-encoding.template'
  | 'places'
  | 'map'
  | 'id'
  | 'municipality'
  | 'title'
  | 'period'
  | 'period.template'
  | 'scale'
  | 'scale.template'
  | 'allow-overflow'
  | 'format'
  | 'format.report'
  | 'format.template'
  | 'format.export'
  | 'sections'
  | 'yen-units'
  | 'no-bom'
  | 'fy.report'
  | 'fy.validate'
  | 'fy.import'
  | 'fy.template'
  | 'fy.export'
  | 'fy.evaluate'
  | 'era'
  | 'kanji'
  | 'directions'
  | 'kpi'
  | 'kind'
  | 'name'
  | 'unit'
  | 'direction'
  | 'baseline'
  | 'baseline-date'
  | 'target'
  | 'by'
  | 'year-target'
  | 'actual'
  | 'previous'
  | 'done';

/** What a command takes besides options, as its refusal names it. @internal */
export type CliOperandKey = 'atMostOneFile' | 'oneFile' | 'oneArgument' | 'optionsOnly' | 'noArgument';

/** The shape an option's value must have, as a refusal names it. @internal */
export type CliShapeKey = 'bytes' | 'wholeNumber' | 'limits';

/** The words of the CLI's help, its usage messages and its reading of an import's problems. @internal */
export interface CliHelpWords {
  /** The first line of `munikpi --help`, after `munikpi 0.1.0: `. */
  readonly tagline: string;
  /** `Usage:` */
  readonly usage: string;
  readonly commands: string;
  readonly options: string;
  readonly commonOptions: string;
  /** The lines after the list of commands: help on a command, the version, files and exit codes. */
  readonly mainFooter: (program: string) => string;
  /** How the help notes an option's default and that it is required. */
  readonly defaultValue: (value: string) => string;
  readonly required: string;
  /** Each command's line in the list and its help paragraphs. */
  readonly command: Readonly<
    Record<CliCommandName, { readonly summary: string; readonly description: string }>
  >;
  /** Each option's help (a few lines joined by `\n`). */
  readonly option: Readonly<Record<CliOptionKey, string>>;
  /** What a command takes, and the shape of a value. */
  readonly operands: Readonly<Record<CliOperandKey, string>>;
  readonly shape: Readonly<Record<CliShapeKey, string>>;
  /** Usage problems, each naming what was given. */
  readonly unknownCommand: (name: string, guess: string | undefined) => string;
  readonly unknownOption: (option: string, command: string, guess: string | undefined) => string;
  readonly takesNoValue: (option: string) => string;
  readonly needsValue: (option: string, arg: string) => string;
  readonly notOneOf: (
    option: string,
    values: readonly string[],
    words: readonly string[],
    given: string,
  ) => string;
  readonly notShape: (option: string, shape: string, given: string) => string;
  readonly needsOption: (command: string, option: string) => string;
  readonly takesOperands: (command: string, operands: string) => string;
  readonly misplaced: (option: string, format: string) => string;
  readonly forSpreadsheet: (option: string, file: string) => string;
  readonly xlsxNeedsOutput: string;
  readonly notWholeDate: (given: string) => string;
  readonly kindNeedsTarget: (kind: string) => string;
  readonly describesKpi: (option: string, file: string) => string;
  /** `munikpi validate`'s lines: the plan passed, or how many problems were found. */
  readonly validOk: (id: string, programs: number) => string;
  readonly invalid: (file: string, count: number) => string;
  /** `munikpi export`'s note of the files written. */
  readonly wrote: (files: readonly string[], folder: string) => string;
  /** `munikpi export --format xlsx`'s note of the workbook written. */
  readonly wroteWorkbook: (file: string) => string;
  /** `munikpi wareki`'s note for an era year past its era's end. */
  readonly overflow: (era: string) => string;
  /** `munikpi today`'s two lines. */
  readonly today: (date: string, wareki: string) => string;
  readonly fiscalYearToday: (label: string, fy: string, start: string, end: string) => string;
  /** An internal error, with the plea to report it. */
  readonly internal: (message: string) => string;
  /** An import's problem worded from its code, or null for the importer's own (English) words. */
  readonly importIssue: (code: string, data: ImportIssueData) => string | null;
}

/** What the words of an import's problem read. @internal */
export interface ImportIssueData extends WordData {
  /** The column's header (`実績`), when the cell has one. */
  readonly header: string | null;
  /** The CLI flag for a plan field the table lacks (`--id`), when the problem is one. */
  readonly flag: string | null;
}

/* ---- The blank template's notes (section template) ---- */

/** The words of the blank template. @internal */
export interface TemplateWords {
  /** The heading row of the 計画 and 説明 sheets. */
  readonly planHeadings: readonly [string, string, string];
  readonly guideHeadings: readonly [string, string, string];
  /** The note of each plan field in the 計画 sheet, by key (`id`, `period` …). */
  readonly planField: Readonly<Record<string, string>>;
  /** The note of the n-th 方向性 row, with an example that differs row by row. */
  readonly direction: (n: number) => string;
  /** The note of each column in the 説明 sheet, by field id (`rating`, `kpi.kind` …). */
  readonly column: Readonly<Record<string, string>>;
  /** The note of a year's schedule column (`R5`). */
  readonly scheduleColumn: string;
}
