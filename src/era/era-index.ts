/*
 * The smallest facts about the eras, as plain literals, for code that must stay small
 * (formatWareki, formatFiscalYear): the full table is ERAS in eras.ts.
 */

/** Era names, oldest first. @internal */
export const ERA_NAMES = ['明治', '大正', '昭和', '平成', '令和'] as const;
/** Latin initials, oldest first. @internal */
export const ERA_INITIALS = 'MTSHR';
/** The Gregorian year of each era's year 1, oldest first. @internal */
export const ERA_FIRST_YEARS = [1868, 1912, 1926, 1989, 2019] as const;

/**
 * The era in force on a date given as year, month, day (already checked, ≥ 1873-01-01).
 * @internal
 */
export function eraIndexOf(year: number, month: number, day: number): number {
  // Compare as one number: yyyymmdd.
  const key = year * 10_000 + month * 100 + day;
  if (key >= 20_190_501) return 4;
  if (key >= 19_890_108) return 3;
  if (key >= 19_261_225) return 2;
  if (key >= 19_120_730) return 1;
  return 0;
}
