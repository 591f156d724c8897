/*
 * Walking the rows of a progress table: section rows, program rows, and the rows that continue
 * a program (merged or blank program cells) with more action items, KPIs or text.
 */

import { errorOf, quote } from '../core/errors.js';
import { notAProgramKind, notAProgramNumber, notARatingOn } from '../core/messages/errors-en.js';
import type { FiscalYear } from '../fiscal/index.js';
import type { ProgramKind } from '../plan/index.js';
import type { RatingScale } from '../rating/index.js';
import { readingOf } from '../rating/scale.js';
import { cellLines, cellText, type Grid, type GridCell, isBlank, type ReadContext } from './cells.js';
import type { Directions } from './directions.js';
import { type FieldId, fieldSpec, KIND_WORDS } from './fields.js';
import { type Column, repeatsHeader, type TableHeader } from './headers.js';
import { type CellRef, type IssueLog, readError } from './issues.js';
import { type KpiCell, type KpiDraft, kpiFromRow } from './kpi-row.js';
import { NO_VALUE_MARKS } from './number.js';

/** The report lists of a program for one fiscal year. */
type ReportList = 'planned' | 'targets' | 'results' | 'issues' | 'reasons' | 'nextSteps';

/** A program as read so far. */
export interface ProgramDraft {
  /** The cell behind each part, relative to the program: `''`, `number`, `reports.2023.rating` … */
  readonly refs: Map<string, CellRef>;
  number: number | null;
  display?: string;
  id?: string;
  name?: string;
  kind?: ProgramKind;
  direction?: string;
  readonly approaches: string[];
  readonly notes: string[];
  readonly scheduleText: string[];
  readonly actionItems: { name: string; schedule: Record<string, string> }[];
  readonly reports: Map<FiscalYear, Partial<Record<ReportList, string[]>> & { rating?: string }>;
  readonly kpis: KpiDraft[];
}

/** What walking the table needs. */
export interface TableContext {
  readonly grid: Grid;
  readonly header: TableHeader;
  readonly read: ReadContext;
  readonly log: IssueLog;
  readonly reportYear: FiscalYear | null;
  readonly period: { readonly start: FiscalYear; readonly end: FiscalYear } | null;
  readonly scale: RatingScale;
  readonly ratings: Readonly<Record<string, string>>;
  readonly directions: Directions;
}

const SECTION_DIRECTION = /^方向性\s*[0-9０-９]+/;
const SECTION_KIND = /^[◆◇■□●○◎\s]*(実施|検討)プログラム[◆◇■□●○◎\s]*$/;

/**
 * Reads a rating cell: a code on the scale (after the mapping's words, NFKC and upper case),
 * or null for a dash.
 * @internal
 */
export function ratingOf(
  text: string,
  scale: RatingScale,
  words: Readonly<Record<string, string>>,
): string | null {
  const t = text.trim();
  const mapped = words[t] ?? words[t.normalize('NFKC')];
  const allowed = new Set([...scale.levels.map((level) => level.code), ...(scale.notApplicable ?? [])]);
  for (const candidate of [mapped, t, t.normalize('NFKC'), t.normalize('NFKC').toUpperCase()]) {
    if (candidate !== undefined && allowed.has(candidate)) return candidate;
  }
  if (NO_VALUE_MARKS.has(t)) return null;
  // A 未評価 code, or a mark in a look-alike spelling (○ for 〇): the scale's own spelling.
  const reading = readingOf(scale, t);
  if (reading.kind !== 'unknown') return reading.code;
  throw errorOf(
    'UNKNOWN_RATING',
    { notARatingOn },
    { value: t, scale: scale.id, allowed: [...allowed] },
    { input: text },
  );
}

function kindOf(text: string): ProgramKind {
  const t = text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  for (const [kind, words] of Object.entries(KIND_WORDS) as [ProgramKind, readonly string[]][]) {
    if (words.some((w) => w === t)) return kind;
  }
  throw errorOf('INVALID_ARGUMENT', { notAProgramKind }, { value: text });
}

function numberOf(cell: GridCell | undefined): { number: number; display?: string } {
  const text = cellText(cell) ?? '';
  const digits = text.normalize('NFKC').trim().replace(/[.)]$/, '');
  if (!/^\d{1,6}$/.test(digits)) {
    throw errorOf('INVALID_NUMBER', { notAProgramNumber }, { value: text });
  }
  const number = Number(digits);
  return text === String(number) ? { number } : { number, display: text };
}

class Walker {
  readonly programs: ProgramDraft[] = [];
  #current: ProgramDraft | null = null;
  #direction: string | null = null;
  #kind: ProgramKind;
  readonly #byField = new Map<FieldId, Column[]>();

  constructor(readonly ctx: TableContext) {
    for (const column of ctx.header.columns) {
      const list = this.#byField.get(column.field) ?? [];
      list.push(column);
      this.#byField.set(column.field, list);
    }
    this.#kind = this.#byField.get('name')?.some((c) => c.study === true) ? 'study' : 'implementation';
    if (!this.#byField.has('number')) {
      ctx.log.warn({ sheet: ctx.grid.name, row: ctx.header.row, column: null }, (w) => w.noNumberColumn());
    }
  }

  ref(row: number, column: Column | null): CellRef {
    return column === null
      ? { sheet: this.ctx.grid.name, row, column: null }
      : { sheet: this.ctx.grid.name, row, column: column.column, header: column.header };
  }

  columns(field: FieldId): readonly Column[] {
    return this.#byField.get(field) ?? [];
  }

  /** Runs a read, logging a failure at the cell. */
  attempt<T>(ref: CellRef, read: () => T): T | undefined {
    this.ctx.log.cursor = ref;
    try {
      return read();
    } catch (error) {
      const { code, message } = readError(error);
      this.ctx.log.reject(ref, code, message);
      return undefined;
    }
  }

  walk(): ProgramDraft[] {
    const { grid, header } = this.ctx;
    for (let r = header.dataRow; r <= grid.rows.length; r++) {
      const row = grid.rows[r - 1] ?? [];
      if (row.every(isBlank) || repeatsHeader(row, header)) continue;
      if (this.section(row, r)) continue;
      this.dataRow(row, r);
    }
    this.#finish();
    return this.programs;
  }

  /** A row with one text, `方向性1 …` or `◆◇検討プログラム◇◆`: it sets what follows. */
  section(row: readonly (GridCell | undefined)[], r: number): boolean {
    const filled = row.map((cell, i) => ({ cell, i })).filter(({ cell }) => !isBlank(cell));
    if (filled.length !== 1) return false;
    const { cell, i } = filled[0] as { cell: GridCell; i: number };
    const ref: CellRef = { sheet: this.ctx.grid.name, row: r, column: i + 1 };
    if (cell.error !== undefined) {
      // A lone error cell (#DIV/0!, a formula never calculated) may be a section title or a
      // program: either way its value is unknown, so the row is reported and skipped.
      this.ctx.log.reject(ref, cell.error.code, cell.error.message);
      return true;
    }
    const text = cellText(cell) ?? '';
    if (SECTION_DIRECTION.test(text.normalize('NFKC'))) {
      this.#finish();
      this.#direction = this.ctx.directions.resolve(text, ref, this.ctx.log);
      return true;
    }
    const kind = SECTION_KIND.exec(text);
    if (kind === null) return false;
    this.#finish();
    this.#kind = kind[1] === '検討' ? 'study' : 'implementation';
    return true;
  }

  #finish(): void {
    if (this.#current !== null) this.programs.push(this.#current);
    this.#current = null;
  }

  cell(row: readonly (GridCell | undefined)[], column: Column | undefined): GridCell | undefined {
    return column === undefined ? undefined : row[column.column - 1];
  }

  dataRow(row: readonly (GridCell | undefined)[], r: number): void {
    const numberCol = this.columns('number')[0];
    const nameCol = this.columns('name')[0];
    const starts = !isBlank(this.cell(row, numberCol)) || !isBlank(this.cell(row, nameCol));
    if (starts) {
      this.#finish();
      this.#current = this.start(row, r, numberCol, nameCol);
    }
    const program = this.#current;
    if (program === null) {
      this.ctx.log.reject(
        this.ref(r, null),
        'NO_PROGRAM',
        'the row has data but no program number or name (and no program above it to continue)',
      );
      return;
    }
    this.scalars(program, row, r);
    this.lists(program, row, r);
    this.actionItems(program, row, r);
    this.kpi(program, row, r);
  }

  start(
    row: readonly (GridCell | undefined)[],
    r: number,
    numberCol?: Column,
    nameCol?: Column,
  ): ProgramDraft {
    const program: ProgramDraft = {
      refs: new Map([['', this.ref(r, nameCol ?? numberCol ?? null)]]),
      number: numberCol === undefined ? this.programs.length + 1 : null,
      approaches: [],
      notes: [],
      scheduleText: [],
      actionItems: [],
      reports: new Map(),
      kpis: [],
      kind: this.#kind,
      ...(this.#direction === null ? {} : { direction: this.#direction }),
    };
    if (numberCol !== undefined) {
      const ref = this.ref(r, numberCol);
      program.refs.set('number', ref);
      const cell = this.cell(row, numberCol);
      if (isBlank(cell)) this.ctx.log.reject(ref, 'MISSING_VALUE', 'a program needs a number');
      const read = isBlank(cell) ? undefined : this.attempt(ref, () => numberOf(cell));
      if (read !== undefined) {
        program.number = read.number;
        if (read.display !== undefined) program.display = read.display;
      }
    }
    const nameRef = this.ref(r, nameCol ?? null);
    program.refs.set('name', nameRef);
    const nameCell = this.cell(row, nameCol);
    if (isBlank(nameCell)) this.ctx.log.reject(nameRef, 'MISSING_VALUE', 'a program needs a name');
    else {
      const name = this.attempt(nameRef, () => cellText(nameCell));
      if (name !== undefined && name !== null) program.name = name;
    }
    return program;
  }

  /**
   * Sets a value of the program from a cell: the first row to give it sets it; a later row may
   * repeat it but not change it.
   */
  scalar(
    program: ProgramDraft,
    cell: { readonly at: GridCell | undefined; readonly ref: CellRef; readonly key: string },
    read: (text: string) => string | null,
    current: string | undefined,
    apply: (value: string) => void,
  ): void {
    if (isBlank(cell.at)) return;
    const value = this.attempt(cell.ref, () => read(cellText(cell.at) ?? ''));
    if (value === undefined || value === null) return;
    if (program.refs.has(cell.key) && value !== current) {
      this.ctx.log.reject(
        cell.ref,
        'CONFLICTING_VALUE',
        `${quote(value)} contradicts ${quote(current)} given above for the same program`,
      );
      return;
    }
    program.refs.set(cell.key, cell.ref);
    apply(value);
  }

  /** The id, kind, direction and ratings of a program. */
  scalars(program: ProgramDraft, row: readonly (GridCell | undefined)[], r: number): void {
    const at = (column: Column, key: string) => ({
      at: this.cell(row, column),
      ref: this.ref(r, column),
      key,
    });
    for (const column of this.columns('id')) {
      this.scalar(
        program,
        at(column, 'id'),
        (text) => text,
        program.id,
        (v) => {
          program.id = v;
        },
      );
    }
    for (const column of this.columns('kind')) {
      this.scalar(program, at(column, 'kind'), kindOf, program.kind, (v) => {
        program.kind = v as ProgramKind;
      });
    }
    for (const column of this.columns('direction')) {
      const cell = at(column, 'direction');
      const resolve = (text: string) => this.ctx.directions.resolve(text, cell.ref, this.ctx.log);
      this.scalar(program, cell, resolve, program.direction, (v) => {
        program.direction = v;
      });
    }
    for (const column of this.columns('rating')) {
      const year = this.yearOf(column);
      if (year === null) continue;
      const report = this.report(program, year);
      const rating = (text: string) => ratingOf(text, this.ctx.scale, this.ctx.ratings);
      this.scalar(program, at(column, `reports.${year}.rating`), rating, report.rating, (v) => {
        report.rating = v;
      });
    }
  }

  /** The fiscal year of a column: its own, else the report's (a missing one is reported at the header). */
  yearOf(column: Column): FiscalYear | null {
    return column.year ?? this.ctx.reportYear;
  }

  report(
    program: ProgramDraft,
    year: FiscalYear,
  ): Partial<Record<ReportList, string[]>> & { rating?: string } {
    let report = program.reports.get(year);
    if (report === undefined) {
      report = {};
      program.reports.set(year, report);
    }
    return report;
  }

  lists(program: ProgramDraft, row: readonly (GridCell | undefined)[], r: number): void {
    const append = (column: Column, into: string[]): void => {
      const cell = this.cell(row, column);
      if (isBlank(cell)) return;
      const lines = this.attempt(this.ref(r, column), () => cellLines(cell));
      if (lines) into.push(...lines);
    };
    for (const column of this.columns('approaches')) append(column, program.approaches);
    for (const column of this.columns('notes')) append(column, program.notes);
    for (const column of this.columns('scheduleText')) {
      const text = this.attempt(this.ref(r, column), () => cellText(this.cell(row, column)));
      if (text) program.scheduleText.push(text);
    }
    for (const field of ['planned', 'targets', 'results', 'issues', 'reasons', 'nextSteps'] as const) {
      for (const column of this.columns(field)) {
        if (isBlank(this.cell(row, column))) continue;
        const year = this.yearOf(column);
        if (year === null) continue;
        const report = this.report(program, year);
        const list = report[field] ?? [];
        report[field] = list;
        if (!program.refs.has(`reports.${year}.${field}`))
          program.refs.set(`reports.${year}.${field}`, this.ref(r, column));
        append(column, list);
      }
    }
  }

  /** 取組項目 and the year columns: one line per item, or the whole cell for a single item. */
  actionItems(program: ProgramDraft, row: readonly (GridCell | undefined)[], r: number): void {
    const items: string[] = [];
    for (const column of this.columns('actionItem')) {
      const lines = this.attempt(this.ref(r, column), () => cellLines(this.cell(row, column)));
      if (lines) items.push(...lines);
    }
    const schedule: { year: FiscalYear; text: string; lines: string[]; column: Column }[] = [];
    for (const column of this.columns('schedule')) {
      const text = this.attempt(this.ref(r, column), () => cellText(this.cell(row, column)));
      if (text && column.year !== null) {
        schedule.push({
          year: column.year,
          text,
          lines: text
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean),
          column,
        });
      }
    }
    const start = program.actionItems.length;
    program.actionItems.push(...items.map((name) => ({ name, schedule: {} })));
    for (const entry of schedule) {
      const key = String(entry.year);
      if (items.length === 1)
        (program.actionItems[start] as { schedule: Record<string, string> }).schedule[key] = entry.text;
      else if (items.length > 1 && entry.lines.length === items.length) {
        entry.lines.forEach((line, i) => {
          (program.actionItems[start + i] as { schedule: Record<string, string> }).schedule[key] = line;
        });
      } else {
        program.scheduleText.push(`${entry.column.header}: ${entry.text.replace(/\n/g, ' / ')}`);
        this.ctx.log.warn(this.ref(r, entry.column), (w) =>
          items.length === 0
            ? w.scheduleWithoutItem()
            : w.scheduleLines({ lines: entry.lines.length, items: items.length }),
        );
      }
    }
  }

  kpi(program: ProgramDraft, row: readonly (GridCell | undefined)[], r: number): void {
    const cells = new Map<FieldId, KpiCell[]>();
    let any = false;
    for (const column of this.ctx.header.columns) {
      if (fieldSpec(column.field).group !== 'kpi') continue;
      const cell = this.cell(row, column);
      if (!isBlank(cell)) any = true;
      const list = cells.get(column.field) ?? [];
      list.push({ column, cell, ref: this.ref(r, column) });
      cells.set(column.field, list);
    }
    if (!any) return;
    const id = `${programId(program)}-k${program.kpis.length + 1}`;
    const draft = kpiFromRow(
      cells,
      { read: this.ctx.read, log: this.ctx.log, reportYear: this.ctx.reportYear, period: this.ctx.period },
      id,
    );
    if (draft !== null) program.kpis.push(draft);
  }
}

/**
 * The id of a program: its own, or `p` and its number.
 * @internal
 */
export function programId(program: ProgramDraft): string {
  return program.id ?? `p${program.number ?? 0}`;
}

/**
 * Reads the programs of a progress table.
 * @internal
 */
export function readPrograms(ctx: TableContext): ProgramDraft[] {
  return new Walker(ctx).walk();
}
