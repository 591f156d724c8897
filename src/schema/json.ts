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

/**
 * One open object or array while scanning. Frames are kept by depth and reused: scanning is
 * depth first, so a closed frame is never read again, and a document of a million objects
 * costs a few dozen frames.
 */
interface Frame {
  /** Whether this is an object (else an array). */
  object: boolean;
  /** An object's keys so far, while few: the first `count` of these, compared one by one. */
  readonly few: string[];
  /** How many of `few` are this object's. */
  count: number;
  /** An object's keys so far, once many. */
  many: Set<string> | null;
  /** The array index of the next value. */
  index: number;
  /** The key of the next value in an object. */
  key: string | null;
  /** The key or index this frame sits at in the one below it (null for the document). */
  at: string | number | null;
}

/** Keys an object may have before they are kept in a Set rather than compared one by one. */
const FEW_KEYS = 16;

/** The path of a value in the frame at `depth - 1`, from the frames below it. */
function pathOf(frames: readonly Frame[], depth: number, last?: string | number): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let d = 1; d < depth; d++) path.push((frames[d] as Frame).at as string | number);
  if (last !== undefined) path.push(last);
  return path;
}

/** Notes a key of an object; true when the object had it already. */
function seenKey(frame: Frame, key: string): boolean {
  if (frame.many !== null) {
    if (frame.many.has(key)) return true;
    frame.many.add(key);
    return false;
  }
  const few = frame.few;
  for (let k = 0; k < frame.count; k++) if (few[k] === key) return true;
  if (frame.count < FEW_KEYS) few[frame.count++] = key;
  else frame.many = new Set([...few, key]);
  return false;
}

/**
 * The text of a JSON string token from `i` (its opening quote) to `j` (its closing one), or
 * null if it is malformed. A token with no escape and no control character is its own text.
 */
function keyText(text: string, i: number, j: number, plain: boolean): string | null {
  if (plain) return text.slice(i + 1, j);
  try {
    return JSON.parse(text.slice(i, j + 1)) as string;
  } catch {
    return null;
  }
}

/**
 * Scans JSON text for duplicate keys, forbidden keys and excessive nesting, without building
 * anything. Syntax errors are left to JSON.parse.
 */
function scan(text: string, maxDepth: number, issues: MunikpiIssue[], numbers: NumberIssues): void {
  const frames: Frame[] = [];
  let depth = 0;
  let top: Frame | null = null;
  let expectKey = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: find its end, honouring escapes.
      let j = i + 1;
      let escaped = false;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 0x5c) {
          escaped = true;
          j += 2;
        } else if (d === 0x22) break;
        else {
          // A control character is not allowed in a string: JSON.parse tells it below.
          if (d < 0x20) escaped = true;
          j++;
        }
      }
      if (expectKey && top?.object) {
        const key = keyText(text, i, j, !escaped);
        if (key === null) return; // Malformed: JSON.parse will say where.
        if (seenKey(top, key)) {
          issues.push({
            path: formatPath(pathOf(frames, depth, key)),
            code: 'DUPLICATE_KEY',
            message: `the key ${quote(key)} appears twice`,
          });
        }
        if (FORBIDDEN.has(key)) {
          issues.push({
            path: formatPath(pathOf(frames, depth, key)),
            code: 'FORBIDDEN_KEY',
            message: `the key ${quote(key)} is not allowed`,
          });
        }
        top.key = key;
        expectKey = false;
      }
      i = j;
    } else if (c === 0x7b || c === 0x5b) {
      const at: string | number | null = top === null ? null : top.object ? (top.key ?? '') : top.index;
      if (depth >= maxDepth) {
        issues.push({
          path: formatPath(pathOf(frames, depth, at ?? undefined)),
          code: 'NESTING_TOO_DEEP',
          message: `nested deeper than ${maxDepth} levels`,
        });
        return;
      }
      let frame = frames[depth];
      if (frame === undefined) {
        frame = { object: false, few: [], count: 0, many: null, index: 0, key: null, at: null };
        frames.push(frame);
      }
      frame.object = c === 0x7b;
      frame.count = 0;
      frame.many = null;
      frame.index = 0;
      frame.key = null;
      frame.at = at;
      top = frame;
      depth++;
      expectKey = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) {
      depth = Math.max(0, depth - 1);
      top = depth === 0 ? null : (frames[depth - 1] as Frame);
      expectKey = false;
    } else if (c === 0x2c) {
      if (top?.object) expectKey = true;
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
        const at = top === null ? undefined : top.object ? (top.key ?? '') : top.index;
        numbers.add(formatPath(pathOf(frames, depth, at)), problem);
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
      ? // Array.from visits the holes of a sparse array (as undefined), which map skips.
        Array.from(current.v as readonly unknown[], (v, i) => [i, v] as const)
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
