/*
 * Finding the header row of a progress table and telling which column holds what.
 */
import type { FiscalYear } from '../fiscal/index.js';
import { cellText, fiscalYearOfText, type Grid, type GridCell, isBlank, type ReadContext } from './cells.js';
import { CONTAINS, FIELDS, type FieldId, fieldSpec } from './fields.js';

/** A field and the fiscal year its header names (null: the report's year, or none). */
export interface FieldMatch {
  /** The field. */
  readonly field: FieldId;
  /** The fiscal year in the header, if any. */
  readonly year: FiscalYear | null;
  /** A `検討プログラム` header: programs default to study. */
  readonly study?: boolean;
}

/** One column of the table. */
export interface Column extends FieldMatch {
  /** The column (1 = A). */
  readonly column: number;
  /** The row of its header cell (1-based). */
  readonly row: number;
  /** The header as written. */
  readonly header: string;
  /** The header normalised ({@link normalizeHeader}), to spot a repeated header row. */
  readonly key: string;
}

/** Header texts the mapping file gives per field, normalised. */
export type HeaderMap = ReadonlyMap<string, FieldMatch>;

/**
 * A header normalised for comparison: NFKC, no spaces, lower case.
 * @internal
 */
export function normalizeHeader(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

const ALIASES: ReadonlyMap<string, FieldId> = new Map(
  FIELDS.flatMap((spec) => [
    ...spec.aliases.map((alias) => [normalizeHeader(alias), spec.id] as const),
    [normalizeHeader(spec.id), spec.id] as const,
  ]),
);

const FY_TOKEN =
  /(?:令和|平成|昭和|大正|明治)(?:\d{1,2}|元)年度|(?<![A-Za-z])[RHSTM]\d{1,2}(?:年度)?(?![\d.．/年月])|FY\d{4}|\d{4}年度/g;
const BRACKETS = /[(（【[][^)）】\]]*[)）】\]]/g;

/** Pulls the fiscal years out of a header: `令和5年度当初予定` → 2023 and `当初予定`. */
function splitYear(text: string, context: ReadContext): { year: FiscalYear | null; rest: string } {
  const nfkc = text.normalize('NFKC').replace(/\s+/g, '');
  let year: FiscalYear | null = null;
  const rest = nfkc.replace(FY_TOKEN, (token) => {
    try {
      const fy = fiscalYearOfText(token, context);
      year ??= fy;
      return '';
    } catch {
      return token;
    }
  });
  return { year, rest };
}

function withYear(field: FieldId, year: FiscalYear | null): FieldMatch | null {
  const spec = fieldSpec(field);
  if (year === null) return spec.year === 'required' ? null : { field, year: null };
  if (spec.year !== 'none') return { field, year };
  // 令和6年度目標: the target for a year is a year target.
  return field === 'kpi.target' ? { field: 'kpi.yearTarget', year } : null;
}

/**
 * What a header names by default, or null when it is not known.
 * @internal
 */
export function matchDefaultHeader(text: string, context: ReadContext): FieldMatch | null {
  const { year, rest } = splitYear(text, context);
  const core = normalizeHeader(rest.replace(BRACKETS, '')).replace(/^[:：・]+|[:：・]+$/g, '');
  if (core === '' || core === '年度') return year === null ? null : { field: 'schedule', year };
  const exact = ALIASES.get(core) ?? ALIASES.get(normalizeHeader(rest));
  const field = exact ?? CONTAINS.find(([word]) => core.includes(normalizeHeader(word)))?.[1];
  if (field === undefined) return null;
  const match = withYear(field, year);
  if (match === null) return null;
  return field === 'name' && core.includes('検討') ? { ...match, study: true } : match;
}

/**
 * What a header names: the mapping's headers first, then (unless turned off) the defaults.
 * @internal
 */
export function matchHeader(
  text: string,
  mapped: HeaderMap,
  defaults: boolean,
  context: ReadContext,
): FieldMatch | null {
  const own = mapped.get(normalizeHeader(text));
  if (own !== undefined) return own;
  return defaults ? matchDefaultHeader(text, context) : null;
}

/** The table's columns and the row its data starts on. */
export interface TableHeader {
  /** The (first) header row, 1-based. */
  readonly row: number;
  /** The first data row (1-based). */
  readonly dataRow: number;
  /** The columns that were recognised. */
  readonly columns: readonly Column[];
  /** Headers that were not recognised, by column. */
  readonly unknown: readonly { readonly column: number; readonly row: number; readonly header: string }[];
}

type Matcher = (text: string) => FieldMatch | null;

function rowMatches(row: readonly (GridCell | undefined)[], match: Matcher): (FieldMatch | null)[] {
  return row.map((cell) => {
    const text = headerText(cell);
    return text === null ? null : match(text);
  });
}

function headerText(cell: GridCell | undefined): string | null {
  if (cell === undefined || isBlank(cell) || cell.error !== undefined) return null;
  return cellText(cell);
}

function looksLikeHeader(matches: readonly (FieldMatch | null)[]): boolean {
  const found = matches.filter((m): m is FieldMatch => m !== null);
  return found.length >= 2 && found.some((m) => m.field === 'name');
}

/**
 * The row below the header holds sub-headers (取組項目, R3, R4 … under 年度スケジュール) when
 * every text in it is a known header.
 */
function subHeaders(
  row: readonly (GridCell | undefined)[] | undefined,
  match: Matcher,
): (FieldMatch | null)[] | null {
  if (row === undefined) return null;
  const texts = row.map(headerText);
  if (texts.every((t) => t === null)) return null;
  const matches = rowMatches(row, match);
  return texts.every((t, i) => t === null || matches[i] !== null) ? matches : null;
}

/**
 * Finds the header row in the first rows of a sheet (or takes the given one) and the field of
 * every column.
 * @internal
 */
export function findHeader(grid: Grid, match: Matcher, headerRow: number | undefined): TableHeader | null {
  const limit = Math.min(grid.rows.length, 30);
  let at = -1;
  let matches: (FieldMatch | null)[] = [];
  for (let r = headerRow === undefined ? 0 : headerRow - 1; r < (headerRow ?? limit); r++) {
    matches = rowMatches(grid.rows[r] ?? [], match);
    if (headerRow !== undefined || looksLikeHeader(matches)) {
      at = r;
      break;
    }
  }
  if (at < 0) return null;
  const top = grid.rows[at] ?? [];
  const below = subHeaders(grid.rows[at + 1], match);
  const width = Math.max(top.length, grid.rows[at + 1]?.length ?? 0);
  const columns: Column[] = [];
  const unknown: { column: number; row: number; header: string }[] = [];
  for (let c = 0; c < width; c++) {
    const sub = below?.[c] ?? null;
    const row = sub === null ? at + 1 : at + 2;
    const header = headerText(sub === null ? top[c] : grid.rows[at + 1]?.[c]);
    const m = sub ?? matches[c] ?? null;
    if (m !== null && header !== null)
      columns.push({ ...m, column: c + 1, row, header, key: normalizeHeader(header) });
    else if (header !== null) unknown.push({ column: c + 1, row, header });
  }
  // A group header (年度スケジュール) over sub-headers is not a column of its own.
  const grouped =
    below === null
      ? columns
      : columns.filter(
          (col) => !(col.field === 'scheduleText' && below.some((b) => b?.field === 'schedule')),
        );
  return { row: at + 1, dataRow: at + (below === null ? 2 : 3), columns: grouped, unknown };
}

/**
 * Whether a data row repeats the header (a report printed over several pages does).
 * @internal
 */
export function repeatsHeader(row: readonly (GridCell | undefined)[], header: TableHeader): boolean {
  let same = 0;
  for (const col of header.columns) {
    const text = headerText(row[col.column - 1]);
    if (text !== null && (text === col.header || normalizeHeader(text) === col.key)) same++;
  }
  return same >= 2;
}
