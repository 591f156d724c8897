import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { defineKpi, evaluateKpi, type Kpi } from '../../src/index.js';
import { errorCode } from '../helpers.js';

const level: Kpi = {
  id: 'level',
  name: '電子決裁率',
  unit: '%',
  baseline: { value: 62.3, asOf: '2021-04-01' },
  target: { kind: 'level', value: 90, by: 2024 },
  period: { start: 2021, end: 2024 },
};

describe('evaluateKpi rejects bad input with a code', () => {
  it('non-numeric and non-finite actuals: INVALID_NUMBER', () => {
    for (const actual of [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      'abc',
      '',
      ' ',
      '1e99999',
      '0x10',
      '1,000',
      {},
      [],
    ]) {
      expect(errorCode(() => evaluateKpi(level, { fiscalYear: 2023, actual: actual as never }))).toBe(
        'INVALID_NUMBER',
      );
    }
    expect(errorCode(() => evaluateKpi(level, { fiscalYear: 2023, actual: new Decimal(Number.NaN) }))).toBe(
      'INVALID_NUMBER',
    );
  });

  it('accepts numbers, numeric strings, bigints and Decimals alike', () => {
    for (const actual of [73.9, '73.9', ' 73.9 ', '7.39e1', new Decimal('73.9')]) {
      expect(evaluateKpi(level, { fiscalYear: 2023, actual }).progress?.toString()).toBe('41.88');
    }
    expect(evaluateKpi(level, { fiscalYear: 2023, actual: 80n }).actual?.toString()).toBe('80');
    expect(evaluateKpi(level, { fiscalYear: 2023, actual: -0 }).actual?.toString()).toBe('0');
  });

  it('a rate of a zero baseline (the target equals the baseline): TARGET_EQUALS_BASELINE, not Infinity', () => {
    const flat = {
      ...level,
      baseline: { value: '0.00', asOf: '2021-04-01' },
      target: { kind: 'rate', percent: 10, by: 2024 },
    } as const;
    expect(errorCode(() => evaluateKpi(flat, { fiscalYear: 2023, actual: 70 }))).toBe(
      'TARGET_EQUALS_BASELINE',
    );
  });

  it('a fiscal year outside the period or before the baseline: FISCAL_YEAR_OUTSIDE_PERIOD', () => {
    expect(errorCode(() => evaluateKpi(level, { fiscalYear: 2025, actual: 70 }))).toBe(
      'FISCAL_YEAR_OUTSIDE_PERIOD',
    );
    const { period: _p, ...open } = level;
    expect(errorCode(() => evaluateKpi(open, { fiscalYear: 2019, actual: 70 }))).toBe(
      'FISCAL_YEAR_OUTSIDE_PERIOD',
    );
    expect(evaluateKpi(open, { fiscalYear: 2020 }).expected?.toString()).toBe('62.3');
  });

  it('a year target that moves away from the final target: YEAR_TARGET_WRONG_DIRECTION', () => {
    const below = { ...level, yearTargets: { 2023: 60 } };
    expect(errorCode(() => evaluateKpi(below, { fiscalYear: 2023 }))).toBe('YEAR_TARGET_WRONG_DIRECTION');
    const falling = { ...level, yearTargets: { 2022: 80, 2023: 75 } };
    expect(errorCode(() => evaluateKpi(falling, { fiscalYear: 2023 }))).toBe('YEAR_TARGET_WRONG_DIRECTION');
  });

  it('negative money or counts: NEGATIVE_VALUE', () => {
    const money: Kpi = { id: 'm', name: 'm', unit: '円', target: { kind: 'annual', value: -5 } };
    expect(errorCode(() => evaluateKpi(money, { fiscalYear: 2023 }))).toBe('NEGATIVE_VALUE');
    const count: Kpi = {
      id: 'c',
      name: 'c',
      unit: '団体',
      baseline: { value: -1, asOf: '2021-04-01' },
      target: { kind: 'level', value: 4, by: 2024 },
    };
    expect(errorCode(() => evaluateKpi(count, { fiscalYear: 2023 }))).toBe('NEGATIVE_VALUE');
    const derived: Kpi = {
      id: 'd',
      name: 'd',
      unit: '件',
      direction: 'lower',
      baseline: { value: 1, asOf: '2021-04-01' },
      target: { kind: 'change', amount: 2, by: 2024 },
    };
    expect(errorCode(() => evaluateKpi(derived, { fiscalYear: 2023 }))).toBe('NEGATIVE_VALUE');
  });

  it('contradictory KPIs: INVALID_KPI', () => {
    const cases: unknown[] = [
      null,
      { ...level, id: '' },
      { ...level, name: 5 },
      { ...level, unit: null },
      { ...level, direction: 'up' },
      { ...level, target: { kind: 'guess' } },
      { ...level, target: { kind: 'level', value: 50, by: 2024 } },
      { ...level, target: { kind: 'change', amount: 0, by: 2024 } },
      { ...level, target: { kind: 'rate', percent: -5, by: 2024 } },
      { ...level, target: { kind: 'level', value: 90 }, period: undefined },
      { ...level, target: { kind: 'level', value: 90, by: 2020 } },
      { ...level, unitKind: 'weight' },
      { ...level, period: { start: 2024, end: 2021 } },
      { ...level, period: [2021, 2024] },
      { ...level, baseline: 'x' },
      { ...level, yearTargets: [] },
      { ...level, observations: {} },
      { ...level, observations: [5] },
      { ...level, baseline: { value: 1 }, period: undefined, target: { kind: 'level', value: 90, by: 2024 } },
    ];
    for (const kpi of cases) {
      const code = errorCode(() => evaluateKpi(kpi as Kpi, { fiscalYear: 2023 }));
      expect([kpi, code]).toEqual([kpi, 'INVALID_KPI']);
    }
  });

  it('bad fiscal years, inputs and options', () => {
    expect(errorCode(() => evaluateKpi(level, { fiscalYear: 2023.5 }))).toBe('INVALID_FISCAL_YEAR');
    expect(errorCode(() => evaluateKpi(level, null as never))).toBe('INVALID_ARGUMENT');
    expect(errorCode(() => evaluateKpi(level, { fiscalYear: 2023 }, { places: -1 }))).toBe('INVALID_OPTION');
    expect(errorCode(() => evaluateKpi(level, { fiscalYear: 2023 }, { places: 21 }))).toBe('INVALID_OPTION');
    expect(errorCode(() => evaluateKpi(level, { fiscalYear: 2023 }, { rounding: 'banker' as never }))).toBe(
      'INVALID_OPTION',
    );
    expect(errorCode(() => evaluateKpi(level, { fiscalYear: 2023 }, { tolerance: -1 }))).toBe(
      'INVALID_OPTION',
    );
    expect(errorCode(() => evaluateKpi(level, { fiscalYear: 2023, actual: { done: true } }))).toBe(
      'INVALID_NUMBER',
    );
    const yt = { ...level, yearTargets: { R5: 85 } };
    expect(errorCode(() => evaluateKpi(yt as Kpi, { fiscalYear: 2023 }))).toBe('INVALID_FISCAL_YEAR');
  });

  it('bad dates in a KPI: the date codes', () => {
    const badBaseline = { ...level, baseline: { value: 1, asOf: '2021-02-30' } };
    expect(errorCode(() => evaluateKpi(badBaseline, { fiscalYear: 2023 }))).toBe('INVALID_DATE');
    const badDue: Kpi = { id: 'm', name: 'm', unit: '園', target: { kind: 'milestone', due: '2024-13' } };
    expect(errorCode(() => evaluateKpi(badDue, { fiscalYear: 2023 }))).toBe('INVALID_DATE');
    const notText: Kpi = {
      id: 'm',
      name: 'm',
      unit: '園',
      target: { kind: 'milestone', due: 202401 as never },
    };
    expect(errorCode(() => evaluateKpi(notText, { fiscalYear: 2023 }))).toBe('INVALID_DATE');
  });

  it('duplicate observations for one year: DUPLICATE_ID', () => {
    const dup = {
      ...level,
      observations: [
        { fiscalYear: 2023, value: 1 },
        { fiscalYear: 2023, value: 2 },
      ],
    };
    expect(errorCode(() => evaluateKpi(dup, { fiscalYear: 2023 }))).toBe('DUPLICATE_ID');
  });

  it('defineKpi checks at once and freezes', () => {
    const zeroRate = {
      ...level,
      baseline: { value: 0 },
      target: { kind: 'rate', percent: 5, by: 2024 },
    } as const;
    expect(errorCode(() => defineKpi(zeroRate))).toBe('TARGET_EQUALS_BASELINE');
    const k = defineKpi(level);
    expect(Object.isFrozen(k)).toBe(true);
    expect(Object.isFrozen(k.target)).toBe(true);
  });

  it('an unfrozen KPI changed between calls is evaluated as it now is', () => {
    const mutable = { ...level, target: { kind: 'level' as const, value: 90, by: 2024 } };
    expect(evaluateKpi(mutable, { fiscalYear: 2023, actual: 90 }).status).toBe('achieved');
    mutable.target = { kind: 'level', value: 95, by: 2024 };
    expect(evaluateKpi(mutable, { fiscalYear: 2023, actual: 90 }).status).not.toBe('achieved');
  });
});
