import { errorOf, MunikpiError } from '../errors.js';
import type { Catalogue, Language } from './catalogue.js';
import * as en from './en.js';
import { notALanguage } from './errors-en.js';
import { errors as jaErrors } from './errors-ja.js';
import * as ja from './ja.js';

export type {
  Catalogue,
  ErrorKey,
  ErrorWords,
  FindingWords,
  IssueWords,
  KpiNoteWords,
  Language,
  ReportWords,
  WordData,
  Words,
  YearNames,
} from './catalogue.js';

const CATALOGUES: Readonly<Record<Language, Catalogue>> = { ja: ja.ja, en: en.en };

/**
 * The catalogue of words for a language: the one place every renderer and the CLI read words from.
 * @internal
 */
export function wordsFor(lang: Language): Catalogue {
  return CATALOGUES[lang];
}

/**
 * A language option, checked: absent gives the fallback; anything but `ja` or `en` is refused
 * with INVALID_OPTION.
 * @internal
 */
export function languageOf(value: unknown, fallback: Language = 'ja'): Language {
  if (value === undefined) return fallback;
  if (value !== 'ja' && value !== 'en') {
    throw errorOf('INVALID_OPTION', { notALanguage }, { input: value });
  }
  return value;
}

/*
 * One section of the catalogue. The core (KPIs, plans, audits) reads its words section by
 * section, so that a bundle of the core carries the words it uses and not the reports' and
 * the CLI's: each language's catalogue is one module whose sections are exports of their own.
 */

/** The words of KPI statuses. @internal */
export function statusWords(lang: Language): Catalogue['status'] {
  return lang === 'ja' ? ja.status : en.status;
}

/** The words of an evaluation's REPL line. @internal */
export function evaluationLineWords(lang: Language): Catalogue['evaluationLine'] {
  return lang === 'ja' ? ja.evaluationLine : en.evaluationLine;
}

/** The words of rating shares. @internal */
export function sharesWords(lang: Language): Catalogue['shares'] {
  return lang === 'ja' ? ja.shares : en.shares;
}

/** The words of validation issues. @internal */
export function issueWords(lang: Language): Catalogue['issue'] {
  return lang === 'ja' ? ja.issue : en.issue;
}

/** The words of the notes on a KPI evaluation. @internal */
export function kpiNoteWords(lang: Language): Catalogue['kpiNotes'] {
  return lang === 'ja' ? ja.kpiNotes : en.kpiNotes;
}

/** The words of a rating suggestion's reason. @internal */
export function suggestionWords(lang: Language): Catalogue['suggestion'] {
  return lang === 'ja' ? ja.suggestion : en.suggestion;
}

/** The words of audit findings. @internal */
export function findingWords(lang: Language): Catalogue['finding'] {
  return lang === 'ja' ? ja.finding : en.finding;
}

/**
 * The message of an error in a language: a MunikpiError is worded again from the catalogue's
 * `errors` section by the key and parameters it keeps in `detail`; any other error (or a
 * MunikpiError made with a message of the caller's own) keeps its own message. `error.message`
 * is always English; this is how a caller shows the same error to a Japanese reader.
 *
 * @param error - what was caught
 * @param lang - `ja` or `en` (the default)
 * @returns the message in that language
 * @throws {MunikpiError} `INVALID_OPTION` when lang is neither `ja` nor `en`
 *
 * @example
 * import { errorMessage, fiscalYearRange } from 'munikpi';
 * try {
 *   fiscalYearRange(2023.5);
 * } catch (error) {
 *   errorMessage(error, 'ja'); // '2023.5 は年度（整数）ではありません'
 *   errorMessage(error); // '2023.5 is not a fiscal year (a whole number)'
 * }
 */
export function errorMessage(error: unknown, lang: Language = 'en'): string {
  // error.message is the English message; only Japanese is worded again, so that a bundle with
  // errorMessage carries the Japanese messages and not a second copy of the English ones.
  const japanese = languageOf(lang, 'en') === 'ja';
  if (!(error instanceof MunikpiError)) return error instanceof Error ? error.message : String(error);
  const detail = error.detail;
  if (!japanese || detail === undefined || !Object.hasOwn(jaErrors, detail.key)) return error.message;
  return (
    (jaErrors as unknown as Readonly<Record<string, (params: object) => string>>)[detail.key]?.(
      detail.params,
    ) ?? error.message
  );
}
