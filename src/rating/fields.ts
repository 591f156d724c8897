/*
 * Checks shared by the parts of a scale read from data: fields munikpi does not know, and the
 * places and rounding of a figure.
 */

import { type ErrorText, fail } from '../core/errors.js';
import { ROUNDING_MODES } from '../core/exact.js';
import type { ScaleAt } from '../core/messages/errors-en.js';
import { scalePlaces, scaleRounding } from '../core/messages/errors-en.js';

/** The first field of `value` that is not in `known`, if any. @internal */
export function unknownKey(value: object, known: ReadonlySet<string>): string | undefined {
  return Object.keys(value).find((key) => !known.has(key));
}

/** Throws INVALID_SCALE worded by one message about a scale (or one part of it). @internal */
export type ScaleFail = <P extends ScaleAt>(text: ErrorText<P>, params: Omit<P, keyof ScaleAt>) => never;

/**
 * The ScaleFail for the scale `scale` (its id) and, when given, one part of it.
 * @internal
 */
export function scaleFail(scale: unknown, part: ScaleAt['part'], input: unknown): ScaleFail {
  return <P extends ScaleAt>(text: ErrorText<P>, params: Omit<P, keyof ScaleAt>): never =>
    fail('INVALID_SCALE', text, { scale, ...(part === undefined ? {} : { part }), ...params } as P, {
      input,
    });
}

/**
 * Which of optional `places` (a whole number 0..20) and `rounding` (a mode) is wrong, places
 * first, or undefined when both are well formed (or absent). Scales and judgement rules read it.
 * @internal
 */
export function badPlacesOrRounding(value: {
  readonly places?: unknown;
  readonly rounding?: unknown;
}): 'places' | 'rounding' | undefined {
  const { places, rounding } = value;
  if (
    places !== undefined &&
    (!Number.isInteger(places) || (places as number) < 0 || (places as number) > 20)
  )
    return 'places';
  if (rounding !== undefined && !ROUNDING_MODES.includes(rounding as never)) return 'rounding';
  return undefined;
}

/**
 * Checks optional `places` and `rounding` of a part of a scale, calling `fail` with what is wrong.
 * @internal
 */
export function checkPlacesAndRounding(
  value: { readonly places?: unknown; readonly rounding?: unknown },
  fail: ScaleFail,
): void {
  const bad = badPlacesOrRounding(value);
  if (bad === 'places') fail({ scalePlaces }, { input: value.places });
  if (bad === 'rounding') fail({ scaleRounding }, { input: value.rounding, modes: ROUNDING_MODES });
}
