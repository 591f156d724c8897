import { describe, expect, it } from 'vitest';
import { quote } from '../../src/core/errors.js';
import { calendarDate, fiscalYearOf, MunikpiError, toWareki } from '../../src/index.js';

/** Objects that pass `instanceof Date` (or pretend to be one) without being a Date. */
function fakeDates(): unknown[] {
  const inherits = Object.create(Date.prototype) as object;
  const tagged = { [Symbol.toStringTag]: 'Date' };
  const badIso = new Date('2024-03-31T15:00:00Z');
  Object.defineProperty(badIso, 'toISOString', {
    value: () => {
      throw new Error('boom');
    },
  });
  const proxied = new Proxy(new Date(0), {});
  return [inherits, tagged, badIso, proxied];
}

describe('quote (the input named in an error message)', () => {
  it('names an object that only inherits from Date.prototype as an object, without a TypeError', () => {
    expect(quote(Object.create(Date.prototype))).toBe('an object');
  });

  it('names a real Date by its instant, whatever methods it carries of its own', () => {
    const date = new Date('2024-03-31T15:00:00Z');
    Object.defineProperty(date, 'toISOString', { value: () => 'spoofed' });
    expect(quote(date)).toBe('2024-03-31T15:00:00.000Z');
    expect(quote(new Date(Number.NaN))).toBe('Invalid Date');
  });

  it('names a function and a revoked proxy without calling into them', () => {
    const hostile = Object.assign(() => 1, {
      toString() {
        throw new Error('boom');
      },
    });
    expect(quote(hostile)).toBe('a function');
    const revoked = Proxy.revocable([], {});
    revoked.revoke();
    expect(quote(revoked.proxy)).toBe('an object');
  });

  it('gives a MunikpiError, never a TypeError, for a fake date passed where a date is expected', () => {
    for (const fake of fakeDates()) {
      for (const call of [
        () => calendarDate(fake as never),
        () => fiscalYearOf(fake as never),
        () => toWareki(fake as never),
      ]) {
        let thrown: unknown = null;
        try {
          call();
        } catch (error) {
          thrown = error;
        }
        if (thrown !== null) expect(thrown, String(thrown)).toBeInstanceOf(MunikpiError);
      }
    }
  });
});
