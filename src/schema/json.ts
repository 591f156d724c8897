/*
 * Reading JSON that comes from outside: a size limit, a nesting limit, duplicate keys and
 * prototype-polluting keys, all found with their paths before anything is built.
 */
import { MunikpiError, type MunikpiIssue, quote } from '../errors.js';

/** Options for reading a JSON document. */
export interface ReadJsonOptions {
  /** The largest document accepted, in UTF-8 bytes. Default 5,000,000. */
  readonly maxBytes?: number;
  /** The deepest nesting of objects and arrays accepted. Default 64. */
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

interface Frame {
  /** Object keys seen so far, or null for an array. */
  keys: Set<string> | null;
  /** The array index of the next value. */
  index: number;
  /** The key of the next value in an object. */
  key: string | null;
  path: PropertyKey[];
}

/**
 * Scans JSON text for duplicate keys, forbidden keys and excessive nesting, without building
 * anything. Syntax errors are left to JSON.parse.
 */
function scan(text: string, maxDepth: number, issues: MunikpiIssue[]): void {
  const stack: Frame[] = [];
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
      const top = stack[stack.length - 1];
      if (expectKey && top?.keys) {
        let key: string;
        try {
          key = JSON.parse(text.slice(i, j + 1)) as string;
        } catch {
          return; // Malformed: JSON.parse will say where.
        }
        const path = [...top.path, key];
        if (top.keys.has(key)) {
          issues.push({
            path: formatPath(path),
            code: 'DUPLICATE_KEY',
            message: `the key ${quote(key)} appears twice`,
          });
        }
        if (FORBIDDEN.has(key)) {
          issues.push({
            path: formatPath(path),
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
      const parent = stack[stack.length - 1];
      const path =
        parent === undefined ? [] : [...parent.path, parent.keys ? (parent.key ?? '') : parent.index];
      if (stack.length >= maxDepth) {
        issues.push({
          path: formatPath(path),
          code: 'NESTING_TOO_DEEP',
          message: `nested deeper than ${maxDepth} levels`,
        });
        return;
      }
      stack.push({ keys: c === 0x7b ? new Set() : null, index: 0, key: null, path });
      expectKey = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
      expectKey = false;
    } else if (c === 0x2c) {
      const top = stack[stack.length - 1];
      if (top?.keys) expectKey = true;
      else if (top) top.index++;
    }
  }
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
export function readJson(text: string, options: ReadJsonOptions = {}): unknown {
  if (typeof text !== 'string') {
    throw new MunikpiError('INVALID_ARGUMENT', `readJson: ${quote(text)} is not text`, { input: text });
  }
  const maxBytes = options.maxBytes ?? 5_000_000;
  const maxDepth = options.maxDepth ?? 64;
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
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new MunikpiError('INVALID_JSON', `not JSON: ${message}`, {
      issues: [{ path: '(document)', code: 'INVALID_JSON', message }],
      cause: error,
    });
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
 * Walks a value already in memory for forbidden keys and excessive nesting (what readJson
 * checks in text), so that objects built in code meet the same rules.
 * @internal
 */
export function checkValue(value: unknown, maxDepth = 64): MunikpiIssue[] {
  const issues: MunikpiIssue[] = [];
  const walk = (v: unknown, path: PropertyKey[], depth: number): void => {
    if (typeof v !== 'object' || v === null) return;
    if (depth >= maxDepth) {
      issues.push({
        path: formatPath(path),
        code: 'NESTING_TOO_DEEP',
        message: `nested deeper than ${maxDepth} levels`,
      });
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((item, i) => {
        walk(item, [...path, i], depth + 1);
      });
      return;
    }
    for (const key of Object.keys(v)) {
      if (FORBIDDEN.has(key)) {
        issues.push({
          path: formatPath([...path, key]),
          code: 'FORBIDDEN_KEY',
          message: `the key ${quote(key)} is not allowed`,
        });
      }
      walk((v as Record<string, unknown>)[key], [...path, key], depth + 1);
    }
  };
  walk(value, [], 0);
  return issues;
}
