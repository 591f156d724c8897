import { errorOf, flagOption, optionsOf } from '../core/errors.js';
import { notEitherOf, notOneOfFor, withGregorianStyle } from '../core/messages/errors-en.js';
import { eraIndexOf } from '../era/era-index.js';
import { ERAS, type Era } from '../era/eras.js';
import { toKanjiNumber } from '../era/numerals.js';
import { checkFiscalYear, type FiscalOptions, type FiscalYear, startMonthOf } from './fiscal-year.js';

/** How {@link formatFiscalYear} writes a fiscal year. */
export type FiscalYearStyle = 'era' | 'initial' | 'code' | 'gregorian' | 'fy';

/** Options for {@link formatFiscalYear}. */
export interface FormatFiscalYearOptions extends FiscalOptions {
  /**
   * `era` 令和5年度 (default), `initial` R5年度, `code` R5, `gregorian` 2023年度, `fy` FY2023.
   */
  readonly style?: FiscalYearStyle;
  /**
   * For a fiscal year in which the era changed: `new` names it by the era in force at the end
   * of its starting calendar year (令和元年度 for 2019, 昭和元年度 for 1926; the default), `old`
   * by the era in force on its first day (平成31年度, 大正15年度).
   */
  readonly eraChange?: 'new' | 'old';
  /** Write year 1 as 元 (default true, `era` style only); false writes 令和1年度. */
  readonly gannen?: boolean;
  /** `arabic` digits (default) or `kanji` numerals, 令和五年度 (`era` style only). */
  readonly numerals?: 'arabic' | 'kanji';
  /** Add the Gregorian year after an era label, as official statistics do: 令和5年度（2023年度）. */
  readonly withGregorian?: boolean;
}

const STYLES: readonly FiscalYearStyle[] = ['era', 'initial', 'code', 'gregorian', 'fy'];

/**
 * The era and era year that name a fiscal year.
 * @internal
 */
export function fiscalEra(
  fiscalYear: FiscalYear,
  startMonth: number,
  eraChange: 'new' | 'old',
): [Era, number] {
  const index = eraChange === 'new' ? eraIndexOf(fiscalYear, 12, 31) : eraIndexOf(fiscalYear, startMonth, 1);
  const era = ERAS[index] as Era;
  return [era, fiscalYear - era.firstYear + 1];
}

/**
 * A fiscal year as text: `令和5年度`, `R5年度`, `R5`, `2023年度` or `FY2023`.
 *
 * @param fiscalYear - the fiscal year, named by its starting year
 * @param options - style, naming of era-change years, 元年, numerals, Gregorian year alongside
 * @returns the label
 * @throws {MunikpiError} `INVALID_FISCAL_YEAR`, `BEFORE_GREGORIAN`, `DATE_OUT_OF_RANGE` for a bad
 *   fiscal year; `INVALID_OPTION` for a bad option
 *
 * @example
 * import { formatFiscalYear } from 'munikpi';
 * formatFiscalYear(2023); // '令和5年度'
 * formatFiscalYear(2023, { style: 'initial' }); // 'R5年度'
 * formatFiscalYear(2023, { style: 'code' }); // 'R5'
 * formatFiscalYear(2023, { style: 'fy' }); // 'FY2023'
 * formatFiscalYear(2019); // '令和元年度'
 * formatFiscalYear(2019, { eraChange: 'old' }); // '平成31年度'
 * formatFiscalYear(2023, { withGregorian: true }); // '令和5年度（2023年度）'
 */
export function formatFiscalYear(fiscalYear: FiscalYear, options?: FormatFiscalYearOptions): string {
  options = optionsOf(options);
  const startMonth = startMonthOf(options);
  const gannen = flagOption(options.gannen, 'gannen', true);
  const withGregorian = flagOption(options.withGregorian, 'withGregorian', false);
  checkFiscalYear(fiscalYear, startMonth);
  const style = options.style ?? 'era';
  if (!STYLES.includes(style)) {
    throw errorOf('INVALID_OPTION', { notOneOfFor }, { name: 'style', input: style, allowed: STYLES });
  }
  const eraChange = options.eraChange ?? 'new';
  if (eraChange !== 'new' && eraChange !== 'old') {
    throw errorOf(
      'INVALID_OPTION',
      { notEitherOf },
      { name: 'eraChange', input: eraChange, first: 'new', second: 'old' },
    );
  }
  const numerals = options.numerals ?? 'arabic';
  if (numerals !== 'arabic' && numerals !== 'kanji') {
    throw errorOf(
      'INVALID_OPTION',
      { notEitherOf },
      { name: 'numerals', input: numerals, first: 'arabic', second: 'kanji' },
    );
  }
  if (withGregorian && style !== 'era' && style !== 'initial') {
    throw errorOf('INVALID_OPTION', { withGregorianStyle }, { style }, { input: options });
  }
  if (style === 'gregorian') return `${fiscalYear}年度`;
  if (style === 'fy') return `FY${fiscalYear}`;
  const [era, eraYear] = fiscalEra(fiscalYear, startMonth, eraChange);
  let label: string;
  if (style === 'era') {
    const year = eraYear === 1 && gannen ? '元' : numerals === 'kanji' ? toKanjiNumber(eraYear) : eraYear;
    label = `${era.name}${year}年度`;
  } else {
    label = style === 'initial' ? `${era.initial}${eraYear}年度` : `${era.initial}${eraYear}`;
  }
  return withGregorian ? `${label}（${fiscalYear}年度）` : label;
}
