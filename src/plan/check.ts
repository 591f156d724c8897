/*
 * The one place that decides whether a plan is valid, and with which code. Every problem is
 * data, `{ path, code, severity, data }`, found in one pass: shape, references, duplicates,
 * ratings off the scale, KPIs that contradict themselves, years outside the period. The words
 * come later, from the catalogue, in the reader's language. validatePlan and parsePlan (after
 * zod has checked the whole layout), checkPlan, definePlan and auditPlan all read it.
 */

import { errorOf, MunikpiError, type MunikpiErrorCode, optionsOf } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN, ISSUE_LIMITS, isFiscalYearNumber } from '../core/limits.js';
import { notAFiscalYearIn, notAPlan, notAProgram, planProblems } from '../core/messages/errors-en.js';
import type { IssueWords, Language } from '../core/messages/index.js';
import { issueWords } from '../core/messages/index.js';
import type { FiscalYear } from '../fiscal/index.js';
import { type CompiledKpi, compiled } from '../kpi/compile.js';
import type { Kpi } from '../kpi/index.js';
import { checkRule } from '../rating/check-rule.js';
import { SAB_SCALE } from '../rating/index.js';
import { checkScale, type RatingScale, readingOf } from '../rating/scale.js';
import type { Plan, Program } from './types.js';

/**
 * A code of a plan validation issue: one per problem, the same from validatePlan, parsePlan,
 * definePlan, checkPlan and auditPlan. A KPI that contradicts itself keeps the code its own
 * check gives (`INVALID_KPI`, `TARGET_EQUALS_BASELINE`, …).
 */
export type PlanIssueCode = PlanCheckCode | MunikpiErrorCode;

/** The codes the plan checker gives of its own (a KPI's checks add theirs). */
export type PlanCheckCode =
  | 'MISSING_FIELD'
  | 'INVALID_TYPE'
  | 'UNKNOWN_FIELD'
  | 'INVALID_VALUE'
  | 'TOO_LONG'
  | 'INVALID_FISCAL_YEAR'
  | 'INVALID_DATE'
  | 'INVALID_NUMBER'
  | 'INVALID_SCALE'
  | 'INVALID_RULE'
  | 'UNKNOWN_DIRECTION'
  | 'DUPLICATE_ID'
  | 'DUPLICATE_PROGRAM_NUMBER'
  | 'UNKNOWN_RATING'
  | 'FISCAL_YEAR_OUTSIDE_PERIOD';

/** Every code of the checker has its words in the catalogue, and every word its code: else tsc fails. */
type Worded = Exclude<keyof IssueWords, 'KPI' | 'MORE'>;
const wordedCodes: [PlanCheckCode] extends [Worded]
  ? [Worded] extends [PlanCheckCode]
    ? true
    : false
  : false = true;
void wordedCodes;

/** One problem of a plan, as data. */
export interface PlanIssue {
  /** Where it is, as zod writes paths: `programs[3].reports.2023.rating`. */
  readonly path: string;
  /** What it is; {@link PLAN_ISSUE_CODES} says what each means. */
  readonly code: PlanIssueCode;
  /** How serious: every plan issue is an error today. */
  readonly severity: 'error' | 'warning';
  /** The figures behind it: the value found, what is allowed, the id concerned. */
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * Every code a plan validation gives, with what it means. KPI checks add their own error
 * codes (see ERROR_CODES).
 *
 * @example
 * import { PLAN_ISSUE_CODES } from 'munikpi/schema';
 * PLAN_ISSUE_CODES.UNKNOWN_RATING.severity; // 'error'
 */
export const PLAN_ISSUE_CODES: Readonly<Record<PlanCheckCode, IssueCodeInfo>> = Object.freeze({
  MISSING_FIELD: { severity: 'error', meaning: 'A required field is missing.' },
  INVALID_TYPE: {
    severity: 'error',
    meaning: 'A field holds the wrong kind of value (text, number, list…).',
  },
  UNKNOWN_FIELD: { severity: 'error', meaning: 'A field the layout does not have (a typo?).' },
  INVALID_VALUE: { severity: 'error', meaning: 'A value outside what the field allows.' },
  TOO_LONG: { severity: 'error', meaning: 'A text or list longer than its limit (PLAN_LIMITS).' },
  INVALID_FISCAL_YEAR: {
    severity: 'error',
    meaning: 'A fiscal year that is not a whole number 1873..9998, or a period that ends before it starts.',
  },
  INVALID_DATE: {
    severity: 'error',
    meaning: 'A date that is not YYYY-MM-DD (or YYYY-MM) or does not exist.',
  },
  INVALID_NUMBER: { severity: 'error', meaning: 'A figure that is not a finite number or decimal text.' },
  INVALID_SCALE: { severity: 'error', meaning: 'A rating scale that is not valid.' },
  INVALID_RULE: { severity: 'error', meaning: 'A judgement rule (plan.rule) that is not valid.' },
  UNKNOWN_DIRECTION: {
    severity: 'error',
    meaning: 'A program or summary row names a direction the plan lacks.',
  },
  DUPLICATE_ID: { severity: 'error', meaning: 'Two directions, programs or KPIs share an id.' },
  DUPLICATE_PROGRAM_NUMBER: { severity: 'error', meaning: 'Two programs share a number.' },
  UNKNOWN_RATING: { severity: 'error', meaning: "A rating that is not a code on the plan's scale." },
  FISCAL_YEAR_OUTSIDE_PERIOD: {
    severity: 'error',
    meaning: 'A report or summary for a fiscal year outside the plan period.',
  },
});

/** The severity and meaning of an issue code. */
export interface IssueCodeInfo {
  /** How serious issues of this code are. */
  readonly severity: 'error' | 'warning';
  /** What the code means. */
  readonly meaning: string;
}

/** Codes of problems with a plan's shape: a plan with one cannot be read safely. */
const SHAPE_CODES: ReadonlySet<string> = new Set([
  'MISSING_FIELD',
  'INVALID_TYPE',
  'UNKNOWN_FIELD',
  'INVALID_VALUE',
  'TOO_LONG',
  'INVALID_FISCAL_YEAR',
  'INVALID_DATE',
  'INVALID_NUMBER',
  'INVALID_SCALE',
  'INVALID_RULE',
]);

/**
 * Whether an issue is about the plan's shape (the functions that take a plan cannot read it)
 * rather than its content.
 * @internal
 */
export function isShapeIssue(issue: PlanIssue): boolean {
  return SHAPE_CODES.has(issue.code) && issue.data.detail === undefined;
}

/** The error of a KPI's own checks, by the data of its issue (which keeps only the message). */
const KPI_ERRORS = new WeakMap<object, MunikpiError>();

/**
 * The error a KPI issue was made from, when this module made it: its `detail` words it again
 * in another language.
 * @internal
 */
export function kpiErrorOf(issue: PlanIssue): MunikpiError | undefined {
  return KPI_ERRORS.get(issue.data);
}

/** Whether an issue comes from a KPI's own checks. @internal */
export function isKpiIssue(issue: PlanIssue): boolean {
  return issue.data.detail !== undefined && issue.data.kpi !== undefined;
}

/** Limits on how many issues are listed. */
export interface IssueLimits {
  /** At most this many issues of one code are listed; the rest are counted. Default 100. */
  readonly maxIssuesPerCode?: number;
  /** At most this many issues in all are listed; the rest are counted. Default 1000. */
  readonly maxIssues?: number;
}

/**
 * The issues of one validation: the first of each code kept, the rest only counted, so that
 * a plan with millions of problems is checked in bounded memory.
 * @internal
 */
export class IssueList {
  readonly #perCode: number;
  readonly #total: number;
  readonly #kept: PlanIssue[] = [];
  /** How many issues of each code were seen: a counter object per code, so counting is one look-up. */
  readonly #counts = new Map<PlanIssueCode, { n: number }>();
  /** Paths at or below which a problem was found. */
  readonly #broken = new Set<string>();
  #sawShell = false;
  #sawPrograms = 0;
  #seen = 0;

  constructor(limits?: IssueLimits) {
    this.#perCode = limits?.maxIssuesPerCode ?? ISSUE_LIMITS.perCode;
    this.#total = limits?.maxIssues ?? ISSUE_LIMITS.total;
  }

  /** Every issue seen, listed or not. */
  get seen(): number {
    return this.#seen;
  }

  /** Whether as many issues were seen as are listed in all: a caller may stop looking. */
  get full(): boolean {
    return this.#seen >= this.#total;
  }

  /** Adds an issue: kept while there is room, else counted. */
  add(path: string, code: PlanIssueCode, data: Readonly<Record<string, unknown>>): void {
    this.#seen++;
    let counter = this.#counts.get(code);
    if (counter === undefined) {
      counter = { n: 0 };
      this.#counts.set(code, counter);
    }
    const n = ++counter.n;
    if (n <= this.#perCode && this.#kept.length < this.#total) {
      const severity = (PLAN_ISSUE_CODES as Record<string, IssueCodeInfo>)[code]?.severity ?? 'error';
      this.#kept.push({ path, code, severity, data });
    }
  }

  /**
   * Adds an issue found by another check (zod) that has seen the layout, and marks its path
   * and every path above it as broken: the content checks skip what is not well formed.
   */
  tell(path: string, code: PlanIssueCode, data: Readonly<Record<string, unknown>>): void {
    this.markBroken(path);
    this.add(path, code, data);
  }

  /**
   * Notes what another check (zod) has seen whole: the plan without its programs, and the
   * first `programs` programs. It told the shape problems there; the plan checker tells only
   * the others.
   */
  saw(programs: number): void {
    this.#sawShell = true;
    this.#sawPrograms = programs;
  }

  /** Whether another check has seen the plan without its programs. */
  get sawShell(): boolean {
    return this.#sawShell;
  }

  /** Whether another check has seen program `i`. */
  sawProgram(i: number): boolean {
    return i < this.#sawPrograms;
  }

  /**
   * Notes that a part was found broken by another check (zod), with every path above it, so
   * that the content checks skip what is not well formed and no problem is told twice.
   */
  markBroken(path: string): void {
    this.#broken.add(path);
    for (let i = path.length - 1; i > 0; i--) {
      const c = path[i];
      if (c === '.' || c === '[') this.#broken.add(path.slice(0, i));
    }
  }

  /** Whether a problem was found at this path. */
  isBroken(path: string): boolean {
    return this.#broken.has(path);
  }

  /** The issues kept, then one line per code for those only counted. */
  issues(): PlanIssue[] {
    const out = this.#kept.slice();
    const shown = new Map<string, number>();
    for (const issue of this.#kept) shown.set(issue.code, (shown.get(issue.code) ?? 0) + 1);
    for (const [code, { n }] of this.#counts) {
      const more = n - (shown.get(code) ?? 0);
      if (more > 0)
        out.push({ path: '(document)', code, severity: 'error', data: { code, count: more, more: true } });
    }
    return out;
  }
}

/**
 * The words of an issue, from the catalogue.
 * @internal
 */
export function issueMessage(issue: PlanIssue, lang: Language = 'en'): string {
  const words = issueWords(lang);
  if (issue.data.more === true) return words.MORE(issue.data);
  if (issue.data.detail !== undefined) return words.KPI(issue.data);
  return (words as unknown as Record<string, IssueWords['KPI']>)[issue.code]?.(issue.data) ?? issue.code;
}

/** Options for {@link planIssues}. */
export interface PlanIssueOptions extends IssueLimits {
  /** Only the shape, not the content (for the functions that take a plan). */
  readonly shapeOnly?: boolean;
}

/** What validatePlan, definePlan and auditPlan pass besides. @internal */
export interface CheckOptions extends PlanIssueOptions {
  /** The plan's scale, when it was resolved already (null: unknown, skip the rating check). */
  readonly scale?: RatingScale | null;
  /** Receives each KPI compiled while checking. */
  readonly onKpi?: (compiled: CompiledKpi) => void;
  /** Collects into this list (validatePlan passes the one zod filled). */
  readonly into?: IssueList;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Add = (path: string, code: PlanIssueCode, data: Readonly<Record<string, unknown>>) => void;

/** An Add for shape problems another check (zod) has told already. */
const TOLD: Add = () => {};

/**
 * The data of a missing field or a field of the wrong type: one frozen record per field name
 * and per kind, shared by every issue that names it (a plan of a million empty KPIs has four
 * million such issues, and most are only counted).
 */
const MISSING = new Map<string, Readonly<{ field: string }>>();
const EXPECTED = {
  text: Object.freeze({ expected: 'text' }),
  number: Object.freeze({ expected: 'number' }),
  list: Object.freeze({ expected: 'list' }),
  object: Object.freeze({ expected: 'object' }),
} as const;

function missing(key: string): Readonly<{ field: string }> {
  let data = MISSING.get(key);
  if (data === undefined) {
    data = Object.freeze({ field: key });
    MISSING.set(key, data);
  }
  return data;
}

/** Checks that a field is present and of a type; true when it is. The path is built on a problem only. */
function field(
  add: Add,
  owner: Record<string, unknown>,
  at: string,
  key: string,
  expected: 'text' | 'number' | 'list' | 'object',
  optional = false,
): boolean {
  const v = owner[key];
  if (v === undefined) {
    if (!optional) add(at === '' ? key : `${at}.${key}`, 'MISSING_FIELD', missing(key));
    return false;
  }
  const ok =
    expected === 'text'
      ? typeof v === 'string'
      : expected === 'number'
        ? typeof v === 'number' && Number.isFinite(v)
        : expected === 'list'
          ? Array.isArray(v)
          : isObject(v);
  if (!ok) add(at === '' ? key : `${at}.${key}`, 'INVALID_TYPE', EXPECTED[expected]);
  return ok;
}

function fiscalYear(add: Add, value: unknown, path: string): value is FiscalYear {
  if (isFiscalYearNumber(value)) return true;
  if (value === undefined) add(path, 'MISSING_FIELD', { field: path.slice(path.lastIndexOf('.') + 1) });
  else add(path, 'INVALID_FISCAL_YEAR', { value });
  return false;
}

function counts(add: Add, value: unknown, path: string): void {
  if (!isObject(value)) {
    add(path, value === undefined ? 'MISSING_FIELD' : 'INVALID_TYPE', {
      field: 'counts',
      expected: 'object',
    });
    return;
  }
  for (const code of Object.keys(value)) {
    const n = value[code];
    if (typeof n !== 'number' || !Number.isSafeInteger(n))
      add(`${path}.${code}`, 'INVALID_TYPE', { expected: 'whole number' });
    else if (n < 0) add(`${path}.${code}`, 'INVALID_VALUE', { min: 0 });
  }
}

/** The plan-wide state the content checks share. */
interface Context {
  /** Adds a problem of content. */
  readonly add: Add;
  /** Adds a problem of shape in the part being checked (a no-op where zod has told them). */
  shape: Add;
  /** Whether zod has seen the part being checked (so it may have marked paths broken). */
  seen: boolean;
  readonly list: IssueList;
  readonly content: boolean;
  readonly onKpi: ((compiled: CompiledKpi) => void) | undefined;
  readonly period: { start: number; end: number } | null;
  readonly directions: ReadonlySet<string>;
  /** The plan's scale, or null when it is broken (ratings are then not checked). */
  readonly scale: RatingScale | null;
  readonly programIds: Map<string, string>;
  readonly programNumbers: Map<number, string>;
  readonly kpiIds: Map<string, string>;
}

/** Whether zod found a problem at or below a path (only where it has looked). */
function broken(c: Context, path: string): boolean {
  return c.seen && c.list.isBroken(path);
}

function checkYearKey(c: Context, year: string, path: string): void {
  const y = /^\d{4}$/.test(year) ? Number(year) : Number.NaN;
  // zod has told a bad key already, where it has looked.
  if (!isFiscalYearNumber(y)) {
    if (!broken(c, path)) c.add(path, 'INVALID_FISCAL_YEAR', { value: year });
  } else if (c.period !== null && (y < c.period.start || y > c.period.end))
    c.add(path, 'FISCAL_YEAR_OUTSIDE_PERIOD', { fiscalYear: y, ...c.period });
}

function checkRating(c: Context, code: unknown, path: string): void {
  if (c.scale === null || typeof code !== 'string' || broken(c, path)) return;
  // A mark in a look-alike spelling (○ for 〇) is the scale's own: readingOf says so.
  if (readingOf(c.scale, code).kind !== 'unknown') return;
  const { levels, notApplicable = [], unrated = [] } = c.scale;
  c.add(path, 'UNKNOWN_RATING', {
    rating: code,
    allowed: [...levels.map((l) => l.code), ...notApplicable, ...unrated],
  });
}

function checkDirectionRef(c: Context, direction: unknown, path: string): void {
  if (typeof direction !== 'string' || c.directions.has(direction) || broken(c, path)) return;
  c.add(path, 'UNKNOWN_DIRECTION', { direction, known: [...c.directions] });
}

function checkKpi(c: Context, kpi: unknown, path: string): void {
  // The functions that take a plan compile each KPI they read, which checks it.
  if (!c.content) return;
  if (!isObject(kpi)) {
    c.shape(path, 'INVALID_TYPE', { expected: 'object' });
    return;
  }
  const idOk = field(c.shape, kpi, path, 'id', 'text');
  const nameOk = field(c.shape, kpi, path, 'name', 'text');
  const unitOk = field(c.shape, kpi, path, 'unit', 'text');
  const targetOk = field(c.shape, kpi, path, 'target', 'object');
  if (idOk && !broken(c, `${path}.id`)) {
    const id = kpi.id as string;
    const first = c.kpiIds.get(id);
    if (first !== undefined) c.add(`${path}.id`, 'DUPLICATE_ID', { kind: 'KPI', id, first });
    else c.kpiIds.set(id, `${path}.id`);
  }
  if (!(idOk && nameOk && unitOk && targetOk) || broken(c, path)) return;
  try {
    const form = compiled(kpi as unknown as Kpi);
    c.onKpi?.(form);
  } catch (error) {
    if (!(error instanceof MunikpiError)) throw error;
    const data = { kpi: kpi.id, detail: error.message };
    KPI_ERRORS.set(data, error);
    c.add(path, error.code, data);
  }
}

function programIssues(c: Context, program: unknown, path: string): void {
  if (!isObject(program)) {
    c.shape(path, 'INVALID_TYPE', { expected: 'object' });
    return;
  }
  const idOk = field(c.shape, program, path, 'id', 'text');
  field(c.shape, program, path, 'name', 'text');
  const directionOk = field(c.shape, program, path, 'direction', 'text');
  const numberOk = field(c.shape, program, path, 'number', 'number');
  const kpisOk = field(c.shape, program, path, 'kpis', 'list', true);
  const reportsOk = field(c.shape, program, path, 'reports', 'object', true);
  if (c.content) {
    // The functions that take a plan read any kind as "not implementation"; a plan must name one.
    if (program.kind === undefined) c.shape(`${path}.kind`, 'MISSING_FIELD', { field: 'kind' });
    else if (program.kind !== 'implementation' && program.kind !== 'study')
      c.shape(`${path}.kind`, 'INVALID_VALUE', { allowed: ['implementation', 'study'] });
    if (idOk && !broken(c, `${path}.id`)) {
      const id = program.id as string;
      const first = c.programIds.get(id);
      if (first !== undefined) c.add(`${path}.id`, 'DUPLICATE_ID', { kind: 'program', id, first });
      else c.programIds.set(id, `${path}.id`);
    }
    if (numberOk && idOk && !broken(c, `${path}.number`)) {
      const first = c.programNumbers.get(program.number as number);
      if (first !== undefined && first !== program.id)
        c.add(`${path}.number`, 'DUPLICATE_PROGRAM_NUMBER', { number: program.number, first });
      else if (first === undefined) c.programNumbers.set(program.number as number, program.id as string);
    }
    if (directionOk) checkDirectionRef(c, program.direction, `${path}.direction`);
  }
  const reports = reportsOk ? (program.reports as Record<string, unknown>) : {};
  for (const year of Object.keys(reports)) {
    const report = reports[year];
    const at = `${path}.reports.${year}`;
    if (!isObject(report)) c.shape(at, 'INVALID_TYPE', { expected: 'object' });
    else {
      field(c.shape, report, at, 'rating', 'text', true);
      field(c.shape, report, at, 'results', 'list', true);
      if (c.content) {
        checkYearKey(c, year, at);
        checkRating(c, report.rating, `${at}.rating`);
      }
    }
  }
  if (kpisOk) {
    const kpis = program.kpis as unknown[];
    for (let k = 0; k < kpis.length; k++) checkKpi(c, kpis[k], `${path}.kpis[${k}]`);
  }
}

function checkSummary(c: Context, summary: unknown, path: string): void {
  if (!isObject(summary)) {
    c.shape(path, 'INVALID_TYPE', { expected: 'object' });
    return;
  }
  const yearOk = fiscalYear(c.shape, summary.fiscalYear, `${path}.fiscalYear`);
  if (yearOk && c.content && c.period !== null && !broken(c, `${path}.fiscalYear`)) {
    const y = summary.fiscalYear as number;
    if (y < c.period.start || y > c.period.end)
      c.add(`${path}.fiscalYear`, 'FISCAL_YEAR_OUTSIDE_PERIOD', { fiscalYear: y, ...c.period });
  }
  if (field(c.shape, summary, path, 'rows', 'list')) {
    const rows = summary.rows as unknown[];
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      const at = `${path}.rows[${r}]`;
      if (!isObject(row)) {
        c.shape(at, 'INVALID_TYPE', { expected: 'object' });
        continue;
      }
      const directionOk = field(c.shape, row, at, 'direction', 'text');
      counts(c.shape, row.counts, `${at}.counts`);
      if (!c.content) continue;
      if (directionOk) checkDirectionRef(c, row.direction, `${at}.direction`);
      if (isObject(row.counts))
        for (const code of Object.keys(row.counts)) checkRating(c, code, `${at}.counts.${code}`);
    }
  }
  if (field(c.shape, summary, path, 'total', 'object', true)) {
    const total = summary.total as Record<string, unknown>;
    counts(c.shape, total.counts, `${path}.total.counts`);
    if (c.content && isObject(total.counts))
      for (const code of Object.keys(total.counts)) checkRating(c, code, `${path}.total.counts.${code}`);
  }
}

function scaleFor(plan: Record<string, unknown>, options: CheckOptions, c: Context): RatingScale | null {
  if (options.scale !== undefined) return options.scale;
  if (plan.scale === undefined) return SAB_SCALE;
  if (broken(c, 'scale')) return null;
  try {
    checkScale(plan.scale);
    return plan.scale as RatingScale;
  } catch (error) {
    if (!(error instanceof MunikpiError)) throw error;
    c.add('scale', 'INVALID_SCALE', { reason: error.message });
    return null;
  }
}

/** Checks the plan's judgement rule, if it has one, as defineJudgementRule does. */
function checkPlanRule(plan: Record<string, unknown>, c: Context): void {
  if (plan.rule === undefined || broken(c, 'rule') || !c.content) return;
  try {
    checkRule(plan.rule);
  } catch (error) {
    if (!(error instanceof MunikpiError)) throw error;
    c.add('rule', 'INVALID_RULE', { reason: error.message });
  }
}

/** The context for a plan, before its directions, scale and period are known. */
function contextFor(list: IssueList, options: CheckOptions): Context {
  const add: Add = (path, code, data) => {
    list.add(path, code, data);
  };
  return {
    add,
    shape: list.sawShell ? TOLD : add,
    seen: list.sawShell,
    list,
    content: options.shapeOnly !== true,
    onKpi: options.onKpi,
    period: null,
    directions: new Set(),
    scale: null,
    programIds: new Map(),
    programNumbers: new Map(),
    kpiIds: new Map(),
  };
}

/**
 * Every problem of a plan, in one pass: its shape, directions that programs and summary rows
 * name but the plan lacks, duplicate ids (directions, programs, KPIs) and program numbers,
 * ratings not on its scale (対象外 codes allowed), KPIs that contradict themselves, reports and
 * summaries for years outside its period. Each problem is told once, with its path and one
 * code; a part whose shape is broken is not checked for its content. Issues are listed up to
 * the limits ({@link ISSUE_LIMITS}), the rest counted in one line per code.
 *
 * @param plan - a plan, or any value that should be one
 * @param options - limits on the list; `shapeOnly` to check the shape alone
 * @returns every issue, `[]` for a valid plan
 * @throws {MunikpiError} `INVALID_ARGUMENT` when the options are not an object
 *
 * @example
 * import { planIssues } from 'munikpi/schema';
 * const issues = planIssues({
 *   id: 'demo', municipality: '小平市', title: 'プログラム', period: { start: 2021, end: 2024 },
 *   directions: [{ id: 'd1', number: 1, name: '方向性1' }],
 *   programs: [{ id: 'p1', number: 1, name: 'プログラム1', kind: 'implementation', direction: 'd9' }],
 * });
 * issues.map((issue) => `${issue.path} ${issue.code}`); // ['programs[0].direction UNKNOWN_DIRECTION']
 */
export function planIssues(plan: unknown, options?: PlanIssueOptions): PlanIssue[] {
  const kept = options === undefined && isObject(plan) ? sealedIssues.get(plan) : undefined;
  if (kept !== undefined) return [...kept];
  return checkIssues(plan, optionsOf(options));
}

/**
 * planIssues with what validatePlan, definePlan and auditPlan pass besides: the list to fill,
 * the scale already resolved, a hand for each KPI compiled.
 * @internal
 */
export function checkIssues(plan: unknown, opts: CheckOptions): PlanIssue[] {
  const list = opts.into ?? new IssueList(opts);
  const shell = contextFor(list, opts);
  if (!isObject(plan)) {
    shell.shape('(document)', 'INVALID_TYPE', { expected: 'object' });
    return list.issues();
  }
  field(shell.shape, plan, '', 'id', 'text');
  let period: { start: number; end: number } | null = null;
  if (field(shell.shape, plan, '', 'period', 'object')) {
    const p = plan.period as Record<string, unknown>;
    const startOk = fiscalYear(shell.shape, p.start, 'period.start');
    const endOk = fiscalYear(shell.shape, p.end, 'period.end');
    if (startOk && endOk && !broken(shell, 'period.start') && !broken(shell, 'period.end')) {
      period = { start: p.start as number, end: p.end as number };
      if (period.end < period.start) {
        if (shell.content) shell.add('period', 'INVALID_FISCAL_YEAR', { ...period });
        period = null;
      }
    }
  }
  const scale = scaleFor(plan, opts, shell);
  checkPlanRule(plan, shell);
  const directions = new Set<string>();
  if (field(shell.shape, plan, '', 'directions', 'list')) {
    const items = plan.directions as unknown[];
    const first = new Map<string, string>();
    for (let i = 0; i < items.length; i++) {
      const d = items[i];
      const path = `directions[${i}]`;
      if (!isObject(d)) shell.shape(path, 'INVALID_TYPE', { expected: 'object' });
      else if (field(shell.shape, d, path, 'id', 'text')) {
        const id = d.id as string;
        const earlier = first.get(id);
        if (earlier !== undefined && shell.content && !broken(shell, `${path}.id`))
          shell.add(`${path}.id`, 'DUPLICATE_ID', { kind: 'direction', id, first: earlier });
        else first.set(id, `${path}.id`);
        directions.add(id);
      }
    }
  }
  const c: Context = { ...shell, period, directions, scale };
  if (field(shell.shape, plan, '', 'programs', 'list')) {
    const programs = plan.programs as unknown[];
    for (let i = 0; i < programs.length; i++) {
      // Where zod has looked, it told the shape problems; elsewhere this checker tells them.
      c.seen = list.sawProgram(i);
      c.shape = c.seen ? TOLD : c.add;
      programIssues(c, programs[i], `programs[${i}]`);
    }
  }
  c.seen = shell.seen;
  c.shape = shell.shape;
  if (field(shell.shape, plan, '', 'summaries', 'list', true)) {
    const summaries = plan.summaries as unknown[];
    for (let i = 0; i < summaries.length; i++) checkSummary(c, summaries[i], `summaries[${i}]`);
  }
  return list.issues();
}

/** Plans checked and deeply frozen by definePlan or parsePlan. */
const sealed = new WeakSet<object>();
/** What the checker found in each sealed plan when munikpi sealed it (a sealed plan cannot change). */
const sealedIssues = new WeakMap<object, readonly PlanIssue[]>();

/**
 * The INVALID_PLAN error for a plan's issues, with the first few in its message.
 * @internal
 */
export function invalidPlan(issues: readonly PlanIssue[], input?: unknown): MunikpiError {
  const lines = (lang: Language) => issues.slice(0, 5).map((i) => `${i.path}: ${issueMessage(i, lang)}`);
  return errorOf(
    'INVALID_PLAN',
    { planProblems },
    {
      count: issues.length,
      lines: { ja: lines('ja'), en: lines('en') },
      more: Math.max(0, issues.length - 5),
    },
    { input, issues: issues.map((i) => ({ ...i, message: issueMessage(i) })) },
  );
}

/**
 * Checks that a value has a plan's shape (and a valid scale), so that the functions that take
 * it never meet a TypeError halfway. A plan sealed by definePlan or parsePlan was checked when
 * it was sealed and cannot change; any other plan, even one frozen at the top, may have changed
 * below since the last call and is checked every time.
 * @internal
 */
export function checkPlan(plan: unknown): asserts plan is Plan {
  checkObject(plan);
  if (sealed.has(plan)) return;
  const issues = checkIssues(plan, { shapeOnly: true, scale: scaleArgument(plan) });
  if (issues.length > 0) throw invalidPlan(issues, plan);
}

/**
 * Every issue of a value given to definePlan, in one pass: shape and content together (the
 * caller throws the shape problems, then a KPI's). A value that is no object, or whose scale is
 * bad, is thrown at once, with INVALID_ARGUMENT or the scale's own code.
 * @internal
 */
export function definitionIssues(plan: unknown, onKpi: (compiled: CompiledKpi) => void): PlanIssue[] {
  checkObject(plan);
  return checkIssues(plan, { onKpi, scale: scaleArgument(plan) });
}

function checkObject(plan: unknown): asserts plan is object {
  if (typeof plan !== 'object' || plan === null || Array.isArray(plan)) {
    throw errorOf('INVALID_ARGUMENT', { notAPlan }, { input: plan });
  }
}

/** The scale of a plan argument, checked: a bad scale keeps its own code, as defineRatingScale gives it. */
function scaleArgument(plan: object): RatingScale {
  const scale = (plan as { scale?: unknown }).scale;
  if (scale === undefined) return SAB_SCALE;
  checkScale(scale);
  return scale as RatingScale;
}

/**
 * Notes that a plan has been checked and frozen (by definePlan or parsePlan), so that the
 * functions that take it do not check it again.
 * @internal
 */
export function markSealed(plan: object, issues: readonly PlanIssue[]): void {
  if (!Object.isFrozen(plan)) return;
  sealed.add(plan);
  // The plan cannot change now: what the checker found in it stands, for planIssues and audits.
  sealedIssues.set(plan, deepFreeze([...issues]));
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
    throw errorOf('INVALID_ARGUMENT', { notAProgram }, { input: program });
  }
  const list = new IssueList();
  const c = contextFor(list, { shapeOnly: true });
  programIssues(c, program, 'program');
  const issues = list.issues();
  if (issues.length > 0) throw invalidPlan(issues, program);
}

/**
 * A fiscal year argument, checked: a whole number 1873..9998.
 * @internal
 */
export function checkYear(fiscalYear: unknown): FiscalYear {
  if (isFiscalYearNumber(fiscalYear)) return fiscalYear;
  throw errorOf(
    'INVALID_FISCAL_YEAR',
    { notAFiscalYearIn },
    { input: fiscalYear, min: FISCAL_YEAR_MIN, max: FISCAL_YEAR_MAX },
  );
}
