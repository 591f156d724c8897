/*
 * Quoting user input for messages, apart from errors.ts so that the catalogue's error messages
 * (which errors.ts imports) can quote without an import cycle.
 */

/**
 * The time of a real Date, read through Date.prototype so that an object that only inherits
 * from Date.prototype (or a Date with a getter or a toISOString of its own) cannot throw here.
 */
function timeOf(input: unknown): number | null {
  if (typeof input !== 'object' || input === null) return null;
  try {
    return Date.prototype.getTime.call(input);
  } catch {
    return null;
  }
}

/** Array.isArray, which throws on a revoked Proxy: that is 'an object' here. */
function arrayLike(input: object): boolean {
  try {
    return Array.isArray(input);
  } catch {
    return false;
  }
}

/**
 * Quote user input for an error message: short, one line, no control characters.
 * @internal
 */
export function quote(input: unknown): string {
  const time = timeOf(input);
  if (time !== null) return Number.isNaN(time) ? 'Invalid Date' : new Date(time).toISOString();
  if (typeof input === 'function') return 'a function';
  if (typeof input === 'object' && input) return arrayLike(input) ? 'an array' : 'an object';
  const text = String(input);
  const short = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return typeof input === 'string' ? JSON.stringify(short) : short;
}
