/*
 * Reading a zip archive (.xlsx) without trusting it: the central directory says what each entry
 * claims to hold before anything is inflated, and inflating stops at a hard cap in case the
 * claims are false.
 */
import { Inflate } from 'fflate';
import { MunikpiError } from '../core/errors.js';

/** One entry of the central directory, as the archive declares it. */
export interface ZipEntry {
  /** The entry's path inside the archive. */
  readonly name: string;
  /** 0 (stored) or 8 (deflated); anything else cannot be read. */
  readonly method: number;
  /** The declared compressed size. */
  readonly compressedSize: number;
  /** The declared uncompressed size. */
  readonly size: number;
  /** Where the entry's local header starts. */
  readonly offset: number;
  /** The general-purpose flags (bit 0: encrypted). */
  readonly flags: number;
}

/** Why an archive cannot be read (the caller words it for the user). */
export class ZipProblem extends Error {
  override readonly name = 'ZipProblem';
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** More entries than any workbook has (a workbook has a few dozen parts). */
const MAX_ENTRIES = 10_000;
/** Compressed bytes handed to the inflater at a time: at most about 1,032 times as many come out. */
const SLICE = 16 * 1024;

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) + u16(bytes, at + 2) * 0x10000) >>> 0;
}

function endOfDirectory(bytes: Uint8Array): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= stop; at--) {
    if (u32(bytes, at) === EOCD) return at;
  }
  throw new ZipProblem('no zip central directory (the file is cut short or is not a zip archive)');
}

/**
 * The entries of a zip archive, read from its central directory alone.
 * @internal
 */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const end = endOfDirectory(bytes);
  const count = u16(bytes, end + 10);
  const start = u32(bytes, end + 16);
  if (count === 0xffff || start === 0xffffffff)
    throw new ZipProblem('a ZIP64 archive, which no workbook needs');
  if (count > MAX_ENTRIES) throw new ZipProblem(`${count} entries, more than any workbook has`);
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder('utf-8');
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) {
      throw new ZipProblem('the central directory is damaged');
    }
    const nameLength = u16(bytes, at + 28);
    const entry: ZipEntry = {
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      offset: u32(bytes, at + 42),
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    entries.set(entry.name, entry);
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.offset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL) {
    throw new ZipProblem(`the entry ${entry.name} points outside the archive`);
  }
  const from = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const to = from + entry.compressedSize;
  if (to > bytes.length) throw new ZipProblem(`the entry ${entry.name} runs past the end of the archive`);
  return bytes.subarray(from, to);
}

/**
 * Inflates one entry as UTF-8 text, stopping as soon as more than `cap` bytes come out
 * (`onOver` is then called and must throw); with the text, the bytes it inflated to.
 * @internal
 */
export function inflateText(
  bytes: Uint8Array,
  entry: ZipEntry,
  cap: number,
  onOver: () => Error,
): { readonly text: string; readonly bytes: number } {
  if ((entry.flags & 1) !== 0) throw new ZipProblem(`the entry ${entry.name} is encrypted`);
  const data = entryData(bytes, entry);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  let total = 0;
  const take = (chunk: Uint8Array): void => {
    total += chunk.length;
    if (total > cap) throw onOver();
    parts.push(decoder.decode(chunk, { stream: true }));
  };
  try {
    if (entry.method === 0) take(data);
    else if (entry.method === 8) {
      const inflater = new Inflate((chunk) => take(chunk));
      for (let at = 0; at < data.length; at += SLICE) {
        inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
      }
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } else throw new ZipProblem(`the entry ${entry.name} uses compression method ${entry.method}`);
    parts.push(decoder.decode());
  } catch (error) {
    if (error instanceof ZipProblem || error instanceof MunikpiError || !(error instanceof Error))
      throw error;
    throw new ZipProblem(`the entry ${entry.name} cannot be inflated: ${error.message}`);
  }
  return { text: parts.join(''), bytes: total };
}
