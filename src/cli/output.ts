import { randomBytes } from 'node:crypto';
import { chmod, lstat, open, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { errorOf, MunikpiError } from '../core/errors.js';
import { cannotWrite, type OutputTarget, willNotWrite } from '../core/messages/errors-en.js';

/** How `-o` may write. @internal */
export interface WriteOptions {
  /** Write into a device, a FIFO, through a symbolic link or into a hard-linked file. */
  readonly force: boolean;
}

function refuse(path: string, target: OutputTarget, links = 0): MunikpiError {
  return errorOf('UNSAFE_OUTPUT', { willNotWrite }, { path, target, links }, { input: path });
}

function writeError(error: unknown, path: string): MunikpiError {
  if (error instanceof MunikpiError) return error;
  const code = (error as { code?: unknown }).code;
  // A missing directory keeps its old code; a target that cannot be written gets its own.
  return errorOf(
    code === 'ENOENT' || code === 'ENOTDIR' ? 'FILE_NOT_FOUND' : 'UNSAFE_OUTPUT',
    { cannotWrite },
    { path, errno: String(code ?? (error as Error).message) },
    { input: path, cause: error },
  );
}

/** What is at a path now: nothing, or its lstat. */
async function existing(path: string) {
  try {
    return await lstat(path);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return null;
    throw writeError(error, path);
  }
}

/**
 * Writes a file whole or not at all, and only a regular file or a new path: a device, a FIFO,
 * a directory, a symbolic link or a hard-linked file is refused unless `force` (then written
 * into in place; a directory never). A replaced file keeps its mode; the temporary file is
 * removed on every failure.
 * @internal
 */
export async function writeOutput(
  path: string,
  data: string | Uint8Array,
  options: WriteOptions,
): Promise<void> {
  const info = await existing(path);
  if (info?.isDirectory()) throw refuse(path, 'directory');
  if (info !== null && !info.isFile()) {
    const what: OutputTarget = info.isSymbolicLink()
      ? 'symlink'
      : info.isFIFO()
        ? 'fifo'
        : info.isCharacterDevice() || info.isBlockDevice()
          ? 'device'
          : 'special';
    if (!options.force) throw refuse(path, what);
    return writeInPlace(path, data);
  }
  if (info !== null && info.nlink > 1) {
    if (!options.force) throw refuse(path, 'hardlinks', info.nlink);
    return writeInPlace(path, data);
  }
  const temporary = join(dirname(path), `.${basename(path)}.munikpi-${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    // 'wx': a new file, never one planted under that name.
    const handle = await open(temporary, 'wx', info === null ? 0o666 : info.mode & 0o777);
    created = true;
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
    if (info !== null) await chmod(temporary, info.mode & 0o7777);
    await rename(temporary, path);
    created = false;
  } catch (error) {
    throw writeError(error, path);
  } finally {
    if (created) await rm(temporary, { force: true });
  }
}

async function writeInPlace(path: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFile(path, data);
  } catch (error) {
    throw writeError(error, path);
  }
}
