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
