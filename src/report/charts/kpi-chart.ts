import type { Decimal } from 'decimal.js';
import { wordsFor } from '../../core/messages/index.js';
import { type FiscalYear, formatFiscalYear } from '../../fiscal/index.js';
import { compiled, timelineOf } from '../../kpi/compile.js';
import {
  type EvaluateOptions,
  evaluateKpiSeries,
  formatKpiValue,
  type Kpi,
  type KpiEvaluation,
  type KpiStatus,
  toDecimal,
  type UnitKind,
  unitKindOf,
} from '../../kpi/index.js';
import { type KpiTimeline, lineStart, positionAt } from '../../kpi/timeline.js';
import type { ReportLanguage } from '../report.js';
import { yearNames } from '../view.js';
import {
  type ChartOptions,
  checkOptions,
  INK,
  MUTED,
  num,
  svgDocument,
  type TextAttrs,
  text,
  textWidth,
} from './svg.js';

/** Options for {@link renderKpiChart}. */
export interface KpiChartOptions extends ChartOptions {
  /** The first fiscal year shown; default the KPI's period start, else its earliest year. */
  readonly from?: FiscalYear;
  /** The last fiscal year shown; default the KPI's period end, else its latest year. */
  readonly to?: FiscalYear;
  /** A fiscal year to shade, e.g. the year a report is about. */
  readonly highlight?: FiscalYear;
  /** Options for the evaluations behind the chart (tolerance, rounding). */
  readonly evaluate?: EvaluateOptions;
}

/** Colours of the KPI chart's parts (Okabe–Ito). @internal */
export const COLORS = {
  expected: '#0072B2',
  target: '#009E73',
  yearTarget: '#E69F00',
  baseline: '#000000',
  path: '#999999',
  highlight: '#EEEEEE',
} as const;

/** How each status is drawn: a shape and a colour, so that colour is never the only cue. @internal */
export const MARKS: Readonly<Record<KpiStatus, { shape: Shape; color: string }>> = {
  behind: { shape: 'down', color: '#D55E00' },
  'on-track': { shape: 'circle', color: '#CC79A7' },
  ahead: { shape: 'up', color: '#56B4E9' },
  achieved: { shape: 'square', color: '#009E73' },
  untargeted: { shape: 'circle', color: '#666666' },
  'no-data': { shape: 'circle', color: '#BBBBBB' },
  unchanged: { shape: 'diamond', color: '#E69F00' },
  worse: { shape: 'down', color: '#000000' },
  'not-judgeable': { shape: 'circle', color: '#BBBBBB' },
};

/** The shapes of markers. @internal */
export type Shape = 'circle' | 'up' | 'down' | 'square' | 'diamond';

/** A white outline under labels, so that lines behind them do not hide them. */
const HALO = ' stroke="#FFFFFF" stroke-width="3" stroke-linejoin="round" paint-order="stroke"';

const WIDTH = 760;
const PLOT_HEIGHT = 250;
const RIGHT = 150;
const MARK = 6;

/** A marker centred on (x, y). @internal */
export function marker(
  shape: Shape,
  x: number,
  y: number,
  fill: string,
  stroke = '#FFFFFF',
  r = MARK,
): string {
  const paint = `fill="${fill}" stroke="${stroke}" stroke-width="1"`;
  switch (shape) {
    case 'circle':
      return `<circle cx="${num(x)}" cy="${num(y)}" r="${num(r)}" ${paint}/>`;
    case 'square':
      return `<rect x="${num(x - r)}" y="${num(y - r)}" width="${num(2 * r)}" height="${num(2 * r)}" ${paint}/>`;
    case 'diamond':
      return `<path d="M${num(x)} ${num(y - r)}L${num(x + r)} ${num(y)}L${num(x)} ${num(y + r)}L${num(x - r)} ${num(y)}Z" ${paint}/>`;
    default: {
      // An equilateral triangle whose centroid is (x, y), pointing up or down.
      const s = r * 1.2;
      const h = s * Math.sqrt(3);
      const d = shape === 'up' ? -1 : 1;
      const tip = y + (d * 2 * h) / 3;
      const base = y - (d * h) / 3;
      return `<path d="M${num(x - s)} ${num(base)}L${num(x + s)} ${num(base)}L${num(x)} ${num(tip)}Z" ${paint}/>`;
    }
  }
}

/** Where the baseline was taken, in fiscal-year units (2021.0 is the first day of FY2021). */
function baselinePosition(timeline: KpiTimeline): number | null {
  return timeline.start === null ? null : positionAt(timeline.start);
}

/** The fiscal years to show. */
function yearsOf(
  kpi: Kpi,
  timeline: KpiTimeline,
  options: KpiChartOptions | undefined,
): [number, number] | null {
  const years: number[] = [];
  for (const o of kpi.observations ?? []) years.push(o.fiscalYear);
  for (const fy of timeline.yearTargets.keys()) years.push(fy);
  if (timeline.deadline !== null) years.push(timeline.deadline);
  // A path starts in the fiscal year its baseline was taken in (or right after a year-end baseline).
  const start = lineStart(timeline);
  const base = start === null ? null : positionAt(start);
  if (base !== null) years.push(Math.floor(base));
  let from = options?.from ?? kpi.period?.start ?? (years.length === 0 ? undefined : Math.min(...years));
  const to = options?.to ?? kpi.period?.end ?? (years.length === 0 ? undefined : Math.max(...years));
  if (from === undefined || to === undefined) return null;
  // No fiscal year may end before the baseline was taken.
  if (options?.from === undefined && base !== null) from = Math.max(from, Math.ceil(base) - 1);
  return to < from ? null : [from, to];
}

/** Ticks for a value axis: a step of 1, 2 or 5 × 10^e, labels computed exactly. @internal */
export interface Ticks {
  readonly lo: number;
  readonly hi: number;
  readonly values: readonly { readonly at: number; readonly label: Decimal }[];
}

/** The ticks of an axis that holds every value. @internal */
export function ticksFor(values: readonly number[], whole: boolean, shift: number): Ticks {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) / 10;
    lo -= pad;
    hi += pad;
  }
  const rough = (hi - lo) / 5;
  let e = Math.floor(Math.log10(rough));
  const f = rough / 10 ** e;
  let m = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
  if (m === 10) {
    m = 1;
    e += 1;
  }
  if (whole && e + shift < 0) {
    // Whole counts (件, 団体) get no fractional ticks.
    m = 1;
    e = -shift;
  }
  const step = m * 10 ** e;
  let k0 = Math.floor(lo / step + 1e-9);
  const k1 = Math.ceil(hi / step - 1e-9);
  const min = Math.min(...values);
  if (min >= 0 && k0 < 0) k0 = 0;
  // Room under the lowest point for its label, unless that would go below a zero floor.
  if (min - k0 * step < 0.1 * (k1 - k0) * step && !(min >= 0 && k0 <= 0)) k0 -= 1;
  const unit = toDecimal(10).pow(e + shift);
  const out: { at: number; label: Decimal }[] = [];
  for (let k = k0; k <= k1; k++) out.push({ at: k * step, label: toDecimal(k * m).times(unit) });
  return { lo: k0 * step, hi: k1 * step, values: out };
}

/** The chart's words, from the catalogue: the report's words and the statuses. */
function words(lang: ReportLanguage) {
  return wordsFor(lang).report;
}

function statusWord(status: KpiStatus, lang: ReportLanguage): string {
  return wordsFor(lang).status[status];
}

/** Everything the chart shows, read from the KPI and its evaluations. @internal */
export interface Model {
  readonly kpi: Kpi;
  readonly unitKind: UnitKind;
  readonly from: number;
  readonly to: number;
  readonly evaluations: readonly KpiEvaluation[];
  readonly base: { readonly t: number; readonly value: Decimal } | null;
  /** For milestones: when it is due, in fiscal-year units (the end of the due day or month). */
  readonly due: { readonly t: number; readonly text: string } | null;
  readonly target: { readonly value: Decimal; readonly until: number; readonly annual: boolean } | null;
  readonly line: {
    readonly t0: number;
    readonly v0: Decimal;
    readonly t1: number;
    readonly v1: Decimal;
  } | null;
  /** The power of ten every value is divided by before it becomes a pixel (see shiftOf). */
  readonly shift: number;
}

/** Values up to 10^±100 are drawn as they are; beyond, doubles would overflow or underflow. */
const PLAIN_EXPONENT = 100;

/**
 * The power of ten to divide values by so that pixels stay finite: 0 for every ordinary KPI,
 * and the exponent of the largest value when that is beyond 10^±100 (`"1e309"`, which a
 * double cannot hold). The axis labels are exact all the same: they are multiplied back.
 */
function shiftOf(values: readonly Decimal[]): number {
  const exponents = values.filter((d) => !d.isZero()).map((d) => d.e);
  if (exponents.length === 0) return 0;
  const top = Math.max(...exponents);
  return Math.abs(top) > PLAIN_EXPONENT ? top : 0;
}

/** A value as a number in the chart's scale (finite whatever the value). @internal */
export function plot(m: Model, d: Decimal): number {
  return (m.shift === 0 ? d : d.times(`1e${-m.shift}`)).toNumber();
}

/** The chart's model, or null when the KPI has no years to show. @internal */
export function modelOf(kpi: Kpi, options: KpiChartOptions | undefined): Model | null {
  const timeline = timelineOf(kpi);
  const t = baselinePosition(timeline);
  const span = yearsOf(kpi, timeline, options);
  if (span === null) return null;
  const [from, to] = span;
  const evaluations = evaluateKpiSeries(kpi, { ...(options?.evaluate ?? {}), from, to });
  const first = evaluations[0];
  const baseline = first?.baseline ?? null;
  const base = baseline !== null && t !== null && timeline.due === null ? { t, value: baseline } : null;
  const due = timeline.due === null ? null : { t: timeline.due.at, text: timeline.due.text };
  const deadline = timeline.deadline;
  let target: Model['target'] = null;
  let line: Model['line'] = null;
  if (deadline !== null) {
    const value = first?.target ?? null;
    if (value !== null) {
      target = { value, until: deadline + 1, annual: false };
      if (base !== null) line = { t0: base.t, v0: base.value, t1: deadline + 1, v1: value };
    }
  } else if (kpi.target.kind === 'annual' || kpi.target.kind === 'count') {
    target = { value: toDecimal(kpi.target.value), until: to + 1, annual: true };
  }
  return {
    kpi,
    unitKind: kpi.unitKind ?? unitKindOf(kpi.unit),
    from,
    to,
    evaluations,
    base,
    due,
    target,
    line,
    shift: shiftOf(drawnValues(base, target, evaluations)),
  };
}

/** Pixel mappings of a model. */
interface Frame {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly t0: number;
  readonly t1: number;
  readonly ticks: Ticks | null;
  x(t: number): number;
  y(v: number): number;
}

function drawnValues(
  base: Model['base'],
  target: Model['target'],
  evaluations: readonly KpiEvaluation[],
): Decimal[] {
  const values: Decimal[] = [];
  const push = (d: Decimal | null) => {
    if (d !== null) values.push(d);
  };
  if (base !== null) push(base.value);
  if (target !== null) push(target.value);
  for (const e of evaluations) {
    push(e.actual);
    push(e.yearTarget);
  }
  return values;
}

function frameOf(m: Model, top: number): Frame {
  const values = drawnValues(m.base, m.target, m.evaluations).map((d) => plot(m, d));
  const ticks =
    values.length === 0
      ? null
      : ticksFor(values, m.unitKind === 'count' || m.kpi.target.kind === 'count', m.shift);
  const labelWidth =
    ticks === null ? 0 : Math.max(...ticks.values.map((t) => textWidth(tickLabel(m, t.label), 11)));
  const left = Math.max(56, labelWidth + 22);
  const right = WIDTH - RIGHT;
  const bottom = top + PLOT_HEIGHT;
  const t0 = Math.min(m.from, m.base?.t ?? m.from);
  const t1 = m.to + 1;
  return {
    left,
    top,
    right,
    bottom,
    t0,
    t1,
    ticks,
    x: (t) => left + ((t - t0) / (t1 - t0)) * (right - left),
    y: (v) =>
      ticks === null
        ? (top + bottom) / 2
        : bottom - ((v - ticks.lo) / (ticks.hi - ticks.lo)) * (bottom - top),
  };
}

/** An axis label, exact. @internal */
export function tickLabel(m: Model, value: Decimal): string {
  // Beyond 10^±100 a label in full would be hundreds of digits wide: written as 2e+308.
  if (m.shift !== 0) return value.isZero() ? '0' : value.toExponential();
  return formatKpiValue(value, '', m.unitKind);
}

function grid(m: Model, f: Frame, highlight: FiscalYear | undefined, lang: ReportLanguage): string {
  let out = '';
  if (highlight !== undefined && highlight >= m.from && highlight <= m.to) {
    const x = f.x(highlight + 1);
    out += `<line class="highlight" x1="${num(x)}" y1="${num(f.top)}" x2="${num(x)}" y2="${num(f.bottom)}" stroke="${COLORS.highlight}" stroke-width="8"/>`;
  }
  for (const tick of f.ticks?.values ?? []) {
    const y = f.y(tick.at);
    out += `<line x1="${num(f.left)}" y1="${num(y)}" x2="${num(f.right)}" y2="${num(y)}" stroke="#E6E6E6"/>`;
    out += text(tickLabel(m, tick.label), { x: f.left - 8, y: y + 4, size: 11, anchor: 'end', fill: MUTED });
  }
  if (m.due !== null && m.due.t >= f.t0 && m.due.t <= f.t1) {
    const x = f.x(m.due.t);
    out += `<line class="due" x1="${num(x)}" y1="${num(f.top)}" x2="${num(x)}" y2="${num(f.bottom)}" stroke="${COLORS.target}" stroke-width="1.5" stroke-dasharray="6 4"/>`;
    out += text(`${words(lang).due} ${m.due.text}`, {
      x: x - 6,
      y: f.top + 12,
      size: 11,
      anchor: 'end',
      extra: HALO,
    });
  }
  if (f.ticks === null && m.due === null) {
    out += text(words(lang).kpiChart.noFigures, {
      x: (f.left + f.right) / 2,
      y: (f.top + f.bottom) / 2,
      size: 14,
      anchor: 'middle',
      fill: MUTED,
    });
  }
  for (let fy = m.from; fy <= m.to; fy++) {
    const x = f.x(fy + 1);
    out += `<line x1="${num(x)}" y1="${num(f.bottom)}" x2="${num(x)}" y2="${num(f.bottom + 5)}" stroke="${MUTED}"/>`;
    out += text(formatFiscalYear(fy, { style: 'code' }), {
      x,
      y: f.bottom + 19,
      size: 12,
      anchor: 'middle',
      ...(fy === highlight ? { weight: 'bold' as const } : {}),
    });
  }
  out += `<line x1="${num(f.left)}" y1="${num(f.bottom)}" x2="${num(f.right)}" y2="${num(f.bottom)}" stroke="${MUTED}"/>`;
  if (f.ticks !== null) {
    out += `<line x1="${num(f.left)}" y1="${num(f.top)}" x2="${num(f.left)}" y2="${num(f.bottom)}" stroke="${MUTED}"/>`;
    out += text(m.kpi.unit, { x: f.left - 8, y: f.top - 10, size: 11, anchor: 'end', fill: MUTED });
  }
  const bounds = `data-left="${num(f.left)}" data-top="${num(f.top)}" data-right="${num(f.right)}" data-bottom="${num(f.bottom)}"`;
  return `<g class="grid" ${bounds}>${out}</g>`;
}

/** A figure with its unit. @internal */
export function value(m: Model, d: Decimal): string {
  return formatKpiValue(d, m.kpi.unit, m.unitKind);
}

function targetLine(m: Model, f: Frame, lang: ReportLanguage): string {
  if (m.target === null) return '';
  const y = f.y(plot(m, m.target.value));
  const w = words(lang);
  const label = `${w.target} ${value(m, m.target.value)}`;
  return [
    `<g class="target" data-y="${num(y)}">`,
    `<line x1="${num(f.left)}" y1="${num(y)}" x2="${num(f.right)}" y2="${num(y)}" stroke="${COLORS.target}" stroke-width="1.5" stroke-dasharray="6 4"/>`,
    text(label, { x: f.right + 6, y: y + 4, size: 11, fill: INK, maxWidth: RIGHT - 10 }),
    '</g>',
  ].join('');
}

function expectedLine(m: Model, f: Frame): string {
  if (m.line === null) return '';
  const { t0, v0, t1, v1 } = m.line;
  const [x0, y0, x1, y1] = [f.x(t0), f.y(plot(m, v0)), f.x(t1), f.y(plot(m, v1))];
  return `<line class="expected" x1="${num(x0)}" y1="${num(y0)}" x2="${num(x1)}" y2="${num(y1)}" stroke="${COLORS.expected}" stroke-width="2" data-x1="${num(x0)}" data-y1="${num(y0)}" data-x2="${num(x1)}" data-y2="${num(y1)}"/>`;
}

/** The y of the expected line at x, or null where there is no line. */
function expectedAt(m: Model, f: Frame, t: number): number | null {
  if (m.line === null || t < m.line.t0 || t > m.line.t1) return null;
  const { t0, v0, t1, v1 } = m.line;
  const a = plot(m, v0);
  return f.y(a + ((plot(m, v1) - a) * (t - t0)) / (t1 - t0));
}

/** Whether the planned line falls (lower is better): then the baseline's label goes above it. */
function falls(m: Model): boolean {
  return m.line?.v1.lt(m.line.v0) === true;
}

/** The boxes of the labels drawn so far, in viewBox units. */
type Taken = { x0: number; x1: number; y0: number; y1: number }[];

/** Where a label's box lies when its baseline is at y. */
function boxOf(content: string, a: TextAttrs, y: number): Taken[number] {
  const size = a.size ?? 12;
  const width = textWidth(content, size) * (a.weight === 'bold' ? 1.05 : 1);
  const x0 = a.anchor === 'end' ? a.x - width : a.anchor === 'middle' ? a.x - width / 2 : a.x;
  return { x0, x1: x0 + width, y0: y - size, y1: y + 3 };
}

/**
 * A label at the first height, from where it was asked for and then a line further up or
 * down at a time, where it overlaps no label drawn before it and stays inside the plot; where
 * there is no such height, where it was asked for.
 */
function placed(taken: Taken, f: Frame, content: string, a: TextAttrs): string {
  const step = (a.size ?? 12) + 3;
  const clear = (b: Taken[number]) =>
    taken.every((t) => b.x1 <= t.x0 || b.x0 >= t.x1 || b.y1 <= t.y0 || b.y0 >= t.y1);
  for (const k of [0, -1, 1, -2, 2, -3, 3]) {
    const y = a.y + k * step;
    const box = boxOf(content, a, y);
    if (box.y0 >= f.top - 24 && box.y1 <= f.bottom && clear(box)) {
      taken.push(box);
      return text(content, { ...a, y });
    }
  }
  taken.push(boxOf(content, a, a.y));
  return text(content, a);
}

/** The boxes of the points (actuals, year targets), which no label may cover. */
function pointBoxes(m: Model, f: Frame): Taken {
  const boxes: Taken = [];
  const around = (t: number, d: Decimal | null) => {
    if (d === null) return;
    const x = f.x(t);
    const y = f.y(plot(m, d));
    boxes.push({ x0: x - MARK, x1: x + MARK, y0: y - MARK, y1: y + MARK });
  };
  for (const e of m.evaluations) {
    around(e.fiscalYear + 1, e.actual);
    around(e.fiscalYear + 1, e.yearTarget);
  }
  return boxes;
}

/** Whether a label fits below a point (else it goes above): not too near the axis. */
function below(f: Frame, y: number): boolean {
  return f.bottom - y >= 22;
}

function baselinePoint(m: Model, f: Frame, lang: ReportLanguage, taken: Taken): string {
  if (m.base === null) return '';
  const x = f.x(m.base.t);
  const y = f.y(plot(m, m.base.value));
  return [
    `<g class="baseline" data-x="${num(x)}" data-y="${num(y)}">`,
    marker('circle', x, y, COLORS.baseline, '#FFFFFF', 5),
    placed(taken, f, `${words(lang).baseline} ${value(m, m.base.value)}`, {
      x: x + 8,
      y: falls(m) || !below(f, y) ? y - 10 : y + 18,
      size: 11,
      extra: HALO,
    }),
    '</g>',
  ].join('');
}

function yearTargets(m: Model, f: Frame, lang: ReportLanguage, taken: Taken): string {
  let out = '';
  for (const e of m.evaluations) {
    if (e.yearTarget === null) continue;
    const x = f.x(e.fiscalYear + 1);
    const y = f.y(plot(m, e.yearTarget));
    out += `<g class="year-target" data-fiscal-year="${e.fiscalYear}" data-x="${num(x)}" data-y="${num(y)}">`;
    out += marker('diamond', x, y, '#FFFFFF', COLORS.yearTarget, 5.5).replace(
      'stroke-width="1"',
      'stroke-width="2"',
    );
    out += placed(taken, f, `${words(lang).yearTarget} ${value(m, e.yearTarget)}`, {
      x: x - 9,
      y: y - f.top < 18 ? y + 16 : y - 8,
      size: 11,
      anchor: 'end',
      extra: HALO,
    });
    out += '</g>';
  }
  return out;
}

/** The text beside an actual: its value (or the milestone's state) and its status. @internal */
export function actualLabel(m: Model, e: KpiEvaluation, lang: ReportLanguage): string {
  const w = words(lang);
  const shown =
    e.actual !== null
      ? value(m, e.actual)
      : e.completedOn !== null
        ? `${w.done} ${e.completedOn}`
        : e.kind === 'milestone'
          ? e.status === 'achieved'
            ? w.done
            : w.notDone
          : '';
  // A figure with no status to judge it by (a no-worse KPI's first year) stands alone.
  return e.status === 'no-data' && shown !== '' ? shown : w.paren(shown, statusWord(e.status, lang));
}

function actuals(m: Model, f: Frame, lang: ReportLanguage, taken: Taken): string {
  const shown = m.evaluations.filter(
    (e) => e.actual !== null || (e.kind === 'milestone' && e.status !== 'no-data'),
  );
  const points = shown.map((e) => ({
    e,
    x: f.x(e.fiscalYear + 1),
    y: e.actual === null ? (f.top + f.bottom) / 2 : f.y(plot(m, e.actual)),
  }));
  let out = '';
  if (points.length > 1) {
    const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)} ${num(p.y)}`).join('');
    out += `<path class="actual-path" d="${d}" fill="none" stroke="${COLORS.path}" stroke-width="1.5"/>`;
  }
  for (const { e, x, y } of points) {
    const mark = MARKS[e.status];
    const ey = expectedAt(m, f, e.fiscalYear + 1);
    const expected = ey === null ? '' : ` data-expected-y="${num(ey)}"`;
    out += `<g class="actual" data-fiscal-year="${e.fiscalYear}" data-status="${e.status}" data-x="${num(x)}" data-y="${num(y)}"${expected}>`;
    out += marker(mark.shape, x, y, mark.color);
    out += placed(taken, f, actualLabel(m, e, lang), {
      x: x + 10,
      y: below(f, y) ? y + 16 : y - 9,
      size: 11,
      weight: 'bold',
      extra: HALO,
    });
    out += '</g>';
  }
  return out;
}

function legend(m: Model, y: number, lang: ReportLanguage): { svg: string; height: number } {
  const w = words(lang);
  const items: { symbol: (x: number, y: number) => string; label: string }[] = [];
  if (m.base !== null)
    items.push({
      symbol: (x, cy) => marker('circle', x + 8, cy, COLORS.baseline, '#FFFFFF', 5),
      label: w.baseline,
    });
  if (m.line !== null) {
    items.push({
      symbol: (x, cy) =>
        `<line x1="${num(x)}" y1="${num(cy)}" x2="${num(x + 16)}" y2="${num(cy)}" stroke="${COLORS.expected}" stroke-width="2"/>`,
      label: w.kpiChart.expectedLine,
    });
  }
  if (m.target !== null) {
    items.push({
      symbol: (x, cy) =>
        `<line x1="${num(x)}" y1="${num(cy)}" x2="${num(x + 16)}" y2="${num(cy)}" stroke="${COLORS.target}" stroke-width="1.5" stroke-dasharray="6 4"/>`,
      label: w.target,
    });
  }
  if (m.due !== null) {
    items.push({
      symbol: (x, cy) =>
        `<line x1="${num(x + 8)}" y1="${num(cy - 7)}" x2="${num(x + 8)}" y2="${num(cy + 7)}" stroke="${COLORS.target}" stroke-width="1.5" stroke-dasharray="4 3"/>`,
      label: w.due,
    });
  }
  if (m.evaluations.some((e) => e.yearTarget !== null)) {
    items.push({
      symbol: (x, cy) =>
        marker('diamond', x + 8, cy, '#FFFFFF', COLORS.yearTarget, 5).replace(
          'stroke-width="1"',
          'stroke-width="2"',
        ),
      label: w.yearTarget,
    });
  }
  const statuses = new Set(
    m.evaluations
      .filter((e) => e.actual !== null || (e.kind === 'milestone' && e.status !== 'no-data'))
      .map((e) => e.status),
  );
  for (const status of ['achieved', 'ahead', 'on-track', 'behind', 'untargeted'] as const) {
    if (!statuses.has(status)) continue;
    const mark = MARKS[status];
    items.push({
      symbol: (x, cy) => marker(mark.shape, x + 8, cy, mark.color),
      label: w.paren(w.actual, statusWord(status, lang)),
    });
  }
  let x = 16;
  let line = 0;
  let out = '';
  for (const item of items) {
    const width = 24 + textWidth(item.label, 11) + 18;
    if (x > 16 && x + width > WIDTH - 16) {
      x = 16;
      line++;
    }
    const cy = y + line * 20 + 6;
    out += item.symbol(x, cy) + text(item.label, { x: x + 22, y: cy + 4, size: 11 });
    x += width;
  }
  return { svg: `<g class="legend">${out}</g>`, height: items.length === 0 ? 0 : (line + 1) * 20 };
}

/** The chart's text alternative: what it shows, in sentences. @internal */
export function describe(m: Model, title: string, lang: ReportLanguage): string {
  const w = words(lang);
  const head: string[] = [];
  if (m.base !== null) {
    const b = m.kpi.baseline;
    const when =
      b?.asOf ??
      (b?.fiscalYear === undefined ? undefined : w.kpiChart.baselineResult(yearNames(b.fiscalYear)));
    const baseline = `${w.baseline} ${value(m, m.base.value)}`;
    head.push(when === undefined ? baseline : w.paren(baseline, when));
  }
  if (m.due !== null) head.push(`${w.due} ${m.due.text}`);
  if (m.target !== null) {
    const target = `${w.target} ${value(m, m.target.value)}`;
    head.push(
      m.target.annual
        ? w.kpiChart.everyYear(target)
        : w.kpiChart.byEndOf(target, yearNames(m.target.until - 1)),
    );
  }
  const years = m.evaluations.map((e) => {
    const parts: string[] = [];
    if (e.actual !== null) parts.push(`${w.actual} ${value(m, e.actual)}`);
    else if (e.completedOn !== null) parts.push(`${w.done} ${e.completedOn}`);
    if (e.yearTarget !== null) parts.push(`${w.yearTarget} ${value(m, e.yearTarget)}`);
    if (e.expected !== null) parts.push(`${w.expected} ${value(m, e.expected)}`);
    if (e.progress !== null) parts.push(`${w.progress} ${e.progress.toFixed()}%`);
    parts.push(statusWord(e.status, lang));
    return `${w.yearShort(yearNames(e.fiscalYear))}: ${w.list(parts)}`;
  });
  return w.sentences([title, ...(head.length > 0 ? [w.list(head)] : []), ...years]);
}

/** The KPI's name with its unit: `電子決裁率（%）`; a KPI without a unit is titled by its name alone. @internal */
export function defaultTitle(kpi: Kpi, lang: ReportLanguage): string {
  return kpi.unit === '' ? kpi.name : words(lang).paren(kpi.name, kpi.unit);
}

function emptyChart(title: string, idPrefix: string, showTitle: boolean, lang: ReportLanguage): string {
  const message = statusWord('no-data', lang);
  const body =
    (showTitle ? text(title, { x: 16, y: 26, size: 16, weight: 'bold', maxWidth: WIDTH - 32 }) : '') +
    text(message, { x: WIDTH / 2, y: 80, anchor: 'middle', fill: MUTED, size: 14 });
  return svgDocument({
    width: WIDTH,
    height: 120,
    idPrefix,
    title,
    desc: words(lang).sentences([title, message]),
    body,
    className: 'munikpi-chart munikpi-kpi-chart',
  });
}

/**
 * A chart of a KPI's path over the fiscal years: the baseline (基準値) as a point where it was
 * taken, the straight planned line from the baseline to the target, the final target as a
 * dashed line, each year's target (年度設定目標) as a diamond, and the actuals at the end of
 * their fiscal years (axis labels `R3`, `R4`, …), each marked by its status with a shape and a
 * word (▼ 遅れ, ● 順調, ▲ 前倒し, ■ 達成). Figures come from `evaluateKpiSeries`: the text shows
 * the exact decimals; floating point is used only for pixel positions. Markers carry
 * `data-x`, `data-y` (and `data-expected-y`, the planned line at the same x) in viewBox units.
 *
 * @param kpi - the KPI, with its observations
 * @param options - years (`from`, `to`), a year to `highlight`, `evaluate` options, and the
 *   common `lang`, `title`, `showTitle`, `idPrefix`
 * @returns the SVG document as a string; a small "no data" picture when the KPI has no years
 * @throws {MunikpiError} `INVALID_OPTION` for bad options; the codes of `evaluateKpi` for a
 *   KPI that contradicts itself or years outside its period
 *
 * @example
 * import { renderKpiChart } from 'munikpi/report';
 * const eApproval = {
 *   id: 'e-approval', name: '電子決裁率', unit: '%',
 *   baseline: { value: 62.3, asOf: '2021-04-01' },
 *   target: { kind: 'level', value: 90, by: 2024 },
 *   yearTargets: { 2023: 85 },
 *   period: { start: 2021, end: 2024 },
 *   observations: [{ fiscalYear: 2023, value: 73.9 }],
 * } as const;
 * const svg = renderKpiChart(eApproval);
 * svg.includes('data-status="behind"'); // true
 * svg.includes('R5: 実績 73.9%、年度目標 85%'); // true
 */
export function renderKpiChart(kpi: Kpi, options?: KpiChartOptions): string {
  compiled(kpi);
  const o = checkOptions(options, 'munikpi-kpi');
  const title = options?.title ?? defaultTitle(kpi, o.lang);
  const m = modelOf(kpi, options);
  if (m === null) return emptyChart(title, o.idPrefix, o.showTitle, o.lang);
  const top = o.showTitle ? 62 : 30;
  const f = frameOf(m, top);
  // Actuals' labels are placed first, so that they keep their place; the others move aside.
  const taken: Taken = pointBoxes(m, f);
  const actualMarks = actuals(m, f, o.lang, taken);
  const parts = [
    o.showTitle ? text(title, { x: 16, y: 26, size: 16, weight: 'bold', maxWidth: WIDTH - 32 }) : '',
    grid(m, f, options?.highlight, o.lang),
    targetLine(m, f, o.lang),
    expectedLine(m, f),
    yearTargets(m, f, o.lang, taken),
    baselinePoint(m, f, o.lang, taken),
    actualMarks,
  ];
  const key = legend(m, f.bottom + 40, o.lang);
  parts.push(key.svg);
  return svgDocument({
    width: WIDTH,
    height: f.bottom + 40 + key.height + 10,
    idPrefix: o.idPrefix,
    title,
    desc: describe(m, title, o.lang),
    body: parts.join(''),
    className: 'munikpi-chart munikpi-kpi-chart',
  });
}
