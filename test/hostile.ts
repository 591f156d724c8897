/*
 * Shared by the tests of hostile output: what must never reach a terminal or a page.
 */

/**
 * Whether text holds a character a terminal obeys or that reorders a line: a C0 control other
 * than LF (when `lines` allows it), DEL, a C1 control, a bidi mark, embedding, override or
 * isolate, a line separator or an invisible format character.
 */
export function hasActiveCharacter(text: string, options: { lines?: boolean } = {}): boolean {
  return [...text].some((ch) => {
    const cp = ch.codePointAt(0) as number;
    if (cp === 0x0a && options.lines === true) return false;
    return (
      cp < 0x20 ||
      (cp >= 0x7f && cp <= 0x9f) ||
      [0x061c, 0x200b, 0x200e, 0x200f, 0xfeff].includes(cp) ||
      (cp >= 0x2028 && cp <= 0x202e) ||
      (cp >= 0x2060 && cp <= 0x206f)
    );
  });
}
