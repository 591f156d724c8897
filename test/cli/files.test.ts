import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/cli/input.js';
import { writeOutput } from '../../src/cli/output.js';
import { MunikpiError } from '../../src/index.js';

// The same rules as test/cli/safety.test.ts, in-process: the reader and the writer themselves.

const dir = mkdtempSync(join(tmpdir(), 'munikpi-files-'));

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof MunikpiError ? error.code : `untyped: ${String(error)}`;
  }
}

async function* chunks(count: number, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < count; i++) yield new Uint8Array(size);
}

describe('readInput', () => {
  it('stops a stream at the limit, without reading the rest', async () => {
    let pulled = 0;
    async function* endless(): AsyncGenerator<Uint8Array> {
      for (;;) {
        pulled++;
        yield new Uint8Array(1000);
      }
    }
    expect(await codeOf(readInput('-', { stdin: endless, limit: 10_000 }))).toBe('DOCUMENT_TOO_LARGE');
    expect(pulled).toBe(11);
    expect((await readInput('-', { stdin: () => chunks(3, 10), limit: 30 })).byteLength).toBe(30);
  });

  it('refuses bytes given whole over the limit, and - without standard input', async () => {
    expect(await codeOf(readInput('-', { stdin: async () => new Uint8Array(11), limit: 10 }))).toBe(
      'DOCUMENT_TOO_LARGE',
    );
    expect(await codeOf(readInput('-', { stdin: undefined, limit: 10 }))).toBe('USAGE');
  });

  it('reads a file up to the limit, and names what is wrong with the others', async () => {
    const file = join(dir, 'ten.txt');
    writeFileSync(file, '0123456789');
    expect(new TextDecoder().decode(await readInput(file, { stdin: undefined, limit: 10 }))).toBe(
      '0123456789',
    );
    expect(await codeOf(readInput(file, { stdin: undefined, limit: 9 }))).toBe('DOCUMENT_TOO_LARGE');
    expect(await codeOf(readInput('/dev/zero', { stdin: undefined, limit: 100_000 }))).toBe(
      'DOCUMENT_TOO_LARGE',
    );
    expect(await codeOf(readInput(dir, { stdin: undefined, limit: 10 }))).toBe('FILE_NOT_FOUND');
    expect(await codeOf(readInput(join(dir, 'none'), { stdin: undefined, limit: 10 }))).toBe(
      'FILE_NOT_FOUND',
    );
    expect(await codeOf(readInput(join(file, 'x'), { stdin: undefined, limit: 10 }))).toBe('FILE_NOT_FOUND');
  });
});

describe('writeOutput', () => {
  const write = (path: string, force = false) => writeOutput(path, 'new', { force });
  const temporaries = (where: string) => readdirSync(where).filter((name) => name.endsWith('.tmp'));

  it('writes a new file and replaces a regular one, keeping its mode', async () => {
    const file = join(dir, 'out.txt');
    await write(file);
    expect(readFileSync(file, 'utf8')).toBe('new');
    chmodSync(file, 0o640);
    await writeOutput(file, 'newer', { force: false });
    expect([readFileSync(file, 'utf8'), statSync(file).mode & 0o777]).toEqual(['newer', 0o640]);
  });

  it('refuses a directory even with force, and a symbolic link, FIFO or hard link without it', async () => {
    const where = join(dir, 'targets');
    mkdirSync(where);
    const target = join(where, 'target');
    writeFileSync(target, 'old');
    const link = join(where, 'link');
    symlinkSync(target, link);
    const fifo = join(where, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const hard = join(where, 'hard');
    linkSync(target, hard);
    expect(await codeOf(write(where, true))).toBe('UNSAFE_OUTPUT');
    for (const path of [link, fifo, hard])
      expect([path, await codeOf(write(path))]).toEqual([path, 'UNSAFE_OUTPUT']);
    expect(await codeOf(write('/dev/null'))).toBe('UNSAFE_OUTPUT');
    expect(readFileSync(target, 'utf8')).toBe('old');
    await write(link, true);
    expect([lstatSync(link).isSymbolicLink(), readFileSync(target, 'utf8')]).toEqual([true, 'new']);
    await writeOutput(hard, 'both', { force: true });
    expect([statSync(target).nlink, readFileSync(target, 'utf8')]).toEqual([2, 'both']);
    expect(temporaries(where)).toEqual([]);
  });

  it('leaves no temporary file when the write fails', async () => {
    expect(await codeOf(write(join(dir, 'missing', 'x.txt')))).toBe('FILE_NOT_FOUND');
    expect(await codeOf(write(join(dir, 'new-dir/')))).not.toBe('resolved');
    expect(temporaries(dir)).toEqual([]);
  });
});
