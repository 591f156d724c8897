/*
 * The shape a plan must have before the functions that take one read it: plans from
 * parsePlan or definePlan have it; a plan built by hand may not. Problems are refused with
 * INVALID_PLAN and their paths, never a TypeError halfway through.
 */
import { MunikpiError, type MunikpiIssue, quote } from '../core/errors.js';
import { checkFiscalYear } from '../fiscal/fiscal-year.js';
import type { FiscalYear } from '../fiscal/index.js';
import { checkScale } from '../rating/scale.js';
import type { Plan, Program } from './types.js';

/** Plans checked and deeply frozen by definePlan or parsePlan. */
const sealed = new WeakSet<object>();

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function programIssues(program: unknown, path: string, issues: MunikpiIssue[]): void {
  const bad = (where: string, message: string) =>
    issues.push({ path: `${path}${where}`, code: 'INVALID_PLAN', message });
  if (!isObject(program)) {
    bad('', 'is not a program object');
    return;
  }
  if (typeof program.id !== 'string') bad('.id', 'is not text');
  if (typeof program.name !== 'string') bad('.name', 'is not text');
  if (typeof program.direction !== 'string') bad('.direction', 'is not text');
  if (typeof program.number !== 'number' || !Number.isFinite(program.number))
    bad('.number', 'is not a number');
  if (program.kpis !== undefined && !Array.isArray(program.kpis)) bad('.kpis', 'is not a list');
  if (program.reports !== undefined) {
    if (!isObject(program.reports)) bad('.reports', 'is not an object keyed by fiscal year');
    else {
      for (const [year, report] of Object.entries(program.reports)) {
        if (!isObject(report)) bad(`.reports.${year}`, 'is not a report object');
        else if (report.rating !== undefined && typeof report.rating !== 'string')
          bad(`.reports.${year}.rating`, 'is not text');
        else if (report.results !== undefined && !Array.isArray(report.results))
          bad(`.reports.${year}.results`, 'is not a list');
      }
    }
  }
}

function countsIssues(counts: unknown, path: string, issues: MunikpiIssue[]): void {
  if (!isObject(counts)) {
    issues.push({ path, code: 'INVALID_PLAN', message: 'is not an object of counts' });
    return;
  }
  for (const [code, n] of Object.entries(counts)) {
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) {
      issues.push({ path: `${path}.${code}`, code: 'INVALID_PLAN', message: `${quote(n)} is not a count` });
    }
  }
}

function throwIf(issues: MunikpiIssue[], input: unknown): void {
  if (issues.length === 0) return;
  const shown = issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`);
  throw new MunikpiError('INVALID_PLAN', `the plan has ${issues.length} problem(s): ${shown.join('; ')}`, {
    input,
    issues,
  });
}

/**
 * Checks that a value has a plan's shape (and a valid scale). A plan sealed by definePlan or
 * parsePlan was checked when it was sealed and cannot change; any other plan, even one frozen at
 * the top, may have changed below since the last call and is checked every time.
 * @internal
 */
export function checkPlan(plan: unknown): asserts plan is Plan {
  if (typeof plan !== 'object' || plan === null || Array.isArray(plan)) {
    throw new MunikpiError('INVALID_ARGUMENT', `${quote(plan)} is not a plan`, { input: plan });
  }
  if (sealed.has(plan)) return;
  const p = plan as Record<string, unknown>;
  const issues: MunikpiIssue[] = [];
  const bad = (path: string, message: string) => issues.push({ path, code: 'INVALID_PLAN', message });
  if (typeof p.id !== 'string') bad('id', 'is not text');
  if (!isObject(p.period) || !Number.isInteger(p.period.start) || !Number.isInteger(p.period.end)) {
    bad('period', 'is not { start, end } with whole fiscal years');
  }
  if (!Array.isArray(p.directions)) bad('directions', 'is not a list');
  else {
    p.directions.forEach((d: unknown, i) => {
      if (!isObject(d) || typeof d.id !== 'string') bad(`directions[${i}]`, 'is not a direction with an id');
    });
  }
  if (!Array.isArray(p.programs)) bad('programs', 'is not a list');
  else {
    p.programs.forEach((program: unknown, i) => {
      programIssues(program, `programs[${i}]`, issues);
    });
  }
  if (p.summaries !== undefined) {
    if (!Array.isArray(p.summaries)) bad('summaries', 'is not a list');
    else {
      p.summaries.forEach((summary: unknown, i) => {
        if (!isObject(summary) || !Array.isArray(summary.rows)) {
          bad(`summaries[${i}]`, 'is not a summary with rows');
          return;
        }
        summary.rows.forEach((row: unknown, j) => {
          if (!isObject(row) || typeof row.direction !== 'string')
            bad(`summaries[${i}].rows[${j}]`, 'is not a row');
          else countsIssues(row.counts, `summaries[${i}].rows[${j}].counts`, issues);
        });
        if (summary.total !== undefined) {
          if (!isObject(summary.total)) bad(`summaries[${i}].total`, 'is not a total row');
          else countsIssues(summary.total.counts, `summaries[${i}].total.counts`, issues);
        }
      });
    }
  }
  throwIf(issues, plan);
  if (p.scale !== undefined) checkScale(p.scale);
}

/**
 * Notes that a plan has been checked and frozen (by definePlan or parsePlan), so that the
 * functions that take it do not check it again.
 * @internal
 */
export function markSealed(plan: object): void {
  if (Object.isFrozen(plan)) sealed.add(plan);
}

/**
 * Whether a plan was checked and deeply frozen by definePlan or parsePlan, so that what is
 * derived from it can be kept: a plan merely frozen at the top may still change below.
 * @internal
 */
export function isSealed(plan: object): boolean {
  return sealed.has(plan);
}

/**
 * Checks that a value has a program's shape.
 * @internal
 */
export function checkProgram(program: unknown): asserts program is Program {
  if (typeof program !== 'object' || program === null || Array.isArray(program)) {
    throw new MunikpiError('INVALID_ARGUMENT', `${quote(program)} is not a program`, { input: program });
  }
  const issues: MunikpiIssue[] = [];
  programIssues(program, 'program', issues);
  throwIf(issues, program);
}

/**
 * A fiscal year argument, checked: a whole number whose days lie in 1873..9999.
 * @internal
 */
export function checkYear(fiscalYear: unknown): FiscalYear {
  return checkFiscalYear(fiscalYear, 4);
}
