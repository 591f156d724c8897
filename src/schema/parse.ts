import * as z from 'zod/mini';
import { errorOf, type MunikpiIssue } from '../core/errors.js';
import { PLAN_LIMITS } from '../core/limits.js';
import { kpiProblems, problemAt } from '../core/messages/errors-en.js';
import { type Language, languageOf } from '../core/messages/index.js';
import { type CompiledKpi, sealCompiled } from '../kpi/compile.js';
import { defineKpi, type Kpi } from '../kpi/index.js';
import {
  checkIssues,
  type IssueLimits,
  IssueList,
  invalidPlan,
  issueMessage,
  markSealed,
  type PlanIssue,
  type PlanIssueCode,
} from '../plan/check.js';
import { sealPlan } from '../plan/define.js';
import type { Plan } from '../plan/index.js';
import { RATING_SCALES, type RatingScale } from '../rating/index.js';
import { checkValue, formatPath, type ReadJsonOptions, readJson, readLimits } from './json.js';
import {
  COLOUR,
  DATE,
  DECIMAL,
  FISCAL_YEAR_KEY,
  kpiSchema,
  LOOSE_DATE,
  type PlanDocument,
  planObjectSchema,
  programSchema,
} from './schemas.js';

/** One problem of a plan document: its path, one code, the data behind it and its words. */
export interface ValidationIssue extends PlanIssue, MunikpiIssue {
  /** The code; {@link PLAN_ISSUE_CODES} says what each means. */
  readonly code: PlanIssueCode;
  /** What is wrong, in the language asked for (English unless `lang` says otherwise). */
  readonly message: string;
}

/** A document that passed {@link validatePlan}. */
export interface ValidPlan {
  /** It passed. */
  readonly ok: true;
  /** The plan, deeply frozen. */
  readonly plan: Plan;
  /** No problems. */
  readonly issues: readonly [];
}

/** A document that failed {@link validatePlan}. */
export interface InvalidPlan {
  /** It failed. */
  readonly ok: false;
  /** No plan. */
  readonly plan: null;
  /**
   * Every problem found, each with its path and one code; past the limits, one line per code
   * counts the rest ("and 4,499,855 more of the same kind").
   */
  readonly issues: readonly ValidationIssue[];
}

/** The result of {@link validatePlan}: the plan, or every problem found. */
export type PlanValidation = ValidPlan | InvalidPlan;

/** Options for {@link validatePlan} and {@link parsePlan}. */
export interface ValidateOptions extends ReadJsonOptions, IssueLimits {
  /** The language of the issues' messages. Default `en`. */
  readonly lang?: Language;
}

/** Fields that hold a fiscal year, wherever they are. */
const FISCAL_YEAR_FIELDS: ReadonlySet<PropertyKey> = new Set(['fiscalYear', 'start', 'end', 'by']);

const KINDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'number',
  int: 'whole number',
  array: 'list',
  object: 'object',
  record: 'object',
  boolean: 'true or false',
};

/** The code a pattern's misses get. */
function formatIssue(pattern: string | undefined): [PlanIssueCode, Record<string, unknown>] {
  if (pattern === String(DECIMAL)) return ['INVALID_NUMBER', {}];
  if (pattern === String(DATE) || pattern === String(LOOSE_DATE)) return ['INVALID_DATE', {}];
  if (pattern === String(FISCAL_YEAR_KEY)) return ['INVALID_FISCAL_YEAR', {}];
  if (pattern === String(COLOUR)) return ['INVALID_VALUE', { format: '#rrggbb' }];
  return ['INVALID_VALUE', { format: String(pattern) }];
}

type Tell = (path: PropertyKey[], code: PlanIssueCode, data: Record<string, unknown>) => void;

/** The code of a record key's problem: a fiscal year's, a pattern's, too long or empty. */
function keyIssue(inner: z.core.$ZodIssue): readonly [PlanIssueCode, Record<string, unknown>] {
  switch (inner.code) {
    case 'invalid_format':
      return formatIssue((inner as { pattern?: string }).pattern);
    case 'too_big':
      return ['TOO_LONG', { max: Number(inner.maximum), unit: 'characters' }];
    case 'custom':
      return [
        (inner.params as { code?: PlanIssueCode } | undefined)?.code ?? 'INVALID_VALUE',
        { format: inner.message },
      ];
    default:
      return ['INVALID_VALUE', { empty: true }];
  }
}

/** A zod issue as the plan issue it is: one code from the plan vocabulary. */
function fromZod(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[], tell: Tell): void {
  const path = [...prefix, ...issue.path];
  const last = issue.path[issue.path.length - 1];
  const input = (issue as { input?: unknown }).input;
  const yearField = last !== undefined && FISCAL_YEAR_FIELDS.has(last);
  const missing =
    input === undefined &&
    (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union');
  if (missing) {
    tell(path, 'MISSING_FIELD', { field: String(last ?? '(document)') });
    return;
  }
  switch (issue.code) {
    case 'invalid_type':
      if (yearField) tell(path, 'INVALID_FISCAL_YEAR', { value: input });
      else tell(path, 'INVALID_TYPE', { expected: KINDS[issue.expected] ?? issue.expected });
      return;
    case 'too_small':
      if (yearField && issue.origin === 'number') tell(path, 'INVALID_FISCAL_YEAR', { value: input });
      else if (issue.origin === 'string' && Number(issue.minimum) === 1)
        tell(path, 'INVALID_VALUE', { empty: true });
      else tell(path, 'INVALID_VALUE', { min: Number(issue.minimum) });
      return;
    case 'too_big':
      if (yearField && issue.origin === 'number') tell(path, 'INVALID_FISCAL_YEAR', { value: input });
      else if (issue.origin === 'string' || issue.origin === 'array')
        tell(path, 'TOO_LONG', {
          max: Number(issue.maximum),
          unit: issue.origin === 'array' ? 'items' : 'characters',
        });
      else tell(path, 'INVALID_VALUE', { max: Number(issue.maximum) });
      return;
    case 'unrecognized_keys':
      for (const key of issue.keys) tell([...path, key], 'UNKNOWN_FIELD', { field: key });
      return;
    case 'invalid_value':
      tell(path, 'INVALID_VALUE', { allowed: issue.values.map(String) });
      return;
    case 'invalid_format': {
      const [code, data] = formatIssue((issue as { pattern?: string }).pattern);
      tell(path, code, code === 'INVALID_FISCAL_YEAR' ? { value: input } : data);
      return;
    }
    case 'invalid_key': {
      // A record key: the key is the input, and zod's path ends at it.
      const at = last === input ? path : [...path, String(input)];
      for (const inner of issue.issues) {
        const [code, data] = keyIssue(inner);
        tell(at, code, code === 'INVALID_FISCAL_YEAR' ? { value: input } : data);
      }
      return;
    }
    case 'invalid_union': {
      const discriminator = (issue as { discriminator?: string }).discriminator;
      if (discriminator !== undefined) {
        const given = (input as Record<string, unknown> | undefined)?.[discriminator];
        if (given === undefined) tell(path, 'MISSING_FIELD', { field: discriminator });
        else
          tell(path, 'INVALID_VALUE', {
            allowed: (issue as { options?: unknown[] }).options?.map(String) ?? [],
          });
      } else if (last === 'scale')
        tell(path, 'INVALID_SCALE', {
          reason: `expected one of ${Object.keys(PRESETS_BY_ID).join(', ')} or a scale object`,
        });
      else tell(path, 'INVALID_NUMBER', {});
      return;
    }
    case 'custom': {
      const code = (issue.params as { code?: PlanIssueCode } | undefined)?.code ?? 'INVALID_VALUE';
      tell(path, code, code === 'INVALID_VALUE' ? { format: issue.message } : {});
      return;
    }
    default:
      tell(path, 'INVALID_VALUE', { format: issue.message });
  }
}

function read(input: unknown, options: ReadJsonOptions | undefined): unknown {
  if (typeof input === 'string') return readJson(input, options);
  const issues = checkValue(input, readLimits(options).maxDepth);
  if (issues.length > 0) {
    const first = issues[0] as MunikpiIssue;
    throw errorOf(
      first.code === 'NESTING_TOO_DEEP' ? 'NESTING_TOO_DEEP' : 'FORBIDDEN_KEY',
      { problemAt },
      { path: first.path, message: first.message },
      { issues },
    );
  }
  return input;
}

const PRESETS_BY_ID: Readonly<Record<string, RatingScale>> = Object.fromEntries(
  Object.values(RATING_SCALES).map((scale) => [scale.id, scale as RatingScale]),
);

/** The plan without its programs, which are checked one by one, so that checking can stop. */
const shellSchema = z.extend(planObjectSchema, {
  programs: z.array(z.unknown()).check(z.maxLength(PLAN_LIMITS.programs)),
});

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Runs zod over the document, the plan's shell first and then program by program, telling
 * each problem to the list; stops once the list is full (what follows is still counted by the
 * plan checker). Returns the parsed document when zod found nothing.
 */
function zodPass(value: unknown, list: IssueList): PlanDocument | null {
  const tell: Tell = (path, code, data) => {
    list.tell(formatPath(path), code, data);
  };
  const shell = shellSchema.safeParse(value, { reportInput: true });
  if (!shell.success) for (const issue of shell.error.issues) fromZod(issue, [], tell);
  const programs = isObject(value) && Array.isArray(value.programs) ? value.programs : [];
  const parsed: unknown[] = [];
  const count = Math.min(programs.length, PLAN_LIMITS.programs);
  let i = 0;
  for (; i < count && !list.full; i++) {
    const result = programSchema.safeParse(programs[i], { reportInput: true });
    if (result.success) parsed.push(result.data);
    else for (const issue of result.error.issues) fromZod(issue, ['programs', i], tell);
  }
  list.saw(i);
  if (!shell.success || list.seen > 0) return null;
  return { ...shell.data, programs: parsed } as PlanDocument;
}

/**
 * Checks a plan document against the schema and the plan's rules, and lists every problem
 * in one pass, each with its path and one code (see PLAN_ISSUE_CODES): the layout (zod), then
 * on every part that is well formed, the references, duplicate ids, ratings on the plan's
 * scale, KPIs that contradict themselves and years outside the period (the plan checker that
 * definePlan and auditPlan share). A plan with millions of problems lists the first of each
 * code and counts the rest. Never throws for a bad document; throws only for text that cannot
 * be read at all.
 *
 * @param input - JSON text, or a value already parsed
 * @param options - size and depth limits for text; limits on the list; the language of messages
 * @returns `{ ok: true, plan }` or `{ ok: false, issues }`
 * @throws {MunikpiError} `INVALID_JSON`, `DOCUMENT_TOO_LARGE`, `NESTING_TOO_DEEP` or
 *   `FORBIDDEN_KEY` when the document cannot be read safely
 *
 * @example
 * import { validatePlan } from 'munikpi/schema';
 * const result = validatePlan({ id: 'x' });
 * result.ok; // false
 * result.issues[0]?.path; // 'municipality'
 * result.issues[0]?.code; // 'MISSING_FIELD'
 */
export function validatePlan(input: unknown, options?: ValidateOptions): PlanValidation {
  return validateValue(read(input, options), options);
}

/**
 * validatePlan of a value whose keys and nesting its maker decided (the importer's document):
 * the schema and the plan's rules, without the walk that looks for forbidden keys and depth.
 * @internal
 */
export function validateValue(value: unknown, options?: ValidateOptions): PlanValidation {
  const lang = languageOf(options?.lang, 'en');
  const list = new IssueList(options);
  const doc = zodPass(value, list);
  const scaleValue = isObject(value) ? value.scale : undefined;
  const scale = typeof scaleValue === 'string' ? (PRESETS_BY_ID[scaleValue] ?? null) : undefined;
  const compiledKpis: CompiledKpi[] = [];
  const checked = doc === null ? value : { ...doc, scale: scale ?? doc.scale };
  checkIssues(checked, {
    into: list,
    ...(scale === undefined ? {} : { scale }),
    onKpi: (c) => compiledKpis.push(c),
  });
  const issues = list.issues();
  if (issues.length > 0 || doc === null) {
    return {
      ok: false,
      plan: null,
      issues: issues.map((issue) => ({ ...issue, message: issueMessage(issue, lang) })),
    };
  }
  const { $schema: _schema, scale: _scale, ...rest } = doc;
  // The KPIs were compiled while checking: keep those forms with them before they are frozen.
  const plan = sealCompiled(compiledKpis, () =>
    sealPlan({
      ...rest,
      scale: (checked as { scale?: RatingScale }).scale ?? RATING_SCALES.kodaira,
    } as Plan),
  );
  markSealed(plan, issues);
  return { ok: true, plan, issues: [] };
}

/**
 * Reads a plan document: JSON text or a parsed value in the plan layout (docs/data-format.md),
 * checked against the schema. Returns the typed plan, deeply frozen; a rejected document
 * leaves nothing half-built.
 *
 * @param input - JSON text, or a value already parsed
 * @param options - size and depth limits for text; limits on the list of issues
 * @returns the plan
 * @throws {MunikpiError} `INVALID_PLAN` with `issues` listing every problem and its path
 *   (`programs[3].reports.2023.rating: "C": expected one of S, A, B`); `INVALID_JSON` (syntax
 *   or a duplicate key), `DOCUMENT_TOO_LARGE`, `NESTING_TOO_DEEP`, `FORBIDDEN_KEY`
 *
 * @example
 * import { parsePlan } from 'munikpi/schema';
 * const plan = parsePlan(JSON.stringify({
 *   id: 'demo', municipality: '小平市', title: '第1期経営方針推進プログラム',
 *   period: { start: 2021, end: 2024 },
 *   directions: [{ id: 'd1', number: 1, name: '地域資源によるサービスの実現' }],
 *   programs: [{ id: 'p1', number: 1, name: '幅広い市民意見の収集', kind: 'implementation',
 *     direction: 'd1', reports: { 2023: { rating: 'A', results: ['…'] } } }],
 * }));
 * plan.programs[0]?.reports?.['2023']?.rating; // 'A'
 */
export function parsePlan(input: unknown, options?: ValidateOptions): Plan {
  const result = validatePlan(input, options);
  if (result.ok) return result.plan;
  throw invalidPlan(result.issues);
}

/**
 * Reads one KPI from JSON text or a parsed value, checked against the schema and the KPI rules.
 *
 * @param input - JSON text, or a value already parsed
 * @param options - size and depth limits for text
 * @returns the KPI, deeply frozen
 * @throws {MunikpiError} `INVALID_KPI` with `issues`; the reading codes of {@link readJson};
 *   the codes of defineKpi for a contradictory KPI
 *
 * @example
 * import { parseKpi } from 'munikpi/schema';
 * parseKpi('{"id":"k","name":"電子決裁率","unit":"%","target":{"kind":"level","value":90,"by":2024}}').name;
 * // '電子決裁率'
 */
export function parseKpi(input: unknown, options?: ReadJsonOptions): Kpi {
  const value = read(input, options);
  const parsed = kpiSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    const issues: MunikpiIssue[] = [];
    const ja: string[] = [];
    const tell: Tell = (path, code, data) => {
      const issue = { path: formatPath(path), code, severity: 'error' as const, data };
      issues.push({ ...issue, message: issueMessage(issue) });
      if (ja.length < 5) ja.push(`${issue.path}: ${issueMessage(issue, 'ja')}`);
    };
    for (const issue of parsed.error.issues) fromZod(issue, [], tell);
    const en = issues.slice(0, 5).map((issue) => `${issue.path}: ${issue.message}`);
    throw errorOf('INVALID_KPI', { kpiProblems }, { count: issues.length, lines: { ja, en } }, { issues });
  }
  return defineKpi(parsed.data as Kpi);
}

/**
 * The JSON Schema (draft 2020-12) of the plan layout, generated from the zod schema, for tools
 * in other languages. The package also ships it as `munikpi/schema/plan.schema.json`. Rules the JSON
 * Schema cannot state (references, uniqueness, ratings on the plan's scale, KPI logic) are
 * checked by {@link parsePlan} only.
 *
 * @returns the JSON Schema as an object
 *
 * @example
 * import { planJsonSchema } from 'munikpi/schema';
 * planJsonSchema().type; // 'object'
 */
export function planJsonSchema(): Record<string, unknown> {
  return {
    ...(z.toJSONSchema(planObjectSchema, {
      target: 'draft-2020-12',
      io: 'input',
      unrepresentable: 'any',
    }) as Record<string, unknown>),
    title: 'munikpi plan',
    description: 'A municipal reform plan with directions, programs, KPIs and yearly reports (munikpi).',
  };
}
