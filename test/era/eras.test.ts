import { describe, expect, it } from 'vitest';
import { ERAS, toWareki } from '../../src/index.js';
import { errorCode } from '../helpers.js';

describe('ERAS', () => {
  it('lists the five eras since 1873 with their initials and first days', () => {
    expect(ERAS.map((era) => `${era.name}${era.initial}${era.short}`)).toEqual([
      '明治M明',
      '大正T大',
      '昭和S昭',
      '平成H平',
      '令和R令',
    ]);
    expect(ERAS.map((era) => era.start)).toEqual([
      { year: 1873, month: 1, day: 1 },
      { year: 1912, month: 7, day: 30 },
      { year: 1926, month: 12, day: 25 },
      { year: 1989, month: 1, day: 8 },
      { year: 2019, month: 5, day: 1 },
    ]);
    expect(ERAS.map((era) => era.reading)).toEqual([
      'めいじ',
      'たいしょう',
      'しょうわ',
      'へいせい',
      'れいわ',
    ]);
    expect(ERAS.map((era) => era.romaji)).toEqual(['Meiji', 'Taishō', 'Shōwa', 'Heisei', 'Reiwa']);
  });

  it('is frozen, down to the dates', () => {
    expect(Object.isFrozen(ERAS)).toBe(true);
    for (const era of ERAS) {
      expect(Object.isFrozen(era)).toBe(true);
      expect(Object.isFrozen(era.start)).toBe(true);
    }
  });

  it('ends each era the day before the next begins', () => {
    expect(ERAS.map((era) => era.end)).toEqual([
      { year: 1912, month: 7, day: 29 },
      { year: 1926, month: 12, day: 24 },
      { year: 1989, month: 1, day: 7 },
      { year: 2019, month: 4, day: 30 },
      null,
    ]);
  });
});

describe('toWareki', () => {
  it.each([
    ['1912-07-29', '明治', 45],
    ['1912-07-30', '大正', 1],
    ['1926-12-24', '大正', 15],
    ['1926-12-25', '昭和', 1],
    ['1989-01-07', '昭和', 64],
    ['1989-01-08', '平成', 1],
    ['2019-04-30', '平成', 31],
    ['2019-05-01', '令和', 1],
    ['2023-04-01', '令和', 5],
  ])('puts %s in %s %i', (date, era, year) => {
    const w = toWareki(date);
    expect(w.era.name).toBe(era);
    expect(w.eraYear).toBe(year);
  });

  it('decides the era of an instant in Japan time', () => {
    expect(toWareki(new Date('2019-04-30T14:59:59Z')).era.name).toBe('平成');
    expect(toWareki(new Date('2019-04-30T15:00:00Z')).era.name).toBe('令和');
  });

  it('rejects dates before 1873', () => {
    expect(errorCode(() => toWareki('1868-10-23'))).toBe('BEFORE_GREGORIAN');
  });
});
