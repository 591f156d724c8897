import type { CalendarDate } from './calendar-date.js';

/** The name of a Japanese era munikpi knows. */
export type EraName = '明治' | '大正' | '昭和' | '平成' | '令和';

/** One Japanese era (元号) and its first day. */
export interface Era {
  /** The era name, e.g. `令和`. */
  readonly name: EraName;
  /** The reading in hiragana, e.g. `れいわ`. */
  readonly reading: string;
  /** The name in Latin letters (Hepburn with macrons), e.g. `Reiwa`. */
  readonly romaji: string;
  /** The Latin initial used in short dates, e.g. `R` in `R5.4.1`. */
  readonly initial: 'M' | 'T' | 'S' | 'H' | 'R';
  /** The one-kanji short form, e.g. `令` in `令5.4.1`. */
  readonly short: string;
  /** The square ligature of the era name, e.g. `㋿`. */
  readonly ligature: string;
  /**
   * The first day munikpi counts in this era. For 明治 this is 1873-01-01, the first Gregorian
   * day in Japan, not the era's proclamation in 1868: earlier dates are rejected.
   */
  readonly start: CalendarDate;
  /** The Gregorian year of the era's year 1 (元年). */
  readonly firstYear: number;
  /** The last day of the era, or `null` for the current era. */
  readonly end: CalendarDate | null;
}

function era(
  name: EraName,
  reading: string,
  romaji: string,
  initial: Era['initial'],
  ligature: string,
  start: CalendarDate,
  firstYear: number,
  end: CalendarDate | null,
): Era {
  return Object.freeze({
    name,
    reading,
    romaji,
    initial,
    short: name.charAt(0),
    ligature,
    start: Object.freeze(start),
    firstYear,
    end: end === null ? null : Object.freeze(end),
  });
}

/**
 * The eras since Japan adopted the Gregorian calendar, oldest first. Frozen.
 *
 * @example
 * import { ERAS } from 'munikpi';
 * ERAS.map((era) => era.initial).join(''); // 'MTSHR'
 * ERAS[4].start; // { year: 2019, month: 5, day: 1 }
 */
export const ERAS: readonly Era[] = /* @__PURE__ */ Object.freeze([
  era('明治', 'めいじ', 'Meiji', 'M', '㍾', { year: 1873, month: 1, day: 1 }, 1868, {
    year: 1912,
    month: 7,
    day: 29,
  }),
  era('大正', 'たいしょう', 'Taishō', 'T', '㍽', { year: 1912, month: 7, day: 30 }, 1912, {
    year: 1926,
    month: 12,
    day: 24,
  }),
  era('昭和', 'しょうわ', 'Shōwa', 'S', '㍼', { year: 1926, month: 12, day: 25 }, 1926, {
    year: 1989,
    month: 1,
    day: 7,
  }),
  era('平成', 'へいせい', 'Heisei', 'H', '㍻', { year: 1989, month: 1, day: 8 }, 1989, {
    year: 2019,
    month: 4,
    day: 30,
  }),
  era('令和', 'れいわ', 'Reiwa', 'R', '㋿', { year: 2019, month: 5, day: 1 }, 2019, null),
]);
