import { deepFreeze } from '../core/freeze.js';
import { withInspect } from '../core/inspect.js';
import { compileKpi, sealCompiled } from './compile.js';
import type { Kpi, KpiTarget } from './types.js';

function describeTarget(t: KpiTarget): string {
  switch (t.kind) {
    case 'level':
      return `level ${String(t.value)}${t.by === undefined ? '' : ` by FY${t.by}`}`;
    case 'change':
      return `change by ${String(t.amount)}${t.by === undefined ? '' : ` by FY${t.by}`}`;
    case 'rate':
      return `rate ${String(t.percent)}%${t.by === undefined ? '' : ` by FY${t.by}`}`;
    case 'annual':
    case 'count':
      return `${t.kind} ${String(t.value)} a year`;
    case 'milestone':
      return `milestone due ${t.due}`;
    default:
      return t.kind;
  }
}

/**
 * A KPI in one line for the REPL: `KPI 電子決裁率 (%): level 90 by FY2024, from 62.3 on 2021-04-01`.
 * @internal
 */
export function showKpi(kpi: Kpi): string {
  const b = kpi.baseline;
  const from =
    b?.value === undefined
      ? ''
      : `, from ${String(b.value)}${b.asOf !== undefined ? ` on ${b.asOf}` : b.fiscalYear !== undefined ? ` in FY${b.fiscalYear}` : ''}`;
  const direction = kpi.direction === 'lower' ? ', lower is better' : '';
  const observed = kpi.observations?.length ?? 0;
  return `KPI ${kpi.name} (${kpi.unit}): ${describeTarget(kpi.target)}${from}${direction}${observed > 0 ? `; ${observed} observed` : ''}`;
}

/**
 * Makes a checked KPI ready to share: readable in the REPL, deeply frozen.
 * @internal
 */
export function sealKpi<K extends Kpi>(kpi: K): K {
  return deepFreeze(withInspect(kpi, showKpi));
}

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
  // Checked before anything is frozen; compiled once and kept.
  return sealCompiled([compileKpi(kpi)], () => sealKpi(kpi));
}
