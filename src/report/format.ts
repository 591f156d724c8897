import type { Decimal } from 'decimal.js';
import { eastAsianWidth } from 'get-east-asian-width';
import { errorOf, flagOption, optionsOf } from '../core/errors.js';
import { notTextNamed } from '../core/messages/errors-en.js';
import { groupDigits } from '../kpi/format.js';
import type { RoundingMode } from '../kpi/index.js';
import { type DecimalInput, roundFigure, toDecimal } from '../kpi/index.js';

/** Options for {@link formatYen}. */
export interface FormatYenOptions {
  /** Write in 万 and 億 (and 兆) units: `6億470万1,094円`. Default false: `604,701,094円`. */
  readonly units?: boolean;
  /** Write `¥604,701,094` instead of `604,701,094円`. Ignored with `units`. Default false. */
  readonly symbol?: boolean;
}

const UNITS = ['', '万', '億', '兆', '京'];

/**
 * An amount of money in yen, grouped by thousands (`604,701,094円`), or in the 万/億 units
 * Japanese documents use (`6億470万1,094円`). Exact: no float on the way.
 *
 * @param value - the amount
 * @param options - `units` for 万/億, `symbol` for ¥
 * @returns the amount as text
 * @throws {MunikpiError} `INVALID_NUMBER` for a value that is not a finite decimal
 *
 * @example
 * import { formatYen } from 'munikpi/report';
 * formatYen(604701094); // '604,701,094円'
 * formatYen(604701094, { units: true }); // '6億470万1,094円'
 * formatYen(20000000, { units: true }); // '2,000万円'
 * formatYen(604701094, { symbol: true }); // '¥604,701,094'
 */
export function formatYen(value: DecimalInput, options?: FormatYenOptions): string {
  const text = toDecimal(value).toFixed();
  options = optionsOf(options);
  const units = flagOption(options.units, 'units', false);
  const symbol = flagOption(options.symbol, 'symbol', false);
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const [int = '0', frac] = body.split('.');
  const sign = negative ? '-' : '';
  const fraction = frac === undefined ? '' : `.${frac}`;
  if (!units) {
    return symbol ? `${sign}¥${groupDigits(int)}${fraction}` : `${sign}${groupDigits(int)}${fraction}円`;
  }
  const groups: string[] = [];
  for (let end = int.length; end > 0; end -= 4) groups.unshift(int.slice(Math.max(0, end - 4), end));
  if (groups.length > UNITS.length) return `${sign}${groupDigits(int)}${fraction}円`;
  let out = '';
  groups.forEach((group, i) => {
    const n = Number(group);
    const unit = UNITS[groups.length - 1 - i] as string;
    if (n !== 0) out += `${groupDigits(String(n))}${unit}`;
  });
  if (out === '') out = '0';
  // A fraction belongs to the last group, which has no unit.
  return `${sign}${out}${fraction}円`;
}

/** Options for {@link formatPercent}. */
export interface FormatPercentOptions {
  /** Decimal places; default 1. */
  readonly places?: number;
  /** How to round; default `half-up`. */
  readonly rounding?: RoundingMode;
  /** Keep trailing zeros to `places` (41.80%); default true. */
  readonly fixed?: boolean;
}

/**
 * A percentage with the chosen places: `41.88%`.
 *
 * @param value - the percentage (41.88 for 41.88 %)
 * @param options - places, rounding and whether to keep trailing zeros
 * @returns the percentage as text
 *
 * @example
 * import { formatPercent } from 'munikpi/report';
 * formatPercent('41.8772', { places: 2 }); // '41.88%'
 * formatPercent(84, { places: 1 }); // '84.0%'
 * formatPercent(84, { places: 1, fixed: false }); // '84%'
 */
export function formatPercent(value: DecimalInput, options?: FormatPercentOptions): string {
  options = optionsOf(options);
  const places = options.places ?? 1;
  const fixed = flagOption(options.fixed, 'fixed', true);
  const rounded: Decimal = roundFigure(value, places, options.rounding ?? 'half-up');
  return `${fixed ? rounded.toFixed(places) : rounded.toFixed()}%`;
}

/**
 * The width of text in a terminal: East Asian wide and full-width characters (漢字, かな,
 * full-width letters) count 2, others 1, by Unicode's East Asian Width (via get-east-asian-width).
 * Control characters count 0.
 *
 * @param text - the text
 * @returns its display width in columns
 *
 * @example
 * import { displayWidth } from 'munikpi/report';
 * displayWidth('電子決裁率'); // 10
 * displayWidth('R5'); // 2
 */
export function displayWidth(text: string): number {
  if (typeof text !== 'string') {
    throw errorOf('INVALID_ARGUMENT', { notTextNamed }, { name: 'displayWidth', input: text });
  }
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0x300 && code <= 0x36f) || code === 0x200b)
      continue;
    width += eastAsianWidth(code);
  }
  return width;
}

/**
 * Pads text with spaces to a display width, on the right (or the left for `align: 'right'`).
 * @internal
 */
export function padDisplay(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const pad = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? pad + text : text + pad;
}
