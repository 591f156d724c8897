import { errorOf } from '../../core/errors.js';
import { notAResultOf } from '../../core/messages/errors-en.js';
import { wordsFor } from '../../core/messages/index.js';
import { formatFiscalYear } from '../../fiscal/index.js';
import type { RatingTransitions } from '../../plan/index.js';
import type { ReportLanguage } from '../report.js';
import { yearNames } from '../view.js';
import {
  type ChartOptions,
  checkOptions,
  escapeXml,
  inkOn,
  MUTED,
  num,
  RULE,
  svgDocument,
  text,
  textWidth,
  tint,
} from './svg.js';

/** Options for {@link renderTransitionChart}. */
export interface TransitionChartOptions extends ChartOptions {}

const CELL = 56;
const SHADE = '#0072B2';
const PAD = 16;

function countOf(t: RatingTransitions, from: string, to: string): number {
  return t.matrix[from]?.[to] ?? 0;
}

function defaultTitle(t: RatingTransitions, lang: ReportLanguage): string {
  return wordsFor(lang).report.transitionChart.title(yearNames(t.from), yearNames(t.to));
}

function summary(t: RatingTransitions, lang: ReportLanguage): string {
  const { counts } = wordsFor(lang).report.transitionChart;
  return counts(t.improved.length, t.declined.length, t.unchanged.length, t.incomplete.length);
}

function describe(t: RatingTransitions, title: string, lang: ReportLanguage): string {
  const w = wordsFor(lang).report;
  const cells: string[] = [];
  for (const a of t.codes) {
    for (const b of t.codes) {
      const n = countOf(t, a, b);
      if (n > 0) cells.push(`${a}→${b} ${w.count(n)}`);
    }
  }
  const list = cells.length === 0 ? w.transitionChart.none : w.list(cells);
  return w.sentences([title, list, summary(t, lang)]);
}

function cells(t: RatingTransitions, left: number, top: number): string {
  const max = Math.max(1, ...t.codes.flatMap((a) => t.codes.map((b) => countOf(t, a, b))));
  let out = '';
  t.codes.forEach((a, i) => {
    t.codes.forEach((b, j) => {
      const n = countOf(t, a, b);
      const fill = n === 0 ? '#FFFFFF' : tint(SHADE, 0.15 + (0.85 * n) / max);
      const x = left + j * CELL;
      const y = top + i * CELL;
      out += `<rect x="${num(x)}" y="${num(y)}" width="${CELL}" height="${CELL}" fill="${fill}" stroke="${RULE}" data-from="${escapeXml(a)}" data-to="${escapeXml(b)}" data-count="${n}"/>`;
      out += text(String(n), {
        x: x + CELL / 2,
        y: y + CELL / 2 + 5,
        size: 15,
        anchor: 'middle',
        fill: n === 0 ? MUTED : inkOn(fill),
        ...(n === 0 ? {} : { weight: 'bold' as const }),
      });
    });
  });
  // The diagonal (unchanged) on top, so that no neighbour hides its outline.
  t.codes.forEach((_, i) => {
    out += `<rect x="${num(left + i * CELL + 1)}" y="${num(top + i * CELL + 1)}" width="${CELL - 2}" height="${CELL - 2}" fill="none" stroke="${MUTED}" stroke-width="2"/>`;
  });
  return out;
}

/**
 * A small matrix of how ratings moved between two fiscal years: rows are the earlier year's
 * codes, columns the later year's, each cell the number of programs, shaded by its count, with
 * the diagonal (unchanged) outlined, and a line counting the programs that improved, declined,
 * kept their rating, or could not be compared.
 *
 * @param transitions - the matrix, from `ratingTransitions`
 * @param options - `lang` (`ja` default, or `en`), `title`, `showTitle`, `idPrefix`
 * @returns the SVG document as a string
 * @throws {MunikpiError} `INVALID_OPTION` for a bad `lang`, `title` or `idPrefix`
 *
 * @example
 * import { ratingTransitions } from 'munikpi';
 * import { renderTransitionChart } from 'munikpi/report';
 * const plan = {
 *   id: 'x', municipality: 'x', title: 'x', period: { start: 2021, end: 2024 },
 *   directions: [{ id: 'd1', number: 1, name: 'd' }],
 *   programs: [{ id: 'p1', number: 1, name: 'p', kind: 'implementation', direction: 'd1',
 *     reports: { 2022: { rating: 'A' }, 2023: { rating: 'B' } } }],
 * } as const;
 * const svg = renderTransitionChart(ratingTransitions(plan, 2022, 2023), { lang: 'en' });
 * svg.includes('A→B 1'); // true
 */
export function renderTransitionChart(
  transitions: RatingTransitions,
  options?: TransitionChartOptions,
): string {
  const o = checkOptions(options, 'munikpi-transitions');
  if (typeof transitions !== 'object' || transitions === null || !Array.isArray(transitions.codes)) {
    throw errorOf('INVALID_ARGUMENT', { notAResultOf }, { input: transitions, fn: 'ratingTransitions' });
  }
  const title = options?.title ?? defaultTitle(transitions, o.lang);
  const codes = transitions.codes;
  const codeWidth = Math.max(16, ...codes.map((c) => textWidth(c, 14)));
  const fromLabel = formatFiscalYear(transitions.from, { style: 'code' });
  const toLabel = formatFiscalYear(transitions.to, { style: 'code' });
  const left = PAD + Math.max(codeWidth, textWidth(`${fromLabel} ↓`, 12)) + 12;
  const top = (o.showTitle ? 44 : 12) + 40;
  const gridSize = codes.length * CELL;
  const note = summary(transitions, o.lang);
  const width = Math.max(
    left + gridSize + PAD,
    PAD * 2 + textWidth(note, 12),
    o.showTitle ? PAD * 2 + textWidth(title, 16) : 0,
  );
  const parts: string[] = [];
  if (o.showTitle) parts.push(text(title, { x: PAD, y: 26, size: 16, weight: 'bold' }));
  const head = top - 40;
  parts.push(
    text(`${toLabel} →`, { x: left + gridSize / 2, y: head + 14, size: 12, anchor: 'middle', fill: MUTED }),
  );
  codes.forEach((code, j) => {
    parts.push(
      text(code, { x: left + j * CELL + CELL / 2, y: top - 10, size: 14, anchor: 'middle', weight: 'bold' }),
    );
  });
  parts.push(text(`${fromLabel} ↓`, { x: left - 10, y: top - 10, size: 12, anchor: 'end', fill: MUTED }));
  codes.forEach((code, i) => {
    parts.push(
      text(code, { x: left - 10, y: top + i * CELL + CELL / 2 + 5, size: 14, anchor: 'end', weight: 'bold' }),
    );
  });
  parts.push(cells(transitions, left, top));
  parts.push(text(note, { x: PAD, y: top + gridSize + 26, size: 12, fill: MUTED }));
  return svgDocument({
    width,
    height: top + gridSize + 40,
    idPrefix: o.idPrefix,
    title,
    desc: describe(transitions, title, o.lang),
    body: parts.join(''),
    className: 'munikpi-chart munikpi-transition-chart',
  });
}
