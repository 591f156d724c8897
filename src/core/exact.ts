/*
 * Exact arithmetic for KPI figures: every input is read into a fraction of big integers, every
 * calculation is a fraction, and a figure becomes decimal text only once, rounded by an explicit
 * mode. No float ever touches a figure a user reads.
 */
import { errorOf } from './errors.js';
import { notADecimal } from './messages/errors-en.js';

/** A fraction num/den of big integers with den > 0. Not reduced. @internal */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

/**
 * How a figure is rounded to its places. `five-down-six-up` is 五捨六入: only the first digit
 * past the last kept one decides (0–5 drop, 6–9 round away from zero), so 3.25 → 3.2, 3.26 → 3.3
 * and 3.251 → 3.2 (the digits after the first dropped one never count, unlike `half-down`,
 * which gives 3.3 because 3.251 is past the half).
 */
export type RoundingMode =
  | 'half-up'
  | 'half-down'
  | 'half-even'
  | 'five-down-six-up'
  | 'up'
  | 'down'
  | 'ceil'
  | 'floor';

/**
 * The rounding modes munikpi accepts.
 *
 * @example
 * import { ROUNDING_MODES } from 'munikpi';
 * ROUNDING_MODES[0]; // 'half-up'
 */
export const ROUNDING_MODES: readonly RoundingMode[] = Object.freeze([
  'half-up',
  'half-down',
  'half-even',
  'five-down-six-up',
  'up',
  'down',
  'ceil',
  'floor',
]);

const POW10: bigint[] = [1n];
/** 10^n as a bigint, cached. @internal */
export function pow10(n: number): bigint {
  for (let i = POW10.length; i <= n; i++) POW10[i] = (POW10[i - 1] as bigint) * 10n;
  return POW10[n] as bigint;
}

/** The largest power of ten munikpi reads in a number (1e400 and 1e-400 are refused). */
const MAX_EXPONENT = 400;
const MAX_TEXT = 200;
/**
 * The longest text of a Decimal: munikpi's own exact figures (a planned value to 4 places of a
 * target near 1e399) run to some 400 digits; magnitude and scale bound any Decimal read here.
 */
const MAX_DECIMAL_TEXT = 4 * MAX_EXPONENT;

/** A label for error messages, or a function that builds it (only when an error is thrown). */
export type Label = string | (() => string);

function invalid(input: unknown, what: Label): never {
  const label = typeof what === 'string' ? what : what();
  throw errorOf('INVALID_NUMBER', { notADecimal }, { label, input });
}

/** Reads decimal text: optional sign, digits with an optional point, optional exponent. */
function parseText(text: string, input: unknown, what: Label, maxLength = MAX_TEXT): Ratio {
  const end = text.length;
  if (end === 0 || end > maxLength) invalid(input, what);
  let i = 0;
  let negative = false;
  const first = text.charCodeAt(0);
  if (first === 0x2d || first === 0x2b) {
    negative = first === 0x2d;
    i = 1;
  }
  let digits = '';
  let fraction = 0;
  let seenPoint = false;
  let seenDigit = false;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      digits += text[i];
      seenDigit = true;
      if (seenPoint) fraction++;
    } else if (c === 0x2e && !seenPoint) {
      seenPoint = true;
    } else break;
  }
  if (!seenDigit) invalid(input, what);
  let exponent = 0;
  if (i < end) {
    const e = text.charCodeAt(i);
    if (e !== 0x65 && e !== 0x45) invalid(input, what);
    i++;
    let expNegative = false;
    const sign = text.charCodeAt(i);
    if (sign === 0x2d || sign === 0x2b) {
      expNegative = sign === 0x2d;
      i++;
    }
    if (i >= end) invalid(input, what);
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x30 || c > 0x39) invalid(input, what);
      exponent = exponent * 10 + (c - 0x30);
      if (exponent > 10_000) invalid(input, what);
    }
    if (expNegative) exponent = -exponent;
  }
  const scale = fraction - exponent;
  // The value's own exponent, from its first significant digit: 1e400 and 1e-400 are refused.
  const leading = digits.replace(/^0+/, '');
  const magnitude = leading === '' ? 0 : leading.length - 1 - scale;
  if (magnitude >= MAX_EXPONENT || magnitude <= -MAX_EXPONENT || scale >= 2 * MAX_EXPONENT)
    invalid(input, what);
  let num = BigInt(digits);
  if (negative) num = -num;
  return scale >= 0 ? { num, den: pow10(scale) } : { num: num * pow10(-scale), den: 1n };
}

interface DecimalLike {
  isFinite(): boolean;
  toString(): string;
  d: unknown;
  e: unknown;
  s: unknown;
}

function isDecimalLike(value: object): value is DecimalLike {
  const v = value as Partial<DecimalLike>;
  return typeof v.isFinite === 'function' && 'd' in v && 'e' in v && 's' in v;
}

const ONE = 1n;

/**
 * Reads a number, numeric string, bigint or Decimal exactly into a fraction.
 * @internal
 */
export function ratioOf(input: unknown, what: Label): Ratio {
  if (typeof input === 'number') {
    if (Number.isSafeInteger(input)) return { num: BigInt(input), den: ONE };
    if (!Number.isFinite(input)) invalid(input, what);
    // The shortest decimal text that reads back as this double: what the user wrote.
    return parseText(String(input), input, what);
  }
  if (typeof input === 'string') return parseText(input.trim(), input, what);
  if (typeof input === 'bigint') {
    if ((input < 0n ? -input : input).toString().length > MAX_EXPONENT) invalid(input, what);
    return { num: input, den: ONE };
  }
  if (typeof input === 'object' && input !== null && isDecimalLike(input)) {
    if (!input.isFinite()) invalid(input, what);
    return parseText(input.toString(), input, what, MAX_DECIMAL_TEXT);
  }
  return invalid(input, what);
}

/** a + b. @internal */
export function add(a: Ratio, b: Ratio): Ratio {
  return a.den === b.den
    ? { num: a.num + b.num, den: a.den }
    : { num: a.num * b.den + b.num * a.den, den: a.den * b.den };
}

/** a − b. @internal */
export function sub(a: Ratio, b: Ratio): Ratio {
  return a.den === b.den
    ? { num: a.num - b.num, den: a.den }
    : { num: a.num * b.den - b.num * a.den, den: a.den * b.den };
}

/** a × b. @internal */
export function mul(a: Ratio, b: Ratio): Ratio {
  return { num: a.num * b.num, den: a.den * b.den };
}

/** a ÷ b; b must not be zero. @internal */
export function div(a: Ratio, b: Ratio): Ratio {
  return b.num < 0n
    ? { num: -a.num * b.den, den: -b.num * a.den }
    : { num: a.num * b.den, den: b.num * a.den };
}

/** −a. @internal */
export function neg(a: Ratio): Ratio {
  return { num: -a.num, den: a.den };
}

/** Compares a and b: −1, 0 or 1. @internal */
export function cmp(a: Ratio, b: Ratio): number {
  if (a.den === b.den) return a.num < b.num ? -1 : a.num > b.num ? 1 : 0;
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * The double nearest a/b, for deciding comparisons without big-integer arithmetic; NaN when it
 * would not be close enough to trust (beyond ±2^1023, or so small it loses precision), which
 * sends {@link cmpNear} to the exact comparison.
 * @internal
 */
export function nearOf(a: Ratio): number {
  if (a.num === 0n) return 0;
  // Number(bigint) and the division each round to nearest: the result is within 3·2^-53 of
  // a/b relatively, unless a part overflows to Infinity or the quotient is subnormal.
  const f = Number(a.num) / Number(a.den);
  return Number.isFinite(f) && (f >= 1e-290 || f <= -1e-290) ? f : Number.NaN;
}

/**
 * The relative distance beyond which two near doubles are surely ordered as the fractions they
 * stand for: each is within 3.4e-16 of its fraction, relatively, so 1e-14 leaves a wide margin.
 */
const APART = 1e-14;

/**
 * Compares a and b like {@link cmp}, given fa = nearOf(a) and fb = nearOf(b): decided on the
 * doubles when they are clearly apart, else (close, or NaN) by exact arithmetic. Always the
 * exact answer.
 * @internal
 */
export function cmpNear(a: Ratio, fa: number, b: Ratio, fb: number): number {
  const d = fa - fb;
  const apart = APART * (Math.abs(fa) + Math.abs(fb));
  if (d > apart) return 1;
  if (d < -apart) return -1;
  return cmp(a, b);
}

/** Whether a is zero. @internal */
export function isZero(a: Ratio): boolean {
  return a.num === 0n;
}

/** The fraction of whole numbers. @internal */
export function ratio(num: number | bigint, den: number | bigint = 1): Ratio {
  return { num: BigInt(num), den: BigInt(den) };
}

/**
 * The decimal places a/b needs to be written exactly, or -1 when it never terminates (its
 * reduced denominator has a prime factor other than 2 and 5).
 */
function exactPlaces(r: Ratio): number {
  const text = r.den.toString();
  if (/^10*$/.test(text)) {
    // A power of ten, as every figure read from text is: trailing zeros of the numerator shorten it.
    let places = text.length - 1;
    let num = r.num;
    while (places > 0 && num % 10n === 0n) {
      num /= 10n;
      places--;
    }
    return places;
  }
  for (let places = 0; places <= 2 * MAX_EXPONENT; places++) {
    if ((r.num * pow10(places)) % r.den === 0n) return places;
  }
  return -1;
}

/**
 * The fraction as decimal text rounded to `places` by `mode`, without trailing zeros. With
 * `places` null, the exact decimal when it terminates, else rounded half-up to 40 places.
 * @internal
 */
export function toDecimalText(r: Ratio, places: number | null, mode: RoundingMode): string {
  let p = places;
  let m = mode;
  if (p === null) {
    p = exactPlaces(r);
    if (p === -1) {
      p = 40;
      m = 'half-up';
    }
  }
  const scaled = r.num * pow10(p);
  const negative = scaled < 0n;
  const abs = negative ? -scaled : scaled;
  let q = abs / r.den;
  const rem = abs % r.den;
  if (rem !== 0n) {
    const twice = rem * 2n;
    let up: boolean;
    switch (m) {
      case 'up':
        up = true;
        break;
      case 'down':
        up = false;
        break;
      case 'ceil':
        up = !negative;
        break;
      case 'floor':
        up = negative;
        break;
      case 'half-up':
        up = twice >= r.den;
        break;
      case 'half-down':
        up = twice > r.den;
        break;
      case 'five-down-six-up':
        // 五捨六入: the first dropped digit alone decides.
        up = (rem * 10n) / r.den >= 6n;
        break;
      default:
        up = twice > r.den || (twice === r.den && q % 2n === 1n);
    }
    if (up) q += 1n;
  }
  let digits = q.toString();
  if (p > 0) {
    digits = digits.padStart(p + 1, '0');
    digits = `${digits.slice(0, -p)}.${digits.slice(-p)}`.replace(/\.?0+$/, '');
  }
  return negative && q !== 0n ? `-${digits}` : digits;
}
