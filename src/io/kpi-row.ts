/*
 * One KPI from the KPI cells of a row: name, unit, baseline, target, direction, per-year
 * targets and actuals.
 */

import { errorOf, MunikpiError } from '../core/errors.js';
import {
  notAKindOfTarget,
  notDirectionCell,
  notMilestoneCell,
  unitMismatch,
} from '../core/messages/errors-en.js';
import type { FiscalYear } from '../fiscal/index.js';
import { toDecimal } from '../kpi/index.js';
import {
  type CellDate,
  cellDate,
  cellFiscalYear,
  cellLines,
  cellNumber,
  cellText,
  type GridCell,
  isBlank,
  type ReadContext,
} from './cells.js';
import {
  DIRECTION_WORDS,
  type FieldId,
  MAINTAIN_WORD,
  MILESTONE_WORDS,
  TARGET_KIND_WORDS,
} from './fields.js';
import type { Column } from './headers.js';
import { type CellRef, type IssueLog, readError } from './issues.js';

/** A KPI cell of a row, with where it is. */
export interface KpiCell {
  /** The column. */
  readonly column: Column;
  /** The cell. */
  readonly cell: GridCell | undefined;
  /** Where it is. */
  readonly ref: CellRef;
}

/** What a KPI row needs from the import. */
export interface KpiContext {
  /** How cells are read. */
  readonly read: ReadContext;
  /** Where problems go. */
  readonly log: IssueLog;
  /** The fiscal year of columns without one of their own. */
  readonly reportYear: FiscalYear | null;
  /** The plan period, the KPI's period. */
  readonly period: { readonly start: FiscalYear; readonly end: FiscalYear } | null;
}

/** A KPI as plain JSON, with the cell of each part. */
export interface KpiDraft {
  /** The KPI in the plan layout. */
  readonly kpi: Record<string, unknown>;
  /** The cell behind each part: `''` (the KPI), `baseline`, `target`, `observations[0]` … */
  readonly refs: ReadonlyMap<string, CellRef>;
}

const KINDS = Object.keys(TARGET_KIND_WORDS);

function wordOf<K extends string>(
  text: string,
  words: Readonly<Record<K, readonly string[]>>,
): K | undefined {
  const t = text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  for (const [key, list] of Object.entries(words) as [K, readonly string[]][]) {
    if (key === t || list.some((w) => w.normalize('NFKC').toLowerCase() === t)) return key;
  }
  return undefined;
}

class Row {
  failed = false;
  readonly refs = new Map<string, CellRef>();
  constructor(
    readonly cells: ReadonlyMap<FieldId, readonly KpiCell[]>,
    readonly context: KpiContext,
  ) {}

  first(field: FieldId): KpiCell | undefined {
    return this.cells.get(field)?.find((c) => !isBlank(c.cell)) ?? this.cells.get(field)?.[0];
  }

  /** Reads a cell, logging a failure; undefined when blank or rejected. */
  read<T>(field: FieldId, read: (cell: KpiCell) => T | null): T | undefined {
    const c = this.first(field);
    if (c === undefined || isBlank(c.cell)) return undefined;
    return this.attempt(c, () => read(c));
  }

  attempt<T>(c: KpiCell, read: () => T | null): T | undefined {
    this.context.log.cursor = c.ref;
    try {
      return read() ?? undefined;
    } catch (error) {
      const { code, message } = readError(error);
      this.reject(c.ref, code, message);
      return undefined;
    }
  }

  reject(ref: CellRef, code: string, message: string): void {
    this.failed = true;
    this.context.log.reject(ref, code, message);
  }

  /** The fiscal year of a column: its own, else the report's (a missing one is reported at the header). */
  yearOf(c: KpiCell): FiscalYear | null {
    return c.column.year ?? this.context.reportYear;
  }
}

/** Reads a figure and keeps the unit written with it, checking it against the unit column. */
function figure(c: KpiCell, unit: { value: string | null }): string | null {
  const n = cellNumber(c.cell, unit.value ?? undefined);
  if (n === null) return null;
  if (n.unit !== null && (n.unit === '%' || n.unit === '円')) {
    if (unit.value === null || unit.value === '') unit.value = n.unit;
    else if (unit.value.normalize('NFKC') !== n.unit && !unit.value.endsWith(n.unit)) {
      throw errorOf('INVALID_NUMBER', { unitMismatch }, { unit: n.unit, written: unit.value });
    }
  }
  return n.value;
}

function targetKind(row: Row, value: string | undefined, due: string | undefined): string {
  const written = row.read('kpi.kind', (c) => {
    const text = cellText(c.cell) ?? '';
    // 「80%を維持」: a level to hold every year, judged against it, not against last year.
    if (value !== undefined && text.includes(MAINTAIN_WORD)) return 'annual';
    const kind = wordOf(text, TARGET_KIND_WORDS);
    if (kind === undefined) {
      throw errorOf('INVALID_KPI', { notAKindOfTarget }, { value: text, kinds: KINDS });
    }
    return kind;
  });
  if (written !== undefined) return written;
  if (value !== undefined) return 'level';
  return due === undefined ? 'monitor' : 'milestone';
}

function dueOf(date: CellDate): string {
  if (date.kind === 'day') return date.date;
  if (date.kind === 'month') return date.month;
  return `${String(date.fiscalYear + 1).padStart(4, '0')}-03`;
}

function baselineOf(row: Row, value: string | undefined): Record<string, unknown> | undefined {
  const date = row.read('kpi.baselineDate', (c) => cellDate(c.cell, row.context.read));
  const out: Record<string, unknown> = {};
  if (value !== undefined) out.value = value;
  if (date?.kind === 'day') out.asOf = date.date;
  else if (date?.kind === 'fiscal-year') out.fiscalYear = date.fiscalYear;
  else if (date?.kind === 'month') {
    const [y, m] = date.month.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const day = `${date.month}-${String(last).padStart(2, '0')}`;
    out.asOf = day;
    const c = row.first('kpi.baselineDate') as KpiCell;
    row.context.log.warn(c.ref, (w) => w.baselineMonth({ month: date.month, day }));
  }
  const ref = row.first(value === undefined ? 'kpi.baselineDate' : 'kpi.baseline');
  if (ref !== undefined) row.refs.set('baseline', ref.ref);
  return Object.keys(out).length === 0 ? undefined : out;
}

function targetOf(
  row: Row,
  anchor: CellRef,
  kind: string,
  value: string | undefined,
  due: string | undefined,
): Record<string, unknown> {
  const by = row.read('kpi.targetYear', (c) => cellFiscalYear(c.cell, row.context.read));
  const valueCell = row.first('kpi.target');
  if (valueCell !== undefined) row.refs.set('target', valueCell.ref);
  const need = (what: string): void => {
    row.reject(valueCell?.ref ?? anchor, 'MISSING_VALUE', `a ${kind} target needs ${what}`);
  };
  switch (kind) {
    case 'level':
    case 'change':
    case 'rate': {
      if (value === undefined) need('a 目標値');
      const key = kind === 'level' ? 'value' : kind === 'change' ? 'amount' : 'percent';
      return { kind, [key]: value ?? '0', ...(by === undefined ? {} : { by }) };
    }
    case 'annual':
    case 'count':
      if (value === undefined) need('a 目標値');
      return { kind, value: value ?? '0' };
    case 'milestone': {
      const deadline = due ?? (by === undefined ? undefined : `${by + 1}-03`);
      if (deadline === undefined) need('a 期限 or a 目標年度');
      return { kind, due: deadline ?? '2000-01' };
    }
    default:
      if (value !== undefined && valueCell !== undefined) {
        row.reject(valueCell.ref, 'INVALID_KPI', `a ${kind} target takes no 目標値`);
      }
      return { kind };
  }
}

function milestoneState(c: KpiCell, read: ReadContext): Record<string, unknown> {
  const text = cellText(c.cell) ?? '';
  const word = wordOf(text, MILESTONE_WORDS);
  if (word !== undefined) return { done: word === 'done' };
  let date: ReturnType<typeof cellDate> = null;
  try {
    date = cellDate(c.cell, read);
  } catch (error) {
    // Neither a word nor a date: the message below names both.
    if (!(error instanceof MunikpiError)) throw error;
  }
  if (date === null || date.kind === 'fiscal-year') {
    throw errorOf('INVALID_KPI', { notMilestoneCell }, { value: text });
  }
  return { done: true, on: date.kind === 'day' ? date.date : date.month };
}

function perYear(row: Row, field: 'kpi.yearTarget' | 'kpi.actual', read: (c: KpiCell) => unknown): PerYear {
  const out = new Map<FiscalYear, { value: unknown; ref: CellRef }>();
  for (const c of row.cells.get(field) ?? []) {
    if (isBlank(c.cell)) continue;
    const year = row.yearOf(c);
    const value = row.attempt(c, () => read(c));
    if (year !== null && value !== undefined) out.set(year, { value, ref: c.ref });
  }
  return out;
}

function directionOf(
  row: Row,
  kind: string,
  baseline: string | undefined,
  value: string | undefined,
): string | undefined {
  const written = row.read('kpi.direction', (c) => {
    const text = cellText(c.cell) ?? '';
    const word = wordOf(text, DIRECTION_WORDS);
    if (word === undefined) throw errorOf('INVALID_KPI', { notDirectionCell }, { value: text });
    return word;
  });
  if (written !== undefined) return written;
  // A level below the baseline can only mean that lower is better.
  if (
    kind === 'level' &&
    baseline !== undefined &&
    value !== undefined &&
    toDecimal(value).lt(toDecimal(baseline))
  ) {
    return 'lower';
  }
  return undefined;
}

/**
 * Builds one KPI from the KPI cells of a row; null when a cell was rejected (the log says why).
 * @internal
 */
export function kpiFromRow(
  cells: ReadonlyMap<FieldId, readonly KpiCell[]>,
  context: KpiContext,
  id: string,
): KpiDraft | null {
  const row = new Row(cells, context);
  const nameCell = row.first('kpi.name');
  const unreadable = nameCell?.cell?.error !== undefined;
  const name = nameCell === undefined || unreadable ? null : cellText(nameCell.cell);
  const anchor =
    name === null && !unreadable ? [...cells.values()].flat().find((c) => !isBlank(c.cell)) : nameCell;
  if (anchor === undefined) return null;
  row.refs.set('', anchor.ref);
  const error = nameCell?.cell?.error;
  if (error !== undefined) row.reject(anchor.ref, error.code, error.message);
  else if (name === null) row.reject(anchor.ref, 'MISSING_VALUE', 'KPI cells without a KPI name (指標名)');
  const unit = { value: row.read('kpi.unit', (c) => cellText(c.cell)) ?? null };
  const num = (field: FieldId): string | undefined => row.read(field, (c) => figure(c, unit));
  const baselineValue = num('kpi.baseline');
  const value = num('kpi.target');
  const yearTargets = perYear(row, 'kpi.yearTarget', (c) => figure(c, unit));
  const due = row.read('kpi.due', (c) => {
    const date = cellDate(c.cell, context.read);
    return date === null ? null : dueOf(date);
  });
  const kind = targetKind(row, value, due);
  const actuals = perYear(row, 'kpi.actual', (c) =>
    kind === 'milestone' ? milestoneState(c, context.read) : figure(c, unit),
  );
  const kpiId = row.read('kpi.id', (c) => cellText(c.cell)) ?? id;
  const direction = directionOf(row, kind, baselineValue, value);
  const baseline = baselineOf(row, baselineValue);
  const target = targetOf(row, anchor.ref, kind, value, due);
  const notes = row.read('kpi.notes', (c) => cellLines(c.cell));
  if (row.failed || name === null) return null;
  const parts = { id: kpiId, name, unit: unit.value ?? '', direction, baseline, target, notes };
  return { kpi: kpiJson(row, parts, kind === 'milestone', yearTargets, actuals), refs: row.refs };
}

type PerYear = ReadonlyMap<FiscalYear, { readonly value: unknown; readonly ref: CellRef }>;

/** The KPI in the plan layout, recording the cells of its per-year values. */
function kpiJson(
  row: Row,
  parts: {
    id: string;
    name: string;
    unit: string;
    direction: string | undefined;
    baseline: Record<string, unknown> | undefined;
    target: Record<string, unknown>;
    notes: string[] | undefined;
  },
  milestone: boolean,
  yearTargets: PerYear,
  actuals: PerYear,
): Record<string, unknown> {
  const observations = [...actuals.entries()]
    .sort(([a], [b]) => a - b)
    .map(([fiscalYear, { value, ref }], i) => {
      row.refs.set(`observations[${i}]`, ref);
      return milestone ? { fiscalYear, milestone: value } : { fiscalYear, value };
    });
  for (const [year, { ref }] of yearTargets) row.refs.set(`yearTargets.${year}`, ref);
  const targets = Object.fromEntries([...yearTargets].map(([year, { value }]) => [String(year), value]));
  const { period } = row.context;
  return {
    id: parts.id,
    name: parts.name,
    unit: parts.unit,
    ...(parts.direction === undefined ? {} : { direction: parts.direction }),
    ...(parts.baseline === undefined ? {} : { baseline: parts.baseline }),
    target: parts.target,
    ...(yearTargets.size === 0 ? {} : { yearTargets: targets }),
    ...(period === null ? {} : { period: { ...period } }),
    ...(observations.length === 0 ? {} : { observations }),
    ...(parts.notes === undefined ? {} : { notes: parts.notes }),
  };
}
