/*
 * Tags that let the JSON fixture hold what JSON cannot. A tag is an object with exactly one key
 * from the list below; everything else is plain JSON and is copied as it stands (object keys,
 * including `__proto__`, become own properties, never prototypes).
 *
 *   {"$undefined": true}                  undefined
 *   {"$number": "NaN"}                    Number(text): "NaN", "Infinity", "-Infinity", "-0", "1e-400"
 *   {"$bigint": "123"}                    BigInt(text); the text may itself be a tag
 *   {"$date": "invalid"}                  new Date(NaN); or {"$date": "<ISO text>"} / {"$date": <ms>}
 *   {"$decimal": "NaN"}                   new Decimal(text) from decimal.js (NaN, Infinity, …)
 *   {"$symbol": "x"}                      Symbol("x")
 *   {"$toStringTag": "Date"}              an object that Object.prototype.toString calls a Date
 *   {"$function": "noop"}                 a function: "noop", "identity" or "thrower"
 *   {"$repeat": [unit, count]}            unit (text or a tag giving text) repeated count times
 *   {"$concat": [part, …]}                the parts (texts or tags giving text) joined
 *   {"$json": value}                      JSON.stringify of the decoded value (a document as text)
 *   {"$nest": {"depth": n, "key": k, "leaf": v}}
 *                                         v wrapped n times in {k: …} (k null: in […]), built
 *                                         without recursion, so 100,000 levels are fine
 *   {"$bytes": "<base64>"}                a Uint8Array
 *   {"$hex": "95 5d"}                     a Uint8Array from hex pairs (spaces ignored); the text may
 *                                         itself be a tag: {"$hex": {"$repeat": ["ff", 1000000]}}
 *   {"$utf8": text}                       the UTF-8 bytes of text (lone surrogates become U+FFFD)
 *   {"$sjis": text}                       the Shift_JIS (CP932) bytes of text
 *   {"$ref": "name"}                      a fresh copy of the fixture's values[name], or a built-in:
 *                                         "kodaira" (the bundled plan, frozen)
 *   {"$patch": [base, {"a.b.0": v, …}]}   base with the dotted paths set to v, or removed when v is
 *                                         {"$delete": true}
 *   {"$call": ["fn", [arg, …]]}           what a public function returns for good arguments, e.g.
 *                                         an aggregate to give to renderRatingChart
 *
 * CLI cases only (argv items):
 *   {"$file": "name"}                     the path of the case's files[name], written to a temp dir
 *   {"$path": "name"}                     a path in the temp dir that does not exist
 *   {"$dir": true}                        the temp dir itself (a directory, not a file)
 */
import { Decimal } from 'decimal.js';
import iconv from 'iconv-lite';

/** A JSON value as the fixture holds it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** What tags that name things outside the value need. */
export interface DecodeContext {
  /** The fixture's named values, decoded afresh at every use. */
  readonly values: Readonly<Record<string, Json>>;
  /** Built-in values such as the bundled plan. */
  readonly builtins: Readonly<Record<string, () => unknown>>;
  /** Calls a public function by name, for `$call`. */
  readonly call: (name: string, args: unknown[]) => unknown;
  /** Turns `$file`, `$path` and `$dir` into paths; absent outside CLI cases. */
  readonly paths?: {
    readonly file: (name: string) => string;
    readonly missing: (name: string) => string;
    readonly dir: () => string;
  };
}

const TAGS = new Set([
  '$undefined',
  '$number',
  '$bigint',
  '$date',
  '$decimal',
  '$symbol',
  '$toStringTag',
  '$function',
  '$repeat',
  '$concat',
  '$json',
  '$nest',
  '$bytes',
  '$hex',
  '$utf8',
  '$sjis',
  '$ref',
  '$patch',
  '$call',
  '$file',
  '$path',
  '$dir',
  '$delete',
]);

const FUNCTIONS: Readonly<Record<string, () => unknown>> = {
  noop: () => () => undefined,
  identity: () => (value: unknown) => value,
  thrower: () => () => {
    throw new Error('thrown by a function given as input');
  },
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Defines an own, enumerable property: `__proto__` stays a key, never becomes a prototype. */
export function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The tag of a value, or null when it is plain JSON. */
function tagOf(value: Json): [string, Json] | null {
  if (!isRecord(value)) return null;
  const keys = Object.keys(value);
  const key = keys[0];
  if (keys.length !== 1 || key === undefined || !key.startsWith('$') || key === '$schema') return null;
  if (!TAGS.has(key)) throw new Error(`unknown fixture tag ${key}`);
  return [key, value[key] as Json];
}

function text(value: unknown, tag: string): string {
  if (typeof value !== 'string') throw new Error(`${tag} needs text, got ${typeof value}`);
  return value;
}

function pair(value: Json, tag: string): [Json, Json] {
  if (!Array.isArray(value) || value.length !== 2) throw new Error(`${tag} needs [a, b]`);
  return [value[0] as Json, value[1] as Json];
}

function nest(spec: Json, context: DecodeContext): unknown {
  if (!isRecord(spec) || typeof spec.depth !== 'number') throw new Error('$nest needs {depth, key, leaf}');
  const key = spec.key;
  let value: unknown = decode((spec.leaf ?? null) as Json, context);
  for (let i = 0; i < spec.depth; i++) {
    if (typeof key === 'string') {
      const wrapper = {};
      setOwn(wrapper, key, value);
      value = wrapper;
    } else value = [value];
  }
  return value;
}

function hexBytes(hex: string): Uint8Array {
  const clean = hex.replace(/\s+/g, '');
  if (!/^(?:[0-9a-fA-F]{2})*$/.test(clean))
    throw new Error(`$hex: ${JSON.stringify(hex.slice(0, 40))} is not hex pairs`);
  return Uint8Array.from(Buffer.from(clean, 'hex'));
}

function pathParts(path: string): string[] {
  return path.split('.');
}

function applyPatch(base: unknown, patch: Json, context: DecodeContext): unknown {
  if (!isRecord(patch)) throw new Error('$patch needs [base, {path: value}]');
  for (const [path, raw] of Object.entries(patch)) {
    const parts = pathParts(path);
    const last = parts.pop();
    let target: unknown = base;
    for (const part of parts) {
      target =
        isRecord(target) || Array.isArray(target) ? (target as Record<string, unknown>)[part] : undefined;
    }
    if (last === undefined || (!isRecord(target) && !Array.isArray(target))) {
      throw new Error(`$patch: ${path} does not lead into an object`);
    }
    const tag = tagOf(raw as Json);
    if (tag?.[0] === '$delete') delete (target as Record<string, unknown>)[last];
    else setOwn(target, last, decode(raw as Json, context));
  }
  return base;
}

function decodeTag(tag: string, body: Json, context: DecodeContext): unknown {
  switch (tag) {
    case '$undefined':
      return undefined;
    case '$number': {
      const value = Number(text(body, tag));
      if (Number.isNaN(value) && body !== 'NaN') throw new Error(`$number: ${JSON.stringify(body)}`);
      return value;
    }
    case '$bigint':
      return BigInt(text(decode(body, context), tag));
    case '$date':
      return body === 'invalid' ? new Date(Number.NaN) : new Date(body as string | number);
    case '$decimal':
      return new Decimal(text(body, tag));
    case '$symbol':
      return Symbol(text(body, tag));
    case '$toStringTag':
      return { [Symbol.toStringTag]: text(body, tag) };
    case '$function': {
      const make = FUNCTIONS[text(body, tag)];
      if (make === undefined) throw new Error(`$function: unknown ${JSON.stringify(body)}`);
      return make();
    }
    case '$repeat': {
      const [unit, count] = pair(body, tag);
      if (typeof count !== 'number') throw new Error('$repeat needs a count');
      return text(decode(unit, context), tag).repeat(count);
    }
    case '$concat':
      if (!Array.isArray(body)) throw new Error('$concat needs a list');
      return body.map((part) => text(decode(part, context), tag)).join('');
    case '$json':
      return JSON.stringify(decode(body, context));
    case '$nest':
      return nest(body, context);
    case '$bytes':
      return Uint8Array.from(Buffer.from(text(body, tag), 'base64'));
    case '$hex':
      return hexBytes(text(decode(body, context), tag));
    case '$utf8':
      return new TextEncoder().encode(text(decode(body, context), tag));
    case '$sjis':
      return Uint8Array.from(iconv.encode(text(decode(body, context), tag), 'cp932'));
    case '$ref':
      return ref(text(body, tag), context);
    case '$patch': {
      const [base, patch] = pair(body, tag);
      return applyPatch(decode(base, context), patch, context);
    }
    case '$call': {
      const [name, args] = pair(body, tag);
      if (!Array.isArray(args)) throw new Error('$call needs [name, [args]]');
      return context.call(
        text(name, tag),
        args.map((arg) => decode(arg, context)),
      );
    }
    case '$file':
    case '$path':
    case '$dir': {
      const paths = context.paths;
      if (paths === undefined) throw new Error(`${tag} is only for CLI cases`);
      if (tag === '$dir') return paths.dir();
      return tag === '$file' ? paths.file(text(body, tag)) : paths.missing(text(body, tag));
    }
    default:
      throw new Error(`${tag} cannot stand here`);
  }
}

function ref(name: string, context: DecodeContext): unknown {
  const builtin = context.builtins[name];
  if (builtin !== undefined) return builtin();
  const value = context.values[name];
  if (value === undefined) throw new Error(`$ref: no value named ${JSON.stringify(name)}`);
  return decode(value, context);
}

/**
 * Decodes a fixture value into the input it stands for. Plain JSON is copied, so every call
 * gives fresh objects (functions may freeze what they are given).
 */
export function decode(value: Json, context: DecodeContext): unknown {
  const tag = tagOf(value);
  if (tag !== null) return decodeTag(tag[0], tag[1], context);
  if (Array.isArray(value)) return value.map((item) => decode(item, context));
  if (isRecord(value)) {
    const out = {};
    for (const [key, item] of Object.entries(value)) setOwn(out, key, decode(item as Json, context));
    return out;
  }
  return value;
}
