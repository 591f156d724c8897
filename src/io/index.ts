/**
 * munikpi/io: bring your own plan. Imports a progress table from a spreadsheet (.xlsx, or CSV in
 * UTF-8 or Shift_JIS) into a checked plan, writes blank templates, and reads the text,
 * encodings and figures of Japanese office files exactly. The layouts are described in
 * docs/data-format.md. Workbooks are read and written by munikpi itself (with fflate for the
 * zip archive), within limits decided before the work.
 *
 * @packageDocumentation
 */
export { readCsv } from './csv.js';
export {
  type DecodeTextOptions,
  decodeText,
  type EncodeTextOptions,
  encodeText,
  type TextEncodingName,
} from './encoding.js';
export {
  type ExportFile,
  type ExportFormat,
  type ExportOptions,
  exportTidyTables,
  exportTidyWorkbook,
} from './export.js';
export {
  FIELDS as IMPORT_COLUMNS,
  type FieldId,
  type FieldSpec as ImportColumn,
  type FieldYear,
} from './fields.js';
export { type ImportOptions, type ImportResult, importPlan } from './import.js';
export type { ImportIssue } from './issues.js';
export type { ImportLimits } from './limits.js';
export { type ImportMapping, parseMapping } from './mapping.js';
export { type ParseNumberCellOptions, parseNumberCell } from './number.js';
export {
  type DirectionField,
  type PeriodInput,
  PLAN_KEYS,
  type PlanFields,
  type PlanKey,
  type PlanKeySpec,
} from './plan-fields.js';
export { planTemplate, type TemplateOptions } from './template.js';
