export {
  displayWidth,
  type FormatPercentOptions,
  type FormatYenOptions,
  formatPercent,
  formatYen,
} from './format.js';
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
