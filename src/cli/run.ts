import { parseArgs } from 'node:util';
import { kodairaFy2023 } from '../data/kodaira-fy2023.js';
import {
  auditPlan,
  calendarDate,
  type DecimalInput,
  evaluateKpi,
  type FiscalYear,
  fiscalYearOf,
  fiscalYearRange,
  formatFiscalYear,
  formatWareki,
  isoDate,
  type Kpi,
  MunikpiError,
  type Plan,
  parseFiscalYear,
  parseWareki,
  today,
  VERSION,
} from '../index.js';
import { importPlan, parseMapping, planTemplate } from '../io/index.js';
import {
  type ReportFormat,
  type ReportLanguage,
  type ReportSection,
  renderHtmlReport,
  renderReport,
} from '../report/index.js';
import { parseKpi, parsePlan, validatePlan } from '../schema/index.js';
import { HELP } from './help.js';
import { type InputEncoding, type ReadStdin, readInput, writeOutput } from './input.js';
import { decodeInput, encodeOutput } from './text.js';

/** Where the CLI reads and writes. Tests pass their own; the bin passes the process's. */
export interface CliIo {
  /** Writes to standard output. */
  stdout(data: string | Uint8Array): void;
  /** Writes to standard error. */
  stderr(text: string): void;
  /** Reads all of standard input (for `-`). */
  stdin?: ReadStdin;
}

/** A command line the CLI does not accept: exit 2. */
class UsageError extends Error {}

/** Every command takes --help and --debug; the others only where they mean something. */
const ALWAYS = {
  help: { type: 'boolean', short: 'h' },
  debug: { type: 'boolean' },
} as const;
const SHARED = {
  format: { type: 'string', short: 'f' },
  lang: { type: 'string' },
  fy: { type: 'string' },
  encoding: { type: 'string' },
  output: { type: 'string', short: 'o' },
} as const;
type Shared = keyof typeof SHARED;

type Values = Record<string, string | boolean | undefined>;

const noStdin: ReadStdin = async () => {
  throw new UsageError('no standard input to read');
};

function oneOf<T extends string>(value: unknown, allowed: readonly T[], name: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}`);
}

function text(values: Values, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A fiscal year from `--fy`: 2023, R5, 令和5年度, FY2023. */
function fiscalYearArg(value: string): FiscalYear {
  return parseFiscalYear(value, { allowOverflow: true });
}

/** The year a report is about when none is given: the plan's latest reported year. */
function defaultFiscalYear(plan: Plan): FiscalYear {
  const years = new Set<number>();
  for (const summary of plan.summaries ?? []) years.add(summary.fiscalYear);
  for (const program of plan.programs)
    for (const year of Object.keys(program.reports ?? {})) years.add(Number(year));
  const inPlan = [...years].filter((y) => y >= plan.period.start && y <= plan.period.end);
  if (inPlan.length > 0) return Math.max(...inPlan);
  return Math.min(Math.max(fiscalYearOf(today()), plan.period.start), plan.period.end);
}

async function loadPlan(file: string | undefined, values: Values, stdin: ReadStdin): Promise<Plan> {
  if (file === undefined) return kodairaFy2023;
  const encoding = oneOf<InputEncoding>(values.encoding, ['auto', 'utf-8', 'shift_jis'], 'encoding', 'auto');
  return parsePlan(decodeInput(await readInput(file, stdin), encoding, file));
}

function emit(io: CliIo, data: string | Uint8Array): void {
  io.stdout(data);
}

async function deliver(io: CliIo, values: Values, data: string | Uint8Array): Promise<void> {
  const output = text(values, 'output');
  if (output === undefined || output === '-') emit(io, data);
  else await writeOutput(output, data);
}

async function report(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, ['format', 'lang', 'fy', 'encoding', 'output'], {
    places: { type: 'string' },
    'yen-units': { type: 'boolean' },
    sections: { type: 'string' },
    'out-encoding': { type: 'string' },
    'no-bom': { type: 'boolean' },
  });
  if (values.help === true) return help(io, 'report');
  if (positionals.length > 1) throw new UsageError('report takes at most one file');
  const plan = await loadPlan(positionals[0], values, io.stdin ?? noStdin);
  const fiscalYear = values.fy === undefined ? defaultFiscalYear(plan) : fiscalYearArg(values.fy as string);
  const format = oneOf<ReportFormat | 'html'>(
    values.format,
    ['text', 'md', 'csv', 'json', 'html'],
    'format',
    'text',
  );
  const lang = oneOf<ReportLanguage>(values.lang, ['ja', 'en'], 'lang', 'ja');
  const sections = text(values, 'sections')
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '') as ReportSection[] | undefined;
  const places = text(values, 'places');
  if (places !== undefined && !/^\d{1,2}$/.test(places))
    throw new UsageError('--places must be a whole number');
  // Options that shape a text table, or a CSV file, mean nothing for other formats: refused.
  const given = (name: string) => values[name] !== undefined;
  if (format === 'html') {
    const misplaced = ['sections', 'places', 'yen-units', 'out-encoding', 'no-bom'].filter(given);
    if (misplaced.length > 0) {
      throw new UsageError(`--${misplaced[0]} does not apply to --format html (a whole page)`);
    }
    await deliver(io, values, renderHtmlReport(plan, fiscalYear, { lang }));
    return 0;
  }
  if (format !== 'csv') {
    const misplaced = ['out-encoding', 'no-bom'].filter(given);
    if (misplaced.length > 0) throw new UsageError(`--${misplaced[0]} applies to --format csv only`);
  }
  const out = renderReport(plan, fiscalYear, {
    format,
    lang,
    ...(sections === undefined ? {} : { sections }),
    ...(places === undefined ? {} : { places: Number(places) }),
    yenUnits: values['yen-units'] === true,
  });
  const encoding = oneOf(values['out-encoding'], ['utf-8', 'shift_jis'] as const, 'out-encoding', 'utf-8');
  await deliver(io, values, format === 'csv' ? encodeOutput(out, encoding, values['no-bom'] !== true) : out);
  return 0;
}

async function audit(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, ['format', 'lang', 'fy', 'encoding', 'output'], {});
  if (values.help === true) return help(io, 'audit');
  if (positionals.length > 1) throw new UsageError('audit takes at most one file');
  const plan = await loadPlan(positionals[0], values, io.stdin ?? noStdin);
  const fiscalYear = values.fy === undefined ? defaultFiscalYear(plan) : fiscalYearArg(values.fy as string);
  const format = oneOf(values.format, ['text', 'md', 'csv', 'json'] as const, 'format', 'text');
  const lang = oneOf<ReportLanguage>(values.lang, ['ja', 'en'], 'lang', 'ja');
  const result = auditPlan(plan, fiscalYear);
  const out =
    format === 'json'
      ? `${JSON.stringify(result, null, 2)}\n`
      : renderReport(plan, fiscalYear, { format, lang, sections: ['audit'] });
  await deliver(io, values, format === 'csv' ? encodeOutput(out, 'utf-8', true) : out);
  return result.ok ? 0 : 1;
}

async function validate(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, ['encoding'], {});
  if (values.help === true) return help(io, 'validate');
  const file = positionals[0];
  if (file === undefined || positionals.length > 1)
    throw new UsageError('validate takes one file (or - for stdin)');
  const encoding = oneOf<InputEncoding>(values.encoding, ['auto', 'utf-8', 'shift_jis'], 'encoding', 'auto');
  const result = validatePlan(decodeInput(await readInput(file, io.stdin ?? noStdin), encoding, file));
  if (result.ok) {
    io.stdout(`ok: ${result.plan.id} (${result.plan.programs.length} programs)\n`);
    return 0;
  }
  for (const issue of result.issues) io.stdout(`${issue.path}: ${issue.message} [${issue.code}]\n`);
  io.stderr(`munikpi: INVALID_PLAN: ${file} has ${result.issues.length} problem(s), listed on stdout\n`);
  return 2;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

async function wareki(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, ['format'], {
    era: { type: 'string' },
    kanji: { type: 'boolean' },
  });
  if (values.help === true) return help(io, 'wareki');
  const input = single(positionals, 'wareki');
  const json = oneOf(values.format, ['text', 'json'] as const, 'format', 'text') === 'json';
  if (ISO.test(input)) {
    const era = oneOf(values.era, ['name', 'short', 'initial'] as const, 'era', 'name');
    const out = formatWareki(input, {
      era,
      ...(values.kanji === true ? { numerals: 'kanji' as const } : {}),
    });
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
}

async function fy(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, ['format'], {});
  if (values.help === true) return help(io, 'fy');
  const input = single(positionals, 'fy');
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
    oneOf(values.format, ['text', 'json'] as const, 'format', 'text') === 'json'
      ? `${JSON.stringify(facts)}\n`
      : `${facts.fiscalYear} ${facts.label} ${facts.fy} ${facts.start}..${facts.end}\n`,
  );
  return 0;
}

function dateOfWareki(input: string) {
  const parsed = parseWareki(input, { allowOverflow: true });
  if (parsed.precision !== 'day') throw new UsageError(`${JSON.stringify(input)} is not a whole date`);
  return parsed.date;
}

async function evaluate(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, ['format', 'fy', 'encoding'], {
    kpi: { type: 'string' },
    name: { type: 'string' },
    unit: { type: 'string' },
    kind: { type: 'string' },
    direction: { type: 'string' },
    baseline: { type: 'string' },
    'baseline-date': { type: 'string' },
    target: { type: 'string' },
    by: { type: 'string' },
    'year-target': { type: 'string' },
    actual: { type: 'string' },
    previous: { type: 'string' },
    done: { type: 'string' },
    places: { type: 'string' },
  });
  if (values.help === true) return help(io, 'evaluate');
  if (positionals.length > 0) throw new UsageError('evaluate takes flags only; see munikpi evaluate --help');
  if (values.fy === undefined) throw new UsageError('evaluate needs --fy');
  const fiscalYear = fiscalYearArg(values.fy as string);
  const kpi = values.kpi === undefined ? kpiFromFlags(values, fiscalYear) : await kpiFromFile(values, io);
  const places = text(values, 'places');
  if (places !== undefined && !/^\d{1,2}$/.test(places))
    throw new UsageError('--places must be a whole number');
  const actual: DecimalInput | { done: boolean; on?: string } | undefined =
    kpi.target.kind === 'milestone' && values.done !== undefined
      ? values.done === 'no'
        ? { done: false }
        : { done: true, on: values.done as string }
      : text(values, 'actual');
  const result = evaluateKpi(
    kpi,
    {
      fiscalYear,
      ...(actual === undefined ? {} : { actual }),
      ...(values.previous === undefined ? {} : { previous: values.previous as string }),
    },
    places === undefined ? undefined : { places: Number(places) },
  );
  if (oneOf(values.format, ['text', 'json'] as const, 'format', 'text') === 'json') {
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  const show = (label: string, value: unknown) => (value === null ? '' : `${label}: ${String(value)}\n`);
  io.stdout(
    `${result.name} ${formatFiscalYear(fiscalYear)}: ${result.status}\n` +
      show('actual', result.actual) +
      show('target', result.target) +
      show('year target', result.yearTarget) +
      show('expected', result.expected) +
      show('progress %', result.progress) +
      show('achievement %', result.achievement) +
      show('gap', result.gap) +
      show('required pace per year', result.requiredPace) +
      result.notes.map((note) => `note: ${note}\n`).join(''),
  );
  return 0;
}

async function kpiFromFile(values: Values, io: CliIo): Promise<Kpi> {
  const file = values.kpi as string;
  const encoding = oneOf<InputEncoding>(values.encoding, ['auto', 'utf-8', 'shift_jis'], 'encoding', 'auto');
  return parseKpi(decodeInput(await readInput(file, io.stdin ?? noStdin), encoding, file));
}

function dateFlag(value: string): string {
  if (ISO.test(value)) return isoDate(value);
  return isoDate(dateOfWareki(value));
}

function kpiFromFlags(values: Values, fiscalYear: FiscalYear): Kpi {
  const kind = oneOf(
    values.kind,
    ['level', 'change', 'rate', 'annual', 'count', 'no-worse', 'milestone', 'monitor'] as const,
    'kind',
    'level',
  );
  const target = text(values, 'target');
  const by = text(values, 'by');
  const needsTarget = kind !== 'no-worse' && kind !== 'monitor';
  if (needsTarget && target === undefined) throw new UsageError(`--kind ${kind} needs --target`);
  const deadline = by === undefined ? undefined : fiscalYearArg(by);
  const t = target as string;
  const byPart = deadline === undefined ? {} : { by: deadline };
  const kpiTarget =
    kind === 'level'
      ? { kind, value: t, ...byPart }
      : kind === 'change'
        ? { kind, amount: t, ...byPart }
        : kind === 'rate'
          ? { kind, percent: t, ...byPart }
          : kind === 'annual' || kind === 'count'
            ? { kind, value: t }
            : kind === 'milestone'
              ? { kind, due: t }
              : { kind };
  const baselineValue = text(values, 'baseline');
  const baselineDate = text(values, 'baseline-date');
  const yearTarget = text(values, 'year-target');
  return {
    id: 'cli',
    name: text(values, 'name') ?? 'KPI',
    unit: text(values, 'unit') ?? '',
    direction: oneOf(values.direction, ['higher', 'lower'] as const, 'direction', 'higher'),
    target: kpiTarget,
    ...(baselineValue === undefined && baselineDate === undefined
      ? {}
      : {
          baseline: {
            ...(baselineValue === undefined ? {} : { value: baselineValue }),
            ...(baselineDate === undefined ? {} : { asOf: dateFlag(baselineDate) }),
          },
        }),
    ...(yearTarget === undefined ? {} : { yearTargets: { [String(fiscalYear)]: yearTarget } }),
  };
}

async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, ['fy', 'encoding', 'output'], {
    map: { type: 'string' },
    id: { type: 'string' },
    municipality: { type: 'string' },
    title: { type: 'string' },
    period: { type: 'string' },
    scale: { type: 'string' },
    'allow-overflow': { type: 'boolean' },
  });
  if (values.help === true) return help(io, 'import');
  const file = single(positionals, 'import');
  const stdin = io.stdin ?? noStdin;
  const bytes = await readInput(file, stdin);
  const mapFile = text(values, 'map');
  const mapping =
    mapFile === undefined
      ? undefined
      : parseMapping(decodeInput(await readInput(mapFile, stdin), 'auto', mapFile));
  const plan = {
    ...(values.id === undefined ? {} : { id: values.id as string }),
    ...(values.municipality === undefined ? {} : { municipality: values.municipality as string }),
    ...(values.title === undefined ? {} : { title: values.title as string }),
    ...(values.period === undefined ? {} : { period: values.period as string }),
    ...(values.fy === undefined ? {} : { fiscalYear: values.fy as string }),
    ...(values.scale === undefined ? {} : { scale: values.scale as string }),
  };
  const encoding = oneOf<InputEncoding>(values.encoding, ['auto', 'utf-8', 'shift_jis'], 'encoding', 'auto');
  const result = await importPlan(bytes, {
    fileName: file === '-' ? 'stdin' : file,
    encoding,
    plan,
    allowOverflow: values['allow-overflow'] === true,
    ...(mapping === undefined ? {} : { mapping }),
  });
  for (const warning of result.warnings) io.stderr(`munikpi: warning: ${warning}\n`);
  await deliver(io, values, `${JSON.stringify(result.plan, null, 2)}\n`);
  return 0;
}

async function template(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, ['format', 'fy', 'output'], {
    period: { type: 'string' },
    scale: { type: 'string' },
    directions: { type: 'string' },
    'out-encoding': { type: 'string' },
  });
  if (values.help === true) return help(io, 'template');
  if (positionals.length > 0)
    throw new UsageError('template takes options only; see munikpi template --help');
  const format = oneOf(values.format, ['xlsx', 'csv'] as const, 'format', 'xlsx');
  const directions = text(values, 'directions');
  if (directions !== undefined && !/^\d{1,2}$/.test(directions))
    throw new UsageError('--directions must be a number');
  if (format === 'xlsx' && (values.output === undefined || values.output === '-')) {
    throw new UsageError('an .xlsx template needs -o <file.xlsx>');
  }
  const bytes = await planTemplate(format, {
    ...(values.period === undefined ? {} : { period: values.period as string }),
    ...(values.fy === undefined ? {} : { fiscalYear: values.fy as string }),
    ...(values.scale === undefined ? {} : { scale: values.scale as string }),
    ...(directions === undefined ? {} : { directions: Number(directions) }),
    encoding: oneOf(values['out-encoding'], ['utf-8', 'shift_jis'] as const, 'out-encoding', 'utf-8'),
  });
  await deliver(io, values, bytes);
  return 0;
}

async function today_(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, [], {});
  if (values.help === true) return help(io, 'today');
  if (positionals.length > 0) throw new UsageError('today takes no argument');
  const date = today();
  const fiscalYear = fiscalYearOf(date);
  const range = fiscalYearRange(fiscalYear);
  io.stdout(
    `今日 (Japan time): ${isoDate(date)} ${formatWareki(date, { weekday: true })}\n` +
      `年度: ${formatFiscalYear(fiscalYear)} (${formatFiscalYear(fiscalYear, { style: 'fy' })}), ${isoDate(range.start)}..${isoDate(range.end)}\n`,
  );
  return 0;
}

function single(positionals: string[], command: string): string {
  if (positionals.length !== 1) throw new UsageError(`${command} takes one argument`);
  return positionals[0] as string;
}

type Extra = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/** Parses a command's arguments: --help, --debug, the shared options it names and its own. */
function parse(args: string[], shared: readonly Shared[], extra: Extra) {
  const options: Extra = { ...ALWAYS, ...extra };
  for (const name of shared) options[name] = SHARED[name];
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options });
  return { values: values as Values, positionals };
}

function help(io: CliIo, command: keyof typeof HELP): number {
  io.stdout(HELP[command]);
  return 0;
}

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  report,
  audit,
  validate,
  wareki,
  fy,
  evaluate,
  import: importCommand,
  template,
  today: today_,
};

/**
 * Runs the munikpi command line and returns its exit code: 0 success, 1 audit findings of
 * error severity, 2 usage or invalid input. Errors go to stderr as one line with the code;
 * the stack only with `--debug`.
 *
 * @param argv - the arguments after the program name
 * @param io - where to write, and how to read standard input
 * @returns the exit code
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    const [command, ...rest] = argv;
    if (command === '--version' || command === '-v') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      const topic = rest[0];
      io.stdout(topic !== undefined && topic in HELP ? HELP[topic as keyof typeof HELP] : HELP.main);
      return 0;
    }
    const run = COMMANDS[command];
    if (run === undefined)
      throw new UsageError(`unknown command ${JSON.stringify(command)}; see munikpi --help`);
    return await run(rest, io);
  } catch (error) {
    const line = (code: string, message: string) =>
      `munikpi: ${code}: ${message.replace(/\s*\r?\n\s*/g, ' ')}\n`;
    if (debug && error instanceof Error) io.stderr(`${error.stack ?? error.message}\n`);
    if (error instanceof MunikpiError) {
      io.stderr(line(error.code, error.message));
      return 2;
    }
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
      io.stderr(line('USAGE', (error as Error).message));
      return 2;
    }
    io.stderr(
      line('INTERNAL', `${error instanceof Error ? error.message : String(error)} (please report this)`),
    );
    return 70;
  }
}
