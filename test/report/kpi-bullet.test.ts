import { describe, expect, it } from 'vitest';
import { kodairaFy2023 } from '../../src/data/kodaira-fy2023.js';
import type { Kpi } from '../../src/index.js';
import { renderKpiBullet, yearsWithFigures } from '../../src/report/charts/kpi-bullet.js';
import { renderKpiChart } from '../../src/report/charts/kpi-chart.js';
import { textWidth } from '../../src/report/charts/svg.js';

const kpis = kodairaFy2023.programs.flatMap((p) => p.kpis ?? []);
function kodairaKpi(id: string): Kpi {
  const kpi = kpis.find((k) => k.id === id);
  if (kpi === undefined) throw new Error(`no KPI ${id}`);
  return kpi;
}

/** Overtime hours over ten years: a year target and an actual every year, close together. */
const overtime: Kpi = {
  id: 'overtime',
  name: '時間外勤務時間',
  unit: '時間',
  direction: 'lower',
  baseline: { value: 150, fiscalYear: 2015 },
  target: { kind: 'level', value: 120, by: 2025 },
  yearTargets: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [2016 + i, 147 - 3 * i])),
  period: { start: 2016, end: 2025 },
  observations: Array.from({ length: 8 }, (_, i) => ({
    fiscalYear: 2016 + i,
    value: Number((147.8 - 2.2 * i).toFixed(1)),
  })),
};

/** The boxes of a chart's 11-unit labels, as the layout estimates them. */
function labelBoxes(svg: string) {
  return [...svg.matchAll(/<text x="([-\d.]+)" y="([-\d.]+)" font-size="11"([^>]*)>([^<]*)<\/text>/g)]
    .filter((m) => (m[3] ?? '').includes('paint-order'))
    .map((m) => {
      const [x, y, attrs, content] = [Number(m[1]), Number(m[2]), m[3] ?? '', m[4] ?? ''];
      const width = textWidth(content, 11) * (attrs.includes('bold') ? 1.05 : 1);
      const x0 = attrs.includes('text-anchor="end"') ? x - width : x;
      return { content, x0, x1: x0 + width, y0: y - 11, y1: y + 3 };
    });
}

describe('the KPI charts of the HTML report', () => {
  it('count the years with a figure: none for 移管率, one for 応募団体数 and 電子決裁率, two from the second observation', () => {
    const period = { from: 2021, to: 2024 };
    expect(yearsWithFigures(kodairaKpi('p2-transfer'), period)).toBe(0);
    expect(yearsWithFigures(kodairaKpi('p3-applicants'))).toBe(1);
    expect(yearsWithFigures(kodairaKpi('p12-e-approval'))).toBe(1);
    expect(yearsWithFigures(kodairaKpi('p5-catering'))).toBe(1);
    expect(yearsWithFigures(overtime)).toBe(8);
  });

  it('draw 電子決裁率 as a bullet: the actual 73.9% behind, the year target 85%, the target 90%, 83.075% on the line', () => {
    const svg = renderKpiBullet(kodairaKpi('p12-e-approval'), { showTitle: false });
    expect(svg).toContain('class="munikpi-chart munikpi-kpi-bullet"');
    expect(svg).toContain('data-status="behind"');
    for (const label of [
      '実績 73.9%（遅れ）',
      '年度目標 85%',
      '目標値 90%',
      '計画線上の値 83.075%',
      '>R5<',
    ]) {
      expect(svg).toContain(label);
    }
    expect(svg).toContain('R5: 実績 73.9%、年度目標 85%、計画線上の値 83.075%、進捗率 41.88%、遅れ');
  });

  it('never let the labels of close marks overlap, in the bullet or in the path over ten years', () => {
    for (const svg of [renderKpiBullet(kodairaKpi('p12-e-approval')), renderKpiChart(overtime)]) {
      const boxes = labelBoxes(svg);
      expect(boxes.length).toBeGreaterThanOrEqual(3);
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
          expect(apart, `${a.content} / ${b.content}`).toBe(true);
        }
      }
    }
  });

  it('show a milestone on one line: 完了 2024-01（達成）, due 2024-01', () => {
    const svg = renderKpiBullet(kodairaKpi('p5-catering'));
    expect(svg).toContain('完了 2024-01（達成）');
    expect(svg).toContain('期限 2024-01');
  });

  it('title a KPI without a unit by its name alone, not 「…（）」', () => {
    const milestone: Kpi = {
      id: 'dx',
      name: '窓口DXシステム稼働',
      unit: '',
      target: { kind: 'milestone', due: '2024-03' },
      period: { start: 2021, end: 2024 },
    };
    expect(renderKpiChart(milestone)).toContain('<title id="munikpi-kpi-title">窓口DXシステム稼働</title>');
  });

  it('print a no-worse KPI’s first figure as not judgeable (no year before it), not as 62%（データなし）', () => {
    const satisfaction: Kpi = {
      id: 's',
      name: '満足度',
      unit: '%',
      target: { kind: 'no-worse' },
      period: { start: 2021, end: 2024 },
      observations: [
        { fiscalYear: 2021, value: 62 },
        { fiscalYear: 2022, value: 65 },
      ],
    };
    const svg = renderKpiChart(satisfaction);
    // No year before it to compare with: not judgeable, which is not the same as no data.
    expect(svg).toContain('>62%（判定できない）<');
    expect(svg).not.toContain('62%（データなし）');
    expect(svg).toContain('65%（達成）');
  });
});
