/*
 * A KPI's timeline: where its baseline sits, read the same by evaluation, suggestions and charts.
 * A baseline as of 年度末 (31 March) sits at the end of that fiscal year, where a `fiscalYear`
 * baseline sits and where the next 1 April sits.
 */
import { describe, expect, it } from 'vitest';
import { evaluateKpi, evaluateKpiSeries, type Kpi, type KpiBaseline } from '../../src/index.js';
import { renderKpiChart } from '../../src/report/index.js';

/** Level 100 by FY2024 from 0, with 40 observed in FY2021. */
function fromZero(baseline: KpiBaseline): Kpi {
  return {
    id: 'k',
    name: 'x',
    unit: '%',
    period: { start: 2020, end: 2024 },
    baseline,
    target: { kind: 'level', value: 100, by: 2024 },
    observations: [{ fiscalYear: 2021, value: 40 }],
  };
}

const yearEnd = fromZero({ value: 0, asOf: '2020-03-31' });
const fiscalYear = fromZero({ value: 0, fiscalYear: 2019 });
const nextApril = fromZero({ value: 0, asOf: '2020-04-01' });

describe('a baseline as of 年度末', () => {
  it('paces the line from the end of that fiscal year: FY2021 expects 40, and 40 is on track', () => {
    const e = evaluateKpi(yearEnd, { fiscalYear: 2021 });
    expect(e.expected?.toString()).toBe('40');
    expect(e.expectedProgress?.toString()).toBe('40');
    expect(e.status).toBe('on-track');
  });

  it('gives every year the figures of a fiscalYear baseline and of one taken the next 1 April', () => {
    const json = (kpi: Kpi) => evaluateKpiSeries(kpi).map((e) => e.toJSON());
    expect(json(yearEnd)).toEqual(json(fiscalYear));
    expect(json(nextApril)).toEqual(json(fiscalYear));
  });

  it('is drawn where a fiscalYear baseline is drawn, its line and marks with it', () => {
    const geometry = (kpi: Kpi) => renderKpiChart(kpi).replace(/<desc[\s\S]*?<\/desc>/, '');
    expect(geometry(yearEnd)).toMatch(/<g class="baseline" data-x="56" /);
    expect(geometry(yearEnd)).toBe(geometry(fiscalYear));
  });

  it('leaves a baseline taken the day before where it was: a day into the year’s end', () => {
    const e = evaluateKpi(fromZero({ value: 0, asOf: '2020-03-30' }), { fiscalYear: 2021 });
    // 2 years and 2 days of 5 years and 2 days (FY2019 has 366 days): 734 / 1832 of the way.
    expect(e.expected?.toString()).toBe('40.0655');
    expect(e.status).toBe('behind');
  });
});
