/*
 * The plan-level fields of an import (id, municipality, title, period, the report's fiscal
 * year, the scale, the source, the directions), from options or from the 計画 sheet.
 */

import { errorOf } from '../core/errors.js';
import { cellPeriodBackwards, notAPlanPeriodCell, notAScaleName } from '../core/messages/errors-en.js';
import { findWarekiDates } from '../era/index.js';
import type { FiscalYear, FiscalYearInput } from '../fiscal/index.js';
import type { PlanSource } from '../plan/index.js';
import { RATING_SCALES, type RatingScale } from '../rating/index.js';
import {
  cellFiscalYear,
  cellLines,
  cellText,
  fiscalYearOfText,
  type Grid,
  type GridCell,
  isBlank,
  type ReadContext,
} from './cells.js';
import { type CellRef, type IssueLog, readError } from './issues.js';

/** A direction given with the plan fields: `方向性1` → `地域資源によるサービスの実現`. */
export interface DirectionField {
  /** The direction's number. */
  readonly number: number;
  /** Its name. */
  readonly name: string;
  /** How many programs the plan says it has. */
  readonly programCount?: number;
}

/** A plan period by its first and last fiscal year, as numbers or text (`R3`, `令和6年度`). */
export interface PeriodInput {
  /** The first fiscal year. */
  readonly start: FiscalYearInput;
  /** The last fiscal year. */
  readonly end: FiscalYearInput;
}

/** The plan-level fields of an import; each overrides the same field of the 計画 sheet. */
export interface PlanFields {
  /** The plan id, e.g. `kodaira-management-policy-1`. */
  readonly id?: string;
  /** The municipality, e.g. `小平市`. */
  readonly municipality?: string;
  /** The plan's title. */
  readonly title?: string;
  /** The plan period: `{ start: 'R3', end: 'R6' }` or text such as `令和3年度～令和6年度`. */
  readonly period?: PeriodInput | string;
  /** The fiscal year the table reports (its 評価, 実績, 当初予定 …): 2023, `'令和5年度'`, `'R5'`. */
  readonly fiscalYear?: FiscalYearInput;
  /** The rating scale: a preset id (`kodaira-sab`) or key (`kodaira`), or a scale; default S/A/B. */
  readonly scale?: string | RatingScale;
  /** Where the data comes from. */
  readonly source?: PlanSource;
  /** Remarks about the data. */
  readonly notes?: readonly string[];
  /** The directions, when the table gives only their numbers. */
  readonly directions?: readonly DirectionField[];
}

/** A key of the 計画 sheet: the plan field its value sets. */
export type PlanKey =
  | 'id'
  | 'municipality'
  | 'title'
  | 'period'
  | 'start'
  | 'end'
  | 'fiscalYear'
  | 'scale'
  | 'source.title'
  | 'source.publisher'
  | 'source.asOf'
  | 'source.url'
  | 'notes'
  | 'direction';

/** One key of the 計画 sheet. */
export interface PlanKeySpec {
  /** The plan field it sets. */
  readonly key: PlanKey;
  /** The words recognised for it in column A (the first is what the template writes). */
  readonly aliases: readonly string[];
  /** What the value in column B holds. */
  readonly description: string;
}

/**
 * The keys of the 計画 sheet: the plan field each sets, the words recognised for it in column A,
 * and what the value in column B holds.
 *
 * @example
 * import { PLAN_KEYS } from 'munikpi/io';
 * PLAN_KEYS.find((k) => k.key === 'fiscalYear')?.aliases; // ['報告年度', '対象年度', '評価年度']
 */
export const PLAN_KEYS: readonly PlanKeySpec[] = [
  { key: 'id', aliases: ['ID', '計画ID'], description: 'The plan id (`kodaira-management-policy-1`).' },
  {
    key: 'municipality',
    aliases: ['自治体', '自治体名', '団体名'],
    description: 'The municipality (`小平市`).',
  },
  { key: 'title', aliases: ['計画名', '名称', 'タイトル'], description: "The plan's title." },
  {
    key: 'period',
    aliases: ['計画期間', '期間'],
    description: 'The plan period: `令和3年度～令和6年度`, `R3～R6`, `2021-2024`.',
  },
  { key: 'start', aliases: ['開始年度'], description: 'Or the first fiscal year …' },
  { key: 'end', aliases: ['終了年度'], description: '… and the last.' },
  {
    key: 'fiscalYear',
    aliases: ['報告年度', '対象年度', '評価年度'],
    description: 'The fiscal year the table reports (`令和5年度`); default the year in the report headers.',
  },
  {
    key: 'scale',
    aliases: ['評価尺度', '尺度'],
    description: 'A rating scale id (see the list above) or key (`kodaira`); default `kodaira-sab`.',
  },
  { key: 'source.title', aliases: ['出典', '資料名'], description: 'The source document.' },
  { key: 'source.publisher', aliases: ['発行者', '作成者'], description: 'Who published it.' },
  {
    key: 'source.asOf',
    aliases: ['時点', '作成時点'],
    description: 'The point in time it reports (`令和5年度末`).',
  },
  { key: 'source.url', aliases: ['URL'], description: 'Where to find it.' },
  { key: 'notes', aliases: ['備考'], description: 'Remarks about the data, one per line.' },
  {
    key: 'direction',
    aliases: ['方向性1', '方向性2', '…'],
    description: 'A direction by number: `方向性1` → `地域資源によるサービスの実現 (8プログラム)`.',
  },
];

const KEY_WORDS: ReadonlyMap<string, PlanKey> = new Map(
  PLAN_KEYS.flatMap((entry) =>
    [...entry.aliases, entry.key].map((alias) => [alias.normalize('NFKC').toLowerCase(), entry.key] as const),
  ),
);

/** Plan fields read from a sheet, with the cell each came from. */
export interface SheetPlanFields {
  /** The fields. */
  readonly fields: PlanFields;
  /** The cell of each field (`id`, `period`, `fiscalYear`, `direction:1` …). */
  readonly refs: ReadonlyMap<string, CellRef>;
  /** The keys that had a value, read or rejected. */
  readonly tried: ReadonlySet<string>;
}

/**
 * Reads a plan period from text: `令和3年度～令和6年度`, `令和 6~7 年度`, `R3～R6`, `2021-2024`.
 * @internal
 */
export function periodOfText(text: string, context: ReadContext): { start: FiscalYear; end: FiscalYear } {
  const found = findWarekiDates(text, { allowOverflow: context.allowOverflow });
  const only = found.length === 1 ? found[0] : undefined;
  if (only?.kind === 'fiscal-year-range' && only.toYear !== null) {
    // A range may overflow in its second year only: compare with a strict reading.
    const strict = context.allowOverflow ? findWarekiDates(text) : found;
    if (strict.length !== 1 || strict[0]?.toYear !== only.toYear) {
      context.onOverflow(only.text, `${only.year}–${only.toYear}`);
    }
    return { start: only.year, end: only.toYear };
  }
  const parts = text
    .normalize('NFKC')
    .split(/~|〜|-|–|—|から|まで/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length !== 2) {
    throw errorOf('INVALID_FISCAL_YEAR', { notAPlanPeriodCell }, { input: text });
  }
  const start = fiscalYearOfText(parts[0] as string, context);
  const end = fiscalYearOfText(parts[1] as string, context);
  if (end < start) {
    throw errorOf('INVALID_FISCAL_YEAR', { cellPeriodBackwards }, { input: text });
  }
  return { start, end };
}

/**
 * A direction label: `方向性1 地域資源によるサービスの実現 (8プログラム)`, `1 …`, `1. …`.
 * @internal
 */
export function directionOfText(text: string): {
  number: number | null;
  name: string | null;
  programCount?: number;
} {
  let rest = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  let programCount: number | undefined;
  const count = /\s*[(]\s*(\d+)\s*プログラム\s*[)]$/.exec(rest);
  if (count !== null) {
    programCount = Number(count[1]);
    rest = rest.slice(0, count.index).trim();
  }
  const m = /^(?:方向性)?\s*(\d+)\s*[.:、)]?\s*(.*)$/.exec(rest);
  const number = m === null ? null : Number(m[1]);
  const name = (m === null ? rest.replace(/^方向性\s*/, '') : (m[2] ?? '')).trim();
  return { number, name: name === '' ? null : name, ...(programCount === undefined ? {} : { programCount }) };
}

function scaleOfText(text: string): string {
  const scales: Readonly<Record<string, RatingScale>> = RATING_SCALES as unknown as Record<
    string,
    RatingScale
  >;
  const byKey = scales[text];
  if (byKey !== undefined) return byKey.id;
  const byId = Object.values(scales).find((scale) => scale.id === text);
  if (byId !== undefined) return byId.id;
  const known = Object.values(scales)
    .map((scale) => scale.id)
    .join(', ');
  throw errorOf('INVALID_SCALE', { notAScaleName }, { input: text, known });
}

/**
 * The id of a scale given as a preset id or key.
 * @internal
 */
export function scaleId(text: string): string {
  return scaleOfText(text.trim());
}

interface RawFields {
  id?: string;
  municipality?: string;
  title?: string;
  period?: { start: FiscalYear; end: FiscalYear };
  start?: FiscalYear;
  end?: FiscalYear;
  fiscalYear?: FiscalYear;
  scale?: string;
  notes?: string[];
  source: Partial<Record<keyof PlanSource, string>>;
}

function readValue(key: PlanKey, cell: GridCell | undefined, context: ReadContext, out: RawFields): void {
  const text = (): string => cellText(cell) ?? '';
  const fy = (): FiscalYear | undefined => cellFiscalYear(cell, context) ?? undefined;
  switch (key) {
    case 'id':
    case 'municipality':
    case 'title':
      out[key] = text();
      return;
    case 'period':
      out.period = periodOfText(text(), context);
      return;
    case 'start':
    case 'end':
    case 'fiscalYear': {
      const year = fy();
      if (year !== undefined) out[key] = year;
      return;
    }
    case 'scale':
      out.scale = scaleId(text());
      return;
    case 'notes':
      out.notes = cellLines(cell) ?? [];
      return;
    case 'direction':
      return;
    default:
      out.source[key.slice('source.'.length) as keyof PlanSource] = text();
  }
}

/** The plan period from 計画期間, or from 開始年度 and 終了年度. */
function periodOf(raw: RawFields, refs: Map<string, CellRef>, log: IssueLog): PlanFields['period'] {
  if (raw.period !== undefined) return raw.period;
  if (raw.start === undefined && raw.end === undefined) return undefined;
  if (raw.start === undefined || raw.end === undefined) {
    log.reject(
      refs.get('period') as CellRef,
      'MISSING_VALUE',
      'give both 開始年度 and 終了年度, or 計画期間',
    );
    return undefined;
  }
  return { start: raw.start, end: raw.end };
}

function sourceOf(raw: RawFields, refs: Map<string, CellRef>, log: IssueLog): PlanSource | undefined {
  const { title, publisher, asOf, url } = raw.source;
  if (title === undefined) {
    const given = (['publisher', 'asOf', 'url'] as const).find((k) => raw.source[k] !== undefined);
    if (given !== undefined) {
      log.reject(refs.get(`source.${given}`) as CellRef, 'MISSING_VALUE', 'a source needs a title (出典)');
    }
    return undefined;
  }
  return {
    title,
    ...(publisher === undefined ? {} : { publisher }),
    ...(asOf === undefined ? {} : { asOf }),
    ...(url === undefined ? {} : { url }),
  };
}

/**
 * Reads the 計画 sheet: key/value rows (key in column A, value in column B, anything to the
 * right ignored). Rejected values go to the log.
 * @internal
 */
export function readPlanSheet(grid: Grid, context: ReadContext, log: IssueLog): SheetPlanFields {
  const raw: RawFields = { source: {} };
  const refs = new Map<string, CellRef>();
  const directions: DirectionField[] = [];
  const tried = new Set<string>();
  grid.rows.forEach((row, r) => {
    const keyCell = row[0];
    if (keyCell?.error !== undefined) {
      log.reject({ sheet: grid.name, row: r + 1, column: 1 }, keyCell.error.code, keyCell.error.message);
      return;
    }
    const keyText = cellText(keyCell);
    if (keyText === null) return;
    const normal = keyText.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
    if (['項目', 'キー', 'key'].includes(normal)) return;
    const ref: CellRef = { sheet: grid.name, row: r + 1, column: 2, header: keyText };
    const value = row[1];
    const dir = /^方向性(\d+)$/.exec(normal);
    const key = dir === null ? KEY_WORDS.get(normal) : 'direction';
    if (key === undefined) {
      log.warn({ sheet: grid.name, row: r + 1, column: 1 }, (w) => w.unknownPlanKey({ key: keyText }));
      return;
    }
    if (value === undefined || isBlank(value)) return;
    tried.add(key === 'start' || key === 'end' ? 'period' : key);
    log.cursor = ref;
    try {
      if (dir !== null) {
        const parsed = directionOfText(cellText(value) ?? '');
        directions.push({
          number: Number(dir[1]),
          name: parsed.name ?? (cellText(value) as string),
          ...(parsed.programCount === undefined ? {} : { programCount: parsed.programCount }),
        });
        refs.set(`direction:${Number(dir[1])}`, ref);
        return;
      }
      readValue(key, value, context, raw);
      refs.set(key === 'start' || key === 'end' ? 'period' : key, ref);
    } catch (error) {
      const { code, message } = readError(error);
      log.reject(ref, code, message);
    }
  });
  const period = periodOf(raw, refs, log);
  const source = sourceOf(raw, refs, log);
  if (refs.has('source.title')) refs.set('source', refs.get('source.title') as CellRef);
  const fields: PlanFields = {
    ...(raw.id === undefined ? {} : { id: raw.id }),
    ...(raw.municipality === undefined ? {} : { municipality: raw.municipality }),
    ...(raw.title === undefined ? {} : { title: raw.title }),
    ...(period === undefined ? {} : { period }),
    ...(raw.fiscalYear === undefined ? {} : { fiscalYear: raw.fiscalYear }),
    ...(raw.scale === undefined ? {} : { scale: raw.scale }),
    ...(source === undefined ? {} : { source }),
    ...(raw.notes === undefined ? {} : { notes: raw.notes }),
    ...(directions.length === 0 ? {} : { directions }),
  };
  return { fields, refs, tried };
}
