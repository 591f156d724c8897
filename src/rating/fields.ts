/*
 * Checks shared by the parts of a scale read from data: fields munikpi does not know, and the
 * places and rounding of a figure.
 */
import { quote } from '../core/errors.js';
import { ROUNDING_MODES } from '../core/exact.js';

/** The first field of `value` that is not in `known`, if any. @internal */
export function unknownKey(value: object, known: ReadonlySet<string>): string | undefined {
  return Object.keys(value).find((key) => !known.has(key));
}

/**
 * Checks optional `places` (a whole number 0..20) and `rounding` (a mode), calling `fail` with
 * what is wrong.
 * @internal
 */
export function checkPlacesAndRounding(
  value: { readonly places?: unknown; readonly rounding?: unknown },
  fail: (message: string) => never,
): void {
  const { places, rounding } = value;
  if (
    places !== undefined &&
    (!Number.isInteger(places) || (places as number) < 0 || (places as number) > 20)
  ) {
    fail(`places: ${quote(places)} is not a whole number 0..20`);
  }
  if (rounding !== undefined && !ROUNDING_MODES.includes(rounding as never)) {
    fail(`rounding: ${quote(rounding)} is not one of ${ROUNDING_MODES.join(', ')}`);
  }
}
