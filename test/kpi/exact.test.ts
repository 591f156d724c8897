/*
 * Reading figures and rounding them: munikpi's own exact arithmetic, checked against decimal.js
 * as an oracle on generated decimal text, every rounding mode and the ties between two steps,
 * and at the limits it documents (text of 200 characters, powers of ten up to 1e±399).
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatKpiValue,
  ROUNDING_MODES,
  type RoundingMode,
  roundFigure,
  toDecimal,
} from '../../src/index.js';
import { errorCode } from '../helpers.js';

// decimal.js has no 五捨六入 (five-down-six-up): test/rating/five-down-six-up.test.ts checks it.
type DecimalJsMode = Exclude<RoundingMode, 'five-down-six-up'>;
const DECIMAL_MODE: Readonly<Record<DecimalJsMode, Decimal.Rounding>> = {
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
  'half-up': Decimal.ROUND_HALF_UP,
  'half-down': Decimal.ROUND_HALF_DOWN,
  'half-even': Decimal.ROUND_HALF_EVEN,
};
const DECIMAL_JS_MODES = ROUNDING_MODES.filter((mode): mode is DecimalJsMode => mode in DECIMAL_MODE);

const digits = (max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: max });

/** Decimal text as people and spreadsheets write it: sign, digits, point, exponent. */
const decimalText = (maxExponent: number) =>
  fc
    .record({
      sign: fc.constantFrom('', '-', '+'),
      whole: digits(25),
      fraction: fc.option(digits(25), { nil: undefined }),
      exponent: fc.option(
        fc.record({
          e: fc.constantFrom('e', 'E'),
          sign: fc.constantFrom('', '+', '-'),
          value: fc.integer({ min: 0, max: maxExponent }),
        }),
        { nil: undefined },
      ),
    })
    .filter(({ whole, fraction }) => /\d/.test(whole + (fraction ?? '')))
    .map(
      ({ sign, whole, fraction, exponent }) =>
        `${sign}${whole}${fraction === undefined ? '' : `.${fraction}`}${
          exponent === undefined ? '' : `${exponent.e}${exponent.sign}${exponent.value}`
        }`,
    );

/** A value exactly halfway between two steps of `places` decimals, as text. */
const tie = fc
  .record({ n: fc.integer({ min: -1_000_000, max: 1_000_000 }), places: fc.integer({ min: 0, max: 6 }) })
  .map(({ n, places }) => ({
    text: new Decimal(n * 10 + 5).div(new Decimal(10).pow(places + 1)).toFixed(),
    places,
  }));

describe('toDecimal reads decimal text exactly', () => {
  it('agrees with decimal.js on every generated text', () => {
    fc.assert(
      fc.property(decimalText(350), (text) => {
        expect(toDecimal(text).toFixed()).toBe(new Decimal(text).toFixed());
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads numbers, bigints and Decimals to the same value', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (n) => {
        expect(toDecimal(n).toFixed()).toBe(new Decimal(String(n)).toFixed());
      }),
    );
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), (n) => {
        expect(toDecimal(n).toFixed()).toBe(n.toString());
        expect(toDecimal(new Decimal(n.toString())).toFixed()).toBe(n.toString());
      }),
    );
  });

  it('keeps trailing zeros out and the sign of zero away', () => {
    expect(toDecimal('120.500').toString()).toBe('120.5');
    expect(toDecimal('-0.000').toString()).toBe('0');
    expect(toDecimal('-0').isNegative()).toBe(false);
    expect(toDecimal('0012.50e1').toString()).toBe('125');
    expect(toDecimal('5.').toString()).toBe('5');
    expect(toDecimal('.5').toString()).toBe('0.5');
    expect(toDecimal('+7').toString()).toBe('7');
    expect(toDecimal('-1.5E+2').toString()).toBe('-150');
  });

  it('reads powers of ten up to 1e±399 and refuses 1e±400', () => {
    expect(toDecimal('1e399').toFixed()).toBe(`1${'0'.repeat(399)}`);
    expect(toDecimal('9.99e399').toFixed()).toBe(`999${'0'.repeat(397)}`);
    expect(toDecimal('1e-399').toFixed()).toBe(`0.${'0'.repeat(398)}1`);
    expect(toDecimal('-1e-399').toFixed()).toBe(`-0.${'0'.repeat(398)}1`);
    for (const text of ['1e400', '10e399', '1e-400', '0.1e-399', '-1e400']) {
      expect(
        errorCode(() => toDecimal(text)),
        text,
      ).toBe('INVALID_NUMBER');
    }
    expect(toDecimal(10n ** 399n).toFixed()).toBe(`1${'0'.repeat(399)}`);
    expect(toDecimal(-(10n ** 399n)).toFixed()).toBe(`-1${'0'.repeat(399)}`);
    expect(errorCode(() => toDecimal(10n ** 400n))).toBe('INVALID_NUMBER');
    expect(errorCode(() => toDecimal(-(10n ** 400n)))).toBe('INVALID_NUMBER');
  });

  it('reads text of up to 200 characters', () => {
    expect(toDecimal('1'.repeat(200)).toFixed()).toBe('1'.repeat(200));
    expect(toDecimal(`0.${'5'.repeat(198)}`).toFixed()).toBe(`0.${'5'.repeat(198)}`);
    expect(errorCode(() => toDecimal('1'.repeat(201)))).toBe('INVALID_NUMBER');
  });

  it('refuses text that is not a decimal number', () => {
    for (const text of [
      '',
      '-',
      '+',
      '.',
      '-.',
      'e5',
      '1e',
      '1e+',
      '1e-',
      '1E5.5',
      '1.2.3',
      '--1',
      '+-1',
      '1-',
      '1x',
      '0x10',
      '1,000',
      '１２',
      'Infinity',
      'NaN',
      '1e5e5',
      '1 000',
    ]) {
      expect(
        errorCode(() => toDecimal(text)),
        JSON.stringify(text),
      ).toBe('INVALID_NUMBER');
    }
  });

  it('refuses non-finite numbers and Decimals, and objects that only look like Decimals', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(errorCode(() => toDecimal(value))).toBe('INVALID_NUMBER');
    }
    expect(errorCode(() => toDecimal(new Decimal(Number.NaN)))).toBe('INVALID_NUMBER');
    expect(errorCode(() => toDecimal(new Decimal(Number.POSITIVE_INFINITY)))).toBe('INVALID_NUMBER');
    for (const fake of [{ d: [1], e: 0, s: 1 }, { isFinite: () => true, d: [1], e: 0 }, {}]) {
      expect(errorCode(() => toDecimal(fake as never))).toBe('INVALID_NUMBER');
    }
  });
});

describe('roundFigure rounds exactly, by every mode', () => {
  it('agrees with decimal.js toDecimalPlaces on generated values', () => {
    fc.assert(
      fc.property(
        decimalText(12),
        fc.integer({ min: 0, max: 20 }),
        fc.constantFrom(...DECIMAL_JS_MODES),
        (text, places, mode) => {
          expect(roundFigure(text, places, mode).toFixed()).toBe(
            new Decimal(text).toDecimalPlaces(places, DECIMAL_MODE[mode]).toFixed(),
          );
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('agrees with decimal.js on every tie, by every mode', () => {
    fc.assert(
      fc.property(tie, fc.constantFrom(...DECIMAL_JS_MODES), ({ text, places }, mode) => {
        expect(roundFigure(text, places, mode).toFixed()).toBe(
          new Decimal(text).toDecimalPlaces(places, DECIMAL_MODE[mode]).toFixed(),
        );
      }),
      { numRuns: 2_000 },
    );
  });

  it('rounds the halves of the Kodaira report as a person would', () => {
    // 41.875 (電子決裁率 progress before rounding) and its neighbours.
    const cases: [string, RoundingMode, string][] = [
      ['41.875', 'half-up', '41.88'],
      ['41.875', 'half-down', '41.87'],
      ['41.875', 'half-even', '41.88'],
      ['41.865', 'half-even', '41.86'],
      ['41.871', 'half-down', '41.87'],
      ['41.876', 'half-down', '41.88'],
      ['41.871', 'up', '41.88'],
      ['41.879', 'down', '41.87'],
      ['-41.871', 'ceil', '-41.87'],
      ['-41.871', 'floor', '-41.88'],
      ['41.871', 'ceil', '41.88'],
      ['41.879', 'floor', '41.87'],
      ['-41.875', 'half-up', '-41.88'],
      ['-41.875', 'half-down', '-41.87'],
      ['-0.004', 'half-up', '0'],
      ['-0.004', 'floor', '-0.01'],
      ['41.87', 'up', '41.87'],
    ];
    for (const [text, mode, expected] of cases) {
      expect(roundFigure(text, 2, mode).toString(), `${text} ${mode}`).toBe(expected);
    }
  });
});

describe('formatKpiValue writes every digit of the figure', () => {
  it('keeps exact decimals whole', () => {
    expect(formatKpiValue('604701094', '円')).toBe('604,701,094円');
    expect(formatKpiValue('0.000001', '%')).toBe('0.000001%');
    expect(formatKpiValue('73.90', '%')).toBe('73.9%');
    expect(formatKpiValue('-5', '件')).toBe('-5件');
  });
});
