import { errorOf } from './errors.js';
import { nestedTooDeep } from './messages/errors-en.js';

/** How deep a value deepFreeze accepts; plans are a dozen levels deep. */
const MAX_DEPTH = 100;
/** The values deepFreeze has finished: frozen all the way down, so never walked again. */
const finished = new WeakSet<object>();

/**
 * Freezes an object and everything it holds, in place, and returns it. Refuses a value nested
 * deeper than 100 levels before freezing anything, so nothing is left half frozen. An object
 * the caller froze itself is walked too: Object.freeze is shallow, and what it holds may not be.
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  const objects: object[] = [];
  const stack: unknown[] = [value];
  const stackDepths: number[] = [0];
  while (stack.length > 0) {
    const v = stack.pop();
    const depth = stackDepths.pop() as number;
    if (typeof v !== 'object' || v === null || finished.has(v)) continue;
    if (depth > MAX_DEPTH) {
      throw errorOf('NESTING_TOO_DEEP', { nestedTooDeep }, { max: MAX_DEPTH }, { input: value });
    }
    objects.push(v);
    for (const key in v) {
      if (!Object.hasOwn(v, key)) continue;
      const child = (v as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) {
        stack.push(child);
        stackDepths.push(depth + 1);
      }
    }
  }
  for (const object of objects) Object.freeze(object);
  if (typeof value === 'object' && value !== null) finished.add(value);
  return value;
}
