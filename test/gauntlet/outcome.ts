/*
 * Runs one case of the bad-input fixture and says what happened, as plain data (so that a
 * worker thread can send it back), and checks that against the library's rule: a MunikpiError
 * with the expected code, quickly, and Object.prototype left alone.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run.js';
import { kodairaFy2023 } from '../../src/data/kodaira-fy2023.js';
import * as core from '../../src/index.js';
import * as io from '../../src/io/index.js';
import * as report from '../../src/report/index.js';
import * as schema from '../../src/schema/index.js';
import { type DecodeContext, decode, type Json } from './tags.js';

/** One hostile input: the function, its arguments (tagged JSON), the code it must give, and why. */
export interface FixtureCase {
  readonly id: string;
  /** A public function's name, or `cli` for runCli (then `args` is the argv). */
  readonly fn: string;
  readonly args: readonly Json[];
  /** The MunikpiError code the call must end in (for `cli`: the code on the stderr line). */
  readonly code: string;
  readonly why: string;
  /** CLI only: files to write to a temp dir, named by `$file` tags in the argv. */
  readonly files?: Readonly<Record<string, Json>>;
  /** CLI only: what standard input holds (text or bytes); absent: no standard input. */
  readonly stdin?: Json;
  /** Run in a worker thread with a memory limit and a hard time limit (may hang or exhaust memory). */
  readonly isolate?: boolean;
}

/** What a case did. Plain data: it crosses from a worker thread. */
export type Outcome =
  | {
      readonly kind: 'threw';
      readonly munikpi: boolean;
      readonly name: string;
      readonly code: string | null;
      readonly message: string;
      readonly ms: number;
      readonly pollution: readonly string[];
    }
  | {
      readonly kind: 'returned';
      readonly preview: string;
      readonly defect: string | null;
      readonly ms: number;
      readonly pollution: readonly string[];
    }
  | {
      readonly kind: 'exited';
      readonly exitCode: number;
      readonly stderr: string;
      readonly ms: number;
      readonly pollution: readonly string[];
    }
  | { readonly kind: 'timeout'; readonly ms: number }
  | { readonly kind: 'crashed'; readonly message: string; readonly ms: number };

/** A public function called with inputs of any type. */
export type Callable = (...args: unknown[]) => unknown;

function isCallable(value: unknown): value is Callable {
  return typeof value === 'function';
}

/** Exports that are functions but take no input or are classes. */
export const NOT_CALLED = new Set(['MunikpiError', 'today', 'planJsonSchema']);

/** Every public function of munikpi, munikpi/report, munikpi/schema and munikpi/io, by name. */
export function publicFunctions(): Map<string, Callable> {
  const found = new Map<string, Callable>();
  for (const namespace of [core, report, schema, io] as readonly Record<string, unknown>[]) {
    for (const [name, value] of Object.entries(namespace)) {
      if (isCallable(value) && !NOT_CALLED.has(name)) found.set(name, value);
    }
  }
  return found;
}

const FUNCTIONS = publicFunctions();

function call(name: string, args: unknown[]): unknown {
  const fn = FUNCTIONS.get(name);
  if (fn === undefined) throw new Error(`the fixture names ${JSON.stringify(name)}, which is not public`);
  return fn(...args);
}

const BUILTINS: Readonly<Record<string, () => unknown>> = { kodaira: () => kodairaFy2023 };

// --- Object.prototype ---------------------------------------------------------------------

interface PrototypeSnapshot {
  readonly names: readonly string[];
  readonly descriptors: ReadonlyMap<string, PropertyDescriptor | undefined>;
}

function snapshotPrototype(): PrototypeSnapshot {
  const names = Object.getOwnPropertyNames(Object.prototype);
  return {
    names,
    descriptors: new Map(
      names.map((name) => [name, Object.getOwnPropertyDescriptor(Object.prototype, name)]),
    ),
  };
}

function sameDescriptor(a: PropertyDescriptor | undefined, b: PropertyDescriptor | undefined): boolean {
  return a?.value === b?.value && a?.get === b?.get && a?.set === b?.set && a?.writable === b?.writable;
}

/** What changed on Object.prototype since the snapshot; added keys are removed again. */
function pollutionSince(before: PrototypeSnapshot): string[] {
  const found: string[] = [];
  const proto = Object.prototype as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(Object.prototype)) {
    if (!before.descriptors.has(name)) {
      found.push(`Object.prototype.${name} was added`);
      delete proto[name];
    } else if (!sameDescriptor(before.descriptors.get(name), Object.getOwnPropertyDescriptor(proto, name))) {
      found.push(`Object.prototype.${name} was changed`);
    }
  }
  for (const name of before.names) {
    if (!Object.hasOwn(proto, name)) found.push(`Object.prototype.${name} was removed`);
  }
  if (({} as Record<string, unknown>).polluted !== undefined) found.push('({}).polluted is set');
  return found;
}

// --- What a returned value holds ---------------------------------------------------------------

function isDecimalLike(value: object): value is { isFinite(): boolean } {
  return 'd' in value && 'e' in value && typeof (value as { isFinite?: unknown }).isFinite === 'function';
}

/** The first NaN, Infinity or Invalid Date in a value, or null. Walks at most 20,000 nodes. */
export function defectIn(value: unknown): string | null {
  const stack: [unknown, string][] = [[value, '(result)']];
  const seen = new Set<object>();
  for (let visited = 0; stack.length > 0 && visited < 20_000; visited++) {
    const [v, path] = stack.pop() as [unknown, string];
    if (typeof v === 'number' && !Number.isFinite(v)) return `${String(v)} at ${path}`;
    if (typeof v === 'string' && /\b(NaN|Infinity|Invalid Date)\b/.test(v))
      return `text with NaN/Infinity at ${path}`;
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    if (v instanceof Date) {
      if (Number.isNaN(v.getTime())) return `Invalid Date at ${path}`;
      continue;
    }
    if (isDecimalLike(v)) {
      if (!v.isFinite()) return `a non-finite Decimal at ${path}`;
      continue;
    }
    for (const key of Object.keys(v)) stack.push([(v as Record<string, unknown>)[key], `${path}.${key}`]);
  }
  return null;
}

/** A short, safe rendering of a returned value. */
export function preview(value: unknown): string {
  let text: string;
  try {
    text =
      typeof value === 'string'
        ? JSON.stringify(value)
        : (JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)) ??
          String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

// --- Running a case ------------------------------------------------------------------------------

function errorOutcome(error: unknown, ms: number, pollution: string[]): Outcome {
  const munikpi = error instanceof core.MunikpiError;
  return {
    kind: 'threw',
    munikpi,
    name: error instanceof Error ? error.constructor.name : typeof error,
    code: munikpi ? error.code : null,
    message: error instanceof Error ? error.message : String(error),
    ms,
    pollution,
  };
}

function asBytes(value: unknown): string | Uint8Array {
  if (typeof value === 'string' || value instanceof Uint8Array) return value;
  throw new Error('a CLI file or stdin must decode to text or bytes');
}

async function runCliCase(c: FixtureCase, context: DecodeContext, files: Map<string, unknown>) {
  const argv = c.args.map((arg) => decode(arg, context));
  if (!argv.every((arg): arg is string => typeof arg === 'string')) throw new Error('argv must be text');
  const stdin = c.stdin === undefined ? undefined : asBytes(decode(c.stdin, context));
  for (const [path, content] of files) await writeFile(path, asBytes(content));
  let stderr = '';
  const cliIo = {
    stdout: () => undefined,
    stderr: (text: string) => {
      stderr += text;
    },
    ...(stdin === undefined
      ? {}
      : { stdin: async () => (typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin) }),
  };
  return { run: () => runCli(argv, cliIo), stderr: () => stderr };
}

/**
 * Runs one case and says what happened. Decoding the arguments is not timed; the call is.
 */
export async function runCase(c: FixtureCase, values: Readonly<Record<string, Json>>): Promise<Outcome> {
  const dir = c.fn === 'cli' ? await mkdtemp(join(tmpdir(), 'munikpi-bad-input-')) : null;
  const files = new Map<string, unknown>();
  const context: DecodeContext = {
    values,
    builtins: BUILTINS,
    call,
    ...(dir === null
      ? {}
      : {
          paths: {
            file: (name: string) => {
              const content = c.files?.[name];
              if (content === undefined) throw new Error(`no file named ${JSON.stringify(name)}`);
              const path = join(dir, name);
              files.set(path, decode(content, context));
              return path;
            },
            missing: (name: string) => join(dir, 'missing', name),
            dir: () => dir,
          },
        }),
  };
  try {
    if (c.fn === 'cli') {
      const cli = await runCliCase(c, context, files);
      const before = snapshotPrototype();
      const start = performance.now();
      try {
        const exitCode = await cli.run();
        const ms = performance.now() - start;
        return { kind: 'exited', exitCode, stderr: cli.stderr(), ms, pollution: pollutionSince(before) };
      } catch (error) {
        return errorOutcome(error, performance.now() - start, pollutionSince(before));
      }
    }
    const args = c.args.map((arg) => decode(arg, context));
    const before = snapshotPrototype();
    const start = performance.now();
    try {
      const result = await Promise.resolve(call(c.fn, args));
      const ms = performance.now() - start;
      return {
        kind: 'returned',
        preview: preview(result),
        defect: defectIn(result),
        ms,
        pollution: pollutionSince(before),
      };
    } catch (error) {
      return errorOutcome(error, performance.now() - start, pollutionSince(before));
    }
  } finally {
    if (dir !== null) await rm(dir, { recursive: true, force: true });
  }
}

const STDERR_LINE = /^munikpi: ([A-Z_]+): [^\n]+\n$/;

/**
 * What is wrong with an outcome: empty when the case behaved. `limitMs` bounds the call's time.
 */
export function problemsOf(c: FixtureCase, outcome: Outcome, limitMs: number): string[] {
  const problems: string[] = [];
  switch (outcome.kind) {
    case 'timeout':
      return [`did not finish within ${Math.round(outcome.ms)} ms (a hang)`];
    case 'crashed':
      return [`crashed its worker: ${outcome.message}`];
    case 'returned':
      problems.push(
        `returned ${outcome.preview}${outcome.defect === null ? '' : ` (holding ${outcome.defect})`} instead of throwing ${c.code}`,
      );
      break;
    case 'threw':
      if (!outcome.munikpi)
        problems.push(`threw ${outcome.name}: ${outcome.message} (not a MunikpiError; expected ${c.code})`);
      else if (outcome.code !== c.code)
        problems.push(`threw ${outcome.code} instead of ${c.code}: ${outcome.message}`);
      else if (outcome.message.trim() === '') problems.push('threw with an empty message');
      break;
    case 'exited': {
      const match = STDERR_LINE.exec(outcome.stderr);
      if (outcome.exitCode !== 2) problems.push(`exited ${outcome.exitCode} instead of 2`);
      if (match === null)
        problems.push(
          `stderr is not one line "munikpi: ${c.code}: …": ${JSON.stringify(outcome.stderr.slice(0, 300))}`,
        );
      else if (match[1] !== c.code)
        problems.push(`stderr names ${match[1]} instead of ${c.code}: ${outcome.stderr.trim()}`);
      break;
    }
  }
  if (outcome.ms > limitMs) problems.push(`took ${Math.round(outcome.ms)} ms, over the ${limitMs} ms bound`);
  problems.push(...outcome.pollution);
  return problems;
}
