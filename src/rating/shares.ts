/*
 * How a body publishes the shares of its summary table: each rounded on its own (they may not
 * add up to 100, and the table says so) or by the largest-remainder method; how many places.
 */

import type { RoundingMode } from '../core/exact.js';
import {
  partNotObject,
  sharesFixed,
  sharesMethod,
  sharesNote,
  unknownScaleField,
} from '../core/messages/errors-en.js';
import { checkPlacesAndRounding, scaleFail, unknownKey } from './fields.js';
import { isLabels, type Labels } from './labels.js';

/**
 * How shares are rounded: `each` on its own (the way published Japanese tables print them, with
 * a note that they may not add up to 100) or `largest-remainder` (they add up to 100, and equal
 * counts still print equal shares).
 */
export type ShareMethod = 'each' | 'largest-remainder';

/** The way a body publishes the shares of a summary table. */
export interface ShareConvention {
  /** `each` (rounded on its own) or `largest-remainder`. */
  readonly method: ShareMethod;
  /** Decimal places; default 1. */
  readonly places?: number;
  /** How `each` rounds; default `half-up` (四捨五入). */
  readonly rounding?: RoundingMode;
  /** Keep trailing zeros (40.0, not 40); default true. */
  readonly fixed?: boolean;
  /**
   * The note under the table: `true` for munikpi's words (「端数処理の関係で合計が100にならない場合が
   * あります」), the body's own words, or `false` (default) for none.
   */
  readonly note?: boolean | Labels;
}

/**
 * The convention of a scale that declares none: largest-remainder shares to one place, trailing
 * zeros dropped, no note (what munikpi's reports printed before conventions existed).
 *
 * @example
 * import { DEFAULT_SHARE_CONVENTION } from 'munikpi';
 * DEFAULT_SHARE_CONVENTION.method; // 'largest-remainder'
 */
export const DEFAULT_SHARE_CONVENTION: Required<Omit<ShareConvention, 'note'>> & {
  /** No note: largest-remainder shares add up to 100. */
  readonly note: false;
} = Object.freeze({ method: 'largest-remainder', places: 1, rounding: 'half-up', fixed: false, note: false });

const KEYS = new Set(['method', 'places', 'rounding', 'fixed', 'note']);

/**
 * Checks a share convention.
 * @internal
 */
export function checkShareConvention(value: unknown, id?: string): asserts value is ShareConvention {
  const fail = scaleFail(id, 'shares', value);
  const c = value as Partial<ShareConvention> | null;
  if (typeof c !== 'object' || c === null || Array.isArray(c)) return fail({ partNotObject }, {});
  const extra = unknownKey(c, KEYS);
  if (extra !== undefined) fail({ unknownScaleField }, { field: extra, expected: [...KEYS] });
  if (c.method !== 'each' && c.method !== 'largest-remainder') {
    fail({ sharesMethod }, { input: c.method });
  }
  checkPlacesAndRounding(c, fail);
  if (c.fixed !== undefined && typeof c.fixed !== 'boolean') fail({ sharesFixed }, {});
  if (c.note !== undefined && typeof c.note !== 'boolean' && !isLabels(c.note)) {
    fail({ sharesNote }, {});
  }
}
