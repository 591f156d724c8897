/*
 * Bands from a score sum or a mean back to a level or a verdict, as data: 相生市 maps the sum
 * of its marks to 継続 / 改善 / 再構築 / 見直し・縮減, 健康日本21 maps the mean of its letters back
 * to a letter. Every end says whether it is inclusive.
 */

import type { Decimal } from 'decimal.js';
import { decimalOf } from '../core/decimal.js';
import { cmp, type Ratio, type RoundingMode, ratioOf } from '../core/exact.js';
import {
  bandEmpty,
  bandEnd,
  bandEndFigure,
  bandInclusive,
  bandLabel,
  bandNeedsLabel,
  bandNoCode,
  bandNotObject,
  bandsCount,
  bandsOf,
  bandsOverlap,
  codeTwice,
  partNotObject,
  unknownScaleField,
} from '../core/messages/errors-en.js';
import { checkPlacesAndRounding, scaleFail, unknownKey } from './fields.js';
import { isLabels, type Labels } from './labels.js';

/** One end of a band: a figure, and whether the band includes it. */
export interface BandEnd {
  /** The figure: a number or a decimal string. */
  readonly value: number | string;
  /** Whether the band includes the figure itself (以上 / 以下) or not (超 / 未満). */
  readonly inclusive: boolean;
}

/** One band: the figures from `min` to `max` map to `code`. A missing end is unbounded. */
export interface ScoreBand {
  /** A level code of the scale (健康日本21 `C`) or a verdict (相生市 `継続`). */
  readonly code: string;
  /** The wording; needed when the code is not a level of the scale. */
  readonly label?: Labels;
  /** The lower end; absent for no lower end. */
  readonly min?: BandEnd;
  /** The upper end; absent for no upper end. */
  readonly max?: BandEnd;
}

/** How a scale maps a tally's scores back to a level or a verdict. */
export interface ScoreBands {
  /** Which figure is banded: the sum of the scores or their mean. */
  readonly of: 'sum' | 'mean';
  /** Decimal places the figure is rounded to before it is banded; absent: the exact figure. */
  readonly places?: number;
  /** How the figure is rounded to `places`; default `half-up`. */
  readonly rounding?: RoundingMode;
  /** The bands; they must not overlap. */
  readonly bands: readonly ScoreBand[];
}

/** The band a figure falls in. */
export interface BandResult {
  /** The band's code. */
  readonly code: string;
  /** The band's wording, or the level's when the band gives none; null when neither has one. */
  readonly label: Labels | null;
  /** The figure that was banded, after rounding to the bands' places. */
  readonly value: Decimal;
}

/** A band's ends as fractions; null for unbounded. */
interface Interval {
  readonly lo: Ratio | null;
  readonly loIn: boolean;
  readonly hi: Ratio | null;
  readonly hiIn: boolean;
}

function intervalOf(band: ScoreBand): Interval {
  return {
    lo: band.min === undefined ? null : ratioOf(band.min.value, 'band min'),
    loIn: band.min?.inclusive ?? true,
    hi: band.max === undefined ? null : ratioOf(band.max.value, 'band max'),
    hiIn: band.max?.inclusive ?? true,
  };
}

function contains(i: Interval, x: Ratio): boolean {
  if (i.lo !== null) {
    const c = cmp(x, i.lo);
    if (c < 0 || (c === 0 && !i.loIn)) return false;
  }
  if (i.hi !== null) {
    const c = cmp(x, i.hi);
    if (c > 0 || (c === 0 && !i.hiIn)) return false;
  }
  return true;
}

/** Whether interval a lies wholly below b (no figure in both). */
function below(a: Interval, b: Interval): boolean {
  if (a.hi === null || b.lo === null) return false;
  const c = cmp(a.hi, b.lo);
  return c < 0 || (c === 0 && !(a.hiIn && b.loIn));
}

/**
 * The band of an exact figure, after rounding it to the bands' places.
 * @internal
 */
export function bandOfRatio(
  bands: ScoreBands,
  figure: Ratio,
  levelLabel: (code: string) => Labels | undefined,
): BandResult | null {
  const value = decimalOf(figure, bands.places ?? null, bands.rounding ?? 'half-up');
  const x = bands.places === undefined ? figure : ratioOf(value, 'figure');
  for (const band of bands.bands) {
    if (contains(intervalOf(band), x)) {
      return { code: band.code, label: band.label ?? levelLabel(band.code) ?? null, value };
    }
  }
  return null;
}

const BANDS_KEYS = new Set(['of', 'places', 'rounding', 'bands']);
const BAND_KEYS = new Set(['code', 'label', 'min', 'max']);
const END_KEYS = new Set(['value', 'inclusive']);

/**
 * Checks bands; `levels` holds the scale's level codes (a band naming one needs no label).
 * @internal
 */
export function checkBands(
  bands: unknown,
  levels: ReadonlySet<string> | null,
  id?: string,
): asserts bands is ScoreBands {
  const fail = scaleFail(id, 'bands', bands);
  const b = bands as Partial<ScoreBands> | null;
  if (typeof b !== 'object' || b === null || Array.isArray(b)) return fail({ partNotObject }, {});
  const extra = unknownKey(b, BANDS_KEYS);
  if (extra !== undefined) fail({ unknownScaleField }, { field: extra, expected: [...BANDS_KEYS] });
  if (b.of !== 'sum' && b.of !== 'mean') fail({ bandsOf }, { input: b.of });
  checkPlacesAndRounding(b, fail);
  if (!Array.isArray(b.bands) || b.bands.length === 0 || b.bands.length > 50) fail({ bandsCount }, {});
  const seen = new Set<string>();
  const intervals: Interval[] = [];
  for (const band of b.bands as readonly ScoreBand[]) {
    if (typeof band !== 'object' || band === null) fail({ bandNotObject }, {});
    const key = unknownKey(band, BAND_KEYS);
    if (key !== undefined) fail({ unknownScaleField }, { field: key, of: 'band', expected: [...BAND_KEYS] });
    if (typeof band.code !== 'string' || band.code.trim() === '') fail({ bandNoCode }, {});
    if (seen.has(band.code)) fail({ codeTwice }, { code: band.code });
    seen.add(band.code);
    if (band.label !== undefined && !isLabels(band.label)) fail({ bandLabel }, { code: band.code });
    if (band.label === undefined && levels !== null && !levels.has(band.code)) {
      fail({ bandNeedsLabel }, { code: band.code });
    }
    for (const end of [band.min, band.max]) {
      if (end === undefined) continue;
      if (typeof end !== 'object' || end === null || unknownKey(end, END_KEYS) !== undefined) {
        fail({ bandEnd }, { code: band.code });
      }
      if (typeof end.inclusive !== 'boolean') fail({ bandInclusive }, { code: band.code });
      if (typeof end.value !== 'number' && typeof end.value !== 'string') {
        fail({ bandEndFigure }, { code: band.code, value: end.value });
      }
    }
    const interval = intervalOf(band);
    if (interval.lo !== null && interval.hi !== null) {
      const c = cmp(interval.lo, interval.hi);
      if (c > 0 || (c === 0 && !(interval.loIn && interval.hiIn))) fail({ bandEmpty }, { code: band.code });
    }
    const overlap = intervals.findIndex((other) => !below(other, interval) && !below(interval, other));
    if (overlap !== -1) {
      fail({ bandsOverlap }, { code: band.code, other: (b.bands as readonly ScoreBand[])[overlap]?.code });
    }
    intervals.push(interval);
  }
}
