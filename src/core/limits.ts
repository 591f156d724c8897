/*
 * The bounds every module shares, written once. A fiscal year is a whole number whose days lie
 * in 1873-01-01 (the first Gregorian day in Japan) .. 9999-12-31; an April-start year must end
 * by then, so the last is 9998 (9999 for a January-start year).
 */

/** The first calendar year munikpi reads: 1873, when Japan adopted the Gregorian calendar. @internal */
export const FIRST_YEAR = 1873;

/** The last calendar year munikpi reads. @internal */
export const LAST_YEAR = 9999;

/** The first fiscal year: its days begin in 1873. @internal */
export const FISCAL_YEAR_MIN = FIRST_YEAR;

/** The last April-start fiscal year: 9998 ends on 9999-03-31. @internal */
export const FISCAL_YEAR_MAX = LAST_YEAR - 1;

/** Whether a value is a fiscal year munikpi accepts (April start): a whole number 1873..9998. @internal */
export function isFiscalYearNumber(value: unknown): value is number {
  return (
    Number.isInteger(value) && (value as number) >= FISCAL_YEAR_MIN && (value as number) <= FISCAL_YEAR_MAX
  );
}
