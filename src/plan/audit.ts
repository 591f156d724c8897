import { MunikpiError, optionsOf } from '../core/errors.js';
import { withInspect } from '../core/inspect.js';
import type { FiscalYear } from '../fiscal/index.js';
import { compiled } from '../kpi/compile.js';
import type { EvaluateOptions, Kpi } from '../kpi/index.js';
import { type Labels, levelOf, type RatingLevel, readingOf } from '../rating/scale.js';
import { scaleOf } from './aggregate.js';
import { checkPlan, checkYear, isSealed } from './check.js';
import { type RatingSuggestion, reasonOf, suggestFor } from './suggest.js';
import type { DeclaredSummary, DeclaredSummaryRow, Plan, Program, ProgramReport } from './types.js';

/** The optional parts of a finding. */
interface FindingExtra {
  readonly programId?: string;
  readonly direction?: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * A finding whose message is put into words when first read: a national audit makes many and
 * reads few. It serialises as the plain AuditFinding it is.
 */
/** Whether any line of a report's results has text. */
function hasText(lines: readonly string[] | undefined): boolean {
  if (lines === undefined) return false;
  // Indexed loops over plan data: the arrays are frozen, and for…of over them allocates.
  for (let i = 0; i < lines.length; i++) if ((lines[i] as string).trim() !== '') return true;
  return false;
}

class Finding implements AuditFinding {
  readonly code: AuditCode;
  readonly severity: AuditSeverity;
  readonly programId?: string;
  readonly direction?: string;
  readonly data?: Readonly<Record<string, unknown>>;
  #words: (() => Labels) | null;
  #message: Labels | null = null;

  constructor(code: AuditCode, words: () => Labels, extra?: FindingExtra) {
    this.code = code;
    this.severity = AUDIT_CODES[code].severity;
    if (extra?.programId !== undefined) this.programId = extra.programId;
    if (extra?.direction !== undefined) this.direction = extra.direction;
    if (extra?.data !== undefined) this.data = extra.data;
    this.#words = words;
  }

  get message(): Labels {
    if (this.#message === null) {
      this.#message = (this.#words as () => Labels)();
      this.#words = null;
    }
    return this.#message;
  }

  toJSON(): AuditFinding {
    return {
      code: this.code,
      severity: this.severity,
      message: this.message,
      ...(this.programId === undefined ? {} : { programId: this.programId }),
      ...(this.direction === undefined ? {} : { direction: this.direction }),
      ...(this.data === undefined ? {} : { data: this.data }),
    };
  }

  [INSPECT](): AuditFinding {
    return this.toJSON();
  }
}

const structural = new WeakMap<Plan, readonly AuditFinding[]>();

/**
 * The findings that do not depend on the fiscal year: duplicate ids and numbers, unknown
 * directions, broken KPIs, reports outside the period, ratings off the scale.
 */
function structuralFindings(plan: Plan): readonly AuditFinding[] {
  const kept = structural.get(plan);
  if (kept !== undefined) return kept;
  const findings: AuditFinding[] = [];
  const add = (code: AuditCode, words: () => Labels, extra?: FindingExtra) => {
    findings.push(new Finding(code, words, extra));
  };
  const scale = scaleOf(plan);
  const { start, end } = plan.period;
  const directionIds = new Set<string>();
  for (const d of plan.directions) {
    if (directionIds.has(d.id)) {
      add(
        'DUPLICATE_DIRECTION_ID',
        () => ({ ja: `方向性ID「${d.id}」が重複しています`, en: `direction id "${d.id}" appears twice` }),
        {
          direction: d.id,
        },
      );
    }
    directionIds.add(d.id);
  }
  const ids = new Set<string>();
  const numbers = new Map<number, string>();
  const kpiIds = new Set<string>();
  for (let p = 0; p < plan.programs.length; p++) {
    const program = plan.programs[p] as Program;
    const at = { programId: program.id };
    if (ids.has(program.id)) {
      add(
        'DUPLICATE_PROGRAM_ID',
        () => ({
          ja: `プログラムID「${program.id}」が重複しています`,
          en: `program id "${program.id}" appears twice`,
        }),
        at,
      );
    }
    ids.add(program.id);
    const other = numbers.get(program.number);
    if (other !== undefined) {
      add(
        'DUPLICATE_PROGRAM_NUMBER',
        () => ({
          ja: `プログラム番号${program.number}が「${other}」と「${program.id}」で重複しています`,
          en: `program number ${program.number} is used by "${other}" and "${program.id}"`,
        }),
        { ...at, data: { number: program.number, others: [other] } },
      );
    } else numbers.set(program.number, program.id);
    if (!directionIds.has(program.direction)) {
      add(
        'UNKNOWN_DIRECTION',
        () => ({
          ja: `プログラム${program.number}の方向性「${program.direction}」が計画にありません`,
          en: `program ${program.number} names direction "${program.direction}", which the plan lacks`,
        }),
        { ...at, direction: program.direction },
      );
    }
    const kpis = program.kpis ?? [];
    for (let k = 0; k < kpis.length; k++) {
      const kpi = kpis[k] as Kpi;
      if (kpiIds.has(kpi.id)) {
        add(
          'DUPLICATE_KPI_ID',
          () => ({ ja: `KPI ID「${kpi.id}」が重複しています`, en: `KPI id "${kpi.id}" appears twice` }),
          at,
        );
      }
      kpiIds.add(kpi.id);
      try {
        compiled(kpi);
      } catch (error) {
        if (!(error instanceof MunikpiError)) throw error;
        add(
          'INVALID_KPI',
          () => ({ ja: `KPI「${kpi.name}」: ${error.message}`, en: `KPI "${kpi.name}": ${error.message}` }),
          {
            ...at,
            data: { kpiId: kpi.id, error: error.code },
          },
        );
      }
    }
    const reports = (program.reports ?? {}) as Readonly<Record<string, ProgramReport>>;
    for (const year of Object.keys(reports)) {
      const report = reports[year] as ProgramReport;
      const y = Number(year);
      if (!(y >= start && y <= end)) {
        add(
          'REPORT_OUTSIDE_PERIOD',
          () => ({
            ja: `プログラム${program.number}に計画期間外（${year}年度）の報告があります`,
            en: `program ${program.number} has a report for ${year}, outside the plan period`,
          }),
          at,
        );
      }
      const code = report.rating;
      if (code !== undefined && readingOf(scale, code).kind === 'unknown') {
        add(
          'RATING_NOT_ON_SCALE',
          () => ({
            ja: `プログラム${program.number}の${year}年度評価「${code}」は評価区分にありません`,
            en: `program ${program.number}: rating "${code}" for ${year} is not on the scale (${scale.levels.map((l) => l.code).join(', ')})`,
          }),
          { ...at, data: { fiscalYear: y, rating: code } },
        );
      }
    }
  }
  if (isSealed(plan)) structural.set(plan, findings);
  return findings;
}

/** How serious a finding is: `error` makes the CLI exit 1. */
export type AuditSeverity = 'error' | 'warning' | 'info';

/** A finding code; {@link AUDIT_CODES} gives its severity and meaning. */
export type AuditCode =
  | 'FISCAL_YEAR_OUTSIDE_PLAN'
  | 'DUPLICATE_DIRECTION_ID'
  | 'DUPLICATE_PROGRAM_ID'
  | 'DUPLICATE_PROGRAM_NUMBER'
  | 'UNKNOWN_DIRECTION'
  | 'DUPLICATE_KPI_ID'
  | 'INVALID_KPI'
  | 'RATING_NOT_ON_SCALE'
  | 'REPORT_OUTSIDE_PERIOD'
  | 'MISSING_REPORT'
  | 'MISSING_RATING'
  | 'MISSING_RESULTS'
  | 'KPI_BEHIND_RATED_AHEAD'
  | 'RATING_DIFFERS_FROM_SUGGESTION'
  | 'SUMMARY_ROW_MISMATCH'
  | 'SUMMARY_TOTAL_MISMATCH'
  | 'SUMMARY_DIRECTION_COUNT'
  | 'SUMMARY_EXCEEDED'
  | 'SUMMARY_MISMATCH'
  | 'UNDETAILED_PROGRAMS';

/** The severity and meaning of a finding code. */
export interface AuditCodeInfo {
  /** How serious findings of this code are. */
  readonly severity: AuditSeverity;
  /** What the code means. */
  readonly meaning: string;
}

/**
 * Every finding the audit can make, with its severity and meaning.
 *
 * @example
 * import { AUDIT_CODES } from 'munikpi';
 * AUDIT_CODES.SUMMARY_EXCEEDED.severity; // 'error'
 */
export const AUDIT_CODES: Readonly<Record<AuditCode, AuditCodeInfo>> = Object.freeze({
  FISCAL_YEAR_OUTSIDE_PLAN: {
    severity: 'error',
    meaning: 'The audited fiscal year lies outside the plan period.',
  },
  DUPLICATE_DIRECTION_ID: { severity: 'error', meaning: 'Two directions share an id.' },
  DUPLICATE_PROGRAM_ID: { severity: 'error', meaning: 'Two programs share an id.' },
  DUPLICATE_PROGRAM_NUMBER: { severity: 'error', meaning: 'Two programs share a number.' },
  UNKNOWN_DIRECTION: {
    severity: 'error',
    meaning: 'A program or summary row names a direction the plan lacks.',
  },
  DUPLICATE_KPI_ID: { severity: 'error', meaning: 'Two KPIs of the plan share an id.' },
  INVALID_KPI: { severity: 'error', meaning: 'A KPI contradicts itself; the data names the error code.' },
  RATING_NOT_ON_SCALE: { severity: 'error', meaning: "A rating that is not a code on the plan's scale." },
  REPORT_OUTSIDE_PERIOD: {
    severity: 'warning',
    meaning: 'A yearly report for a fiscal year outside the plan period.',
  },
  MISSING_REPORT: { severity: 'warning', meaning: 'An implementation program has no report for the year.' },
  MISSING_RATING: { severity: 'warning', meaning: 'An implementation program has a report but no rating.' },
  MISSING_RESULTS: { severity: 'warning', meaning: 'A rated report with no results text (取組実績).' },
  KPI_BEHIND_RATED_AHEAD: { severity: 'warning', meaning: 'Rated ahead of plan while a KPI is behind.' },
  RATING_DIFFERS_FROM_SUGGESTION: {
    severity: 'info',
    meaning: 'The official rating differs from the one its KPIs suggest.',
  },
  SUMMARY_ROW_MISMATCH: {
    severity: 'error',
    meaning: "A summary row's counts do not add up to its program count.",
  },
  SUMMARY_TOTAL_MISMATCH: { severity: 'error', meaning: 'The 計 row is not the sum of the rows.' },
  SUMMARY_DIRECTION_COUNT: {
    severity: 'warning',
    meaning: "A summary row's program count differs from the direction's declared count.",
  },
  SUMMARY_EXCEEDED: {
    severity: 'error',
    meaning: 'The detailed programs hold more of a rating than the declared summary.',
  },
  SUMMARY_MISMATCH: {
    severity: 'error',
    meaning: 'The detailed programs cannot add up to the declared summary.',
  },
  UNDETAILED_PROGRAMS: {
    severity: 'info',
    meaning: 'The summary covers programs the data does not detail; says what they must be rated.',
  },
});

/** One thing the audit found. */
export interface AuditFinding {
  /** What was found; see {@link AUDIT_CODES}. */
  readonly code: AuditCode;
  /** How serious it is. */
  readonly severity: AuditSeverity;
  /** What was found, in Japanese and English. */
  readonly message: Labels;
  /** The program concerned, if one is. */
  readonly programId?: string;
  /** The direction concerned, if one is. */
  readonly direction?: string;
  /** Figures behind the finding. */
  readonly data?: Readonly<Record<string, unknown>>;
}

/** The result of {@link auditPlan}. */
export interface AuditReport {
  /** The plan's id. */
  readonly planId: string;
  /** The fiscal year audited. */
  readonly fiscalYear: FiscalYear;
  /** Every finding, errors first, then in plan order. */
  readonly findings: readonly AuditFinding[];
  /** Findings per severity. */
  readonly counts: Readonly<Record<AuditSeverity, number>>;
  /** True when there is no error. */
  readonly ok: boolean;
}

/** Options for {@link auditPlan}. */
export interface AuditOptions {
  /** Options for the KPI evaluations behind the KPI checks. */
  readonly evaluate?: EvaluateOptions;
  /** Also report where the official rating differs from the KPI suggestion (info). Default true. */
  readonly suggestions?: boolean;
}

const SEVERITY_ORDER: Record<AuditSeverity, number> = { error: 0, warning: 1, info: 2 };

/** The codes given (a scale's, or a tally's), then the keys of `counts` that are not among them. */
function codesAndOthers(codes: readonly string[], counts: Readonly<Record<string, number>>): string[] {
  const all = codes.slice();
  for (const code of Object.keys(counts)) if (!codes.includes(code)) all.push(code);
  return all;
}

function format(counts: Readonly<Record<string, number>>): string {
  const parts = Object.entries(counts).filter(([, n]) => n > 0);
  return parts.length === 0 ? '—' : parts.map(([code, n]) => `${code}×${n}`).join(', ');
}

/**
 * Checks a plan for one fiscal year and reports what humans miss: the declared summary against
 * the detailed programs (when the data details only part of the plan, it checks the detail
 * does not exceed the summary and says what the missing programs must be rated), duplicate ids
 * and numbers, ratings outside the scale, years outside the plan, a KPI behind while the
 * program is rated ahead, missing reports, ratings and results text. Findings carry a code,
 * a severity, the program concerned and a message in Japanese and English.
 *
 * @param plan - the plan
 * @param fiscalYear - the fiscal year to audit
 * @param options - KPI evaluation options; whether to compare ratings with suggestions
 * @returns the findings, with counts per severity and `ok` when there is no error
 *
 * @example
 * import { auditPlan } from 'munikpi';
 * import { kodairaFy2023 } from 'munikpi/data/kodaira-fy2023';
 * const audit = auditPlan(kodairaFy2023, 2023);
 * audit.ok; // true
 * audit.findings.find((f) => f.code === 'UNDETAILED_PROGRAMS' && !f.direction)?.data;
 * // { missing: 9, mustBe: { S: 0, A: 9, B: 0 } }
 */
export function auditPlan(plan: Plan, fiscalYear: FiscalYear, options?: AuditOptions): AuditReport {
  checkPlan(plan);
  checkYear(fiscalYear);
  const opts = optionsOf(options);
  // What does not depend on the year is found once per plan (and kept for a frozen plan).
  const findings: AuditFinding[] = [...structuralFindings(plan)];
  const add = (code: AuditCode, words: () => Labels, extra?: FindingExtra) => {
    findings.push(new Finding(code, words, extra));
  };
  const scale = scaleOf(plan);
  const fy = String(fiscalYear);
  const { start, end } = plan.period;

  if (fiscalYear < start || fiscalYear > end) {
    add('FISCAL_YEAR_OUTSIDE_PLAN', () => ({
      ja: `${fiscalYear}年度は計画期間（${start}～${end}年度）の外です`,
      en: `fiscal year ${fiscalYear} is outside the plan period ${start}..${end}`,
    }));
  }
  for (let p = 0; p < plan.programs.length; p++) checkReport(plan.programs[p] as Program);

  function checkReport(program: Program): void {
    const report = program.reports?.[fy];
    if (program.kind !== 'implementation') return;
    if (report === undefined) {
      add(
        'MISSING_REPORT',
        () => ({
          ja: `プログラム${program.number}に${fiscalYear}年度の報告がありません`,
          en: `program ${program.number} has no report for ${fiscalYear}`,
        }),
        { programId: program.id },
      );
      return;
    }
    if (report.rating === undefined) {
      add(
        'MISSING_RATING',
        () => ({
          ja: `プログラム${program.number}の${fiscalYear}年度に評価がありません`,
          en: `program ${program.number} has no rating for ${fiscalYear}`,
        }),
        { programId: program.id },
      );
      return;
    }
    if (!hasText(report.results)) {
      add(
        'MISSING_RESULTS',
        () => ({
          ja: `プログラム${program.number}は評価「${report.rating}」ですが取組実績がありません`,
          en: `program ${program.number} is rated ${report.rating} but has no results text`,
        }),
        { programId: program.id },
      );
    }
    const level = levelOf(scale, report.rating);
    if (level === undefined || (program.kpis ?? []).length === 0) return;
    let suggestion: Omit<RatingSuggestion, 'reason'>;
    try {
      suggestion = suggestFor(program, fiscalYear, scale, opts.evaluate);
    } catch (error) {
      if (error instanceof MunikpiError) return;
      throw error;
    }
    const behind =
      level.progress === 'ahead' && suggestion.progress === 'behind'
        ? suggestion.basis.filter((b) => b.counts === 'behind')
        : [];
    if (behind.length > 0) {
      add(
        'KPI_BEHIND_RATED_AHEAD',
        () => ({
          ja: `プログラム${program.number}は「${level.code}」（予定以上）ですが、${behind.map((b) => b.name).join('、')}が遅れています`,
          en: `program ${program.number} is rated ${level.code} (ahead) while ${behind.map((b) => b.name).join(', ')} is behind`,
        }),
        { programId: program.id, data: { rating: level.code, behind: behind.map((b) => b.kpiId) } },
      );
    }
    if (opts.suggestions !== false && suggestion.agrees === false) {
      add(
        'RATING_DIFFERS_FROM_SUGGESTION',
        () => ({
          ja: `プログラム${program.number}: 評価「${suggestion.official}」、KPIからの示唆「${suggestion.suggested}」（${reasonOf(suggestion).ja}）`,
          en: `program ${program.number}: rated ${suggestion.official}, KPIs suggest ${suggestion.suggested} (${reasonOf(suggestion).en})`,
        }),
        { programId: program.id, data: { official: suggestion.official, suggested: suggestion.suggested } },
      );
    }
  }

  /** The implementation programs of each direction, and how many have each rating: one pass. */
  let byDirection: Map<string, { programs: number; ratings: Record<string, number> }> | undefined;
  function detailedByDirection(): Map<string, { programs: number; ratings: Record<string, number> }> {
    if (byDirection !== undefined) return byDirection;
    byDirection = new Map();
    for (let p = 0; p < plan.programs.length; p++) {
      const program = plan.programs[p] as Program;
      if (program.kind !== 'implementation') continue;
      let tally = byDirection.get(program.direction);
      if (tally === undefined) {
        tally = { programs: 0, ratings: {} };
        for (let l = 0; l < scale.levels.length; l++)
          tally.ratings[(scale.levels[l] as RatingLevel).code] = 0;
        byDirection.set(program.direction, tally);
      }
      tally.programs++;
      const code = program.reports?.[fy]?.rating;
      if (code !== undefined) tally.ratings[code] = (tally.ratings[code] ?? 0) + 1;
    }
    return byDirection;
  }

  const summary = plan.summaries?.find((s) => s.fiscalYear === fiscalYear);
  if (summary !== undefined) checkSummary(summary);

  function checkSummary(declared: DeclaredSummary): void {
    const codes = scale.levels.map((l) => l.code);
    const rowSum = (counts: Readonly<Record<string, number>>) =>
      Object.values(counts).reduce((a, b) => a + b, 0);
    const totals: Record<string, number> = Object.fromEntries(codes.map((c) => [c, 0]));
    let programTotal = 0;
    const missingTotal: Record<string, number> = Object.fromEntries(codes.map((c) => [c, 0]));
    let missingPrograms = 0;
    let consistent = true;
    for (let r = 0; r < declared.rows.length; r++) {
      const row = declared.rows[r] as DeclaredSummaryRow;
      const direction = plan.directions.find((d) => d.id === row.direction);
      const name = direction === undefined ? row.direction : `${direction.number} ${direction.name}`;
      const where = { direction: row.direction };
      if (direction === undefined) {
        add(
          'UNKNOWN_DIRECTION',
          () => ({
            ja: `集計表の方向性「${row.direction}」が計画にありません`,
            en: `the summary names direction "${row.direction}", which the plan lacks`,
          }),
          where,
        );
      }
      const sum = rowSum(row.counts);
      for (const [code, n] of Object.entries(row.counts)) totals[code] = (totals[code] ?? 0) + n;
      const count = row.programCount ?? sum;
      programTotal += count;
      if (row.programCount !== undefined && row.programCount !== sum) {
        add(
          'SUMMARY_ROW_MISMATCH',
          () => ({
            ja: `集計表の方向性${name}は${row.programCount}プログラムですが、評価の合計は${sum}です`,
            en: `summary row ${name} declares ${row.programCount} programs but its ratings add up to ${sum}`,
          }),
          { ...where, data: { programCount: row.programCount, sum } },
        );
      }
      if (direction?.programCount !== undefined && direction.programCount !== count) {
        add(
          'SUMMARY_DIRECTION_COUNT',
          () => ({
            ja: `方向性${name}は${direction.programCount}プログラムとされていますが、集計表では${count}です`,
            en: `direction ${name} is declared with ${direction.programCount} programs, the summary row with ${count}`,
          }),
          where,
        );
      }
      // The detailed programs of this direction, per rating.
      const tally = detailedByDirection().get(row.direction);
      const detailed: Record<string, number> = tally?.ratings ?? {};
      const detailedCount = tally?.programs ?? 0;
      const mustBe: Record<string, number> = {};
      let over = false;
      // The scale's codes, then any other code the detailed programs use.
      for (const code of codesAndOthers(codes, detailed)) {
        const d = detailed[code] ?? 0;
        const declaredN = row.counts[code] ?? 0;
        if (d > declaredN) {
          over = true;
          add(
            'SUMMARY_EXCEEDED',
            () => ({
              ja: `方向性${name}: 詳細のプログラムで「${code}」が${d}件ありますが、集計表は${declaredN}件です`,
              en: `direction ${name}: the detailed programs hold ${d}×${code}, the summary only ${declaredN}`,
            }),
            { ...where, data: { code, detailed: d, declared: declaredN } },
          );
        }
        mustBe[code] = Math.max(declaredN - d, 0);
      }
      const missing = count - detailedCount;
      const mustBeSum = rowSum(mustBe);
      if (!over && mustBeSum !== Math.max(missing, 0)) {
        consistent = false;
        add(
          'SUMMARY_MISMATCH',
          () => ({
            ja: `方向性${name}: 詳細のない${Math.max(missing, 0)}プログラムでは集計表（${format(row.counts)}）に合いません`,
            en: `direction ${name}: ${Math.max(missing, 0)} undetailed programs cannot make up the summary (${format(row.counts)})`,
          }),
          { ...where, data: { missing, mustBe } },
        );
      } else if (missing > 0 && !over) {
        for (const code of codes) missingTotal[code] = (missingTotal[code] ?? 0) + (mustBe[code] ?? 0);
        missingPrograms += missing;
        add(
          'UNDETAILED_PROGRAMS',
          () => ({
            ja: `方向性${name}: 詳細のない${missing}プログラムは${format(mustBe)}でなければ集計表に合いません`,
            en: `direction ${name}: the ${missing} programs not detailed must be rated ${format(mustBe)} to match the summary`,
          }),
          { ...where, data: { missing, mustBe } },
        );
      } else if (over) consistent = false;
    }
    const total = declared.total;
    if (total !== undefined) {
      for (const code of codesAndOthers(Object.keys(totals), total.counts)) {
        if ((totals[code] ?? 0) !== (total.counts[code] ?? 0)) {
          add(
            'SUMMARY_TOTAL_MISMATCH',
            () => ({
              ja: `集計表の計「${code}」${total.counts[code] ?? 0}件は各方向性の合計${totals[code] ?? 0}件と異なります`,
              en: `the summary total for ${code} (${total.counts[code] ?? 0}) is not the sum of its rows (${totals[code] ?? 0})`,
            }),
            { data: { code, declared: total.counts[code] ?? 0, sum: totals[code] ?? 0 } },
          );
        }
      }
      if (total.programCount !== undefined && total.programCount !== programTotal) {
        add(
          'SUMMARY_TOTAL_MISMATCH',
          () => ({
            ja: `集計表の計${total.programCount}プログラムは各方向性の合計${programTotal}と異なります`,
            en: `the summary declares ${total.programCount} programs in all, its rows ${programTotal}`,
          }),
          { data: { declared: total.programCount, sum: programTotal } },
        );
      }
    }
    if (consistent && missingPrograms > 0) {
      add(
        'UNDETAILED_PROGRAMS',
        () => ({
          ja: `詳細のない${missingPrograms}プログラムは${format(missingTotal)}でなければ集計表に合いません`,
          en: `the ${missingPrograms} programs not detailed must be rated ${format(missingTotal)} to match the summary`,
        }),
        { data: { missing: missingPrograms, mustBe: missingTotal } },
      );
    }
  }

  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return withInspect({ planId: plan.id, fiscalYear, findings, counts, ok: counts.error === 0 }, showAudit);
}

/** An audit for the REPL: a summary line, then one line per finding. */
function showAudit(audit: AuditReport): string {
  const { error, warning, info } = audit.counts;
  const head = `Audit ${audit.planId} FY${audit.fiscalYear}: ${audit.ok ? 'ok' : 'NOT ok'} (${error} errors, ${warning} warnings, ${info} info)`;
  const lines = audit.findings.map(
    (f) => `  ${f.severity} ${f.code}${f.programId === undefined ? '' : ` ${f.programId}`}: ${f.message.ja}`,
  );
  return [head, ...lines].join('\n');
}
