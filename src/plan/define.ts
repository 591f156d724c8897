import { MunikpiError, type MunikpiErrorCode } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { withInspect } from '../core/inspect.js';
import { planPeriod } from '../fiscal/index.js';
import { type CompiledKpi, sealCompiled } from '../kpi/compile.js';
import { showKpi } from '../kpi/define.js';
import type { RatingScale } from '../rating/scale.js';
import {
  definitionIssues,
  invalidPlan,
  isKpiIssue,
  isSealed,
  isShapeIssue,
  issueMessage,
  kpiErrorOf,
  markSealed,
} from './check.js';
import type { Plan, Program } from './types.js';

/**
 * Checks a plan's KPIs and returns the plan frozen. The rating codes are taken from its scale
 * (Kodaira's S/A/B when it has none), so that an editor completes every `rating` and flags a
 * code that is not on the scale; KPI target kinds and common units complete too. The plan is
 * checked by the one plan checker (planIssues): a broken shape or a KPI that contradicts itself
 * is thrown; the other problems (duplicate ids, ratings off the scale, years outside the
 * period) are not: {@link auditPlan} and planIssues report them all at once.
 *
 * @param plan - the plan
 * @returns the same plan, deeply frozen
 * @throws {MunikpiError} `INVALID_PLAN` with `issues` for a broken shape; `INVALID_SCALE`;
 *   the codes of {@link evaluateKpi} for a contradictory KPI (with `issues` giving its path)
 *
 * @example
 * import { definePlan } from 'munikpi';
 * const plan = definePlan({
 *   id: 'demo', municipality: '小平市', title: '第1期経営方針推進プログラム',
 *   period: { start: 2021, end: 2024 },
 *   directions: [{ id: 'd1', number: 1, name: '地域資源によるサービスの実現' }],
 *   programs: [{ id: 'p1', number: 1, name: '幅広い市民意見の収集', kind: 'implementation',
 *     direction: 'd1', reports: { 2023: { rating: 'A' } } }],
 * });
 * Object.isFrozen(plan.programs[0]); // true
 */
export function definePlan<const Code extends string = 'S' | 'A' | 'B'>(
  plan: Plan<NoInfer<Code>> & { readonly scale?: RatingScale<Code> },
): Plan<Code> {
  // A sealed plan was checked when it was sealed and cannot have changed since.
  if (isSealed(plan)) return plan as unknown as Plan<Code>;
  // Every KPI checked before anything is frozen, in the one pass that checks the shape;
  // compiled once and kept.
  const kpis: CompiledKpi[] = [];
  const issues = definitionIssues(plan, (c) => kpis.push(c));
  const shape = issues.filter(isShapeIssue);
  if (shape.length > 0) throw invalidPlan(shape, plan);
  const broken = issues.find(isKpiIssue);
  if (broken !== undefined) {
    // The KPI's own error, re-thrown with the plan as its input: its message is already the
    // catalogue's, and its detail (kept) lets errorMessage word it in Japanese.
    const detail = kpiErrorOf(broken)?.detail;
    throw new MunikpiError(broken.code as MunikpiErrorCode, String(broken.data.detail), {
      input: plan,
      issues: [{ ...broken, message: issueMessage(broken) }],
      ...(detail === undefined ? {} : { detail }),
    });
  }
  sealCompiled(kpis, () => sealPlan(plan as unknown as Plan));
  markSealed(plan, issues);
  return plan as unknown as Plan<Code>;
}

function showPlan(plan: Plan): string {
  let period = `FY${plan.period.start}–FY${plan.period.end}`;
  try {
    period = planPeriod(plan.period.start, plan.period.end).label;
  } catch {
    // A period outside the era calendar keeps its plain form.
  }
  const years = (plan.summaries ?? []).map((s) => `FY${s.fiscalYear}`);
  return (
    `Plan ${plan.municipality} ${plan.title} ${period}: ${plan.directions.length} directions, ` +
    `${plan.programs.length} programs${years.length > 0 ? `, declared summaries ${years.join(', ')}` : ''}`
  );
}

function showProgram(program: Program): string {
  const ratings = Object.entries(program.reports ?? {})
    .filter(([, r]) => r.rating !== undefined)
    .map(([year, r]) => `FY${year} ${r.rating}`);
  const kpis = program.kpis?.length ?? 0;
  return (
    `Program ${program.display ?? program.number} ${program.name} [${program.direction}]` +
    `${ratings.length > 0 ? ` rated ${ratings.join(', ')}` : ''}${kpis > 0 ? `; ${kpis} KPI${kpis === 1 ? '' : 's'}` : ''}`
  );
}

/**
 * Makes a checked plan ready to share: the plan, its programs and KPIs readable in the REPL,
 * everything deeply frozen.
 * @internal
 */
export function sealPlan<P extends Plan>(plan: P): P {
  withInspect(plan, showPlan);
  for (const program of plan.programs) {
    withInspect(program, showProgram);
    for (const kpi of program.kpis ?? []) withInspect(kpi, showKpi);
  }
  return deepFreeze(plan);
}
