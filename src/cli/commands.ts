import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { CliOptionKey } from '../core/messages/catalogue.js';
import { cliWordsFor } from '../core/messages/cli.js';
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

/** --format, with the values a command writes. */
function formatOption(values: readonly string[], help: CliOptionKey = 'format'): OptionSpec {
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
  help: 'fy.report',
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
function refuseMisplaced(invocation: Invocation, names: readonly string[], format: string): void {
  const misplaced = names.find((name) => invocation.args.has(name));
  if (misplaced !== undefined)
    usage(cliWordsFor(invocation.lang).cliHelp.misplaced(`--${misplaced}`, format));
}

const report: Command = {
  name: 'report',
  synopsis: '[file] [options]',
  operands: { min: 0, max: 1, what: 'atMostOneFile' },
  options: [
    formatOption(['text', 'md', 'csv', 'json', 'html'], 'format.report'),
    { name: 'sections', type: 'string', arg: '<list>', help: 'sections' },
    PLACES,
    { name: 'yen-units', type: 'boolean', help: 'yen-units' },
    OUT_ENCODING,
    { name: 'no-bom', type: 'boolean', help: 'no-bom' },
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
      refuseMisplaced(invocation, ['sections', 'places', 'yen-units', 'out-encoding', 'no-bom'], 'html');
      await deliver(invocation, renderHtmlReport(plan, fiscalYear, { lang }));
    } else {
      if (format !== 'csv') refuseMisplaced(invocation, ['out-encoding', 'no-bom'], format);
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
  operands: { min: 0, max: 1, what: 'atMostOneFile' },
  options: [formatOption(['text', 'md', 'csv', 'json']), REPORT_FY, OUTPUT, FORCE, ...PLAN_INPUT],
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
  operands: { min: 1, max: 1, what: 'oneFile' },
  options: [{ ...REPORT_FY, help: 'fy.validate' }, ...PLAN_INPUT],
  async run(invocation) {
    const file = invocation.operands[0] as string;
    const { io, lang } = invocation;
    const words = wordsFor(lang);
    const result = await checkPlan(file, invocation);
    if (result.ok) {
      for (const warning of result.warnings) warn(io, words.cli.warning, warning);
      io.stdout(
        `${terminalText(cliWordsFor(invocation.lang).cliHelp.validOk(result.plan.id, result.plan.programs.length))}\n`,
      );
      return 0;
    }
    for (const issue of result.issues) io.stdout(issueLine(issue, lang));
    io.stderr(
      diagnosticLine(
        'INVALID_PLAN',
        cliWordsFor(invocation.lang).cliHelp.invalid(file, result.issues.length),
      ),
    );
    return 2;
  },
};

const ISO = /^\d{4}-\d{2}-\d{2}$/;

const wareki: Command = {
  name: 'wareki',
  synopsis: '<date-or-text> [options]',
  operands: { min: 1, max: 1, what: 'oneArgument' },
  options: [
    {
      name: 'era',
      type: 'string',
      arg: '<form>',
      values: ['name', 'short', 'initial'],
      default: 'name',
      help: 'era',
    },
    { name: 'kanji', type: 'boolean', help: 'kanji' },
    formatOption(['text', 'json']),
  ],
  async run({ args, operands, io, lang }) {
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
        : `${gregorian}${parsed.overflow ? ` (${cliWordsFor(lang).cliHelp.overflow(parsed.era.name)})` : ''}\n`,
    );
    return 0;
  },
};

function dateOfWareki(input: string, invocation: Invocation) {
  const parsed = parseWareki(input, { allowOverflow: true });
  if (parsed.precision !== 'day') usage(cliWordsFor(invocation.lang).cliHelp.notWholeDate(input));
  return parsed.date;
}

const fy: Command = {
  name: 'fy',
  synopsis: '<date-or-text> [options]',
  operands: { min: 1, max: 1, what: 'oneArgument' },
  options: [formatOption(['text', 'json'])],
  async run(invocation) {
    const { args, operands, io } = invocation;
    const input = operands[0] as string;
    const fiscalYear = ISO.test(input)
      ? fiscalYearOf(calendarDate(input))
      : input.includes('年') && !input.includes('年度')
        ? fiscalYearOf(dateOfWareki(input, invocation))
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
  operands: { min: 1, max: 1, what: 'oneFile' },
  options: [{ ...REPORT_FY, help: 'fy.import' }, ...PLAN_FIELDS, ENCODING, MAX_BYTES, OUTPUT, FORCE],
  async run(invocation) {
    const file = invocation.operands[0] as string;
    const result = await importSpreadsheet(await readArg(file, invocation), file, invocation);
    for (const warning of result.warnings)
      warn(invocation.io, wordsFor(invocation.lang).cli.warning, warning);
    await deliver(invocation, `${JSON.stringify(result.plan, null, 2)}\n`);
    return 0;
  },
};

const template: Command = {
  name: 'template',
  synopsis: '[--format xlsx|csv] -o <file> [options]',
  operands: { min: 0, max: 0, what: 'optionsOnly' },
  options: [
    formatOption(['xlsx', 'csv'], 'format.template'),
    { name: 'period', type: 'string', arg: '<R3-R6>', help: 'period.template' },
    { name: 'fy', type: 'string', arg: '<year>', help: 'fy.template' },
    { name: 'scale', type: 'string', arg: '<id>', help: 'scale.template' },
    {
      name: 'directions',
      type: 'string',
      arg: '<n>',
      shape: { pattern: /^\d{1,2}$/, what: 'wholeNumber' },
      help: 'directions',
    },
    { ...OUT_ENCODING, help: 'out-encoding.template' },
    OUTPUT,
    FORCE,
  ],
  async run(invocation) {
    const { args } = invocation;
    const format = args.text('format') as 'xlsx' | 'csv';
    const output = args.text('output');
    if (format === 'xlsx' && (output === undefined || output === '-'))
      usage(cliWordsFor(invocation.lang).cliHelp.xlsxNeedsOutput);
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
      lang: invocation.lang,
    });
    await deliver(invocation, bytes);
    return 0;
  },
};

const todayCommand: Command = {
  name: 'today',
  synopsis: '',
  operands: { min: 0, max: 0, what: 'noArgument' },
  options: [],
  async run({ io, lang }) {
    const words = cliWordsFor(lang).cliHelp;
    const date = today();
    const fiscalYear = fiscalYearOf(date);
    const range = fiscalYearRange(fiscalYear);
    const fy = formatFiscalYear(fiscalYear, { style: 'fy' });
    io.stdout(
      `${words.today(isoDate(date), formatWareki(date, { weekday: true }))}\n` +
        `${words.fiscalYearToday(formatFiscalYear(fiscalYear), fy, isoDate(range.start), isoDate(range.end))}\n`,
    );
    return 0;
  },
};

const exportCommand: Command = {
  name: 'export',
  synopsis: '[file] -o <folder | file.xlsx> [options]',
  operands: { min: 0, max: 1, what: 'atMostOneFile' },
  options: [
    formatOption(['csv', 'jsonl', 'xlsx'], 'format.export'),
    OUT_ENCODING,
    { name: 'no-bom', type: 'boolean', help: 'no-bom' },
    { name: 'fy', type: 'string', arg: '<year>', help: 'fy.export' },
    { name: 'output', short: 'o', type: 'string', arg: '<path>', required: true, help: 'output.export' },
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
    if (format !== 'csv') refuseMisplaced(invocation, ['out-encoding', 'no-bom'], format);
    const tables = tidyTables(plan, {
      lang: languageArg(args),
      ...(fy === undefined ? {} : { fiscalYear: fiscalYearArg(fy) }),
    });
    const output = args.text('output') as string;
    const words = wordsFor(invocation.lang);
    if (format === 'xlsx') {
      await writeOutput(output, exportTidyWorkbook(tables), { force: args.flag('force') });
      invocation.io.stderr(
        `munikpi: ${terminalText(cliWordsFor(invocation.lang).cliHelp.wroteWorkbook(output))}\n`,
      );
    } else {
      const files = exportTidyTables(tables, {
        format,
        encoding: args.text('out-encoding') as 'utf-8' | 'shift_jis',
        bom: !args.flag('no-bom'),
      });
      await mkdir(output, { recursive: true });
      for (const f of files) await writeOutput(join(output, f.name), f.bytes, { force: args.flag('force') });
      invocation.io.stderr(
        `munikpi: ${terminalText(
          cliWordsFor(invocation.lang).cliHelp.wrote(
            files.map((f) => f.name),
            output,
          ),
        )}\n`,
      );
    }
    for (const warning of warnings) warn(invocation.io, words.cli.warning, warning);
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
