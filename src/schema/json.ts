/*
 * Reading JSON that comes from outside: a size limit, a nesting limit, duplicate keys and
 * prototype-polluting keys, all found with their paths before anything is built.
 */

import { errorOf, type MunikpiIssue, optionsOf, quote } from '../core/errors.js';
import { MAX_DEPTH, MAX_PLAN_BYTES } from '../core/limits.js';
import {
  documentProblems,
  documentTooLarge,
  notAboveZero,
  notJson,
  notTextFor,
  problemAt,
} from '../core/messages/errors-en.js';

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
function scan(text: string, maxDepth: number, issues: MunikpiIssue[], numbers: NumberIssues): void {
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
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      // Fast path: up to 15 digits before any exponent, and an exponent within ±280, keep the
      // value in the double's normal range and its digits exact; anything else is checked.
      let j = i + 1;
      let digits = c === 0x2d ? 0 : 1;
      let exponent = 0;
      let inExponent = false;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d >= 0x30 && d <= 0x39) {
          if (inExponent) exponent = Math.min(exponent * 10 + (d - 0x30), 1000);
          else digits++;
        } else if (d === 0x65 || d === 0x45) inExponent = true;
        else if (d !== 0x2e && d !== 0x2d && d !== 0x2b) break;
      }
      const exact = digits <= MAX_DIGITS && exponent <= 280;
      const problem = exact ? null : numberProblem(text.slice(i, j));
      if (problem !== null) {
        const at = top === null ? undefined : top.keys ? (top.key ?? '') : top.index;
        numbers.add(formatPath(pathOf(top, at)), problem);
      }
      i = j - 1;
    }
  }
}

/** A JSON number token: sign, integer part, fraction, exponent. */
const NUMBER_TOKEN = /^-?(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;
/** Every decimal of up to 15 significant digits reads back from a double unchanged. */
const MAX_DIGITS = 15;

/** A decimal as significant digits and the exponent of the last one: 1.50 is ['15', -1]. */
function canonical(token: string): readonly [string, number] | null {
  const match = NUMBER_TOKEN.exec(token);
  if (match === null) return null;
  const [, int = '', frac = '', exp = '0'] = match;
  let digits = `${int}${frac}`.replace(/^0+/, '');
  if (digits === '') return ['', 0];
  const trimmed = digits.replace(/0+$/, '');
  const exponent = Number(exp) - frac.length + (digits.length - trimmed.length);
  digits = trimmed;
  return [digits, exponent];
}

/**
 * Why a JSON number token would not be read as written, or null when it would: more than 15
 * significant digits, or a value a double cannot hold (1e400 would be Infinity, 1e-400 zero).
 * JSON.parse rounds such numbers without a word; munikpi refuses them and asks for a string.
 */
function numberProblem(token: string): string | null {
  const written = canonical(token);
  if (written === null) return null; // Not a number token: JSON.parse will say where.
  const [digits, exponent] = written;
  const shown = token.length > 40 ? `${token.slice(0, 37)}...` : token;
  const hint = `; write it as a string ("${shown}") to keep it exact`;
  if (digits.length > MAX_DIGITS) {
    return `the number ${shown} has ${digits.length} significant digits, more than the ${MAX_DIGITS} a JSON number keeps exactly${hint}`;
  }
  const read = Number(token);
  if (!Number.isFinite(read))
    return `the number ${shown} is too large for a JSON number (it would read as Infinity)${hint}`;
  const back = canonical(String(Math.abs(read)).replace('e+', 'e'));
  if (back === null || back[0] !== digits || back[1] !== exponent) {
    return `the number ${shown} is too small for a JSON number (it would read as ${read})${hint}`;
  }
  return null;
}

/** The most number issues listed one by one; the rest are counted. */
const MAX_NUMBER_ISSUES = 100;

/** Number issues, capped: a document of a million bad numbers gets a hundred and a count. */
class NumberIssues {
  readonly list: MunikpiIssue[] = [];
  more = 0;

  add(path: string, message: string): void {
    if (this.list.length < MAX_NUMBER_ISSUES) this.list.push({ path, code: 'INVALID_NUMBER', message });
    else this.more++;
  }

  all(): MunikpiIssue[] {
    if (this.more === 0) return this.list;
    const message = `and ${this.more} more number${this.more === 1 ? '' : 's'} of the same kind`;
    return [...this.list, { path: '(document)', code: 'INVALID_NUMBER', message }];
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
  throw errorOf('INVALID_OPTION', { notAboveZero }, { name, input: value });
}

/**
 * Reads a JSON document from outside: refuses documents over `maxBytes`, nested deeper than
 * `maxDepth`, with a key twice in one object, or with a `__proto__`, `constructor` or
 * `prototype` key, and reports every such problem with its path at once. Numbers are exact or
 * refused: a JSON number with more than 15 significant digits (12345678901234567890), or one a
 * double cannot hold (1e400, 1e-400), is refused with its path and a hint to write it as a
 * string, which is read exactly (`"12345678901234567890"`).
 *
 * @param text - the JSON text
 * @param options - size and depth limits
 * @returns the parsed value
 * @throws {MunikpiError} `DOCUMENT_TOO_LARGE`, `NESTING_TOO_DEEP`, `INVALID_NUMBER`,
 *   `FORBIDDEN_KEY` or `INVALID_JSON` (for syntax errors and duplicate keys), with `issues`
 *
 * @example
 * import { readJson } from 'munikpi/schema';
 * readJson('{"a": 1}'); // { a: 1 }
 * readJson('{"a": "12345678901234567890"}'); // { a: '12345678901234567890' }
 * // readJson('{"a": 1, "a": 2}') throws INVALID_JSON: the key "a" appears twice
 * // readJson('{"a": 12345678901234567890}') throws INVALID_NUMBER at a: write it as a string
 */
export function readJson(text: string, options?: ReadJsonOptions): unknown {
  if (typeof text !== 'string') {
    throw errorOf('INVALID_ARGUMENT', { notTextFor }, { what: 'readJson', input: text });
  }
  const { maxBytes, maxDepth } = readLimits(options);
  const bytes = text.length > maxBytes ? text.length : utf8Length(text);
  if (bytes > maxBytes) {
    throw errorOf(
      'DOCUMENT_TOO_LARGE',
      { documentTooLarge },
      { bytes, max: maxBytes },
      { input: `${text.slice(0, 40)}…` },
    );
  }
  const issues: MunikpiIssue[] = [];
  const numbers = new NumberIssues();
  scan(text, maxDepth, issues, numbers);
  const deep = issues.find((issue) => issue.code === 'NESTING_TOO_DEEP');
  if (deep !== undefined) {
    throw errorOf(
      'NESTING_TOO_DEEP',
      { problemAt },
      { path: deep.path, message: deep.message },
      { issues: [deep] },
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw errorOf(
      'INVALID_JSON',
      { notJson },
      { message },
      { issues: [{ path: '(document)', code: 'INVALID_JSON', message }], cause: error },
    );
  }
  if (numbers.list.length > 0) {
    // JSON.parse would round 12345678901234567890, and read 1e400 as Infinity and 1e-400 as 0.
    const numberIssues = numbers.all();
    const first = numberIssues[0] as MunikpiIssue;
    throw errorOf(
      'INVALID_NUMBER',
      { problemAt },
      { path: first.path, message: first.message },
      { issues: numberIssues },
    );
  }
  if (issues.length > 0) {
    const forbidden = issues.some((issue) => issue.code === 'FORBIDDEN_KEY');
    throw errorOf(
      forbidden ? 'FORBIDDEN_KEY' : 'INVALID_JSON',
      { documentProblems },
      { problems: issues },
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
