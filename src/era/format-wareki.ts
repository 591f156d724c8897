import { fail, flagOption, optionsOf } from '../core/errors.js';
import { notOneOfNamed, separatorForKanji } from '../core/messages/errors-en.js';
import { calendarDate, type DateInput } from './calendar-date.js';
import { ERA_FIRST_YEARS, ERA_INITIALS, ERA_NAMES, eraIndexOf } from './era-index.js';
import { toKanjiNumber } from './numerals.js';

/** Options for {@link formatWareki}. */
export interface FormatWarekiOptions {
  /** How to write the era: `name` 令和 (default), `short` 令, `initial` R. */
  readonly era?: 'name' | 'short' | 'initial';
  /**
   * Between the fields: `kanji` writes 年月日 (the default with `era: 'name'`); `.` (the default
   * otherwise), `/` or `-` write R5.4.1, R5/4/1, R5-4-1.
   */
  readonly separator?: 'kanji' | '.' | '/' | '-';
  /** Which fields to write: `date` (default), `year-month` or `year`. */
  readonly fields?: 'date' | 'year-month' | 'year';
  /** `arabic` digits (default) or `kanji` numerals (令和五年四月一日; needs `separator: 'kanji'`). */
  readonly numerals?: 'arabic' | 'kanji';
  /** Write year 1 as 元年 (default true; only with `separator: 'kanji'`). `false` writes 1年. */
  readonly gannen?: boolean;
  /** Zero-pad month, day and era year to two digits: R05.04.01 (default false). */
  readonly pad?: boolean;
  /** Append the day of the week as （土） (default false; only with `fields: 'date'`). */
  readonly weekday?: boolean;
}

const WEEKDAYS = '日月火水木金土';

/** `令和5年4月` by year (from 1873), month and era, for the common call, made on first use. */
let prefixes: (string | undefined)[] | undefined;
/** `1日` … `31日`. */
const DAY_TEXTS = Array.from({ length: 32 }, (_, d) => `${d}日`);
/** Days since 1970-01-01 of the first of month k counted from January 1873, made on first use. */
let monthStarts: number[] | undefined;

/**
 * The default form of a day (days since 1970-01-01 in Japan) from 1873 to 2297, by tables and
 * one division: the common call, an instant and no options. Anything else (NaN included)
 * gives undefined and goes the long way.
 */
function quickFormat(day: number): string | undefined {
  // Date.UTC carries month 13 into the next year, and so on.
  monthStarts ??= Array.from({ length: 5101 }, (_, k) => Date.UTC(1873, k, 1) / 86_400_000);
  // Close to the month (30.436875 days on average), then a step or two to it.
  // (`| 0` floors what the range check lets through, and makes NaN 0.)
  let k = ((day + 35_428) / 30.436875) | 0;
  if (!(k > 0 && k < 5099)) return undefined;
  while (day < (monthStarts[k] as number)) k--;
  while (day >= (monthStarts[k + 1] as number)) k++;
  const year = 1873 + ((k / 12) | 0);
  const month = (k % 12) + 1;
  const dom = day - (monthStarts[k] as number) + 1;
  // The era joins the key: an era may begin mid-month.
  const key = k * 5 + eraIndexOf(year, month, dom);
  prefixes ??= new Array<string | undefined>(5100 * 5);
  let prefix = prefixes[key];
  if (prefix === undefined) {
    prefix = formatWareki({ year, month, day: dom }, { fields: 'year-month' });
    prefixes[key] = prefix;
  }
  return prefix + (DAY_TEXTS[dom] as string);
}

/** An option that is one of `allowed`; the first is the default. */
/** The option `name`, one of `allowed`; absent gives the fallback, by default the first. */
function option<K extends 'era' | 'separator' | 'fields' | 'numerals'>(
  options: FormatWarekiOptions,
  name: K,
  allowed: readonly NonNullable<FormatWarekiOptions[K]>[],
  fallback = allowed[0],
): NonNullable<FormatWarekiOptions[K]> {
  const value = options[name] ?? fallback;
  if (!allowed.includes(value as NonNullable<FormatWarekiOptions[K]>)) {
    fail('INVALID_OPTION', { notOneOfNamed }, { input: value, allowed, name });
  }
  return value as NonNullable<FormatWarekiOptions[K]>;
}

/**
 * A date in the Japanese era calendar, decided in Japan time: `令和5年4月1日` by default,
 * `令和元年5月1日` for year 1, `R5.4.1`, `R05.04.01`, `令和五年四月一日`, `令和5年`, `令和5年4月`,
 * `令和5年4月1日（土）`.
 *
 * @param date - an instant (read in Japan time), a `YYYY-MM-DD` string or a calendar date
 * @param options - era form, separator, fields, numerals, 元年, padding and weekday
 * @returns the formatted date
 * @throws {MunikpiError} the codes of {@link calendarDate}; `INVALID_OPTION` for a bad option
 *
 * @example
 * import { formatWareki } from 'munikpi';
 * formatWareki('2023-04-01'); // '令和5年4月1日'
 * formatWareki('2019-05-01'); // '令和元年5月1日'
 * formatWareki('2019-05-01', { gannen: false }); // '令和1年5月1日'
 * formatWareki('2023-04-01', { era: 'initial' }); // 'R5.4.1'
 * formatWareki('2023-04-01', { era: 'initial', pad: true }); // 'R05.04.01'
 * formatWareki('2023-04-01', { numerals: 'kanji' }); // '令和五年四月一日'
 * formatWareki('2023-04-01', { fields: 'year-month' }); // '令和5年4月'
 * formatWareki('2023-04-01', { weekday: true }); // '令和5年4月1日（土）'
 */
export function formatWareki(date: DateInput, options?: FormatWarekiOptions): string {
  // The common call, an instant and no options, takes the short way: the day in Japan from the
  // milliseconds, with no Date made and no option read. NaN and out-of-range fail both tests and
  // go the long way, which throws.
  if (options === undefined && date instanceof Date) {
    const text = quickFormat(Math.floor((date.getTime() + 32_400_000) / 86_400_000));
    if (text !== undefined) return text;
  }
  const d = calendarDate(date);
  options = optionsOf(options);
  const eraForm = option(options, 'era', ['name', 'short', 'initial']);
  const separator = option(
    options,
    'separator',
    ['kanji', '.', '/', '-'],
    eraForm === 'name' ? 'kanji' : '.',
  );
  const fields = option(options, 'fields', ['date', 'year-month', 'year']);
  const kanji = option(options, 'numerals', ['arabic', 'kanji']) === 'kanji';
  const gannen = flagOption(options.gannen, 'gannen', true);
  const pad = flagOption(options.pad, 'pad', false);
  const weekday = flagOption(options.weekday, 'weekday', false);
  // 令和5年4月1日 writes a unit after each field; R5.4.1 a separator between them.
  const k = separator === 'kanji';
  if (kanji && !k) fail('INVALID_OPTION', { separatorForKanji }, { input: separator });
  const index = eraIndexOf(d.year, d.month, d.day);
  const name = ERA_NAMES[index] as string;
  const eraYear = d.year - (ERA_FIRST_YEARS[index] as number) + 1;
  const num = (n: number): string => (kanji ? toKanjiNumber(n) : pad && n < 10 ? `0${n}` : String(n));
  const eraText =
    eraForm === 'name' ? name : eraForm === 'short' ? name.charAt(0) : ERA_INITIALS.charAt(index);
  let out = eraText + (k && eraYear === 1 && gannen ? '元' : num(eraYear)) + (k ? '年' : '');
  if (fields !== 'year') out += k ? `${num(d.month)}月` : separator + num(d.month);
  if (fields === 'date') out += k ? `${num(d.day)}日` : separator + num(d.day);
  if (weekday && fields === 'date') {
    out += `（${WEEKDAYS.charAt(new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay())}）`;
  }
  return out;
}
