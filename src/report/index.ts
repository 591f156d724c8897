/**
 * munikpi/report: what a plan's progress looks like to a reader. The report (rating summary,
 * programs, KPI evaluations, audit findings) as terminal text, Markdown, CSV and JSON; SVG charts
 * and a self-contained HTML page; yen, percentages, display width and RFC 4180 CSV with
 * formula-injection guards. It builds on the core (`munikpi`) and is kept out of it, so that an
 * application that only decides fiscal years or evaluates KPIs does not carry the renderers.
 *
 * @packageDocumentation
 */
export {
  type ChartOptions,
  type KpiChartOptions,
  type RatingChartOptions,
  renderKpiChart,
  renderRatingChart,
  renderTransitionChart,
  type TransitionChartOptions,
} from './charts/index.js';
export {
  displayWidth,
  type FormatPercentOptions,
  type FormatYenOptions,
  formatPercent,
  formatYen,
} from './format.js';
export { type HtmlReportOptions, renderHtmlReport } from './html.js';
export {
  buildReport,
  type ReportData,
  type ReportFormat,
  type ReportKpi,
  type ReportLanguage,
  type ReportOptions,
  type ReportProgram,
  type ReportSection,
  renderReport,
} from './report.js';
export { csvCell, type ReportTable, type TableColumn, toCsv } from './table.js';
export {
  type DecimalText,
  TIDY_TABLE_NAMES,
  type TidyColumn,
  type TidyColumnMeasure,
  type TidyColumnType,
  type TidyDirectionRow,
  type TidyKpiRow,
  type TidyOptions,
  type TidyPlanRow,
  type TidyProgramRow,
  type TidySummaryRow,
  type TidyTable,
  type TidyTableName,
  type TidyTables,
  tidyTables,
} from './tidy.js';
