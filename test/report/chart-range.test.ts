import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Kpi, Plan } from '../../src/index.js';
import { num } from '../../src/report/charts/svg.js';
import { renderHtmlReport, renderKpiChart } from '../../src/report/index.js';
import { parsePlan } from '../../src/schema/index.js';
import { errorCode } from '../helpers.js';

/** A KPI whose figures are given as decimal strings, as the schema accepts them. */
function kpiWith(baseline: string, target: string, actual: string, yearTarget?: string): Kpi {
  return {
    id: 'k',
    name: '巨大な値',
    unit: '%',
    baseline: { value: baseline, fiscalYear: 2020 },
    target: { kind: 'level', value: target, by: 2024 },
    period: { start: 2021, end: 2024 },
    ...(yearTarget === undefined ? {} : { yearTargets: { 2023: yearTarget } }),
    observations: [{ fiscalYear: 2023, value: actual }],
  };
}

/** Every number written in an attribute of the SVG. */
function coordinates(svg: string): string[] {
  return [...svg.matchAll(/\b(?:x|y|x1|y1|x2|y2|cx|cy|r|width|height|data-[a-z-]+)="([^"]*)"/g)]
    .map((m) => m[1] as string)
    .filter((v) => /^[-\d.NI]/.test(v) && !v.endsWith('%'));
}

/** Figures beyond what a double holds (1e309, 2e308), at its edge, and tiny. */
const HOSTILE: readonly (readonly [string, string, string, string?])[] = [
  ['1', '1e309', '5'],
  ['1', '2e308', '3', '1e308'],
  ['1e309', '2e309', '1.5e309'],
  ['0', '1.7976931348623157e308', '1e308'],
  ['0', '9.99e399', '5e399', '7e399'],
  ['1e-320', '5e-320', '2e-320'],
  ['0', '1e-398', '5e-399'],
];

describe('KPI charts with figures beyond the range of a double', () => {
  it('draw every point with finite coordinates: no NaN, no Infinity, no exponent', () => {
    for (const [baseline, target, actual, yearTarget] of HOSTILE) {
      const svg = renderKpiChart(kpiWith(baseline, target, actual, yearTarget));
      expect(XMLValidator.validate(svg), `${target}: well-formed`).toBe(true);
      expect(svg).not.toMatch(/NaN|Infinity/);
      for (const value of coordinates(svg)) expect(value, target).toMatch(/^-?\d+(\.\d+)?$/);
    }
  });

  it('keeps the exact figures in the text: the actual and the target as written', () => {
    const svg = renderKpiChart(kpiWith('1', '1e309', '5'));
    expect(svg).toContain('data-status=');
    expect(svg).toContain(`目標値 1${'0'.repeat(309)}%`);
    expect(svg).toContain('実績 5%');
  });

  it('places a value beyond a double in proportion: 1.5e309 halfway between 1e309 and 2e309', () => {
    const svg = renderKpiChart(kpiWith('1e309', '2e309', '1.5e309'));
    const actual = /class="actual"[^>]* data-y="([^"]+)"/.exec(svg);
    const target = /class="target" data-y="([^"]+)"/.exec(svg);
    const base = /class="baseline"[^>]* data-y="([^"]+)"/.exec(svg);
    const [a, t, b] = [actual?.[1], target?.[1], base?.[1]].map(Number) as [number, number, number];
    expect(Math.abs(a - (t + b) / 2)).toBeLessThan(0.02);
  });

  it('label the axis with exact values in exponent form, and keep the plot inside the picture', () => {
    const svg = renderKpiChart(kpiWith('0', '2e309', '1e309'));
    expect(svg).toContain('>2e+309<');
    expect(svg).toContain('>1e+309<');
    const grid = /data-left="([^"]+)"[^>]* data-right="([^"]+)"/.exec(svg);
    expect(Number(grid?.[1])).toBeLessThan(Number(grid?.[2]));
  });

  it('draw any level KPI of decimal strings up to 1e±399', () => {
    const arbFigure = fc
      .tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: -399, max: 397 }))
      .map(([m, e]) => `${m}e${e}`);
    fc.assert(
      fc.property(arbFigure, arbFigure, arbFigure, (...figures) => {
        const [baseline, actual, target] = figures.sort((a, b) => new Decimal(a).cmp(b)) as [
          string,
          string,
          string,
        ];
        if (new Decimal(baseline).eq(target)) return true;
        const svg = renderKpiChart(kpiWith(baseline, target, actual));
        return !/NaN|Infinity/.test(svg) && coordinates(svg).every((v) => /^-?\d+(\.\d+)?$/.test(v));
      }),
      { numRuns: 200 },
    );
  });
});

describe('the HTML report with such a KPI', () => {
  it('keeps the chart on the page, with the rest of the report', () => {
    const plan: Plan = parsePlan({
      id: 'huge',
      municipality: '架空市',
      title: '巨大値の計画',
      period: { start: 2021, end: 2024 },
      directions: [{ id: 'd1', number: 1, name: '方向性' }],
      programs: [
        {
          id: 'p1',
          number: 1,
          name: 'プログラム',
          kind: 'implementation',
          direction: 'd1',
          reports: { 2023: { rating: 'A' } },
          kpis: [kpiWith('1', '1e309', '5'), { ...kpiWith('1', '2e308', '3'), id: 'k2' }],
        },
      ],
    });
    const html = renderHtmlReport(plan, 2023);
    expect(html).not.toMatch(/NaN|Infinity/);
    expect(html.match(/<figure class="chart kpi[ "]/g)).toHaveLength(2);
    expect(html).toContain('プログラム');
  });
});

describe('num (a coordinate as text)', () => {
  it('refuses NaN, the infinities and coordinates no drawing has', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e300, -1e13]) {
      expect(errorCode(() => num(bad))).toBe('INVALID_NUMBER');
    }
  });

  it('writes finite coordinates rounded to 2 places', () => {
    expect(num(12.345)).toBe('12.35');
    expect(num(-0.001)).toBe('0');
    expect(num(1e12)).toBe('1000000000000');
  });
});
