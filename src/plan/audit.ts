import { MunikpiError, optionsOf } from '../core/errors.js';
import { INSPECT, withInspect } from '../core/inspect.js';
import { type FindingWords, findingWords, type Language, type WordData } from '../core/messages/index.js';
import type { FiscalYear } from '../fiscal/index.js';
import type { EvaluateOptions } from '../kpi/index.js';
import { type Labels, levelOf, type RatingLevel } from '../rating/scale.js';
import { scaleOf } from './aggregate.js';
import {
  checkPlan,
  checkYear,
  isSealed,
  issueMessage,
  PLAN_ISSUE_CODES,
  type PlanIssue,
  type PlanIssueCode,
  planIssues,
} from './check.js';
import { type RatingSuggestion, reasonOf, suggestWith } from './suggest.js';
import type { DeclaredSummary, DeclaredSummaryRow, Plan, Program } from './types.js';

/** Whether any line of a report's results has text. */
function hasText(lines: readonly string[] | undefined): boolean {
  if (lines === undefined) return false;
  // Indexed loops over plan data: the arrays are frozen, and for…of over them allocates.
  for (let i = 0; i < lines.length; i++) if ((lines[i] as string).trim() !== '') return true;
  return false;
}

/**
 * A finding whose message is put into words (from the catalogue) when first read: a national
 * audit makes many and reads few. It keeps the key of its words and the data they read (or
 * the plan issue it stands for), not a closure, so that a finding costs one object. It
 * serialises as the plain AuditFinding it is.
 */
class Finding implements AuditFinding {
  readonly code: AuditCode;
  readonly severity: AuditSeverity;
  readonly path?: string;
  readonly programId?: string;
  readonly direction?: string;
  readonly data?: Readonly<Record<string, unknown>>;
  /** The finding words to read, or null for a plan issue's own words. */
  readonly #words: keyof FindingWords | null;
  /** What the words read: the word data, or the plan issue. */
  readonly #args: WordData | PlanIssue;
  #message: Labels | null = null;

  constructor(
    code: AuditCode,
    severity: AuditSeverity,
    words: keyof FindingWords | null,
    args: WordData | PlanIssue,
    programId: string | undefined,
    direction: string | undefined,
    data: Readonly<Record<string, unknown>> | undefined,
    path?: string,
  ) {
    this.code = code;
    this.severity = severity;
    if (path !== undefined) this.path = path;
    if (programId !== undefined) this.programId = programId;
    if (direction !== undefined) this.direction = direction;
    if (data !== undefined) this.data = data;
    this.#words = words;
    this.#args = args;
  }

  get message(): Labels {
    this.#message ??= { ja: this.#say('ja'), en: this.#say('en') };
    return this.#message;
  }

  #say(lang: Language): string {
    return this.#words === null
      ? issueMessage(this.#args as PlanIssue, lang)
      : findingWords(lang)[this.#words](this.#args as WordData);
  }

  toJSON(): AuditFinding {
    return {
      code: this.code,
      severity: this.severity,
      message: this.message,
      ...(this.path === undefined ? {} : { path: this.path }),
      ...(this.programId === undefined ? {} : { programId: this.programId }),
      ...(this.direction === undefined ? {} : { direction: this.direction }),
      ...(this.data === undefined ? {} : { data: this.data }),
    };
  }

  [INSPECT](): AuditFinding {
    return this.toJSON();
  }
}

/**
 * The words' data of RATING_DIFFERS_FROM_SUGGESTION: the reason is put into words only when
 * read, by a getter on the prototype rather than a closure per finding.
 */
class DiffersWords implements WordData {
  readonly [key: string]: unknown;
  readonly number: number;
  readonly official: string | null;
  readonly suggested: string | null;
  readonly #suggestion: Omit<RatingSuggestion, 'reason'>;

  constructor(number: number, suggestion: Omit<RatingSuggestion, 'reason'>) {
    this.number = number;
    this.official = suggestion.official;
    this.suggested = suggestion.suggested;
    this.#suggestion = suggestion;
  }

  get reason(): Labels {
    return reasonOf(this.#suggestion);
  }
}

const structural = new WeakMap<Plan, readonly AuditFinding[]>();

const INDEX = /^(programs|directions)\[(\d+)\]/;

/** A plan issue as an audit finding, with the program or direction it concerns. */
function findingOf(plan: Plan, issue: PlanIssue): AuditFinding {
  let programId: string | undefined;
  let direction: string | undefined;
  const at = INDEX.exec(issue.path);
  if (at !== null) {
    const i = Number(at[2]);
    if (at[1] === 'programs') {
      const id = plan.programs[i]?.id;
      if (typeof id === 'string') programId = id;
    } else {
      const id = plan.directions[i]?.id;
      if (typeof id === 'string') direction = id;
    }
  }
  if (issue.code === 'UNKNOWN_DIRECTION' && typeof issue.data.direction === 'string')
    direction = issue.data.direction;
  return new Finding(issue.code, issue.severity, null, issue, programId, direction, issue.data, issue.path);
}

/**
 * The findings that do not depend on the fiscal year: every issue of the one plan checker
 * (duplicate ids and numbers, unknown directions, broken KPIs, years outside the period,
 * ratings off the scale).
 */
function structuralFindings(plan: Plan): readonly AuditFinding[] {
  const kept = structural.get(plan);
  if (kept !== undefined) return kept;
  const findings = planIssues(plan).map((issue) => findingOf(plan, issue));
  if (isSealed(plan)) structural.set(plan, findings);
  return findings;
}

/** How serious a finding is: `error` makes the CLI exit 1. */
export type AuditSeverity = 'error' | 'warning' | 'info';

/** A finding code that depends on the fiscal year audited. */
export type AuditYearCode =
  | 'FISCAL_YEAR_OUTSIDE_PERIOD'
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

/**
 * A finding code: a plan issue code (the same as validatePlan gives, a KPI's own error code
 * for a KPI that contradicts itself) or a code that depends on the year audited.
 */
export type AuditCode = PlanIssueCode | AuditYearCode;

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
export const AUDIT_CODES: Readonly<Record<keyof typeof PLAN_ISSUE_CODES | AuditYearCode, AuditCodeInfo>> =
  Object.freeze({
    ...PLAN_ISSUE_CODES,
    FISCAL_YEAR_OUTSIDE_PERIOD: {
      severity: 'error',
      meaning: 'The audited fiscal year, or a report or summary, lies outside the plan period.',
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
  } as const);

/** One thing the audit found. */
export interface AuditFinding {
  /** What was found; see {@link AUDIT_CODES}. */
  readonly code: AuditCode;
  /** How serious it is. */
  readonly severity: AuditSeverity;
  /** What was found, in Japanese and English (words from the catalogue). */
  readonly message: Labels;
  /** Where in the plan, as validatePlan writes paths, for problems of the plan's content. */
  readonly path?: string;
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
  const add = (
    code: AuditYearCode,
    words: keyof FindingWords,
    args: WordData,
    programId?: string,
    direction?: string,
    data?: Readonly<Record<string, unknown>>,
  ): void => {
    findings.push(new Finding(code, AUDIT_CODES[code].severity, words, args, programId, direction, data));
  };
  const scale = scaleOf(plan);
  const fy = String(fiscalYear);
  const { start, end } = plan.period;

  if (fiscalYear < start || fiscalYear > end) {
    const data = { fiscalYear, start, end };
    add('FISCAL_YEAR_OUTSIDE_PERIOD', 'FISCAL_YEAR_OUTSIDE_PERIOD', data, undefined, undefined, data);
  }
  for (let p = 0; p < plan.programs.length; p++) checkReport(plan.programs[p] as Program);

  function checkReport(program: Program): void {
    if (program.kind !== 'implementation') return;
    const report = program.reports?.[fy];
    const id = program.id;
    if (report === undefined) {
      add('MISSING_REPORT', 'MISSING_REPORT', { number: program.number, fiscalYear }, id);
      return;
    }
    if (report.rating === undefined) {
      add('MISSING_RATING', 'MISSING_RATING', { number: program.number, fiscalYear }, id);
      return;
    }
    if (!hasText(report.results)) {
      add('MISSING_RESULTS', 'MISSING_RESULTS', { number: program.number, rating: report.rating }, id);
    }
    const level = levelOf(scale, report.rating);
    if (level === undefined || program.kpis === undefined || program.kpis.length === 0) return;
    let s: Omit<RatingSuggestion, 'reason'>;
    try {
      s = suggestWith(program, fiscalYear, scale, plan.rule, opts.evaluate);
    } catch (error) {
      if (error instanceof MunikpiError) return;
      throw error;
    }
    if (level.progress === 'ahead' && s.progress === 'behind') {
      const behind = s.basis.filter((b) => b.counts === 'behind');
      if (behind.length > 0) {
        add(
          'KPI_BEHIND_RATED_AHEAD',
          'KPI_BEHIND_RATED_AHEAD',
          { number: program.number, rating: level.code, behind: behind.map((b) => b.name) },
          id,
          undefined,
          { rating: level.code, behind: behind.map((b) => b.kpiId) },
        );
      }
    }
    if (opts.suggestions !== false && s.agrees === false) {
      add(
        'RATING_DIFFERS_FROM_SUGGESTION',
        'RATING_DIFFERS_FROM_SUGGESTION',
        new DiffersWords(program.number, s),
        id,
        undefined,
        { official: s.official, suggested: s.suggested },
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
      // A row naming a direction the plan lacks is a plan issue (UNKNOWN_DIRECTION), found above.
      const direction = plan.directions.find((d) => d.id === row.direction);
      const name = direction === undefined ? row.direction : `${direction.number} ${direction.name}`;
      const rowDirection = row.direction;
      const sum = rowSum(row.counts);
      for (const [code, n] of Object.entries(row.counts)) totals[code] = (totals[code] ?? 0) + n;
      const count = row.programCount ?? sum;
      programTotal += count;
      if (row.programCount !== undefined && row.programCount !== sum) {
        add(
          'SUMMARY_ROW_MISMATCH',
          'SUMMARY_ROW_MISMATCH',
          { name, programCount: row.programCount, sum },
          undefined,
          rowDirection,
          { programCount: row.programCount, sum },
        );
      }
      if (direction?.programCount !== undefined && direction.programCount !== count) {
        add(
          'SUMMARY_DIRECTION_COUNT',
          'SUMMARY_DIRECTION_COUNT',
          { name, declared: direction.programCount, count },
          undefined,
          rowDirection,
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
            'SUMMARY_EXCEEDED',
            { name, code, detailed: d, declared: declaredN },
            undefined,
            rowDirection,
            { code, detailed: d, declared: declaredN },
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
          'SUMMARY_MISMATCH',
          { name, missing: Math.max(missing, 0), counts: format(row.counts) },
          undefined,
          rowDirection,
          { missing, mustBe },
        );
      } else if (missing > 0 && !over) {
        for (const code of codes) missingTotal[code] = (missingTotal[code] ?? 0) + (mustBe[code] ?? 0);
        missingPrograms += missing;
        add(
          'UNDETAILED_PROGRAMS',
          'UNDETAILED_PROGRAMS',
          { name, missing, mustBe: format(mustBe) },
          undefined,
          rowDirection,
          { missing, mustBe },
        );
      } else if (over) consistent = false;
    }
    const total = declared.total;
    if (total !== undefined) {
      for (const code of codesAndOthers(Object.keys(totals), total.counts)) {
        if ((totals[code] ?? 0) !== (total.counts[code] ?? 0)) {
          const data = { code, declared: total.counts[code] ?? 0, sum: totals[code] ?? 0 };
          add('SUMMARY_TOTAL_MISMATCH', 'SUMMARY_TOTAL_MISMATCH', data, undefined, undefined, data);
        }
      }
      if (total.programCount !== undefined && total.programCount !== programTotal) {
        const data = { declared: total.programCount, sum: programTotal };
        add('SUMMARY_TOTAL_MISMATCH', 'SUMMARY_PROGRAM_TOTAL_MISMATCH', data, undefined, undefined, data);
      }
    }
    if (consistent && missingPrograms > 0) {
      add(
        'UNDETAILED_PROGRAMS',
        'UNDETAILED_PROGRAMS_TOTAL',
        { missing: missingPrograms, mustBe: format(missingTotal) },
        undefined,
        undefined,
        { missing: missingPrograms, mustBe: missingTotal },
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
