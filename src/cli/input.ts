import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { MunikpiError, quote } from '../core/errors.js';

/** The largest input file the CLI reads, in bytes. Plans are far smaller. */
export const MAX_INPUT_BYTES = 20_000_000;

/** How the CLI reads standard input; tests pass their own. */
export type ReadStdin = () => Promise<Uint8Array>;

/** The encodings the CLI accepts for input text. */
export type InputEncoding = 'auto' | 'utf-8' | 'shift_jis';

function fsError(error: unknown, path: string): MunikpiError {
  const code = (error as { code?: string }).code ?? 'unknown';
  const reason =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'is a directory'
        : code === 'EACCES'
          ? 'permission denied'
          : code;
  return new MunikpiError('FILE_NOT_FOUND', `cannot read ${quote(path)}: ${reason}`, {
    input: path,
    cause: error,
  });
}

/**
 * Reads a file, or standard input for `-`, refusing what is larger than MAX_INPUT_BYTES.
 * @internal
 */
export async function readInput(path: string, stdin: ReadStdin): Promise<Uint8Array> {
  let bytes: Uint8Array;
  if (path === '-') bytes = await stdin();
  else {
    try {
      const info = await stat(path);
      if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
      if (info.size > MAX_INPUT_BYTES) {
        throw new MunikpiError(
          'DOCUMENT_TOO_LARGE',
          `${quote(path)} has ${info.size} bytes, over ${MAX_INPUT_BYTES}`,
          {
            input: path,
          },
        );
      }
      bytes = await readFile(path);
    } catch (error) {
      if (error instanceof MunikpiError) throw error;
      throw fsError(error, path);
    }
  }
  if (bytes.byteLength > MAX_INPUT_BYTES) {
    throw new MunikpiError(
      'DOCUMENT_TOO_LARGE',
      `${quote(path)} has ${bytes.byteLength} bytes, over ${MAX_INPUT_BYTES}`,
      {
        input: path,
      },
    );
  }
  return bytes;
}

/**
 * Writes a file whole or not at all: to a temporary name first, then renamed.
 * @internal
 */
export async function writeOutput(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${path}.munikpi-${process.pid}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    throw new MunikpiError('FILE_NOT_FOUND', `cannot write ${quote(path)}: ${(error as Error).message}`, {
      input: path,
      cause: error,
    });
  }
}
