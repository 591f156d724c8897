import iconv from 'iconv-lite';
import { MunikpiError, quote } from '../errors.js';
import type { InputEncoding } from './input.js';

/**
 * Bytes as text: UTF-8 (a BOM is dropped) or Shift_JIS (CP932), detected with `auto`.
 * @internal
 */
export function decodeInput(bytes: Uint8Array, encoding: InputEncoding, name: string): string {
  const tryDecode = (label: 'utf-8' | 'shift_jis'): string | null => {
    try {
      return new TextDecoder(label, { fatal: true }).decode(bytes);
    } catch {
      return null;
    }
  };
  const text = encoding === 'auto' ? (tryDecode('utf-8') ?? tryDecode('shift_jis')) : tryDecode(encoding);
  if (text === null) {
    throw new MunikpiError(
      'INVALID_ENCODING',
      `${quote(name)} is not valid ${encoding === 'auto' ? 'UTF-8 or Shift_JIS' : encoding} text`,
      { input: name },
    );
  }
  return text;
}

/**
 * Text as bytes for a file: UTF-8 (with a BOM by default, for Excel) or Shift_JIS (CP932).
 * @internal
 */
export function encodeOutput(text: string, encoding: 'utf-8' | 'shift_jis', bom: boolean): Uint8Array {
  if (encoding === 'shift_jis') {
    const bytes = iconv.encode(text, 'cp932');
    if (iconv.decode(bytes, 'cp932') === text) return bytes;
    for (const char of text) {
      if (iconv.decode(iconv.encode(char, 'cp932'), 'cp932') !== char) {
        const code = (char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0');
        throw new MunikpiError(
          'INVALID_ENCODING',
          `Shift_JIS (CP932) cannot hold ${quote(char)} (U+${code})`,
          {
            input: char,
          },
        );
      }
    }
    return bytes;
  }
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.byteLength + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
