import { errorOf, flagOption, optionsOf } from '../core/errors.js';
import { withInspect } from '../core/inspect.js';
import { outsidePeriod, periodEndsBeforeStart } from '../core/messages/errors-en.js';
import { type CalendarDate, calendarDate, type DateInput, epochDayOf } from '../era/calendar-date.js';
import { ERAS } from '../era/eras.js';
import { trimmedEnd, trimmedStart } from '../era/parse-wareki.js';
import { newScanResult, SCAN_OK, scanEraDate } from '../era/scanner.js';
import { type FiscalOptions, type FiscalYear, fiscalYearRange, startMonthOf } from './fiscal-year.js';
import { formatFiscalYear } from './format-fiscal-year.js';
import { type ParseFiscalYearOptions, parseFiscalYear } from './parse-fiscal-year.js';

/** An exact fraction of whole numbers, such as the days of a plan elapsed. */
export interface Fraction {
  /** The part. */
  readonly numerator: number;
  /** The whole; never 0. */
  readonly denominator: number;
}

/** A plan period: a run of whole fiscal years such as 令和3年度～令和6年度. */
export interface PlanPeriod {
  /** The first fiscal year. */
  readonly start: FiscalYear;
  /** The last fiscal year. */
  readonly end: FiscalYear;
  /** The month the fiscal years start in. */
  readonly startMonth: number;
  /** Every fiscal year of the period, in order. */
  readonly years: readonly FiscalYear[];
  /** How many fiscal years the period has. */
  readonly length: number;
  /** The period as Japanese documents write it: `令和3年度～令和6年度`. */
  readonly label: string;
  /** The first year as the label writes it: `令和3年度`, or `平成28年度` kept as written. */
  readonly startLabel: string;
  /** The last year as the label writes it: `令和6年度`, or `平成32年度` kept as written. */
  readonly endLabel: string;
  /** The label with the Gregorian year beside each end: `令和3年度（2021年度）～令和6年度（2024年度）`. */
  readonly labelWithGregorian: string;
  /** The first day of the period. */
  readonly firstDay: CalendarDate;
  /** The last day of the period. */
  readonly lastDay: CalendarDate;
  /**
   * Whether a fiscal year lies in the period.
   * @param fiscalYear - a fiscal year
   */
  contains(fiscalYear: FiscalYear): boolean;
  /**
   * The place of a fiscal year in the period, 1 for the first year (R5 is year 3 of R3–R6).
   * @param fiscalYear - a fiscal year in the period
   * @throws {MunikpiError} `FISCAL_YEAR_OUTSIDE_PERIOD`
   */
  ordinal(fiscalYear: FiscalYear): number;
  /**
   * The exact share of the period's days that have passed by the end of a date (Japan time):
   * 0 before the period, 1 after it.
   * @param date - an instant, a `YYYY-MM-DD` string or a calendar date
   */
  elapsed(date: DateInput): Fraction;
}

/** Options for {@link planPeriod}. */
export interface PlanPeriodOptions extends ParseFiscalYearOptions {
  /**
   * Keep the era each year is written in, as the plan wrote it: `平成32年度` (with
   * `allowOverflow`) or `平成31年度` stay so in the labels instead of becoming 令和2年度 and
   * 令和元年度. Years given as numbers or Gregorian text are labelled as usual. Default false.
   */
  readonly keepSpelling?: boolean;
}

/** A fiscal year given as a number or as text such as `R3` or `令和3年度`. */
export type FiscalYearInput = FiscalYear | string;

function fiscalYearFrom(input: FiscalYearInput, options: ParseFiscalYearOptions): FiscalYear {
  if (typeof input === 'string') return parseFiscalYear(input, options);
  fiscalYearRange(input, options);
  return input;
}

/**
 * A fiscal year labelled in the era its text names (`H32` → 平成32年度), or null when the text
 * names no era (a number, 2020年度). The text has already been read as `fiscalYear`.
 */
function spelledLabel(input: FiscalYearInput, fiscalYear: FiscalYear): string | null {
  if (typeof input !== 'string') return null;
  const start = trimmedStart(input);
  const scan = newScanResult();
  if (scanEraDate(input, start, trimmedEnd(input, start), scan) !== SCAN_OK) return null;
  const era = ERAS[scan.era];
  if (era === undefined) return null;
  const year = fiscalYear - era.firstYear + 1;
  return `${era.name}${year === 1 ? '元' : year}年度`;
}

/** The label of one end of a period: as written when asked and possible, else as munikpi writes it. */
function endLabelOf(
  input: FiscalYearInput,
  fiscalYear: FiscalYear,
  keep: boolean,
  options: FiscalOptions,
): string {
  return (keep ? spelledLabel(input, fiscalYear) : null) ?? formatFiscalYear(fiscalYear, options);
}

/**
 * A plan period from its first and last fiscal year, given as numbers or text.
 *
 * @param from - the first fiscal year: 2021, `'R3'`, `'令和3年度'`
 * @param to - the last fiscal year
 * @param options - `startMonth` for bodies whose year does not start in April; `allowOverflow`
 *   for years written in an era that had ended (平成32年度); `keepSpelling` to label them so
 * @returns the period, with its years, labels, and `contains`, `ordinal` and `elapsed`
 * @throws {MunikpiError} the codes of {@link parseFiscalYear}; `INVALID_FISCAL_YEAR` when the
 *   period ends before it starts
 *
 * @example
 * import { planPeriod } from 'munikpi';
 * const plan = planPeriod('R3', 'R6');
 * plan.years; // [2021, 2022, 2023, 2024]
 * plan.label; // '令和3年度～令和6年度'
 * plan.contains(2023); // true
 * plan.ordinal(2023); // 3
 * plan.elapsed('2023-03-31'); // { numerator: 730, denominator: 1461 }
 * planPeriod('平成28年度', '平成32年度', { allowOverflow: true }).label; // '平成28年度～令和2年度'
 * const old = planPeriod('平成28年度', '平成32年度', { allowOverflow: true, keepSpelling: true });
 * old.label; // '平成28年度～平成32年度'
 * old.labelWithGregorian; // '平成28年度（2016年度）～平成32年度（2020年度）'
 */
export function planPeriod(
  from: FiscalYearInput,
  to: FiscalYearInput,
  options?: PlanPeriodOptions,
): PlanPeriod {
  options = optionsOf(options);
  const keep = flagOption(options.keepSpelling, 'keepSpelling', false);
  const startMonth = startMonthOf(options);
  const start = fiscalYearFrom(from, options);
  const end = fiscalYearFrom(to, options);
  if (end < start) {
    throw errorOf('INVALID_FISCAL_YEAR', { periodEndsBeforeStart }, { from, to }, { input: { from, to } });
  }
  const firstDay = fiscalYearRange(start, options).start;
  const lastDay = fiscalYearRange(end, options).end;
  const first = epochDayOf(firstDay.year, firstDay.month, firstDay.day);
  const total = epochDayOf(lastDay.year, lastDay.month, lastDay.day) - first + 1;
  const years = Object.freeze(Array.from({ length: end - start + 1 }, (_, i) => start + i));
  const startLabel = endLabelOf(from, start, keep, options);
  const endLabel = endLabelOf(to, end, keep, options);
  const contains = (fiscalYear: FiscalYear): boolean => fiscalYear >= start && fiscalYear <= end;
  const period = {
    start,
    end,
    startMonth,
    years,
    length: years.length,
    label: `${startLabel}～${endLabel}`,
    startLabel,
    endLabel,
    labelWithGregorian: `${startLabel}（${start}年度）～${endLabel}（${end}年度）`,
    firstDay,
    lastDay,
    contains,
    ordinal(fiscalYear: FiscalYear): number {
      if (!contains(fiscalYear)) {
        throw errorOf('FISCAL_YEAR_OUTSIDE_PERIOD', { outsidePeriod }, { input: fiscalYear, start, end });
      }
      return fiscalYear - start + 1;
    },
    elapsed(date: DateInput): Fraction {
      const d = calendarDate(date);
      const passed = epochDayOf(d.year, d.month, d.day) - first + 1;
      return { numerator: Math.min(Math.max(passed, 0), total), denominator: total };
    },
  };
  return Object.freeze(
    withInspect(period, (p) => `PlanPeriod ${p.label} (FY${p.start}–FY${p.end}, ${p.length} years)`),
  );
}
