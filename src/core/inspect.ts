/** Node's util.inspect hook, by its registered name (no import of node:util). @internal */
export const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * Gives an object a readable form in the Node REPL, as a non-enumerable property: JSON,
 * Object.keys and structuredClone never see it. Call before freezing.
 * @internal
 */
export function withInspect<T extends object>(value: T, show: (value: T) => string): T {
  if (!Object.isFrozen(value) && !Object.hasOwn(value, INSPECT)) {
    Object.defineProperty(value, INSPECT, { value: () => show(value), enumerable: false });
  }
  return value;
}
