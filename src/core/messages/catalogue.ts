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
}
