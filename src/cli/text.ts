import { errorOf, MunikpiError } from '../core/errors.js';
import { inField } from '../core/messages/errors-en.js';
import { decodeText, encodeText } from '../io/index.js';
import type { InputEncoding } from './input.js';

/**
 * Bytes of a named file as text (UTF-8 with or without BOM, or Shift_JIS), naming the file in
 * any error.
 * @internal
 */
export function decodeInput(bytes: Uint8Array, encoding: InputEncoding, name: string): string {
  try {
    return decodeText(bytes, { encoding });
  } catch (error) {
    if (error instanceof MunikpiError) {
      // The inner error's detail is kept, so that errorMessage words it in either language.
      throw errorOf(
        error.code,
        { inField },
        { what: name, message: error.message, inner: error.detail },
        { input: name, issues: error.issues, cause: error },
      );
    }
    throw error;
  }
}

/**
 * Text as bytes for a file: UTF-8 (with a BOM by default, for Excel) or Shift_JIS (CP932).
 * @internal
 */
export function encodeOutput(text: string, encoding: 'utf-8' | 'shift_jis', bom: boolean): Uint8Array {
  return encoding === 'shift_jis' ? encodeText(text, { encoding }) : encodeText(text, { encoding, bom });
}
