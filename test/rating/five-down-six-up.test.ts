import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundFigure } from '../../src/index.js';

/**
 * 五捨六入 restated on the digits: keep `places` decimals, then add one unit of the last kept
 * place (away from zero) when the first dropped digit is 6 or more. Nothing after that digit counts.
 */
function fiveDownSixUp(text: string, places: number): string {
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const padded = fraction.padEnd(places + 1, '0');
  const kept = BigInt(`${whole}${padded.slice(0, places)}`);
  const first = Number(padded[places]);
  const rounded = first >= 6 ? kept + 1n : kept;
  let digits = rounded.toString().padStart(places + 1, '0');
  if (places > 0) digits = `${digits.slice(0, -places)}.${digits.slice(-places)}`.replace(/\.?0+$/, '');
  return negative && rounded !== 0n ? `-${digits}` : digits;
}

const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

describe('five-down-six-up (五捨六入)', () => {
  it('drops a first digit of 5 and rounds a 6 up: 3.25 → 3.2, 3.26 → 3.3', () => {
    expect(roundFigure('3.25', 1, 'five-down-six-up').toString()).toBe('3.2');
    expect(roundFigure('3.26', 1, 'five-down-six-up').toString()).toBe('3.3');
    expect(roundFigure('-3.26', 1, 'five-down-six-up').toString()).toBe('-3.3');
  });

  it('reads only the first dropped digit: 3.251 → 3.2, where half-down gives 3.3', () => {
    expect(roundFigure('3.251', 1, 'five-down-six-up').toString()).toBe('3.2');
    expect(roundFigure('3.2599', 1, 'five-down-six-up').toString()).toBe('3.2');
    expect(roundFigure('3.251', 1, 'half-down').toString()).toBe('3.3');
  });

  it('rounds 健康日本21 means as its report does: (2 + 4 + 2) / 3 → 2.7', () => {
    // 2.666…: the first dropped digit is 6.
    expect(roundFigure('2.6666666666', 1, 'five-down-six-up').toString()).toBe('2.7');
  });

  it('agrees with the digit rule restated, on generated figures', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        digits(1, 6),
        digits(0, 8),
        fc.integer({ min: 0, max: 6 }),
        (negative, whole, fraction, places) => {
          const text = `${negative ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`;
          expect(roundFigure(text, places, 'five-down-six-up').toString()).toBe(fiveDownSixUp(text, places));
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
