import type { DecimalInput } from '../core/decimal.js';
import { fail } from '../core/errors.js';
import { ratioOf, toDecimalText } from '../core/exact.js';
import { notAUnitKind } from '../core/messages/errors-en.js';
import { UNIT_KINDS, unitKindOf } from './compile.js';
import type { UnitKind } from './types.js';

/**
 * Groups the integer part of decimal text in threes: `604701094` → `604,701,094`.
 * @internal
 */
export function groupDigits(text: string): string {
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const point = body.indexOf('.');
  const int = point === -1 ? body : body.slice(0, point);
  const frac = point === -1 ? '' : body.slice(point);
  let grouped = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) grouped += ',';
    grouped += int[i];
  }
  return (negative ? '-' : '') + grouped + frac;
}

/**
 * A KPI value with its unit, as a report prints it: `73.9%`, `604,701,094円`, `4団体`.
 * Money and counts are grouped by thousands.
 *
 * @param value - the value
 * @param unit - the unit as written
 * @param unitKind - what the unit measures; inferred from `unit` when absent
 * @returns the value and unit as text
 *
 * @example
 * import { formatKpiValue, toDecimal } from 'munikpi';
 * formatKpiValue(toDecimal('604701094'), '円'); // '604,701,094円'
 * formatKpiValue(toDecimal('73.9'), '%'); // '73.9%'
 */
export function formatKpiValue(value: DecimalInput, unit: string, unitKind?: UnitKind): string {
  const kind = unitKind ?? unitKindOf(unit);
  if (!UNIT_KINDS.includes(kind))
    fail('INVALID_OPTION', { notAUnitKind }, { input: kind, kinds: UNIT_KINDS });
  // Exact text of any finite figure: a Decimal, a number or a numeric string.
  const text = toDecimalText(ratioOf(value, 'formatKpiValue'), null, 'half-up');
  return `${kind === 'money' || kind === 'count' ? groupDigits(text) : text}${unit}`;
}
