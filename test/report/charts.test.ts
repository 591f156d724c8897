import { Resvg } from '@resvg/resvg-js';
import { XMLValidator } from 'fast-xml-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { kodairaFy2023 } from '../../src/data/kodaira-fy2023.js';
import {
  aggregateRatings,
  defineRatingScale,
  evaluateKpi,
  type Kpi,
  type Plan,
  RATING_SCALES,
  type RatingScale,
  ratingTransitions,
} from '../../src/index.js';
import { renderKpiChart, renderRatingChart, renderTransitionChart } from '../../src/report/charts/index.js';
import { errorCode } from '../helpers.js';

// ---------------------------------------------------------------------------------------------
// Helpers: rendering with resvg and reading pixels.

interface Image {
  readonly width: number;
  readonly height: number;
  readonly pixels: Buffer;
  /** Pixels per viewBox unit. */
  readonly scale: number;
}

function viewBoxWidth(svg: string): number {
  const m = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (m === null) throw new Error('no viewBox');
  return Number(m[1]);
}

/** Renders at 1000 px wide without fonts: text is not drawn, so only shapes hold colours. */
function render(svg: string): Image {
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: 1000 },
    font: { loadSystemFonts: false },
  }).render();
  return {
    width: image.width,
    height: image.height,
    pixels: image.pixels,
    scale: image.width / viewBoxWidth(svg),
  };
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Whether the pixel at (x, y) is the colour, within a tolerance per channel. */
function isColor(img: Image, x: number, y: number, hex: string, tolerance = 10): boolean {
  const i = (y * img.width + x) * 4;
  const [r, g, b] = rgb(hex);
  return (
    Math.abs((img.pixels[i] as number) - r) <= tolerance &&
    Math.abs((img.pixels[i + 1] as number) - g) <= tolerance &&
    Math.abs((img.pixels[i + 2] as number) - b) <= tolerance &&
    (img.pixels[i + 3] as number) > 240
  );
}

/** Pixels of each colour along the row y. */
function countRow(img: Image, y: number, colors: readonly string[]): number[] {
  const counts = colors.map(() => 0);
  for (let x = 0; x < img.width; x++) {
    colors.forEach((c, i) => {
      if (isColor(img, x, y, c)) counts[i] = (counts[i] as number) + 1;
    });
  }
  return counts;
}

function attr(fragment: string, name: string): number {
  const m = new RegExp(`${name}="(-?[\\d.]+)"`).exec(fragment);
  if (m === null) throw new Error(`no ${name} in ${fragment.slice(0, 120)}`);
  return Number(m[1]);
}

/** The opening tag of the element with a given data attribute value. */
function tagWith(svg: string, marker: string): string {
  const at = svg.indexOf(marker);
  if (at === -1) throw new Error(`no ${marker}`);
  const start = svg.lastIndexOf('<', at);
  return svg.slice(start, svg.indexOf('>', at) + 1);
}

/** Checks what every chart must be: well-formed, accessible, scalable. */
function expectAccessibleSvg(svg: string): void {
  expect(XMLValidator.validate(svg)).toBe(true);
  expect(svg).toMatch(
    /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 [\d.]+ [\d.]+" width="100%"/,
  );
  expect(svg).toContain('role="img"');
  const labelled = /aria-labelledby="([^"]+)"/.exec(svg)?.[1] ?? '';
  const ids = labelled.split(' ');
  expect(ids).toHaveLength(2);
  expect(svg).toContain(`<title id="${ids[0]}">`);
  expect(svg).toContain(`<desc id="${ids[1]}">`);
  expect(svg).not.toMatch(/<svg[^>]* height=/);
  expect(svg).not.toContain('<script');
  expect(svg).not.toContain('NaN');
  expect(svg).not.toContain('Infinity');
}

function descOf(svg: string): string {
  return /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1] ?? '';
}

// ---------------------------------------------------------------------------------------------
// Data.

const kodaira: Plan = kodairaFy2023;

function kpiOf(plan: Plan, id: string): Kpi {
  const kpi = plan.programs.flatMap((p) => p.kpis ?? []).find((k) => k.id === id);
  if (kpi === undefined) throw new Error(`no KPI ${id}`);
  return kpi;
}

const eApproval = kpiOf(kodaira, 'p12-e-approval');

/** A plan of three directions and the given scale, every program rated in 2022 and 2023. */
function planWith(scale: RatingScale, ratings: readonly (readonly [string, string, string])[]): Plan {
  return {
    id: 'custom',
    municipality: '架空市',
    title: '架空市改革プラン',
    period: { start: 2021, end: 2024 },
    scale,
    directions: [
      { id: 'd1', number: 1, name: '第一の方向性' },
      { id: 'd2', number: 2, name: '第二の方向性' },
      { id: 'd3', number: 3, name: '第三の方向性' },
    ],
    programs: ratings.map(([direction, r2022, r2023], i) => ({
      id: `p${i + 1}`,
      number: i + 1,
      name: `プログラム${i + 1}`,
      kind: 'implementation' as const,
      direction,
      reports: { 2022: { rating: r2022 }, 2023: { rating: r2023 } },
    })),
  };
}

// ---------------------------------------------------------------------------------------------

describe('renderRatingChart', () => {
  const aggregate = aggregateRatings(kodaira, 2023, { source: 'declared' });
  const svg = renderRatingChart(aggregate);

  it('uses the Kodaira declared summary, 1/21/3 of 25', () => {
    expect(aggregate.total.counts).toEqual({ S: 1, A: 21, B: 3 });
    expect(aggregate.total.rated).toBe(25);
  });

  it('is well-formed, accessible SVG that scales to its container', () => {
    expectAccessibleSvg(svg);
  });

  it('states every figure in its text alternative, in Japanese by default', () => {
    const desc = descOf(svg);
    expect(desc).toContain('計: S 1件、A 21件、B 3件（計25件）');
    expect(desc).toContain('1 地域資源によるサービスの実現: S 1件、A 6件、B 1件（計8件）');
    expect(desc).toContain('4 職員と職場の活性化: S 0件、A 4件、B 0件（計4件）');
    expect(svg).toContain('<title id="munikpi-rating-title">令和5年度 評価の内訳</title>');
  });

  it('labels directions, counts and the legend with the scale’s words', () => {
    expect(svg).toContain('>1 地域資源によるサービスの実現</text>');
    expect(svg).toContain('>計</text>');
    expect(svg).toContain('>S 予定以上に進捗</text>');
    expect(svg).toContain('>A 予定どおりに進捗</text>');
    expect(svg).toContain('>B 予定よりも遅れている</text>');
    expect(svg).toContain('>21</text>');
  });

  it('speaks English on request', () => {
    const en = renderRatingChart(aggregate, { lang: 'en' });
    expectAccessibleSvg(en);
    expect(descOf(en)).toContain('Total: S 1, A 21, B 3 of 25');
    expect(en).toContain('>S Ahead of plan</text>');
    expect(en).toContain('>Total</text>');
    expect(en).toContain('Ratings, FY2023 (R5)');
  });

  it('draws the total bar with segment widths proportional to 1/21/3 (rendered pixels)', () => {
    const img = render(svg);
    const bar = tagWith(svg, 'data-row="total"');
    const y = Math.round((attr(bar, 'data-y') + 5) * img.scale);
    const width = attr(bar, 'data-width') * img.scale;
    const colors = aggregate.scale.levels.map((l) => l.color as string);
    expect(colors).toEqual(['#0072B2', '#009E73', '#D55E00']);
    const counts = countRow(img, y, colors);
    const expected = [1, 21, 3].map((n) => (width * n) / 25);
    counts.forEach((c, i) => {
      expect(Math.abs(c - (expected[i] as number))).toBeLessThanOrEqual(2);
    });
  });

  it('draws each direction bar in proportion too', () => {
    const img = render(svg);
    const colors = aggregate.scale.levels.map((l) => l.color as string);
    for (const row of aggregate.rows) {
      const bar = tagWith(svg, `data-row="${row.direction.id}"`);
      const y = Math.round((attr(bar, 'data-y') + 5) * img.scale);
      const width = attr(bar, 'data-width') * img.scale;
      const counts = countRow(img, y, colors);
      aggregate.codes.forEach((code, i) => {
        const want = (width * (row.counts[code] as number)) / row.rated;
        expect(Math.abs((counts[i] as number) - want)).toBeLessThanOrEqual(2);
      });
    }
  });

  it('works for any scale: 4 levels (◎○△×), 5 levels without colours', () => {
    const ino = planWith(RATING_SCALES.ino, [
      ['d1', '◎', '◎'],
      ['d1', '○', '×'],
      ['d2', '△', '○'],
      ['d3', '○', '○'],
    ]);
    const inoSvg = renderRatingChart(aggregateRatings(ino, 2023));
    expectAccessibleSvg(inoSvg);
    expect(descOf(inoSvg)).toContain('計: ◎ 1件、○ 2件、△ 0件、× 1件（計4件）');
    // The legend gives いの町's published wording beside the mark, never the mark twice.
    expect(inoSvg).toContain('>◎ 目標値以上</text>');
    expect(inoSvg).not.toContain('>◎ ◎</text>');

    const five = defineRatingScale({
      id: 'five',
      name: { ja: '5段階', en: 'Five' },
      levels: ['1', '2', '3', '4', '5'].map((code) => ({
        code,
        label: { ja: `段階${code}`, en: `Level ${code}` },
        progress: 'on-track' as const,
      })),
    });
    const plan = planWith(five, [
      ['d1', '1', '1'],
      ['d1', '2', '2'],
      ['d2', '3', '2'],
      ['d2', '4', '4'],
      ['d3', '5', '5'],
      ['d3', '5', '5'],
    ]);
    const aggregate5 = aggregateRatings(plan, 2023);
    const svg5 = renderRatingChart(aggregate5, { lang: 'en' });
    expectAccessibleSvg(svg5);
    expect(descOf(svg5)).toContain('Total: 1 1, 2 2, 3 0, 4 1, 5 2 of 6');
    const colors = ['#0072B2', '#009E73', '#E69F00', '#D55E00', '#CC79A7'];
    for (const c of colors.filter((_, i) => i !== 2)) expect(svg5).toContain(`fill="${c}"`);
    const img = render(svg5);
    const bar = tagWith(svg5, 'data-row="total"');
    const counts = countRow(img, Math.round((attr(bar, 'data-y') + 5) * img.scale), colors);
    const width = attr(bar, 'data-width') * img.scale;
    [1, 2, 0, 1, 2].forEach((n, i) => {
      expect(Math.abs((counts[i] as number) - (width * n) / 6)).toBeLessThanOrEqual(2);
    });
  });

  it('shows rows with nothing rated, and 対象外 / unrated counts beside the bar', () => {
    const plan: Plan = {
      ...planWith(RATING_SCALES.aioi, [
        ['d1', '◎', '－'],
        ['d1', '〇', '〇'],
      ]),
      programs: [
        ...planWith(RATING_SCALES.aioi, [
          ['d1', '◎', '－'],
          ['d1', '〇', '〇'],
        ]).programs,
        { id: 'p9', number: 9, name: 'x', kind: 'implementation', direction: 'd1' },
        {
          id: 'p10',
          number: 10,
          name: 'y',
          kind: 'implementation',
          direction: 'd2',
          reports: { 2023: { rating: 'Z' } },
        },
      ],
    };
    const out = renderRatingChart(aggregateRatings(plan, 2023));
    expectAccessibleSvg(out);
    expect(descOf(out)).toContain(
      '1 第一の方向性: ◎ 0件、〇 1件、△ 0件、▲ 0件（計1件、対象外 1件、未評価 1件）',
    );
    expect(descOf(out)).toContain('2 第二の方向性: ◎ 0件、〇 0件、△ 0件、▲ 0件（計0件、区分外 1件）');
    const en = renderRatingChart(aggregateRatings(plan, 2023), { lang: 'en' });
    expect(descOf(en)).toContain('of 1 (not applicable 1, unrated 1)');
  });

  it('falls back to the palette for a colour that is not #rrggbb', () => {
    const scale = {
      id: 'raw',
      name: { ja: 'x', en: 'x' },
      levels: [
        { code: 'A', label: { ja: 'A', en: 'A' }, progress: 'on-track', color: '#123456' },
        { code: 'B', label: { ja: 'B', en: 'B' }, progress: 'behind' },
      ],
    } as const satisfies RatingScale;
    const hostileScale = {
      ...scale,
      levels: [{ ...scale.levels[0], color: 'red" onload="alert(1)' }, scale.levels[1]],
    };
    // aggregateRatings refuses such a scale; a hand-made aggregate still cannot inject markup.
    expect(() => aggregateRatings(planWith(hostileScale as RatingScale, [['d1', 'A', 'A']]), 2023)).toThrow(
      /colour is not #rrggbb/,
    );
    const aggregate = aggregateRatings(planWith(scale, [['d1', 'A', 'A']]), 2023);
    const out = renderRatingChart({ ...aggregate, scale: hostileScale as RatingScale });
    expectAccessibleSvg(out);
    expect(out).not.toContain('onload');
    expect(out).toContain('fill="#0072B2"');
  });

  it('escapes every text: names with markup come out as text', () => {
    const plan: Plan = {
      ...kodaira,
      directions: [{ id: 'd1', number: 1, name: '<script>alert(1)</script>' }],
      programs: [],
      summaries: [{ fiscalYear: 2023, rows: [{ direction: 'd1', counts: { S: 1, A: 2, B: 0 } }] }],
    };
    const out = renderRatingChart(aggregateRatings(plan, 2023, { source: 'declared' }), {
      title: '"><img src=x onerror=alert(1)> & \u0001',
    });
    expectAccessibleSvg(out);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; \uFFFD');
    expect(out).not.toContain('<img');
  });

  it('checks its options', () => {
    const a = aggregateRatings(kodaira, 2023);
    expect(errorCode(() => renderRatingChart(a, { lang: 'fr' as 'en' }))).toBe('INVALID_OPTION');
    expect(errorCode(() => renderRatingChart(a, { idPrefix: 'a b' }))).toBe('INVALID_OPTION');
    expect(errorCode(() => renderRatingChart(a, { idPrefix: '1a' }))).toBe('INVALID_OPTION');
    expect(errorCode(() => renderRatingChart(a, { title: 1 as unknown as string }))).toBe('INVALID_OPTION');
    const own = renderRatingChart(a, { idPrefix: 'fig-1', showTitle: false, title: 'Own' });
    expect(own).toContain('aria-labelledby="fig-1-title fig-1-desc"');
    expect(own).toContain('<title id="fig-1-title">Own</title>');
    expect(own).not.toContain('>Own</text>');
  });
});

describe('renderKpiChart', () => {
  const svg = renderKpiChart(eApproval);

  it('uses the Kodaira 電子決裁率: 62.3 on 2021-04-01, 90 by FY2024, 85 in FY2023, actual 73.9', () => {
    const e = evaluateKpi(eApproval, { fiscalYear: 2023 });
    expect(e.baseline?.toString()).toBe('62.3');
    expect(e.target?.toString()).toBe('90');
    expect(e.yearTarget?.toString()).toBe('85');
    expect(e.actual?.toString()).toBe('73.9');
    expect(e.expected?.toString()).toBe('83.075');
    expect(e.status).toBe('behind');
  });

  it('is well-formed, accessible SVG', () => {
    expectAccessibleSvg(svg);
  });

  it('labels the fiscal years R3…R6 and shows the exact figures', () => {
    for (const code of ['R3', 'R4', 'R5', 'R6']) expect(svg).toContain(`>${code}</text>`);
    expect(svg).toContain('>73.9%（遅れ）</text>');
    expect(svg).toContain('>基準値 62.3%</text>');
    expect(svg).toContain('>年度目標 85%</text>');
    expect(svg).toContain('>目標値 90%</text>');
    const desc = descOf(svg);
    expect(desc).toContain('基準値 62.3%（2021-04-01）、目標値 90%（R6末）');
    expect(desc).toContain('R5: 実績 73.9%、年度目標 85%、計画線上の値 83.075%、進捗率 41.88%、遅れ');
    expect(desc).toContain('R3: 計画線上の値 69.225%、データなし');
  });

  it('marks the actual by status with a shape and a word, not colour alone', () => {
    const marker = tagWith(svg, 'data-fiscal-year="2023" data-status="behind"');
    expect(marker).toContain('class="actual"');
    const group = svg.slice(svg.indexOf(marker), svg.indexOf('</g>', svg.indexOf(marker)));
    expect(group).toMatch(/<path d="M[\d. L]+Z" fill="#D55E00"/); // ▼
    expect(group).toContain('（遅れ）');
  });

  it('puts the FY2023 actual below the planned line: in its coordinates', () => {
    const marker = tagWith(svg, 'data-fiscal-year="2023" data-status="behind"');
    const line = tagWith(svg, 'class="expected"');
    const [x1, y1, x2, y2] = ['data-x1', 'data-y1', 'data-x2', 'data-y2'].map((n) => attr(line, n)) as [
      number,
      number,
      number,
      number,
    ];
    const x = attr(marker, 'data-x');
    const lineY = y1 + ((y2 - y1) * (x - x1)) / (x2 - x1);
    expect(attr(marker, 'data-expected-y')).toBeCloseTo(lineY, 1);
    expect(attr(marker, 'data-y')).toBeGreaterThan(lineY + 10);
  });

  it('puts the FY2023 actual below the planned line: in the rendered pixels', () => {
    const img = render(svg);
    const grid = tagWith(svg, 'class="grid"');
    const top = Math.floor(attr(grid, 'data-top') * img.scale);
    const bottom = Math.ceil(attr(grid, 'data-bottom') * img.scale);
    // The ▼ marker: every pixel of its colour inside the plot.
    let n = 0;
    let sx = 0;
    let sy = 0;
    for (let y = top; y <= bottom; y++) {
      for (let x = 0; x < img.width; x++) {
        if (isColor(img, x, y, '#D55E00', 12)) {
          n++;
          sx += x;
          sy += y;
        }
      }
    }
    expect(n).toBeGreaterThan(40);
    const cx = sx / n;
    const cy = sy / n;
    const marker = tagWith(svg, 'data-fiscal-year="2023" data-status="behind"');
    expect(Math.abs(cx - attr(marker, 'data-x') * img.scale)).toBeLessThanOrEqual(2);
    expect(Math.abs(cy - attr(marker, 'data-y') * img.scale)).toBeLessThanOrEqual(2);
    // The planned line: its pixels in columns left and right of the marker, interpolated at cx.
    const lineY = (x: number): number => {
      const ys: number[] = [];
      for (let y = top; y <= bottom; y++) if (isColor(img, x, y, '#0072B2', 12)) ys.push(y);
      expect(ys.length).toBeGreaterThan(0);
      return ys.reduce((a, b) => a + b, 0) / ys.length;
    };
    const left = Math.round(cx - 30);
    const right = Math.round(cx + 30);
    const yl = lineY(left);
    const yr = lineY(right);
    const atMarker = yl + ((yr - yl) * (cx - left)) / (right - left);
    expect(Math.abs(atMarker - attr(marker, 'data-expected-y') * img.scale)).toBeLessThanOrEqual(2);
    expect(cy).toBeGreaterThan(atMarker + 10); // below: larger y on screen
  });

  it('speaks English on request', () => {
    const en = renderKpiChart(eApproval, { lang: 'en', highlight: 2023 });
    expectAccessibleSvg(en);
    expect(en).toContain('>73.9% (behind)</text>');
    expect(descOf(en)).toContain(
      'R5 (FY2023): Actual 73.9%, Year target 85%, Planned path 83.075%, Progress 41.88%, behind',
    );
    expect(descOf(en)).toContain('Target 90% by the end of R6 (FY2024)');
  });

  it('draws annual money targets with grouped exact figures', () => {
    const sales = kpiOf(kodaira, 'p9-sales');
    const out = renderKpiChart(sales);
    expectAccessibleSvg(out);
    expect(out).toContain('>604,701,094円（達成）</text>');
    expect(out).toContain('>目標値 20,000,000円</text>');
    expect(descOf(out)).toContain('目標値 20,000,000円（毎年度）');
    expect(out).toContain('data-status="achieved"');
  });

  it('keeps figures exact: no binary floating point in the text', () => {
    const kpi: Kpi = {
      id: 'f',
      name: '率',
      unit: '%',
      baseline: { value: '0.1', fiscalYear: 2020 },
      target: { kind: 'level', value: '0.3', by: 2023 },
      observations: [
        { fiscalYear: 2021, value: '0.2' },
        { fiscalYear: 2022, value: '0.30' },
      ],
    };
    const out = renderKpiChart(kpi, { lang: 'en' });
    expectAccessibleSvg(out);
    expect(out).toContain('>0.2% (on track)</text>');
    expect(descOf(out)).toContain('Baseline 0.1% (FY2020 result)');
    expect(out).toContain('>0.3% (achieved)</text>');
    expect(out).not.toMatch(/0\.(1|2|3)0000000000/);
    // Starts at the baseline's year end: R3 is the first year shown.
    expect(out).toContain('>R3</text>');
    expect(out).not.toContain('>R2</text>');
  });

  it('draws lower-is-better, milestone and monitored KPIs', () => {
    const costs: Kpi = {
      id: 'c',
      name: '経常経費',
      unit: '千円',
      direction: 'lower',
      baseline: { value: 1000, fiscalYear: 2020 },
      target: { kind: 'rate', percent: 20, by: 2024 },
      period: { start: 2021, end: 2024 },
      observations: [
        { fiscalYear: 2021, value: 950 },
        { fiscalYear: 2022, value: 930 },
      ],
    };
    const c = renderKpiChart(costs);
    expectAccessibleSvg(c);
    expect(c).toContain('>目標値 800千円</text>');
    const catering = renderKpiChart(kpiOf(kodaira, 'p5-catering'));
    expectAccessibleSvg(catering);
    expect(catering).toContain('>完了 2024-01（達成）</text>');
    expect(catering).toContain('>期限 2024-01</text>');
    expect(catering).toContain('class="due"');
    expect(descOf(catering)).toContain('期限 2024-01');
    // The due line sits at the end of January 2024: 10/12 of FY2023, between R4's end and R5's.
    const due = tagWith(catering, 'class="due"');
    const grid = tagWith(catering, 'class="grid"');
    const [left, right] = [attr(grid, 'data-left'), attr(grid, 'data-right')];
    const t = 2021 + ((attr(due, 'x1') - left) / (right - left)) * 4;
    expect(t).toBeCloseTo(2023 + 306 / 366, 2);
    const costs13 = renderKpiChart(kpiOf(kodaira, 'p13-costs'));
    expectAccessibleSvg(costs13);
    expect(costs13).toContain('>数値データなし</text>');
    const designated = renderKpiChart(kpiOf(kodaira, 'p6-designated'));
    expect(designated).toContain('>48</text>');
    expect(designated).not.toContain('>48.5</text>');
    const staff = renderKpiChart(kpiOf(kodaira, 'p16-staff'), { lang: 'en' });
    expectAccessibleSvg(staff);
    expect(staff).toContain('>961人 (untargeted)</text>');
    const none = renderKpiChart({ id: 'n', name: '件数', unit: '件', target: { kind: 'monitor' } });
    expectAccessibleSvg(none);
    expect(none).toContain('>データなし</text>');
  });

  it('escapes the KPI name and unit', () => {
    const out = renderKpiChart({
      ...eApproval,
      name: '<script>alert(1)</script>',
      unit: '"><img src=x onerror=alert(1)>',
    });
    expectAccessibleSvg(out);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).not.toContain('<img');
  });
});

describe('renderTransitionChart', () => {
  const plan = planWith(RATING_SCALES.kodaira, [
    ['d1', 'A', 'S'],
    ['d1', 'A', 'A'],
    ['d2', 'A', 'A'],
    ['d2', 'S', 'A'],
    ['d3', 'A', 'B'],
    ['d3', 'B', 'B'],
  ]);
  const transitions = ratingTransitions(plan, 2022, 2023);
  const svg = renderTransitionChart(transitions);

  it('is well-formed, accessible SVG', () => {
    expectAccessibleSvg(svg);
  });

  it('holds a cell per (from, to) with its count, shaded by count', () => {
    expect(svg.match(/data-from="/g)).toHaveLength(9);
    expect(tagWith(svg, 'data-from="A" data-to="A"')).toContain('data-count="2"');
    expect(tagWith(svg, 'data-from="A" data-to="A"')).toContain('fill="#0072B2"');
    expect(tagWith(svg, 'data-from="S" data-to="S"')).toContain('fill="#FFFFFF"');
    expect(descOf(svg)).toBe(
      '評価の推移（R4→R5）。S→A 1件、A→S 1件、A→A 2件、A→B 1件、B→B 1件。改善 1件・悪化 2件・維持 3件・比較できない 0件。',
    );
  });

  it('speaks English on request', () => {
    const en = renderTransitionChart(transitions, { lang: 'en' });
    expectAccessibleSvg(en);
    expect(descOf(en)).toContain('Rating changes, R4 → R5. S→A 1, A→S 1, A→A 2, A→B 1, B→B 1');
    expect(descOf(en)).toContain('improved 1, declined 2, unchanged 3, not comparable 0');
    const empty = renderTransitionChart(ratingTransitions(plan, 2021, 2022), { lang: 'en' });
    expect(descOf(empty)).toContain('. none. ');
  });
});

describe('every chart, in every host time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it('is the same string under UTC, America/Los_Angeles and Pacific/Kiritimati', () => {
    const all = () => [
      renderRatingChart(aggregateRatings(kodaira, 2023, { source: 'declared' })),
      renderRatingChart(aggregateRatings(kodaira, 2023), { lang: 'en' }),
      ...kodaira.programs.flatMap((p) => p.kpis ?? []).map((k) => renderKpiChart(k, { highlight: 2023 })),
      renderTransitionChart(ratingTransitions(kodaira, 2022, 2023)),
    ];
    const outputs = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'].map((tz) => {
      process.env.TZ = tz;
      expect(new Date(2024, 0, 1).getTimezoneOffset()).toBe(
        { UTC: 0, 'America/Los_Angeles': 480, 'Pacific/Kiritimati': -840 }[tz],
      );
      return all();
    });
    expect(outputs[1]).toEqual(outputs[0]);
    expect(outputs[2]).toEqual(outputs[0]);
  });
});
