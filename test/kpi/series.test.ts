import { describe, expect, it } from 'vitest';
import {
  defineKpi,
  evaluateKpiSeries,
  formatKpiValue,
  kpiTrend,
  requiredPace,
  roundFigure,
  toDecimal,
  unitKindOf,
} from '../../src/index.js';
import { errorCode } from '../helpers.js';

const eApproval = defineKpi({
  id: 'p12-e-approval',
  name: '電子決裁率',
  unit: '%',
  baseline: { value: '62.3', asOf: '2021-04-01' },
  target: { kind: 'level', value: 90, by: 2024 },
  yearTargets: { 2023: 85 },
  period: { start: 2021, end: 2024 },
  observations: [
    { fiscalYear: 2023, value: '73.9', asOf: '2024-03-31', source: '令和5年度末での電子決裁率73.9%' },
  ],
});

describe('evaluateKpiSeries', () => {
  it('evaluates every year of the period from the observations', () => {
    const series = evaluateKpiSeries(eApproval);
    expect(series.map((e) => [e.fiscalYear, e.status])).toEqual([
      [2021, 'no-data'],
      [2022, 'no-data'],
      [2023, 'behind'],
      [2024, 'no-data'],
    ]);
    expect(series.map((e) => e.expected?.toString())).toEqual(['69.225', '76.15', '83.075', '90']);
  });

  it('takes an explicit range, and needs one without a period', () => {
    expect(evaluateKpiSeries(eApproval, { from: 2023, to: 2023 })).toHaveLength(1);
    const open = defineKpi({ id: 'x', name: 'x', unit: '件', target: { kind: 'count', value: 1 } });
    expect(errorCode(() => evaluateKpiSeries(open))).toBe('INVALID_KPI');
  });
});

describe('kpiTrend', () => {
  const online = defineKpi({
    id: 'online',
    name: 'オンライン申請手続数',
    unit: '手続',
    target: { kind: 'no-worse' },
    observations: [
      { fiscalYear: 2020, value: 18 },
      { fiscalYear: 2021, value: 27 },
      { fiscalYear: 2022, value: 27 },
      { fiscalYear: 2023, value: 0 },
    ],
  });

  it('gives the change and its rate between two years', () => {
    const t = kpiTrend(online, 2020, 2021);
    expect([t.change.toString(), t.changeRate?.toString(), t.direction]).toEqual(['9', '50', 'improved']);
    expect(kpiTrend(online, 2021, 2022).direction).toBe('unchanged');
    expect(kpiTrend(online, 2022, 2023).direction).toBe('worsened');
  });

  it('has no rate from zero, and needs both observations', () => {
    const zero = defineKpi({
      ...online,
      id: 'z',
      observations: [
        { fiscalYear: 2020, value: 0 },
        { fiscalYear: 2021, value: 3 },
      ],
    });
    expect(kpiTrend(zero, 2020, 2021).changeRate).toBeNull();
    expect(errorCode(() => kpiTrend(online, 2019, 2020))).toBe('MISSING_OBSERVATION');
  });

  it('reads improvement the other way for lower-is-better', () => {
    const costs = defineKpi({ ...online, id: 'c', direction: 'lower', unit: '円' });
    expect(kpiTrend(costs, 2020, 2021).direction).toBe('worsened');
  });
});

describe('requiredPace', () => {
  it('needs 16.1 points in R6 to reach 90 % from 73.9 %', () => {
    const pace = requiredPace(eApproval);
    expect([pace.fiscalYear, pace.actual.toString(), pace.yearsLeft, pace.perYear?.toString()]).toEqual([
      2023,
      '73.9',
      1,
      '16.1',
    ]);
  });

  it('needs nothing once the deadline has passed, and an observation to start from', () => {
    const late = defineKpi({ ...eApproval, id: 'late', observations: [{ fiscalYear: 2024, value: 80 }] });
    expect(requiredPace(late).perYear).toBeNull();
    const none = defineKpi({ ...eApproval, id: 'none', observations: [] });
    expect(errorCode(() => requiredPace(none))).toBe('MISSING_OBSERVATION');
    expect(errorCode(() => requiredPace(eApproval, 2022))).toBe('MISSING_OBSERVATION');
  });
});

describe('figures and units', () => {
  it('rounds exactly by every mode', () => {
    expect(roundFigure('41.875', 2).toString()).toBe('41.88');
    expect(roundFigure('41.865', 2, 'half-even').toString()).toBe('41.86');
    expect(roundFigure('2.5', 0, 'half-down').toString()).toBe('2');
    expect(roundFigure('-2.5', 0, 'half-up').toString()).toBe('-3');
    expect(roundFigure('-2.1', 0, 'ceil').toString()).toBe('-2');
    expect(roundFigure('-2.1', 0, 'floor').toString()).toBe('-3');
    expect(roundFigure('2.1', 0, 'up').toString()).toBe('3');
    expect(roundFigure('2.9', 0, 'down').toString()).toBe('2');
    expect(roundFigure('-0.001', 2).toString()).toBe('0');
    expect(errorCode(() => roundFigure('1', 2.5))).toBe('INVALID_OPTION');
  });

  it('infers what a unit measures', () => {
    expect(['%', '円', '団体', '施設', '園', '手続', 't-CO2', 'ポイント'].map(unitKindOf)).toEqual([
      'percent',
      'money',
      'count',
      'count',
      'count',
      'count',
      'quantity',
      'quantity',
    ]);
  });

  it('formats values with their unit', () => {
    expect(formatKpiValue(toDecimal('604701094'), '円')).toBe('604,701,094円');
    expect(formatKpiValue(toDecimal('-1234.5'), '円')).toBe('-1,234.5円');
    expect(formatKpiValue(toDecimal('73.9'), '%')).toBe('73.9%');
    expect(formatKpiValue(toDecimal('1e-7'), 'g')).toBe('0.0000001g');
  });
});
