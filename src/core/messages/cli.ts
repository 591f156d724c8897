/*
 * The command line's and the blank template's words: the catalogue's sections kept out of the
 * library's main bundle (see CliCatalogue).
 */
import type { CliCatalogue, Language } from './catalogue.js';
import { en } from './cli-en.js';
import { ja } from './cli-ja.js';

const CATALOGUES: Readonly<Record<Language, CliCatalogue>> = { ja, en };

/**
 * The command line's and the template's words for a language.
 * @internal
 */
export function cliWordsFor(lang: Language): CliCatalogue {
  return CATALOGUES[lang];
}
