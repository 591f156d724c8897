import type { Decimal } from 'decimal.js';
import { decimalOf, roundingOf } from '../core/decimal.js';
import { MunikpiError, optionsOf, quote } from '../core/errors.js';
import { type Ratio, type RoundingMode, ratio } from '../core/exact.js';
import { withInspect } from '../core/inspect.js';
import type { FiscalYear } from '../fiscal/index.js';
import { type RatingScale, SAB_SCALE } from '../rating/scale.js';
import { checkPlan, checkYear } from './check.js';
import type { Direction, Plan, Program } from './types.js';

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

/** Counts one program with rating `code` (at level `at` of the scale) in `c`. */
function countIn(
  c: Counter,
  code: string | undefined,
  at: number | undefined,
  notApplicable: Set<string>,
): void {
  c.programs++;
  if (code === undefined) c.unrated++;
  else if (at !== undefined) c.counts[at] = (c.counts[at] as number) + 1;
  else if (notApplicable.has(code)) c.notApplicable++;
  else c.unknown++;
}

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

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

/**
 * A tally of one row or the total. The counts are plain fields; the Decimal figures are made
 * when first read (a national audit never reads them) and appear in JSON and in the REPL.
 */
class Tally implements RatingTally {
  readonly counts: Readonly<Record<string, number>>;
  readonly rated: number;
  readonly notApplicable: number;
  readonly unrated: number;
  readonly unknown: number;
  readonly programs: number;
  readonly #c: Counter;
  readonly #scale: RatingScale;
  readonly #places: number;
  readonly #rounding: RoundingMode;
  #shares: Record<string, Decimal> | null | undefined;
  #balanced: Record<string, Decimal> | null | undefined;
  #score: RatingScore | null | undefined;

  constructor(c: Counter, scale: RatingScale, places: number, rounding: RoundingMode) {
    const counts: Record<string, number> = {};
    let rated = 0;
    scale.levels.forEach((level, i) => {
      const n = c.counts[i] as number;
      counts[level.code] = n;
      rated += n;
    });
    this.counts = counts;
    this.rated = rated;
    this.notApplicable = c.notApplicable;
    this.unrated = c.unrated;
    this.unknown = c.unknown;
    this.programs = c.programs;
    this.#c = c;
    this.#scale = scale;
    this.#places = places;
    this.#rounding = rounding;
  }

  get shares(): Readonly<Record<string, Decimal>> | null {
    if (this.#shares === undefined) {
      const { rated } = this;
      this.#shares = rated === 0 ? null : this.#byCode((n) => ratio(n * 100, rated));
    }
    return this.#shares;
  }

  get balancedShares(): Readonly<Record<string, Decimal>> | null {
    if (this.#balanced === undefined) {
      if (this.rated === 0) this.#balanced = null;
      else {
        const lr = largestRemainder(this.#c.counts, this.#places);
        const den = 10n ** BigInt(this.#places);
        this.#balanced = this.#byCode((_, i) => ({ num: lr[i] as bigint, den }));
      }
    }
    return this.#balanced;
  }

  get score(): RatingScore | null {
    if (this.#score === undefined) {
      const levels = this.#scale.levels;
      if (!levels.every((level) => level.score !== undefined)) this.#score = null;
      else {
        let total = 0;
        levels.forEach((level, i) => {
          total += (level.score as number) * (this.#c.counts[i] as number);
        });
        const mean: Ratio | null = this.rated === 0 ? null : ratio(total, this.rated);
        this.#score = {
          total: decimalOf(ratio(total), 0, this.#rounding),
          mean: mean === null ? null : decimalOf(mean, this.#places, this.#rounding),
        };
      }
    }
    return this.#score;
  }

  /** A Decimal per code, from the count at each level. */
  #byCode(fraction: (count: number, i: number) => Ratio): Record<string, Decimal> {
    const out: Record<string, Decimal> = {};
    this.#scale.levels.forEach((level, i) => {
      out[level.code] = decimalOf(fraction(this.#c.counts[i] as number, i), this.#places, this.#rounding);
    });
    return out;
  }

  /** The tally as plain data, the figures included. */
  toJSON(): RatingTally {
    return {
      counts: this.counts,
      rated: this.rated,
      notApplicable: this.notApplicable,
      unrated: this.unrated,
      unknown: this.unknown,
      programs: this.programs,
      shares: this.shares,
      balancedShares: this.balancedShares,
      score: this.score,
    };
  }

  [INSPECT](): RatingTally {
    return this.toJSON();
  }
}

/** A row: a tally for one direction. */
class Row extends Tally implements RatingRow {
  readonly direction: Direction;

  constructor(c: Counter, scale: RatingScale, places: number, rounding: RoundingMode, direction: Direction) {
    super(c, scale, places, rounding);
    this.direction = direction;
  }

  override toJSON(): RatingRow {
    return { ...super.toJSON(), direction: this.direction };
  }

  override [INSPECT](): RatingRow {
    return this.toJSON();
  }
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
  // Indexed loops over plan data: the arrays are frozen, and for…of over them allocates.
  for (let d = 0; d < plan.directions.length; d++) {
    rows.set((plan.directions[d] as Direction).id, counter(size));
  }
  const total = counter(size);

  if (source === 'programs') {
    const key = String(fiscalYear);
    for (let p = 0; p < plan.programs.length; p++) {
      const program = plan.programs[p] as Program;
      const row = rows.get(program.direction);
      const code = program.reports?.[key]?.rating;
      const at = code === undefined ? undefined : index.get(code);
      // A program counts in its direction's row (if the plan has it) and in the total.
      if (row !== undefined) countIn(row, code, at, notApplicable);
      countIn(total, code, at, notApplicable);
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
        (direction) => new Row(rows.get(direction.id) as Counter, scale, places, rounding, direction),
      ),
      total: new Tally(total, scale, places, rounding),
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
