import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../src/core/messages/index.js';
import {
  addDays,
  definePlan,
  errorMessage,
  evaluateKpi,
  fiscalYearRange,
  formatFiscalYear,
  MunikpiError,
  parseFiscalYear,
  parseWareki,
} from '../../src/index.js';
import { parsePlan } from '../../src/schema/index.js';

/** A sample for every parameter name the error messages read; an unknown name fails the walk. */
const SAMPLES: Readonly<Record<string, unknown>> = {
  allowed: ['era', 'initial'],
  amount: -5,
  began: '2019-05-01',
  bracketYear: 2022,
  bytes: 2_000_000,
  code: 'S',
  count: 2,
  date: '2024-04-01',
  days: 3,
  deadline: 2020,
  direction: 'higher',
  end: 2024,
  ended: '2019-04-30',
  era: '平成',
  expected: ['code', 'label'],
  field: 'colour',
  case: '②',
  problem: 'unknown-field',
  rule: 'tama',
  kpi: 'k1',
  first: 'new',
  fiscal: true,
  fiscalYear: 2023,
  fn: 'aggregateRatings',
  from: 2024,
  id: 'k1',
  index: 1,
  inner: undefined,
  input: '令和0年',
  key: 'rows',
  kind: 'rate',
  kinds: ['level', 'change'],
  known: 'sab, aioi',
  label: 'target',
  last: 9999,
  lastYear: 31,
  length: 300,
  limits: ['bytes', 'rows'],
  lines: { ja: ['programs[0].id: 必須の項目がありません'], en: ['programs[0].id: missing field'] },
  max: 100,
  message: 'Unexpected end of JSON input',
  min: 1873,
  missing: 'kpis',
  modes: ['half-up', 'half-even'],
  more: 1,
  name: 'style',
  of: 'band',
  other: 'A',
  part: 'bands',
  path: 'programs[0]',
  percent: 0,
  plan: 'kodaira',
  prefix: '天平',
  problems: [{ path: 'a.b', message: 'the key "__proto__" is not allowed' }],
  scale: 'sab',
  second: 'old',
  start: 2021,
  style: 'fy',
  to: 2021,
  unit: '%',
  unitKind: 'weight',
  value: 'x',
  what: 'parseWareki',
  written: '円',
  year: '2023',
  // import limits, encodings, files
  found: { at: 'sheetRow', sheet: 'プログラム', row: 1_048_576, ref: 'A1:L1048576' },
  trim: true,
  line: 2,
  failed: true,
  byte: '0x82',
  offset: 3,
  suggest: true,
  utf8Byte: '0x82',
  utf8Offset: 3,
  sjisByte: '0x80',
  sjisOffset: 5,
  places: [{ line: 3, offset: 40, text: '窓口改革' }],
  text: '窓口',
  char: '〜',
  better: '～ (U+FF5E)',
  bad: { char: '〜', label: 'U+301C', index: 2, better: '～ (U+FF5E)' },
  type: 'decimal',
  table: 'kpis',
  column: 'name',
  encoding: 'shift_jis',
  cell: { table: 'kpis', line: 3, column: 'name', message: '"〜" (U+301C) at index 2 cannot be written' },
  reason: 'the part xl/workbook.xml is missing',
  why: 'grouping',
  which: 'start',
  spelt: '平成32年度',
  flag: '--max-bytes',
  errno: 'ENOENT',
  target: 'hardlinks',
  links: 2,
};

/** Params that give every name its sample, and fail on a name the samples lack. */
const params = new Proxy(
  {},
  {
    get(_, name) {
      if (typeof name !== 'string' || !Object.hasOwn(SAMPLES, name)) {
        throw new Error(`no sample for the parameter ${String(name)}`);
      }
      return SAMPLES[name];
    },
  },
);

type Render = (p: object) => string;

function caught(run: () => unknown): MunikpiError {
  try {
    run();
  } catch (error) {
    if (error instanceof MunikpiError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}

describe('the errors section of the catalogue', () => {
  const en = wordsFor('en').errors as unknown as Record<string, Render>;
  const ja = wordsFor('ja').errors as unknown as Record<string, Render>;

  it('has the same keys in Japanese and English', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(en).length).toBeGreaterThan(150);
  });

  it('renders every message in both languages, as text without undefined', () => {
    for (const key of Object.keys(en)) {
      for (const [lang, words] of [
        ['en', en],
        ['ja', ja],
      ] as const) {
        const text = (words[key] as Render)(params);
        expect(text.length, `${lang} ${key}`).toBeGreaterThan(5);
        expect(text, `${lang} ${key}`).not.toMatch(/undefined|\[object Object\]/);
      }
    }
  });
});

describe('errorMessage', () => {
  it('words an invalid fiscal year in Japanese, and in English as error.message does', () => {
    const error = caught(() => fiscalYearRange(2023.5));
    expect(error.code).toBe('INVALID_FISCAL_YEAR');
    expect(error.detail).toEqual({ key: 'notAWholeFiscalYear', params: { input: 2023.5 } });
    expect(errorMessage(error, 'ja')).toBe('2023.5 は年度（整数）ではありません');
    expect(errorMessage(error)).toBe(error.message);
    expect(error.message).toBe('2023.5 is not a fiscal year (a whole number)');
  });

  it('words a bad wareki date in Japanese', () => {
    expect(
      errorMessage(
        caught(() => parseWareki('令和0年')),
        'ja',
      ),
    ).toBe('"令和0年": 令和0年はありません（1年は元年です）');
    expect(
      errorMessage(
        caught(() => parseWareki('平成31年5月1日')),
        'ja',
      ),
    ).toContain('平成の終わった 2019-04-30（31年）より後です');
    expect(
      errorMessage(
        caught(() => parseFiscalYear('令和3～6年度')),
        'ja',
      ),
    ).toBe('"令和3～6年度" は年度の範囲です。planPeriod を使ってください');
  });

  it('words a plan JSON error in Japanese', () => {
    const broken = caught(() => parsePlan('{"id": "p",'));
    expect(broken.code).toBe('INVALID_JSON');
    expect(errorMessage(broken, 'ja')).toMatch(/^JSON として読めません: /);
    const twice = caught(() => parsePlan('{"id": "p", "id": "q"}'));
    expect(errorMessage(twice, 'ja')).toMatch(/^問題が 1 件あります: id: /);
  });

  it('words an invalid plan with its issues in Japanese', () => {
    const error = caught(() => definePlan({ id: 'p' } as never));
    expect(error.code).toBe('INVALID_PLAN');
    const ja = errorMessage(error, 'ja');
    expect(ja).toMatch(/^計画に \d+ 件の問題があります: /);
    expect(ja).not.toContain('problem');
  });

  it("words definePlan's error for a contradictory KPI in Japanese, from the KPI's own error", () => {
    const kpi = {
      id: 'k',
      name: '電子決裁率',
      unit: '%',
      baseline: { value: 0, asOf: '2021-04-01' },
      target: { kind: 'rate', percent: 10, by: 2024 },
    };
    const error = caught(() =>
      definePlan({
        id: 'p',
        municipality: '小平市',
        title: '経営方針推進プログラム',
        period: { start: 2021, end: 2024 },
        directions: [{ id: 'd1', number: 1, name: '方向性' }],
        programs: [
          { id: 'p1', number: 1, name: '文書の電子化', kind: 'implementation', direction: 'd1', kpis: [kpi] },
        ],
      } as never),
    );
    expect(error.code).toBe('TARGET_EQUALS_BASELINE');
    expect(error.detail?.key).toBe('targetEqualsBaseline');
    expect(errorMessage(error, 'en')).toBe(error.message);
    expect(errorMessage(error, 'ja')).toMatch(/^KPI "k": 目標値が基準値と等しいため/);
  });

  it('words an error wrapped with the field it came from in Japanese, inner message included', () => {
    const kpi = {
      id: 'k',
      name: 'x',
      unit: '%',
      baseline: { value: 1, asOf: '2023-02-30' },
      target: { kind: 'level', value: 5, by: 2024 },
    } as const;
    const error = caught(() => evaluateKpi(kpi as never, { fiscalYear: 2023 }));
    expect(error.message).toBe('KPI "k": baseline.asOf: "2023-02-30" does not exist');
    expect(errorMessage(error, 'ja')).toBe('KPI "k": baseline.asOf: "2023-02-30" は存在しない日付です');
  });

  it('gives English equal to error.message for every error it words', () => {
    const errors = [
      caught(() => addDays('2024-01-01', 0.5)),
      caught(() => addDays('9999-12-31', 1)),
      caught(() => formatFiscalYear(2023, { style: 'x' as never })),
      caught(() => parseWareki('天平1年')),
      caught(() => parsePlan('[')),
    ];
    for (const error of errors) {
      expect(error.detail).toBeDefined();
      expect(errorMessage(error, 'en')).toBe(error.message);
      expect(errorMessage(error, 'ja')).not.toBe(error.message);
    }
  });

  it('keeps the message of an error it cannot word, and refuses a language it does not know', () => {
    expect(errorMessage(new MunikpiError('USAGE', 'my own words'), 'ja')).toBe('my own words');
    expect(errorMessage(new Error('plain'), 'ja')).toBe('plain');
    expect(errorMessage('text', 'ja')).toBe('text');
    expect(caught(() => errorMessage(new Error('x'), 'fr' as never)).code).toBe('INVALID_OPTION');
  });
});

describe('the kpiNotes section of the catalogue', () => {
  it('words the notes of an evaluation, in English by default, with a Japanese twin for each', () => {
    const kpi = {
      id: 'k',
      name: '電子決裁率',
      unit: '%',
      baseline: { value: 38.2, fiscalYear: 2020 },
      target: { kind: 'level', value: 85, by: 2024 },
    } as const;
    const notes = evaluateKpi(kpi as never, { fiscalYear: 2023 }).notes;
    expect(notes).toEqual([wordsFor('en').kpiNotes.noActual({ fiscalYear: 2023 })]);
    expect(notes).toEqual(['no actual for fiscal year 2023']);
    expect(Object.keys(wordsFor('ja').kpiNotes).sort()).toEqual(Object.keys(wordsFor('en').kpiNotes).sort());
    expect(wordsFor('ja').kpiNotes.noActual({ fiscalYear: 2023 })).toBe('2023年度の実績がありません');
  });
});

describe('the io and CLI messages with a kind of their own', () => {
  const both = (key: string, p: object): string[] =>
    (['en', 'ja'] as const).map((lang) =>
      ((wordsFor(lang).errors as unknown as Record<string, Render>)[key] as Render)(p),
    );
  const found = [
    { at: 'file', bytes: 30_000_000 },
    { at: 'declaredXml', bytes: 70_000_000 },
    { at: 'part', part: 'xl/worksheets/sheet1.xml' },
    { at: 'declaredStrings', count: '600000' },
    { at: 'moreStrings' },
    { at: 'sheetRow', sheet: 'プログラム', row: 20_000, ref: 'A1:L20000' },
    { at: 'sheetColumn', sheet: 'プログラム', column: 'AMK', ref: 'A1:AMK5' },
    { at: 'value', sheet: 'プログラム', cell: 'A10001' },
    { at: 'moreCells', sheet: 'プログラム', cell: 'B3' },
    { at: 'merged', sheet: 'プログラム' },
    { at: 'csvRows', file: '' },
    { at: 'csvText', file: 'town.csv', bytes: 5_000_000 },
    { at: 'csvFields', file: 'town.csv', fields: 2000, line: 3 },
    { at: 'csvCells', file: 'town.csv', row: 900 },
  ];

  it('words every place an import limit is met, for every limit', () => {
    const keys = ['bytes', 'textBytes', 'rows', 'columns', 'cells', 'sharedStrings'];
    for (const place of found)
      for (const key of keys)
        for (const text of both('overLimit', { key, max: 10_000, found: place, trim: false }))
          expect(text, `${place.at} ${key}`).not.toMatch(/undefined|\[object Object\]/);
    expect(both('overLimit', { key: 'rows', max: 10_000, found: found[10], trim: false })).toEqual([
      'the CSV file has more rows: the limit is 10,000 rows (raise it with the option limits.rows, or munikpi --limits rows=N)',
      'CSV ファイルの行数が上限を超えています: 上限は 10,000 行です（オプション limits.rows、または munikpi の --limits rows=N で引き上げられます）',
    ]);
    // The file's bytes are raised on the command line with --max-bytes.
    expect(both('overLimit', { key: 'bytes', max: 20_000_000, found: found[0], trim: false })[0]).toBe(
      'importPlan: the file has 30,000,000 bytes: the limit is 20,000,000 bytes in the file (raise it with the option limits.bytes, or munikpi --max-bytes N)',
    );
  });

  it('words every output the CLI will not write over, and every read failure', () => {
    for (const target of ['directory', 'symlink', 'fifo', 'device', 'special', 'hardlinks'])
      for (const text of both('willNotWrite', { path: 'out.md', target, links: 2 }))
        expect(text, target).not.toMatch(/undefined/);
    expect(both('cannotRead', { path: 'a.json', errno: 'EACCES' })).toEqual([
      'cannot read "a.json": permission denied',
      '"a.json" を読み込めません: 読み取りの権限がありません',
    ]);
    expect(both('cannotRead', { path: 'a.json', errno: 'EIO' })[1]).toBe('"a.json" を読み込めません: EIO');
  });
});
