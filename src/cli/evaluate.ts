import type { CliHelpWords } from '../core/messages/catalogue.js';
import { cliWordsFor } from '../core/messages/cli.js';
import { wordsFor } from '../core/messages/index.js';
import {
  type DecimalInput,
  evaluateKpi,
  type FiscalYear,
  formatFiscalYear,
  formatKpiValue,
  isoDate,
  type Kpi,
  type KpiEvaluation,
  parseWareki,
} from '../index.js';
import { DIRECTION_WORDS, MILESTONE_WORDS, TARGET_KIND_WORDS } from '../io/fields.js';
import { parseKpi } from '../schema/index.js';
import type { Command, Invocation } from './command.js';
import type { Args } from './options.js';
import { ENCODING, encodingArg, MAX_BYTES, PLACES, readArg, usage } from './shared.js';
import { decodeInput } from './text.js';
import { fiscalYearArg } from './years.js';

const KINDS = ['level', 'change', 'rate', 'annual', 'count', 'no-worse', 'milestone', 'monitor'] as const;
type Kind = (typeof KINDS)[number];

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** A date flag: YYYY-MM-DD or a whole era date (令和3年4月1日). */
function dateFlag(value: string, words: CliHelpWords): string {
  if (ISO.test(value)) return isoDate(value);
  const parsed = parseWareki(value, { allowOverflow: true });
  if (parsed.precision !== 'day') usage(words.notWholeDate(value));
  return isoDate(parsed.date);
}

function targetOf(kind: Kind, target: string, deadline: FiscalYear | undefined): Kpi['target'] {
  const by = deadline === undefined ? {} : { by: deadline };
  switch (kind) {
    case 'level':
      return { kind, value: target, ...by };
    case 'change':
      return { kind, amount: target, ...by };
    case 'rate':
      return { kind, percent: target, ...by };
    case 'annual':
    case 'count':
      return { kind, value: target };
    case 'milestone':
      return { kind, due: target };
    default:
      return { kind };
  }
}

function kpiFromFlags(args: Args, fiscalYear: FiscalYear, words: CliHelpWords): Kpi {
  const kind = args.text('kind') as Kind;
  const target = args.text('target');
  if (target === undefined && kind !== 'no-worse' && kind !== 'monitor') usage(words.kindNeedsTarget(kind));
  const by = args.text('by');
  const baselineValue = args.text('baseline');
  const baselineDate = args.text('baseline-date');
  const yearTarget = args.text('year-target');
  return {
    id: 'cli',
    name: args.text('name') ?? 'KPI',
    unit: args.text('unit') ?? '',
    direction: args.text('direction') as 'higher' | 'lower',
    target: targetOf(kind, target ?? '', by === undefined ? undefined : fiscalYearArg(by)),
    ...(baselineValue === undefined && baselineDate === undefined
      ? {}
      : {
          baseline: {
            ...(baselineValue === undefined ? {} : { value: baselineValue }),
            ...(baselineDate === undefined ? {} : { asOf: dateFlag(baselineDate, words) }),
          },
        }),
    ...(yearTarget === undefined ? {} : { yearTargets: { [String(fiscalYear)]: yearTarget } }),
  };
}

/** The flags that describe a KPI, refused next to --kpi (the file describes it). */
const KPI_FLAGS = [
  'kind',
  'name',
  'unit',
  'direction',
  'baseline',
  'baseline-date',
  'target',
  'by',
  'year-target',
];

async function kpiOf(invocation: Invocation, fiscalYear: FiscalYear): Promise<Kpi> {
  const { args } = invocation;
  const words = cliWordsFor(invocation.lang).cliHelp;
  const file = args.text('kpi');
  if (file === undefined) return kpiFromFlags(args, fiscalYear, words);
  const flag = KPI_FLAGS.find((name) => args.has(name));
  if (flag !== undefined) usage(words.describesKpi(`--${flag}`, file));
  return parseKpi(decodeInput(await readArg(file, invocation), encodingArg(args), file), {
    maxBytes: Number(args.text('max-bytes')),
  });
}

/** The evaluation as lines of text, in the reader's language; money and counts with their unit. */
function evaluationText(result: KpiEvaluation, kpi: Kpi, invocation: Invocation): string {
  const words = wordsFor(invocation.lang);
  const labels = words.cli.evaluate;
  const value = (figure: KpiEvaluation['actual']) =>
    figure === null
      ? null
      : result.unit === ''
        ? figure.toString()
        : formatKpiValue(figure, result.unit, kpi.unitKind);
  const lines: [string, string | null][] = [
    [labels.actual, value(result.actual)],
    [labels.target, value(result.target)],
    [labels.yearTarget, value(result.yearTarget)],
    [labels.expected, value(result.expected)],
    [labels.progress, result.progress?.toString() ?? null],
    [labels.achievement, result.achievement?.toString() ?? null],
    [labels.gap, value(result.gap)],
    [labels.requiredPace, value(result.requiredPace)],
  ];
  return (
    `${result.name} ${formatFiscalYear(result.fiscalYear)}: ${words.status[result.status]}\n` +
    lines.map(([label, text]) => (text === null ? '' : `${label}: ${text}\n`)).join('') +
    result
      .notesIn(invocation.lang)
      .map((note) => `${labels.note}: ${note}\n`)
      .join('')
  );
}

/** --done: the month it was done, or the importer's words 達成 / 未達成 (and `no`). */
function milestoneActual(done: string): { done: boolean; on?: string } {
  const word = done.normalize('NFKC').trim();
  if (word === 'no' || MILESTONE_WORDS.open.includes(word)) return { done: false };
  if (MILESTONE_WORDS.done.includes(word)) return { done: true };
  return { done: true, on: done };
}

async function run(invocation: Invocation): Promise<number> {
  const { args, io } = invocation;
  const fiscalYear = fiscalYearArg(args.need('fy'));
  const kpi = await kpiOf(invocation, fiscalYear);
  const done = args.text('done');
  const actual: DecimalInput | { done: boolean; on?: string } | undefined =
    kpi.target.kind === 'milestone' && done !== undefined ? milestoneActual(done) : args.text('actual');
  const previous = args.text('previous');
  const result = evaluateKpi(
    kpi,
    {
      fiscalYear,
      ...(actual === undefined ? {} : { actual }),
      ...(previous === undefined ? {} : { previous }),
    },
    { places: Number(args.text('places')) },
  );
  io.stdout(
    args.text('format') === 'json'
      ? `${JSON.stringify(result, null, 2)}\n`
      : evaluationText(result, kpi, invocation),
  );
  return 0;
}

/** `munikpi evaluate`. @internal */
export const evaluate: Command = {
  name: 'evaluate',
  synopsis: '--fy <year> (--kpi <file> | KPI flags) [--actual <n>]',
  operands: { min: 0, max: 0, what: 'optionsOnly' },
  options: [
    {
      name: 'fy',
      type: 'string',
      arg: '<year>',
      required: true,
      help: 'fy.evaluate',
    },
    {
      name: 'kpi',
      type: 'string',
      arg: '<file>',
      help: 'kpi',
    },
    {
      name: 'kind',
      type: 'string',
      arg: '<k>',
      values: KINDS,
      words: TARGET_KIND_WORDS,
      default: 'level',
      help: 'kind',
    },
    { name: 'name', type: 'string', arg: '<name>', help: 'name' },
    { name: 'unit', type: 'string', arg: '<unit>', help: 'unit' },
    {
      name: 'direction',
      type: 'string',
      arg: '<d>',
      values: ['higher', 'lower'],
      words: DIRECTION_WORDS,
      default: 'higher',
      help: 'direction',
    },
    { name: 'baseline', type: 'string', arg: '<n>', help: 'baseline' },
    { name: 'baseline-date', type: 'string', arg: '<date>', help: 'baseline-date' },
    {
      name: 'target',
      type: 'string',
      arg: '<n>',
      help: 'target',
    },
    { name: 'by', type: 'string', arg: '<year>', help: 'by' },
    { name: 'year-target', type: 'string', arg: '<n>', help: 'year-target' },
    { name: 'actual', type: 'string', arg: '<n>', help: 'actual' },
    { name: 'previous', type: 'string', arg: '<n>', help: 'previous' },
    { name: 'done', type: 'string', arg: '<YYYY-MM|no>', help: 'done' },
    PLACES,
    {
      name: 'format',
      short: 'f',
      type: 'string',
      arg: '<f>',
      values: ['text', 'json'],
      default: 'text',
      help: 'format',
    },
    ENCODING,
    MAX_BYTES,
  ],
  run,
};
