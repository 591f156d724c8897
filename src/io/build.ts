/*
 * The plan document built from what was read, with the cell behind each part, and the
 * translation of parsePlan's issues back to cells.
 */
import type { Direction, PlanSource } from '../plan/index.js';
import type { RatingScale } from '../rating/index.js';
import type { CellRef, IssueLog } from './issues.js';
import { type ProgramDraft, programId } from './table.js';

/** The plan-level parts of the document. */
export interface PlanHead {
  readonly id?: string;
  readonly municipality?: string;
  readonly title?: string;
  readonly period?: { readonly start: number; readonly end: number };
  readonly scale?: string | RatingScale;
  readonly source?: PlanSource;
  readonly notes?: readonly string[];
}

/** A plan document and the cell behind each path (`programs[3].reports.2023.rating`). */
export interface BuiltPlan {
  /** The document, in the plan layout, not yet checked. */
  readonly document: Record<string, unknown>;
  /** Path → cell, made when first asked for (only an import with problems needs it). */
  readonly sources: () => ReadonlyMap<string, CellRef>;
}

function nonEmpty<T>(list: readonly T[] | undefined): list is readonly T[] {
  return list !== undefined && list.length > 0;
}

function reportJson(
  report: ProgramDraft['reports'] extends Map<number, infer R> ? R : never,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ['planned', 'targets', 'results', 'issues'] as const) {
    if (nonEmpty(report[key])) out[key] = report[key];
  }
  if (report.rating !== undefined) out.rating = report.rating;
  for (const key of ['reasons', 'nextSteps'] as const) {
    if (nonEmpty(report[key])) out[key] = report[key];
  }
  return out;
}

function programJson(draft: ProgramDraft, fallback: CellRef, log: IssueLog): Record<string, unknown> {
  if (draft.direction === undefined) {
    log.reject(
      draft.refs.get('') ?? fallback,
      'MISSING_DIRECTION',
      'the program has no direction: add a 方向性 column, or a section row 方向性1 … above it',
    );
  }
  const reports = [...draft.reports]
    .sort(([a], [b]) => a - b)
    .map(([year, report]) => [String(year), reportJson(report)] as const)
    .filter(([, report]) => Object.keys(report).length > 0);
  const items = draft.actionItems.map((item) =>
    Object.keys(item.schedule).length === 0
      ? { name: item.name }
      : { name: item.name, schedule: item.schedule },
  );
  return {
    id: programId(draft),
    number: draft.number ?? 0,
    ...(draft.display === undefined ? {} : { display: draft.display }),
    name: draft.name ?? '',
    kind: draft.kind ?? 'implementation',
    direction: draft.direction ?? '',
    ...(nonEmpty(draft.approaches) ? { approaches: draft.approaches } : {}),
    ...(nonEmpty(items) ? { actionItems: items } : {}),
    ...(nonEmpty(draft.scheduleText) ? { scheduleText: draft.scheduleText.join('\n') } : {}),
    ...(nonEmpty(draft.kpis) ? { kpis: draft.kpis.map((k) => k.kpi) } : {}),
    ...(reports.length === 0 ? {} : { reports: Object.fromEntries(reports) }),
    ...(nonEmpty(draft.notes) ? { notes: draft.notes } : {}),
  };
}

/** The cell behind each path of the document built from these parts. */
function sourceMap(
  headRefs: ReadonlyMap<string, CellRef>,
  directions: { directions: readonly Direction[]; refs: ReadonlyMap<number, CellRef> },
  drafts: readonly ProgramDraft[],
): ReadonlyMap<string, CellRef> {
  const sources = new Map<string, CellRef>(headRefs);
  directions.directions.forEach((d, i) => {
    const ref = directions.refs.get(d.number);
    if (ref !== undefined) sources.set(`directions[${i}]`, ref);
  });
  drafts.forEach((draft, i) => {
    for (const [key, ref] of draft.refs) {
      sources.set(key === '' ? `programs[${i}]` : `programs[${i}].${key}`, ref);
    }
    // An id made from the number comes from the number's cell.
    const numberRef = draft.refs.get('number');
    if (!draft.refs.has('id') && numberRef !== undefined) sources.set(`programs[${i}].id`, numberRef);
    draft.kpis.forEach((kpi, j) => {
      for (const [key, ref] of kpi.refs) {
        sources.set(key === '' ? `programs[${i}].kpis[${j}]` : `programs[${i}].kpis[${j}].${key}`, ref);
      }
    });
  });
  return sources;
}

/**
 * Builds the plan document from the plan fields, the directions and the programs.
 * @internal
 */
export function buildPlan(
  head: PlanHead,
  headRefs: ReadonlyMap<string, CellRef>,
  directions: { directions: readonly Direction[]; refs: ReadonlyMap<number, CellRef> },
  drafts: readonly ProgramDraft[],
  fallback: CellRef,
  log: IssueLog,
): BuiltPlan {
  const programs = drafts.map((draft) => programJson(draft, fallback, log));
  let sources: ReadonlyMap<string, CellRef> | undefined;
  const document: Record<string, unknown> = {
    id: head.id,
    municipality: head.municipality,
    title: head.title,
    period: head.period,
    ...(head.scale === undefined ? {} : { scale: head.scale }),
    directions: directions.directions,
    programs,
    ...(head.source === undefined ? {} : { source: head.source }),
    ...(nonEmpty(head.notes) ? { notes: head.notes } : {}),
  };
  return { document, sources: () => (sources ??= sourceMap(headRefs, directions, drafts)) };
}

/**
 * The cell behind a document path: the path itself or its nearest recorded ancestor
 * (`programs[3].kpis[0].target.value` → the 目標値 cell).
 * @internal
 */
export function sourceOf(path: string, sources: ReadonlyMap<string, CellRef>, fallback: CellRef): CellRef {
  let at = path;
  while (at !== '') {
    const ref = sources.get(at);
    if (ref !== undefined) return ref;
    const cut = at.search(/(\.[^.[\]]+|\[\d+\])$/);
    at = cut <= 0 ? '' : at.slice(0, cut);
  }
  return fallback;
}
