import type { Decimal } from 'decimal.js';
import { decimalOf, roundingOf } from '../core/decimal.js';
import { errorOf, optionsOf } from '../core/errors.js';
import { type Ratio, type RoundingMode, ratio } from '../core/exact.js';
import { withInspect } from '../core/inspect.js';
import { noDeclaredSummary, notEither } from '../core/messages/errors-en.js';
import { sharesWords } from '../core/messages/index.js';
import type { FiscalYear } from '../fiscal/index.js';
import { type BandResult, bandOfRatio } from '../rating/bands.js';
import type { Labels } from '../rating/labels.js';
import { type RatingReading, type RatingScale, readingOf, SAB_SCALE } from '../rating/scale.js';
import { DEFAULT_SHARE_CONVENTION, type ShareMethod } from '../rating/shares.js';
import { checkPlan, checkYear } from './check.js';
import type { Direction, Plan, Program } from './types.js';

/** Options for {@link aggregateRatings}. */
export interface AggregateOptions {
  /**
   * Where the counts come from: `programs` (default) tallies each program's rating for the
   * year; `declared` reads the summary table the document declares for the year.
   */
  readonly source?: 'programs' | 'declared';
  /** Decimal places for shares; default 1, as summary tables print them (or the scale's convention). */
  readonly places?: number;
  /** How to round shares; default `half-up` (or the scale's convention). */
  readonly rounding?: RoundingMode;
  /**
   * How `publishedShares` are rounded: `each` on its own or `largest-remainder`; default the
   * scale's `shares.method`, or `largest-remainder` for a scale that declares none.
   */
  readonly shares?: ShareMethod;
}

/** The share convention an aggregate applied: the scale's, with the options over it. */
export interface AppliedShareConvention {
  /** `each` or `largest-remainder`. */
  readonly method: ShareMethod;
  /** Decimal places. */
  readonly places: number;
  /** How `each` rounds. */
  readonly rounding: RoundingMode;
  /** Whether `shareTexts` keep trailing zeros (40.0). */
  readonly fixed: boolean;
}

/** Ratings counted for one direction, or for the whole plan. */
export interface RatingTally {
  /** Programs per rating code, every code of the scale present (0 where none). */
  readonly counts: Readonly<Record<string, number>>;
  /** Programs with a rating on the scale: the denominator of the shares. */
  readonly rated: number;
  /** Programs rated 対象外 (a not-applicable code), kept out of the shares. */
  readonly notApplicable: number;
  /** Programs with no rating for the year, or a 未評価 code of the scale. */
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
   * Percent of `rated` per code, rounded by the largest-remainder method: they add up to 100,
   * except that equal counts always get equal shares (1 : 1 : 1 gives 33.3 each). Null when
   * nothing is rated.
   */
  readonly balancedShares: Readonly<Record<string, Decimal>> | null;
  /**
   * Percent of `rated` per code as the plan publishes them ({@link RatingAggregate.shareConvention}):
   * each rounded on its own, or by largest remainder with equal counts kept equal. Null when
   * nothing is rated.
   */
  readonly publishedShares: Readonly<Record<string, Decimal>> | null;
  /** `publishedShares` as printed: `40.0` when the convention keeps fixed places, else `40`. */
  readonly shareTexts: Readonly<Record<string, string>> | null;
  /** For scales with scores: the sum of the scores, their mean, and the band they fall in. */
  readonly score: RatingScore | null;
}

/** The scores of a tally, for scales whose levels carry scores (相生市, 健康日本21). */
export interface RatingScore {
  /** The sum of the scores of the programs rated at a scored level. */
  readonly total: Decimal;
  /**
   * The mean score over `scored`, rounded to the places (to the scale's bands' places and
   * rounding when it bands the mean); null when none is scored.
   */
  readonly mean: Decimal | null;
  /** Programs rated at a level that carries a score (健康日本21's E carries none). */
  readonly scored: number;
  /** The band of the sum or the mean, for scales that declare bands; null when none holds it. */
  readonly band: BandResult | null;
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
  /** How `publishedShares` and `shareTexts` were rounded. */
  readonly shareConvention: AppliedShareConvention;
  /**
   * The note to print under shares each rounded on its own (「端数処理の関係で合計が100にならない
   * 場合があります」, or the body's own words); null for largest-remainder shares or no note.
   */
  readonly shareNote: Labels | null;
}

interface Counter {
  counts: number[];
  notApplicable: number;
  unrated: number;
  unknown: number;
  programs: number;
}

/** Adds `n` programs read as `reading` (undefined: no rating) to `c`, programs aside. */
function tallyIn(c: Counter, reading: RatingReading | undefined, n: number): void {
  if (reading === undefined || reading.kind === 'unrated') c.unrated += n;
  else if (reading.kind === 'level') c.counts[reading.index] = (c.counts[reading.index] as number) + n;
  else if (reading.kind === 'not-applicable') c.notApplicable += n;
  else c.unknown += n;
}

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

function counter(size: number): Counter {
  return { counts: new Array<number>(size).fill(0), notApplicable: 0, unrated: 0, unknown: 0, programs: 0 };
}

/**
 * Shares of `counts` in percent to `places`, by the largest-remainder method: each share is its
 * exact value cut to `places`, and the units left go one each to the largest remainders. Equal
 * counts have equal remainders and move together: a set of equal counts gets a unit each or
 * none, so equal counts always print equal shares. Among equal remainders, larger sets go first
 * (so that the units are used up), then larger counts, then earlier codes. The shares add up to
 * 100 unless a set of equal counts ties for units that cannot go to all of it: then they fall
 * short (1 : 1 : 1 gives 33.3 each), never over.
 * @internal
 */
export function largestRemainder(counts: readonly number[], places: number): bigint[] {
  const total = BigInt(counts.reduce((a, b) => a + b, 0));
  const units = 100n * 10n ** BigInt(places);
  const floors = counts.map((c) => (BigInt(c) * units) / total);
  let left = units - floors.reduce((a, b) => a + b, 0n);
  const sets = new Map<number, number[]>();
  counts.forEach((c, i) => {
    const members = sets.get(c);
    if (members === undefined) sets.set(c, [i]);
    else members.push(i);
  });
  const order = [...sets]
    .map(([count, members]) => ({ count, members, rest: (BigInt(count) * units) % total }))
    .filter((set) => set.rest !== 0n)
    .sort((a, b) =>
      a.rest === b.rest
        ? b.members.length - a.members.length ||
          b.count - a.count ||
          (a.members[0] as number) - (b.members[0] as number)
        : a.rest > b.rest
          ? -1
          : 1,
    );
  for (const { members } of order) {
    const size = BigInt(members.length);
    if (size > left) continue;
    for (const i of members) floors[i] = (floors[i] as bigint) + 1n;
    left -= size;
  }
  return floors;
}

/** What every tally of one aggregate shares: the scale and how its figures are rounded. */
interface TallyContext {
  readonly scale: RatingScale;
  /** Places and rounding of `shares`, `balancedShares` and the mean score. */
  readonly places: number;
  readonly rounding: RoundingMode;
  /** How `publishedShares` are made. */
  readonly published: AppliedShareConvention;
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
  readonly #x: TallyContext;
  #shares: Record<string, Decimal> | null | undefined;
  #balanced: Record<string, Decimal> | null | undefined;
  #published: Record<string, Decimal> | null | undefined;
  #score: RatingScore | null | undefined;

  constructor(c: Counter, context: TallyContext) {
    const counts: Record<string, number> = {};
    let rated = 0;
    context.scale.levels.forEach((level, i) => {
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
    this.#x = context;
  }

  get shares(): Readonly<Record<string, Decimal>> | null {
    if (this.#shares === undefined) this.#shares = this.#each(this.#x.places, this.#x.rounding);
    return this.#shares;
  }

  get balancedShares(): Readonly<Record<string, Decimal>> | null {
    if (this.#balanced === undefined) this.#balanced = this.#balancedTo(this.#x.places);
    return this.#balanced;
  }

  get publishedShares(): Readonly<Record<string, Decimal>> | null {
    if (this.#published === undefined) {
      const { method, places, rounding } = this.#x.published;
      this.#published = method === 'each' ? this.#each(places, rounding) : this.#balancedTo(places);
    }
    return this.#published;
  }

  get shareTexts(): Readonly<Record<string, string>> | null {
    const shares = this.publishedShares;
    if (shares === null) return null;
    const { fixed, places } = this.#x.published;
    const out: Record<string, string> = {};
    for (const [code, share] of Object.entries(shares))
      out[code] = fixed ? share.toFixed(places) : share.toString();
    return out;
  }

  get score(): RatingScore | null {
    if (this.#score === undefined) this.#score = this.#scoreOf();
    return this.#score;
  }

  #scoreOf(): RatingScore | null {
    const { scale, places, rounding } = this.#x;
    if (!scale.levels.some((level) => level.score !== undefined)) return null;
    let total = 0;
    let scored = 0;
    scale.levels.forEach((level, i) => {
      if (level.score === undefined) return;
      const n = this.#c.counts[i] as number;
      total += level.score * n;
      scored += n;
    });
    const mean: Ratio | null = scored === 0 ? null : ratio(total, scored);
    const bands = scale.bands;
    // A mean that is banded is shown as banded: 健康日本21's 3.25 is 3.2 (五捨六入), not 3.3.
    const byBands = bands?.of === 'mean' && bands.places !== undefined;
    const label = (code: string) => scale.levels.find((level) => level.code === code)?.label;
    const figure = bands?.of === 'sum' ? ratio(total) : mean;
    return {
      total: decimalOf(ratio(total), 0, rounding),
      mean:
        mean === null
          ? null
          : byBands
            ? decimalOf(mean, bands.places ?? places, bands.rounding ?? 'half-up')
            : decimalOf(mean, places, rounding),
      scored,
      band: bands === undefined || figure === null || scored === 0 ? null : bandOfRatio(bands, figure, label),
    };
  }

  /** Shares each rounded on its own. */
  #each(places: number, rounding: RoundingMode): Record<string, Decimal> | null {
    const { rated } = this;
    return rated === 0 ? null : this.#byCode((n) => ratio(n * 100, rated), places, rounding);
  }

  /** Shares by the largest-remainder method. */
  #balancedTo(places: number): Record<string, Decimal> | null {
    if (this.rated === 0) return null;
    const lr = largestRemainder(this.#c.counts, places);
    const den = 10n ** BigInt(places);
    return this.#byCode((_, i) => ({ num: lr[i] as bigint, den }), places, 'half-up');
  }

  /** A Decimal per code, from the count at each level. */
  #byCode(
    fraction: (count: number, i: number) => Ratio,
    places: number,
    rounding: RoundingMode,
  ): Record<string, Decimal> {
    const out: Record<string, Decimal> = {};
    this.#x.scale.levels.forEach((level, i) => {
      out[level.code] = decimalOf(fraction(this.#c.counts[i] as number, i), places, rounding);
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
      publishedShares: this.publishedShares,
      shareTexts: this.shareTexts,
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

  constructor(c: Counter, context: TallyContext, direction: Direction) {
    super(c, context);
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
 * each on its own (`shares`, which may not add up to 100) and by the largest-remainder method
 * (`balancedShares`, which add up to 100 unless equal counts tie: equal counts always get equal
 * shares); `publishedShares` and `shareTexts` follow the plan's convention (its scale's `shares`:
 * 木津川市 rounds each on its own to one fixed place, with its note in `shareNote`). 対象外 and
 * 未評価 codes are counted apart, out of the denominator; a mark typed in a look-alike spelling
 * (○ for 〇) counts as the scale's. For scored scales each tally carries the score sum, the mean
 * and, where the scale declares bands, the band they fall in (相生市 継続 / 改善 / 再構築 /
 * 見直し・縮減).
 *
 * @param plan - the plan
 * @param fiscalYear - the fiscal year
 * @param options - the source (programs or the declared table), places, rounding and share method
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
 * table.rows[0]?.shareTexts; // { S: '12.5', A: '75', B: '12.5' }
 * aggregateRatings(kodairaFy2023, 2023, { source: 'declared', shares: 'each' }).shareNote?.ja;
 * // '端数処理の関係で合計が100にならない場合があります'
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
    throw errorOf(
      'INVALID_OPTION',
      { notEither },
      { name: 'source', input: source, first: 'programs', second: 'declared' },
    );
  }
  const scale = scaleOf(plan);
  const published = appliedConvention(scale, options);
  const context: TallyContext = { scale, places, rounding, published };
  const size = scale.levels.length;
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
      const reading = code === undefined ? undefined : readingOf(scale, code);
      // A program counts in its direction's row (if the plan has it) and in the total.
      if (row !== undefined) {
        row.programs++;
        tallyIn(row, reading, 1);
      }
      total.programs++;
      tallyIn(total, reading, 1);
    }
  } else {
    const declared = plan.summaries?.find((s) => s.fiscalYear === fiscalYear);
    if (declared === undefined) {
      throw errorOf(
        'MISSING_OBSERVATION',
        { noDeclaredSummary },
        { plan: plan.id, fiscalYear },
        { input: fiscalYear },
      );
    }
    for (const r of declared.rows) {
      const row = rows.get(r.direction);
      for (const c of row === undefined ? [total] : [row, total]) {
        for (const [code, n] of Object.entries(r.counts)) tallyIn(c, readingOf(scale, code), n);
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
        (direction) => new Row(rows.get(direction.id) as Counter, context, direction),
      ),
      total: new Tally(total, context),
      shareConvention: published,
      shareNote: shareNoteOf(scale, published),
    },
    showAggregate,
  );
}

/** The scale's share convention with the options over it, checked. */
function appliedConvention(scale: RatingScale, options: AggregateOptions): AppliedShareConvention {
  const convention = scale.shares ?? DEFAULT_SHARE_CONVENTION;
  const method = options.shares ?? convention.method;
  if (method !== 'each' && method !== 'largest-remainder') {
    throw errorOf(
      'INVALID_OPTION',
      { notEither },
      { name: 'shares', input: method, first: 'each', second: 'largest-remainder' },
    );
  }
  const { places, rounding } = roundingOf({
    places: options.places ?? convention.places ?? 1,
    rounding: options.rounding ?? convention.rounding ?? 'half-up',
  });
  return {
    method,
    places,
    rounding,
    fixed: scale.shares === undefined ? false : (scale.shares.fixed ?? true),
  };
}

/** The note under shares each rounded on its own: the scale's words, munikpi's, or none. */
function shareNoteOf(scale: RatingScale, applied: AppliedShareConvention): Labels | null {
  if (applied.method !== 'each') return null;
  const note = scale.shares?.note ?? true;
  if (note === false) return null;
  if (note === true) return { ja: sharesWords('ja').mayNotAddUp, en: sharesWords('en').mayNotAddUp };
  return note;
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
