/*
 * What evaluateKpi keeps between calls: the compiled form of a KPI munikpi sealed itself
 * (defineKpi, definePlan, parsePlan: deeply frozen), never that of a KPI the caller froze,
 * since Object.freeze is shallow and what the KPI holds may still change.
 */
import { describe, expect, it } from 'vitest';
import { defineKpi, evaluateKpi, type Kpi } from '../../src/index.js';
import { issueKpi } from '../fixtures/issue-kpi.js';

/** The first observation of a KPI, writable: what a caller holding the object can do. */
function firstObservation(kpi: Kpi): { value: number } {
  return (kpi.observations as unknown as { value: number }[])[0] as { value: number };
}

describe('KPIs frozen by the caller', () => {
  it('a KPI frozen only at the top shows an observation changed below (the issue’s example)', () => {
    const kpi = Object.freeze(issueKpi());
    const before = evaluateKpi(kpi, { fiscalYear: 2023 });
    expect([before.actual?.toString(), before.status]).toEqual(['10', 'behind']);
    firstObservation(kpi).value = 95;
    const after = evaluateKpi(kpi, { fiscalYear: 2023 });
    expect(after.actual?.toString()).toBe('95');
    expect(after.status).toBe('on-track');
  });

  it('a KPI frozen all the way down by the caller is still read afresh after its target is replaced', () => {
    const kpi = { ...issueKpi(), target: { kind: 'level' as const, value: 100, by: 2024 } };
    expect(evaluateKpi(Object.freeze(kpi), { fiscalYear: 2023 }).target?.toString()).toBe('100');
    const moved = Object.freeze({ ...kpi, target: Object.freeze({ ...kpi.target, value: 12 }) });
    expect(evaluateKpi(moved, { fiscalYear: 2023 }).target?.toString()).toBe('12');
  });
});

describe('KPIs sealed by defineKpi', () => {
  it('defineKpi freezes below a KPI the caller froze only at the top, so nothing can change', () => {
    const kpi = defineKpi(Object.freeze(issueKpi()));
    expect(Object.isFrozen(kpi.observations?.[0])).toBe(true);
    expect(() => {
      firstObservation(kpi).value = 95;
    }).toThrow(TypeError);
    expect(evaluateKpi(kpi, { fiscalYear: 2023 }).actual?.toString()).toBe('10');
  });

  it('a sealed KPI gives the same evaluation as the same KPI read afresh', () => {
    const sealed = defineKpi(issueKpi());
    const loose = issueKpi();
    for (const fiscalYear of [2021, 2022, 2023, 2024]) {
      expect(evaluateKpi(sealed, { fiscalYear }).toJSON()).toEqual(
        evaluateKpi(loose, { fiscalYear }).toJSON(),
      );
    }
  });

  it('a KPI that inherits from a sealed one is read as itself', () => {
    const sealed = defineKpi(issueKpi());
    const child = Object.freeze(
      Object.create(sealed, { target: { value: { kind: 'level', value: 12, by: 2024 } } }),
    );
    expect(evaluateKpi(child as Kpi, { fiscalYear: 2023 }).status).toBe('on-track');
  });
});
