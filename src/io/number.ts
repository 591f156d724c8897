/*
 * Figures as clerks type them into cells, read exactly into decimal strings.
 */

import { errorOf, type MunikpiError, optionsOf } from '../core/errors.js';
import { type NumberProblem, notANumberCell, notTextFor, notTextNamed } from '../core/messages/errors-en.js';

/** Options for {@link parseNumberCell}. */
export interface ParseNumberCellOptions {
  /** The KPI's unit (`施設`, `件`): also accepted after the figure, as in `48施設`. */
  readonly unit?: string;
}

/**
 * A figure read from a cell: the plain decimal and the unit mark written with it.
 * @internal
 */
export interface CellNumber {
  /** A plain decimal string: `604701094`, `-5`, `73.9`. */
  readonly value: string;
  /** The unit written after the figure (`%`, `円`, or the KPI's unit), or null. */
  readonly unit: string | null;
}

/**
 * Marks that mean "no value": empty, dashes, and the bars clerks type for them.
 * @internal
 */
export const NO_VALUE_MARKS: ReadonlySet<string> = new Set([
  '',
  '-',
  '－',
  '―',
  '—',
  '–',
  '‐',
  '−',
  'ー',
  '--',
]);
/** Japanese accounting marks for a negative figure. */
const NEGATIVE_MARKS = new Set(['▲', '△', '-', '−', '－', '‐', '–']);
const PLAIN = /^(\d+)(\.\d+)?$|^\.(\d+)$/;
const GROUPED = /^(\d{1,3}(?:,\d{3})+)(\.\d+)?$/;

/** Removes leading zeros and trailing fraction zeros: `073.90` → `73.9`, `-0` → `0`. */
function canonical(negative: boolean, whole: string, fraction: string): string {
  const w = whole.replace(/^0+(?=\d)/, '') || '0';
  const f = fraction.replace(/0+$/, '');
  const body = f === '' ? w : `${w}.${f}`;
  return negative && body !== '0' ? `-${body}` : body;
}

function notANumber(input: string, why: NumberProblem): MunikpiError {
  return errorOf('INVALID_NUMBER', { notANumberCell }, { input, why });
}

/** Splits the unit mark off the end: `%`, `円`, the KPI's unit. */
function splitUnit(text: string, unit: string | undefined): [string, string | null] {
  const marks = ['%', '円', ...(unit === undefined || unit.trim() === '' ? [] : [unit.normalize('NFKC')])];
  for (const mark of marks.sort((a, b) => b.length - a.length)) {
    if (text.length > mark.length && text.endsWith(mark)) return [text.slice(0, -mark.length), mark];
  }
  return [text, null];
}

/**
 * Reads a figure with its unit mark, or null for "no value".
 * @internal
 */
export function readCellNumber(text: string, options: ParseNumberCellOptions = {}): CellNumber | null {
  if (options.unit !== undefined && typeof options.unit !== 'string') {
    throw errorOf('INVALID_OPTION', { notTextNamed }, { name: 'unit', input: options.unit });
  }
  if (typeof text !== 'string') {
    throw errorOf('INVALID_ARGUMENT', { notTextFor }, { what: 'parseNumberCell', input: text });
  }
  const trimmed = text.trim();
  if (NO_VALUE_MARKS.has(trimmed)) return null;
  // NFKC turns full-width digits, ．, ，, ％ and ￥ into their ASCII forms.
  let rest = trimmed.normalize('NFKC').replace(/\s+/g, '');
  if (NO_VALUE_MARKS.has(rest)) return null;
  let negative = false;
  const first = rest.charAt(0);
  if (NEGATIVE_MARKS.has(first) || first === '+') {
    negative = first !== '+';
    rest = rest.slice(1);
  }
  if (rest.startsWith('¥') || rest.startsWith('\\')) rest = rest.slice(1);
  const [figure, unit] = splitUnit(rest, options.unit);
  const plain = PLAIN.exec(figure);
  if (plain !== null) {
    const whole = plain[1] ?? '0';
    const fraction = (plain[2] ?? (plain[3] === undefined ? '' : `.${plain[3]}`)).slice(1);
    return { value: canonical(negative, whole, fraction), unit };
  }
  const grouped = GROUPED.exec(figure);
  if (grouped !== null) {
    return {
      value: canonical(negative, (grouped[1] ?? '').replaceAll(',', ''), (grouped[2] ?? '').slice(1)),
      unit,
    };
  }
  if (/^\d[\d,]*(\.\d+)?$/.test(figure)) throw notANumber(text, 'grouping');
  throw notANumber(text, 'shape');
}

/**
 * Reads a figure as clerks type it into a cell, exactly, into a plain decimal string: grouping
 * commas (`604,701,094`), a `円` or `%` after the figure (or the KPI's unit, `48施設`), a `¥`
 * before it, full-width digits and signs (`７３．９％`), and the Japanese negative marks `▲` and
 * `△` (as well as `-` and `−`). Empty cells and dashes (`―`, `-`, `－`, `ー`) mean no value. A
 * percentage stays in percent: `73.9%` → `'73.9'`. No floating point is involved.
 *
 * @param text - the cell's text
 * @param options - `unit`: the KPI's unit, also accepted after the figure
 * @returns the figure as a plain decimal string, or null for no value
 * @throws {MunikpiError} `INVALID_NUMBER` for anything else (`約5`, `1,00`, `5億`); `INVALID_ARGUMENT` for non-text
 *
 * @example
 * import { parseNumberCell } from 'munikpi/io';
 * parseNumberCell('604,701,094円'); // '604701094'
 * parseNumberCell('７３．９％'); // '73.9'
 * parseNumberCell('▲5'); // '-5'
 * parseNumberCell('48施設', { unit: '施設' }); // '48'
 * parseNumberCell('―'); // null
 */
export function parseNumberCell(text: string, options?: ParseNumberCellOptions): string | null {
  return readCellNumber(text, optionsOf(options))?.value ?? null;
}

/**
 * The exact decimal text of a number stored in a spreadsheet cell: the shortest text that
 * reads back as the same double, without an exponent.
 * `percent` shifts the point two places for cells formatted as percentages (0.739 → 73.9).
 * @internal
 */
export function numberText(value: number, percent = false): string {
  let text = String(value);
  let negative = false;
  if (text.startsWith('-')) {
    negative = true;
    text = text.slice(1);
  }
  let [mantissa = '0', exponentText] = text.split('e');
  let exponent = exponentText === undefined ? 0 : Number(exponentText);
  if (percent) exponent += 2;
  const [whole = '0', fraction = ''] = mantissa.split('.');
  let digits = whole + fraction;
  let point = whole.length + exponent;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  mantissa = digits;
  return canonical(negative, mantissa.slice(0, point), mantissa.slice(point));
}
