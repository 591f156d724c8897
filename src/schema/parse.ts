import { z } from 'zod';
import { MunikpiError, type MunikpiIssue } from '../core/errors.js';
import { type CompiledKpi, compileKpi, sealCompiled } from '../kpi/compile.js';
import { defineKpi, type Kpi } from '../kpi/index.js';
import { markSealed } from '../plan/check.js';
import { sealPlan } from '../plan/define.js';
import type { Plan } from '../plan/index.js';
import { defineRatingScale, RATING_SCALES, type RatingScale } from '../rating/index.js';
import { readingOf } from '../rating/scale.js';
import { checkValue, formatPath, type ReadJsonOptions, readJson, readLimits } from './json.js';
import { kpiSchema, type PlanDocument, planSchema } from './schemas.js';

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
  /** Every problem found, each with its path. */
  readonly issues: readonly MunikpiIssue[];
}

/** The result of {@link validatePlan}: the plan, or every problem found. */
export type PlanValidation = ValidPlan | InvalidPlan;

function zodIssues(error: z.ZodError): MunikpiIssue[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    code: issue.code,
    message: issue.message,
  }));
}

function read(input: unknown, options: ReadJsonOptions | undefined): unknown {
  if (typeof input === 'string') return readJson(input, options);
  const issues = checkValue(input, readLimits(options).maxDepth);
  if (issues.length > 0) {
    const first = issues[0] as MunikpiIssue;
    throw new MunikpiError(
      first.code === 'NESTING_TOO_DEEP' ? 'NESTING_TOO_DEEP' : 'FORBIDDEN_KEY',
      `${first.path}: ${first.message}`,
      { issues },
    );
  }
  return input;
}

const PRESETS = new Map(Object.values(RATING_SCALES).map((scale) => [scale.id, scale as RatingScale]));

function resolveScale(doc: PlanDocument): RatingScale {
  if (doc.scale === undefined) return RATING_SCALES.kodaira;
  if (typeof doc.scale === 'string') return PRESETS.get(doc.scale) as RatingScale;
  return doc.scale as RatingScale;
}

/** Checks what zod cannot see: references, uniqueness, ratings on the plan's own scale, KPI logic. */
function semanticIssues(doc: PlanDocument, scale: RatingScale, compiledKpis: CompiledKpi[]): MunikpiIssue[] {
  const issues: MunikpiIssue[] = [];
  const push = (path: PropertyKey[], code: string, message: string) =>
    issues.push({ path: formatPath(path), code, message });
  if (typeof doc.scale === 'object') {
    try {
      defineRatingScale(structuredClone(doc.scale));
    } catch (error) {
      if (!(error instanceof MunikpiError)) throw error;
      push(['scale'], error.code, error.message);
    }
  }
  if (doc.period.end < doc.period.start)
    push(['period'], 'INVALID_FISCAL_YEAR', 'the period ends before it starts');
  const codes = scale.levels.map((level) => level.code);
  const allowed = new Set([...codes, ...(scale.notApplicable ?? []), ...(scale.unrated ?? [])]);
  // A mark in a look-alike spelling (○ for 〇) is the scale's own: readingOf says so.
  const unknown = (code: string) => readingOf(scale, code).kind === 'unknown';
  const expected = `expected one of ${[...allowed].join(', ')}`;
  const directionIds = new Set<string>();
  doc.directions.forEach((d, i) => {
    if (directionIds.has(d.id))
      push(['directions', i, 'id'], 'DUPLICATE_ID', `the direction id "${d.id}" appears twice`);
    directionIds.add(d.id);
  });
  const known = `expected one of ${[...directionIds].join(', ')}`;
  const programIds = new Set<string>();
  const kpiIds = new Set<string>();
  doc.programs.forEach((program, i) => {
    if (programIds.has(program.id)) {
      push(['programs', i, 'id'], 'DUPLICATE_ID', `the program id "${program.id}" appears twice`);
    }
    programIds.add(program.id);
    if (!directionIds.has(program.direction)) {
      push(
        ['programs', i, 'direction'],
        'UNKNOWN_DIRECTION',
        `"${program.direction}" is not a direction: ${known}`,
      );
    }
    for (const [year, report] of Object.entries(program.reports ?? {})) {
      if (report.rating !== undefined && unknown(report.rating)) {
        push(['programs', i, 'reports', year, 'rating'], 'UNKNOWN_RATING', `"${report.rating}": ${expected}`);
      }
    }
    (program.kpis ?? []).forEach((kpi, j) => {
      if (kpiIds.has(kpi.id))
        push(['programs', i, 'kpis', j, 'id'], 'DUPLICATE_ID', `the KPI id "${kpi.id}" appears twice`);
      kpiIds.add(kpi.id);
      try {
        compiledKpis.push(compileKpi(kpi as Kpi));
      } catch (error) {
        if (!(error instanceof MunikpiError)) throw error;
        push(['programs', i, 'kpis', j], error.code, error.message);
      }
    });
  });
  (doc.summaries ?? []).forEach((summary, i) => {
    summary.rows.forEach((row, j) => {
      if (!directionIds.has(row.direction)) {
        push(
          ['summaries', i, 'rows', j, 'direction'],
          'UNKNOWN_DIRECTION',
          `"${row.direction}" is not a direction: ${known}`,
        );
      }
      for (const code of Object.keys(row.counts)) {
        if (unknown(code))
          push(['summaries', i, 'rows', j, 'counts', code], 'UNKNOWN_RATING', `"${code}": ${expected}`);
      }
    });
  });
  return issues;
}

/**
 * Checks a plan document against the schema and the rules zod cannot see (references,
 * duplicate ids, ratings on the plan's scale, KPI logic), and lists every problem with its
 * path. Never throws for a bad document; throws only for text that cannot be read at all.
 *
 * @param input - JSON text, or a value already parsed
 * @param options - size and depth limits for text
 * @returns `{ ok: true, plan }` or `{ ok: false, issues }`
 * @throws {MunikpiError} `INVALID_JSON`, `DOCUMENT_TOO_LARGE`, `NESTING_TOO_DEEP` or
 *   `FORBIDDEN_KEY` when the document cannot be read safely
 *
 * @example
 * import { validatePlan } from 'munikpi/schema';
 * const result = validatePlan({ id: 'x' });
 * result.ok; // false
 * result.issues[0]?.path; // 'municipality'
 */
export function validatePlan(input: unknown, options?: ReadJsonOptions): PlanValidation {
  const value = read(input, options);
  const parsed = planSchema.safeParse(value);
  if (!parsed.success) return { ok: false, plan: null, issues: zodIssues(parsed.error) };
  const doc = parsed.data;
  const scale = resolveScale(doc);
  const compiledKpis: CompiledKpi[] = [];
  const issues = semanticIssues(doc, scale, compiledKpis);
  if (issues.length > 0) return { ok: false, plan: null, issues };
  const { $schema: _schema, scale: _scale, ...rest } = doc;
  // The KPIs were compiled while checking: keep those forms with them before they are frozen.
  const plan = sealCompiled(compiledKpis, () => sealPlan({ ...rest, scale } as Plan));
  markSealed(plan);
  return { ok: true, plan, issues: [] };
}

/**
 * Reads a plan document: JSON text or a parsed value in the plan layout (docs/data-format.md),
 * checked against the schema. Returns the typed plan, deeply frozen; a rejected document
 * leaves nothing half-built.
 *
 * @param input - JSON text, or a value already parsed
 * @param options - size and depth limits for text
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
export function parsePlan(input: unknown, options?: ReadJsonOptions): Plan {
  const result = validatePlan(input, options);
  if (result.ok) return result.plan;
  const shown = result.issues.slice(0, 5).map((issue) => `${issue.path}: ${issue.message}`);
  const more = result.issues.length > 5 ? `; and ${result.issues.length - 5} more` : '';
  throw new MunikpiError(
    'INVALID_PLAN',
    `the plan has ${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}: ${shown.join('; ')}${more}`,
    { issues: result.issues },
  );
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
  const parsed = kpiSchema.safeParse(value);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    throw new MunikpiError(
      'INVALID_KPI',
      `the KPI has ${issues.length} problem${issues.length === 1 ? '' : 's'}: ${issues
        .slice(0, 5)
        .map((issue) => `${issue.path}: ${issue.message}`)
        .join('; ')}`,
      { issues },
    );
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
    ...(z.toJSONSchema(planSchema, {
      target: 'draft-2020-12',
      io: 'input',
      unrepresentable: 'any',
    }) as Record<string, unknown>),
    title: 'munikpi plan',
    description: 'A municipal reform plan with directions, programs, KPIs and yearly reports (munikpi).',
  };
}
