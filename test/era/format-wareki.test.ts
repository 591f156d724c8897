import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWareki } from '../../src/index.js';
import {
  arbInterestingDate,
  dateOfDay,
  errorCode,
  noonInJapan,
  thrown,
  underEveryTimeZone,
} from '../helpers.js';

describe('formatWareki', () => {
  it('writes 令和5年4月1日 by default', () => {
    expect(formatWareki('2023-04-01')).toBe('令和5年4月1日');
  });

  it('writes year 1 as 元年, or 1年 on request', () => {
    expect(formatWareki('2019-05-01')).toBe('令和元年5月1日');
    expect(formatWareki('2019-05-01', { gannen: false })).toBe('令和1年5月1日');
    expect(formatWareki('1989-01-08')).toBe('平成元年1月8日');
  });

  it('writes the short forms R5.4.1, R05.04.01, 令5.4.1 and R5/4/1', () => {
    expect(formatWareki('2023-04-01', { era: 'initial' })).toBe('R5.4.1');
    expect(formatWareki('2023-04-01', { era: 'initial', pad: true })).toBe('R05.04.01');
    expect(formatWareki('2023-04-01', { era: 'short' })).toBe('令5.4.1');
    expect(formatWareki('2023-04-01', { era: 'initial', separator: '/' })).toBe('R5/4/1');
    expect(formatWareki('2019-05-01', { era: 'initial' })).toBe('R1.5.1');
  });

  it('writes kanji numerals', () => {
    expect(formatWareki('2023-04-01', { numerals: 'kanji' })).toBe('令和五年四月一日');
    expect(formatWareki('2033-12-31', { numerals: 'kanji' })).toBe('令和十五年十二月三十一日');
    expect(formatWareki('1989-01-07', { numerals: 'kanji' })).toBe('昭和六十四年一月七日');
    expect(formatWareki('2019-05-20', { numerals: 'kanji' })).toBe('令和元年五月二十日');
  });

  it('writes only the year, or the year and month', () => {
    expect(formatWareki('2023-04-01', { fields: 'year' })).toBe('令和5年');
    expect(formatWareki('2023-04-01', { fields: 'year-month' })).toBe('令和5年4月');
    expect(formatWareki('2023-04-01', { fields: 'year-month', era: 'initial' })).toBe('R5.4');
  });

  it('adds the weekday in full-width brackets', () => {
    expect(formatWareki('2023-04-01', { weekday: true })).toBe('令和5年4月1日（土）');
    expect(formatWareki('1873-01-01', { weekday: true })).toBe('明治6年1月1日（水）');
  });

  it('changes era on the right day', () => {
    expect(formatWareki('1912-07-29')).toBe('明治45年7月29日');
    expect(formatWareki('1912-07-30')).toBe('大正元年7月30日');
    expect(formatWareki('1926-12-24')).toBe('大正15年12月24日');
    expect(formatWareki('1926-12-25')).toBe('昭和元年12月25日');
    expect(formatWareki('1989-01-07')).toBe('昭和64年1月7日');
    expect(formatWareki('2019-04-30')).toBe('平成31年4月30日');
  });

  it('decides the day of an instant in Japan time, in every host time zone', () => {
    const results = underEveryTimeZone(() => formatWareki(new Date('2019-04-30T15:00:00Z')));
    expect(new Set(results)).toEqual(new Set(['令和元年5月1日']));
  });

  it('agrees with Intl (ja-JP-u-ca-japanese, Asia/Tokyo) on every day from 1873 to 2100', () => {
    const intl = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
      era: 'long',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'Asia/Tokyo',
    });
    const first = Date.UTC(1873, 0, 1) / 86_400_000;
    const last = Date.UTC(2100, 11, 31) / 86_400_000;
    const disagreements: string[] = [];
    for (let day = first; day <= last; day++) {
      const date = dateOfDay(day);
      const instant = noonInJapan(date);
      const ours = formatWareki(instant);
      if (ours !== intl.format(instant))
        disagreements.push(`${instant.toISOString()}: ${ours} vs ${intl.format(instant)}`);
    }
    expect(disagreements).toEqual([]);
    expect(last - first + 1).toBe(83_275);
  });

  it('writes the same text for a calendar date in every time zone', () => {
    fc.assert(
      fc.property(arbInterestingDate, (date) => {
        expect(new Set(underEveryTimeZone(() => formatWareki(date, { weekday: true }))).size).toBe(1);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects bad options with INVALID_OPTION', () => {
    expect(errorCode(() => formatWareki('2023-04-01', { era: 'long' as never }))).toBe('INVALID_OPTION');
    expect(errorCode(() => formatWareki('2023-04-01', { separator: '年' as never }))).toBe('INVALID_OPTION');
    expect(errorCode(() => formatWareki('2023-04-01', { fields: 'day' as never }))).toBe('INVALID_OPTION');
    expect(errorCode(() => formatWareki('2023-04-01', { numerals: 'roman' as never }))).toBe(
      'INVALID_OPTION',
    );
    expect(errorCode(() => formatWareki('2023-04-01', { numerals: 'kanji', era: 'initial' }))).toBe(
      'INVALID_OPTION',
    );
    expect(errorCode(() => formatWareki('2023-04-01', { pad: 'yes' as never }))).toBe('INVALID_OPTION');
  });

  it('rejects bad dates with the calendarDate codes', () => {
    expect(errorCode(() => formatWareki('2023-02-30'))).toBe('INVALID_DATE');
    expect(errorCode(() => formatWareki(new Date('x')))).toBe('INVALID_DATE');
    expect(errorCode(() => formatWareki('1872-12-31'))).toBe('BEFORE_GREGORIAN');
  });
});

describe('formatWareki on an instant with no options (the quick way)', () => {
  const DAY = 86_400_000;
  const JST = 9 * 3_600_000;
  // The long way is taken whenever options are given, even empty ones: it is the reference.
  const reference = (date: Date) => formatWareki(date, {});

  it('agrees with the long way on the first and last instant of every day, 1873 to 2300', () => {
    const first = Date.UTC(1873, 0, 1) - JST;
    const last = Date.UTC(2300, 11, 31) - JST;
    let differ = 0;
    for (let ms = first; ms <= last; ms += DAY) {
      for (const at of [ms, ms + DAY - 1]) {
        const date = new Date(at);
        if (formatWareki(date) !== reference(date)) differ++;
      }
    }
    expect(differ).toBe(0);
  });

  it('writes the first days of each era and the days around them', () => {
    const at = (iso: string) => new Date(`${iso}T00:00:00+09:00`);
    expect(formatWareki(at('1912-07-29'))).toBe('明治45年7月29日');
    expect(formatWareki(at('1912-07-30'))).toBe('大正元年7月30日');
    expect(formatWareki(at('1926-12-24'))).toBe('大正15年12月24日');
    expect(formatWareki(at('1926-12-25'))).toBe('昭和元年12月25日');
    expect(formatWareki(at('1989-01-07'))).toBe('昭和64年1月7日');
    expect(formatWareki(at('1989-01-08'))).toBe('平成元年1月8日');
    expect(formatWareki(at('2019-04-30'))).toBe('平成31年4月30日');
    expect(formatWareki(at('2019-05-01'))).toBe('令和元年5月1日');
    // The last instant of 2024-03-31 in Japan is still March 31 there.
    expect(formatWareki(new Date('2024-03-31T14:59:59.999Z'))).toBe('令和6年3月31日');
    expect(formatWareki(new Date('2024-03-31T15:00:00.000Z'))).toBe('令和6年4月1日');
  });

  it('agrees with the long way on any instant, and throws the same errors', () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: false }), (date) => {
        let quick: string;
        try {
          quick = formatWareki(date);
        } catch {
          expect(errorCode(() => formatWareki(date))).toBe(errorCode(() => reference(date)));
          return;
        }
        expect(quick).toBe(reference(date));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formatWareki on an instant with options, and outside the quick range', () => {
  const at = (iso: string) => new Date(`${iso}T12:00:00+09:00`);

  it('honours every option given with an instant', () => {
    const date = at('2023-04-01');
    expect(formatWareki(date, { era: 'initial' })).toBe('R5.4.1');
    expect(formatWareki(date, { era: 'initial', pad: true })).toBe('R05.04.01');
    expect(formatWareki(date, { numerals: 'kanji' })).toBe('令和五年四月一日');
    expect(formatWareki(date, { numerals: 'arabic' })).toBe('令和5年4月1日');
    expect(formatWareki(date, { fields: 'year' })).toBe('令和5年');
    expect(formatWareki(date, { weekday: true })).toBe('令和5年4月1日（土）');
    expect(formatWareki(at('2019-05-01'), { gannen: false })).toBe('令和1年5月1日');
  });

  it('writes instants before the quick tables and after them the long way', () => {
    expect(formatWareki(at('1873-01-01'))).toBe('明治6年1月1日');
    expect(formatWareki(at('2297-12-31'))).toBe('令和279年12月31日');
    expect(formatWareki(at('2500-01-01'))).toBe('令和482年1月1日');
    expect(formatWareki(at('9999-12-31'))).toBe('令和7981年12月31日');
    expect(errorCode(() => formatWareki(at('1872-12-31')))).toBe('BEFORE_GREGORIAN');
  });

  it('writes each side of a mid-month era change right, in either order', () => {
    const pairs: [string, string][] = [
      ['1989-01-08', '平成元年1月8日'],
      ['1989-01-07', '昭和64年1月7日'],
      ['1989-01-31', '平成元年1月31日'],
      ['1912-07-30', '大正元年7月30日'],
      ['1912-07-29', '明治45年7月29日'],
      ['1926-12-25', '昭和元年12月25日'],
      ['1926-12-24', '大正15年12月24日'],
    ];
    for (const [iso, text] of [...pairs, ...pairs.slice().reverse()]) {
      expect(formatWareki(at(iso)), iso).toBe(text);
    }
  });
});

describe('formatWareki: weekday and option names', () => {
  it('adds the weekday only to a whole date', () => {
    expect(formatWareki('2023-04-01', { weekday: true, fields: 'year' })).toBe('令和5年');
    expect(formatWareki('2023-04-01', { weekday: true, fields: 'year-month' })).toBe('令和5年4月');
  });

  it('names the option a bad flag was given for', () => {
    for (const name of ['gannen', 'pad', 'weekday'] as const) {
      const error = thrown(() => formatWareki('2023-04-01', { [name]: 'yes' } as never));
      expect(error.code).toBe('INVALID_OPTION');
      expect(error.message).toContain(`(${name})`);
    }
  });
});
