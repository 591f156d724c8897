import { errorOf, optionsOf } from '../core/errors.js';
import { notAList, notOneOfFor, reportFormat } from '../core/messages/errors-en.js';
import { markdownHeading, markdownText, terminalText } from '../core/text.js';
import type { FiscalYear } from '../fiscal/index.js';
import type { Plan } from '../plan/index.js';
import { buildReport, type ReportData, type ReportOptions, type ReportSection } from './model.js';
import { type ReportTable, tableToCsvRows, tableToMarkdown, tableToText, toCsv } from './table.js';
import { headingOf, tablesOf, type ViewTable } from './view.js';

export {
  buildReport,
  type ReportData,
  type ReportKpi,
  type ReportLanguage,
  type ReportOptions,
  type ReportProgram,
  type ReportSection,
} from './model.js';

/** The formats {@link renderReport} writes. */
export type ReportFormat = 'text' | 'md' | 'csv' | 'json';

const ALL_SECTIONS: readonly ReportSection[] = ['summary', 'programs', 'kpis', 'audit'];

function toTable(table: ViewTable): ReportTable {
  return {
    title: table.title,
    columns: table.columns.map((c) =>
      c.align === undefined ? { header: c.header } : { header: c.header, align: c.align },
    ),
    rows: table.rows.map((row) => row.cells),
    ...(table.note === undefined ? {} : { note: table.note }),
  };
}

function toJsonValue(data: ReportData): Record<string, unknown> {
  return {
    plan: {
      id: data.plan.id,
      municipality: data.plan.municipality,
      title: data.plan.title,
      period: data.plan.period,
      ...(data.plan.terms === undefined ? {} : { terms: data.plan.terms }),
    },
    fiscalYear: data.fiscalYear,
    lang: data.lang,
    declared: data.declared,
    detailed: data.detailed,
    transitions: data.transitions,
    programs: data.programs,
    kpis: data.kpis.map((k) =>
      k.evaluation === null
        ? { programId: k.programId, kpiId: k.kpi.id, name: k.kpi.name, notEvaluated: k.notEvaluated }
        : { programId: k.programId, ...k.evaluation.toJSON() },
    ),
    audit: data.audit,
  };
}

/**
 * A progress report for a fiscal year as text for a terminal (aligned by display width),
 * Markdown, CSV (RFC 4180, formula injection neutralised; encode it with a BOM or as Shift_JIS
 * for spreadsheets) or JSON (figures as decimal strings): the rating summary (the declared
 * table and the detailed tally), the programs with their ratings, the KPI evaluations and the
 * audit findings. Japanese labels by default, English with `lang: 'en'`.
 *
 * @param plan - the plan
 * @param fiscalYear - the fiscal year
 * @param options - format, language, places, money units, sections
 * @returns the report
 * @throws {MunikpiError} `INVALID_OPTION` for a bad option
 *
 * @example
 * import { renderReport } from 'munikpi/report';
 * import { kodairaFy2023 } from 'munikpi/data/kodaira-fy2023';
 * const text = renderReport(kodairaFy2023, 2023, { sections: ['summary'] });
 * text.includes('1 地域資源によるサービスの実現'); // true
 */
export function renderReport(
  plan: Plan,
  fiscalYear: FiscalYear,
  options?: ReportOptions & { readonly format?: ReportFormat },
): string {
  options = optionsOf(options);
  const format = options.format ?? 'text';
  if (!['text', 'md', 'csv', 'json'].includes(format)) {
    throw errorOf('INVALID_OPTION', { reportFormat }, { input: format });
  }
  if (options.sections !== undefined && !Array.isArray(options.sections)) {
    throw errorOf('INVALID_OPTION', { notAList }, { name: 'sections', input: options.sections });
  }
  for (const section of options.sections ?? []) {
    if (!ALL_SECTIONS.includes(section)) {
      throw errorOf(
        'INVALID_OPTION',
        { notOneOfFor },
        { name: 'sections', input: section, allowed: ALL_SECTIONS },
      );
    }
  }
  const data = buildReport(plan, fiscalYear, options);
  if (format === 'json') return `${JSON.stringify(toJsonValue(data), null, 2)}\n`;
  const tables = tablesOf(data, {
    missing: format === 'csv' ? '' : '—',
    yenUnits: options.yenUnits === true,
    sections: options.sections ?? ALL_SECTIONS,
  }).map(toTable);
  const heading = headingOf(data);
  const title = `${heading.municipality} ${heading.title} ${heading.year}`;
  const { period } = heading;
  if (format === 'csv') {
    const rows: string[][] = [[title], [period]];
    for (const table of tables) rows.push([], ...tableToCsvRows(table));
    return toCsv(rows);
  }
  if (format === 'md') {
    const body = tables.map(tableToMarkdown).join('\n');
    return `${markdownHeading(title, 1)}\n\n${markdownText(period, { as: 'paragraph' })}\n\n${body}`;
  }
  return `${terminalText(title)}\n${terminalText(period)}\n\n${tables.map(tableToText).join('\n')}`;
}
