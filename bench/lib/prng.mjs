/**
 * A small seeded PRNG (mulberry32) and helpers, so every run of the benchmarks sees the same
 * varied inputs.
 */

/**
 * mulberry32: a fast 32-bit generator, good enough to vary benchmark inputs.
 *
 * @param {number} seed - any 32-bit integer
 * @returns {() => number} a function returning floats in [0, 1)
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A whole number in lo..hi (both included). */
export function int(rand, lo, hi) {
  return lo + Math.floor(rand() * (hi - lo + 1));
}

/** A float in [lo, hi). */
export function uniform(rand, lo, hi) {
  return lo + rand() * (hi - lo);
}

/** One element of a list. */
export function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

/** One key of `{ key: weight }`, by weight. */
export function weighted(rand, weights) {
  const entries = Object.entries(weights);
  let r = rand() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [key, w] of entries) {
    r -= w;
    if (r < 0) return key;
  }
  return entries[entries.length - 1][0];
}

/** Two digits: 4 → '04'. */
export function pad2(n) {
  return n < 10 ? `0${n}` : String(n);
}
