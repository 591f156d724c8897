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
}
