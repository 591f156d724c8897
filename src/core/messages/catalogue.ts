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
  /** Summary shares (rating aggregates). */
  readonly shares: {
    /** The note under shares each rounded on its own. */
    readonly mayNotAddUp: string;
  };
}
