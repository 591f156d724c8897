import { deepFreeze } from '../freeze.js';
import { compileKpi } from './compile.js';
import type { Kpi } from './types.js';

/**
 * Checks a KPI and returns it frozen, with its literal types kept so that an editor completes
 * target kinds, units and ids. Frozen KPIs are compiled once and evaluate faster.
 *
 * @param kpi - the KPI
 * @returns the same KPI, deeply frozen
 * @throws {MunikpiError} the codes of {@link evaluateKpi} for a contradictory KPI
 *
 * @example
 * import { defineKpi, evaluateKpi } from 'munikpi';
 * const sales = defineKpi({
 *   id: 'p9-sales', name: '公有財産の売払い', unit: '円',
 *   target: { kind: 'annual', value: 20_000_000 },
 * });
 * evaluateKpi(sales, { fiscalYear: 2023, actual: 604_701_094 }).gap?.toString(); // '584701094'
 */
export function defineKpi<const K extends Kpi>(kpi: K): K {
  compileKpi(kpi);
  return deepFreeze(kpi);
}
