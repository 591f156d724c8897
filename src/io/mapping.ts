/*
 * The mapping file: which header names which column, for layouts other than the default.
 */
import { z } from 'zod';
import { MunikpiError, type MunikpiIssue } from '../core/errors.js';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from '../core/limits.js';
import { type FiscalYear, parseFiscalYear } from '../fiscal/index.js';
import { readJson } from '../schema/index.js';
import { checkValue } from '../schema/json.js';
import { FIELD_IDS, type FieldId, fieldSpec } from './fields.js';
import { type FieldMatch, type HeaderMap, normalizeHeader } from './headers.js';
import type { PlanFields } from './plan-fields.js';

const headerList = z.union([z.string().min(1).max(500), z.array(z.string().min(1).max(500)).min(1).max(50)]);

const fiscalYearInput = z.union([
  z.number().int().min(FISCAL_YEAR_MIN).max(FISCAL_YEAR_MAX),
  z.string().min(1).max(100),
]);

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
  $schema: z.string().optional(),
  sheet: z.string().min(1).max(31).optional(),
  planSheet: z.string().min(1).max(31).optional(),
  headerRow: z.number().int().min(1).max(1000).optional(),
  defaults: z.boolean().optional(),
  columns: z.record(z.string().min(1).max(100), headerList).optional(),
  ratings: z.record(z.string().min(1).max(100), z.string().min(1).max(20)).optional(),
  plan: z
    .strictObject({
      id: z.string().min(1).max(200).optional(),
      municipality: z.string().min(1).max(200).optional(),
      title: z.string().min(1).max(10_000).optional(),
      period: z
        .union([z.string().min(1).max(100), z.strictObject({ start: fiscalYearInput, end: fiscalYearInput })])
        .optional(),
      fiscalYear: fiscalYearInput.optional(),
      scale: z.string().min(1).max(200).optional(),
      source: z
        .strictObject({
          title: z.string().min(1).max(10_000),
          publisher: z.string().max(100_000).optional(),
          asOf: z.string().max(100_000).optional(),
          url: z.string().max(2000).optional(),
        })
        .optional(),
      notes: z.array(z.string().max(100_000)).max(1000).optional(),
      directions: z
        .array(
          z.strictObject({
            number: z.number().int().min(0).max(100_000),
            name: z.string().min(1).max(10_000),
            programCount: z.number().int().min(0).max(1_000_000).optional(),
          }),
        )
        .max(1000)
        .optional(),
    })
    .optional(),
});

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
    throw new MunikpiError(
      'FORBIDDEN_KEY',
      `the mapping has ${forbidden.length} forbidden key(s): ${forbidden[0]?.path}`,
      {
        issues: forbidden,
      },
    );
  }
  const parsed = mappingSchema.safeParse(value);
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
    throw new MunikpiError(
      'INVALID_OPTION',
      `the mapping has ${issues.length} problem${issues.length === 1 ? '' : 's'}: ${issues
        .slice(0, 5)
        .map((issue) => `${issue.path}: ${issue.message}`)
        .join('; ')}`,
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
