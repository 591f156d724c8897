import type { Decimal } from 'decimal.js';
import { MunikpiError, optionsOf, quote } from '../errors.js';
import type { FiscalYear } from '../fiscal/index.js';
import { withInspect } from '../inspect.js';
import { decimalOf, roundingOf } from '../kpi/decimal.js';
import { type Ratio, type RoundingMode, ratio } from '../kpi/exact.js';
import { checkPlan, checkYear } from '../program/check.js';
import type { Direction, Plan } from '../program/types.js';
import { type RatingScale, SAB_SCALE } from './scale.js';

/** Options for {@link aggregateRatings}. */
export interface AggregateOptions {
  /**
   * Where the counts come from: `programs` (default) tallies each program's rating for the
   * year; `declared` reads the summary table the document declares for the year.
   */
  readonly source?: 'programs' | 'declared';
  /** Decimal places for shares; default 1, as summary tables print them. */
  readonly places?: number;
  /** How to round shares; default `half-up`. */
  readonly rounding?: RoundingMode;
}

/** Ratings counted for one direction, or for the whole plan. */
export interface RatingTally {
  /** Programs per rating code, every code of the scale present (0 where none). */
  readonly counts: Readonly<Record<string, number>>;
  /** Programs with a rating on the scale: the denominator of the shares. */
  readonly rated: number;
  /** Programs rated 対象外 (a not-applicable code), kept out of the shares. */
  readonly notApplicable: number;
  /** Programs with no rating for the year. */
  readonly unrated: number;
  /** Programs with a code that is not on the scale (an audit finding). */
  readonly unknown: number;
  /** The programs the row declares (declared source) or holds (programs source). */
  readonly programs: number;
  /**
   * Percent of `rated` per code, each rounded on its own: they may not add up to 100, as
   * summary tables sometimes note. Null when nothing is rated.
   */
  readonly shares: Readonly<Record<string, Decimal>> | null;
  /**
   * Percent of `rated` per code, rounded by the largest-remainder method so that they add up
   * to exactly 100. Null when nothing is rated.
   */
  readonly balancedShares: Readonly<Record<string, Decimal>> | null;
  /** For scales with scores: the sum of the scores, and their mean over `rated`. */
  readonly score: RatingScore | null;
}

/** The scores of a tally, for scales whose levels carry scores (相生市). */
export interface RatingScore {
  /** The sum of the scores of the rated programs. */
  readonly total: Decimal;
  /** The mean score over the rated programs, rounded to the places; null when none is rated. */
  readonly mean: Decimal | null;
}

/** One direction's row of the cross-tab. */
export interface RatingRow extends RatingTally {
  /** The direction. */
  readonly direction: Direction;
}

/** The direction × rating cross-tab for one fiscal year. */
export interface RatingAggregate {
  /** The fiscal year. */
  readonly fiscalYear: FiscalYear;
  /** Where the counts come from. */
  readonly source: 'programs' | 'declared';
  /** The scale used. */
  readonly scale: RatingScale;
  /** The rating codes, best first: the columns. */
  readonly codes: readonly string[];
  /** One row per direction of the plan, in the plan's order. */
  readonly rows: readonly RatingRow[];
  /** The whole plan (the 計 row), including programs whose direction is unknown. */
  readonly total: RatingTally;
}

interface Counter {
  counts: number[];
  notApplicable: number;
  unrated: number;
  unknown: number;
  programs: number;
}

function counter(size: number): Counter {
  return { counts: new Array<number>(size).fill(0), notApplicable: 0, unrated: 0, unknown: 0, programs: 0 };
}

/**
 * Shares of `counts` in percent to `places`, by the largest-remainder method: they add up to
 * exactly 100. Ties go to the larger count, then to the earlier code.
 * @internal
 */
export function largestRemainder(counts: readonly number[], places: number): bigint[] {
  const total = BigInt(counts.reduce((a, b) => a + b, 0));
  const units = 100n * 10n ** BigInt(places);
  const scaled = counts.map((c) => BigInt(c) * units);
  const floors = scaled.map((s) => s / total);
  let left = units - floors.reduce((a, b) => a + b, 0n);
  const order = scaled
    .map((s, i) => ({ i, rest: s % total, c: counts[i] as number }))
    .sort((a, b) => (a.rest === b.rest ? b.c - a.c || a.i - b.i : a.rest > b.rest ? -1 : 1));
  for (const { i, rest } of order) {
    if (left === 0n || rest === 0n) break;
    floors[i] = (floors[i] as bigint) + 1n;
    left--;
  }
  return floors;
}

function tally(c: Counter, scale: RatingScale, places: number, rounding: RoundingMode): RatingTally {
  const codes = scale.levels.map((level) => level.code);
  const rated = c.counts.reduce((a, b) => a + b, 0);
  const counts: Record<string, number> = {};
  codes.forEach((code, i) => {
    counts[code] = c.counts[i] as number;
  });
  // The Decimal figures are made when first read: a national audit never reads them.
  let shares: Record<string, Decimal> | null | undefined;
  let balanced: Record<string, Decimal> | null | undefined;
  let score: RatingScore | null | undefined;
  const makeShares = (): Record<string, Decimal> | null => {
    if (rated === 0) return null;
    const out: Record<string, Decimal> = {};
    codes.forEach((code, i) => {
      out[code] = decimalOf(ratio((c.counts[i] as number) * 100, rated), places, rounding);
    });
    return out;
  };
  const makeBalanced = (): Record<string, Decimal> | null => {
    if (rated === 0) return null;
    const lr = largestRemainder(c.counts, places);
    const den = 10n ** BigInt(places);
    const out: Record<string, Decimal> = {};
    codes.forEach((code, i) => {
      out[code] = decimalOf({ num: lr[i] as bigint, den }, places, rounding);
    });
    return out;
  };
  const makeScore = (): RatingScore | null => {
    if (!scale.levels.every((level) => level.score !== undefined)) return null;
    let total = 0;
    scale.levels.forEach((level, i) => {
      total += (level.score as number) * (c.counts[i] as number);
    });
    const mean: Ratio | null = rated === 0 ? null : ratio(total, rated);
    return {
      total: decimalOf(ratio(total), 0, rounding),
      mean: mean === null ? null : decimalOf(mean, places, rounding),
    };
  };
  return {
    counts,
    rated,
    notApplicable: c.notApplicable,
    unrated: c.unrated,
    unknown: c.unknown,
    programs: c.programs,
    get shares() {
      if (shares === undefined) shares = makeShares();
      return shares;
    },
    get balancedShares() {
      if (balanced === undefined) balanced = makeBalanced();
      return balanced;
    },
    get score() {
      if (score === undefined) score = makeScore();
      return score;
    },
  };
}

/**
 * The scale a plan uses (its own, or Kodaira's S/A/B).
 * @internal
 */
export function scaleOf(plan: Plan): RatingScale {
  return plan.scale ?? SAB_SCALE;
}

/**
 * The direction × rating cross-tab for a fiscal year, as a progress report's summary table
 * shows it, with row and column totals and shares. Shares are computed exactly and rounded
 * twice: each on its own (`shares`, which may not add up to 100) and by the largest-remainder
 * method (`balancedShares`, which always add up to 100). 対象外 codes are kept out of the
 * denominator.
 *
 * @param plan - the plan
 * @param fiscalYear - the fiscal year
 * @param options - the source (programs or the declared table), places and rounding
 * @returns the cross-tab
 * @throws {MunikpiError} `MISSING_OBSERVATION` when `source: 'declared'` and the plan declares
 *   no table for the year; `INVALID_OPTION` for bad options
 *
 * @example
 * import { aggregateRatings } from 'munikpi';
 * import { kodairaFy2023 } from 'munikpi/data/kodaira-fy2023';
 * const table = aggregateRatings(kodairaFy2023, 2023, { source: 'declared' });
 * table.total.counts; // { S: 1, A: 21, B: 3 }
 * table.total.balancedShares?.A.toString(); // '84'
 */
export function aggregateRatings(
  plan: Plan,
  fiscalYear: FiscalYear,
  options?: AggregateOptions,
): RatingAggregate {
  checkPlan(plan);
  checkYear(fiscalYear);
  options = optionsOf(options);
  const { places, rounding } = roundingOf({
    places: options.places ?? 1,
    rounding: options.rounding ?? 'half-up',
  });
  const source = options.source ?? 'programs';
  if (source !== 'programs' && source !== 'declared') {
    throw new MunikpiError('INVALID_OPTION', `source: ${quote(source)} is not programs or declared`, {
      input: source,
    });
  }
  const scale = scaleOf(plan);
  const size = scale.levels.length;
  const index = new Map<string, number>();
  scale.levels.forEach((level, i) => {
    index.set(level.code, i);
  });
  const notApplicable = new Set(scale.notApplicable ?? []);
  const rows = new Map<string, Counter>();
  for (const direction of plan.directions) rows.set(direction.id, counter(size));
  const total = counter(size);

  if (source === 'programs') {
    const key = String(fiscalYear);
    for (const program of plan.programs) {
      const row = rows.get(program.direction);
      const code = program.reports?.[key]?.rating;
      const at = code === undefined ? undefined : index.get(code);
      for (const c of row === undefined ? [total] : [row, total]) {
        c.programs++;
        if (code === undefined) c.unrated++;
        else if (at !== undefined) c.counts[at] = (c.counts[at] as number) + 1;
        else if (notApplicable.has(code)) c.notApplicable++;
        else c.unknown++;
      }
    }
  } else {
    const declared = plan.summaries?.find((s) => s.fiscalYear === fiscalYear);
    if (declared === undefined) {
      throw new MunikpiError(
        'MISSING_OBSERVATION',
        `plan ${quote(plan.id)} declares no summary for ${fiscalYear}`,
        {
          input: fiscalYear,
        },
      );
    }
    for (const r of declared.rows) {
      const row = rows.get(r.direction);
      for (const c of row === undefined ? [total] : [row, total]) {
        for (const [code, n] of Object.entries(r.counts)) {
          const at = index.get(code);
          if (at !== undefined) c.counts[at] = (c.counts[at] as number) + n;
          else if (notApplicable.has(code)) c.notApplicable += n;
          else c.unknown += n;
        }
        const sum = Object.values(r.counts).reduce((a, b) => a + b, 0);
        c.programs += r.programCount ?? sum;
      }
    }
  }

  return withInspect(
    {
      fiscalYear,
      source,
      scale,
      codes: scale.levels.map((level) => level.code),
      // Not a spread: it would read the lazy figures.
      rows: plan.directions.map(
        (direction) =>
          Object.defineProperties(tally(rows.get(direction.id) as Counter, scale, places, rounding), {
            direction: { value: direction, enumerable: true },
          }) as RatingRow,
      ),
      total: tally(total, scale, places, rounding),
    },
    showAggregate,
  );
}

/** A cross-tab for the REPL: `Ratings FY2023 (declared): S 1 · A 21 · B 3 of 25`, then the rows. */
function showAggregate(a: RatingAggregate): string {
  const cells = (t: RatingTally) =>
    `${a.codes.map((code) => `${code} ${t.counts[code]}`).join(' · ')} of ${t.rated}`;
  return [
    `Ratings FY${a.fiscalYear} (${a.source}): ${cells(a.total)}`,
    ...a.rows.map((row) => `  ${row.direction.number} ${row.direction.name}: ${cells(row)}`),
  ].join('\n');
}
