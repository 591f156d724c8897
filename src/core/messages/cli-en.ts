import { quote } from '../quote.js';
import type { CliCatalogue } from './catalogue.js';
import { KODAIRA_DIRECTIONS } from './cli-ja.js';

/* ---- The command line's help and usage (section cliHelp) ---- */

const SPREADSHEET_NOTE =
  'The file is a plan JSON, an .xlsx or a CSV progress table (the format is read from its\ncontent; a table without a 計画 sheet takes --id, --period … as import does).';

/** The `cliHelp` section in English. @internal */
export const cliHelp: CliCatalogue['cliHelp'] = {
  tagline: 'progress management for Japanese municipal plans',
  usage: 'Usage',
  commands: 'Commands',
  options: 'Options',
  commonOptions: 'Common options',
  mainFooter: (program) => `  ${program} <command> --help   help on a command (or ${program} help <command>)
  ${program} --version, -V      the version
  --lang en | ja                 help and messages in English or Japanese (default ja)

A file of - reads standard input. Exit codes: 0 success, 1 error findings (munikpi audit),
2 usage or invalid input, 70 an internal error (please report it).`,
  defaultValue: (value) => `default ${value}`,
  required: 'required',
  command: {
    report: {
      summary:
        'the progress report: summary, programs, KPI evaluations, audit\n(default: the bundled Kodaira FY2023 data)',
      description: `The progress report for a fiscal year: the rating summary (the declared table and the tally
of the detailed programs), the programs with their ratings, the KPI evaluations and the
audit findings. ${SPREADSHEET_NOTE}
- reads standard input. Without a file, the bundled Kodaira FY2023 data.`,
    },
    audit: {
      summary: 'the audit findings; exit 1 when any is an error',
      description: `The audit findings for a fiscal year. Exit code 1 when any finding is an error.
${SPREADSHEET_NOTE}`,
    },
    validate: {
      summary: 'check a plan file (JSON, .xlsx or CSV); every problem with its path',
      description: `Checks a plan file and prints every problem on its own line with where it is (for a
spreadsheet, its sheet and cell) and what to do, in the language of --lang.
${SPREADSHEET_NOTE} Exit code 2 when the file is invalid.`,
    },
    export: {
      summary: 'tidy tables for machines and analysts: CSV or JSON Lines files, or one .xlsx workbook',
      description: `The plan as tidy tables (plans, directions, programs × years, KPIs × years, the rating
summary): one datum per cell, figures as plain numbers, 西暦 with the 和暦 label beside it,
ids that join the tables (docs/data-format.md, "Tidy exports"). As csv or jsonl, one file
per table is written into the folder given with -o (made if missing); as xlsx, one workbook
with a sheet per table and real number formats is written to the file given with -o. The
file read is a plan JSON, an .xlsx or a CSV progress table, as for munikpi report; without a
file, the bundled Kodaira data.`,
    },
    wareki: {
      summary: '2023-04-01 → 令和5年4月1日; 令和5年4月1日 → 2023-04-01',
      description: `  munikpi wareki 2023-04-01        → 令和5年4月1日
  munikpi wareki 令和5年4月1日     → 2023-04-01
  munikpi wareki R5.3              → 2023-03`,
    },
    fy: {
      summary: 'the fiscal year of a date, or of a label such as R5',
      description: `  munikpi fy 2024-03-31     → 2023 令和5年度 FY2023 2023-04-01..2024-03-31
  munikpi fy 令和5年度       → the same
  munikpi fy 令和6年3月31日  → the same`,
    },
    evaluate: {
      summary: 'evaluate a KPI for a fiscal year, from flags or a JSON file',
      description: `Evaluates a KPI in a fiscal year: progress, achievement, expected value, status.

  munikpi evaluate --fy R5 --name 電子決裁率 --unit % --baseline 62.3 \\
    --baseline-date 2021-04-01 --target 90 --by R6 --year-target 85 --actual 73.9
  munikpi evaluate --fy R5 --kind 毎年度 --unit 円 --target 20000000 --actual 18500000`,
    },
    import: {
      summary: 'a progress table (.xlsx, or CSV in UTF-8 or Shift_JIS) → plan JSON',
      description: `Reads a progress table, one row per program, and writes a plan JSON that passes the schema
(docs/data-format.md). Japanese headers as in the Kodaira report are recognised; a mapping
file names other columns. Every problem is reported at once, one per line on stderr with
its sheet and cell, and nothing is written when the import fails.`,
    },
    template: {
      summary: 'a blank progress table to fill in and import',
      description:
        'A blank progress table with the headers munikpi reads, to fill in and import: notes on\neach column and drop-down lists of the words the importer accepts.',
    },
    today: {
      summary: "today's date, era date and fiscal year in Japan",
      description: "Today's date, era date and fiscal year, in Japan time.",
    },
  },
  option: {
    debug: 'print the stack trace of an error',
    help: 'this help',
    lang: 'help, messages and output in Japanese or English',
    encoding: 'input text encoding (auto: UTF-8 when valid, else Shift_JIS)',
    'max-bytes': 'the largest input read, in bytes; larger input is refused\nbefore it is read whole',
    limits:
      "a spreadsheet's import limits raised (or lowered), as name=number pairs:\ntextBytes, rows, columns, cells, sharedStrings (defaults in docs/data-format.md)",
    output: 'write to a regular file (whole or not at all, keeping its mode);\n- is stdout',
    'output.export': 'the folder to write the tables into (made if missing); for xlsx, the workbook file',
    force: '-o may write into a device, FIFO, symbolic link or hard-linked file',
    'out-encoding': 'csv output encoding (UTF-8 with a BOM)',
    'out-encoding.template': 'csv encoding (UTF-8 with a BOM)',
    places: 'decimal places for KPI percentages',
    map: 'a mapping file (JSON) for other layouts',
    id: "the plan's id",
    municipality: 'the municipality (小平市)',
    title: "the plan's title",
    period: 'the plan period (else the 計画 sheet gives it)',
    'period.template': "add the schedule columns of the plan's years",
    scale: 'a rating scale munikpi ships (default kodaira-sab)',
    'scale.template': 'the rating scale',
    'allow-overflow': 'read 平成32年度 and the like as old documents meant them',
    format: 'output format',
    'format.report': 'output format (html: one self-contained page)',
    'format.template': 'the table (xlsx needs -o)',
    'format.export':
      'csv (one table a file, with a header row), jsonl (JSON Lines) or xlsx (one workbook, a sheet a table)',
    sections: 'comma list of summary, programs, kpis, audit (default all)',
    'yen-units': 'money in 万/億 units (6億470万1,094円)',
    'no-bom': 'csv output in UTF-8 without a BOM',
    'fy.report':
      "the fiscal year: 2023, R5, 令和5年度, FY2023 (default: the plan's\nlatest reported year; a year outside the plan's period is\nreported with a warning on stderr)",
    'fy.validate': 'the fiscal year a spreadsheet reports: 2023, R5, 令和5年度',
    'fy.import': 'the fiscal year the table reports: 2023, R5, 令和5年度',
    'fy.template': 'the fiscal year the table will report',
    'fy.export': "one fiscal year only: 2023, R5, 令和5年度 (default: every year of the plan's period)",
    'fy.evaluate': 'the fiscal year evaluated: 2023, R5, 令和5年度, FY2023 (no default)',
    era: 'how to write the era (令和, 令, R)',
    kanji: 'kanji numerals (令和五年四月一日)',
    directions: 'how many direction rows to prepare',
    kpi: 'a KPI as JSON (see docs/data-format.md); - for stdin',
    kind: 'the kind of target, or its Japanese word as in the\nimporter (水準, 増減, 率, 毎年度, 件数, 前年度以上, 期限, 参考 …)',
    name: "the KPI's name",
    unit: "the KPI's unit (%, 円, 件 …)",
    direction: 'which way is better (or 高い方が良い, 低い方が良い …)',
    baseline: 'the baseline value',
    'baseline-date': 'when the baseline was taken',
    target: 'the level, change amount, rate %, annual value, count\nor milestone due date (YYYY-MM)',
    by: 'the fiscal year the target is due',
    'year-target': 'the target for the evaluated year',
    actual: "the actual (else the KPI file's observation)",
    previous: "the previous year's actual (no-worse targets)",
    done: "a milestone's completion: the month it was done, 達成, or 未達成 (no)",
  },
  operands: {
    atMostOneFile: 'at most one file',
    oneFile: 'one file (or - for stdin)',
    oneArgument: 'one argument',
    optionsOnly: 'options only',
    noArgument: 'no argument',
  },
  shape: {
    bytes: 'a whole number of bytes',
    wholeNumber: 'a whole number',
    limits: 'name=number pairs joined by commas, each name once, such as rows=10000,textBytes=8000000',
  },
  unknownCommand: (name, guess) =>
    `unknown command ${JSON.stringify(name)}; ${guess === undefined ? 'see munikpi --help' : `did you mean ${guess}?`}`,
  unknownOption: (option, command, guess) =>
    `unknown option ${option} for munikpi ${command}; ${guess === undefined ? `see munikpi ${command} --help` : `did you mean ${guess}?`}`,
  takesNoValue: (option) => `${option} takes no value`,
  needsValue: (option, arg) => `${option} needs a value${arg === '' ? '' : ` ${arg}`}`,
  notOneOf: (option, values, words, given) =>
    `${option} must be one of ${values.join(', ')}${words.length === 0 ? '' : ` (or ${words.join(', ')})`}, not ${JSON.stringify(given)}`,
  notShape: (option, shape, given) => `${option} must be ${shape}, not ${JSON.stringify(given)}`,
  needsOption: (command, option) => `${command} needs ${option}; see munikpi ${command} --help`,
  takesOperands: (command, operands) => `${command} takes ${operands}`,
  misplaced: (option, format) =>
    format === 'html'
      ? `${option} does not apply to --format html (a whole page)`
      : `${option} applies to --format csv only`,
  forSpreadsheet: (option, file) =>
    `${option} applies to a spreadsheet (.xlsx or .csv); ${file} is a plan JSON, which holds its own fields`,
  xlsxNeedsOutput: 'an .xlsx template needs -o <file.xlsx>',
  notWholeDate: (given) => `${JSON.stringify(given)} is not a whole date`,
  kindNeedsTarget: (kind) => `--kind ${kind} needs --target`,
  describesKpi: (option, file) => `${option} describes a KPI, which --kpi ${file} already does`,
  validOk: (id, programs) => `ok: ${id} (${programs} programs)`,
  invalid: (file, count) => `${file} has ${count} problem(s), listed on stdout`,
  wrote: (files, folder) => `wrote ${files.join(', ')} into ${folder}`,
  wroteWorkbook: (file) => `wrote the workbook ${file}`,
  overflow: (era) => `overflow: ${era} had ended`,
  today: (date, wareki) => `今日 (Japan time): ${date} ${wareki}`,
  fiscalYearToday: (label, fy, start, end) => `年度: ${label} (${fy}), ${start}..${end}`,
  internal: (message) => `${message} (please report this)`,
  importIssue: (code, d) =>
    code === 'MISSING_VALUE' && d.flag !== null
      ? `the plan needs its ${d.field}: ${d.sheet === null ? '' : `write ${d.label} in the ${d.sheet} sheet, or `}pass ${d.flag}`
      : null,
};

/* ---- The blank template's notes (section template) ---- */

/** The `template` section in English. @internal */
export const template: CliCatalogue['template'] = {
  planHeadings: ['項目', '値', 'Note'],
  guideHeadings: ['Header', 'What to write', 'plan JSON'],
  planField: {
    id: 'The plan id, in letters, digits and hyphens (kodaira-management-policy-1).',
    municipality: 'The municipality (小平市).',
    title: "The plan's title.",
    period: 'The plan period: 令和3年度～令和6年度, R3～R6 or 2021-2024.',
    fiscalYear: 'The fiscal year the table reports (令和5年度); default the year in the report headers.',
    scale: 'The rating scale: kodaira-sab (S, A, B, the default) or another scale munikpi ships.',
    'source.title': 'The source document.',
    'source.publisher': 'Who published it.',
    'source.asOf': 'The point in time it reports (令和5年度末).',
    'source.url': 'Where to find it.',
    notes: 'Remarks about the data, one per line.',
  },
  direction: (n) =>
    `The name of direction ${n}${n <= KODAIRA_DIRECTIONS.length ? ` (e.g. ${KODAIRA_DIRECTIONS[n - 1]})` : ''}; programs name it by its number ${n}.`,
  column: {
    direction:
      'The direction: 1, 方向性1, or its name. A row 方向性1 … above the programs does the same for the rows below it.',
    number: 'The program number: 12, １２ or ⑫. A row without number and name continues the program above.',
    name: 'The program name (required).',
    kind: '実施 (the default) or 検討.',
    approaches: 'The main approaches, one per line.',
    actionItem: 'Action items, one per line; or one per row, with the program cells left blank.',
    planned: 'What was planned at the start of the year, one per line.',
    targets: 'The targets set for the year, as text.',
    results: 'What was done, one per line.',
    issues: 'Issues and improvements ahead.',
    rating: "The rating: a code on the plan's scale (S, A, B).",
    reasons: 'Why the program is ahead or behind.',
    nextSteps: 'What will be done about it.',
    notes: 'Remarks about the program.',
    'kpi.name': "The KPI's name. One KPI a row; more KPIs of a program go in the rows below it.",
    'kpi.unit': 'The unit (%, 円, 件); when blank, the % or 円 written after the figures.',
    'kpi.direction': '高い方が良い (the default) or 低い方が良い.',
    'kpi.baseline': 'The baseline figure.',
    'kpi.baselineDate':
      'When the baseline was taken: a day (令和3年4月1日) or the fiscal year whose result it is (令和2年度).',
    'kpi.kind':
      'The kind of target: 水準 (a level), 増減 (a change), 率 (a rate), 毎年度 (each year), 件数 (a count), 前年度以上 (no worse than last year), 期限 (a milestone), 参考 (no target). Default 水準 with a 目標値, 期限 with only a 期限.',
    'kpi.target': 'The target figure: the level, the change, the percentage or the yearly value, by kind.',
    'kpi.targetYear': 'The fiscal year by whose end the target is due (R6); default the end of the plan.',
    'kpi.due': 'For a milestone: when it is due (R6.1, 2024-01, a date, or a fiscal year).',
    'kpi.yearTarget': 'The target for the report year.',
    'kpi.actual': 'The actual for the report year; for a milestone 達成 or 未達成, or the day it was done.',
    'kpi.notes': 'Remarks about the KPI.',
  },
  scheduleColumn: 'What the action items plan that fiscal year, one line per item.',
};

/** The command line's and the template's words in English. @internal */
/** The importer's warnings in English. @internal */
export const importWarning: CliCatalogue['importWarning'] = {
  unknownColumn: (p) => `the column ${quote(p.header)} is not known: ignored`,
  unknownPlanKey: (p) => `the key ${quote(p.key)} is not known: ignored`,
  noNumberColumn: () => 'no number column (No.): programs are numbered in order',
  eraOverflow: (p) =>
    `${quote(p.text)} is read as ${typeof p.read === 'string' ? p.read : `fiscal ${p.read.fiscalYear}`}, a year after its era ended`,
  baselineMonth: (p) => `the baseline month ${p.month} is read as its last day, ${p.day}`,
  scheduleWithoutItem: () => 'a schedule without an action item (取組項目) in its row: kept in scheduleText',
  scheduleLines: (p) => `${p.lines} schedule lines for ${p.items} action items: kept in scheduleText`,
  noPrograms: () => 'no programs: the table has a header but no program rows',
};

export const en: CliCatalogue = { cliHelp, template, importWarning };
