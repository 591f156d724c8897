/*
 * What a KPI definition may hold, at its edges: units and the kinds they imply, whole numbers
 * for counts, no negative money or counts, fiscal years 1873..9998, due dates by month or by
 * day, and observations whose value, state and date are checked when the KPI is read.
 */
import { describe, expect, it } from 'vitest';
import { evaluateKpi, type Kpi, unitKindOf } from '../../src/index.js';
import { errorCode, thrown } from '../helpers.js';

const level = (patch: Partial<Kpi>): Kpi => ({
  id: 'k',
  name: 'k',
  unit: 'pt',
  baseline: { value: 0, asOf: '2021-04-01' },
  target: { kind: 'level', value: 10, by: 2024 },
  ...patch,
});

describe('units decide how figures are read', () => {
  it('knows percent, points, money and counts, around spaces', () => {
    expect(unitKindOf('%')).toBe('percent');
    expect(unitKindOf(' ％ ')).toBe('percent');
    expect(unitKindOf('ポイント')).toBe('quantity');
    expect(unitKindOf('円')).toBe('money');
    expect(unitKindOf('件')).toBe('count');
    expect(unitKindOf('m²')).toBe('quantity');
  });
});

describe('money and counts', () => {
  it('refuses negative money and counts, and accepts zero', () => {
    const money = (value: number): Kpi => ({
      id: 'm',
      name: 'm',
      unit: '円',
      target: { kind: 'annual', value },
    });
    expect(evaluateKpi(money(0), { fiscalYear: 2023, actual: 0 }).status).toBe('achieved');
    expect(errorCode(() => evaluateKpi(money(-1), { fiscalYear: 2023 }))).toBe('NEGATIVE_VALUE');
    expect(errorCode(() => evaluateKpi(money(5), { fiscalYear: 2023, actual: -1 }))).toBe('NEGATIVE_VALUE');
    expect(
      errorCode(() =>
        evaluateKpi(level({ unit: '件', baseline: { value: -1, asOf: '2021-04-01' } }), { fiscalYear: 2023 }),
      ),
    ).toBe('NEGATIVE_VALUE');
    // A count target (件 or kind count) is whole; a percentage may be negative or fractional.
    expect(
      evaluateKpi(level({ unit: '%', baseline: { value: -5.5, asOf: '2021-04-01' } }), {
        fiscalYear: 2023,
      }).baseline?.toString(),
    ).toBe('-5.5');
    expect(
      errorCode(() =>
        evaluateKpi(level({ unit: '件', target: { kind: 'level', value: 2.5, by: 2024 } }), {
          fiscalYear: 2023,
        }),
      ),
    ).toBe('NOT_AN_INTEGER');
    const count: Kpi = { id: 'c', name: 'c', unit: '回', target: { kind: 'count', value: 1 } };
    expect(errorCode(() => evaluateKpi(count, { fiscalYear: 2023, actual: 1.5 }))).toBe('NOT_AN_INTEGER');
    expect(errorCode(() => evaluateKpi(count, { fiscalYear: 2023, actual: -1 }))).toBe('NEGATIVE_VALUE');
    expect(evaluateKpi(count, { fiscalYear: 2023, actual: '2.0' }).status).toBe('achieved');
  });

  it('refuses a change or rate that works the target out below zero money', () => {
    const kpi: Kpi = {
      id: 'cost',
      name: '経常経費',
      unit: '円',
      direction: 'lower',
      baseline: { value: 100, asOf: '2021-04-01' },
      target: { kind: 'change', amount: 150, by: 2024 },
    };
    expect(thrown(() => evaluateKpi(kpi, { fiscalYear: 2023 })).message).toBe(
      'KPI "cost": the target works out below zero',
    );
  });
});

describe('fiscal years in a KPI lie in 1873..9998', () => {
  it('accepts the first and last and refuses the years beyond', () => {
    const period = (start: number, end: number) =>
      evaluateKpi(
        { id: 'p', name: 'p', unit: '件', target: { kind: 'count', value: 1 }, period: { start, end } },
        { fiscalYear: start },
      );
    expect(period(1873, 9998).fiscalYear).toBe(1873);
    expect(errorCode(() => period(1872, 2000))).toBe('INVALID_FISCAL_YEAR');
    expect(errorCode(() => period(2000, 9999))).toBe('INVALID_FISCAL_YEAR');
    expect(errorCode(() => period(2000.5 as number, 2001))).toBe('INVALID_FISCAL_YEAR');
    expect(thrown(() => period(1872, 2000)).message).toBe(
      'KPI "p": period.start: 1872 is not a fiscal year 1873..9998',
    );
  });
});

describe('milestones due by a month or by a day', () => {
  const due = (when: string): Kpi => ({
    id: 'm',
    name: 'm',
    unit: '園',
    target: { kind: 'milestone', due: when },
  });

  it('counts a month as due until its last day', () => {
    const feb = due('2024-02');
    expect(evaluateKpi(feb, { fiscalYear: 2023, actual: { done: true, on: '2024-02-29' } }).met).toBe(true);
    expect(evaluateKpi(feb, { fiscalYear: 2023, actual: { done: true, on: '2024-03-01' } }).met).toBe(false);
    expect(evaluateKpi(feb, { fiscalYear: 2023, actual: { done: true, on: '2024-02' } }).met).toBe(true);
    expect(evaluateKpi(feb, { fiscalYear: 2023, actual: { done: true, on: '2024-03' } }).met).toBe(false);
    expect(evaluateKpi(feb, { fiscalYear: 2023, actual: { done: true, on: '2024-01-31' } }).met).toBe(true);
  });

  it('is on track until the fiscal year that reaches the first day it is due', () => {
    const april = due('2023-04');
    expect(evaluateKpi(april, { fiscalYear: 2022, actual: { done: false } }).status).toBe('on-track');
    expect(evaluateKpi(april, { fiscalYear: 2023, actual: { done: false } }).status).toBe('behind');
    const march = due('2023-03');
    expect(evaluateKpi(march, { fiscalYear: 2022, actual: { done: false } }).status).toBe('behind');
    expect(evaluateKpi(march, { fiscalYear: 2021, actual: { done: false } }).status).toBe('on-track');
  });

  it('counts a day as due on that day only', () => {
    const day = due('2024-02-29');
    expect(evaluateKpi(day, { fiscalYear: 2023, actual: { done: true, on: '2024-02-29' } }).met).toBe(true);
    expect(evaluateKpi(day, { fiscalYear: 2023, actual: { done: true, on: '2024-03-01' } }).met).toBe(false);
    expect(evaluateKpi(day, { fiscalYear: 2023, actual: { done: true, on: '2024-02' } }).met).toBe(true);
  });

  it('refuses dates that are not YYYY-MM or YYYY-MM-DD, naming where they are', () => {
    expect(errorCode(() => evaluateKpi(due('2024-13'), { fiscalYear: 2023 }))).toBe('INVALID_DATE');
    expect(errorCode(() => evaluateKpi(due('2024/02'), { fiscalYear: 2023 }))).toBe('INVALID_DATE');
    expect(thrown(() => evaluateKpi(due('x2024-02'), { fiscalYear: 2023 })).message).toBe(
      'KPI "m": due: "x2024-02" is not a date YYYY-MM-DD',
    );
    expect(thrown(() => evaluateKpi(due('2024-02-30'), { fiscalYear: 2023 })).message).toBe(
      'KPI "m": due: "2024-02-30" does not exist',
    );
    expect(
      thrown(() =>
        evaluateKpi(due('2024-02'), { fiscalYear: 2023, actual: { done: true, on: 202402 as never } }),
      ).message,
    ).toBe('KPI "m": milestone date: 202402 is not YYYY-MM or YYYY-MM-DD');
  });
});

describe('observations are checked when the KPI is read', () => {
  it('refuses a bad value, state or date in any year, naming the KPI', () => {
    const withObservation = (observation: object): Kpi =>
      level({
        observations: [{ fiscalYear: 2021, value: 1 }, { fiscalYear: 2022, ...observation } as never],
      });
    expect(thrown(() => evaluateKpi(withObservation({ value: 'abc' }), { fiscalYear: 2021 })).message).toBe(
      'KPI "k": observation for 2022: "abc" is not a finite decimal number',
    );
    expect(
      thrown(() => evaluateKpi(withObservation({ milestone: { done: 'yes' } }), { fiscalYear: 2021 }))
        .message,
    ).toBe('KPI "k": an object is not a milestone state { done, on? }');
    expect(thrown(() => evaluateKpi(withObservation({ milestone: 'done' }), { fiscalYear: 2021 })).code).toBe(
      'INVALID_KPI',
    );
    expect(
      thrown(() => evaluateKpi(withObservation({ value: 2, asOf: '2023-02-30' }), { fiscalYear: 2021 }))
        .message,
    ).toBe('KPI "k": observation asOf: "2023-02-30" does not exist');
    expect(
      evaluateKpi(withObservation({ value: 2, asOf: '2023-03-31' }), { fiscalYear: 2022 }).actual?.toString(),
    ).toBe('2');
  });
});
