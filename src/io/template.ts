/*
 * Blank templates in the default layout, which importPlan reads back.
 */

import { errorOf, MunikpiError, optionsOf } from '../core/errors.js';
import type { TemplateWords } from '../core/messages/catalogue.js';
import { cliWordsFor } from '../core/messages/cli.js';
import { inField, notDirections, notEither } from '../core/messages/errors-en.js';
import { type Language, languageOf } from '../core/messages/index.js';
import { type FiscalYear, type FiscalYearInput, formatFiscalYear, planPeriod } from '../fiscal/index.js';
import { RATING_SCALES, type RatingScale } from '../rating/index.js';
import { writeCsv } from './csv.js';
import { encodeText } from './encoding.js';
import {
  CUMULATIVE_WORD,
  DIRECTION_WORDS,
  FIELDS,
  type FieldId,
  fieldSpec,
  KIND_WORDS,
  MAINTAIN_WORD,
  TARGET_KIND_WORDS,
} from './fields.js';
import { type PeriodInput, PLAN_KEYS, periodOfText, scaleId } from './plan-fields.js';
import { type ListValidation, type SheetSpec, writeWorkbook } from './xlsx-write.js';

/** Options for {@link planTemplate}. */
export interface TemplateOptions {
  /** The plan period: a schedule column per fiscal year (`R3`, `R4` …). Without it, none. */
  readonly period?: PeriodInput | string;
  /** The report's fiscal year, written in the 計画 sheet (.xlsx). */
  readonly fiscalYear?: FiscalYearInput;
  /** The rating scale (a preset id or key) for the 評価 drop-down and the 計画 sheet. Default `kodaira-sab`. */
  readonly scale?: string;
  /** How many 方向性 rows the 計画 sheet offers. Default 4. */
  readonly directions?: number;
  /** The CSV's encoding: `utf-8` with BOM (default) or `shift_jis`. */
  readonly encoding?: 'utf-8' | 'shift_jis';
  /** The language of the notes in the 計画 and 説明 sheets: `ja` (default) or `en`. */
  readonly lang?: Language;
}

/** Columns the template leaves out: ids are made from the numbers, and the schedule text is for sources without year columns. */
const LEFT_OUT = new Set<FieldId>(['id', 'kpi.id', 'scheduleText', 'schedule']);

interface Layout {
  readonly headers: readonly string[];
  readonly years: readonly FiscalYear[];
  readonly period: string | null;
  readonly fiscalYear: string | null;
  readonly scale: RatingScale;
}

function yearsOf(period: TemplateOptions['period']): { years: FiscalYear[]; label: string | null } {
  if (period === undefined) return { years: [], label: null };
  let range: { start: FiscalYearInput; end: FiscalYearInput };
  try {
    range =
      typeof period === 'string'
        ? periodOfText(period, { allowOverflow: false, onOverflow: () => {} })
        : period;
  } catch (error) {
    throw errorOf(
      'INVALID_OPTION',
      { inField },
      {
        what: 'period',
        message: error instanceof Error ? error.message : String(error),
        inner: error instanceof MunikpiError ? error.detail : undefined,
      },
      { input: period, cause: error },
    );
  }
  const plan = planPeriod(range.start, range.end);
  return { years: [...plan.years], label: plan.label };
}

function layoutOf(options: TemplateOptions): Layout {
  const { years, label } = yearsOf(options.period);
  const id = scaleId(options.scale ?? 'kodaira-sab');
  const scale = Object.values(RATING_SCALES).find((s: RatingScale) => s.id === id) as RatingScale;
  const headers: string[] = [];
  for (const field of FIELDS) {
    if (field.id === 'actionItem') {
      headers.push(field.header, ...years.map((y) => formatFiscalYear(y, { style: 'code' })));
    } else if (!LEFT_OUT.has(field.id)) headers.push(field.header);
  }
  const fiscalYear =
    options.fiscalYear === undefined
      ? null
      : formatFiscalYear(planPeriod(options.fiscalYear, options.fiscalYear).start);
  return { headers, years, period: label, fiscalYear, scale };
}

function csvTemplate(layout: Layout, options: TemplateOptions): Uint8Array {
  const text = writeCsv([layout.headers]);
  return options.encoding === 'shift_jis' ? encodeText(text, { encoding: 'shift_jis' }) : encodeText(text);
}

/** The first of each list of words the importer accepts: what a drop-down offers. */
function firstWords(words: Readonly<Record<string, readonly string[]>>): string[] {
  return Object.values(words).map((list) => list[0] as string);
}

/**
 * The drop-down lists: the Japanese words the importer reads (水準 / 毎年度 …). A KPI's 実績
 * column holds figures too, so it offers no list; its note names 達成 / 未達成.
 */
const LISTS: Partial<Record<FieldId, (layout: Layout) => readonly string[]>> = {
  rating: (layout) => layout.scale.levels.map((level) => level.code),
  kind: () => firstWords(KIND_WORDS),
  // With the words plans use as a kind of their own: 累計 (a level) and 維持 (held every year).
  'kpi.kind': () => [...firstWords(TARGET_KIND_WORDS), CUMULATIVE_WORD, MAINTAIN_WORD],
  'kpi.direction': () => firstWords(DIRECTION_WORDS),
};

const WIDE = new Set<FieldId>([
  'approaches',
  'planned',
  'targets',
  'results',
  'issues',
  'reasons',
  'nextSteps',
]);
/** The rows that offer a drop-down list. */
const LIST_ROWS = [2, 300] as const;

function programSheet(layout: Layout): SheetSpec {
  const validations: ListValidation[] = [];
  const widths = layout.headers.map((text, i) => {
    const spec = FIELDS.find((f) => f.header === text);
    const list = spec === undefined ? undefined : LISTS[spec.id]?.(layout);
    if (list !== undefined) validations.push({ column: i + 1, rows: LIST_ROWS, list });
    return spec !== undefined && WIDE.has(spec.id) ? 40 : Math.max(8, text.length * 2 + 2);
  });
  return {
    name: 'プログラム',
    rows: [layout.headers],
    widths,
    table: true,
    freeze: { columns: 3, rows: 1 },
    validations,
  };
}

function planSheet(layout: Layout, options: TemplateOptions, words: TemplateWords): SheetSpec {
  const rows: string[][] = [[...words.planHeadings]];
  const value: Partial<Record<string, string>> = {
    period: layout.period ?? undefined,
    fiscalYear: layout.fiscalYear ?? undefined,
    scale: layout.scale.id,
  };
  for (const entry of PLAN_KEYS) {
    if (entry.key === 'start' || entry.key === 'end') continue;
    if (entry.key === 'direction') {
      for (let n = 1; n <= (options.directions ?? 4); n++) rows.push([`方向性${n}`, '', words.direction(n)]);
      continue;
    }
    rows.push([entry.aliases[0] ?? entry.key, value[entry.key] ?? '', words.planField[entry.key] ?? '']);
  }
  return { name: '計画', rows, widths: [14, 48, 80] };
}

function guideSheet(layout: Layout, words: TemplateWords): SheetSpec {
  const rows: string[][] = [[...words.guideHeadings]];
  for (const text of layout.headers) {
    const spec = FIELDS.find((f) => f.header === text) ?? fieldSpec('schedule');
    const note = spec.id === 'schedule' ? words.scheduleColumn : (words.column[spec.id] ?? '');
    rows.push([text, note, spec.target]);
  }
  return { name: '説明', rows, widths: [18, 100, 40] };
}

function xlsxTemplate(layout: Layout, options: TemplateOptions): Uint8Array {
  const words = cliWordsFor(languageOf(options.lang, 'ja')).template;
  return writeWorkbook([programSheet(layout), planSheet(layout, options, words), guideSheet(layout, words)], {
    creator: 'munikpi',
  });
}

/**
 * A blank template in the default layout that {@link importPlan} reads back: for `xlsx`, a
 * `プログラム` sheet with the default headers (drop-down lists for 評価, 区分, 目標種別 and 方向), a
 * `計画` sheet of plan-level fields and a `説明` sheet explaining each column; for `csv`, the
 * header row (UTF-8 with BOM, or Shift_JIS). With a period, one schedule column per fiscal year.
 *
 * @param format - `xlsx` or `csv`
 * @param options - the period, the report year, the scale, how many directions, the CSV encoding,
 *   the language of the notes
 * @returns the file's bytes
 * @throws {MunikpiError} `INVALID_OPTION` for an unknown format, period or scale; the codes of
 *   parseFiscalYear for a bad fiscal year
 *
 * @example
 * import { planTemplate } from 'munikpi/io';
 * const csv = new TextDecoder().decode(await planTemplate('csv', { period: 'R3～R6' }));
 * csv.split('\r\n')[0]?.split(',').slice(0, 10);
 * // ['方向性', 'No.', '実施プログラム', '区分', '主な取組の方向性', '取組項目', 'R3', 'R4', 'R5', 'R6']
 */
export async function planTemplate(format: 'xlsx' | 'csv', options?: TemplateOptions): Promise<Uint8Array> {
  if (format !== 'xlsx' && format !== 'csv') {
    throw errorOf(
      'INVALID_OPTION',
      { notEither },
      { name: 'format', input: format, first: 'xlsx', second: 'csv' },
    );
  }
  options = optionsOf(options);
  const { directions, encoding } = options;
  languageOf(options.lang, 'ja');
  if (directions !== undefined && !(Number.isInteger(directions) && directions >= 0 && directions <= 100)) {
    throw errorOf('INVALID_OPTION', { notDirections }, { input: directions });
  }
  if (encoding !== undefined && encoding !== 'utf-8' && encoding !== 'shift_jis') {
    throw errorOf(
      'INVALID_OPTION',
      { notEither },
      { name: 'encoding', input: encoding, first: 'utf-8', second: 'shift_jis' },
    );
  }
  let layout: Layout;
  try {
    layout = layoutOf(options);
  } catch (error) {
    if (error instanceof MunikpiError && error.code === 'INVALID_SCALE') {
      throw errorOf(
        'INVALID_OPTION',
        { inField },
        { what: 'scale', message: error.message, inner: error.detail },
        { input: options.scale, cause: error },
      );
    }
    throw error;
  }
  return format === 'csv' ? csvTemplate(layout, options) : xlsxTemplate(layout, options);
}
