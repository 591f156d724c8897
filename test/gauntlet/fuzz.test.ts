/*
 * Fuzzing the parsers and the CLI with fast-check: for any input, each call returns a
 * well-formed result or throws a MunikpiError with a documented code — never another exception,
 * never NaN, Infinity or an Invalid Date, never a change to Object.prototype — and formatting
 * then parsing gives back what was formatted.
 *
 * In CI (`npm test`): a fixed seed and DEFAULT_RUNS runs per property, a few seconds in all.
 * Locally, `npm run fuzz` (scripts/fuzz.mjs) runs the same properties with FUZZ_RUNS runs and a
 * random FUZZ_SEED, printed so that a failure can be replayed:
 *   FUZZ_SEED=123 FUZZ_RUNS=20000 npx vitest run test/gauntlet/fuzz.test.ts
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import {
  type CalendarDate,
  calendarDate,
  ERAS,
  ERROR_CODES,
  type FormatFiscalYearOptions,
  type FormatWarekiOptions,
  findWarekiDates,
  formatFiscalYear,
  formatWareki,
  isoDate,
  MunikpiError,
  type ParsedWareki,
  parseFiscalYear,
  parseWareki,
  toDecimal,
  type WarekiMatch,
} from '../../src/index.js';
import { decodeText, encodeText, importPlan, parseNumberCell, readCsv } from '../../src/io/index.js';
import { parsePlan, readJson } from '../../src/schema/index.js';
import { defectIn } from './outcome.js';

// --- Settings ------------------------------------------------------------------------------------

const DEFAULT_RUNS = 250;
const DEFAULT_SEED = 20_240_401;
const RUNS = positiveInteger(process.env.FUZZ_RUNS) ?? DEFAULT_RUNS;
const SEED = integer(process.env.FUZZ_SEED) ?? DEFAULT_SEED;
/** Generous per-test time: a guard against hangs in the async properties, not a speed goal. */
const TIMEOUT_MS = Math.max(30_000, RUNS * 60);

function integer(text: string | undefined): number | undefined {
  return text !== undefined && /^-?\d+$/.test(text) ? Number(text) : undefined;
}

function positiveInteger(text: string | undefined): number | undefined {
  const n = integer(text);
  return n !== undefined && n > 0 ? n : undefined;
}

/** fast-check parameters: the seed, and a share of the runs for the slower properties. */
function params(share = 1): { seed: number; numRuns: number } {
  return { seed: SEED, numRuns: Math.max(10, Math.round(RUNS * share)) };
}

// --- The contract ----------------------------------------------------------------------------------

type Attempt<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly code: string };

function prototypeNames(): string {
  return Object.getOwnPropertyNames(Object.prototype).sort().join(',');
}

const PROTOTYPE = prototypeNames();

function checkPrototype(): void {
  expect(prototypeNames()).toBe(PROTOTYPE);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

function judge<T>(run: () => T): Attempt<T> {
  try {
    const value = run();
    expect(defectIn(value), 'a returned value holds NaN, Infinity or an Invalid Date').toBeNull();
    return { ok: true, value };
  } catch (error) {
    // Anything but a MunikpiError with a documented code fails the property, as thrown.
    if (!(error instanceof MunikpiError) || !Object.hasOwn(ERROR_CODES, error.code)) throw error;
    return { ok: false, code: error.code };
  } finally {
    checkPrototype();
  }
}

async function judgeAsync<T>(run: () => Promise<T>): Promise<Attempt<T>> {
  try {
    const value = await run();
    expect(defectIn(value), 'a returned value holds NaN, Infinity or an Invalid Date').toBeNull();
    return { ok: true, value };
  } catch (error) {
    if (!(error instanceof MunikpiError) || !Object.hasOwn(ERROR_CODES, error.code)) throw error;
    return { ok: false, code: error.code };
  } finally {
    checkPrototype();
  }
}

// --- Generators ------------------------------------------------------------------------------------

/** Fragments of era dates and fiscal years, and things that nearly are. */
// biome-ignore format: the fragments read best as a table
const FRAGMENTS = [
  // eras, short forms, ligatures, initials, and one that munikpi does not know
  '令和', '平成', '昭和', '大正', '明治', '慶応', '令', '平', '昭', '大', '明', '㋿', '㍻', '㍼',
  'R', 'H', 'S', 'T', 'M', 'X', 'r', 'h', 'Ｒ', 'Ｈ', 'FY', 'ｆｙ',
  // the words and marks between the numbers
  '元', '年', '月', '日', '度', '曜', '～', '~', '〜', '.', '/', '-', '．', '／', '（', '）', '(', ')', '土', '水',
  // spaces, controls and broken UTF-16
  ' ', '　', '\t', '\n', '\u0000', '\ud800', '\udc00',
  // digits: ASCII, full width, kanji; good, edge and impossible values
  '0', '1', '2', '3', '4', '5', '9', '00', '01', '12', '13', '29', '30', '31', '32', '64', '99',
  '2023', '1872', '9999', '99999', '０', '１', '５', '３１', '２０２３',
  '一', '二', '三', '十', '百', '千', '〇', '零', '五', '三十一', '十十', '二千二十三',
  // the Gregorian year in brackets after a fiscal year
  '（2023年度）', '(2024年度)',
];

const nearMiss = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 14 }).map((parts) => parts.join(''));

/** Any UTF-16 string, lone surrogates included. */
const anyUtf16 = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
});

/** Text to feed a parser: near misses, any code points, any UTF-16. */
const hostileText = fc.oneof(
  { arbitrary: nearMiss, weight: 4 },
  { arbitrary: fc.string({ unit: 'binary' }), weight: 1 },
  { arbitrary: anyUtf16, weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme' }), weight: 1 },
);

const FIRST_DAY = -35_428; // 1873-01-01
const LAST_DAY = 2_932_896; // 9999-12-31

function dateOfDay(day: number): CalendarDate {
  const d = new Date(day * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Dates 1873..9999, weighted to the era changes. */
const arbDate = fc.oneof(
  fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(dateOfDay),
  fc.integer({ min: FIRST_DAY, max: 20_000 }).map(dateOfDay),
  fc.constantFrom<CalendarDate>(
    { year: 1873, month: 1, day: 1 },
    { year: 1912, month: 7, day: 29 },
    { year: 1912, month: 7, day: 30 },
    { year: 1926, month: 12, day: 24 },
    { year: 1926, month: 12, day: 25 },
    { year: 1989, month: 1, day: 7 },
    { year: 1989, month: 1, day: 8 },
    { year: 2019, month: 4, day: 30 },
    { year: 2019, month: 5, day: 1 },
    { year: 9999, month: 12, day: 31 },
  ),
);

const arbFiscalYear = fc.integer({ min: 1873, max: 9998 });

// --- Well-formed results ------------------------------------------------------------------------

function expectCalendarDate(date: CalendarDate): void {
  expect(calendarDate(date)).toEqual(date);
}

function expectParsedWareki(parsed: ParsedWareki, allowOverflow: boolean): void {
  expect(ERAS).toContain(parsed.era);
  expect(Number.isInteger(parsed.eraYear) && parsed.eraYear >= 1).toBe(true);
  expect(parsed.year).toBe(parsed.era.firstYear + parsed.eraYear - 1);
  expect(parsed.year >= 1873 && parsed.year <= 9999).toBe(true);
  if (!allowOverflow) expect(parsed.overflow).toBe(false);
  if (parsed.precision !== 'year') expect(parsed.month >= 1 && parsed.month <= 12).toBe(true);
  if (parsed.precision === 'day') {
    expect(parsed.date).toEqual({ year: parsed.year, month: parsed.month, day: parsed.day });
    expectCalendarDate(parsed.date);
  }
}

const MATCH_KINDS = ['date', 'year-month', 'year', 'fiscal-year', 'fiscal-year-range'];

function expectMatches(text: string, matches: readonly WarekiMatch[], allowOverflow: boolean): void {
  let previousEnd = 0;
  for (const m of matches) {
    expect(MATCH_KINDS).toContain(m.kind);
    expect(m.index >= previousEnd && m.index < m.end && m.end <= text.length).toBe(true);
    expect(text.slice(m.index, m.end)).toBe(m.text);
    expect(Number.isInteger(m.year) && m.year >= 1873 && m.year <= 9999).toBe(true);
    if (!allowOverflow) expect(m.overflow).toBe(false);
    if (m.month !== null) expect(m.month >= 1 && m.month <= 12).toBe(true);
    if (m.date !== null) expectCalendarDate(m.date);
    if (m.toYear !== null) expect(m.toYear >= m.year && m.toYear <= 9999).toBe(true);
    previousEnd = m.end;
  }
}

// --- Properties ------------------------------------------------------------------------------------

describe(`fuzz: the era and fiscal-year parsers (seed ${SEED}, ${RUNS} runs)`, () => {
  it('parseWareki returns a well-formed era date or throws a MunikpiError', () => {
    fc.assert(
      fc.property(hostileText, fc.boolean(), (text, allowOverflow) => {
        const result = judge(() => parseWareki(text, { allowOverflow }));
        if (result.ok) expectParsedWareki(result.value, allowOverflow);
      }),
      params(2),
    );
  });

  it('parseFiscalYear returns a fiscal year 1873..9999 or throws a MunikpiError', () => {
    fc.assert(
      fc.property(
        hostileText,
        fc.boolean(),
        fc.integer({ min: 1, max: 12 }),
        (text, allowOverflow, startMonth) => {
          const result = judge(() => parseFiscalYear(text, { allowOverflow, startMonth }));
          if (result.ok)
            expect(Number.isInteger(result.value) && result.value >= 1873 && result.value <= 9999).toBe(true);
        },
      ),
      params(2),
    );
  });

  it('findWarekiDates returns matches that lie in the text, in order, and are real dates', () => {
    const prose = fc
      .array(fc.oneof(nearMiss, fc.constantFrom('現在、', 'の実績は', '73.9%', 'AR55', '最大5年', '。')), {
        maxLength: 8,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(prose, hostileText), fc.boolean(), (text, allowOverflow) => {
        const result = judge(() => findWarekiDates(text, { allowOverflow }));
        expect(result.ok, 'findWarekiDates throws only for non-text and overlong text').toBe(true);
        if (result.ok) expectMatches(text, result.value, allowOverflow);
      }),
      params(2),
    );
  });

  it('calendarDate reads only exact YYYY-MM-DD text, and isoDate gives it back', () => {
    const isoLike = fc
      .tuple(
        fc.integer({ min: 0, max: 10_999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(
        ([y, m, d]) =>
          `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      );
    fc.assert(
      fc.property(fc.oneof(isoLike, hostileText), (text) => {
        const result = judge(() => calendarDate(text));
        if (result.ok) {
          expectCalendarDate(result.value);
          expect(isoDate(result.value)).toBe(text);
        }
      }),
      params(2),
    );
  });

  it('calendarDate takes any { year, month, day } of numbers, or throws a MunikpiError', () => {
    const field = fc.oneof(
      fc.integer({ min: -10, max: 10_010 }),
      fc.double(),
      fc.constantFrom(-0, 0.5, 1e308),
    );
    fc.assert(
      fc.property(field, field, field, (year, month, day) => {
        const result = judge(() => calendarDate({ year, month, day }));
        if (result.ok) expectCalendarDate(result.value);
      }),
      params(),
    );
  });

  it('calendarDate reads any Date in Japan time, or throws a MunikpiError', () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: false }), (date) => {
        const result = judge(() => calendarDate(date));
        if (result.ok) expectCalendarDate(result.value);
      }),
      params(),
    );
  });
});

describe(`fuzz: round trips (seed ${SEED}, ${RUNS} runs)`, () => {
  const warekiOptions = fc.record(
    {
      era: fc.constantFrom('name' as const, 'short' as const, 'initial' as const),
      separator: fc.constantFrom('kanji' as const, '.' as const, '/' as const, '-' as const),
      pad: fc.boolean(),
      gannen: fc.boolean(),
      weekday: fc.boolean(),
    },
    { requiredKeys: [] },
  );

  it('parseWareki(formatWareki(d)) gives back d, in every form formatWareki writes', () => {
    fc.assert(
      fc.property(arbDate, warekiOptions, fc.boolean(), (date, options: FormatWarekiOptions, kanji) => {
        // Kanji numerals need kanji separators (the default with the full era name).
        const separator = options.separator ?? ((options.era ?? 'name') === 'name' ? 'kanji' : '.');
        const text = formatWareki(
          date,
          kanji && separator === 'kanji' ? { ...options, numerals: 'kanji' } : options,
        );
        const parsed = parseWareki(text);
        expect(parsed.precision).toBe('day');
        if (parsed.precision === 'day') expect(parsed.date).toEqual(date);
      }),
      params(2),
    );
  });

  it('parseWareki reads back the year-month and year forms', () => {
    fc.assert(
      fc.property(arbDate, fc.constantFrom('year-month' as const, 'year' as const), (date, fields) => {
        const parsed = parseWareki(formatWareki(date, { fields }));
        expect(parsed.year).toBe(date.year);
        if (fields === 'year-month')
          expect(parsed.precision === 'month' && parsed.month === date.month).toBe(true);
      }),
      params(),
    );
  });

  it('findWarekiDates finds a formatted date inside prose', () => {
    fc.assert(
      fc.property(arbDate, fc.constantFrom('', '現在', '時点の実績は'), (date, tail) => {
        const text = `令和の資料では${formatWareki(date)}${tail}。`;
        const dates = findWarekiDates(text).filter((m) => m.kind === 'date');
        expect(dates.map((m) => m.date)).toEqual([date]);
      }),
      params(),
    );
  });

  it('parseFiscalYear(formatFiscalYear(fy)) gives back fy, in every style', () => {
    const options = fc.record(
      {
        style: fc.constantFrom(
          'era' as const,
          'initial' as const,
          'code' as const,
          'gregorian' as const,
          'fy' as const,
        ),
        eraChange: fc.constantFrom('new' as const, 'old' as const),
        gannen: fc.boolean(),
        numerals: fc.constantFrom('arabic' as const, 'kanji' as const),
        withGregorian: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    // withGregorian goes with the era labels only; with the other styles it is refused.
    const eraLabel = (o: FormatFiscalYearOptions) =>
      o.style === undefined || o.style === 'era' || o.style === 'initial';
    fc.assert(
      fc.property(arbFiscalYear, options, (fy, o: FormatFiscalYearOptions) => {
        const result = judge(() => formatFiscalYear(fy, o));
        if (o.withGregorian === true && !eraLabel(o))
          expect(result.ok ? 'written' : result.code).toBe('INVALID_OPTION');
        else if (result.ok) expect(parseFiscalYear(result.value)).toBe(fy);
        else throw new Error(`formatFiscalYear(${fy}) refused ${JSON.stringify(o)}: ${result.code}`);
      }),
      params(2),
    );
  });

  it('calendarDate(isoDate(d)) gives back d', () => {
    fc.assert(
      fc.property(arbDate, (date) => {
        expect(calendarDate(isoDate(date))).toEqual(date);
      }),
      params(),
    );
  });
});

describe(`fuzz: figures (seed ${SEED}, ${RUNS} runs)`, () => {
  const numberish = fc.oneof(
    fc
      .array(
        fc.constantFrom(
          '-',
          '+',
          '.',
          'e',
          'E',
          '0',
          '1',
          '9',
          '5',
          ',',
          ' ',
          '１',
          'x',
          '_',
          'NaN',
          'Infinity',
        ),
        { maxLength: 12 },
      )
      .map((p) => p.join('')),
    fc.double().map(String),
    fc.bigInt().map(String),
    hostileText,
  );

  it('toDecimal reads text into a finite Decimal, or throws INVALID_NUMBER', () => {
    fc.assert(
      fc.property(numberish, (text) => {
        const result = judge(() => toDecimal(text));
        if (result.ok) expect(result.value.isFinite()).toBe(true);
        else expect(result.code).toBe('INVALID_NUMBER');
      }),
      params(2),
    );
  });

  it('toDecimal reads every finite double exactly and refuses NaN and ±Infinity', () => {
    fc.assert(
      fc.property(fc.double(), (x) => {
        const result = judge(() => toDecimal(x));
        if (!Number.isFinite(x)) expect(result.ok ? 'returned' : result.code).toBe('INVALID_NUMBER');
        else if (result.ok) expect(result.value.eq(new Decimal(String(x)))).toBe(true);
        else throw new Error(`toDecimal(${x}) refused a finite double: ${result.code}`);
      }),
      params(2),
    );
  });

  it('parseNumberCell returns a plain decimal string, null, or throws a MunikpiError', () => {
    const cell = fc.oneof(
      fc
        .array(
          fc.constantFrom(
            '▲',
            '△',
            '-',
            '−',
            '¥',
            '￥',
            '1',
            '０',
            '9',
            ',',
            '，',
            '.',
            '．',
            '%',
            '％',
            '円',
            '施設',
            ' ',
            '―',
            'ー',
            '約',
            'e',
          ),
          { maxLength: 10 },
        )
        .map((p) => p.join('')),
      hostileText,
    );
    fc.assert(
      fc.property(cell, fc.constantFrom(undefined, '施設', '件', ''), (text, unit) => {
        const result = judge(() => parseNumberCell(text, unit === undefined ? {} : { unit }));
        if (result.ok && result.value !== null) expect(result.value).toMatch(/^-?\d+(\.\d+)?$/);
      }),
      params(2),
    );
  });
});

describe(`fuzz: documents (seed ${SEED}, ${RUNS} runs)`, () => {
  const POISON_KEYS = ['__proto__', 'constructor', 'prototype', 'polluted', 'id', 'programs', 'a'];
  const poisonedJson = fc
    .json({ maxDepth: 4 })
    .chain((base) => fc.tuple(fc.constant(base), fc.constantFrom(...POISON_KEYS), fc.json({ maxDepth: 2 })))
    .map(([base, key, value]) => `{${JSON.stringify(key)}:${value},"x":${base}}`);
  // Numbers a double cannot hold (1e400, 1e-400, 20 digits) must be refused, never rounded.
  const mutatedJson = fc
    .tuple(
      fc.json({ maxDepth: 4 }),
      fc.nat(),
      fc.constantFrom(
        '"',
        '{',
        '}',
        '[',
        ']',
        ',',
        ':',
        '\\',
        '\u0000',
        '\ud800',
        '1e400',
        '-1e-400',
        '12345678901234567890',
      ),
    )
    .map(
      ([text, at, insert]) =>
        text.slice(0, at % (text.length + 1)) + insert + text.slice(at % (text.length + 1)),
    );

  it('readJson returns a value without Infinity, or throws a MunikpiError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), poisonedJson, mutatedJson, hostileText), (text) => {
        judge(() => readJson(text));
      }),
      params(2),
    );
  });

  it('parsePlan returns a frozen plan, or throws a MunikpiError (text and parsed values)', () => {
    const planish = fc
      .record(
        {
          id: fc.oneof(fc.string(), fc.constant('x')),
          municipality: fc.constant('小平市'),
          title: fc.string(),
          period: fc.record({
            start: fc.integer({ min: 1800, max: 10_000 }),
            end: fc.integer({ min: 1800, max: 10_000 }),
          }),
          directions: fc.constant([{ id: 'd1', number: 1, name: 'd' }]),
          programs: fc.array(
            fc.record({
              id: fc.constantFrom('p1', 'p2', '__proto__'),
              number: fc.integer({ min: -1, max: 3 }),
              name: fc.string({ minLength: 1 }),
              kind: fc.constantFrom('implementation', 'study', 'other'),
              direction: fc.constantFrom('d1', 'd2'),
            }),
            { maxLength: 3 },
          ),
        },
        { requiredKeys: [] },
      )
      .map((plan) => JSON.stringify(plan));
    fc.assert(
      fc.property(fc.oneof(planish, poisonedJson, mutatedJson, fc.json()), fc.boolean(), (text, asValue) => {
        let input: unknown = text;
        if (asValue) {
          try {
            input = JSON.parse(text);
          } catch {
            return; // Not JSON: only the text form applies.
          }
        }
        const result = judge(() => parsePlan(input));
        if (result.ok) expect(Object.isFrozen(result.value)).toBe(true);
      }),
      params(2),
    );
  });

  it('readCsv returns rows of text, or throws a MunikpiError', () => {
    const csvish = fc
      .array(
        fc.constantFrom(
          'a',
          '評価',
          ',',
          '"',
          '""',
          '\r\n',
          '\n',
          '\r',
          '=SUM(A1)',
          '@x',
          ' ',
          '\ufeff',
          '\u0000',
        ),
        { maxLength: 20 },
      )
      .map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(csvish, fc.string({ unit: 'binary' })), (text) => {
        const result = judge(() => readCsv(text));
        if (result.ok)
          for (const row of result.value) for (const cell of row) expect(typeof cell).toBe('string');
      }),
      params(2),
    );
  });

  it('decodeText decodes any bytes or throws INVALID_ENCODING; encodeText round-trips well-formed text', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 64 }),
        fc.constantFrom('auto' as const, 'utf-8' as const, 'shift_jis' as const),
        (bytes, encoding) => {
          const result = judge(() => decodeText(bytes, { encoding }));
          if (!result.ok) expect(result.code).toBe('INVALID_ENCODING');
        },
      ),
      params(2),
    );
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.constantFrom('utf-8' as const, 'shift_jis' as const),
        (text, encoding) => {
          const bytes = judge(() => encodeText(text, { encoding }));
          if (bytes.ok)
            expect(decodeText(bytes.value, { encoding })).toBe(
              text.startsWith('\ufeff') ? text.slice(1) : text,
            );
          else expect([bytes.code, encoding]).toEqual(['INVALID_ENCODING', 'shift_jis']);
        },
      ),
      params(2),
    );
  });

  it(
    'importPlan imports or throws a MunikpiError, for any bytes and any near-CSV',
    async () => {
      const HEAD = '方向性,No.,実施プログラム,区分,評価,取組実績,KPI,単位,基準値,目標値,R5実績';
      const csv = fc
        .array(
          fc.constantFrom(
            '1 地域資源',
            '1',
            '①',
            '市民意見',
            '実施',
            '検討',
            'A',
            'Z',
            '=1+1',
            '"a,b"',
            '"',
            '73.9%',
            '▲5',
            '―',
            'R5',
            '令和5年度',
            '\u0000',
            '',
          ),
          { maxLength: 11 },
        )
        .map((cells) => `${HEAD}\r\n${cells.join(',')}\r\n`);
      const bytes = fc.oneof(
        csv.map((text) => new TextEncoder().encode(text)),
        fc.uint8Array({ maxLength: 200 }),
        fc.uint8Array({ maxLength: 200 }).map((tail) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...tail])),
      );
      const plan = { id: 'x', municipality: '小平市', title: 't', period: 'R3～R6', fiscalYear: 'R5' };
      await fc.assert(
        fc.asyncProperty(bytes, fc.boolean(), async (input, withPlan) => {
          await judgeAsync(() => importPlan(input, withPlan ? { plan } : {}));
        }),
        params(0.5),
      );
    },
    TIMEOUT_MS,
  );
});

describe(`fuzz: the CLI (seed ${SEED}, ${RUNS} runs)`, () => {
  let dir = '';
  const files: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'munikpi-fuzz-'));
    const contents: Record<string, string | Uint8Array> = {
      'plan.json': JSON.stringify({
        id: 'demo',
        municipality: '小平市',
        title: 't',
        period: { start: 2021, end: 2024 },
        directions: [{ id: 'd1', number: 1, name: 'd' }],
        programs: [
          {
            id: 'p1',
            number: 1,
            name: 'p',
            kind: 'implementation',
            direction: 'd1',
            reports: { 2023: { rating: 'A' } },
          },
        ],
      }),
      'proto.json': '{"__proto__":{"polluted":1}}',
      'broken.json': '{"a":',
      'sjis.json': Uint8Array.from([0x7b, 0x22, 0x95, 0x5d, 0x22, 0x3a, 0x31, 0x7d]),
      'kpi.json': '{"id":"k","name":"n","unit":"%","target":{"kind":"level","value":90,"by":2024}}',
    };
    for (const [name, content] of Object.entries(contents)) {
      await writeFile(join(dir, name), content);
      files.push(join(dir, name));
    }
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** Never write files: no -o / --output, not even inside a group of short options. */
  const writesFiles = (token: string) =>
    token === '--output' || token.startsWith('--output=') || /^-[^-]*o/.test(token);

  it(
    'runCli exits 0, 1 or 2, and on 2 prints one line "munikpi: <CODE>: …"',
    async () => {
      const value = fc.oneof(
        nearMiss,
        fc.constantFrom(
          'text',
          'md',
          'csv',
          'json',
          'html',
          'ja',
          'en',
          'utf-8',
          'shift_jis',
          'auto',
          'R5',
          '2023',
          '99',
          '-1',
          '',
        ),
        fc.string(),
      );
      const stringFlags = [
        '--fy',
        '--format',
        '-f',
        '--lang',
        '--encoding',
        '--places',
        '--sections',
        '--out-encoding',
        '--era',
        '--kind',
        '--target',
        '--by',
        '--actual',
        '--baseline',
        '--baseline-date',
        '--year-target',
        '--previous',
        '--done',
        '--unit',
        '--direction',
        '--name',
      ];
      const booleanFlags = ['--help', '-h', '--yen-units', '--no-bom', '--kanji', '--bogus', '-x'];
      const flag = fc.oneof(
        fc.tuple(fc.constantFrom(...stringFlags), value).map(([name, v]) => [name, v]),
        fc.constantFrom(...booleanFlags).map((name) => [name]),
        fc.constantFrom(...files).map((file) => ['--kpi', file]),
      );
      const positional = fc.oneof(
        fc.constantFrom('-', 'missing.json').map((name) => (name === '-' ? name : join(dir, name))),
        fc.constantFrom(...files),
        nearMiss,
      );
      const argv = fc
        .tuple(
          fc.constantFrom(
            'report',
            'audit',
            'validate',
            'wareki',
            'fy',
            'evaluate',
            'today',
            'help',
            'bogus',
            '--version',
            '',
          ),
          fc.array(flag, { maxLength: 4 }),
          fc.array(positional, { maxLength: 2 }),
        )
        .map(([command, flags, positionals]) => {
          // File commands read their positionals: only the fuzz's own files and stdin.
          const reads = command === 'report' || command === 'audit' || command === 'validate';
          const safe = reads ? positionals.filter((p) => p === '-' || p.startsWith(dir)) : positionals;
          return [command, ...flags.flat(), ...safe];
        })
        .filter((tokens) => !tokens.some(writesFiles));
      const stdin = fc.oneof(
        fc.uint8Array({ maxLength: 100 }),
        fc.json().map((text) => new TextEncoder().encode(text)),
      );
      await fc.assert(
        fc.asyncProperty(argv, stdin, async (tokens, input) => {
          let stderr = '';
          const code = await runCli(tokens, {
            stdout: () => undefined,
            stderr: (text) => {
              stderr += text;
            },
            stdin: async () => input,
          });
          checkPrototype();
          expect([0, 1, 2], `exit code of ${JSON.stringify(tokens)}: ${stderr}`).toContain(code);
          if (code === 2) {
            const line = /^munikpi: ([A-Z_]+): [^\n]+\n$/.exec(stderr);
            expect(line, `stderr of ${JSON.stringify(tokens)}`).not.toBeNull();
            expect(Object.hasOwn(ERROR_CODES, line?.[1] ?? '')).toBe(true);
          } else expect(stderr).toBe('');
        }),
        params(0.5),
      );
    },
    TIMEOUT_MS,
  );
});
