import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { kodairaFy2023 } from '../../src/data/kodaira-fy2023.js';
import {
  buildReport,
  csvCell,
  displayWidth,
  formatPercent,
  formatYen,
  renderReport,
  toCsv,
} from '../../src/report/index.js';
import { errorCode } from '../helpers.js';

describe('money and percentages', () => {
  it('writes yen grouped by thousands, or in 万/億 units', () => {
    expect(formatYen(604701094)).toBe('604,701,094円');
    expect(formatYen('604701094', { units: true })).toBe('6億470万1,094円');
    expect(formatYen(20_000_000, { units: true })).toBe('2,000万円');
    expect(formatYen('563203860', { units: true })).toBe('5億6,320万3,860円');
    expect(formatYen(0, { units: true })).toBe('0円');
    expect(formatYen('-5763812', { units: true })).toBe('-576万3,812円');
    expect(formatYen('1000000000000', { units: true })).toBe('1兆円');
    expect(formatYen('1234.5')).toBe('1,234.5円');
    expect(formatYen(604701094, { symbol: true })).toBe('¥604,701,094');
    expect(errorCode(() => formatYen(Number.NaN))).toBe('INVALID_NUMBER');
  });

  it('writes percentages with the chosen places, exactly', () => {
    expect(formatPercent('41.877256', { places: 2 })).toBe('41.88%');
    expect(formatPercent(84)).toBe('84.0%');
    expect(formatPercent(84, { fixed: false })).toBe('84%');
    expect(formatPercent('0.125', { places: 2, rounding: 'half-even' })).toBe('0.12%');
  });

  it('measures Japanese text by display width', () => {
    expect(displayWidth('電子決裁率')).toBe(10);
    expect(displayWidth('R5 ①')).toBe(4);
    expect(displayWidth('ｱｲｳ')).toBe(3);
    expect(displayWidth('a\u0301\u200b')).toBe(1);
    expect(errorCode(() => displayWidth(5 as never))).toBe('INVALID_ARGUMENT');
  });
});

describe('CSV cells', () => {
  it('quotes by RFC 4180 and neutralises formulas', () => {
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
    for (const formula of ['=1+1', '+1', '-1+2', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://evil")']) {
      const cell = csvCell(formula);
      const read = (parse(toCsv([[formula]])) as string[][])[0]?.[0];
      expect(read?.startsWith("'")).toBe(true);
      expect(cell.includes(formula.replace(/"/g, '""'))).toBe(true);
    }
    expect(csvCell('-16.1')).toBe('-16.1');
    expect(csvCell('-41.88%')).toBe('-41.88%');
  });
});

describe('buildReport on the Kodaira data', () => {
  const report = buildReport(kodairaFy2023, 2023);

  it('carries the declared summary 1 / 21 / 3 over 25 and the detailed tally', () => {
    expect(report.declared?.total.counts).toEqual({ S: 1, A: 21, B: 3 });
    expect(report.declared?.total.rated).toBe(25);
    expect(report.detailed.total.counts).toEqual({ S: 1, A: 12, B: 3 });
  });

  it('rates program 12 B, and the KPIs suggest B too', () => {
    expect(report.programs.find((p) => p.id === 'p12')).toMatchObject({
      number: '12',
      rating: 'B',
      ratingLabel: '予定よりも遅れている',
      suggested: 'B',
    });
  });

  it('evaluates 電子決裁率 at progress 41.88 and 売払い at achievement 3023.51', () => {
    const kpi = (id: string) => report.kpis.find((k) => k.kpi.id === id)?.evaluation;
    expect(kpi('p12-e-approval')?.progress?.toString()).toBe('41.88');
    expect(kpi('p9-sales')?.achievement?.toString()).toBe('3023.51');
  });

  it('audits clean, with the 9 undetailed programs all to be rated A', () => {
    expect(report.audit.ok).toBe(true);
    expect(
      report.audit.findings.find((f) => f.code === 'UNDETAILED_PROGRAMS' && f.direction === undefined)?.data,
    ).toEqual({
      missing: 9,
      mustBe: { S: 0, A: 9, B: 0 },
    });
  });
});

describe('renderReport', () => {
  it('aligns the terminal table by display width', () => {
    const text = renderReport(kodairaFy2023, 2023, { sections: ['summary'] });
    const lines = text.split('\n').filter((line) => /^[1-4] /.test(line));
    expect(lines).toHaveLength(8);
    const widths = new Set(lines.slice(0, 4).map(displayWidth));
    expect(widths.size).toBe(1);
    expect(text).toContain('計');
  });

  it('writes Markdown with English labels on request', () => {
    const md = renderReport(kodairaFy2023, 2023, { format: 'md', lang: 'en', sections: ['summary'] });
    expect(md).toContain('| Direction | S Ahead of plan | A On plan | B Behind plan | Total |');
    expect(md).toContain('| Total | 1 (4%) | 21 (84%) | 3 (12%) | 25 |');
  });

  it('writes CSV that a real parser reads back', () => {
    const csv = renderReport(kodairaFy2023, 2023, { format: 'csv' });
    const rows = parse(csv, { relax_column_count: true }) as string[][];
    const total = rows.find((row) => row[0] === '計');
    expect(total).toEqual(['計', '1 (4%)', '21 (84%)', '3 (12%)', '25']);
    const e = rows.find((row) => row[1] === '電子決裁対象文書の電子決裁率');
    expect(e).toEqual([
      '12',
      '電子決裁対象文書の電子決裁率',
      '73.9%',
      '90%',
      '85%',
      '41.88%',
      '82.11%',
      '遅れ',
    ]);
  });

  it('writes JSON with figures as decimal strings', () => {
    const json = JSON.parse(renderReport(kodairaFy2023, 2023, { format: 'json' }));
    expect(json.declared.total.counts).toEqual({ S: 1, A: 21, B: 3 });
    const e = json.kpis.find((k: { kpiId: string }) => k.kpiId === 'p12-e-approval');
    expect([e.progress, e.achievement, e.expected, e.status]).toEqual(['41.88', '82.11', '83.075', 'behind']);
  });

  it('shows money in 万/億 on request and milestones by date', () => {
    const text = renderReport(kodairaFy2023, 2023, { sections: ['kpis'], yenUnits: true });
    expect(text).toContain('6億470万1,094円');
    expect(text).toContain('完了 2024-01');
    expect(text).toContain('期限 2024-01');
  });

  it('rejects bad options', () => {
    expect(errorCode(() => renderReport(kodairaFy2023, 2023, { format: 'pdf' as never }))).toBe(
      'INVALID_OPTION',
    );
    expect(errorCode(() => renderReport(kodairaFy2023, 2023, { lang: 'fr' as never }))).toBe(
      'INVALID_OPTION',
    );
    expect(errorCode(() => renderReport(kodairaFy2023, 2023, { sections: ['x' as never] }))).toBe(
      'INVALID_OPTION',
    );
  });
});
