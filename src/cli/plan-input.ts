import { MunikpiError, type MunikpiIssue } from '../core/errors.js';
import { cliWordsFor } from '../core/messages/cli.js';
import type { Plan } from '../index.js';
import { type ImportResult, importPlan, parseMapping } from '../io/index.js';
import { parsePlan, validatePlan } from '../schema/index.js';
import type { Invocation } from './command.js';
import { encodingArg, limitsArg, PLAN_FIELD_NAMES, readArg, usage } from './shared.js';
import { decodeInput } from './text.js';

/** How a plan file is written: a plan JSON, or a spreadsheet for importPlan. @internal */
export type PlanFileFormat = 'json' | 'spreadsheet';

/**
 * A plan file's format, from its content: a zip archive (`PK\x03\x04`, an .xlsx) or an OLE file
 * is a spreadsheet; text that opens with `{` or `[` (after a BOM and blanks), or nothing at all,
 * is JSON; a `.json` name is JSON too; anything else is CSV (a spreadsheet).
 * @internal
 */
export function planFileFormat(bytes: Uint8Array, name: string): PlanFileFormat {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (zip || ole) return 'spreadsheet';
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[i] as number)) i++;
  if (i === bytes.length || bytes[i] === 0x7b || bytes[i] === 0x5b) return 'json';
  return /\.json$/i.test(name) ? 'json' : 'spreadsheet';
}

/** Refuses the spreadsheet-only plan flags for a plan JSON, which carries those fields itself. */
function refusePlanFields(invocation: Invocation, file: string, alsoFy: boolean): void {
  const names = alsoFy ? [...PLAN_FIELD_NAMES, 'fy'] : PLAN_FIELD_NAMES;
  const given = names.find((name) => invocation.args.has(name));
  if (given !== undefined) {
    usage(cliWordsFor(invocation.lang).cliHelp.forSpreadsheet(`--${given}`, file));
  }
}

/** Imports a spreadsheet with the plan flags, as `munikpi import` does. @internal */
export async function importSpreadsheet(
  bytes: Uint8Array,
  file: string,
  invocation: Invocation,
): Promise<ImportResult> {
  const { args } = invocation;
  const mapFile = args.text('map');
  const mapping =
    mapFile === undefined
      ? undefined
      : parseMapping(decodeInput(await readArg(mapFile, invocation), 'auto', mapFile));
  const fields: Record<string, string> = {};
  for (const [flag, key] of [
    ['id', 'id'],
    ['municipality', 'municipality'],
    ['title', 'title'],
    ['period', 'period'],
    ['fy', 'fiscalYear'],
    ['scale', 'scale'],
  ] as const) {
    const value = args.text(flag);
    if (value !== undefined) fields[key] = value;
  }
  return importPlan(bytes, {
    fileName: file === '-' ? 'stdin' : file,
    encoding: encodingArg(args),
    plan: fields,
    allowOverflow: args.flag('allow-overflow'),
    limits: limitsArg(args),
    lang: invocation.lang,
    ...(mapping === undefined ? {} : { mapping }),
  });
}

/** A plan read from any format, with the importer's warnings. @internal */
export interface LoadedPlan {
  readonly plan: Plan;
  readonly warnings: readonly string[];
}

/**
 * Reads a plan from a plan JSON, an .xlsx or a CSV file (or stdin), the format decided from
 * its content. `--fy` is the report's year for both, and the table's year for a spreadsheet.
 * @internal
 */
export async function loadPlan(file: string, invocation: Invocation): Promise<LoadedPlan> {
  const bytes = await readArg(file, invocation);
  if (planFileFormat(bytes, file) === 'spreadsheet') return importSpreadsheet(bytes, file, invocation);
  refusePlanFields(invocation, file, false);
  const text = decodeInput(bytes, encodingArg(invocation.args), file);
  return { plan: parsePlan(text, { maxBytes: Number(invocation.args.text('max-bytes')) }), warnings: [] };
}

/** What `munikpi validate` found: the plan, or every problem. @internal */
export type PlanCheck =
  | { readonly ok: true; readonly plan: Plan; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly issues: readonly MunikpiIssue[] };

/**
 * Checks a plan file of any format: every problem, with its path (and for a spreadsheet, its
 * cell), rather than the first.
 * @internal
 */
export async function checkPlan(file: string, invocation: Invocation): Promise<PlanCheck> {
  const bytes = await readArg(file, invocation);
  if (planFileFormat(bytes, file) === 'spreadsheet') {
    try {
      const { plan, warnings } = await importSpreadsheet(bytes, file, invocation);
      return { ok: true, plan, warnings };
    } catch (error) {
      if (error instanceof MunikpiError && error.code === 'IMPORT_FAILED' && error.issues.length > 0) {
        return { ok: false, issues: error.issues };
      }
      throw error;
    }
  }
  refusePlanFields(invocation, file, true);
  const text = decodeInput(bytes, encodingArg(invocation.args), file);
  const result = validatePlan(text, {
    maxBytes: Number(invocation.args.text('max-bytes')),
    lang: invocation.lang,
  });
  return result.ok ? { ok: true, plan: result.plan, warnings: [] } : { ok: false, issues: result.issues };
}
