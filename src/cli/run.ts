import { parseArgs } from 'node:util';
import {
  calendarDate,
  fiscalYearOf,
  fiscalYearRange,
  formatFiscalYear,
  formatWareki,
  isoDate,
  MunikpiError,
  parseFiscalYear,
  parseWareki,
  today,
  VERSION,
} from '../index.js';

/** Where the CLI writes. Tests pass their own; the bin passes process.stdout and stderr. */
export interface CliIo {
  /** Writes to standard output. */
  stdout(text: string): void;
  /** Writes to standard error. */
  stderr(text: string): void;
}

const HELP = `munikpi ${VERSION}: progress management for Japanese municipal plans

Usage:
  munikpi today                    today's date, era date and fiscal year in Japan
  munikpi wareki <date-or-text>    2023-04-01 → 令和5年4月1日, 令和5年4月1日 → 2023-04-01
  munikpi fy <date-or-text>        the fiscal year of a date, or of a label such as R5

Options:
  -h, --help       show help
  -v, --version    show the version
`;

class UsageError extends Error {}

function todayFacts(): string {
  const date = today();
  const fiscalYear = fiscalYearOf(date);
  const range = fiscalYearRange(fiscalYear);
  return [
    `今日 (Japan time): ${isoDate(date)} ${formatWareki(date, { weekday: true })}`,
    `年度: ${formatFiscalYear(fiscalYear)} (${formatFiscalYear(fiscalYear, { style: 'fy' })}), ${isoDate(range.start)}..${isoDate(range.end)}`,
  ].join('\n');
}

function wareki(text: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatWareki(text);
  const parsed = parseWareki(text);
  if (parsed.precision === 'day') return isoDate(parsed.date);
  if (parsed.precision === 'month') return `${parsed.year}-${String(parsed.month).padStart(2, '0')}`;
  return String(parsed.year);
}

function fy(text: string): string {
  const fiscalYear = /^\d{4}-\d{2}-\d{2}$/.test(text)
    ? fiscalYearOf(calendarDate(text))
    : parseFiscalYear(text);
  return `${fiscalYear} ${formatFiscalYear(fiscalYear)} ${formatFiscalYear(fiscalYear, { style: 'fy' })}`;
}

/**
 * Runs the munikpi command line and returns its exit code: 0 success, 1 audit errors,
 * 2 usage or invalid input.
 *
 * @param argv - the arguments after the program name
 * @param io - where to write
 * @returns the exit code
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
    if (values.version === true) {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    const [command, ...rest] = positionals;
    if (values.help === true || command === undefined || command === 'help') {
      io.stdout(HELP);
      return 0;
    }
    const arg = (): string => {
      if (rest.length !== 1) throw new UsageError(`${command} takes one argument`);
      return rest[0] as string;
    };
    switch (command) {
      case 'today':
        io.stdout(`${todayFacts()}\n`);
        return 0;
      case 'wareki':
        io.stdout(`${wareki(arg())}\n`);
        return 0;
      case 'fy':
        io.stdout(`${fy(arg())}\n`);
        return 0;
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}; see munikpi --help`);
    }
  } catch (error) {
    if (error instanceof MunikpiError) {
      io.stderr(`munikpi: ${error.code}: ${error.message}\n`);
      return 2;
    }
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
      io.stderr(`munikpi: USAGE: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
