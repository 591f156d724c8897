import { errorOf } from '../../core/errors.js';
import { notAResultOf } from '../../core/messages/errors-en.js';
import { wordsFor } from '../../core/messages/index.js';
import type { RatingAggregate, RatingTally } from '../../plan/index.js';
import type { RatingScale } from '../../rating/index.js';
import { levelColor } from '../../rating/scale.js';
import type { ReportLanguage } from '../report.js';
import { yearNames } from '../view.js';
import {
  type ChartOptions,
  checkOptions,
  escapeXml,
  INK,
  inkOn,
  MUTED,
  num,
  RULE,
  safeColor,
  svgDocument,
  text,
  textWidth,
} from './svg.js';

/** Options for {@link renderRatingChart}. */
export interface RatingChartOptions extends ChartOptions {}

const WIDTH = 760;
const PAD = 16;
const BAR_WIDTH = WIDTH - 2 * PAD;
const BAR_HEIGHT = 26;
const LABEL_SIZE = 13;
const ROW_HEIGHT = 58;
const FALLBACK = ['#0072B2', '#009E73', '#E69F00', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442'];

/** One bar to draw: a direction or the total. */
interface Row {
  readonly key: string;
  readonly label: string;
  readonly tally: RatingTally;
  readonly total: boolean;
}

/** A level of the scale as drawn: code, label, colour. */
interface Level {
  readonly code: string;
  readonly label: string;
  readonly color: string;
}

/**
 * The colours of a scale's levels, as {@link levelColor} gives them, checked to be `#rrggbb`.
 * @internal
 */
export function levelColors(scale: RatingScale): string[] {
  return scale.levels.map((_, i) => safeColor(levelColor(scale, i), FALLBACK[i % FALLBACK.length] as string));
}

function levelsOf(aggregate: RatingAggregate, lang: ReportLanguage): Level[] {
  const colors = levelColors(aggregate.scale);
  return aggregate.scale.levels.map((level, i) => ({
    code: level.code,
    label: level.label[lang] === level.code ? level.code : `${level.code} ${level.label[lang]}`,
    color: colors[i] as string,
  }));
}

/** Counts outside the bar: 対象外, unrated, codes not on the scale. */
function extras(tally: RatingTally, lang: ReportLanguage): string[] {
  const w = wordsFor(lang).report;
  return (['notApplicable', 'unrated', 'unknown'] as const)
    .filter((key) => tally[key] > 0)
    .map((key) => `${w[key]} ${w.count(tally[key])}`);
}

/** The text alternative of one row: `Total: S 1, A 21, B 3 of 25`. */
function describeRow(row: Row, codes: readonly string[], lang: ReportLanguage): string {
  const w = wordsFor(lang).report;
  const parts = codes.map((code) => `${code} ${w.count(row.tally.counts[code] ?? 0)}`);
  return w.ratingChart.row(row.label, parts, row.tally.rated, extras(row.tally, lang));
}

function segments(row: Row, levels: readonly Level[], y: number): string {
  const rated = row.tally.rated;
  if (rated === 0) {
    return (
      `<rect x="${PAD}" y="${num(y)}" width="${BAR_WIDTH}" height="${BAR_HEIGHT}" fill="#FFFFFF" stroke="${RULE}"/>` +
      text('—', { x: WIDTH / 2, y: y + BAR_HEIGHT / 2 + 4, anchor: 'middle', fill: MUTED })
    );
  }
  let cumulative = 0;
  let out = '';
  for (const level of levels) {
    const count = row.tally.counts[level.code] ?? 0;
    const x0 = PAD + (BAR_WIDTH * cumulative) / rated;
    cumulative += count;
    const x1 = PAD + (BAR_WIDTH * cumulative) / rated;
    if (count === 0) continue;
    out += `<rect x="${num(x0)}" y="${num(y)}" width="${num(x1 - x0)}" height="${BAR_HEIGHT}" fill="${level.color}" data-code="${escapeXml(level.code)}" data-count="${count}"/>`;
    const label = String(count);
    if (x1 - x0 >= textWidth(label, 12) + 6) {
      out += text(label, {
        x: (x0 + x1) / 2,
        y: y + BAR_HEIGHT / 2 + 4.5,
        anchor: 'middle',
        size: 12,
        weight: 'bold',
        fill: inkOn(level.color),
      });
    }
  }
  return out;
}

function drawRow(row: Row, levels: readonly Level[], y: number, lang: ReportLanguage): string {
  const barY = y + 22;
  const w = wordsFor(lang).report;
  const count = w.ratingChart.rated(row.tally.rated);
  const more = extras(row.tally, lang);
  const rightText = more.length === 0 ? count : w.paren(count, w.list(more));
  const rightWidth = textWidth(rightText, 12);
  return [
    `<g class="bar" data-row="${escapeXml(row.key)}" data-x="${PAD}" data-y="${num(barY)}" data-width="${BAR_WIDTH}" data-height="${BAR_HEIGHT}" data-total="${row.tally.rated}">`,
    text(row.label, {
      x: PAD,
      y: y + 15,
      size: LABEL_SIZE,
      ...(row.total ? { weight: 'bold' as const } : {}),
      maxWidth: BAR_WIDTH - rightWidth - 16,
    }),
    text(rightText, { x: PAD + BAR_WIDTH, y: y + 15, size: 12, anchor: 'end', fill: MUTED }),
    segments(row, levels, barY),
    '</g>',
  ].join('');
}

function legend(levels: readonly Level[], y: number): { svg: string; height: number } {
  let x = PAD;
  let line = 0;
  let out = '';
  for (const level of levels) {
    const width = 18 + textWidth(level.label, 12) + 20;
    if (x > PAD && x + width > WIDTH - PAD) {
      x = PAD;
      line++;
    }
    const top = y + line * 22;
    out += `<rect x="${num(x)}" y="${num(top)}" width="12" height="12" fill="${level.color}"/>`;
    out += text(level.label, { x: x + 18, y: top + 11, size: 12 });
    x += width;
  }
  return { svg: `<g class="legend">${out}</g>`, height: (line + 1) * 22 };
}

function axis(y: number): string {
  let out = '';
  for (const p of [0, 25, 50, 75, 100]) {
    const x = PAD + (BAR_WIDTH * p) / 100;
    out += `<line x1="${num(x)}" y1="${num(y)}" x2="${num(x)}" y2="${num(y + 4)}" stroke="${MUTED}"/>`;
    out += text(`${p}%`, {
      x,
      y: y + 16,
      size: 11,
      fill: MUTED,
      anchor: p === 0 ? 'start' : p === 100 ? 'end' : 'middle',
    });
  }
  return `<g class="axis">${out}</g>`;
}

function rowsOf(aggregate: RatingAggregate, lang: ReportLanguage): Row[] {
  return [
    ...aggregate.rows.map((r) => ({
      key: r.direction.id,
      label: `${r.direction.number} ${r.direction.name}`,
      tally: r as RatingTally,
      total: false,
    })),
    { key: 'total', label: wordsFor(lang).report.total, tally: aggregate.total, total: true },
  ];
}

function defaultTitle(aggregate: RatingAggregate, lang: ReportLanguage): string {
  return wordsFor(lang).report.ratingChart.title(yearNames(aggregate.fiscalYear));
}

/**
 * A chart of a rating cross-tab: one horizontal 100 % stacked bar per direction and one for the
 * total (計), a segment per level of the scale in the scale's colours (Okabe–Ito by default,
 * safe for colour-blind readers), the count written in each segment, and a legend with the
 * levels' labels. Works for any scale: S/A/B, S/A/B/C, ◎○△×. The SVG scales to its container,
 * carries a `<title>` and a `<desc>` that states every count, and is the same string on every
 * host.
 *
 * @param aggregate - the cross-tab, from `aggregateRatings`
 * @param options - `lang` (`ja` default, or `en`), `title`, `showTitle`, `idPrefix`
 * @returns the SVG document as a string
 * @throws {MunikpiError} `INVALID_OPTION` for a bad `lang`, `title` or `idPrefix`
 *
 * @example
 * import { aggregateRatings } from 'munikpi';
 * import { renderRatingChart } from 'munikpi/report';
 * const plan = {
 *   id: 'x', municipality: 'x', title: 'x', period: { start: 2021, end: 2024 },
 *   directions: [{ id: 'd1', number: 1, name: '地域資源によるサービスの実現' }],
 *   programs: [
 *     { id: 'p1', number: 1, name: 'a', kind: 'implementation', direction: 'd1', reports: { 2023: { rating: 'S' } } },
 *     { id: 'p2', number: 2, name: 'b', kind: 'implementation', direction: 'd1', reports: { 2023: { rating: 'A' } } },
 *   ],
 * } as const;
 * const svg = renderRatingChart(aggregateRatings(plan, 2023), { lang: 'en' });
 * svg.startsWith('<svg'); // true
 * svg.includes('Total: S 1, A 1, B 0 of 2'); // true
 */
export function renderRatingChart(aggregate: RatingAggregate, options?: RatingChartOptions): string {
  const o = checkOptions(options, 'munikpi-rating');
  if (
    typeof aggregate !== 'object' ||
    aggregate === null ||
    !Array.isArray(aggregate.rows) ||
    !Array.isArray(aggregate.codes)
  ) {
    throw errorOf('INVALID_ARGUMENT', { notAResultOf }, { input: aggregate, fn: 'aggregateRatings' });
  }
  const levels = levelsOf(aggregate, o.lang);
  const rows = rowsOf(aggregate, o.lang);
  const title = options?.title ?? defaultTitle(aggregate, o.lang);
  let y = o.showTitle ? 40 : 10;
  const parts: string[] = [];
  if (o.showTitle) parts.push(text(title, { x: PAD, y: 26, size: 16, weight: 'bold', maxWidth: BAR_WIDTH }));
  for (const row of rows) {
    if (row.total) {
      parts.push(
        `<line x1="${PAD}" y1="${num(y + 2)}" x2="${PAD + BAR_WIDTH}" y2="${num(y + 2)}" stroke="${RULE}"/>`,
      );
      y += 8;
    }
    parts.push(drawRow(row, levels, y, o.lang));
    y += ROW_HEIGHT;
  }
  parts.push(axis(y - ROW_HEIGHT + 22 + BAR_HEIGHT + 2));
  y += 22;
  const key = legend(levels, y);
  parts.push(key.svg);
  y += key.height + 6;
  const codes = levels.map((l) => l.code);
  const total = rows[rows.length - 1] as Row;
  const lines = [total, ...rows.slice(0, -1)].map((r) => describeRow(r, codes, o.lang));
  const desc = wordsFor(o.lang).report.sentences([title, ...lines]);
  return svgDocument({
    width: WIDTH,
    height: y,
    idPrefix: o.idPrefix,
    title,
    desc,
    body: `<g fill="${INK}">${parts.join('')}</g>`,
    className: 'munikpi-chart munikpi-rating-chart',
  });
}
