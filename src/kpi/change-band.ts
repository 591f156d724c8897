/*
 * A change tolerance, checked and made exact: read by evaluations and by the check of a judgement
 * rule (which must not need the KPI engine).
 */
import { errorOf } from '../core/errors.js';
import { ratioOf } from '../core/exact.js';
import { changeToleranceNegative, changeToleranceShape } from '../core/messages/errors-en.js';
import type { ChangeBand } from './status.js';
import type { ChangeTolerance } from './types.js';

/**
 * A change tolerance, checked and made exact.
 * @internal
 */
export function changeBandOf(change: unknown): ChangeBand {
  const given = change as Partial<ChangeTolerance> | null;
  if (
    typeof given !== 'object' ||
    given === null ||
    (given.measure !== 'percent' && given.measure !== 'points')
  ) {
    throw errorOf('INVALID_OPTION', { changeToleranceShape }, { input: change });
  }
  const worse = ratioOf(given.worse, 'change.worse');
  const better = given.better === undefined ? worse : ratioOf(given.better, 'change.better');
  if (worse.num < 0n || better.num < 0n) {
    throw errorOf('INVALID_OPTION', { changeToleranceNegative }, { input: change });
  }
  return { measure: given.measure, worse, better };
}
