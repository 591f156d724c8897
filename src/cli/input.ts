import { open } from 'node:fs/promises';
import { errorOf, MunikpiError } from '../core/errors.js';
import { cannotRead, inputTooLarge, noStdin } from '../core/messages/errors-en.js';
import { MAX_BYTES_FLAG } from './limits.js';

/**
 * How the CLI reads standard input: a stream of chunks (the bin passes process.stdin, read
 * only up to the limit), or all of it at once (tests).
 */
export type ReadStdin = () => Promise<Uint8Array> | AsyncIterable<Uint8Array>;

/** The encodings the CLI accepts for input text. */
export type InputEncoding = 'auto' | 'utf-8' | 'shift_jis';

/** Where to read from and how much at most. @internal */
export interface ReadOptions {
  /** Standard input, for `-`; absent when there is none. */
  readonly stdin: ReadStdin | undefined;
  /** The most bytes to read; one more and the read stops with DOCUMENT_TOO_LARGE. */
  readonly limit: number;
}

const CHUNK = 65_536;

function tooLarge(name: string, limit: number): MunikpiError {
  return errorOf(
    'DOCUMENT_TOO_LARGE',
    { inputTooLarge },
    { name, max: limit, flag: MAX_BYTES_FLAG },
    { input: name },
  );
}

/** A failed open or read as a MunikpiError: not found (or not a file), or not readable. */
function fsError(error: unknown, path: string): MunikpiError {
  const code = (error as { code?: unknown }).code;
  const errno = String(code ?? (error as Error).message);
  // The catalogue words these codes; any other is shown as it is.
  const missing = ['ENOENT', 'EISDIR', 'ENOTDIR', 'ELOOP', 'ENAMETOOLONG'].includes(errno);
  return errorOf(
    missing ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE',
    { cannotRead },
    { path, errno },
    { input: path, cause: error },
  );
}

async function readStream(
  source: AsyncIterable<Uint8Array>,
  name: string,
  limit: number,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  // Leaving the loop early (the throw) ends the stream: nothing past the limit is read.
  for await (const chunk of source) {
    total += chunk.byteLength;
    if (total > limit) throw tooLarge(name, limit);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function readFileBounded(path: string, limit: number): Promise<Uint8Array> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw fsError(error, path);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (info.isFile() && info.size > limit) throw tooLarge(path, limit);
    // Devices and FIFOs report no size: read them a chunk at a time, never past the limit.
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(CHUNK);
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limit) throw tooLarge(path, limit);
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks);
  } catch (error) {
    if (error instanceof MunikpiError) throw error;
    throw fsError(error, path);
  } finally {
    await handle.close();
  }
}

/**
 * Reads a file, a device, a FIFO, or standard input for `-`, stopping at the limit: input
 * larger than that is refused with DOCUMENT_TOO_LARGE before it is read whole.
 * @internal
 */
export async function readInput(path: string, options: ReadOptions): Promise<Uint8Array> {
  if (path !== '-') return readFileBounded(path, options.limit);
  if (options.stdin === undefined) {
    throw errorOf('USAGE', { noStdin }, { input: path });
  }
  const source = options.stdin();
  if (source instanceof Uint8Array || source instanceof Promise) {
    const bytes = await source;
    if (bytes.byteLength > options.limit) throw tooLarge('stdin', options.limit);
    return bytes;
  }
  return readStream(source, 'stdin', options.limit);
}
