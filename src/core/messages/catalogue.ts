/*
 * The shape of a catalogue of words: every word a user reads (statuses, headings, audit
 * findings, validation issues, error messages) in one language. Each language's catalogue
 * (ja.ts, en.ts) is one object of this shape; renderers and the CLI take their words from it
 * through wordsFor(lang), never from literals of their own. Checks produce data
 * (`{ code, data }`); the words come later, in the reader's language.
 */

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
  };
  /** Severities of audit findings and validation issues. */
  readonly severity: { readonly error: string; readonly warning: string; readonly info: string };
  /** Validation issues (see PLAN_ISSUE_CODES): the words of each code, from its data. */
  readonly issue: IssueWords;
  /** Audit findings that depend on the fiscal year audited (see AUDIT_CODES). */
  readonly finding: FindingWords;
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
