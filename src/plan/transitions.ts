import type { FiscalYear } from '../fiscal/index.js';
import { scaleOf } from './aggregate.js';
import { checkPlan, checkYear } from './check.js';
import type { Plan } from './types.js';

/** One program's rating in two fiscal years. */
export interface RatingChange {
  /** The program's id. */
  readonly programId: string;
  /** The program's number. */
  readonly number: number;
  /** The program's name. */
  readonly name: string;
  /** The rating in the earlier year, or null. */
  readonly from: string | null;
  /** The rating in the later year, or null. */
  readonly to: string | null;
}

/** How ratings moved between two fiscal years. */
export interface RatingTransitions {
  /** The earlier fiscal year. */
  readonly from: FiscalYear;
  /** The later fiscal year. */
  readonly to: FiscalYear;
  /** The scale's codes, best first: rows and columns of the matrix. */
  readonly codes: readonly string[];
  /** Programs per (earlier code, later code): `matrix.A.B` moved from A to B. */
  readonly matrix: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Programs rated better in the later year. */
  readonly improved: readonly RatingChange[];
  /** Programs rated worse in the later year. */
  readonly declined: readonly RatingChange[];
  /** Programs rated the same. */
  readonly unchanged: readonly RatingChange[];
  /** Programs without a rating on the scale in one of the years. */
  readonly incomplete: readonly RatingChange[];
}

/**
 * The transition matrix of ratings between two fiscal years, and the programs that improved,
 * fell back, or kept their rating. Better means higher on the scale (earlier in its levels).
 *
 * @param plan - the plan
 * @param from - the earlier fiscal year
 * @param to - the later fiscal year
 * @returns the matrix and the programs in each group, in plan order
 *
 * @example
 * import { ratingTransitions } from 'munikpi';
 * const plan = {
 *   id: 'x', municipality: 'x', title: 'x', period: { start: 2021, end: 2024 },
 *   directions: [{ id: 'd1', number: 1, name: 'd' }],
 *   programs: [{ id: 'p1', number: 1, name: 'p', kind: 'implementation', direction: 'd1',
 *     reports: { 2022: { rating: 'A' }, 2023: { rating: 'B' } } }],
 * } as const;
 * ratingTransitions(plan, 2022, 2023).declined.map((p) => p.programId); // ['p1']
 */
export function ratingTransitions(plan: Plan, from: FiscalYear, to: FiscalYear): RatingTransitions {
  checkPlan(plan);
  checkYear(from);
  checkYear(to);
  const scale = scaleOf(plan);
  const codes = scale.levels.map((level) => level.code);
  const rank = new Map(codes.map((code, i) => [code, i]));
  const matrix: Record<string, Record<string, number>> = {};
  for (const a of codes) matrix[a] = Object.fromEntries(codes.map((b) => [b, 0]));
  const improved: RatingChange[] = [];
  const declined: RatingChange[] = [];
  const unchanged: RatingChange[] = [];
  const incomplete: RatingChange[] = [];
  for (const program of plan.programs) {
    const a = program.reports?.[String(from)]?.rating ?? null;
    const b = program.reports?.[String(to)]?.rating ?? null;
    const change = { programId: program.id, number: program.number, name: program.name, from: a, to: b };
    const ra = a === null ? undefined : rank.get(a);
    const rb = b === null ? undefined : rank.get(b);
    if (ra === undefined || rb === undefined) {
      incomplete.push(change);
      continue;
    }
    const row = matrix[a as string] as Record<string, number>;
    row[b as string] = (row[b as string] as number) + 1;
    (rb < ra ? improved : rb > ra ? declined : unchanged).push(change);
  }
  return { from, to, codes, matrix, improved, declined, unchanged, incomplete };
}
