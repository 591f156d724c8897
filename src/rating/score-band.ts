import type { DecimalInput } from '../core/decimal.js';
import { errorOf } from '../core/errors.js';
import { ratioOf } from '../core/exact.js';
import { notScaleOrBands, scaleHasNoBands } from '../core/messages/errors-en.js';
import { type BandResult, bandOfRatio, checkBands, type ScoreBands } from './bands.js';
import { checkScale, type RatingScale } from './scale.js';

/**
 * The band a score sum or mean falls in, on a scale that declares bands (or on bands alone):
 * the figure is rounded to the bands' places by their rounding first (健康日本21: one place,
 * 五捨六入), then matched against each band's ends, which say whether they are inclusive.
 *
 * @param source - a scale with `bands`, or the bands themselves
 * @param figure - the sum or the mean
 * @returns the band's code, its wording (the band's, else the level's) and the figure banded;
 *   null when no band holds it
 * @throws {MunikpiError} `INVALID_SCALE` for a scale without bands or bands that are not well
 *   formed; `INVALID_NUMBER` for a figure that is not a finite decimal
 *
 * @example
 * import { RATING_SCALES, scoreBandOf } from 'munikpi';
 * scoreBandOf(RATING_SCALES.aioi, 11)?.code; // '継続'
 * scoreBandOf(RATING_SCALES.aioi, -1)?.code; // '見直し・縮減'
 * scoreBandOf(RATING_SCALES.kenkoNippon21, '3.25')?.value.toString(); // '3.2'
 * scoreBandOf(RATING_SCALES.kenkoNippon21, '3.25')?.label?.ja; // '変わらない'
 */
export function scoreBandOf(source: RatingScale | ScoreBands, figure: DecimalInput): BandResult | null {
  if (typeof source !== 'object' || source === null || Array.isArray(source)) {
    throw errorOf('INVALID_SCALE', { notScaleOrBands }, { input: source });
  }
  const x = ratioOf(figure, 'scoreBandOf');
  if ('levels' in source) {
    checkScale(source);
    const bands = source.bands;
    if (bands === undefined) {
      throw errorOf('INVALID_SCALE', { scaleHasNoBands }, { scale: source.id }, { input: source });
    }
    return bandOfRatio(bands, x, (code) => source.levels.find((level) => level.code === code)?.label);
  }
  checkBands(source, null);
  return bandOfRatio(source, x, () => undefined);
}
