import { flagOption, MunikpiError, optionsOf, quote } from '../errors.js';
import { calendarDate, type DateInput, epochDayOf } from './calendar-date.js';
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

function option<T extends string>(value: T | undefined, allowed: readonly T[], name: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (allowed.includes(value)) return value;
  throw new MunikpiError('INVALID_OPTION', `${name}: ${quote(value)} is not one of ${allowed.join(', ')}`, {
    input: value,
  });
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
  const d = calendarDate(date);
  options = optionsOf(options);
  const eraForm = option(options.era, ['name', 'short', 'initial'], 'era', 'name');
  const separator = option(
    options.separator,
    ['kanji', '.', '/', '-'],
    'separator',
    eraForm === 'name' ? 'kanji' : '.',
  );
  const fields = option(options.fields, ['date', 'year-month', 'year'], 'fields', 'date');
  const kanji = option(options.numerals, ['arabic', 'kanji'], 'numerals', 'arabic') === 'kanji';
  const gannen = flagOption(options.gannen, 'gannen', true);
  const pad = flagOption(options.pad, 'pad', false);
  const weekday = flagOption(options.weekday, 'weekday', false);
  if (kanji && separator !== 'kanji') {
    throw new MunikpiError(
      'INVALID_OPTION',
      `numerals: 'kanji' needs separator: 'kanji', not ${quote(separator)}`,
      {
        input: options,
      },
    );
  }
  const index = eraIndexOf(d.year, d.month, d.day);
  const name = ERA_NAMES[index] as string;
  const eraYear = d.year - (ERA_FIRST_YEARS[index] as number) + 1;
  const num = (n: number): string => (kanji ? toKanjiNumber(n) : pad && n < 10 ? `0${n}` : String(n));
  const eraText =
    eraForm === 'name' ? name : eraForm === 'short' ? name.charAt(0) : ERA_INITIALS.charAt(index);
  let out: string;
  if (separator === 'kanji') {
    out = `${eraText}${eraYear === 1 && gannen ? '元' : num(eraYear)}年`;
    if (fields !== 'year') out += `${num(d.month)}月`;
    if (fields === 'date') out += `${num(d.day)}日`;
  } else {
    out = eraText + num(eraYear);
    if (fields !== 'year') out += separator + num(d.month);
    if (fields === 'date') out += separator + num(d.day);
  }
  if (weekday && fields === 'date') {
    // 1970-01-01 was a Thursday (index 4).
    const index = (((epochDayOf(d.year, d.month, d.day) + 4) % 7) + 7) % 7;
    out += `（${WEEKDAYS.charAt(index)}）`;
  }
  return out;
}
