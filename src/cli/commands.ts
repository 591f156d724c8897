import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { wordsFor } from '../core/messages/index.js';
import { terminalText } from '../core/text.js';
import { kodairaFy2023 } from '../data/kodaira-fy2023.js';
import {
  auditPlan,
  calendarDate,
  type FiscalYear,
  fiscalYearOf,
  fiscalYearRange,
  formatFiscalYear,
  formatWareki,
  isoDate,
  type Plan,
  parseWareki,
  today,
} from '../index.js';
import { exportTidyTables, exportTidyWorkbook, planTemplate } from '../io/index.js';
import {
  type ReportFormat,
  type ReportSection,
  renderHtmlReport,
  renderReport,
  tidyTables,
} from '../report/index.js';
import type { Command, Invocation } from './command.js';
import { evaluate } from './evaluate.js';
import type { OptionSpec } from './options.js';
import { writeOutput } from './output.js';
import { checkPlan, importSpreadsheet, type LoadedPlan, loadPlan } from './plan-input.js';
import {
  deliver,
  diagnosticLine,
  ENCODING,
  FORCE,
  issueLine,
  LANG,
  languageArg,
  MAX_BYTES,
  OUT_ENCODING,
  OUTPUT,
  PLACES,
  PLAN_FIELDS,
  readArg,
  usage,
  warn,
} from './shared.js';
import { encodeOutput } from './text.js';
import { defaultFiscalYear, fiscalYearArg, outsidePeriod } from './years.js';

/** The word before the importer's warnings of validate and import, which take no --lang. */
const IMPORT_WARNING = wordsFor('en').cli.warning;

/** --format, with the values a command writes. */
function formatOption(values: readonly string[], help = 'output format'): OptionSpec {
  return {
    name: 'format',
    short: 'f',
    type: 'string',
    arg: '<f>',
    values,
    default: values[0] as string,
    help,
  };
}

/** --fy for the commands that read a plan: the report's year, and a spreadsheet's. */
const REPORT_FY: OptionSpec = {
  name: 'fy',
  type: 'string',
  arg: '<year>',
  help: "the fiscal year: 2023, R5, 令和5年度, FY2023 (default: the plan's\nlatest reported year; a year outside the plan's period is\nreported with a warning on stderr)",
};

/** The options of every command that reads a plan: the file, and the fields a spreadsheet may lack. */
const PLAN_INPUT: readonly OptionSpec[] = [ENCODING, MAX_BYTES, ...PLAN_FIELDS];

/** The plan and year a report or audit is about: the bundled Kodaira data without a file. */
async function planAndYear(invocation: Invocation): Promise<LoadedPlan & { fiscalYear: FiscalYear }> {
  const file = invocation.operands[0];
  const loaded: LoadedPlan =
    file === undefined ? { plan: kodairaFy2023, warnings: [] } : await loadPlan(file, invocation);
  const fy = invocation.args.text('fy');
  return { ...loaded, fiscalYear: fy === undefined ? defaultFiscalYear(loaded.plan) : fiscalYearArg(fy) };
}

/** The importer's warnings and a year outside the plan's period, on stderr once the output is out. */
function warnAfter(
  invocation: Invocation,
  plan: Plan,
  fiscalYear: FiscalYear,
  warnings: readonly string[],
): void {
  const words = wordsFor(languageArg(invocation.args)).cli;
  for (const warning of warnings) warn(invocation.io, words.warning, warning);
  if (invocation.args.has('fy')) {
    const outside = outsidePeriod(plan, fiscalYear, words.fiscalYearOutsidePeriod);
    if (outside !== null) warn(invocation.io, words.warning, outside);
  }
}

/** Options that shape a text table or a CSV file, refused where they mean nothing. */
function refuseMisplaced(invocation: Invocation, names: readonly string[], where: string): void {
  const misplaced = names.find((name) => invocation.args.has(name));
  if (misplaced !== undefined) usage(`--${misplaced} ${where}`);
}

const report: Command = {
  name: 'report',
  synopsis: '[file] [options]',
  summary:
    'the progress report: summary, programs, KPI evaluations, audit\n(default: the bundled Kodaira FY2023 data)',
  description: `The progress report for a fiscal year: the rating summary (the declared table and the tally
of the detailed programs), the programs with their ratings, the KPI evaluations and the
audit findings. The file is a plan JSON, an .xlsx or a CSV progress table (the format is
read from its content; a table without a 計画 sheet takes --id, --period … as import does);
- reads standard input. Without a file, the bundled Kodaira FY2023 data.`,
  operands: { min: 0, max: 1, what: 'at most one file' },
  options: [
    formatOption(['text', 'md', 'csv', 'json', 'html'], 'output format (html: one self-contained page)'),
    {
      name: 'sections',
      type: 'string',
      arg: '<list>',
      help: 'comma list of summary, programs, kpis, audit (default all)',
    },
    PLACES,
    { name: 'yen-units', type: 'boolean', help: 'money in 万/億 units (6億470万1,094円)' },
    OUT_ENCODING,
    { name: 'no-bom', type: 'boolean', help: 'csv output in UTF-8 without a BOM' },
    LANG,
    REPORT_FY,
    OUTPUT,
    FORCE,
    ...PLAN_INPUT,
  ],
  async run(invocation) {
    const { args } = invocation;
    const { plan, warnings, fiscalYear } = await planAndYear(invocation);
    const format = args.text('format') as ReportFormat | 'html';
    const lang = languageArg(args);
    if (format === 'html') {
      refuseMisplaced(
        invocation,
        ['sections', 'places', 'yen-units', 'out-encoding', 'no-bom'],
        'does not apply to --format html (a whole page)',
      );
      await deliver(invocation, renderHtmlReport(plan, fiscalYear, { lang }));
    } else {
      if (format !== 'csv')
        refuseMisplaced(invocation, ['out-encoding', 'no-bom'], 'applies to --format csv only');
      const sections = args
        .text('sections')
        ?.split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '') as ReportSection[] | undefined;
      const out = renderReport(plan, fiscalYear, {
        format,
        lang,
        ...(sections === undefined ? {} : { sections }),
        places: Number(args.text('places')),
        yenUnits: args.flag('yen-units'),
      });
      const encoding = args.text('out-encoding') as 'utf-8' | 'shift_jis';
      await deliver(invocation, format === 'csv' ? encodeOutput(out, encoding, !args.flag('no-bom')) : out);
    }
    warnAfter(invocation, plan, fiscalYear, warnings);
    return 0;
  },
};

const audit: Command = {
  name: 'audit',
  synopsis: '[file] [options]',
  summary: 'the audit findings; exit 1 when any is an error',
  description: `The audit findings for a fiscal year. Exit code 1 when any finding is an error.
The file is a plan JSON, an .xlsx or a CSV progress table, as for munikpi report.`,
  operands: { min: 0, max: 1, what: 'at most one file' },
  options: [formatOption(['text', 'md', 'csv', 'json']), LANG, REPORT_FY, OUTPUT, FORCE, ...PLAN_INPUT],
  async run(invocation) {
    const { args } = invocation;
    const { plan, warnings, fiscalYear } = await planAndYear(invocation);
    const format = args.text('format') as 'text' | 'md' | 'csv' | 'json';
    const result = auditPlan(plan, fiscalYear);
    const out =
      format === 'json'
        ? `${JSON.stringify(result, null, 2)}\n`
        : renderReport(plan, fiscalYear, { format, lang: languageArg(args), sections: ['audit'] });
    await deliver(invocation, format === 'csv' ? encodeOutput(out, 'utf-8', true) : out);
    warnAfter(invocation, plan, fiscalYear, warnings);
    return result.ok ? 0 : 1;
  },
};

const validate: Command = {
  name: 'validate',
  synopsis: '<file> [options]',
  summary: 'check a plan file (JSON, .xlsx or CSV); every problem with its path',
  description: `Checks a plan file against the schema and prints every problem on its own line with its
path (for a spreadsheet, its sheet and cell). The file is a plan JSON, an .xlsx or a CSV
progress table (the format is read from its content; a table without a 計画 sheet takes
--id, --period … as import does). Exit code 2 when the file is invalid.`,
  operands: { min: 1, max: 1, what: 'one file (or - for stdin)' },
  options: [
    { ...REPORT_FY, help: 'the fiscal year a spreadsheet reports: 2023, R5, 令和5年度' },
    ...PLAN_INPUT,
  ],
  async run(invocation) {
    const file = invocation.operands[0] as string;
    const { io } = invocation;
    const result = await checkPlan(file, invocation);
    if (result.ok) {
      for (const warning of result.warnings) warn(io, IMPORT_WARNING, warning);
      io.stdout(`ok: ${terminalText(result.plan.id)} (${result.plan.programs.length} programs)\n`);
      return 0;
    }
    for (const issue of result.issues) io.stdout(issueLine(issue));
    io.stderr(
      diagnosticLine('INVALID_PLAN', `${file} has ${result.issues.length} problem(s), listed on stdout`),
    );
    return 2;
  },
};

const ISO = /^\d{4}-\d{2}-\d{2}$/;

const wareki: Command = {
  name: 'wareki',
  synopsis: '<date-or-text> [options]',
  summary: '2023-04-01 → 令和5年4月1日; 令和5年4月1日 → 2023-04-01',
  description: `  munikpi wareki 2023-04-01        → 令和5年4月1日
  munikpi wareki 令和5年4月1日     → 2023-04-01
  munikpi wareki R5.3              → 2023-03`,
  operands: { min: 1, max: 1, what: 'one argument' },
  options: [
    {
      name: 'era',
      type: 'string',
      arg: '<form>',
      values: ['name', 'short', 'initial'],
      default: 'name',
      help: 'how to write the era (令和, 令, R)',
    },
    { name: 'kanji', type: 'boolean', help: 'kanji numerals (令和五年四月一日)' },
    formatOption(['text', 'json']),
  ],
  async run({ args, operands, io }) {
    const input = operands[0] as string;
    const json = args.text('format') === 'json';
    if (ISO.test(input)) {
      const era = args.text('era') as 'name' | 'short' | 'initial';
      const out = formatWareki(input, { era, ...(args.flag('kanji') ? { numerals: 'kanji' as const } : {}) });
      io.stdout(json ? `${JSON.stringify({ date: input, wareki: out })}\n` : `${out}\n`);
      return 0;
    }
    const parsed = parseWareki(input, { allowOverflow: true });
    const gregorian =
      parsed.precision === 'day'
        ? isoDate(parsed.date)
        : parsed.precision === 'month'
          ? `${parsed.year}-${String(parsed.month).padStart(2, '0')}`
          : String(parsed.year);
    io.stdout(
      json
        ? `${JSON.stringify({ wareki: input, date: gregorian, precision: parsed.precision, era: parsed.era.name, eraYear: parsed.eraYear, overflow: parsed.overflow })}\n`
        : `${gregorian}${parsed.overflow ? ` (overflow: ${parsed.era.name} had ended)` : ''}\n`,
    );
    return 0;
  },
};

function dateOfWareki(input: string) {
  const parsed = parseWareki(input, { allowOverflow: true });
  if (parsed.precision !== 'day') usage(`${JSON.stringify(input)} is not a whole date`);
  return parsed.date;
}

const fy: Command = {
  name: 'fy',
  synopsis: '<date-or-text> [options]',
  summary: 'the fiscal year of a date, or of a label such as R5',
  description: `  munikpi fy 2024-03-31     → 2023 令和5年度 FY2023 2023-04-01..2024-03-31
  munikpi fy 令和5年度       → the same
  munikpi fy 令和6年3月31日  → the same`,
  operands: { min: 1, max: 1, what: 'one argument' },
  options: [formatOption(['text', 'json'])],
  async run({ args, operands, io }) {
    const input = operands[0] as string;
    const fiscalYear = ISO.test(input)
      ? fiscalYearOf(calendarDate(input))
      : input.includes('年') && !input.includes('年度')
        ? fiscalYearOf(dateOfWareki(input))
        : fiscalYearArg(input);
    const range = fiscalYearRange(fiscalYear);
    const facts = {
      fiscalYear,
      label: formatFiscalYear(fiscalYear),
      fy: formatFiscalYear(fiscalYear, { style: 'fy' }),
      start: isoDate(range.start),
      end: isoDate(range.end),
    };
    io.stdout(
      args.text('format') === 'json'
        ? `${JSON.stringify(facts)}\n`
        : `${facts.fiscalYear} ${facts.label} ${facts.fy} ${facts.start}..${facts.end}\n`,
    );
    return 0;
  },
};

const importCommand: Command = {
  name: 'import',
  synopsis: '<file> [options] -o plan.json',
  summary: 'a progress table (.xlsx, or CSV in UTF-8 or Shift_JIS) → plan JSON',
  description: `Reads a progress table, one row per program, and writes a plan JSON that passes the schema
(docs/data-format.md). Japanese headers as in the Kodaira report are recognised; a mapping
file names other columns. Every rejected cell is reported at once (sheet!cell: reason, one
per line on stderr) and nothing is written when the import fails.`,
  operands: { min: 1, max: 1, what: 'one file (or - for stdin)' },
  options: [
    { ...REPORT_FY, help: 'the fiscal year the table reports: 2023, R5, 令和5年度' },
    ...PLAN_FIELDS,
    ENCODING,
    MAX_BYTES,
    OUTPUT,
    FORCE,
  ],
  async run(invocation) {
    const file = invocation.operands[0] as string;
    const result = await importSpreadsheet(await readArg(file, invocation), file, invocation);
    for (const warning of result.warnings) warn(invocation.io, IMPORT_WARNING, warning);
    await deliver(invocation, `${JSON.stringify(result.plan, null, 2)}\n`);
    return 0;
  },
};

const template: Command = {
  name: 'template',
  synopsis: '[--format xlsx|csv] -o <file> [options]',
  summary: 'a blank progress table to fill in and import',
  description: 'A blank progress table with the headers munikpi reads, to fill in and import.',
  operands: { min: 0, max: 0, what: 'options only (see munikpi template --help)' },
  options: [
    formatOption(['xlsx', 'csv'], 'the table (xlsx needs -o)'),
    { name: 'period', type: 'string', arg: '<R3-R6>', help: "add the schedule columns of the plan's years" },
    { name: 'fy', type: 'string', arg: '<year>', help: 'the fiscal year the table will report' },
    { name: 'scale', type: 'string', arg: '<id>', help: 'the rating scale' },
    {
      name: 'directions',
      type: 'string',
      arg: '<n>',
      shape: { pattern: /^\d{1,2}$/, what: 'a number' },
      help: 'how many direction rows to prepare',
    },
    { ...OUT_ENCODING, help: 'csv encoding (UTF-8 with a BOM)' },
    OUTPUT,
    FORCE,
  ],
  async run(invocation) {
    const { args } = invocation;
    const format = args.text('format') as 'xlsx' | 'csv';
    const output = args.text('output');
    if (format === 'xlsx' && (output === undefined || output === '-'))
      usage('an .xlsx template needs -o <file.xlsx>');
    const optional = (name: string, key: string) => {
      const value = args.text(name);
      return value === undefined ? {} : { [key]: value };
    };
    const directions = args.text('directions');
    const bytes = await planTemplate(format, {
      ...optional('period', 'period'),
      ...optional('fy', 'fiscalYear'),
      ...optional('scale', 'scale'),
      ...(directions === undefined ? {} : { directions: Number(directions) }),
      encoding: args.text('out-encoding') as 'utf-8' | 'shift_jis',
    });
    await deliver(invocation, bytes);
    return 0;
  },
};

const todayCommand: Command = {
  name: 'today',
  synopsis: '',
  summary: "today's date, era date and fiscal year in Japan",
  description: "Today's date, era date and fiscal year, in Japan time.",
  operands: { min: 0, max: 0, what: 'no argument' },
  options: [],
  async run({ io }) {
    const date = today();
    const fiscalYear = fiscalYearOf(date);
    const range = fiscalYearRange(fiscalYear);
    io.stdout(
      `今日 (Japan time): ${isoDate(date)} ${formatWareki(date, { weekday: true })}\n` +
        `年度: ${formatFiscalYear(fiscalYear)} (${formatFiscalYear(fiscalYear, { style: 'fy' })}), ${isoDate(range.start)}..${isoDate(range.end)}\n`,
    );
    return 0;
  },
};

const exportCommand: Command = {
  name: 'export',
  synopsis: '[file] -o <folder | file.xlsx> [options]',
  summary: 'tidy tables for machines and analysts: CSV or JSON Lines files, or one .xlsx workbook',
  description: `The plan as tidy tables (plans, directions, programs × years, KPIs × years, the rating
summary): one datum per cell, figures as plain numbers, 西暦 with the 和暦 label beside it,
ids that join the tables (docs/data-format.md, "Tidy exports"). As csv or jsonl, one file
per table is written into the folder given with -o (made if missing); as xlsx, one workbook
with a sheet per table and real number formats is written to the file given with -o. The
file read is a plan JSON, an .xlsx or a CSV progress table, as for munikpi report; without a
file, the bundled Kodaira data.`,
  operands: { min: 0, max: 1, what: 'at most one file' },
  options: [
    formatOption(
      ['csv', 'jsonl', 'xlsx'],
      'csv (one table a file, with a header row), jsonl (JSON Lines) or xlsx (one workbook, a sheet a table)',
    ),
    OUT_ENCODING,
    { name: 'no-bom', type: 'boolean', help: 'csv output in UTF-8 without a BOM' },
    LANG,
    {
      name: 'fy',
      type: 'string',
      arg: '<year>',
      help: "one fiscal year only: 2023, R5, 令和5年度 (default: every year of the plan's period)",
    },
    {
      name: 'output',
      short: 'o',
      type: 'string',
      arg: '<path>',
      required: true,
      help: 'the folder to write the tables into (made if missing); for xlsx, the workbook file',
    },
    FORCE,
    ...PLAN_INPUT,
  ],
  async run(invocation) {
    const { args } = invocation;
    const file = invocation.operands[0];
    const { plan, warnings }: LoadedPlan =
      file === undefined ? { plan: kodairaFy2023, warnings: [] } : await loadPlan(file, invocation);
    const fy = args.text('fy');
    const format = args.text('format') as 'csv' | 'jsonl' | 'xlsx';
    if (format !== 'csv')
      refuseMisplaced(invocation, ['out-encoding', 'no-bom'], 'applies to --format csv only');
    const tables = tidyTables(plan, {
      lang: languageArg(args),
      ...(fy === undefined ? {} : { fiscalYear: fiscalYearArg(fy) }),
    });
    const output = args.text('output') as string;
    if (format === 'xlsx') {
      await writeOutput(output, exportTidyWorkbook(tables), { force: args.flag('force') });
      invocation.io.stderr(`munikpi: wrote the workbook ${terminalText(output)}\n`);
    } else {
      const files = exportTidyTables(tables, {
        format,
        encoding: args.text('out-encoding') as 'utf-8' | 'shift_jis',
        bom: !args.flag('no-bom'),
      });
      await mkdir(output, { recursive: true });
      for (const f of files) await writeOutput(join(output, f.name), f.bytes, { force: args.flag('force') });
      invocation.io.stderr(
        `munikpi: wrote ${files.map((f) => f.name).join(', ')} into ${terminalText(output)}\n`,
      );
    }
    const words = wordsFor(languageArg(args)).cli;
    for (const warning of warnings) warn(invocation.io, words.warning, warning);
    return 0;
  },
};

/**
 * Every command, by name: a Map, so that `constructor` or `__proto__` is no command.
 * @internal
 */
export const COMMANDS: ReadonlyMap<string, Command> = new Map(
  [report, audit, validate, exportCommand, wareki, fy, evaluate, importCommand, template, todayCommand].map(
    (c) => [c.name, c],
  ),
);
