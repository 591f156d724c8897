/**
 * Seeded, varied inputs for the date benchmarks: instants, and era dates written the ways real
 * documents write them.
 */
import { int, mulberry32, pad2, pick } from './prng.mjs';

const JST_MS = 9 * 3_600_000;
const DAY_MS = 86_400_000;

/** Eras by their first day, newest last: [name, initial, first Gregorian year, first day yyyymmdd]. */
const ERAS = [
  ['昭和', 'S', 1926, 19_261_225],
  ['平成', 'H', 1989, 19_890_108],
  ['令和', 'R', 2019, 20_190_501],
];

/**
 * Random instants between two dates (UTC midnight of each), with a random time of day, so the
 * hours around midnight in Japan (where UTC and JST disagree on the day) are well represented.
 *
 * @returns {Date[]}
 */
export function randomInstants(seed, count, fromIso, toIso) {
  const rand = mulberry32(seed);
  const from = Date.parse(`${fromIso}T00:00:00Z`);
  const to = Date.parse(`${toIso}T00:00:00Z`);
  const out = [];
  for (let i = 0; i < count; i++) out.push(new Date(from + Math.floor(rand() * (to - from))));
  return out;
}

/** The calendar date in Japan of an instant. */
export function jstParts(date) {
  const d = new Date(date.getTime() + JST_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The era and era year of a calendar date (昭和 onwards). */
function eraOf({ year, month, day }) {
  const key = year * 10_000 + month * 100 + day;
  let era = ERAS[0];
  for (const e of ERAS) if (key >= e[3]) era = e;
  return { name: era[0], initial: era[1], eraYear: year - era[2] + 1 };
}

const KANJI = '〇一二三四五六七八九';
/** 1..99 in kanji numerals: 5 → 五, 15 → 十五, 31 → 三十一. */
function kanji(n) {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 0 ? '' : tens === 1 ? '十' : `${KANJI[tens]}十`) + (ones === 0 ? '' : KANJI[ones]);
}
/** Half-width digits to full-width: 5 → ５. */
function fullWidth(text) {
  return text.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/**
 * The forms an era date is written in. `common` forms are read by every parser compared
 * (munikpi, @smarthr/wareki, the regex baseline); the others are real forms only some read.
 */
export const WAREKI_FORMS = {
  // 令和5年4月1日 (令和元年5月1日 for year 1)
  kanjiSeparators: {
    common: true,
    write: (e, d) => `${e.name}${e.eraYear === 1 ? '元' : e.eraYear}年${d.month}月${d.day}日`,
  },
  // R5.4.1
  initialDots: { common: true, write: (e, d) => `${e.initial}${e.eraYear}.${d.month}.${d.day}` },
  // R05.04.01
  initialPadded: {
    common: true,
    write: (e, d) => `${e.initial}${pad2(e.eraYear)}.${pad2(d.month)}.${pad2(d.day)}`,
  },
  // H31/4/30
  initialSlashes: { common: true, write: (e, d) => `${e.initial}${e.eraYear}/${d.month}/${d.day}` },
  // 令和５年４月１日
  fullWidthDigits: {
    common: true,
    write: (e, d) => fullWidth(`${e.name}${e.eraYear}年${d.month}月${d.day}日`),
  },
  // 令和 5 年 4 月 1 日 (as PDF extraction and word processors leave it)
  spaced: { common: false, write: (e, d) => `${e.name} ${e.eraYear} 年 ${d.month} 月 ${d.day} 日` },
  // 令和五年四月一日
  kanjiNumerals: {
    common: false,
    write: (e, d) =>
      `${e.name}${e.eraYear === 1 ? '元' : kanji(e.eraYear)}年${kanji(d.month)}月${kanji(d.day)}日`,
  },
};

/**
 * Era dates as documents write them, from random days 1989..2030 (some 昭和 days too), each in a
 * random form among `forms`, with the day they mean.
 *
 * @returns {{ text: string, form: string, date: { year: number, month: number, day: number } }[]}
 */
export function warekiTexts(seed, count, forms) {
  const rand = mulberry32(seed);
  const from = Date.UTC(1985, 0, 1) / DAY_MS;
  const to = Date.UTC(2030, 11, 31) / DAY_MS;
  const out = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(int(rand, from, to) * DAY_MS);
    const date = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
    const form = pick(rand, forms);
    out.push({ text: WAREKI_FORMS[form].write(eraOf(date), date), form, date });
  }
  return out;
}
