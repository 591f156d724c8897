import { type CalendarDate, calendarDate, type DateInput } from './calendar-date.js';
import { eraIndexOf } from './era-index.js';
import { ERAS, type Era } from './eras.js';

/** A date in the Japanese era calendar (和暦). */
export interface WarekiDate {
  /** The era in force on the date. */
  readonly era: Era;
  /** The year of the era, 1 for 元年. */
  readonly eraYear: number;
  /** The month, 1..12. */
  readonly month: number;
  /** The day of the month. */
  readonly day: number;
  /** The same day as a Gregorian calendar date. */
  readonly date: CalendarDate;
}

/**
 * The era, era year, month and day of a date, decided in Japan time.
 *
 * @param date - an instant (read in Japan time), a `YYYY-MM-DD` string or a calendar date
 * @returns the era date
 * @throws {MunikpiError} the codes of {@link calendarDate}: `INVALID_DATE`, `BEFORE_GREGORIAN`, …
 *
 * @example
 * import { toWareki } from 'munikpi';
 * const w = toWareki('2019-05-01');
 * `${w.era.name}${w.eraYear}年`; // '令和1年'
 * toWareki('2019-04-30').era.name; // '平成'
 */
export function toWareki(date: DateInput): WarekiDate {
  const d = calendarDate(date);
  const era = ERAS[eraIndexOf(d.year, d.month, d.day)] as Era;
  return { era, eraYear: d.year - era.firstYear + 1, month: d.month, day: d.day, date: d };
}
