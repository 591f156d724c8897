import { MunikpiError, quote } from '../errors.js';
import type { Catalogue, Language } from './catalogue.js';
import { en } from './en.js';
import { ja } from './ja.js';

export type {
  Catalogue,
  FindingWords,
  IssueWords,
  Language,
  ReportWords,
  WordData,
  Words,
  YearNames,
} from './catalogue.js';

const CATALOGUES: Readonly<Record<Language, Catalogue>> = { ja, en };

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
    throw new MunikpiError('INVALID_OPTION', `${quote(value)} is not a language (ja or en)`, {
      input: value,
    });
  }
  return value;
}
