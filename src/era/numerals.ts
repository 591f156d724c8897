const DIGITS = '〇一二三四五六七八九';

/**
 * A whole number 0..9999 in kanji numerals as written in dates: 15 → 十五, 31 → 三十一,
 * 2023 → 二千二十三.
 * @internal
 */
export function toKanjiNumber(value: number): string {
  if (value === 0) return '〇';
  const digits = String(value);
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    const d = Number(digits[i]);
    // The place of this digit: 0 for ones, 1 for tens (十), 2 for hundreds (百), 3 for 千.
    const place = digits.length - 1 - i;
    // 十, not 一十: a 1 before a unit is not written.
    if (d !== 0) out += (d === 1 && place > 0 ? '' : DIGITS.charAt(d)) + '十百千'.charAt(place - 1);
  }
  return out;
}

/**
 * The value of a kanji digit or unit character, or -1. Digits give 0..9; 十, 百 and 千 give
 * 10, 100 and 1000.
 * @internal
 */
export function kanjiValue(code: number): number {
  switch (code) {
    case 0x3007: // 〇
    case 0x96f6: // 零
      return 0;
    case 0x4e00: // 一
      return 1;
    case 0x4e8c: // 二
      return 2;
    case 0x4e09: // 三
      return 3;
    case 0x56db: // 四
      return 4;
    case 0x4e94: // 五
      return 5;
    case 0x516d: // 六
      return 6;
    case 0x4e03: // 七
      return 7;
    case 0x516b: // 八
      return 8;
    case 0x4e5d: // 九
      return 9;
    case 0x5341: // 十
      return 10;
    case 0x767e: // 百
      return 100;
    case 0x5343: // 千
      return 1000;
    default:
      return -1;
  }
}

/**
 * Reads a run of kanji numeral characters (already known to be numerals) as a whole number:
 * 十五 → 15, 三十一 → 31, 二〇二三 → 2023 (digit by digit). Returns -1 for malformed runs such
 * as 十十 or 五五十.
 * @internal
 */
export function readKanjiNumber(text: string, start: number, end: number): number {
  let positional = true;
  for (let i = start; i < end; i++) if (kanjiValue(text.charCodeAt(i)) >= 10) positional = false;
  if (positional) {
    let value = 0;
    for (let i = start; i < end; i++) value = value * 10 + kanjiValue(text.charCodeAt(i));
    return end - start > 4 ? -1 : value;
  }
  let total = 0;
  let pending = -1;
  let lastUnit = 10_000;
  for (let i = start; i < end; i++) {
    const v = kanjiValue(text.charCodeAt(i));
    if (v < 10) {
      if (pending !== -1) return -1;
      pending = v;
    } else {
      if (v >= lastUnit || pending === 0) return -1;
      total += (pending === -1 ? 1 : pending) * v;
      pending = -1;
      lastUnit = v;
    }
  }
  if (pending === 0) return -1;
  return pending === -1 ? total : total + pending;
}
