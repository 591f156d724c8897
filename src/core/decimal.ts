import { Decimal } from 'decimal.js';
import { errorOf, optionsOf } from './errors.js';
import { type Ratio, ROUNDING_MODES, type RoundingMode, ratioOf, toDecimalText } from './exact.js';
import { notARoundingMode, notPlaces } from './messages/errors-en.js';

/** A figure as the user gives it: a number, a numeric string, a bigint or a `Decimal`. */
export type DecimalInput = number | string | bigint | Decimal;

/**
 * The Decimal constructor munikpi returns figures from: decimal.js with 40 significant digits
 * and half-up rounding, cloned so that the user's own Decimal settings are left alone.
 * @internal
 */
export const Dec = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 60,
});

/**
 * The Decimals munikpi hands out: decimal.js figures that an analyst can add and compare in the
 * REPL. decimal.js turns a Decimal into its string for `+` and `<`, so `progress + 1` would be
 * `'41.881'`; a Figure becomes its number there (`42.88`), and its text only where a string is
 * asked for (`${progress}`, `String(progress)`). Arithmetic on a Figure gives a Figure.
 * @internal
 */
class Figure extends Dec {
  constructor(value: Decimal.Value) {
    super(value);
    // decimal.js makes each result with `new x.constructor`, which it sets on every instance.
    (this as { constructor: unknown }).constructor = Figure;
  }

  [Symbol.toPrimitive](hint: string): string | number {
    // Not toNumber(): decimal.js makes that with unary plus, which would come back here.
    return hint === 'string' ? this.toString() : Number(this.valueOf());
  }
}

/**
 * Reads a figure exactly into a `Decimal`: `0.1` stays 0.1, never 0.1000000000000000055….
 *
 * @param value - a number, numeric string, bigint or Decimal
 * @returns the same value as a Decimal
 * @throws {MunikpiError} `INVALID_NUMBER` for NaN, Infinity, `'abc'`, `''` or anything that is
 *   not a finite decimal
 *
 * @example
 * import { toDecimal } from 'munikpi';
 * toDecimal(0.1).plus(0.2).toString(); // '0.3'
 * toDecimal('41.88').plus(1) + 1; // 43.88: a number in arithmetic, never '42.881'
 * toDecimal('604701094').toString(); // '604701094'
 */
export function toDecimal(value: DecimalInput): Decimal {
  return new Figure(toDecimalText(ratioOf(value, 'toDecimal'), null, 'half-up'));
}

/**
 * A fraction as a Decimal, rounded.
 * @internal
 */
export function decimalOf(r: Ratio, places: number | null, mode: RoundingMode): Decimal {
  return new Figure(toDecimalText(r, places, mode));
}

/** Options for rounding the figures munikpi computes. */
export interface RoundingOptions {
  /** Decimal places for percentages (progress, achievement, shares). Default 2. */
  readonly places?: number;
  /** Decimal places for values on a line or a pace (expected, required pace). Default 4. */
  readonly valuePlaces?: number;
  /**
   * How to round: `half-up` (default, 四捨五入), `half-down`, `half-even`, `five-down-six-up`
   * (五捨六入: the first dropped digit alone decides), `up`, `down`, `ceil`, `floor`.
   */
  readonly rounding?: RoundingMode;
}

/**
 * Checked rounding options with defaults.
 * @internal
 */
export function roundingOf(options: RoundingOptions | undefined): {
  places: number;
  valuePlaces: number;
  rounding: RoundingMode;
} {
  const checked = optionsOf(options);
  const places = checked.places ?? 2;
  const valuePlaces = checked.valuePlaces ?? 4;
  const rounding = checked.rounding ?? 'half-up';
  for (const [name, value] of [
    ['places', places],
    ['valuePlaces', valuePlaces],
  ] as const) {
    if (!Number.isInteger(value) || value < 0 || value > 20) {
      throw errorOf('INVALID_OPTION', { notPlaces }, { name, input: value });
    }
  }
  if (!ROUNDING_MODES.includes(rounding)) {
    throw errorOf('INVALID_OPTION', { notARoundingMode }, { input: rounding, modes: ROUNDING_MODES });
  }
  return { places, valuePlaces, rounding };
}

/**
 * Rounds a figure to places by a mode, exactly (no float on the way).
 *
 * @param value - the figure
 * @param places - decimal places, 0..20
 * @param rounding - the mode; default `half-up`
 * @returns the rounded Decimal
 *
 * @example
 * import { roundFigure } from 'munikpi';
 * roundFigure('41.875', 2).toString(); // '41.88'
 * roundFigure('41.875', 2, 'half-even').toString(); // '41.88'
 * roundFigure('2.5', 0, 'half-down').toString(); // '2'
 * roundFigure('3.25', 1, 'five-down-six-up').toString(); // '3.2'
 * roundFigure('3.26', 1, 'five-down-six-up').toString(); // '3.3'
 * roundFigure('3.251', 1, 'five-down-six-up').toString(); // '3.2': only the first dropped digit counts
 */
export function roundFigure(
  value: DecimalInput,
  places: number,
  rounding: RoundingMode = 'half-up',
): Decimal {
  const options = roundingOf({ places, rounding });
  return decimalOf(ratioOf(value, 'roundFigure'), options.places, options.rounding);
}
