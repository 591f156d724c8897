/*
 * Reading JSON that comes from outside: a size limit, a nesting limit, duplicate keys and
 * prototype-polluting keys, all found with their paths before anything is built.
 */
import { MunikpiError, type MunikpiIssue, optionsOf, quote } from '../core/errors.js';
import { MAX_DEPTH, MAX_PLAN_BYTES } from '../core/limits.js';

/** Options for reading a JSON document. */
export interface ReadJsonOptions {
  /** The largest document accepted, in UTF-8 bytes. Default MAX_PLAN_BYTES (32,000,000). */
  readonly maxBytes?: number;
  /** The deepest nesting of objects and arrays accepted. Default MAX_DEPTH (64). */
  readonly maxDepth?: number;
}

/** Keys that could reach an object's prototype when a document is merged or spread. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A path as people read it: `programs[3].reports.2023.rating`.
 * @internal
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(document)' : out;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** One open object or array while scanning; the path is kept as parent links, built on demand. */
interface Frame {
  /** Object keys seen so far, or null for an array. */
  keys: Set<string> | null;
  /** The array index of the next value. */
  index: number;
  /** The key of the next value in an object. */
  key: string | null;
  /** The frame this one sits in, and the key or index it sits at. */
  parent: Frame | null;
  at: string | number | null;
}

function pathOf(frame: Frame | null, last?: string | number): PropertyKey[] {
  const path: PropertyKey[] = last === undefined ? [] : [last];
  for (let f = frame; f !== null && f.at !== null; f = f.parent) path.unshift(f.at);
  return path;
}

/**
 * Scans JSON text for duplicate keys, forbidden keys and excessive nesting, without building
 * anything. Syntax errors are left to JSON.parse.
 */
function scan(text: string, maxDepth: number, issues: MunikpiIssue[]): void {
  let top = null as Frame | null;
  let depth = 0;
  let expectKey = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: find its end, honouring escapes.
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 0x5c) j += 2;
        else if (d === 0x22) break;
        else j++;
      }
      if (expectKey && top?.keys) {
        let key: string;
        try {
          key = JSON.parse(text.slice(i, j + 1)) as string;
        } catch {
          return; // Malformed: JSON.parse will say where.
        }
        if (top.keys.has(key)) {
          issues.push({
            path: formatPath(pathOf(top, key)),
            code: 'DUPLICATE_KEY',
            message: `the key ${quote(key)} appears twice`,
          });
        }
        if (FORBIDDEN.has(key)) {
          issues.push({
            path: formatPath(pathOf(top, key)),
            code: 'FORBIDDEN_KEY',
            message: `the key ${quote(key)} is not allowed`,
          });
        }
        top.keys.add(key);
        top.key = key;
        expectKey = false;
      }
      i = j;
    } else if (c === 0x7b || c === 0x5b) {
      const at: string | number | null = top === null ? null : top.keys ? (top.key ?? '') : top.index;
      if (depth >= maxDepth) {
        issues.push({
          path: formatPath(pathOf(top, at ?? undefined)),
          code: 'NESTING_TOO_DEEP',
          message: `nested deeper than ${maxDepth} levels`,
        });
        return;
      }
      top = { keys: c === 0x7b ? new Set() : null, index: 0, key: null, parent: top, at };
      depth++;
      expectKey = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) {
      top = top?.parent ?? null;
      depth = Math.max(0, depth - 1);
      expectKey = false;
    } else if (c === 0x2c) {
      if (top?.keys) expectKey = true;
      else if (top) top.index++;
    }
  }
}

/**
 * The size and depth limits from options, checked.
 * @internal
 */
export function readLimits(options: ReadJsonOptions | undefined): { maxBytes: number; maxDepth: number } {
  const checked = optionsOf(options);
  return {
    maxBytes: limit(checked.maxBytes, 'maxBytes', MAX_PLAN_BYTES),
    maxDepth: Math.min(limit(checked.maxDepth, 'maxDepth', MAX_DEPTH), 10_000),
  };
}

function limit(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value;
  throw new MunikpiError('INVALID_OPTION', `${name}: ${quote(value)} is not a whole number above 0`, {
    input: value,
  });
}

/**
 * Reads a JSON document from outside: refuses documents over `maxBytes`, nested deeper than
 * `maxDepth`, with a key twice in one object, or with a `__proto__`, `constructor` or
 * `prototype` key, and reports every such problem with its path at once.
 *
 * @param text - the JSON text
 * @param options - size and depth limits
 * @returns the parsed value
 * @throws {MunikpiError} `DOCUMENT_TOO_LARGE`, `NESTING_TOO_DEEP`, `FORBIDDEN_KEY` or
 *   `INVALID_JSON` (for syntax errors and duplicate keys), with `issues`
 *
 * @example
 * import { readJson } from 'munikpi/schema';
 * readJson('{"a": 1}'); // { a: 1 }
 * // readJson('{"a": 1, "a": 2}') throws INVALID_JSON: the key "a" appears twice
 */
export function readJson(text: string, options?: ReadJsonOptions): unknown {
  if (typeof text !== 'string') {
    throw new MunikpiError('INVALID_ARGUMENT', `readJson: ${quote(text)} is not text`, { input: text });
  }
  const { maxBytes, maxDepth } = readLimits(options);
  const bytes = text.length > maxBytes ? text.length : utf8Length(text);
  if (bytes > maxBytes) {
    throw new MunikpiError(
      'DOCUMENT_TOO_LARGE',
      `the document has ${bytes} bytes, over the limit of ${maxBytes}`,
      {
        input: `${text.slice(0, 40)}…`,
      },
    );
  }
  const issues: MunikpiIssue[] = [];
  scan(text, maxDepth, issues);
  const deep = issues.find((issue) => issue.code === 'NESTING_TOO_DEEP');
  if (deep !== undefined) {
    throw new MunikpiError('NESTING_TOO_DEEP', `${deep.path}: ${deep.message}`, { issues: [deep] });
  }
  let value: unknown;
  let nonFinite = false;
  try {
    // JSON reads 1e400 as Infinity: refuse it rather than let a figure become infinite.
    value = JSON.parse(text, (_key, v: unknown) => {
      if (typeof v === 'number' && !Number.isFinite(v)) nonFinite = true;
      return v;
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new MunikpiError('INVALID_JSON', `not JSON: ${message}`, {
      issues: [{ path: '(document)', code: 'INVALID_JSON', message }],
      cause: error,
    });
  }
  if (nonFinite) {
    throw new MunikpiError(
      'INVALID_NUMBER',
      'the document holds a number too large to be finite (such as 1e400)',
      {
        issues: nonFiniteIssues(value),
      },
    );
  }
  if (issues.length > 0) {
    const forbidden = issues.some((issue) => issue.code === 'FORBIDDEN_KEY');
    throw new MunikpiError(
      forbidden ? 'FORBIDDEN_KEY' : 'INVALID_JSON',
      `${issues.length} problem${issues.length === 1 ? '' : 's'}: ${issues
        .slice(0, 3)
        .map((issue) => `${issue.path}: ${issue.message}`)
        .join('; ')}`,
      { issues },
    );
  }
  return value;
}

/**
 * Every value of a document, depth first, without recursion: the value, its path as parent
 * links, its depth. Stops at `maxDepth` and reports it.
 */
function walk(
  value: unknown,
  maxDepth: number,
  visit: (v: unknown, path: () => PropertyKey[]) => void,
): MunikpiIssue | null {
  interface Item {
    v: unknown;
    parent: Item | null;
    at: PropertyKey | null;
    depth: number;
  }
  const pathTo = (item: Item): PropertyKey[] => {
    const path: PropertyKey[] = [];
    for (let i: Item | null = item; i !== null && i.at !== null; i = i.parent) path.unshift(i.at);
    return path;
  };
  const stack: Item[] = [{ v: value, parent: null, at: null, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const current = item;
    visit(current.v, () => pathTo(current));
    if (typeof current.v !== 'object' || current.v === null) continue;
    if (current.depth >= maxDepth) {
      return {
        path: formatPath(pathTo(current)),
        code: 'NESTING_TOO_DEEP',
        message: `nested deeper than ${maxDepth} levels`,
      };
    }
    const entries = Array.isArray(current.v)
      ? current.v.map((v, i) => [i, v] as const)
      : Object.keys(current.v).map((k) => [k, (current.v as Record<string, unknown>)[k]] as const);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [at, v] = entries[i] as readonly [PropertyKey, unknown];
      stack.push({ v, parent: current, at, depth: current.depth + 1 });
    }
  }
  return null;
}

function nonFiniteIssues(value: unknown): MunikpiIssue[] {
  const issues: MunikpiIssue[] = [];
  walk(value, 10_000, (v, path) => {
    if (typeof v === 'number' && !Number.isFinite(v)) {
      issues.push({
        path: formatPath(path()),
        code: 'INVALID_NUMBER',
        message: 'the number is too large to be finite',
      });
    }
  });
  return issues;
}

/**
 * Walks a value already in memory for forbidden keys and excessive nesting (what readJson
 * checks in text), so that objects built in code meet the same rules.
 * @internal
 */
export function checkValue(value: unknown, maxDepth = MAX_DEPTH): MunikpiIssue[] {
  const issues: MunikpiIssue[] = [];
  const deep = walk(value, Math.min(maxDepth, 10_000), (v, path) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return;
    for (const key of Object.keys(v)) {
      if (FORBIDDEN.has(key)) {
        issues.push({
          path: formatPath([...path(), key]),
          code: 'FORBIDDEN_KEY',
          message: `the key ${quote(key)} is not allowed`,
        });
      }
    }
  });
  if (deep !== null) issues.push(deep);
  return issues;
}
