/*
 * The mapping file: which header names which column, for layouts other than the default.
 */

import { en } from 'zod/locales';
import * as z from 'zod/mini';
import { errorOf, type MunikpiIssue } from '../core/errors.js';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from '../core/limits.js';
import { mappingForbiddenKeys, mappingProblems } from '../core/messages/errors-en.js';
import { type FiscalYear, parseFiscalYear } from '../fiscal/index.js';
import { readJson } from '../schema/index.js';
import { checkValue } from '../schema/json.js';
import { FIELD_IDS, type FieldId, fieldSpec } from './fields.js';
import { type FieldMatch, type HeaderMap, normalizeHeader } from './headers.js';
import type { PlanFields } from './plan-fields.js';

/** Text of at most `max` characters. */
const upTo = (max: number) => z.string().check(z.maxLength(max));
/** Text of 1..`max` characters. */
const chars = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
/** A whole number `min`..`max`. */
const whole = (min: number, max: number) => z.number().check(z.int(), z.minimum(min), z.maximum(max));

const headerList = z.union([chars(500), z.array(chars(500)).check(z.minLength(1), z.maxLength(50))]);

const fiscalYearInput = z.union([whole(FISCAL_YEAR_MIN, FISCAL_YEAR_MAX), chars(100)]);

/**
 * A mapping file: which header names which column, for layouts other than the default (see
 * docs/data-format.md).
 */
export interface ImportMapping {
  /** The JSON Schema the file follows (ignored). */
  readonly $schema?: string;
  /** The sheet of the program table (.xlsx); default `プログラム`, else the first other sheet. */
  readonly sheet?: string;
  /** The sheet of plan-level fields; default `計画`. */
  readonly planSheet?: string;
  /** The header row (1-based); default: found in the first 30 rows. */
  readonly headerRow?: number;
  /** Also recognise the default headers; default true. */
  readonly defaults?: boolean;
  /**
   * Column key → header text (or texts): `{ "rating": "達成度", "schedule:2021": "R3計画" }`. A key
   * is a {@link FieldId}, with `:` and a fiscal year for a column of one year.
   */
  readonly columns?: Readonly<Record<string, string | readonly string[]>>;
  /** Cell text → rating code: `{ "◎": "S" }`. */
  readonly ratings?: Readonly<Record<string, string>>;
  /** Plan-level fields, below those of the options and the 計画 sheet. */
  readonly plan?: PlanFields;
}

/** The mapping file's schema (zod). */
const mappingSchema = z.strictObject({
  $schema: z.optional(z.string()),
  sheet: z.optional(chars(31)),
  planSheet: z.optional(chars(31)),
  headerRow: z.optional(whole(1, 1000)),
  defaults: z.optional(z.boolean()),
  columns: z.optional(z.record(chars(100), headerList)),
  ratings: z.optional(z.record(chars(100), chars(20))),
  plan: z.optional(
    z.strictObject({
      id: z.optional(chars(200)),
      municipality: z.optional(chars(200)),
      title: z.optional(chars(10_000)),
      period: z.optional(
        z.union([chars(100), z.strictObject({ start: fiscalYearInput, end: fiscalYearInput })]),
      ),
      fiscalYear: z.optional(fiscalYearInput),
      scale: z.optional(chars(200)),
      source: z.optional(
        z.strictObject({
          title: chars(10_000),
          publisher: z.optional(upTo(100_000)),
          asOf: z.optional(upTo(100_000)),
          url: z.optional(upTo(2000)),
        }),
      ),
      notes: z.optional(z.array(upTo(100_000)).check(z.maxLength(1000))),
      directions: z.optional(
        z
          .array(
            z.strictObject({
              number: whole(0, 100_000),
              name: chars(10_000),
              programCount: z.optional(whole(0, 1_000_000)),
            }),
          )
          .check(z.maxLength(1000)),
      ),
    }),
  ),
});

/**
 * zod's English words for the mapping's issues. zod/mini loads no locale (its words would be
 * "Invalid input"), and munikpi leaves zod's global configuration to the application.
 */
const english = en().localeError;

/** A mapping with its column keys resolved. */
export interface ResolvedMapping {
  /** The mapping as given. */
  readonly mapping: ImportMapping;
  /** Header text (normalised) → field. */
  readonly headers: HeaderMap;
}

/**
 * Reads a column key of the mapping: `rating`, `schedule:2021`, `kpi.actual:R4`.
 * @internal
 */
export function fieldKey(key: string): FieldMatch | string {
  const at = key.indexOf(':');
  const id = (at < 0 ? key : key.slice(0, at)) as FieldId;
  if (!FIELD_IDS.includes(id)) return `"${id}" is not a column: expected one of ${FIELD_IDS.join(', ')}`;
  const spec = fieldSpec(id);
  if (at < 0)
    return spec.year === 'required' ? `"${id}" needs a fiscal year: "${id}:2021"` : { field: id, year: null };
  if (spec.year === 'none') return `"${id}" takes no fiscal year`;
  let year: FiscalYear;
  try {
    year = parseFiscalYear(key.slice(at + 1));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return { field: id, year };
}

function pathOf(path: readonly PropertyKey[]): string {
  return ['mapping', ...path.map(String)].join('.');
}

/**
 * Reads and checks a mapping file (JSON text or a parsed value) for {@link importPlan}: which
 * header names which column (`"columns": { "rating": "達成度", "schedule:2021": "R3計画" }`),
 * the sheet names, the header row, rating words (`"ratings": { "◎": "S" }`) and plan fields.
 * The layout is in docs/data-format.md.
 *
 * @param input - the mapping as JSON text or a value
 * @returns the mapping, checked
 * @throws {MunikpiError} `INVALID_OPTION` with `issues` (paths such as `mapping.columns.評価`)
 *   for a mapping that does not match the layout; `INVALID_JSON` for text that is not JSON
 *
 * @example
 * import { parseMapping } from 'munikpi/io';
 * const mapping = parseMapping('{"columns": {"rating": "達成度", "kpi.actual:2023": "R5実績値"}}');
 * mapping.columns?.rating; // '達成度'
 * // parseMapping('{"columns": {"grade": "評価"}}') throws INVALID_OPTION:
 * // mapping.columns.grade: "grade" is not a column: …
 */
export function parseMapping(input: unknown): ImportMapping {
  const value = typeof input === 'string' ? readJson(input) : input;
  const forbidden = checkValue(value).map((issue) => ({
    ...issue,
    path: `mapping${issue.path === '(document)' ? '' : `.${issue.path}`}`,
  }));
  if (forbidden.length > 0) {
    throw errorOf(
      'FORBIDDEN_KEY',
      { mappingForbiddenKeys },
      { count: forbidden.length, path: String(forbidden[0]?.path) },
      { issues: forbidden },
    );
  }
  const parsed = mappingSchema.safeParse(value, { error: english });
  const issues: MunikpiIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        path: pathOf(issue.path),
        code: issue.code,
        message: issue.message,
      }));
  if (parsed.success) {
    for (const key of Object.keys(parsed.data.columns ?? {})) {
      const match = fieldKey(key);
      if (typeof match === 'string')
        issues.push({ path: pathOf(['columns', key]), code: 'UNKNOWN_COLUMN', message: match });
    }
  }
  if (issues.length > 0 || !parsed.success) {
    const problems = issues.slice(0, 5).map(({ path, message }) => ({ path, message }));
    throw errorOf(
      'INVALID_OPTION',
      { mappingProblems },
      { count: issues.length, problems },
      { issues, input },
    );
  }
  return parsed.data as ImportMapping;
}

/**
 * A checked mapping with its headers ready to match.
 * @internal
 */
export function resolveMapping(mapping: ImportMapping): ResolvedMapping {
  const headers = new Map<string, FieldMatch>();
  for (const [key, value] of Object.entries(mapping.columns ?? {})) {
    const match = fieldKey(key) as FieldMatch;
    for (const header of typeof value === 'string' ? [value] : value)
      headers.set(normalizeHeader(header), match);
  }
  return { mapping, headers };
}
