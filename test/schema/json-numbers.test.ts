import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kodairaFy2023 } from '../../src/data/kodaira-fy2023.js';
import { MunikpiError } from '../../src/index.js';
import { parsePlan, readJson } from '../../src/schema/index.js';

/** The error readJson throws for a text, or null. */
function refusal(text: string): MunikpiError | null {
  try {
    readJson(text);
    return null;
  } catch (error) {
    if (error instanceof MunikpiError) return error;
    throw error;
  }
}

describe('readJson reads numbers exactly or refuses them', () => {
  it('refuses a number with more than 15 significant digits, naming its path, with a hint', () => {
    const error = refusal('{"programs": [{"budget": 12345678901234567890}]}');
    expect(error?.code).toBe('INVALID_NUMBER');
    expect(error?.issues).toHaveLength(1);
    expect(error?.issues[0]?.path).toBe('programs[0].budget');
    expect(error?.message).toContain('12345678901234567890');
    expect(error?.message).toContain('write it as a string ("12345678901234567890")');
  });

  it('refuses what a double cannot hold: 1e400 (Infinity), 1e-400 (zero), a subnormal that loses digits', () => {
    for (const [text, path] of [
      ['[1, 1e400]', '[1]'],
      ['{"a": {"b": -1e400}}', 'a.b'],
      ['{"v": 1e-400}', 'v'],
      ['{"v": 1.2345678e-320}', 'v'],
      ['1E+309', '(document)'],
    ] as const) {
      const error = refusal(text);
      expect(error?.code, text).toBe('INVALID_NUMBER');
      expect(error?.issues[0]?.path, text).toBe(path);
    }
  });

  it('keeps the same digits as a string, exactly', () => {
    expect(readJson('{"a": "12345678901234567890", "b": "1e-400"}')).toEqual({
      a: '12345678901234567890',
      b: '1e-400',
    });
  });

  it('reads every number of up to 15 significant digits, and zeros of any length', () => {
    expect(readJson('[604701094, 73.9, -16.1, 0.000, -0, 1e21, 5e-324, 1.79769313486231e308]')).toEqual([
      604701094, 73.9, -16.1, 0, -0, 1e21, 5e-324, 1.79769313486231e308,
    ]);
    expect(refusal('[123456789012345, 100000000000000000000000, 0.000000000000000000001]')).toBeNull();
  });

  it('reads every double written as JavaScript writes it with at most 15 digits', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const text = JSON.stringify(x);
        const digits = text
          .replace(/^-/, '')
          .replace(/e.*$/, '')
          .replace('.', '')
          .replace(/^0+/, '')
          .replace(/0+$/, '');
        const error = refusal(text);
        return digits.length > 15
          ? error?.code === 'INVALID_NUMBER'
          : error === null && Object.is(readJson(text), x === 0 ? 0 : x);
      }),
    );
  });

  it('refuses any integer that JSON.parse would read as another number', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 10n ** 14n, max: 10n ** 30n }), (n) => {
        const text = `{"n": ${n}}`;
        // munikpi reads a number by its shortest decimal text, as JavaScript writes it.
        const lossy = !new Decimal(String(JSON.parse(text).n)).eq(n.toString());
        return !lossy || refusal(text)?.code === 'INVALID_NUMBER';
      }),
    );
  });

  it('lists a hundred bad numbers and counts the rest', () => {
    const error = refusal(`[${Array.from({ length: 1000 }, () => '1e400').join(',')}]`);
    expect(error?.issues).toHaveLength(101);
    expect(error?.issues[100]?.message).toBe('and 900 more numbers of the same kind');
  });

  it('leaves numbers inside strings and keys alone', () => {
    expect(readJson('{"12345678901234567890": "1e400 and 1e-400"}')).toEqual({
      '12345678901234567890': '1e400 and 1e-400',
    });
  });
});

describe('parsePlan', () => {
  it('still reads the Kodaira plan written as JSON', () => {
    const plan = parsePlan(JSON.stringify(kodairaFy2023));
    expect(plan.programs).toHaveLength(kodairaFy2023.programs.length);
  });

  it('refuses a plan whose figure is a JSON number a double cannot hold, naming its path', () => {
    const doc = JSON.stringify(kodairaFy2023).replace(
      '"programs":[',
      '"x":12345678901234567890,"programs":[',
    );
    let caught: unknown = null;
    try {
      parsePlan(doc);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MunikpiError);
    expect((caught as MunikpiError).code).toBe('INVALID_NUMBER');
    expect((caught as MunikpiError).issues[0]?.path).toBe('x');
  });
});
