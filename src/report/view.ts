/*
 * The report's tables as every format shows them: the words from the catalogue, the figures
 * from ReportData, each cell worked out here once. The text, Markdown and CSV renderers print
 * the cells; the HTML page marks the same cells up. So the formats cannot disagree.
 */
import { type ReportWords, wordsFor, type YearNames } from '../core/messages/index.js';
import { type FiscalYear, formatFiscalYear } from '../fiscal/index.js';
import { formatKpiValue, type KpiEvaluation, type KpiStatus, toDecimal } from '../kpi/index.js';
import type { AuditFinding, AuditSeverity, RatingAggregate, RatingTally } from '../plan/index.js';
import { formatYen } from './format.js';
import {
  programNumberOf,
  type ReportData,
  type ReportKpi,
  type ReportProgram,
  type ReportSection,
} from './model.js';

/** What a column holds, for the HTML page to mark up. @internal */
export type ViewColumnRole = 'label' | 'level' | 'extra' | 'rating' | 'status' | 'severity' | 'code';

/** A column of a report table. @internal */
export interface ViewColumn {
  readonly header: string;
  readonly align?: 'left' | 'right';
  readonly role?: ViewColumnRole;
}

/** A row: its cells as text, and what they stand for. @internal */
export interface ViewRow {
  readonly cells: readonly string[];
  /** The summary's total row. */
  readonly total?: boolean;
  readonly status?: KpiStatus;
  readonly severity?: AuditSeverity;
  /** The rating's place among the scale's levels. */
  readonly level?: number;
  readonly rating?: string;
}

/** A table of a report. @internal */
export interface ViewTable {
  readonly section: ReportSection;
  readonly title: string;
  readonly columns: readonly ViewColumn[];
  readonly rows: readonly ViewRow[];
  readonly note?: string;
}

/** How a renderer wants the cells. @internal */
export interface ViewOptions {
  /** What stands where a figure does not apply (`—`, or '' in CSV). */
  readonly missing: string;
  /** Money in 万/億 units. */
  readonly yenUnits: boolean;
  readonly sections: readonly ReportSection[];
}

/**
 * A fiscal year's names for the catalogue's templates.
 * @internal
 */
export function yearNames(fy: FiscalYear): YearNames {
  return {
    era: formatFiscalYear(fy),
    eraWithGregorian: formatFiscalYear(fy, { withGregorian: true }),
    fy: formatFiscalYear(fy, { style: 'fy' }),
    code: formatFiscalYear(fy, { style: 'code' }),
  };
}

/**
 * A fiscal year's names, with the plan's own spelling of its first and last years (平成32年度)
 * where the plan gives one, the Gregorian year beside it.
 */
function planYearNames(data: ReportData, fy: FiscalYear): YearNames {
  const names = yearNames(fy);
  const { spelling } = data.plan.period;
  const { period } = data;
  const spelled =
    fy === period.end && spelling?.end !== undefined
      ? period.endLabel
      : fy === period.start && spelling?.start !== undefined
        ? period.startLabel
        : null;
  return spelled === null ? names : { ...names, era: spelled, eraWithGregorian: `${spelled}（${fy}年度）` };
}

/**
 * The report's first lines: the municipality, title, year and plan period, in the reader's words.
 * @internal
 */
export function headingOf(data: ReportData, title: string = data.plan.title) {
  const w = wordsFor(data.lang).report;
  const year = (fy: FiscalYear) => w.year(planYearNames(data, fy));
  const { source } = data.plan;
  return {
    municipality: data.plan.municipality,
    title,
    year: `${year(data.fiscalYear)} ${w.progressReport}`,
    period: `${w.period}: ${w.range(year(data.period.start), year(data.period.end))}`,
    source:
      source === undefined
        ? null
        : `${w.source}: ${[source.title, source.publisher, source.asOf, source.url].filter((s) => s !== undefined).join(' / ')}`,
  };
}

/** A count with its share as the plan publishes it: `21 (84%)`, `2 (40.0%)`. */
function tallyCell(tally: RatingTally, code: string): string {
  const n = tally.counts[code] ?? 0;
  const share = tally.shareTexts?.[code];
  return share === undefined ? String(n) : `${n} (${share}%)`;
}

/**
 * The catalogue's report words, with the plan's own names for its directions and programs
 * (Plan.terms) where it gives them.
 * @internal
 */
export function planWordsOf(data: ReportData): ReportWords {
  const words = wordsFor(data.lang);
  const { terms } = data.plan;
  if (terms === undefined) return words.report;
  const t = words.reportTerms;
  const program = terms.program[data.lang];
  return {
    ...words.report,
    direction: terms.direction[data.lang],
    program: t.programName(program),
    detailed: t.detailed(program),
    programs: t.programs(program),
    shareNote: t.balancedNote(program),
  };
}

/** The note under a summary table: what the shares are of, and how they were rounded. */
function shareNoteOf(data: ReportData, aggregate: RatingAggregate): string {
  if (aggregate.shareConvention.method !== 'each') return planWordsOf(data).shareNote;
  const words = wordsFor(data.lang);
  const program = data.plan.terms?.program[data.lang] ?? words.report.program;
  return words.reportTerms.eachNote(program, aggregate.shareNote?.[data.lang] ?? null);
}

const EXTRAS = ['notApplicable', 'unrated', 'unknown'] as const;
type Extra = (typeof EXTRAS)[number];

/** Whether the summary shows a column for 対象外, 未評価 or codes off the scale. */
function showsExtra(aggregate: RatingAggregate, key: Extra): boolean {
  if (aggregate.total[key] > 0) return true;
  const { scale } = aggregate;
  if (key === 'notApplicable') return (scale.notApplicable ?? []).length > 0;
  return key === 'unrated' && (scale.unrated ?? []).length > 0;
}

/** A code and its wording as one header or cell: `S 特に良好に進捗`, or just `◎` when they agree. */
function codeAndLabel(code: string, label: string | undefined): string {
  return label === undefined || label === code ? code : `${code} ${label}`;
}

/** The score cells of a tally: the sum, the mean, and the band when the scale declares bands. */
function scoreCells(data: ReportData, aggregate: RatingAggregate, tally: RatingTally, o: ViewOptions) {
  const score = tally.score;
  if (score === null) return [];
  const cells = [score.total.toFixed(), score.mean === null ? o.missing : score.mean.toFixed()];
  if (aggregate.scale.bands === undefined) return cells;
  const band = score.band;
  return [...cells, band === null ? o.missing : codeAndLabel(band.code, band.label?.[data.lang])];
}

function scoreColumns(data: ReportData, aggregate: RatingAggregate): ViewColumn[] {
  if (aggregate.total.score === null) return [];
  const t = wordsFor(data.lang).reportTerms;
  const headers = [t.scoreTotal, t.scoreMean, ...(aggregate.scale.bands === undefined ? [] : [t.scoreBand])];
  return headers.map((header, i) => ({
    header,
    ...(i < 2 ? { align: 'right' as const } : {}),
    role: 'extra',
  }));
}

function summaryTable(
  data: ReportData,
  aggregate: RatingAggregate,
  title: string,
  o: ViewOptions,
): ViewTable {
  const w = planWordsOf(data);
  const extras = EXTRAS.filter((key) => showsExtra(aggregate, key));
  const row = (label: string, tally: RatingTally, total: boolean): ViewRow => ({
    cells: [
      label,
      ...aggregate.codes.map((code) => tallyCell(tally, code)),
      String(tally.rated),
      ...extras.map((key) => String(tally[key])),
      ...scoreCells(data, aggregate, tally, o),
    ],
    ...(total ? { total } : {}),
  });
  return {
    section: 'summary',
    title,
    columns: [
      { header: w.direction, role: 'label' },
      ...aggregate.scale.levels.map((level) => ({
        header: codeAndLabel(level.code, level.label[data.lang]),
        align: 'right' as const,
        role: 'level' as const,
      })),
      { header: w.total, align: 'right' },
      ...extras.map((key) => ({ header: w[key], align: 'right' as const, role: 'extra' as const })),
      ...scoreColumns(data, aggregate),
    ],
    rows: [
      ...aggregate.rows.map((r) => row(`${r.direction.number} ${r.direction.name}`, r, false)),
      row(w.total, aggregate.total, true),
    ],
    note: shareNoteOf(data, aggregate),
  };
}

/**
 * The title of the declared summary table: `集計表（公表値）（令和5年度末）`.
 * @internal
 */
export function declaredTitle(data: ReportData): string {
  const w = wordsFor(data.lang).report;
  return data.declaredAsOf === null ? w.declared : w.paren(w.declared, data.declaredAsOf);
}

/** A word of the catalogue's report section that is plain text (not a template). */
type WordKey = { [K in keyof ReportWords]: ReportWords[K] extends string ? K : never }[keyof ReportWords];

/** A column as data: its header's word, then how it aligns and what it holds. */
type ColumnSpec = readonly [WordKey, ('left' | 'right')?, ViewColumnRole?];

const PROGRAM_COLUMNS: readonly ColumnSpec[] = [
  ['number', 'right'],
  ['program'],
  ['direction'],
  ['rating', 'left', 'rating'],
  ['suggested'],
  ['kind'],
];

const KPI_COLUMNS: readonly ColumnSpec[] = [
  ['number', 'right'],
  ['kpi'],
  ['actual', 'right'],
  ['target', 'right'],
  ['yearTarget', 'right'],
  ['progress', 'right'],
  ['achievement', 'right'],
  ['status', 'left', 'status'],
];

const AUDIT_COLUMNS: readonly ColumnSpec[] = [
  ['severity', 'left', 'severity'],
  ['code', 'left', 'code'],
  ['subject'],
  ['message'],
];

function columnsOf(w: ReportWords, specs: readonly ColumnSpec[]): ViewColumn[] {
  return specs.map(([key, align, role]) => ({
    header: w[key],
    ...(align === 'right' ? { align } : {}),
    ...(role === undefined ? {} : { role }),
  }));
}

/** A table of the report from its columns (as data) and its rows. */
function tableOf(
  w: ReportWords,
  head: { readonly section: ReportSection; readonly title: string; readonly columns: readonly ColumnSpec[] },
  rows: readonly ViewRow[],
  note: string | null,
): ViewTable {
  return {
    section: head.section,
    title: head.title,
    columns: columnsOf(w, head.columns),
    rows,
    ...(note === null ? {} : { note }),
  };
}

function programRow(w: ReportWords, p: ReportProgram, missing: string): ViewRow {
  return {
    cells: [
      p.number,
      p.name,
      p.direction,
      p.rating === null ? missing : codeAndLabel(p.rating, p.ratingLabel ?? undefined),
      p.suggested ?? missing,
      p.kind === 'study' ? w.study : w.implementation,
    ],
    ...(p.rating === null ? {} : { rating: p.rating }),
    ...(p.level === null ? {} : { level: p.level }),
  };
}

/** A KPI's figure as text, in 万/億 for yen on request. */
function figure(e: KpiEvaluation, value: KpiEvaluation['actual'], o: ViewOptions): string {
  if (value === null) return o.missing;
  return o.yenUnits && e.unit === '円' ? formatYen(value, { units: true }) : formatKpiValue(value, e.unit);
}

/** The target: its level, or what the kind of target asks for. */
function targetText(k: ReportKpi, e: KpiEvaluation, w: ReportWords, o: ViewOptions): string {
  if (e.target !== null) return figure(e, e.target, o);
  const t = k.kpi.target;
  const lower = k.kpi.direction === 'lower';
  switch (t.kind) {
    case 'rate':
      return w.byRate(`${toDecimal(t.percent).toFixed()}%`, lower);
    case 'change':
      return w.byChange(formatKpiValue(toDecimal(t.amount), k.kpi.unit), lower);
    case 'no-worse':
      return w.noWorse(lower);
    case 'milestone':
      return `${w.due} ${t.due}`;
    default:
      return o.missing;
  }
}

function kpiRow(data: ReportData, k: ReportKpi, o: ViewOptions): ViewRow {
  const words = wordsFor(data.lang);
  const w = words.report;
  const e = k.evaluation;
  if (e === null) {
    // Words for the reader; the code stays in the JSON report (kpis[].notEvaluated).
    const why = w.paren(
      w.notEvaluated,
      k.notEvaluated === 'FISCAL_YEAR_OUTSIDE_PERIOD' ? w.outsideKpiPeriod : w.kpiContradicts,
    );
    return { cells: [k.programNumber, k.kpi.name, ...Array<string>(5).fill(o.missing), why] };
  }
  const percent = (d: KpiEvaluation['progress']) => (d === null ? o.missing : `${d.toFixed()}%`);
  const actual =
    e.actual !== null
      ? figure(e, e.actual, o)
      : e.completedOn !== null
        ? `${w.done} ${e.completedOn}`
        : o.missing;
  return {
    cells: [
      k.programNumber,
      e.name,
      actual,
      targetText(k, e, w, o),
      figure(e, e.yearTarget, o),
      percent(e.progress),
      percent(e.achievement),
      words.status[e.status],
    ],
    status: e.status,
  };
}

/** What a finding concerns: `12 文書の電子化・ペーパーレス化`, or a direction. */
function subjectOf(data: ReportData, f: AuditFinding): string {
  if (f.programId !== undefined) {
    const p = data.plan.programs.find((x) => x.id === f.programId);
    return p === undefined ? f.programId : `${programNumberOf(p)} ${p.name}`;
  }
  if (f.direction === undefined) return '';
  const d = data.plan.directions.find((x) => x.id === f.direction);
  return d === undefined ? f.direction : `${d.number} ${d.name}`;
}

/**
 * The audit's counts in words: `エラー 0 / 警告 0 / 情報 2`.
 * @internal
 */
export function auditCounts(data: ReportData): string {
  const severity = wordsFor(data.lang).severity;
  const { counts } = data.audit;
  return `${severity.error} ${counts.error} / ${severity.warning} ${counts.warning} / ${severity.info} ${counts.info}`;
}

function auditRow(data: ReportData, f: AuditFinding): ViewRow {
  return {
    cells: [wordsFor(data.lang).severity[f.severity], f.code, subjectOf(data, f), f.message[data.lang]],
    severity: f.severity,
  };
}

/**
 * The tables of a report, in order: the summary (the declared table, then the tally of the
 * detailed programs), the programs, the KPIs, the audit.
 * @internal
 */
export function tablesOf(data: ReportData, options: ViewOptions): ViewTable[] {
  const w = planWordsOf(data);
  const { sections } = options;
  const tables: ViewTable[] = [];
  if (sections.includes('summary')) {
    if (data.declared !== null) tables.push(summaryTable(data, data.declared, declaredTitle(data), options));
    tables.push(summaryTable(data, data.detailed, w.detailed, options));
  }
  if (sections.includes('programs')) {
    const rows = data.programs.map((p) => programRow(w, p, options.missing));
    tables.push(tableOf(w, { section: 'programs', title: w.programs, columns: PROGRAM_COLUMNS }, rows, null));
  }
  if (sections.includes('kpis')) {
    const rows = data.kpis.map((k) => kpiRow(data, k, options));
    const note = rows.length === 0 ? w.noKpis : null;
    tables.push(tableOf(w, { section: 'kpis', title: w.kpis, columns: KPI_COLUMNS }, rows, note));
  }
  if (sections.includes('audit')) {
    const rows = data.audit.findings.map((f) => auditRow(data, f));
    const note = rows.length === 0 ? w.noFindings : auditCounts(data);
    tables.push(tableOf(w, { section: 'audit', title: w.audit, columns: AUDIT_COLUMNS }, rows, note));
  }
  return tables;
}
