/*
 * The compact chart of a KPI with one year of figures: a bullet chart. A path over the years
 * needs two points; one year is read better as a bar against its marks.
 */
import type { Decimal } from 'decimal.js';
import { wordsFor } from '../../core/messages/index.js';
import { formatFiscalYear } from '../../fiscal/index.js';
import { compiled } from '../../kpi/compile.js';
import type { Kpi, KpiEvaluation } from '../../kpi/index.js';
import type { ReportLanguage } from '../report.js';
import {
  actualLabel,
  COLORS,
  defaultTitle,
  describe,
  type KpiChartOptions,
  MARKS,
  type Model,
  marker,
  modelOf,
  plot,
  renderKpiChart,
  tickLabel,
  ticksFor,
  value,
} from './kpi-chart.js';
import { checkOptions, MUTED, num, svgDocument, text, textWidth } from './svg.js';

const WIDTH = 760;
const LEFT = 64;
const RIGHT = WIDTH - 24;
const LANE = 16;
const BAR = 20;
const LABEL_SIZE = 11;
/** A white outline under labels. */
const HALO = ' stroke="#FFFFFF" stroke-width="3" stroke-linejoin="round" paint-order="stroke"';

/**
 * Whether a year's evaluation has a figure to draw: an actual, or a milestone's state.
 * @internal
 */
export function hasFigure(e: KpiEvaluation): boolean {
  return e.actual !== null || (e.kind === 'milestone' && e.status !== 'no-data');
}

/**
 * How many years of a KPI's chart have a figure: 0 draws nothing, 1 a bullet chart, 2 or more
 * the path over the years.
 * @internal
 */
export function yearsWithFigures(kpi: Kpi, options?: KpiChartOptions): number {
  return modelOf(kpi, options)?.evaluations.filter(hasFigure).length ?? 0;
}

/** A mark above the bar: where it stands, its label and colour. */
interface Mark {
  readonly kind: 'target' | 'year-target' | 'expected';
  readonly at: Decimal;
  readonly label: string;
  readonly color: string;
}

function marksOf(m: Model, e: KpiEvaluation, lang: ReportLanguage): Mark[] {
  const w = wordsFor(lang).report;
  const marks: Mark[] = [];
  const target = e.target ?? m.target?.value ?? null;
  if (target !== null) {
    marks.push({
      kind: 'target',
      at: target,
      label: `${w.target} ${value(m, target)}`,
      color: COLORS.target,
    });
  }
  if (e.yearTarget !== null) {
    marks.push({
      kind: 'year-target',
      at: e.yearTarget,
      label: `${w.yearTarget} ${value(m, e.yearTarget)}`,
      color: COLORS.yearTarget,
    });
  }
  if (e.expected !== null) {
    marks.push({
      kind: 'expected',
      at: e.expected,
      label: `${w.expected} ${value(m, e.expected)}`,
      color: COLORS.expected,
    });
  }
  return marks;
}

/**
 * Labels placed in lanes above the bar, left to right, each in the first lane where it does
 * not touch the label before it: labels never overlap, however close their marks are.
 */
function lanesOf(xs: readonly number[], widths: readonly number[]): { lane: number; x: number }[] {
  const ends: number[] = [];
  return xs.map((x, i) => {
    const width = widths[i] ?? 0;
    const left = Math.min(Math.max(x - width / 2, LEFT), RIGHT - width);
    let lane = ends.findIndex((end) => end + 8 <= left);
    if (lane === -1) lane = ends.length;
    ends[lane] = left + width;
    return { lane, x: left };
  });
}

/** A body of the chart, its height and where the year's label goes. */
interface Drawn {
  readonly body: string;
  readonly height: number;
  readonly middle: number;
}

function numericBody(m: Model, e: KpiEvaluation, lang: ReportLanguage): Drawn {
  const marks = marksOf(m, e, lang);
  const values = [...marks.map((k) => plot(m, k.at)), ...(e.actual === null ? [] : [plot(m, e.actual)]), 0];
  const ticks = ticksFor(values, m.unitKind === 'count' || m.kpi.target.kind === 'count', m.shift);
  const x = (v: number) => LEFT + ((v - ticks.lo) / (ticks.hi - ticks.lo)) * (RIGHT - LEFT);
  const order = marks.map((k, i) => ({ k, i, x: x(plot(m, k.at)) })).sort((a, b) => a.x - b.x);
  const placed = lanesOf(
    order.map((o) => o.x),
    order.map((o) => textWidth(o.k.label, LABEL_SIZE)),
  );
  const lanes = placed.reduce((n, p) => Math.max(n, p.lane + 1), 0);
  const barTop = 8 + lanes * LANE + 6;
  const barBottom = barTop + BAR;
  let out = `<rect class="range" x="${num(LEFT)}" y="${num(barTop)}" width="${num(RIGHT - LEFT)}" height="${BAR}" fill="#EEEEEE"/>`;
  if (e.actual !== null) {
    const x0 = x(Math.max(ticks.lo, Math.min(0, ticks.hi)));
    const x1 = x(plot(m, e.actual));
    const mark = MARKS[e.status];
    out += `<g class="actual" data-fiscal-year="${e.fiscalYear}" data-status="${e.status}" data-x="${num(x1)}">`;
    out += `<rect x="${num(Math.min(x0, x1))}" y="${num(barTop + 6)}" width="${num(Math.abs(x1 - x0))}" height="${BAR - 12}" fill="#444444"/>`;
    out += marker(mark.shape, x1, barTop + BAR / 2, mark.color);
    out += '</g>';
  }
  // Every tick first, then every label on its white halo: no line crosses a label.
  const labels = order.map((o, i) => {
    const p = placed[i] ?? { lane: 0, x: o.x };
    const labelY = 8 + (lanes - p.lane) * LANE - 4;
    const dash = o.k.kind === 'target' ? ' stroke-dasharray="4 2"' : '';
    out += `<line class="${o.k.kind}" data-x="${num(o.x)}" data-lane="${p.lane}" x1="${num(o.x)}" y1="${num(labelY + 3)}" x2="${num(o.x)}" y2="${num(barBottom + 3)}" stroke="${o.k.color}" stroke-width="${o.k.kind === 'expected' ? 2 : 3}"${dash}/>`;
    return text(o.k.label, { x: p.x, y: labelY, size: LABEL_SIZE, extra: HALO });
  });
  out += `<g class="labels">${labels.join('')}</g>`;
  for (const t of ticks.values) {
    const tx = x(t.at);
    out += `<line x1="${num(tx)}" y1="${num(barBottom)}" x2="${num(tx)}" y2="${num(barBottom + 4)}" stroke="${MUTED}"/>`;
    const label = tickLabel(m, t.label);
    // The last label ends at the bar's end rather than past the picture's edge.
    const end = tx + textWidth(label, 10) / 2 > WIDTH - 4;
    out += text(label, { x: tx, y: barBottom + 16, size: 10, anchor: end ? 'end' : 'middle', fill: MUTED });
  }
  out += text(`${wordsFor(lang).report.actual} ${actualLabel(m, e, lang)}`, {
    x: LEFT,
    y: barBottom + 36,
    size: 12,
    weight: 'bold',
  });
  out += text(m.kpi.unit, { x: RIGHT, y: barBottom + 36, size: 10, anchor: 'end', fill: MUTED });
  return { body: out, height: barBottom + 46, middle: barTop + BAR / 2 };
}

function milestoneBody(m: Model, e: KpiEvaluation, lang: ReportLanguage): Drawn {
  const w = wordsFor(lang).report;
  const mark = MARKS[e.status];
  let out = `<g class="actual" data-fiscal-year="${e.fiscalYear}" data-status="${e.status}">`;
  out += marker(mark.shape, LEFT + 8, 22, mark.color);
  out += text(actualLabel(m, e, lang), { x: LEFT + 22, y: 26, size: 12, weight: 'bold' });
  out += '</g>';
  if (m.due !== null) {
    out += text(`${w.due} ${m.due.text}`, { x: RIGHT, y: 26, size: 11, anchor: 'end', fill: MUTED });
  }
  return { body: out, height: 40, middle: 22 };
}

/**
 * A bullet chart of a KPI's one year of figures: the actual as a bar from zero, marked by its
 * status; the final target (dashed), the year's target and the value on the planned line as
 * ticks across the bar, their labels in lanes above so that they never overlap; the year on
 * the left. A milestone shows its state and due date on one line.
 *
 * @param kpi - the KPI
 * @param options - as {@link renderKpiChart}
 * @returns the SVG document as a string; the path chart when no year has a figure
 * @internal
 */
export function renderKpiBullet(kpi: Kpi, options?: KpiChartOptions): string {
  compiled(kpi);
  const o = checkOptions(options, 'munikpi-kpi');
  const title = options?.title ?? defaultTitle(kpi, o.lang);
  const m = modelOf(kpi, options);
  const e = m?.evaluations.find(hasFigure);
  if (m === null || e === undefined) return renderKpiChart(kpi, options);
  const top = o.showTitle ? 34 : 0;
  const drawn =
    e.actual === null && e.kind === 'milestone' ? milestoneBody(m, e, o.lang) : numericBody(m, e, o.lang);
  const year = text(formatFiscalYear(e.fiscalYear, { style: 'code' }), {
    x: 16,
    y: drawn.middle + 4,
    size: 12,
    weight: 'bold',
  });
  const head = o.showTitle
    ? text(title, { x: 16, y: 24, size: 16, weight: 'bold', maxWidth: WIDTH - 32 })
    : '';
  return svgDocument({
    width: WIDTH,
    height: top + drawn.height,
    idPrefix: o.idPrefix,
    title,
    desc: describe({ ...m, evaluations: [e] }, title, o.lang),
    body: `${head}<g transform="translate(0 ${top})">${year}${drawn.body}</g>`,
    className: 'munikpi-chart munikpi-kpi-bullet',
  });
}
