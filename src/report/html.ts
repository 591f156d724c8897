import { errorOf, MunikpiError, optionsOf } from '../core/errors.js';
import { notTextNamed } from '../core/messages/errors-en.js';
import { type Language, wordsFor } from '../core/messages/index.js';
import type { FiscalYear } from '../fiscal/index.js';
import type { EvaluateOptions } from '../kpi/index.js';
import type { Plan } from '../plan/index.js';
import { renderKpiBullet, yearsWithFigures } from './charts/kpi-bullet.js';
import { type KpiChartOptions, renderKpiChart } from './charts/kpi-chart.js';
import { levelColors, renderRatingChart } from './charts/rating-chart.js';
import { escapeXml as esc } from './charts/svg.js';
import { renderTransitionChart } from './charts/transition-chart.js';
import { buildReport, type ReportData, type ReportKpi, type ReportLanguage } from './model.js';
import {
  declaredTitle,
  headingOf,
  planWordsOf,
  tablesOf,
  type ViewColumn,
  type ViewRow,
  type ViewTable,
} from './view.js';

/** Options for {@link renderHtmlReport}. */
export interface HtmlReportOptions {
  /** The language of the report's words: `ja` (default) or `en`. The plan's own text stays as written. */
  readonly lang?: ReportLanguage;
  /** The report's title; default the plan's title. */
  readonly title?: string;
  /** Options for the KPI evaluations (tolerance, rounding), also passed to the audit. */
  readonly evaluate?: EvaluateOptions;
  /** Whether the audit also lists ratings that differ from the KPI suggestion; default true. */
  readonly suggestions?: boolean;
  /** Whether to draw a chart for each KPI with a figure (a bullet for one year, the path from two); default true. */
  readonly kpiCharts?: boolean;
}

/**
 * The fonts the page asks for: Noto Sans CJK JP (Linux, fonts-noto-cjk) or Noto Sans JP, Hiragino
 * (macOS), Yu Gothic or Meiryo (Windows), then the platform's sans-serif.
 */
const FONTS = `"Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic Medium", "Yu Gothic", YuGothic, Meiryo, sans-serif`;

const CSS = `
@page { size: A4; margin: 15mm 12mm; }
:root { color: #222; background: #fff; }
body { font-family: ${FONTS};
  font-size: 10pt; line-height: 1.5; margin: 0 auto; max-width: 186mm; padding: 8mm 4mm;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
header { border-bottom: 3px solid #0072B2; margin-bottom: 8pt; padding-bottom: 4pt; }
header p { margin: 1pt 0; }
.municipality { font-size: 10.5pt; color: #555; }
h1 { font-size: 17pt; line-height: 1.3; margin: 2pt 0 4pt; }
h2 { font-size: 13pt; border-bottom: 1px solid #999; padding-bottom: 2pt; margin: 14pt 0 6pt; break-after: avoid; page-break-after: avoid; }
h3, figcaption { font-size: 10.5pt; font-weight: bold; margin: 8pt 0 3pt; break-after: avoid; page-break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 2pt 0 4pt; font-size: 9pt; line-height: 1.35; }
th, td { border: 1px solid #bbb; padding: 2pt 4pt; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
thead th { background: #eef3f8; white-space: nowrap; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
tfoot th, tfoot td { background: #f6f6f6; font-weight: bold; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.nowrap { white-space: nowrap; }
figure { margin: 6pt 0 10pt; break-inside: avoid; page-break-inside: avoid; }
figure svg { display: block; width: 100%; height: auto; }
figure.ratings svg { max-width: 150mm; }
figure.matrix svg { max-width: 80mm; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em; border: 1px solid rgba(0, 0, 0, 0.25); vertical-align: -0.05em; }
.note { font-size: 8.5pt; color: #555; margin: 0 0 6pt; }
.severity-error { color: #B03000; font-weight: bold; }
.severity-warning { color: #8A5A00; font-weight: bold; }
.severity-info { color: #005A8C; }
.status-behind { color: #B03000; font-weight: bold; }
footer { margin-top: 16pt; font-size: 8.5pt; color: #777; border-top: 1px solid #ccc; padding-top: 4pt; }
@media print {
  body { max-width: none; padding: 0; }
}
`;

/** What every part of the page needs: the report's data and the scale's colours. */
interface Page {
  readonly data: ReportData;
  readonly colors: readonly string[];
  /** The id of each table's heading, which names the table. */
  readonly ids: ReadonlyMap<ViewTable, string>;
}

function idOf(page: Page, table: ViewTable): string {
  return page.ids.get(table) ?? 'munikpi-table';
}

function header(data: ReportData, title: string): string {
  const h = headingOf(data, title);
  return [
    '<header>',
    `<p class="municipality">${esc(h.municipality)}</p>`,
    `<h1>${esc(h.title)}</h1>`,
    `<p class="year"><strong>${esc(h.year)}</strong></p>`,
    `<p class="period">${esc(h.period)}</p>`,
    h.source === null ? '' : `<p class="source note">${esc(h.source)}</p>`,
    '</header>',
  ].join('\n');
}

function swatch(color: string | undefined): string {
  // The colour comes from levelColors, checked to be #RRGGBB.
  return `<span class="swatch" style="background:${color ?? '#999999'}" aria-hidden="true"></span>`;
}

/** A header cell; a level's column carries its colour. */
function headCell(page: Page, column: ViewColumn, levelIndex: number): string {
  const num = column.align === 'right' ? ' class="num"' : '';
  const mark = column.role === 'level' ? swatch(page.colors[levelIndex]) : '';
  return `<th scope="col"${num}>${mark}${esc(column.header)}</th>`;
}

/** A body cell, marked up by what its column holds. */
function bodyCell(page: Page, column: ViewColumn, row: ViewRow, text: string): string {
  switch (column.role) {
    case 'label':
      return `<th scope="row">${esc(text)}</th>`;
    case 'rating': {
      if (row.rating === undefined) return `<td>${esc(text)}</td>`;
      const mark = row.level === undefined ? '' : swatch(page.colors[row.level]);
      const rest = text.slice(row.rating.length);
      return `<td class="nowrap">${mark}<strong>${esc(row.rating)}</strong>${esc(rest)}</td>`;
    }
    case 'status':
      return row.status === undefined
        ? `<td>${esc(text)}</td>`
        : `<td class="status-${row.status} nowrap">${esc(text)}</td>`;
    case 'severity':
      return `<td class="severity-${row.severity ?? 'info'} nowrap">${esc(text)}</td>`;
    case 'code':
      return `<td><code>${esc(text)}</code></td>`;
    default:
      return column.align === 'right' ? `<td class="num">${esc(text)}</td>` : `<td>${esc(text)}</td>`;
  }
}

/**
 * The columns the page shows: all but the finding codes, which are for machines (the page gives
 * the finding in words; the code stays on the row as data-code).
 */
function shownColumns(table: ViewTable): number[] {
  return table.columns.flatMap((c, i) => (c.role === 'code' ? [] : [i]));
}

function rowHtml(page: Page, table: ViewTable, row: ViewRow): string {
  const cells = shownColumns(table).map((i) =>
    bodyCell(page, table.columns[i] ?? { header: '' }, row, row.cells[i] ?? ''),
  );
  const codeAt = table.columns.findIndex((c) => c.role === 'code');
  const code = codeAt === -1 ? '' : ` data-code="${esc(row.cells[codeAt] ?? '')}"`;
  return `<tr${code}>${cells.join('')}</tr>`;
}

/**
 * A table as HTML, named by the heading before it (no caption repeats that heading): the
 * summary's total row in the foot, the note under it.
 */
function tableHtml(page: Page, table: ViewTable, headingId: string): string {
  if (table.rows.length === 0) return `<p>${esc(table.note ?? '')}</p>`;
  let level = 0;
  const head = shownColumns(table)
    .map((i) => table.columns[i] ?? { header: '' })
    .map((c) => headCell(page, c, c.role === 'level' ? level++ : -1))
    .join('');
  const body = table.rows.filter((r) => r.total !== true).map((r) => rowHtml(page, table, r));
  const foot = table.rows.filter((r) => r.total === true).map((r) => rowHtml(page, table, r));
  return [
    `<table class="${table.section}" aria-labelledby="${headingId}">`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>\n${body.join('\n')}\n</tbody>`,
    foot.length === 0 ? '' : `<tfoot>${foot.join('')}</tfoot>`,
    '</table>',
    table.note === undefined ? '' : `<p class="note">${esc(table.note)}</p>`,
  ]
    .filter((part) => part !== '')
    .join('\n');
}

/** A chart under its heading, kept together on one page. */
function figure(svg: string, heading: string, className: string): string {
  return `<figure class="${className}"><figcaption>${esc(heading)}</figcaption>${svg}</figure>`;
}

function summarySection(page: Page, tables: readonly ViewTable[]): string {
  const { data } = page;
  const w = wordsFor(data.lang).report;
  const chartData = data.declared ?? data.detailed;
  const chart = renderRatingChart(chartData, {
    lang: data.lang,
    idPrefix: 'munikpi-report-ratings',
    showTitle: false,
  });
  const source = data.declared === null ? planWordsOf(data).detailed : declaredTitle(data);
  const parts = [
    `<section class="summary"><h2>${esc(w.summary)}</h2>`,
    ...tables.map(
      (t) => `<h3 id="${idOf(page, t)}">${esc(t.title)}</h3>\n${tableHtml(page, t, idOf(page, t))}`,
    ),
    figure(chart, `${w.ratingsByDirection} — ${source}`, 'chart ratings'),
  ];
  if (data.transitions !== null) {
    const svg = renderTransitionChart(data.transitions, {
      lang: data.lang,
      idPrefix: 'munikpi-report-transitions',
      showTitle: false,
    });
    parts.push(figure(svg, w.transitions, 'chart matrix'));
  }
  parts.push('</section>');
  return parts.join('\n');
}

/**
 * A KPI's chart, as compact as its figures allow: nothing without a figure (its line in the
 * table says so), a bullet chart for one year, the path over the years from two.
 */
function kpiChart(data: ReportData, k: ReportKpi, index: number): string {
  if (k.evaluation === null) return '';
  const options: KpiChartOptions = {
    lang: data.lang,
    idPrefix: `munikpi-report-kpi-${index + 1}`,
    showTitle: false,
    highlight: data.fiscalYear,
    ...(k.kpi.period === undefined ? { from: data.plan.period.start, to: data.plan.period.end } : {}),
    evaluate: data.evaluate,
  };
  try {
    const years = yearsWithFigures(k.kpi, options);
    if (years === 0) return '';
    const svg = years === 1 ? renderKpiBullet(k.kpi, options) : renderKpiChart(k.kpi, options);
    return figure(svg, `${k.programNumber} ${k.kpi.name}`, years === 1 ? 'chart kpi bullet' : 'chart kpi');
  } catch (error) {
    if (error instanceof MunikpiError) return '';
    throw error;
  }
}

function section(page: Page, table: ViewTable, extra = ''): string {
  const { section: name, title } = table;
  const id = idOf(page, table);
  return [
    `<section class="${name}"><h2 id="${id}">${esc(title)}</h2>`,
    tableHtml(page, table, id),
    extra,
    '</section>',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

function kpiCharts(data: ReportData, draw: boolean): string {
  if (!draw) return '';
  const charts = data.kpis.map((k, i) => kpiChart(data, k, i)).filter((c) => c !== '');
  return charts.length === 0 ? '' : `<div class="kpi-charts">\n${charts.join('\n')}\n</div>`;
}

function checkTitle(title: unknown): string | undefined {
  if (title !== undefined && typeof title !== 'string') {
    throw errorOf('INVALID_OPTION', { notTextNamed }, { name: 'title', input: title });
  }
  return title;
}

/**
 * A progress report for one fiscal year as one self-contained HTML5 document: inline CSS and
 * SVG, no script, nothing fetched from elsewhere, printed on A4 with each chart kept with its
 * heading. It holds the title and plan period, the summary table by direction and rating (the
 * declared table when the plan has one for the year, and the tally of the detailed programs),
 * the rating chart (and the changes from the previous year), the programs with their ratings,
 * the KPI evaluations with a compact chart for each KPI with a figure (a bullet chart for one
 * year, the path over the years from two, none without a figure), and the audit findings in
 * words. Fonts: Noto Sans CJK JP, Hiragino, Yu Gothic or Meiryo, whichever the platform has.
 * All text from the plan is escaped.
 *
 * @param plan - the plan
 * @param fiscalYear - the fiscal year to report
 * @param options - `lang` (`ja` default, or `en`), `title`, `evaluate` options, whether to
 *   list rating `suggestions` in the audit, whether to draw `kpiCharts`
 * @returns the HTML document as a string
 * @throws {MunikpiError} `INVALID_OPTION` for a bad `lang`; `INVALID_FISCAL_YEAR` for a bad year
 *
 * @example
 * import { renderHtmlReport } from 'munikpi/report';
 * const plan = {
 *   id: 'x', municipality: '小平市', title: '経営方針推進プログラム', period: { start: 2021, end: 2024 },
 *   directions: [{ id: 'd1', number: 1, name: '地域資源によるサービスの実現' }],
 *   programs: [{ id: 'p1', number: 1, name: '<b>幅広い市民意見の収集</b>', kind: 'implementation',
 *     direction: 'd1', reports: { 2023: { rating: 'A', results: ['実施した'] } } }],
 * } as const;
 * const html = renderHtmlReport(plan, 2023);
 * html.startsWith('<!DOCTYPE html>'); // true
 * html.includes('&lt;b&gt;幅広い市民意見の収集&lt;/b&gt;'); // true
 */
export function renderHtmlReport(plan: Plan, fiscalYear: FiscalYear, options?: HtmlReportOptions): string {
  options = optionsOf(options);
  const ownTitle = checkTitle(options.title);
  const data = buildReport(plan, fiscalYear, {
    ...(options.lang === undefined ? {} : { lang: options.lang }),
    ...(options.evaluate === undefined ? {} : { evaluate: options.evaluate }),
    ...(options.suggestions === undefined ? {} : { suggestions: options.suggestions }),
  });
  const title = ownTitle ?? data.plan.title;
  const lang: Language = data.lang;
  const tables = tablesOf(data, {
    missing: '—',
    yenUnits: false,
    sections: ['summary', 'programs', 'kpis', 'audit'],
  });
  const ids = new Map(tables.map((t, i) => [t, `munikpi-table-${i + 1}`] as const));
  const page: Page = { data, colors: levelColors(data.scale), ids };
  const of = (name: ViewTable['section']) => tables.filter((t) => t.section === name);
  const h = headingOf(data, title);
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(`${h.title} ${h.year}`)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    header(data, title),
    '<main>',
    summarySection(page, of('summary')),
    ...of('programs').map((t) => section(page, t)),
    ...of('kpis').map((t) => section(page, t, kpiCharts(data, options.kpiCharts !== false))),
    ...of('audit').map((t) => section(page, t)),
    '</main>',
    `<footer>${esc(wordsFor(lang).report.generated)}</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
