/*
 * The bad-input gauntlet: every case of test/fixtures/bad-inputs.json must end in a MunikpiError
 * with the expected code (the CLI: exit 2 and one stderr line `munikpi: <CODE>: …`), within a
 * bounded time, without touching Object.prototype.
 *
 * The fixture is JSON, so values JSON cannot hold are written as tags, decoded afresh for every
 * call (test/gauntlet/tags.ts documents each):
 *
 *   {"$undefined": true}   {"$number": "NaN" | "Infinity" | "-0" | "1e-400"}   {"$bigint": "1"}
 *   {"$date": "invalid" | "<ISO>" | ms}   {"$decimal": "NaN"}   {"$symbol": "x"}   {"$function": "noop"}
 *   {"$toStringTag": "Date"}
 *   {"$repeat": ["令和", 50000]}   {"$concat": [a, b]}   {"$json": value}
 *   {"$nest": {"depth": 100000, "key": "a" | null, "leaf": v}}
 *   {"$bytes": "<base64>"}   {"$hex": "95 5d"}   {"$utf8": text}   {"$sjis": text}
 *   {"$ref": "name"}   {"$patch": [base, {"dotted.path": v | {"$delete": true}}]}   {"$call": ["fn", [args]]}
 *   CLI argv only: {"$file": "name"}   {"$path": "name"}   {"$dir": true}
 *
 * Cases in `knownFailures` are what the library gets wrong today: they run as expected failures
 * (it.fails), so the suite stays green and turns red the day src is fixed (then drop the entry).
 * GAUNTLET_SHOW_KNOWN=1 runs them as ordinary tests, to see what each does today.
 *
 * Hang guard: a vitest timeout cannot interrupt synchronous code, so cases marked `isolate`
 * (huge nesting, endless ranges, memory bombs) run in a worker thread that is terminated after
 * ISOLATED_LIMIT_MS or when it exceeds its heap. Every other case must finish its call within
 * CALL_LIMIT_MS, and its test within TEST_TIMEOUT_MS.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/index.js';
import { bundleWorker, runIsolated, type WorkerBundle } from './isolate.js';
import {
  type FixtureCase,
  NOT_CALLED,
  type Outcome,
  problemsOf,
  publicFunctions,
  runCase,
} from './outcome.js';
import { type DecodeContext, decode, type Json } from './tags.js';

/** How long one call may take in-process: a hang guard, not a speed goal. */
const CALL_LIMIT_MS = 3_000;
/** How long an isolated case may run before its worker is terminated. */
const ISOLATED_LIMIT_MS = 5_000;
const TEST_TIMEOUT_MS = 10_000;

/** The public functions the gauntlet must cover (with io's when present), and the CLI. */
const REQUIRED = [
  'calendarDate',
  'toWareki',
  'formatWareki',
  'parseWareki',
  'findWarekiDates',
  'isoDate',
  'addDays',
  'daysBetween',
  'compareDates',
  'fiscalYearOf',
  'fiscalYearRange',
  'fiscalQuarterOf',
  'fiscalMonthOf',
  'formatFiscalYear',
  'parseFiscalYear',
  'planPeriod',
  'evaluateKpi',
  'evaluateKpiSeries',
  'kpiTrend',
  'requiredPace',
  'defineKpi',
  'toDecimal',
  'roundFigure',
  'formatKpiValue',
  'defineRatingScale',
  'aggregateRatings',
  'ratingTransitions',
  'definePlan',
  'suggestRating',
  'auditPlan',
  'renderReport',
  'buildReport',
  'formatYen',
  'formatPercent',
  'displayWidth',
  'readJson',
  'parsePlan',
  'validatePlan',
  'parseKpi',
  'decodeText',
  'encodeText',
  'readCsv',
  'parseNumberCell',
  'importPlan',
  'planTemplate',
  'cli',
];

interface KnownFailure {
  readonly id: string;
  /** What the library does today instead. */
  readonly got: string;
}

interface Fixture {
  readonly values: Readonly<Record<string, Json>>;
  readonly knownFailures: readonly KnownFailure[];
  readonly cases: readonly FixtureCase[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fixtureCase(raw: unknown, index: number): FixtureCase {
  const ok =
    isRecord(raw) &&
    typeof raw.id === 'string' &&
    typeof raw.fn === 'string' &&
    Array.isArray(raw.args) &&
    typeof raw.code === 'string' &&
    typeof raw.why === 'string' &&
    (raw.isolate === undefined || typeof raw.isolate === 'boolean') &&
    (raw.files === undefined || isRecord(raw.files));
  if (!ok) throw new Error(`bad-inputs.json: case ${index} lacks id, fn, args, code or why`);
  return raw as unknown as FixtureCase;
}

function loadFixture(): Fixture {
  const raw: unknown = JSON.parse(
    readFileSync(new URL('../fixtures/bad-inputs.json', import.meta.url), 'utf8'),
  );
  if (
    !isRecord(raw) ||
    !Array.isArray(raw.cases) ||
    !Array.isArray(raw.knownFailures) ||
    !isRecord(raw.values)
  ) {
    throw new Error('bad-inputs.json: expected { values, knownFailures, cases }');
  }
  const knownFailures = raw.knownFailures.map((entry: unknown): KnownFailure => {
    if (!isRecord(entry) || typeof entry.id !== 'string' || typeof entry.got !== 'string') {
      throw new Error('bad-inputs.json: a known failure needs { id, got }');
    }
    return { id: entry.id, got: entry.got };
  });
  return {
    values: raw.values as Record<string, Json>,
    knownFailures,
    cases: raw.cases.map(fixtureCase),
  };
}

const FIXTURE = loadFixture();
const KNOWN = new Map(FIXTURE.knownFailures.map((known) => [known.id, known.got]));
const PUBLIC = publicFunctions();

function byFunction(cases: readonly FixtureCase[]): Map<string, FixtureCase[]> {
  const groups = new Map<string, FixtureCase[]>();
  for (const c of cases) groups.set(c.fn, [...(groups.get(c.fn) ?? []), c]);
  return groups;
}

let bundle: WorkerBundle | null = null;

beforeAll(async () => {
  if (FIXTURE.cases.some((c) => c.isolate === true)) bundle = await bundleWorker();
}, 60_000);

afterAll(async () => {
  await bundle?.dispose();
});

async function outcomeOf(c: FixtureCase): Promise<Outcome> {
  if (c.isolate !== true) return runCase(c, FIXTURE.values);
  if (bundle === null) throw new Error('the worker bundle was not built');
  return runIsolated(bundle, c, FIXTURE.values, ISOLATED_LIMIT_MS);
}

describe('the bad-input fixture', () => {
  it('holds at least 300 cases', () => {
    expect(FIXTURE.cases.length).toBeGreaterThanOrEqual(300);
  });

  it('gives every case a unique id, a public function and a documented code', () => {
    const ids = new Set<string>();
    for (const c of FIXTURE.cases) {
      expect(ids.has(c.id), `${c.id} appears twice`).toBe(false);
      ids.add(c.id);
      expect(c.fn === 'cli' || PUBLIC.has(c.fn), `${c.id}: ${c.fn} is not a public function`).toBe(true);
      expect(Object.hasOwn(ERROR_CODES, c.code), `${c.id}: ${c.code} is not in ERROR_CODES`).toBe(true);
      expect(c.why.trim(), `${c.id} says why`).not.toBe('');
    }
  });

  it('covers every required function and the CLI', () => {
    const covered = new Set(FIXTURE.cases.map((c) => c.fn));
    const present = REQUIRED.filter((name) => name === 'cli' || PUBLIC.has(name));
    expect(present.filter((name) => !covered.has(name))).toEqual([]);
  });

  it('covers every public function of munikpi, munikpi/report, munikpi/schema and munikpi/io', () => {
    const covered = new Set(FIXTURE.cases.map((c) => c.fn));
    const uncovered = [...PUBLIC.keys()].filter((name) => !covered.has(name) && !NOT_CALLED.has(name));
    expect(uncovered, 'public functions without a bad-input case').toEqual([]);
  });

  it('decodes the arguments of every case (so that no expected failure hides a fixture error)', () => {
    const context: DecodeContext = {
      values: FIXTURE.values,
      builtins: { kodaira: () => null },
      call: () => null,
      paths: { file: (name) => name, missing: (name) => name, dir: () => '.' },
    };
    for (const c of FIXTURE.cases) {
      expect(() => {
        for (const arg of c.args) decode(arg, context);
        if (c.stdin !== undefined) decode(c.stdin, context);
        for (const content of Object.values(c.files ?? {})) decode(content, context);
      }, c.id).not.toThrow();
    }
  });

  it('lists only known failures that are cases', () => {
    const ids = new Set(FIXTURE.cases.map((c) => c.id));
    expect(FIXTURE.knownFailures.filter((known) => !ids.has(known.id)).map((known) => known.id)).toEqual([]);
  });
});

for (const [fn, cases] of byFunction(FIXTURE.cases)) {
  describe(fn === 'cli' ? 'runCli' : fn, () => {
    for (const c of cases) {
      const known = KNOWN.get(c.id);
      const test = known === undefined || process.env.GAUNTLET_SHOW_KNOWN === '1' ? it : it.fails;
      const title = `${c.id} → ${c.code}: ${c.why}${known === undefined ? '' : ` [known: ${known}]`}`;
      test(
        title,
        async () => {
          const problems = problemsOf(c, await outcomeOf(c), CALL_LIMIT_MS);
          if (problems.length > 0) expect.fail(`${c.id} (${c.fn}): ${problems.join('; ')}`);
        },
        c.isolate === true ? ISOLATED_LIMIT_MS * 3 : TEST_TIMEOUT_MS,
      );
    }
  });
}
