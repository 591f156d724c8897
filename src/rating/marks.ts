/*
 * Marks that Unicode spells several ways. A rating typed with one spelling of a mark counts as
 * the level whose code is another spelling of the same mark: ○ typed where the scale has 〇.
 */

/**
 * The one table of look-alike marks: each row is one mark, its spellings as Unicode has them.
 * △ and ▲ are different marks (相生市 scores them 0 and −1), and so are ○ and ◎: look-alikes
 * join only within a row.
 *
 * | mark | spellings |
 * |---|---|
 * | circle | ○ U+25CB, 〇 U+3007 (漢数字ゼロ), ◯ U+25EF |
 * | double circle | ◎ U+25CE, ⊚ U+229A |
 * | white triangle | △ U+25B3, ∆ U+2206, ▵ U+25B5 |
 * | black triangle | ▲ U+25B2, ▴ U+25B4 |
 * | cross | × U+00D7, ✕ U+2715, ✖ U+2716, ☓ U+2613, ╳ U+2573 |
 * | dash | － U+FF0D, - U+002D, ‐ U+2010, ‒ U+2012, – U+2013, — U+2014, ― U+2015, − U+2212, ー U+30FC |
 *
 * @example
 * import { MARK_LOOK_ALIKES } from 'munikpi';
 * MARK_LOOK_ALIKES.circle; // ['○', '〇', '◯']
 */
export const MARK_LOOK_ALIKES = Object.freeze({
  /** ○ and the marks typed for it: 〇 (U+3007), ◯ (U+25EF). */
  circle: Object.freeze(['\u25CB', '\u3007', '\u25EF']),
  /** ◎ and ⊚. */
  doubleCircle: Object.freeze(['\u25CE', '\u229A']),
  /** △ and its look-alikes (∆, ▵); kept apart from ▲. */
  whiteTriangle: Object.freeze(['\u25B3', '\u2206', '\u25B5']),
  /** ▲ and ▴; kept apart from △. */
  blackTriangle: Object.freeze(['\u25B2', '\u25B4']),
  /** × and the crosses typed for it (✕, ✖, ☓, ╳). */
  cross: Object.freeze(['\u00D7', '\u2715', '\u2716', '\u2613', '\u2573']),
  /** The dashes and minus signs typed for －. */
  dash: Object.freeze([
    '\uFF0D',
    '\u002D',
    '\u2010',
    '\u2012',
    '\u2013',
    '\u2014',
    '\u2015',
    '\u2212',
    '\u30FC',
  ]),
} as const);

const MARK_OF = new Map<string, string>();
for (const [mark, spellings] of Object.entries(MARK_LOOK_ALIKES)) {
  for (const spelling of spellings) MARK_OF.set(spelling, `\u0000${mark}`);
}

/**
 * The key two spellings of one mark share: the code itself (trimmed) when it is not a mark of
 * {@link MARK_LOOK_ALIKES}. Two codes mean the same rating when their keys are equal.
 * @internal
 */
export function markKey(code: string): string {
  const trimmed = code.trim();
  return MARK_OF.get(trimmed) ?? trimmed;
}
