/*
 * Text encodings of spreadsheet exports: UTF-8 (with or without BOM) and Shift_JIS (CP932, as
 * Excel on Japanese Windows writes "CSV (コンマ区切り)"). Nothing is ever decoded into U+FFFD
 * or encoded into '?': bytes or characters that do not fit are reported with their place.
 */

import iconv from 'iconv-lite';
import { type ErrorText, errorOf, flagOption, type MunikpiError, optionsOf } from '../core/errors.js';
import {
  invalidShiftJis,
  invalidUtf8,
  loneSurrogateAt,
  type MixedPlace,
  mixedEncodings,
  neitherEncoding,
  notBytes,
  notEither,
  notInShiftJis,
  notOneOfFor,
  notTextFor,
  shiftJisNoBom,
  textNotInShiftJis,
  type Unencodable,
  utf8InShiftJis,
  utf16Bom,
} from '../core/messages/errors-en.js';

/** The encodings {@link decodeText} reads. */
export type TextEncodingName = 'utf-8' | 'shift_jis';

/** Options for {@link decodeText}. */
export interface DecodeTextOptions {
  /**
   * The encoding: `auto` (default) reads UTF-8 when the bytes are valid UTF-8 and Shift_JIS
   * (CP932) otherwise; `utf-8` or `shift_jis` read only that encoding.
   */
  readonly encoding?: 'auto' | TextEncodingName;
}

/** Options for {@link encodeText}. */
export interface EncodeTextOptions {
  /** The encoding: `utf-8` (default) or `shift_jis` (CP932). */
  readonly encoding?: TextEncodingName;
  /** Start UTF-8 with a byte order mark, which Excel needs to see UTF-8. Default true for UTF-8. */
  readonly bom?: boolean;
}

const CP932 = 'cp932';
const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];
}

function hex(byte: number | undefined): string {
  return `0x${(byte ?? 0).toString(16).padStart(2, '0').toUpperCase()}`;
}

/**
 * The smallest prefix length at which a streaming decoder sees an invalid byte, by bisection;
 * or -1 when every prefix is fine. `bad(n)` must be monotonic: once bad, every longer prefix is.
 */
function firstBadPrefix(length: number, bad: (n: number) => boolean): number {
  if (!bad(length)) return -1;
  let lo = 1;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (bad(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The bytes as UTF-8 text, or null when they are not all UTF-8: one decode for a valid file. */
function utf8Text(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The offset of the first byte that is not UTF-8, or -1 when all are. */
function utf8ErrorOffset(bytes: Uint8Array): number {
  const streamBad = (n: number): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  const n = bytes.length === 0 ? -1 : firstBadPrefix(bytes.length, streamBad);
  if (n > 0) return n - 1;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return -1;
  } catch {
    // The text ends inside a character: point at its first byte.
    let i = bytes.length - 1;
    while (i > 0 && bytes.length - i < 4 && ((bytes[i] as number) & 0xc0) === 0x80) i--;
    return i;
  }
}

/** The offset of the first byte that is not Shift_JIS (CP932), or -1 when all are. */
function cp932ErrorOffset(bytes: Uint8Array): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const streamBad = (n: number): boolean =>
    iconv.getDecoder(CP932).write(buffer.subarray(0, n)).includes('\uFFFD');
  const n = bytes.length === 0 ? -1 : firstBadPrefix(bytes.length, streamBad);
  if (n > 0) return n - 1;
  const decoder = iconv.getDecoder(CP932);
  decoder.write(buffer);
  return (decoder.end() ?? '').includes('\uFFFD') ? bytes.length - 1 : -1;
}

function decodeUtf8(bytes: Uint8Array, detected: boolean): string {
  const start = hasUtf8Bom(bytes) ? 3 : 0;
  const body = bytes.subarray(start);
  const text = utf8Text(body);
  if (text !== null) return text;
  const offset = utf8ErrorOffset(body);
  if (offset >= 0) {
    const at = offset + start;
    throw encodingError({ invalidUtf8 }, { byte: hex(bytes[at]), offset: at, suggest: !detected });
  }
  return new TextDecoder('utf-8').decode(body);
}

function decodeCp932(bytes: Uint8Array): string {
  const offset = cp932ErrorOffset(bytes);
  if (offset >= 0) {
    throw encodingError({ invalidShiftJis }, { byte: hex(bytes[offset]), offset });
  }
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), CP932);
}

/** INVALID_ENCODING at a byte offset (params.offset, else the larger of the two offsets). */
function encodingError<P extends { offset: number } | { utf8Offset: number; sjisOffset: number }>(
  text: ErrorText<P>,
  params: P,
): MunikpiError {
  const offset = 'offset' in params ? params.offset : Math.max(params.utf8Offset, params.sjisOffset);
  const message = Object.values(text)[0]?.(params) ?? '';
  return errorOf('INVALID_ENCODING', text, params, {
    input: offset,
    issues: [{ path: `offset ${offset}`, code: 'INVALID_ENCODING', message }],
  });
}

/** Kana, CJK ideographs, Japanese punctuation and full-width forms: what a Japanese name is made of. */
const JAPANESE = /^[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uffef]+$/u;

/** The UTF-8 three-byte characters that start at `at`, while they are Japanese: their text and length. */
function utf8RunAt(bytes: Uint8Array, at: number): { text: string; end: number } {
  let end = at;
  let text = '';
  for (;;) {
    const [a = 0, b = 0, c = 0] = [bytes[end], bytes[end + 1], bytes[end + 2]];
    if (a < 0xe0 || a > 0xef || (b & 0xc0) !== 0x80 || (c & 0xc0) !== 0x80) break;
    const char = String.fromCharCode(((a & 0x0f) << 12) | ((b & 0x3f) << 6) | (c & 0x3f));
    if (!JAPANESE.test(char)) break;
    text += char;
    end += 3;
  }
  return { text, end };
}

/**
 * Refuses Shift_JIS bytes that hold UTF-8 text: two or more Japanese characters in a row that
 * are valid UTF-8 at a Shift_JIS character boundary (窓口改革 pasted from a UTF-8 file reads as
 * 遯灘哨謾ｹ髱ｩ in Shift_JIS). Genuine Shift_JIS text almost never forms such a run, because UTF-8
 * would need a level-2 kanji followed by half-width katakana, again and again.
 */
function refuseMixedUtf8(bytes: Uint8Array): void {
  const issues: { path: string; code: string; message: string }[] = [];
  const places: MixedPlace[] = [];
  let line = 1;
  let found = 0;
  for (let at = 0; at < bytes.length; ) {
    const byte = bytes[at] as number;
    if (byte === 0x0a) line++;
    const run = byte >= 0xe0 && byte <= 0xef ? utf8RunAt(bytes, at) : null;
    if (run !== null && run.text.length >= 2) {
      found++;
      if (issues.length < 20) {
        const place = { line, offset: at, text: run.text };
        places.push(place);
        issues.push({ path: `line ${line}`, code: 'INVALID_ENCODING', message: utf8InShiftJis(place) });
      }
      at = run.end;
      continue;
    }
    // A Shift_JIS lead byte takes the next byte with it.
    at += (byte >= 0x81 && byte <= 0x9f) || (byte >= 0xe0 && byte <= 0xfc) ? 2 : 1;
  }
  if (found === 0) return;
  throw errorOf(
    'INVALID_ENCODING',
    { mixedEncodings },
    { places, more: found - places.length },
    { input: issues[0]?.path, issues },
  );
}

function decodeAuto(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw encodingError({ utf16Bom }, { offset: 0 });
  }
  if (hasUtf8Bom(bytes)) return decodeUtf8(bytes, true);
  const text = utf8Text(bytes);
  if (text !== null) return text;
  const utf8 = utf8ErrorOffset(bytes);
  if (utf8 < 0) return new TextDecoder('utf-8').decode(bytes);
  const sjis = cp932ErrorOffset(bytes);
  if (sjis < 0) {
    refuseMixedUtf8(bytes);
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), CP932);
  }
  throw encodingError(
    { neitherEncoding },
    { utf8Byte: hex(bytes[utf8]), utf8Offset: utf8, sjisByte: hex(bytes[sjis]), sjisOffset: sjis },
  );
}

/**
 * Decodes the bytes of a text file as spreadsheets export it: UTF-8 with or without a byte
 * order mark (the BOM is dropped), or Shift_JIS (CP932, Excel's "CSV (コンマ区切り)" on
 * Japanese Windows). Invalid bytes are never turned into U+FFFD: they are reported with their
 * byte offset.
 *
 * @param bytes - the file's bytes
 * @param options - `encoding`: `auto` (default: UTF-8 when valid, else Shift_JIS), `utf-8` or `shift_jis`
 * @returns the text, without a BOM
 * @throws {MunikpiError} `INVALID_ENCODING` naming the offset of the first invalid byte (in
 *   `auto`, bytes valid in neither encoding, and Shift_JIS bytes holding runs of UTF-8
 *   Japanese text, each place listed in `issues`; also UTF-16 files); `INVALID_ARGUMENT` when
 *   bytes is not a Uint8Array; `INVALID_OPTION` for an unknown encoding
 *
 * @example
 * import { decodeText } from 'munikpi/io';
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xe8, 0xa9, 0x95])); // '評'
 * // Shift_JIS, detected:
 * decodeText(new Uint8Array([0x95, 0x5d])); // '評'
 * // decodeText(new Uint8Array([0x95, 0x5d]), { encoding: 'utf-8' }) throws INVALID_ENCODING:
 * // byte 0x95 at offset 0 is not valid UTF-8
 */
export function decodeText(bytes: Uint8Array, options?: DecodeTextOptions): string {
  options = optionsOf(options);
  if (!(bytes instanceof Uint8Array)) {
    throw errorOf('INVALID_ARGUMENT', { notBytes }, { what: 'decodeText', input: bytes });
  }
  const encoding = options.encoding ?? 'auto';
  switch (encoding) {
    case 'auto':
      return decodeAuto(bytes);
    case 'utf-8':
      return decodeUtf8(bytes, false);
    case 'shift_jis':
      return decodeCp932(bytes);
    default:
      throw errorOf(
        'INVALID_OPTION',
        { notOneOfFor },
        { name: 'encoding', input: encoding, allowed: ['auto', 'utf-8', 'shift_jis'] },
      );
  }
}

/** Better characters to use where CP932 has no room for the one written. */
const CP932_SUBSTITUTES: Readonly<Record<string, string>> = {
  '\u301c': '～ (U+FF5E)',
  '\u2212': '－ (U+FF0D)',
  '\u2014': '― (U+2015)',
  '\u00a5': '￥ (U+FFE5)',
  '\u00a2': '￠ (U+FFE0)',
  '\u00a3': '￡ (U+FFE1)',
  '\u00ac': '￢ (U+FFE2)',
  '\u2016': '∥ (U+2225)',
};

function codePointLabel(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function unencodable(text: string): { char: string; index: number }[] {
  const bad: { char: string; index: number }[] = [];
  let index = 0;
  for (const char of text) {
    if (iconv.decode(iconv.encode(char, CP932), CP932) !== char) bad.push({ char, index });
    index += char.length;
  }
  return bad;
}

function encodeCp932(text: string): Uint8Array {
  const bytes = iconv.encode(text, CP932);
  if (iconv.decode(bytes, CP932) === text) return Uint8Array.from(bytes);
  const bad = unencodable(text);
  const chars: Unencodable[] = bad.slice(0, 100).map(({ char, index }) => ({
    char,
    label: codePointLabel(char),
    index,
    better: CP932_SUBSTITUTES[char] ?? null,
  }));
  const issues = chars.map((found) => ({
    path: `index ${found.index}`,
    code: 'INVALID_ENCODING',
    message: notInShiftJis(found),
  }));
  throw errorOf(
    'INVALID_ENCODING',
    { textNotInShiftJis },
    { bad: chars[0] ?? null, count: bad.length },
    { input: text.length > 60 ? `${text.slice(0, 57)}...` : text, issues },
  );
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Encodes text for a file that Excel opens correctly: UTF-8 with a byte order mark by default
 * (Excel reads a CSV without it as Shift_JIS), or Shift_JIS (CP932) on request. Characters that
 * CP932 cannot hold (〜 U+301C, 𠮷, emoji, …) are reported, never written as `?`.
 *
 * @param text - the text
 * @param options - `encoding` (`utf-8` default, or `shift_jis`); `bom` (UTF-8 only, default true)
 * @returns the bytes
 * @throws {MunikpiError} `INVALID_ENCODING` naming each character CP932 cannot hold (and a
 *   better one where there is one), or a lone surrogate; `INVALID_OPTION` for an unknown
 *   encoding or a BOM with Shift_JIS
 *
 * @example
 * import { encodeText } from 'munikpi/io';
 * [...encodeText('評価')]; // [0xef, 0xbb, 0xbf, 0xe8, 0xa9, 0x95, 0xe4, 0xbe, 0xa1]
 * [...encodeText('評価', { encoding: 'shift_jis' })]; // [0x95, 0x5d, 0x89, 0xbf]
 * // encodeText('R3〜R6', { encoding: 'shift_jis' }) throws INVALID_ENCODING:
 * // "〜" (U+301C) at index 2 cannot be written in Shift_JIS (CP932): use ～ (U+FF5E)
 */
export function encodeText(text: string, options?: EncodeTextOptions): Uint8Array {
  options = optionsOf(options);
  flagOption(options.bom, 'bom', true);
  if (typeof text !== 'string') {
    throw errorOf('INVALID_ARGUMENT', { notTextFor }, { what: 'encodeText', input: text });
  }
  const encoding = options.encoding ?? 'utf-8';
  const lone = LONE_SURROGATE.exec(text);
  if (lone !== null) {
    const params = { label: codePointLabel(lone[0]), index: lone.index };
    throw errorOf('INVALID_ENCODING', { loneSurrogateAt }, params, {
      input: text.length > 60 ? `${text.slice(0, 57)}...` : text,
      issues: [{ path: `index ${lone.index}`, code: 'INVALID_ENCODING', message: loneSurrogateAt(params) }],
    });
  }
  if (encoding === 'shift_jis') {
    if (options.bom === true) {
      throw errorOf('INVALID_OPTION', { shiftJisNoBom }, { input: options });
    }
    return encodeCp932(text);
  }
  if (encoding !== 'utf-8') {
    throw errorOf(
      'INVALID_OPTION',
      { notEither },
      { name: 'encoding', input: encoding, first: 'utf-8', second: 'shift_jis' },
    );
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return new TextEncoder().encode(options.bom === false ? body : `\uFEFF${body}`);
}
