/*
 * importPlan: a progress table (.xlsx or CSV) to a checked plan.
 */

import { errorOf, flagOption, optionsOf, quote } from '../core/errors.js';
import {
  importedPlanInvalid,
  noProgramTable,
  notBytes,
  notTextNamed,
  oldXls,
  periodBackwards,
  reportFormatOf,
} from '../core/messages/errors-en.js';
import { type Language, languageOf } from '../core/messages/index.js';
import type { FiscalYear } from '../fiscal/index.js';
import type { Plan } from '../plan/index.js';
import { RATING_SCALES, type RatingScale } from '../rating/index.js';
import type { PlanValidation } from '../schema/index.js';
import { validateValue } from '../schema/parse.js';
import { buildPlan, type PlanHead, sourceOf } from './build.js';
import { fiscalYearOfText, type Grid, type GridCell, isBlank, type ReadContext } from './cells.js';
import { readCsvWithin } from './csv.js';
import { Directions } from './directions.js';
import { decodeText } from './encoding.js';
import { fieldSpec } from './fields.js';
import { type Column, findHeader, matchHeader, type TableHeader } from './headers.js';
import { type CellRef, IssueLog, readError, refPath } from './issues.js';
import { type ImportLimits, limitsOf, tooLarge } from './limits.js';
import { type ImportMapping, parseMapping, type ResolvedMapping, resolveMapping } from './mapping.js';
import {
  PLAN_KEYS,
  type PlanFields,
  type PlanKey,
  periodOfText,
  readPlanSheet,
  type SheetPlanFields,
  scaleId,
} from './plan-fields.js';
import { readPrograms } from './table.js';
import { isOle, isZip, readWorkbook } from './xlsx.js';

/** Options for {@link importPlan}. */
export interface ImportOptions {
  /** `xlsx`, `csv`, or `auto` (default): an .xlsx file is a zip archive, anything else is CSV. */
  readonly format?: 'auto' | 'xlsx' | 'csv';
  /** The file's name, used in issue paths for CSV (`programs.csv!E12`) and messages. */
  readonly fileName?: string;
  /** The encoding of a CSV file: `auto` (default: UTF-8 when valid, else Shift_JIS), `utf-8`, `shift_jis`. */
  readonly encoding?: 'auto' | 'utf-8' | 'shift_jis';
  /** A mapping for other layouts: JSON text or a value (see {@link parseMapping}). */
  readonly mapping?: ImportMapping | string;
  /** Plan-level fields; each overrides the 計画 sheet and the mapping's `plan`. */
  readonly plan?: PlanFields;
  /** Read era years after an era ended (`平成32年度` → 2020), each with a warning. Default false. */
  readonly allowOverflow?: boolean;
  /**
   * Raise or lower the import limits (file bytes, bytes of text, rows, columns, cells, shared
   * strings; defaults in docs/data-format.md). Input over a limit is refused with
   * `INPUT_TOO_LARGE` before the work it would cost.
   */
  readonly limits?: Partial<ImportLimits>;
  /** The language of `warnings`: `en` (the default) or `ja`. */
  readonly lang?: Language;
}

/** What {@link importPlan} returns. */
export interface ImportResult {
  /** The plan, checked by parsePlan and deeply frozen. */
  readonly plan: Plan;
  /**
   * What the import did that the user should know of, each `place: words` in `options.lang`:
   * ignored columns, overflowing era years, …
   */
  readonly warnings: readonly string[];
}

const PROGRAM_SHEET = 'プログラム';
const PLAN_SHEET = '計画';
const OPTIONS: CellRef = { sheet: '(options)', row: null, column: null };
const given = (key: string, from: 'options' | 'mapping'): CellRef =>
  from === 'options'
    ? { ...OPTIONS, header: `plan.${key}` }
    : { sheet: '(mapping)', row: null, column: null, header: `plan.${key}` };

interface Source {
  readonly program: Grid | null;
  readonly planSheet: Grid | null;
  readonly csv: boolean;
}

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

function hasContent(grid: Grid): boolean {
  return grid.rows.some((row) => row.some((cell) => !isBlank(cell)));
}

function pickSheet(
  grids: readonly Grid[],
  mapping: ImportMapping,
  planSheet: string,
  log: IssueLog,
): Grid | null {
  const names = grids.map((g) => g.name).join(', ');
  if (mapping.sheet !== undefined) {
    const found = grids.find(
      (g) => g.name === mapping.sheet || g.name.normalize('NFKC') === mapping.sheet?.normalize('NFKC'),
    );
    if (found === undefined) {
      log.reject(
        { sheet: mapping.sheet, row: null, column: null },
        'NO_SHEET',
        `the workbook has no sheet ${quote(mapping.sheet)}: it has ${names}`,
      );
    }
    return found ?? null;
  }
  const others = grids.filter((g) => g.name !== planSheet);
  const found = grids.find((g) => g.name === PROGRAM_SHEET) ?? others.find(hasContent) ?? others[0];
  if (found === undefined) {
    log.reject(
      { sheet: planSheet, row: null, column: null },
      'NO_SHEET',
      `the workbook has no sheet of programs besides ${planSheet}: add a sheet ${PROGRAM_SHEET}`,
    );
  }
  return found ?? null;
}

/**
 * How the bytes are read: as a workbook, as an old .xls (refused), or as CSV text, from the
 * `format` option and, for `auto`, the bytes' signature; null for a format munikpi does not know.
 */
function sourceKind(input: Uint8Array, format: unknown): 'xlsx' | 'xls' | 'csv' | null {
  if (format === 'xlsx' || format === 'csv') return format;
  if (format !== 'auto') return null;
  return isZip(input) ? 'xlsx' : isOle(input) ? 'xls' : 'csv';
}

function readSource(
  input: Uint8Array,
  options: ImportOptions,
  mapping: ImportMapping,
  log: IssueLog,
  limits: ImportLimits,
): Source {
  const format = options.format ?? 'auto';
  const kind = sourceKind(input, format);
  if (kind === null) throw errorOf('INVALID_OPTION', { reportFormatOf }, { input: format });
  const name = baseName(options.fileName ?? '');
  if (kind === 'xlsx') {
    const grids = readWorkbook(input, name, limits);
    const planSheetName = mapping.planSheet ?? PLAN_SHEET;
    return {
      program: pickSheet(grids, mapping, planSheetName, log),
      planSheet: grids.find((g) => g.name === planSheetName) ?? null,
      csv: false,
    };
  }
  if (kind === 'xls') {
    throw errorOf(
      'IMPORT_FAILED',
      { oldXls },
      {},
      { issues: [{ path: name || '(input)', code: 'INVALID_XLSX', message: oldXls({}) }] },
    );
  }
  const text = decodeText(input, { encoding: options.encoding ?? 'auto' });
  const rows = readCsvWithin(text, name, limits).map((record) =>
    record.map((value): GridCell | undefined => (value === '' ? undefined : { value })),
  );
  return { program: { name: name || 'csv', rows }, planSheet: null, csv: true };
}

/** Merges the plan fields: options first, then the 計画 sheet, then the mapping's `plan`. */
function mergeFields(
  options: PlanFields | undefined,
  sheet: SheetPlanFields | null,
  mapping: ImportMapping,
): {
  fields: PlanFields;
  refs: Map<string, CellRef>;
} {
  const fromMapping = (mapping.plan ?? {}) as PlanFields;
  const fromSheet = sheet?.fields ?? {};
  const fromOptions = options ?? {};
  const refs = new Map<string, CellRef>();
  const fields: Record<string, unknown> = {};
  const keys = [
    'id',
    'municipality',
    'title',
    'period',
    'fiscalYear',
    'scale',
    'source',
    'notes',
    'directions',
  ] as const;
  for (const key of keys) {
    if (fromOptions[key] !== undefined) {
      fields[key] = fromOptions[key];
      refs.set(key, given(key, 'options'));
    } else if (fromSheet[key] !== undefined) {
      fields[key] = fromSheet[key];
      const ref = sheet?.refs.get(key);
      if (ref !== undefined) refs.set(key, ref);
    } else if (fromMapping[key] !== undefined) {
      fields[key] = fromMapping[key];
      refs.set(key, given(key, 'mapping'));
    }
  }
  for (const [key, ref] of sheet?.refs ?? []) {
    if (key.startsWith('direction:') && fromOptions.directions === undefined) refs.set(key, ref);
  }
  return { fields: fields as PlanFields, refs };
}

function fiscalYearOf(input: number | string, read: ReadContext): FiscalYear {
  return typeof input === 'number' ? fiscalYearOfText(String(input), read) : fiscalYearOfText(input, read);
}

interface Resolved {
  head: PlanHead;
  period: { start: FiscalYear; end: FiscalYear } | null;
  fiscalYear: FiscalYear | null;
  scale: RatingScale;
}

function resolveFields(
  fields: PlanFields,
  refs: ReadonlyMap<string, CellRef>,
  read: ReadContext,
  log: IssueLog,
  where: {
    readonly text: (key: PlanKey) => string;
    readonly data: (key: PlanKey) => Readonly<Record<string, unknown>>;
    readonly ref: CellRef;
    readonly tried: ReadonlySet<string>;
  },
): Resolved {
  const at = (key: string): CellRef => refs.get(key) ?? where.ref;
  const attempt = <T>(key: string, fn: () => T): T | undefined => {
    try {
      log.cursor = at(key);
      return fn();
    } catch (error) {
      const { code, message } = readError(error);
      log.reject(at(key), code, message);
      return undefined;
    }
  };
  const period =
    fields.period === undefined
      ? undefined
      : attempt('period', () => {
          const p = fields.period;
          if (typeof p === 'string') return periodOfText(p, read);
          const start = fiscalYearOf((p as { start: number | string }).start, read);
          const end = fiscalYearOf((p as { end: number | string }).end, read);
          if (end < start) throw errorOf('INVALID_FISCAL_YEAR', { periodBackwards }, { start, end });
          return { start, end };
        });
  const fiscalYear =
    fields.fiscalYear === undefined
      ? undefined
      : attempt('fiscalYear', () => fiscalYearOf(fields.fiscalYear as number | string, read));
  let scale: RatingScale = RATING_SCALES.kodaira;
  let scaleField: string | RatingScale | undefined;
  if (typeof fields.scale === 'string') {
    const id = attempt('scale', () => scaleId(fields.scale as string));
    const preset = Object.values(RATING_SCALES).find((s: RatingScale) => s.id === id) as
      | RatingScale
      | undefined;
    if (preset !== undefined) {
      scale = preset;
      scaleField = preset.id;
    }
  } else if (fields.scale !== undefined) {
    scale = fields.scale;
    scaleField = fields.scale;
  }
  for (const key of ['id', 'municipality', 'title', 'period'] as const) {
    const value = fields[key];
    if ((value === undefined || value === '') && !where.tried.has(key)) {
      log.reject(
        at(key),
        'MISSING_VALUE',
        `the plan needs ${key === 'id' ? 'an' : 'a'} ${key}: ${where.text(key)}`,
        where.data(key),
      );
    }
  }
  const head: PlanHead = {
    ...(fields.id === undefined ? {} : { id: fields.id }),
    ...(fields.municipality === undefined ? {} : { municipality: fields.municipality }),
    ...(fields.title === undefined ? {} : { title: fields.title }),
    ...(period === undefined ? {} : { period }),
    ...(scaleField === undefined ? {} : { scale: scaleField }),
    ...(fields.source === undefined ? {} : { source: fields.source }),
    ...(fields.notes === undefined ? {} : { notes: fields.notes }),
  };
  return { head, period: period ?? null, fiscalYear: fiscalYear ?? null, scale };
}

/** The plan-level fields from the options, the 計画 sheet and the mapping, read and checked. */
function planFields(
  source: Source,
  options: ImportOptions,
  mapping: ImportMapping,
  read: ReadContext,
  log: IssueLog,
): { fields: PlanFields; refs: ReadonlyMap<string, CellRef>; resolved: Resolved } {
  const sheetFields = source.planSheet === null ? null : readPlanSheet(source.planSheet, read, log);
  const { fields, refs } = mergeFields(options.plan, sheetFields, mapping);
  const sheetName = source.planSheet?.name ?? mapping.planSheet ?? PLAN_SHEET;
  const label = (key: PlanKey) => PLAN_KEYS.find((k) => k.key === key)?.aliases[0] ?? key;
  const where = {
    text: (key: PlanKey) =>
      source.csv
        ? `pass plan.${key}, or give it in the mapping's plan`
        : `write ${label(key)} in the ${sheetName} sheet, or pass plan.${key}`,
    data: (key: PlanKey) => ({ field: key, label: label(key), sheet: source.csv ? null : sheetName }),
    ref: source.csv ? OPTIONS : { sheet: sheetName, row: null, column: null },
    tried: sheetFields?.tried ?? new Set<string>(),
  };
  return { fields, refs, resolved: resolveFields(fields, refs, read, log, where) };
}

/**
 * Checks the columns: a name column, no column twice (except text columns, which add up), a
 * fiscal year for every column that needs one. Without a name column no row can be read.
 */
function checkColumns(
  header: TableHeader,
  grid: Grid,
  reportYear: FiscalYear | null,
  log: IssueLog,
): boolean {
  const additive = new Set([
    'approaches',
    'notes',
    'planned',
    'targets',
    'results',
    'issues',
    'reasons',
    'nextSteps',
    'scheduleText',
  ]);
  const seen = new Map<string, Column>();
  for (const column of header.columns) {
    const key = `${column.field}:${column.year ?? ''}`;
    const before = seen.get(key);
    if (before !== undefined && !additive.has(column.field)) {
      log.reject(
        { sheet: grid.name, row: column.row, column: column.column, header: column.header },
        'DUPLICATE_COLUMN',
        `a second column for ${column.field}${column.year === null ? '' : ` ${column.year}`} (the first is ${quote(before.header)})`,
      );
    }
    seen.set(key, column);
    if (column.year === null && reportYear === null && fieldSpec(column.field).year === 'optional') {
      log.reject(
        { sheet: grid.name, row: column.row, column: column.column, header: column.header },
        'MISSING_FISCAL_YEAR',
        'no fiscal year for this column: give the report year (報告年度 in the 計画 sheet, or plan.fiscalYear), or write the year in the header (R5評価)',
      );
    }
  }
  const named = header.columns.some((c) => c.field === 'name');
  if (!named) {
    log.reject(
      { sheet: grid.name, row: header.row, column: null },
      'NO_NAME_COLUMN',
      'the header row has no program name column (実施プログラム, プログラム名)',
    );
  }
  for (const { column, row, header: text } of header.unknown) {
    log.warn({ sheet: grid.name, row, column }, (w) => w.unknownColumn({ header: text }));
  }
  return named;
}

/** The report year from the headers (`令和5年度当初予定`), when neither options nor the 計画 sheet give it. */
function yearFromHeaders(header: TableHeader): FiscalYear | null {
  const years = header.columns
    .filter((c) => c.year !== null && fieldSpec(c.field).group === 'report')
    .map((c) => c.year as FiscalYear);
  return years.length === 0 ? null : Math.max(...years);
}

function tableHeader(
  grid: Grid,
  mapping: ResolvedMapping,
  read: ReadContext,
  log: IssueLog,
): TableHeader | null {
  const sheet: CellRef = { sheet: grid.name, row: null, column: null };
  if (!hasContent(grid)) {
    log.reject(
      sheet,
      'EMPTY_SHEET',
      `the sheet ${quote(grid.name)} is empty: expected a header row (No., 実施プログラム, 評価 …) and a row per program`,
    );
    return null;
  }
  log.cursor = sheet;
  const defaults = mapping.mapping.defaults !== false;
  const header = findHeader(
    grid,
    (text) => matchHeader(text, mapping.headers, defaults, read),
    mapping.mapping.headerRow,
  );
  if (header === null) {
    log.reject(
      sheet,
      'NO_HEADER',
      'no header row in the first 30 rows: expected a row with 実施プログラム (or プログラム名) and headers such as No. and 評価, or give headerRow and columns in a mapping',
    );
  }
  return header;
}

type CheckedIssue = PlanValidation['issues'][number];

/** The part of a KPI a contradiction is about, read from the checker's words: the cell to point at. */
const KPI_PARTS: readonly (readonly [RegExp, string])[] = [
  [/\bthe target for (\d{4})\b/, 'yearTargets.$1'],
  [/\btarget\b/, 'target'],
  [/\bbaseline\b/, 'baseline'],
];

/** The document path whose cell holds the bad value: a KPI's target rather than its name. */
function culpritPath(issue: CheckedIssue): string {
  const detail = issue.data.detail;
  if (typeof detail !== 'string' || !/\.kpis\[\d+\]$/.test(issue.path)) return issue.path;
  for (const [words, part] of KPI_PARTS) {
    const match = words.exec(detail);
    if (match !== null) return `${issue.path}.${part.replace('$1', match[1] ?? '')}`;
  }
  return issue.path;
}

/** Problems of the layout that follow from cells already rejected (left out of the document). */
const SHAPE_CODES = new Set(['MISSING_FIELD', 'INVALID_TYPE', 'UNKNOWN_FIELD', 'INVALID_VALUE']);

/**
 * The checker's problems at the cells behind them. After rejected cells, the layout problems
 * their absence causes, and a second problem at a cell already rejected, are left out: the
 * rest (references, duplicates, ratings, KPIs, years) are listed in the same pass.
 */
function locateIssues(
  issues: readonly CheckedIssue[],
  sources: ReadonlyMap<string, CellRef>,
  fallback: CellRef,
  log: IssueLog,
): void {
  const rejected = new Set(log.issues.map((issue) => issue.path));
  const afterCells = rejected.size > 0;
  for (const issue of issues) {
    const ref = sourceOf(culpritPath(issue), sources, fallback);
    if (afterCells && (SHAPE_CODES.has(issue.code) || rejected.has(refPath(ref)))) continue;
    log.reject(ref, issue.code, issue.message, { ...issue.data, path: issue.path });
  }
}

/**
 * Imports a plan from a progress table, as .xlsx or CSV (UTF-8 with or
 * without BOM, or Shift_JIS): one row per program, columns found by their headers (the
 * Japanese headers of a progress report such as Kodaira's, or those a mapping file names),
 * section rows `方向性1 …` for directions, and plan-level fields from the options or a `計画`
 * sheet. Figures are read exactly (`604,701,094円`, `７３．９％`, `▲5`), era dates and fiscal
 * years with munikpi's own parsers, multi-line cells as lists. Layout: docs/data-format.md.
 *
 * Every rejected cell is reported at once, with its sheet, row and column, and nothing is
 * returned: the plan either passes parsePlan whole or is not made.
 *
 * @param input - the file's bytes
 * @param options - the format, the CSV encoding, a mapping, plan-level fields, `allowOverflow`
 * @returns the plan (checked and frozen) and warnings
 * @throws {MunikpiError} `IMPORT_FAILED` with `issues` (each an {@link ImportIssue}: `path`
 *   `プログラム!E12` or `programs.csv!E12`, sheet, row, column, header, code, message) for
 *   rejected cells, an empty sheet, no header row, or a plan parsePlan rejects; `INVALID_CSV`;
 *   `INVALID_ENCODING`; `INPUT_TOO_LARGE` for a workbook or CSV over a limit (see `limits`),
 *   refused before the work it would cost, and `DOCUMENT_TOO_LARGE` for a file over `limits.bytes`; `INVALID_OPTION` for a bad mapping or option; `INVALID_ARGUMENT`
 *
 * @example
 * import { importPlan } from 'munikpi/io';
 * const csv = 'No.,実施プログラム,評価\r\n方向性1 地域資源によるサービスの実現,,\r\n12,文書の電子化・ペーパーレス化,B\r\n';
 * const { plan } = await importPlan(new TextEncoder().encode(csv), {
 *   fileName: 'programs.csv',
 *   plan: { id: 'demo', municipality: '小平市', title: '経営方針推進プログラム', period: 'R3～R6', fiscalYear: 'R5' },
 * });
 * plan.programs[0]?.reports?.['2023']?.rating; // 'B'
 */
export async function importPlan(input: Uint8Array, options?: ImportOptions): Promise<ImportResult> {
  if (!(input instanceof Uint8Array)) {
    throw errorOf('INVALID_ARGUMENT', { notBytes }, { what: 'importPlan', input });
  }
  options = optionsOf(options);
  const lang = languageOf(options.lang, 'en');
  const limits = limitsOf(options.limits);
  // A CSV file is all text: its text limit, the lower by default, is the one to name first.
  if (sourceKind(input, options.format ?? 'auto') === 'csv' && input.byteLength > limits.textBytes) {
    const file = baseName(typeof options.fileName === 'string' ? options.fileName : '');
    throw tooLarge('textBytes', limits, { at: 'csvText', file, bytes: input.byteLength });
  }
  if (input.byteLength > limits.bytes) {
    throw tooLarge('bytes', limits, { at: 'file', bytes: input.byteLength });
  }
  if (options.fileName !== undefined && typeof options.fileName !== 'string') {
    throw errorOf('INVALID_OPTION', { notTextNamed }, { name: 'fileName', input: options.fileName });
  }
  const mapping = resolveMapping(options.mapping === undefined ? {} : parseMapping(options.mapping));
  const log = new IssueLog();
  const read: ReadContext = {
    allowOverflow: flagOption(options.allowOverflow, 'allowOverflow', false),
    onOverflow: (text, read) => log.warn(log.cursor, (w) => w.eraOverflow({ text, read })),
  };
  const source = readSource(input, options, mapping.mapping, log, limits);
  const { fields, refs, resolved } = planFields(source, options, mapping.mapping, read, log);
  const grid = source.program;
  const header = grid === null ? null : tableHeader(grid, mapping, read, log);
  if (grid === null || header === null) {
    log.throwIfAny(true);
    throw errorOf('IMPORT_FAILED', { noProgramTable }, {});
  }
  const reportYear = resolved.fiscalYear ?? yearFromHeaders(header);
  if (!checkColumns(header, grid, reportYear, log)) log.throwIfAny(true);
  const directions = new Directions(fields.directions ?? [], (n) => refs.get(`direction:${n}`) ?? null);
  const drafts = readPrograms({
    grid,
    header,
    read,
    log,
    reportYear,
    period: resolved.period,
    scale: resolved.scale,
    ratings: mapping.mapping.ratings ?? {},
    directions,
  });
  const fallback: CellRef = { sheet: grid.name, row: null, column: null };
  const built = buildPlan(resolved.head, refs, directions.list(log, fallback), drafts, fallback, log);
  const cellsRejected = log.issues.length > 0;
  // Checked even after rejected cells, so that one pass lists every problem; not without a
  // period, which every KPI's pace and every year's check needs.
  const checked = validateValue(built.document);
  if (!checked.ok && (!cellsRejected || resolved.period !== null))
    locateIssues(checked.issues, built.sources(), fallback, log);
  log.throwIfAny(cellsRejected);
  if (!checked.ok) throw errorOf('IMPORT_FAILED', { importedPlanInvalid }, {});
  if (drafts.length === 0) log.warn(fallback, (w) => w.noPrograms());
  return { plan: checked.plan as Plan, warnings: Object.freeze(log.warningsIn(lang)) };
}
