import { deepFreeze } from '../freeze.js';
import { compiled } from '../kpi/compile.js';
import type { Plan } from './types.js';

/**
 * Checks a plan's KPIs and returns the plan frozen, with its literal types kept so that an
 * editor completes ids, kinds and rating codes. Structural problems (duplicate numbers,
 * ratings off the scale, a summary that does not add up) are not thrown: {@link auditPlan}
 * reports them all at once.
 *
 * @param plan - the plan
 * @returns the same plan, deeply frozen
 * @throws {MunikpiError} the codes of {@link evaluateKpi} for a contradictory KPI
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
export function definePlan<const P extends Plan>(plan: P): P {
  for (const program of plan.programs) for (const kpi of program.kpis ?? []) compiled(kpi);
  return deepFreeze(plan);
}
