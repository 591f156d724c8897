// Generates test/fixtures/bad-inputs.json, the bad-input gauntlet's cases: edit the cases here,
// run `node scripts/gen-bad-inputs.mjs`, and commit both. A case's `known` is what the library does
// wrong today (it then runs as an expected failure); remove it when src is fixed.
import { writeFileSync } from 'node:fs';

const cases = [];
const known = [];
const ids = new Set();
let current = '';
function fn(name) {
  current = name;
}
function c(slug, args, code, why, extra = {}) {
  const id = `${current}/${slug}`;
  if (ids.has(id)) throw new Error(`dup ${id}`);
  ids.add(id);
  const { known: got, ...rest } = extra;
  cases.push({ id, fn: current, args, code, why, ...rest });
  if (got !== undefined) known.push({ id, got });
}
const N = (s) => ({ $number: s });
const U = { $undefined: true };
const D = (s) => ({ $date: s });
const R = (unit, n) => ({ $repeat: [unit, n] });
const C = (...parts) => ({ $concat: parts });
const ref = (name) => ({ $ref: name });
const patch = (base, p) => ({ $patch: [typeof base === 'string' ? ref(base) : base, p] });
const del = { $delete: true };
const json = (v) => ({ $json: v });
const nest = (depth, key, leaf) => ({ $nest: { depth, key, leaf } });
const fnTag = { $function: 'noop' };

const emptyTable = (name) => ({ name, columns: [], rows: [] });
const values = {
  tidyEmpty: Object.fromEntries(
    ['plans', 'directions', 'programs', 'kpis', 'summary'].map((name) => [name, emptyTable(name)]),
  ),
  miniPlan: {
    id: 'demo',
    municipality: '小平市',
    title: '第1期経営方針推進プログラム',
    period: { start: 2021, end: 2024 },
    directions: [{ id: 'd1', number: 1, name: '地域資源によるサービスの実現' }],
    programs: [
      {
        id: 'p1',
        number: 1,
        name: '幅広い市民意見の収集',
        kind: 'implementation',
        direction: 'd1',
        reports: {
          2022: { rating: 'A', results: ['実施した'] },
          2023: { rating: 'B', results: ['一部実施'] },
        },
      },
    ],
  },
  levelKpi: {
    id: 'e-approval',
    name: '電子決裁率',
    unit: '%',
    baseline: { value: 62.3, asOf: '2021-04-01' },
    target: { kind: 'level', value: 90, by: 2024 },
    yearTargets: { 2023: 85 },
    observations: [{ fiscalYear: 2023, value: 73.9 }],
  },
  annualKpi: {
    id: 'sales',
    name: '公有財産の売払い',
    unit: '円',
    target: { kind: 'annual', value: 20000000 },
    period: { start: 2021, end: 2024 },
    observations: [
      { fiscalYear: 2022, value: 0 },
      { fiscalYear: 2023, value: 604701094 },
    ],
  },
  milestoneKpi: {
    id: 'lunch',
    name: '給食調理委託',
    unit: '',
    target: { kind: 'milestone', due: '2024-01' },
    period: { start: 2021, end: 2024 },
  },
  noWorseKpi: {
    id: 'online',
    name: 'オンライン申請手続数',
    unit: '手続',
    target: { kind: 'no-worse' },
    observations: [
      { fiscalYear: 2020, value: 18 },
      { fiscalYear: 2021, value: 27 },
    ],
  },
  program: {
    id: 'p12',
    number: 12,
    name: '文書の電子化・ペーパーレス化',
    kind: 'implementation',
    direction: 'd1',
    reports: { 2023: { rating: 'B', results: ['電子決裁の拡大'] } },
  },
  scale: {
    id: 'marks',
    name: { ja: '記号', en: 'Marks' },
    levels: [
      { code: '◎', label: { ja: '順調', en: 'Good' }, progress: 'ahead' },
      { code: '○', label: { ja: '概ね順調', en: 'Fair' }, progress: 'on-track' },
      { code: '△', label: { ja: '遅れ', en: 'Late' }, progress: 'behind' },
    ],
  },
  dupScale: {
    id: 'dup',
    name: { ja: '重複', en: 'Duplicate' },
    levels: [
      { code: 'A', label: { ja: 'a', en: 'a' }, progress: 'ahead' },
      { code: 'A', label: { ja: 'a', en: 'a' }, progress: 'behind' },
    ],
  },
  protoScale: {
    id: 'proto',
    name: { ja: 'p', en: 'p' },
    levels: [{ code: '__proto__', label: { ja: 'p', en: 'p' }, progress: 'ahead' }],
  },
};
values.dupScalePlan = {
  ...values.miniPlan,
  scale: values.dupScale,
  programs: [
    {
      ...values.miniPlan.programs[0],
      reports: { 2022: { rating: 'A', results: ['x'] }, 2023: { rating: 'A', results: ['y'] } },
    },
  ],
};

// ============================== era ==============================
fn('calendarDate');
c('empty', [''], 'INVALID_DATE', 'empty string is no date');
c('whitespace', ['   \t\n'], 'INVALID_DATE', 'whitespace is no date');
c('feb-30', ['2023-02-30'], 'INVALID_DATE', '2023-02-30 does not exist');
c('feb-29-non-leap', ['2023-02-29'], 'INVALID_DATE', '2023 is not a leap year');
c('feb-29-1900', ['1900-02-29'], 'INVALID_DATE', '1900 is not a leap year (century rule)');
c('month-13', ['2023-13-01'], 'INVALID_DATE', 'no month 13');
c('month-00', ['2023-00-10'], 'INVALID_DATE', 'no month 0');
c('day-00', ['2023-04-00'], 'INVALID_DATE', 'no day 0');
c('day-32', ['2023-01-32'], 'INVALID_DATE', 'no day 32');
c('before-1873', ['1872-12-31'], 'BEFORE_GREGORIAN', 'Japan adopted the Gregorian calendar on 1873-01-01');
c('year-0000', ['0000-01-01'], 'BEFORE_GREGORIAN', 'year 0');
c('five-digit-year', ['10000-01-01'], 'INVALID_DATE', 'not YYYY-MM-DD; years end at 9999');
c('full-width-digits', ['２０２３-０４-０１'], 'INVALID_DATE', 'full-width digits are not YYYY-MM-DD');
c('slashes-mixed', ['2023/04-01'], 'INVALID_DATE', 'YYYY/MM/DD is read, but not slashes and dashes mixed');
c('slashes-no-day', ['2023/2/29'], 'INVALID_DATE', 'YYYY/M/D is read, and 2023 has no February 29');
c('unpadded', ['2023-4-1'], 'INVALID_DATE', 'unpadded month and day');
c('leading-space', [' 2023-04-01'], 'INVALID_DATE', 'no trimming');
c('iso-datetime', ['2023-04-01T00:00:00Z'], 'INVALID_DATE', 'a datetime is not a date string');
c('nul-suffix', ['2023-04-01\u0000'], 'INVALID_DATE', 'trailing NUL');
c('nul-inside', ['2023-04\u0000-1'], 'INVALID_DATE', 'NUL inside');
c('lone-surrogate', ['\ud800'], 'INVALID_DATE', 'lone surrogate');
c('wareki-text', ['令和5年4月1日'], 'INVALID_DATE', 'era dates go through parseWareki');
c('minus-sign', ['-2023-04-01'], 'INVALID_DATE', 'signed year');
c('100kB', [R('2023-04-01', 10000)], 'INVALID_DATE', '100 kB of dates');
c('invalid-date', [D('invalid')], 'INVALID_DATE', 'Invalid Date');
c('date-1872-jst', [D('1872-12-31T14:59:59Z')], 'BEFORE_GREGORIAN', '1872-12-31 23:59:59 in Japan');
c('date-10000-jst', [D('9999-12-31T15:00:00Z')], 'DATE_OUT_OF_RANGE', '10000-01-01 in Japan');
c('date-max', [D(8.64e15)], 'DATE_OUT_OF_RANGE', 'the largest Date');
c(
  'fake-date',
  [{ $toStringTag: 'Date' }],
  'INVALID_DATE',
  'an object that only claims the Date tag has no time',
);
c('date-min', [D(-8.64e15)], 'BEFORE_GREGORIAN', 'the smallest Date');
c('null', [null], 'INVALID_ARGUMENT', 'null');
c('undefined', [U], 'INVALID_ARGUMENT', 'undefined');
c('number', [20230401], 'INVALID_ARGUMENT', 'a number is not a date');
c('nan', [N('NaN')], 'INVALID_ARGUMENT', 'NaN');
c('boolean', [true], 'INVALID_ARGUMENT', 'true');
c('array', [[2023, 4, 1]], 'INVALID_ARGUMENT', 'an array');
c('empty-object', [{}], 'INVALID_ARGUMENT', 'an object without fields');
c('fractional-year', [{ year: 2023.5, month: 4, day: 1 }], 'INVALID_ARGUMENT', 'fractional year');
c('nan-month', [{ year: 2023, month: N('NaN'), day: 1 }], 'INVALID_ARGUMENT', 'NaN month');
c('string-fields', [{ year: '2023', month: '4', day: '1' }], 'INVALID_ARGUMENT', 'text fields');
c('object-feb-29', [{ year: 2023, month: 2, day: 29 }], 'INVALID_DATE', 'impossible day as an object');
c('object-month-13', [{ year: 2023, month: 13, day: 1 }], 'INVALID_DATE', 'month 13 as an object');
c('object-day-minus-zero', [{ year: 2023, month: 4, day: N('-0') }], 'INVALID_DATE', 'day -0');
c('object-year-1e308', [{ year: 1e308, month: 1, day: 1 }], 'DATE_OUT_OF_RANGE', 'year 1e308');
c('object-year-negative', [{ year: -1, month: 1, day: 1 }], 'BEFORE_GREGORIAN', 'year -1');
c(
  'own-proto-key',
  [{ ['__proto__']: { year: 2023, month: 4, day: 1 } }],
  'INVALID_ARGUMENT',
  'fields behind an own __proto__ key are not fields',
);
c('function', [fnTag], 'INVALID_ARGUMENT', 'a function');
c('symbol', [{ $symbol: 'date' }], 'INVALID_ARGUMENT', 'a symbol');
c('bigint', [{ $bigint: '20230401' }], 'INVALID_ARGUMENT', 'a bigint');

fn('toWareki');
c('feb-30', ['2023-02-30'], 'INVALID_DATE', 'impossible day');
c('before-1873', ['1872-12-31'], 'BEFORE_GREGORIAN', 'before the Gregorian calendar');
c('invalid-date', [D('invalid')], 'INVALID_DATE', 'Invalid Date');
c('year-10000', [{ year: 10000, month: 1, day: 1 }], 'DATE_OUT_OF_RANGE', 'after 9999');
c('date-far-future', [D('+275760-09-13T00:00:00Z')], 'DATE_OUT_OF_RANGE', 'the last Date');
c('wareki-text', ['令和5年4月1日'], 'INVALID_DATE', 'text must be YYYY-MM-DD');
c('null', [null], 'INVALID_ARGUMENT', 'null');
c('array', [['2023-04-01']], 'INVALID_ARGUMENT', 'an array');

fn('formatWareki');
c('feb-30', ['2023-02-30'], 'INVALID_DATE', 'impossible day');
c('invalid-date', [D('invalid')], 'INVALID_DATE', 'Invalid Date');
c('before-1873', ['1872-12-31'], 'BEFORE_GREGORIAN', 'before the Gregorian calendar');
c('undefined', [U], 'INVALID_ARGUMENT', 'no date');
c('era-option', ['2023-04-01', { era: 'reiwa' }], 'INVALID_OPTION', 'unknown era form');
c('era-option-array', ['2023-04-01', { era: ['name'] }], 'INVALID_OPTION', 'an array for era');
c('separator-option', ['2023-04-01', { separator: ':' }], 'INVALID_OPTION', 'unknown separator');
c('fields-option', ['2023-04-01', { fields: 'day' }], 'INVALID_OPTION', 'unknown fields');
c('numerals-option', ['2023-04-01', { numerals: 'roman' }], 'INVALID_OPTION', 'unknown numerals');
c(
  'kanji-with-dots',
  ['2023-04-01', { era: 'initial', numerals: 'kanji' }],
  'INVALID_OPTION',
  'kanji numerals need kanji separators',
);
c('gannen-text', ['2019-05-01', { gannen: 'no' }], 'INVALID_OPTION', 'gannen must be boolean');
c('pad-number', ['2023-04-01', { pad: 1 }], 'INVALID_OPTION', 'pad must be boolean');
c('weekday-null', ['2023-04-01', { weekday: null }], 'INVALID_OPTION', 'weekday must be boolean');
c('options-null', ['2023-04-01', null], 'INVALID_ARGUMENT', 'options null');

fn('parseWareki');
c('empty', [''], 'INVALID_WAREKI', 'empty');
c('whitespace', [' \u3000\t\r\n'], 'INVALID_WAREKI', 'only spaces (ASCII and ideographic)');
c('nul', ['\u0000'], 'INVALID_WAREKI', 'NUL');
c('lone-surrogate', ['\ud800'], 'INVALID_WAREKI', 'lone surrogate');
c('lone-surrogate-after', ['令和5年\udc00'], 'INVALID_WAREKI', 'trailing lone low surrogate');
c('era-only', ['令和'], 'INVALID_WAREKI', 'era without year');
c('gannen-only', ['元年'], 'INVALID_WAREKI', 'year without era');
c('r5-feb-29', ['令和5年2月29日'], 'INVALID_DATE', '2023 is not a leap year');
c('full-width-feb-30', ['令和５年２月３０日'], 'INVALID_DATE', 'full-width impossible day');
c('kanji-feb-30', ['令和五年二月三十日'], 'INVALID_DATE', 'kanji impossible day');
c('dotted-feb-30', ['R5.2.30'], 'INVALID_DATE', 'dotted impossible day');
c('dotted-month-13', ['R5.13'], 'INVALID_DATE', 'month 13');
c('dotted-month-0', ['R5.0.1'], 'INVALID_DATE', 'month 0');
c('h31-apr-31', ['H31.4.31'], 'INVALID_DATE', 'April has 30 days');
c('year-zero', ['令和0年'], 'ERA_YEAR_OUT_OF_RANGE', 'no year 0');
c('year-kanji-zero', ['令和〇年'], 'ERA_YEAR_OUT_OF_RANGE', 'no year 〇');
c('heisei-after-end', ['平成31年5月1日'], 'ERA_YEAR_OUT_OF_RANGE', 'Heisei ended 2019-04-30');
c('heisei-32', ['平成32年'], 'ERA_YEAR_OUT_OF_RANGE', 'overflow is opt-in');
c('showa-64-jan-8', ['昭和64年1月8日'], 'ERA_YEAR_OUT_OF_RANGE', 'Showa ended 1989-01-07');
c('reiwa-before-start', ['令和1年4月30日'], 'ERA_YEAR_OUT_OF_RANGE', 'Reiwa began 2019-05-01');
c('taisho-16', ['大正16年'], 'ERA_YEAR_OUT_OF_RANGE', 'Taisho had 15 years');
c('meiji-5', ['明治5年'], 'BEFORE_GREGORIAN', 'Meiji 5 is 1872');
c('meiji-gannen', ['明治元年'], 'BEFORE_GREGORIAN', '1868');
c('meiji-dotted', ['M5.12.31'], 'BEFORE_GREGORIAN', '1872-12-31');
c('reiwa-9999', ['令和9999年'], 'DATE_OUT_OF_RANGE', 'year 12017');
c('reiwa-7982', ['令和7982年'], 'DATE_OUT_OF_RANGE', 'year 10000');
c('five-digit-year', ['R99999'], 'INVALID_WAREKI', 'era years have at most four digits');
c('keio', ['慶応4年'], 'UNKNOWN_ERA', 'an era before 1873');
c('tenpyo', ['天平1年'], 'UNKNOWN_ERA', 'an ancient era');
c('latin-x', ['X5'], 'UNKNOWN_ERA', 'X is no era initial');
c('nihon', ['日本5年'], 'UNKNOWN_ERA', 'not an era');
c('iso-date', ['2023-04-01'], 'INVALID_WAREKI', 'Gregorian text is not an era date');
c('romaji', ['Reiwa 5'], 'INVALID_WAREKI', 'era in romaji');
c('fiscal-year', ['令和5年度'], 'INVALID_WAREKI', 'a fiscal year is not a date');
c('fiscal-range', ['令和6～7年度'], 'INVALID_WAREKI', 'a range of fiscal years');
c('wrong-weekday', ['令和5年4月1日（月）'], 'INVALID_WAREKI', '2023-04-01 was a Saturday');
c('unclosed-weekday', ['令和5年4月1日(土'], 'INVALID_WAREKI', 'unclosed bracket');
c('nul-inside', ['令和\u00005年'], 'INVALID_WAREKI', 'NUL between era and year');
c('double-ten', ['令和十十年'], 'INVALID_WAREKI', 'malformed kanji numeral');
c('trailing-text', ['令和5年4月1日 extra'], 'INVALID_WAREKI', 'text after the date');
c('mixed-separators', ['R5.4/1'], 'INVALID_WAREKI', 'mixed separators');
c('double-initial', ['ＲＲ5'], 'INVALID_WAREKI', 'two initials');
c('257-chars', [R('a', 257)], 'INPUT_TOO_LONG', 'over 256 characters');
c('spaces-pad-over-limit', [C('令和5年', R(' ', 300))], 'INPUT_TOO_LONG', 'the limit counts before trimming');
c('100kB', [R('令和', 50000)], 'INPUT_TOO_LONG', '100 kB of era names');
c('null', [null], 'INVALID_ARGUMENT', 'null');
c('undefined', [U], 'INVALID_ARGUMENT', 'undefined');
c('number', [5], 'INVALID_ARGUMENT', 'a number');
c('array', [['令和5年']], 'INVALID_ARGUMENT', 'an array of text');
c('object', [{}], 'INVALID_ARGUMENT', 'an object');
c('date', [D('2023-04-01T00:00:00Z')], 'INVALID_ARGUMENT', 'a Date');
c('bytes', [{ $utf8: '令和5年' }], 'INVALID_ARGUMENT', 'UTF-8 bytes');
c(
  'allow-overflow-text',
  ['平成32年', { allowOverflow: 'yes' }],
  'INVALID_OPTION',
  'allowOverflow must be boolean (formatWareki rejects non-boolean flags)',
);
c('options-null', ['令和5年', null], 'INVALID_ARGUMENT', 'options null');

fn('findWarekiDates');
c('null', [null], 'INVALID_ARGUMENT', 'null');
c('number', [5], 'INVALID_ARGUMENT', 'a number');
c('array', [['令和5年']], 'INVALID_ARGUMENT', 'an array');
c('bytes', [{ $utf8: '令和5年' }], 'INVALID_ARGUMENT', 'bytes');
c('invalid-date', [D('invalid')], 'INVALID_ARGUMENT', 'a Date');
c('over-10M', [R('a', 10000001)], 'INPUT_TOO_LONG', 'over 10,000,000 characters');
c('over-10M-eras', [R('令和', 5000001)], 'INPUT_TOO_LONG', 'over the limit, all era names');
c('options-null', ['令和5年度', null], 'INVALID_ARGUMENT', 'options null');

fn('isoDate');
c('feb-30', ['2023-02-30'], 'INVALID_DATE', 'impossible day');
c('object-feb-29', [{ year: 2023, month: 2, day: 29 }], 'INVALID_DATE', 'impossible day object');
c('invalid-date', [D('invalid')], 'INVALID_DATE', 'Invalid Date');
c('before-1873', ['1872-12-31'], 'BEFORE_GREGORIAN', 'before the Gregorian calendar');
c('year-10000', [{ year: 10000, month: 1, day: 1 }], 'DATE_OUT_OF_RANGE', 'after 9999');
c('null', [null], 'INVALID_ARGUMENT', 'null');
c('number', [0], 'INVALID_ARGUMENT', 'epoch as a number');

fn('addDays');
c('nan-days', ['2023-04-01', N('NaN')], 'INVALID_NUMBER', 'NaN days');
c('infinite-days', ['2023-04-01', N('Infinity')], 'INVALID_NUMBER', 'Infinity days');
c('fractional-days', ['2023-04-01', 1.5], 'INVALID_NUMBER', 'half a day');
c('text-days', ['2023-04-01', '1'], 'INVALID_NUMBER', 'days as text');
c('null-days', ['2023-04-01', null], 'INVALID_NUMBER', 'null days');
c('huge-days', ['2023-04-01', 1e308], 'INVALID_NUMBER', '1e308 is no safe integer');
c('unsafe-days', ['2023-04-01', 9007199254740992], 'INVALID_NUMBER', '2^53');
c('bigint-days', ['2023-04-01', { $bigint: '1' }], 'INVALID_NUMBER', 'a bigint');
c('past-9999', ['9999-12-31', 1], 'DATE_OUT_OF_RANGE', 'one day after 9999-12-31');
c('before-1873', ['1873-01-01', -1], 'BEFORE_GREGORIAN', 'one day before 1873-01-01');
c('far-future', ['2023-04-01', 9000000000000000], 'DATE_OUT_OF_RANGE', '9e15 days');
c('far-past', ['2023-04-01', -9000000000000000], 'BEFORE_GREGORIAN', '-9e15 days');
c('bad-date', ['2023-02-30', 1], 'INVALID_DATE', 'impossible start');
c('null-date', [null, 1], 'INVALID_ARGUMENT', 'no start');

fn('daysBetween');
c('null-to', ['2023-04-01', null], 'INVALID_ARGUMENT', 'null end');
c('bad-from', ['2023-02-30', '2023-04-01'], 'INVALID_DATE', 'impossible start');
c('invalid-date', [D('invalid'), '2023-04-01'], 'INVALID_DATE', 'Invalid Date');
c('before-1873', ['1872-01-01', '2023-01-01'], 'BEFORE_GREGORIAN', 'before the Gregorian calendar');
c('undefined', [U, U], 'INVALID_ARGUMENT', 'no dates');
c('huge-year', [{ year: 1e308, month: 1, day: 1 }, '2023-01-01'], 'DATE_OUT_OF_RANGE', 'year 1e308');

fn('compareDates');
c('null', [null, '2023-04-01'], 'INVALID_ARGUMENT', 'null');
c('bad-second', ['2023-04-01', '2023-02-30'], 'INVALID_DATE', 'impossible second date');
c('invalid-date', ['2023-04-01', D('invalid')], 'INVALID_DATE', 'Invalid Date');
c('wareki', ['令和5年4月1日', '2023-04-01'], 'INVALID_DATE', 'era text');
c('after-9999', ['2023-04-01', D('+010000-01-01T00:00:00Z')], 'DATE_OUT_OF_RANGE', 'after 9999');
c('array', [[], []], 'INVALID_ARGUMENT', 'arrays');
fn('errorMessage');
c('unknown-language', [null, 'fr'], 'INVALID_OPTION', 'a language munikpi does not write');

// ============================== fiscal ==============================
fn('fiscalYearOf');
c('feb-30', ['2023-02-30'], 'INVALID_DATE', 'impossible day');
c('null', [null], 'INVALID_ARGUMENT', 'null');
c('invalid-date', [D('invalid')], 'INVALID_DATE', 'Invalid Date');
c('before-1873', ['1872-12-31'], 'BEFORE_GREGORIAN', 'before the Gregorian calendar');
c('start-month-0', ['2023-04-01', { startMonth: 0 }], 'INVALID_OPTION', 'no month 0');
c('start-month-13', ['2023-04-01', { startMonth: 13 }], 'INVALID_OPTION', 'no month 13');
c('start-month-half', ['2023-04-01', { startMonth: 4.5 }], 'INVALID_OPTION', 'fractional month');
c('start-month-text', ['2023-04-01', { startMonth: '4' }], 'INVALID_OPTION', 'month as text');
c('start-month-nan', ['2023-04-01', { startMonth: N('NaN') }], 'INVALID_OPTION', 'NaN month');
c('start-month-null', ['2023-04-01', { startMonth: null }], 'INVALID_OPTION', 'null month');

fn('fiscalYearRange');
c('nan', [N('NaN')], 'INVALID_FISCAL_YEAR', 'NaN');
c('infinity', [N('Infinity')], 'INVALID_FISCAL_YEAR', 'Infinity');
c('fractional', [2023.5], 'INVALID_FISCAL_YEAR', 'fractional year');
c('text', ['2023'], 'INVALID_FISCAL_YEAR', 'a year as text');
c('null', [null], 'INVALID_FISCAL_YEAR', 'null');
c('bigint', [{ $bigint: '2023' }], 'INVALID_FISCAL_YEAR', 'a bigint');
c('before-1873', [1872], 'BEFORE_GREGORIAN', 'starts before 1873');
c('minus-zero', [N('-0')], 'BEFORE_GREGORIAN', '-0');
c('9999-april', [9999], 'DATE_OUT_OF_RANGE', 'would end in 10000');
c('1e308', [1e308], 'DATE_OUT_OF_RANGE', '1e308');
c('10000-january', [10000, { startMonth: 1 }], 'DATE_OUT_OF_RANGE', 'year 10000');
c('start-month-0', [2023, { startMonth: 0 }], 'INVALID_OPTION', 'bad start month');

fn('fiscalQuarterOf');
c('feb-30', ['2023-02-30'], 'INVALID_DATE', 'impossible day');
c('null', [null], 'INVALID_ARGUMENT', 'null');
c('number', [1e308], 'INVALID_ARGUMENT', 'a number');
c('invalid-date', [D('invalid')], 'INVALID_DATE', 'Invalid Date');
c('start-month-13', ['2023-04-01', { startMonth: 13 }], 'INVALID_OPTION', 'bad start month');

fn('fiscalMonthOf');
c('feb-30', ['2023-02-30'], 'INVALID_DATE', 'impossible day');
c('undefined', [U], 'INVALID_ARGUMENT', 'undefined');
c('after-9999', [{ year: 10000, month: 1, day: 1 }], 'DATE_OUT_OF_RANGE', 'after 9999');
c('start-month-half', ['2023-04-01', { startMonth: 12.5 }], 'INVALID_OPTION', 'fractional start month');
c('start-month-minus', ['2023-04-01', { startMonth: -4 }], 'INVALID_OPTION', 'negative start month');

fn('formatFiscalYear');
c('nan', [N('NaN')], 'INVALID_FISCAL_YEAR', 'NaN');
c('fractional', [2023.5], 'INVALID_FISCAL_YEAR', 'fractional');
c('text', ['令和5年度'], 'INVALID_FISCAL_YEAR', 'text goes through parseFiscalYear');
c('before-1873', [1872], 'BEFORE_GREGORIAN', 'before 1873');
c('9999', [9999], 'DATE_OUT_OF_RANGE', 'ends in 10000');
c('style', [2023, { style: 'wareki' }], 'INVALID_OPTION', 'unknown style');
c('era-change', [2019, { eraChange: 'both' }], 'INVALID_OPTION', 'unknown eraChange');
c('numerals', [2023, { numerals: 'roman' }], 'INVALID_OPTION', 'unknown numerals');
c('start-month', [2023, { startMonth: 0 }], 'INVALID_OPTION', 'bad start month');
c(
  'gannen-text',
  [2019, { gannen: 'no' }],
  'INVALID_OPTION',
  'gannen must be boolean (formatWareki rejects this)',
);
c('options-null', [2023, null], 'INVALID_ARGUMENT', 'options null');

fn('parseFiscalYear');
c('empty', [''], 'INVALID_FISCAL_YEAR', 'empty');
c('whitespace', ['\u3000 '], 'INVALID_FISCAL_YEAR', 'spaces');
c('calendar-year', ['令和5年'], 'INVALID_FISCAL_YEAR', '令和5年 is a calendar year');
c('date', ['令和5年4月1日'], 'INVALID_FISCAL_YEAR', 'a date');
c('dotted', ['R5.4'], 'INVALID_FISCAL_YEAR', 'a year and month');
c('range', ['令和3年度～令和6年度'], 'INVALID_FISCAL_YEAR', 'a range: use planPeriod');
c('short-range', ['令和6～7年度'], 'INVALID_FISCAL_YEAR', 'a short range');
c('bracket-mismatch', ['令和5年度（2024年度）'], 'INVALID_FISCAL_YEAR', 'the brackets disagree');
c('bracket-unclosed', ['令和5年度(2023年度'], 'INVALID_FISCAL_YEAR', 'unclosed bracket');
c('weekday', ['令和5年度（土）'], 'INVALID_FISCAL_YEAR', 'a weekday after a fiscal year');
c('fy-alone', ['FY'], 'INVALID_FISCAL_YEAR', 'FY without a year');
c('fy-five-digits', ['FY99999'], 'INVALID_FISCAL_YEAR', 'five digits');
c('fy-nendo', ['FY2023年度'], 'INVALID_FISCAL_YEAR', 'FY and 年度 together');
c('three-digits', ['202'], 'INVALID_FISCAL_YEAR', 'three digits');
c('five-digits', ['20233'], 'INVALID_FISCAL_YEAR', 'five digits');
c('decimal', ['2023.5'], 'INVALID_FISCAL_YEAR', 'a decimal');
c('negative', ['-2023'], 'INVALID_FISCAL_YEAR', 'a sign');
c('nan-text', ['NaN'], 'INVALID_FISCAL_YEAR', 'the text NaN');
c('nul-suffix', ['令和5年度\u0000'], 'INVALID_FISCAL_YEAR', 'trailing NUL');
c('lone-surrogate', ['\ud800'], 'INVALID_FISCAL_YEAR', 'lone surrogate');
c('double-ten', ['令和十十年度'], 'INVALID_FISCAL_YEAR', 'malformed kanji numeral');
c('fy-1872', ['FY1872'], 'BEFORE_GREGORIAN', '1872');
c('year-0000', ['0000'], 'BEFORE_GREGORIAN', 'year 0');
c('full-width-1872', ['１８７２'], 'BEFORE_GREGORIAN', 'full-width 1872');
c('meiji-5', ['明治5年度'], 'BEFORE_GREGORIAN', 'fiscal 1872');
c('initial-m5', ['M5'], 'BEFORE_GREGORIAN', 'fiscal 1872');
c('fy-9999', ['FY9999'], 'DATE_OUT_OF_RANGE', 'ends in 10000');
c('nendo-9999', ['9999年度'], 'DATE_OUT_OF_RANGE', 'ends in 10000');
c('r7981', ['R7981'], 'DATE_OUT_OF_RANGE', 'fiscal 9999');
c('year-zero', ['令和0年度'], 'ERA_YEAR_OUT_OF_RANGE', 'no year 0');
c('r0', ['R0'], 'ERA_YEAR_OUT_OF_RANGE', 'no year 0');
c('heisei-32', ['平成32年度'], 'ERA_YEAR_OUT_OF_RANGE', 'overflow is opt-in');
c('keio', ['慶応4年度'], 'UNKNOWN_ERA', 'an era before 1873');
c('latin-x', ['X5年度'], 'UNKNOWN_ERA', 'X is no era');
c('257-chars', [R('1', 257)], 'INPUT_TOO_LONG', 'over 256 characters');
c('100kB', [R('令和5年度', 20000)], 'INPUT_TOO_LONG', '100 kB');
c('number', [2023], 'INVALID_ARGUMENT', 'a number');
c('null', [null], 'INVALID_ARGUMENT', 'null');
c('object', [{}], 'INVALID_ARGUMENT', 'an object');
c('start-month', ['R5', { startMonth: 13 }], 'INVALID_OPTION', 'bad start month');
c('options-null-overflow', ['平成32年度', null], 'INVALID_ARGUMENT', 'options null');

fn('planPeriod');
c('reversed', ['R6', 'R3'], 'INVALID_FISCAL_YEAR', 'ends before it starts');
c('nan', [2021, N('NaN')], 'INVALID_FISCAL_YEAR', 'NaN end');
c('null', [null, 2024], 'INVALID_FISCAL_YEAR', 'null start');
c('array', [[2021], 2024], 'INVALID_FISCAL_YEAR', 'an array');
c('range-text', ['令和3年度～令和6年度', 2024], 'INVALID_FISCAL_YEAR', 'a range as one end');
c('empty-text', ['', 2024], 'INVALID_FISCAL_YEAR', 'empty');
c('before-1873', [1872, 2024], 'BEFORE_GREGORIAN', 'starts in 1872');
c('after-9998', [2021, 9999], 'DATE_OUT_OF_RANGE', 'ends in 10000');
c('overflow', ['平成32年度', 2024], 'ERA_YEAR_OUT_OF_RANGE', 'overflow is opt-in');
c('too-long', [R('R', 300), 2024], 'INPUT_TOO_LONG', 'over 256 characters');
c('start-month', [2021, 2024, { startMonth: 0 }], 'INVALID_OPTION', 'bad start month');
c('options-null', [2021, 2024, null], 'INVALID_ARGUMENT', 'options null');

// ============================== kpi ==============================
const lvl = 'levelKpi';
fn('evaluateKpi');
c('kpi-null', [null, { fiscalYear: 2023 }], 'INVALID_KPI', 'null KPI');
c('kpi-array', [[], { fiscalYear: 2023 }], 'INVALID_KPI', 'an array');
c('kpi-empty', [{}, { fiscalYear: 2023 }], 'INVALID_KPI', 'no id');
c('kpi-text', ['{"id":"k"}', { fiscalYear: 2023 }], 'INVALID_KPI', 'JSON text goes through parseKpi');
c('id-empty', [patch(lvl, { id: '' }), { fiscalYear: 2023 }], 'INVALID_KPI', 'empty id');
c('name-number', [patch(lvl, { name: 5 }), { fiscalYear: 2023 }], 'INVALID_KPI', 'name must be text');
c('unit-null', [patch(lvl, { unit: null }), { fiscalYear: 2023 }], 'INVALID_KPI', 'unit must be text');
c('direction', [patch(lvl, { direction: 'up' }), { fiscalYear: 2023 }], 'INVALID_KPI', 'unknown direction');
c('unit-kind', [patch(lvl, { unitKind: 'yen' }), { fiscalYear: 2023 }], 'INVALID_KPI', 'unknown unitKind');
c('target-null', [patch(lvl, { target: null }), { fiscalYear: 2023 }], 'INVALID_KPI', 'no target');
c(
  'target-kind',
  [patch(lvl, { 'target.kind': 'bogus' }), { fiscalYear: 2023 }],
  'INVALID_KPI',
  'unknown kind',
);
c(
  'target-kind-proto',
  [patch(lvl, { 'target.kind': '__proto__' }), { fiscalYear: 2023 }],
  'INVALID_KPI',
  '__proto__ as a kind',
);
c(
  'no-deadline',
  [patch(lvl, { 'target.by': del }), { fiscalYear: 2023 }],
  'INVALID_KPI',
  'a level target needs a deadline',
);
c(
  'deadline-1e308',
  [patch(lvl, { 'target.by': 1e308 }), { fiscalYear: 2023 }],
  'INVALID_FISCAL_YEAR',
  'deadline 1e308',
);
c(
  'deadline-before-baseline',
  [patch(lvl, { 'target.by': 2019, yearTargets: del, observations: del }), { fiscalYear: 2023 }],
  'INVALID_KPI',
  'deadline before the baseline',
);
c(
  'target-equals-baseline',
  [
    patch(lvl, { target: { kind: 'rate', percent: 10, by: 2024 }, 'baseline.value': 0, yearTargets: del }),
    { fiscalYear: 2023 },
  ],
  'TARGET_EQUALS_BASELINE',
  'a rate of a zero baseline: progress would divide by zero',
);
c(
  'target-equals-baseline-text',
  [
    patch(lvl, {
      target: { kind: 'rate', percent: 10, by: 2024 },
      'baseline.value': '0.00',
      yearTargets: del,
    }),
    { fiscalYear: 2023 },
  ],
  'TARGET_EQUALS_BASELINE',
  'a rate of 0.00: the target equals the baseline',
);
c(
  'wrong-way',
  [patch(lvl, { 'target.value': 10, yearTargets: del }), { fiscalYear: 2023 }],
  'INVALID_KPI',
  'target below baseline when higher is better',
);
c(
  'year-target-wrong-way',
  [patch(lvl, { yearTargets: { 2022: 80, 2023: 70 } }), { fiscalYear: 2023 }],
  'YEAR_TARGET_WRONG_DIRECTION',
  'year targets fall back',
);
c(
  'year-target-key',
  [patch(lvl, { yearTargets: { R5: 85 } }), { fiscalYear: 2023 }],
  'INVALID_FISCAL_YEAR',
  'year target keyed by R5',
);
c(
  'year-target-proto-key',
  [patch(lvl, { yearTargets: { ['__proto__']: 85 } }), { fiscalYear: 2023 }],
  'INVALID_FISCAL_YEAR',
  'year target keyed by __proto__',
);
c(
  'year-target-nan',
  [patch(lvl, { yearTargets: { 2023: 'NaN' } }), { fiscalYear: 2023 }],
  'INVALID_NUMBER',
  'NaN year target',
);
c(
  'baseline-text',
  [patch(lvl, { baseline: 'x' }), { fiscalYear: 2023 }],
  'INVALID_KPI',
  'baseline must be an object',
);
c(
  'baseline-nan',
  [patch(lvl, { 'baseline.value': N('NaN') }), { fiscalYear: 2023 }],
  'INVALID_NUMBER',
  'NaN baseline',
);
c(
  'baseline-as-of-1872',
  [patch(lvl, { 'baseline.asOf': '1872-04-01' }), { fiscalYear: 2023 }],
  'BEFORE_GREGORIAN',
  'baseline before 1873',
);
c(
  'baseline-as-of-feb-30',
  [patch(lvl, { 'baseline.asOf': '2021-02-30' }), { fiscalYear: 2023 }],
  'INVALID_DATE',
  'impossible baseline day',
);
c(
  'baseline-fy-1e308',
  [patch(lvl, { 'baseline.asOf': del, 'baseline.fiscalYear': 1e308 }), { fiscalYear: 2023 }],
  'INVALID_FISCAL_YEAR',
  'baseline year 1e308',
);
c(
  'period-reversed',
  [patch('annualKpi', { period: { start: 2024, end: 2021 } }), { fiscalYear: 2023 }],
  'INVALID_KPI',
  'period ends before it starts',
);
c(
  'period-text',
  [patch('annualKpi', { period: 'R3-R6' }), { fiscalYear: 2023 }],
  'INVALID_KPI',
  'period as text',
);
c(
  'period-start-nan',
  [patch('annualKpi', { 'period.start': N('NaN') }), { fiscalYear: 2023 }],
  'INVALID_FISCAL_YEAR',
  'NaN period start',
);
c(
  'outside-period',
  [ref('annualKpi'), { fiscalYear: 2025 }],
  'FISCAL_YEAR_OUTSIDE_PERIOD',
  'after the period',
);
c(
  'before-baseline',
  [ref(lvl), { fiscalYear: 2019, actual: 50 }],
  'FISCAL_YEAR_OUTSIDE_PERIOD',
  'before the baseline',
);
c(
  'change-no-baseline',
  [
    { id: 'c', name: 'n', unit: '件', target: { kind: 'change', amount: 1, by: 2024 } },
    { fiscalYear: 2023, actual: 1 },
  ],
  'MISSING_BASELINE',
  'a change needs a baseline value',
);
c(
  'change-amount-zero',
  [
    {
      id: 'c',
      name: 'n',
      unit: '件',
      baseline: { value: 48, fiscalYear: 2021 },
      target: { kind: 'change', amount: 0, by: 2024 },
    },
    { fiscalYear: 2023 },
  ],
  'INVALID_KPI',
  'a change of 0',
);
c(
  'rate-negative',
  [
    {
      id: 'c',
      name: 'n',
      unit: '円',
      direction: 'lower',
      baseline: { value: 100, fiscalYear: 2020 },
      target: { kind: 'rate', percent: -5, by: 2024 },
    },
    { fiscalYear: 2023 },
  ],
  'INVALID_KPI',
  'a negative rate',
);
c(
  'rate-below-zero-money',
  [
    {
      id: 'c',
      name: 'n',
      unit: '円',
      direction: 'lower',
      baseline: { value: 100, fiscalYear: 2020 },
      target: { kind: 'rate', percent: 200, by: 2024 },
    },
    { fiscalYear: 2023 },
  ],
  'NEGATIVE_VALUE',
  'cutting money by 200 % goes below zero',
);
c(
  'count-fraction',
  [{ id: 'c', name: 'n', unit: '件', target: { kind: 'count', value: 1.5 } }, { fiscalYear: 2023 }],
  'NOT_AN_INTEGER',
  'half an event',
);
c(
  'milestone-due-month-13',
  [patch('milestoneKpi', { 'target.due': '2024-13' }), { fiscalYear: 2023 }],
  'INVALID_DATE',
  'month 13',
);
c(
  'milestone-due-number',
  [patch('milestoneKpi', { 'target.due': 202401 }), { fiscalYear: 2023 }],
  'INVALID_DATE',
  'due as a number',
);
c(
  'milestone-due-wareki',
  [patch('milestoneKpi', { 'target.due': '令和6年1月' }), { fiscalYear: 2023 }],
  'INVALID_DATE',
  'due in era form',
);
c(
  'observations-object',
  [patch(lvl, { observations: {} }), { fiscalYear: 2023 }],
  'INVALID_KPI',
  'observations not a list',
);
c(
  'observation-null',
  [patch(lvl, { observations: [null] }), { fiscalYear: 2023 }],
  'INVALID_KPI',
  'a null observation',
);
c(
  'observation-duplicate',
  [
    patch(lvl, {
      observations: [
        { fiscalYear: 2023, value: 1 },
        { fiscalYear: 2023, value: 2 },
      ],
    }),
    { fiscalYear: 2023 },
  ],
  'DUPLICATE_ID',
  'two actuals for one year',
);
c(
  'observation-fy-text',
  [patch(lvl, { observations: [{ fiscalYear: 'R5', value: 1 }] }), { fiscalYear: 2023 }],
  'INVALID_FISCAL_YEAR',
  'observation year as text',
);
c(
  'observation-as-of',
  [patch(lvl, { observations: [{ fiscalYear: 2023, value: 1, asOf: '2024-02-30' }] }), { fiscalYear: 2023 }],
  'INVALID_DATE',
  'impossible asOf',
);
c('input-null', [ref(lvl), null], 'INVALID_ARGUMENT', 'no input');
c('input-number', [ref(lvl), 2023], 'INVALID_ARGUMENT', 'a bare year');
c('fy-missing', [ref(lvl), {}], 'INVALID_FISCAL_YEAR', 'no fiscal year');
c('fy-nan', [ref(lvl), { fiscalYear: N('NaN') }], 'INVALID_FISCAL_YEAR', 'NaN year');
c('fy-text', [ref(lvl), { fiscalYear: '2023' }], 'INVALID_FISCAL_YEAR', 'year as text');
c('fy-fraction', [ref(lvl), { fiscalYear: 2023.5 }], 'INVALID_FISCAL_YEAR', 'fractional year');
c(
  'fy-negative',
  [ref('annualKpi') && patch('annualKpi', { period: del }), { fiscalYear: -5, actual: 1 }],
  'BEFORE_GREGORIAN',
  'fiscal year -5 (as fiscalYearRange says)',
);
c(
  'fy-1e308',
  [patch('annualKpi', { period: del }), { fiscalYear: 1e308, actual: 1 }],
  'DATE_OUT_OF_RANGE',
  'fiscal year 1e308',
);
c(
  'fy-99999-level',
  [patch(lvl, { observations: del }), { fiscalYear: 99999, actual: 80 }],
  'DATE_OUT_OF_RANGE',
  'fiscal year 99999',
);
c('actual-nan', [ref(lvl), { fiscalYear: 2023, actual: N('NaN') }], 'INVALID_NUMBER', 'NaN');
c('actual-infinity', [ref(lvl), { fiscalYear: 2023, actual: N('Infinity') }], 'INVALID_NUMBER', 'Infinity');
c('actual-text', [ref(lvl), { fiscalYear: 2023, actual: 'abc' }], 'INVALID_NUMBER', 'not a number');
c(
  'actual-full-width',
  [ref(lvl), { fiscalYear: 2023, actual: '７３．９' }],
  'INVALID_NUMBER',
  'full-width digits (parseNumberCell reads those)',
);
c(
  'actual-percent-sign',
  [ref(lvl), { fiscalYear: 2023, actual: '73.9%' }],
  'INVALID_NUMBER',
  'a unit in the figure',
);
c(
  'actual-1e400',
  [ref(lvl), { fiscalYear: 2023, actual: '1e400' }],
  'INVALID_NUMBER',
  '1e400 is refused (ERROR_CODES.INVALID_NUMBER)',
);
c('actual-1e-401', [ref(lvl), { fiscalYear: 2023, actual: '1e-401' }], 'INVALID_NUMBER', 'too small to hold');
c('actual-object', [ref(lvl), { fiscalYear: 2023, actual: {} }], 'INVALID_NUMBER', 'an object');
c('actual-array', [ref(lvl), { fiscalYear: 2023, actual: [73.9] }], 'INVALID_NUMBER', 'an array');
c('actual-boolean', [ref(lvl), { fiscalYear: 2023, actual: true }], 'INVALID_NUMBER', 'true');
c(
  'actual-decimal-nan',
  [ref(lvl), { fiscalYear: 2023, actual: { $decimal: 'NaN' } }],
  'INVALID_NUMBER',
  'a NaN Decimal',
);
c(
  'actual-negative-money',
  [ref('annualKpi'), { fiscalYear: 2023, actual: -1 }],
  'NEGATIVE_VALUE',
  'negative yen',
);
c(
  'actual-fraction-count',
  [
    { id: 'c', name: 'n', unit: '件', target: { kind: 'count', value: 1 } },
    { fiscalYear: 2023, actual: 1.5 },
  ],
  'NOT_AN_INTEGER',
  'half an event',
);
c(
  'previous-nan',
  [ref('noWorseKpi'), { fiscalYear: 2022, actual: 1, previous: N('NaN') }],
  'INVALID_NUMBER',
  'NaN previous',
);
c(
  'milestone-actual-number',
  [ref('milestoneKpi'), { fiscalYear: 2023, actual: 5 }],
  'INVALID_KPI',
  'a milestone state is { done }',
);
c(
  'milestone-done-text',
  [ref('milestoneKpi'), { fiscalYear: 2023, actual: { done: 'yes' } }],
  'INVALID_KPI',
  'done must be boolean',
);
c(
  'milestone-on-bad',
  [ref('milestoneKpi'), { fiscalYear: 2023, actual: { done: true, on: '2023-02-30' } }],
  'INVALID_DATE',
  'impossible completion day',
);
c('options-places', [ref(lvl), { fiscalYear: 2023 }, { places: -1 }], 'INVALID_OPTION', 'negative places');
c('options-places-21', [ref(lvl), { fiscalYear: 2023 }, { places: 21 }], 'INVALID_OPTION', 'over 20 places');
c(
  'options-value-places-nan',
  [ref(lvl), { fiscalYear: 2023 }, { valuePlaces: N('NaN') }],
  'INVALID_OPTION',
  'NaN places',
);
c(
  'options-rounding',
  [ref(lvl), { fiscalYear: 2023 }, { rounding: 'bankers' }],
  'INVALID_OPTION',
  'unknown rounding',
);
c(
  'options-tolerance-nan',
  [ref(lvl), { fiscalYear: 2023 }, { tolerance: N('NaN') }],
  'INVALID_NUMBER',
  'NaN tolerance',
);
c(
  'options-tolerance-negative',
  [ref(lvl), { fiscalYear: 2023 }, { tolerance: -1 }],
  'INVALID_OPTION',
  'negative tolerance',
);
c(
  'options-margin-text',
  [ref(lvl), { fiscalYear: 2023 }, { aheadMargin: 'x' }],
  'INVALID_NUMBER',
  'margin as text',
);

fn('evaluateKpiSeries');
c('kpi-null', [null], 'INVALID_KPI', 'null KPI');
c('no-period', [patch('annualKpi', { period: del })], 'INVALID_KPI', 'neither a period nor from/to');
c('from-fraction', [ref('annualKpi'), { from: 2021.5, to: 2023 }], 'INVALID_FISCAL_YEAR', 'fractional from');
c('bad-rounding', [ref('annualKpi'), { places: 99 }], 'INVALID_OPTION', '99 places');
c('options-null', [ref('annualKpi'), null], 'INVALID_ARGUMENT', 'options null');
c('from-nan', [ref('annualKpi'), { from: N('NaN'), to: 2024 }], 'INVALID_FISCAL_YEAR', 'NaN from');
c('from-text', [ref('annualKpi'), { from: 'R3', to: 2024 }], 'INVALID_FISCAL_YEAR', 'from as text');
c(
  'reversed',
  [ref('annualKpi'), { from: 2024, to: 2023 }],
  'INVALID_FISCAL_YEAR',
  'from after to (planPeriod rejects this)',
);
c('to-fraction', [ref('annualKpi'), { from: 2021, to: 2021.5 }], 'INVALID_FISCAL_YEAR', 'fractional to');
c(
  'from-zero',
  [patch('annualKpi', { period: del }), { from: 0, to: 10 }],
  'BEFORE_GREGORIAN',
  'fiscal years 0..10',
);
c(
  'to-infinity',
  [patch('annualKpi', { period: del }), { from: 2021, to: N('Infinity') }],
  'INVALID_FISCAL_YEAR',
  'an endless range',
  { isolate: true },
);
c(
  'to-1e9',
  [patch('annualKpi', { period: del }), { from: 2021, to: 1000000000 }],
  'DATE_OUT_OF_RANGE',
  'a billion fiscal years',
  { isolate: true },
);

fn('kpiTrend');
c('kpi-null', [null, 2022, 2023], 'INVALID_KPI', 'null KPI');
c('missing-year', [ref('annualKpi'), 2020, 2023], 'MISSING_OBSERVATION', 'no actual for 2020');
c('rounding', [ref('annualKpi'), 2022, 2023, { places: 99 }], 'INVALID_OPTION', '99 places');
c('bad-kpi', [patch('annualKpi', { 'target.value': 'abc' }), 2022, 2023], 'INVALID_NUMBER', 'bad target');
c('from-nan', [ref('annualKpi'), N('NaN'), 2023], 'INVALID_FISCAL_YEAR', 'NaN is no fiscal year');
c('from-text', [ref('annualKpi'), '2022', 2023], 'INVALID_FISCAL_YEAR', 'a year as text');

fn('requiredPace');
c('kpi-null', [null], 'INVALID_KPI', 'null KPI');
c('no-observation', [patch(lvl, { observations: del })], 'MISSING_OBSERVATION', 'nothing to start from');
c('at-missing', [ref(lvl), 2022], 'MISSING_OBSERVATION', 'no actual for 2022');
c('rounding', [ref(lvl), U, { valuePlaces: 'x' }], 'INVALID_OPTION', 'places as text');
c('bad-kpi', [patch(lvl, { 'target.value': N('Infinity') })], 'INVALID_NUMBER', 'infinite target');
c('at-nan', [ref(lvl), N('NaN')], 'INVALID_FISCAL_YEAR', 'NaN is no fiscal year');

fn('defineKpi');
c('null', [null], 'INVALID_KPI', 'null');
c('text', ['k'], 'INVALID_KPI', 'text');
c('function', [fnTag], 'INVALID_KPI', 'a function');
c('array', [[ref(lvl)]], 'INVALID_KPI', 'an array');
c('empty', [{}], 'INVALID_KPI', 'no fields');
c(
  'proto-payload',
  [{ ['__proto__']: { polluted: 1 }, id: '' }],
  'INVALID_KPI',
  'a __proto__ payload on a bad KPI',
);
c(
  'constructor-payload',
  [{ constructor: { prototype: { polluted: 1 } }, id: 'k', name: 'n', unit: '%', target: { kind: 'bogus' } }],
  'INVALID_KPI',
  'a constructor.prototype payload on a bad KPI',
);
c('nan-target', [patch(lvl, { 'target.value': N('NaN') })], 'INVALID_NUMBER', 'NaN target');
c('empty-target-text', [patch(lvl, { 'target.value': '' })], 'INVALID_NUMBER', 'empty target');
c('space-target-text', [patch(lvl, { 'target.value': '   ' })], 'INVALID_NUMBER', 'blank target');
c('target-1e9999', [patch(lvl, { 'target.value': '1e9999' })], 'INVALID_NUMBER', 'exponent 9999');
c('target-100kB', [patch(lvl, { 'target.value': R('9', 100000) })], 'INVALID_NUMBER', '100 kB of digits');
c('target-hex', [patch(lvl, { 'target.value': '0x5A' })], 'INVALID_NUMBER', 'hex');
c(
  'target-1e400',
  [patch(lvl, { 'target.value': '1e400', yearTargets: del })],
  'INVALID_NUMBER',
  '1e400 is refused (ERROR_CODES.INVALID_NUMBER)',
);
c(
  'negative-count',
  [{ id: 'c', name: 'n', unit: '件', target: { kind: 'count', value: -1 } }],
  'NEGATIVE_VALUE',
  'a negative count',
);
c(
  'milestone-no-due',
  [{ id: 'm', name: 'n', unit: '', target: { kind: 'milestone' } }],
  'INVALID_DATE',
  'a milestone without due',
);

fn('toDecimal');
c('nan', [N('NaN')], 'INVALID_NUMBER', 'NaN');
c('infinity', [N('Infinity')], 'INVALID_NUMBER', 'Infinity');
c('minus-infinity', [N('-Infinity')], 'INVALID_NUMBER', '-Infinity');
c('empty', [''], 'INVALID_NUMBER', 'empty');
c('whitespace', ['  \t'], 'INVALID_NUMBER', 'blank');
c('full-width', ['１２'], 'INVALID_NUMBER', 'full-width digits');
c('grouped', ['1,000'], 'INVALID_NUMBER', 'grouping commas (parseNumberCell reads those)');
c('point-only', ['.'], 'INVALID_NUMBER', 'a lone point');
c('exponent-only', ['1e'], 'INVALID_NUMBER', 'exponent without digits');
c('hex', ['0x10'], 'INVALID_NUMBER', 'hex');
c('underscore', ['1_000'], 'INVALID_NUMBER', 'numeric separator');
c('text-nan', ['NaN'], 'INVALID_NUMBER', 'the text NaN');
c('text-infinity', ['Infinity'], 'INVALID_NUMBER', 'the text Infinity');
c('two-points', ['1.2.3'], 'INVALID_NUMBER', 'two points');
c('nul', ['1\u0000'], 'INVALID_NUMBER', 'trailing NUL');
c('lone-surrogate', ['\ud8001'], 'INVALID_NUMBER', 'lone surrogate');
c('1e-401', ['1e-401'], 'INVALID_NUMBER', 'too small');
c('1e401', ['1e401'], 'INVALID_NUMBER', 'too large');
c('1e10001', ['1e10001'], 'INVALID_NUMBER', 'huge exponent');
c('100kB', [R('9', 100000)], 'INVALID_NUMBER', '100 kB of digits');
c('null', [null], 'INVALID_NUMBER', 'null');
c('undefined', [U], 'INVALID_NUMBER', 'undefined');
c('array', [[]], 'INVALID_NUMBER', 'an array');
c('object', [{}], 'INVALID_NUMBER', 'an object');
c('date', [D('2023-04-01T00:00:00Z')], 'INVALID_NUMBER', 'a Date');
c('decimal-nan', [{ $decimal: 'NaN' }], 'INVALID_NUMBER', 'a NaN Decimal');
c('decimal-infinity', [{ $decimal: '-Infinity' }], 'INVALID_NUMBER', 'an infinite Decimal');
c(
  'decimal-like-proto',
  [{ ['__proto__']: { d: [1] }, d: [1], e: 0, s: 1 }],
  'INVALID_NUMBER',
  'a Decimal look-alike with an own __proto__ key',
);
c('1e400', ['1e400'], 'INVALID_NUMBER', '1e400 is refused (ERROR_CODES.INVALID_NUMBER)');
c('1e-400', ['1e-400'], 'INVALID_NUMBER', '1e-400 is refused (a comment in kpi/exact.ts says so)');
c('bigint-1e500', [{ $bigint: C('1', R('0', 500)) }], 'INVALID_NUMBER', 'a bigint beyond the 1e400 bound');

fn('roundFigure');
c('nan', [N('NaN'), 2], 'INVALID_NUMBER', 'NaN');
c('text', ['abc', 2], 'INVALID_NUMBER', 'not a number');
c('places-nan', [1, N('NaN')], 'INVALID_OPTION', 'NaN places');
c('places-21', [1, 21], 'INVALID_OPTION', 'over 20 places');
c('places-negative', [1, -1], 'INVALID_OPTION', 'negative places');
c('places-fraction', [1, 1.5], 'INVALID_OPTION', 'fractional places');
c('places-text', [1, '2'], 'INVALID_OPTION', 'places as text');
c('mode', [1, 2, 'bankers'], 'INVALID_OPTION', 'unknown mode');
c('mode-number', [1, 2, 5], 'INVALID_OPTION', 'mode as a number');

fn('formatKpiValue');
c('null', [null, '%'], 'INVALID_NUMBER', 'no value');
c('nan-number', [N('NaN'), '%'], 'INVALID_NUMBER', 'NaN');
c('decimal-nan', [{ $decimal: 'NaN' }, '%'], 'INVALID_NUMBER', 'a NaN Decimal');
c('decimal-infinity', [{ $decimal: 'Infinity' }, '円'], 'INVALID_NUMBER', 'an infinite Decimal');
c('text', ['abc', '%'], 'INVALID_NUMBER', 'text');
c('unit-null', [{ $decimal: '1' }, null], 'INVALID_ARGUMENT', 'unit null');
c('unit-kind', [{ $decimal: '1' }, '円', 'yen'], 'INVALID_OPTION', 'unknown unit kind');

// ============================== rating ==============================
const lv = (code, extra = {}) => ({ code, label: { ja: 'a', en: 'a' }, progress: 'ahead', ...extra });
const sc = (extra) => ({ id: 's', name: { ja: 's', en: 's' }, levels: [lv('A')], ...extra });
fn('defineRatingScale');
c('null', [null], 'INVALID_SCALE', 'null');
c('text', ['S/A/B'], 'INVALID_SCALE', 'text');
c('array', [[]], 'INVALID_SCALE', 'an array');
c('no-id', [{ name: { ja: 's', en: 's' }, levels: [lv('A')] }], 'INVALID_SCALE', 'no id');
c('levels-empty', [sc({ levels: [] })], 'INVALID_SCALE', 'no levels');
c('levels-object', [sc({ levels: {} })], 'INVALID_SCALE', 'levels not a list');
c('duplicate', [sc({ levels: [lv('A'), lv('A')] })], 'INVALID_SCALE', 'a code twice');
c('blank-code', [sc({ levels: [lv(' \u3000')] })], 'INVALID_SCALE', 'a blank code');
c('level-null', [sc({ levels: [null] })], 'INVALID_SCALE', 'a null level');
c('progress', [sc({ levels: [lv('A', { progress: 'fast' })] })], 'INVALID_SCALE', 'unknown progress');
c('label-missing', [sc({ levels: [{ code: 'A', progress: 'ahead' }] })], 'INVALID_SCALE', 'no label');
c('score-nan', [sc({ levels: [lv('A', { score: N('NaN') })] })], 'INVALID_SCALE', 'NaN score');
c('score-infinity', [sc({ levels: [lv('A', { score: N('Infinity') })] })], 'INVALID_SCALE', 'infinite score');
c('score-text', [sc({ levels: [lv('A', { score: '5' })] })], 'INVALID_SCALE', 'score as text');
c('colour', [sc({ levels: [lv('A', { color: 'red' })] })], 'INVALID_SCALE', 'not #rrggbb');
c(
  'not-applicable-overlap',
  [sc({ notApplicable: ['A'] })],
  'INVALID_SCALE',
  'a code both a level and not applicable',
);
c('not-applicable-number', [sc({ notApplicable: 5 })], 'INVALID_SCALE', 'notApplicable not a list');
c('not-applicable-object', [sc({ notApplicable: {} })], 'INVALID_SCALE', 'notApplicable an object');
c('not-applicable-null-item', [sc({ notApplicable: [null] })], 'INVALID_SCALE', 'a null not-applicable code');
c('name-missing', [{ id: 's', levels: [lv('A')] }], 'INVALID_SCALE', 'no name');
c(
  'code-proto',
  [sc({ levels: [lv('__proto__')] })],
  'FORBIDDEN_KEY',
  'codes become keys of counts, shares and matrix; __proto__ vanishes from them',
);

const plan = 'miniPlan';
fn('readRating');
{
  const oneLevel = {
    id: 'x',
    name: { ja: 'x', en: 'x' },
    levels: [{ code: 'A', label: { ja: 'a', en: 'a' }, progress: 'on-track' }],
  };
  c('null-scale', [null, 'A'], 'INVALID_SCALE', 'no scale');
  c('code-number', [oneLevel, 5], 'INVALID_ARGUMENT', 'a rating that is not text');
  c('scale-text', ['kizugawa-sabc', 'A'], 'INVALID_SCALE', 'a scale id, not a scale');
}

fn('scoreBandOf');
{
  const label = { ja: 'a', en: 'a' };
  const scored = {
    id: 'x',
    name: { ja: 'x', en: 'x' },
    levels: [{ code: 'A', label, progress: 'on-track', score: 1 }],
  };
  const overlap = {
    of: 'sum',
    bands: [
      { code: 'a', label, min: { value: 0, inclusive: true } },
      { code: 'b', label: { ja: 'b', en: 'b' }, min: { value: 5, inclusive: true } },
    ],
  };
  c('no-bands', [scored, 1], 'INVALID_SCALE', 'a scale that declares no bands');
  c('overlap', [overlap, 1], 'INVALID_SCALE', 'overlapping bands');
  c('nan', [{ of: 'sum', bands: [{ code: 'a', label }] }, N('NaN')], 'INVALID_NUMBER', 'NaN');
  c('null', [null, 1], 'INVALID_SCALE', 'no scale or bands');
}

fn('defineJudgementRule');
{
  const name = { ja: 'x', en: 'x' };
  c('null', [null], 'INVALID_ARGUMENT', 'no rule');
  c('no-cases', [{ id: 'x', name, cases: [] }], 'INVALID_ARGUMENT', 'a rule without cases');
  c(
    'end-not-inclusive',
    [{ id: 'x', name, cases: [{ code: 'A', figure: 'achievement', min: { value: 100 } }] }],
    'INVALID_ARGUMENT',
    'a band end that does not say whether it is inclusive',
  );
  c(
    'change-without-tolerance',
    [{ id: 'x', name, cases: [{ code: 'C', change: ['unchanged'] }] }],
    'INVALID_ARGUMENT',
    'a case reading change with no tolerance',
  );
  c(
    'unknown-field',
    [{ id: 'x', name, cases: [{ code: 'A' }], bandz: [] }],
    'INVALID_ARGUMENT',
    'a misspelt field',
  );
  c(
    'end-nan',
    [
      {
        id: 'x',
        name,
        cases: [{ code: 'A', figure: 'achievement', min: { value: N('NaN'), inclusive: true } }],
      },
    ],
    'INVALID_NUMBER',
    'NaN as an end',
  );
}

fn('judgeWith');
{
  const rule = { id: 'x', name: { ja: 'x', en: 'x' }, cases: [{ code: 'A' }] };
  c('rule-null', [null, { status: 'achieved' }], 'INVALID_ARGUMENT', 'no rule');
  c('evaluation-null', [rule, null], 'INVALID_ARGUMENT', 'no evaluation');
  c('evaluation-empty', [rule, {}], 'INVALID_ARGUMENT', 'an object that is not an evaluation');
}

fn('aggregateRatings');
c('options-places', [ref(plan), 2023, { places: 50 }], 'INVALID_OPTION', '50 places');
c('options-rounding', [ref(plan), 2023, { rounding: 'x' }], 'INVALID_OPTION', 'unknown rounding');
c('options-source', [ref(plan), 2023, { source: 'pdf' }], 'INVALID_OPTION', 'unknown source');
c(
  'declared-missing',
  [ref(plan), 2023, { source: 'declared' }],
  'MISSING_OBSERVATION',
  'no declared table for 2023',
);
c('plan-null', [null, 2023], 'INVALID_ARGUMENT', 'null plan');
c('plan-empty', [{}, 2023], 'INVALID_PLAN', 'a plan without directions');
c('programs-null', [patch(plan, { programs: null }), 2023], 'INVALID_PLAN', 'programs null');
c('program-null', [patch(plan, { programs: [null] }), 2023], 'INVALID_PLAN', 'a null program');
c('fy-nan', [ref(plan), N('NaN')], 'INVALID_FISCAL_YEAR', 'NaN year');
c('fy-text', [ref(plan), '2023'], 'INVALID_FISCAL_YEAR', 'year as text');
c('fy-1800', [ref(plan), 1800], 'INVALID_FISCAL_YEAR', 'fiscal 1800');
c('options-null', [ref(plan), 2023, null], 'INVALID_ARGUMENT', 'options null');
c('scale-duplicate', [ref('dupScalePlan'), 2023], 'INVALID_SCALE', 'a scale with a code twice');
c(
  'scale-empty',
  [patch(plan, { scale: sc({ levels: [] }) }), 2023],
  'INVALID_SCALE',
  'a scale without levels',
);
c(
  'scale-score-nan',
  [patch(plan, { scale: sc({ levels: [lv('A', { score: N('NaN') })] }) }), 2023],
  'INVALID_SCALE',
  'a NaN score',
);
c(
  'declared-count-fraction',
  [
    patch(plan, { summaries: [{ fiscalYear: 2023, rows: [{ direction: 'd1', counts: { A: 1.5 } }] }] }),
    2023,
    { source: 'declared' },
  ],
  'INVALID_PLAN',
  'half a program',
);
c(
  'declared-count-nan',
  [
    patch(plan, { summaries: [{ fiscalYear: 2023, rows: [{ direction: 'd1', counts: { A: N('NaN') } }] }] }),
    2023,
    { source: 'declared' },
  ],
  'INVALID_PLAN',
  'NaN programs',
);
c(
  'declared-count-negative',
  [
    patch(plan, { summaries: [{ fiscalYear: 2023, rows: [{ direction: 'd1', counts: { A: -1 } }] }] }),
    2023,
    { source: 'declared' },
  ],
  'INVALID_PLAN',
  'minus one program',
);
c(
  'declared-rows-null',
  [patch(plan, { summaries: [{ fiscalYear: 2023, rows: null }] }), 2023, { source: 'declared' }],
  'INVALID_PLAN',
  'rows null',
);

fn('ratingTransitions');
c('plan-null', [null, 2022, 2023], 'INVALID_ARGUMENT', 'null plan');
c('plan-empty', [{}, 2022, 2023], 'INVALID_PLAN', 'no programs');
c('programs-object', [patch(plan, { programs: {} }), 2022, 2023], 'INVALID_PLAN', 'programs not a list');
c('from-nan', [ref(plan), N('NaN'), 2023], 'INVALID_FISCAL_YEAR', 'NaN year');
c('years-text', [ref(plan), 'a', 'b'], 'INVALID_FISCAL_YEAR', 'years as text');
c(
  'scale-proto-code',
  [
    patch(plan, {
      scale: ref('protoScale'),
      'programs.0.reports.2022.rating': '__proto__',
      'programs.0.reports.2023.rating': '__proto__',
    }),
    2022,
    2023,
  ],
  'FORBIDDEN_KEY',
  'a code named __proto__ becomes the matrix prototype',
);

// ============================== program ==============================
fn('definePlan');
c('null', [null], 'INVALID_ARGUMENT', 'null');
c('empty', [{}], 'INVALID_PLAN', 'no programs');
c('text', [json(ref(plan))], 'INVALID_ARGUMENT', 'JSON text goes through parsePlan');
c('program-null', [patch(plan, { programs: [null] })], 'INVALID_PLAN', 'a null program');
c('kpis-object', [patch(plan, { 'programs.0.kpis': {} })], 'INVALID_PLAN', 'kpis not a list');
c('kpi-bad', [patch(plan, { 'programs.0.kpis': [{ id: '' }] })], 'INVALID_PLAN', 'a KPI without id');
c(
  'kpi-nan',
  [patch(plan, { 'programs.0.kpis': [patch(lvl, { 'target.value': N('NaN') })] })],
  'INVALID_NUMBER',
  'a KPI with a NaN target',
);
c(
  'proto-payload-bad-kpi',
  [patch(plan, { ['__proto__']: { polluted: 1 }, 'programs.0.kpis': [{ id: '' }] })],
  'INVALID_PLAN',
  'a __proto__ payload on a plan with a bad KPI',
);
c(
  'nested-100k',
  [patch(plan, { notes: nest(100000, 'a', 'x') })],
  'NESTING_TOO_DEEP',
  '100,000 nested objects',
  { isolate: true },
);
c(
  'nested-100k-arrays',
  [patch(plan, { notes: nest(100000, null, 'x') })],
  'NESTING_TOO_DEEP',
  '100,000 nested arrays',
  { isolate: true },
);

fn('suggestRating');
c(
  'kpi-bad',
  [patch('program', { kpis: [patch(lvl, { 'target.value': 'abc' })] }), 2023],
  'INVALID_NUMBER',
  'a KPI with a bad target',
);
c('kpi-null', [patch('program', { kpis: [null] }), 2023], 'INVALID_KPI', 'a null KPI');
c(
  'fy-fraction-with-kpi',
  [patch('program', { kpis: [ref(lvl)] }), 2023.5],
  'INVALID_FISCAL_YEAR',
  'fractional year',
);
c('program-null', [null, 2023], 'INVALID_ARGUMENT', 'null program');
c('kpis-object', [patch('program', { kpis: {} }), 2023], 'INVALID_PLAN', 'kpis not a list');
c('fy-nan', [ref('program'), N('NaN')], 'INVALID_FISCAL_YEAR', 'NaN year');
c('fy-text', [ref('program'), 'R5'], 'INVALID_FISCAL_YEAR', 'year as text');
c('options-null', [ref('program'), 2023, null], 'INVALID_ARGUMENT', 'options null');
c(
  'scale-empty-object',
  [patch('program', { kpis: [ref('annualKpi')] }), 2023, { scale: {} }],
  'INVALID_SCALE',
  'a scale without levels',
);

fn('auditPlan');
c('plan-null', [null, 2023], 'INVALID_ARGUMENT', 'null plan');
c('plan-empty', [{}, 2023], 'INVALID_PLAN', 'no period');
c('period-null', [patch(plan, { period: null }), 2023], 'INVALID_PLAN', 'period null');
c('directions-null', [patch(plan, { directions: null }), 2023], 'INVALID_PLAN', 'directions null');
c('fy-nan', [ref(plan), N('NaN')], 'INVALID_FISCAL_YEAR', 'NaN year');
c('fy-text', [ref(plan), 'x'], 'INVALID_FISCAL_YEAR', 'year as text');
c(
  'fy-1e308',
  [ref(plan), 1e308],
  'INVALID_FISCAL_YEAR',
  'fiscal 1e308 (a FISCAL_YEAR_OUTSIDE_PERIOD finding is for real years)',
);
c('kodaira-fy-nan', [ref('kodaira'), N('NaN')], 'INVALID_FISCAL_YEAR', 'NaN year on the bundled plan');

// ============================== report ==============================
const K = ref('kodaira');
fn('renderReport');
c('format', [K, 2023, { format: 'pdf' }], 'INVALID_OPTION', 'unknown format');
c('sections', [K, 2023, { sections: ['charts'] }], 'INVALID_OPTION', 'unknown section');
c('sections-text', [K, 2023, { sections: 'summary' }], 'INVALID_OPTION', 'sections as text');
c('lang', [K, 2023, { lang: 'fr' }], 'INVALID_OPTION', 'unknown language');
c('fy-nan', [K, N('NaN')], 'INVALID_FISCAL_YEAR', 'NaN year');
c('fy-1800', [K, 1800], 'INVALID_FISCAL_YEAR', 'fiscal 1800');
c(
  'period-reversed',
  [patch(plan, { period: { start: 2024, end: 2021 } }), 2023],
  'INVALID_FISCAL_YEAR',
  'period ends before it starts',
);
c('period-1e308', [patch(plan, { 'period.end': 1e308 }), 2023], 'INVALID_PLAN', 'period end 1e308');
c('plan-null', [null, 2023], 'INVALID_ARGUMENT', 'null plan');
c('plan-empty', [{}, 2023], 'INVALID_PLAN', 'an empty object');
c('options-null', [K, 2023, null], 'INVALID_ARGUMENT', 'options null');
c('sections-object', [K, 2023, { sections: {} }], 'INVALID_OPTION', 'sections an object');
c('json-fy-nan', [K, N('NaN'), { format: 'json' }], 'INVALID_FISCAL_YEAR', 'NaN year as JSON');
c(
  'json-fy-1800',
  [K, 1800, { format: 'json' }],
  'INVALID_FISCAL_YEAR',
  'fiscal 1800 as JSON (the text format refuses it)',
);
c('json-fy-text', [K, 'x', { format: 'json' }], 'INVALID_FISCAL_YEAR', 'year as text, as JSON');
c('places-21', [K, 2023, { places: 21 }], 'INVALID_OPTION', '21 places');
c('places-nan', [K, 2023, { places: N('NaN') }], 'INVALID_OPTION', 'NaN places');
c('places-fraction', [K, 2023, { places: 1.5 }], 'INVALID_OPTION', 'fractional places');
c('evaluate-tolerance', [K, 2023, { evaluate: { tolerance: 'x' } }], 'INVALID_NUMBER', 'a bad KPI option');
c(
  'scale-levels-null',
  [patch(plan, { scale: { levels: null } }), 2023],
  'INVALID_SCALE',
  'a scale with levels null',
);
c(
  'scale-label-missing',
  [patch(plan, { scale: sc({ levels: [{ code: 'A', progress: 'ahead' }] }) }), 2023],
  'INVALID_SCALE',
  'a level without label',
);
c(
  'program-name-nan-csv',
  [patch(plan, { 'programs.0.name': N('NaN') }), 2023, { format: 'csv' }],
  'INVALID_PLAN',
  'a NaN program name',
);

fn('tidyTables');
c('plan-null', [null], 'INVALID_ARGUMENT', 'null plan');
c('plan-empty', [{}], 'INVALID_PLAN', 'an empty object');
c('plans-null-inside', [[K, null]], 'INVALID_ARGUMENT', 'a list with null in it');
c('plans-same-id', [[K, K]], 'DUPLICATE_ID', 'two plans with one id cannot join');
c('options-null', [K, null], 'INVALID_ARGUMENT', 'options null');
c('fy-nan', [K, { fiscalYear: N('NaN') }], 'INVALID_FISCAL_YEAR', 'NaN year');
c('fy-text', [K, { fiscalYear: '2023' }], 'INVALID_FISCAL_YEAR', 'year as text');
c('fy-1800', [K, { fiscalYear: 1800 }], 'INVALID_FISCAL_YEAR', 'fiscal 1800');
c('lang', [K, { lang: 'fr' }], 'INVALID_OPTION', 'unknown language');
c('evaluate-text', [K, { evaluate: 'x' }], 'INVALID_ARGUMENT', 'KPI options as text');
c('evaluate-places', [K, { evaluate: { places: 21 } }], 'INVALID_OPTION', '21 places');
c(
  'evaluate-tolerance',
  [K, { fiscalYear: 2023, evaluate: { tolerance: 'x' } }],
  'INVALID_NUMBER',
  'a bad KPI option',
);
c(
  'period-reversed',
  [patch(plan, { period: { start: 2024, end: 2021 } })],
  'INVALID_FISCAL_YEAR',
  'period ends before it starts',
);
c(
  'period-1e308',
  [patch(plan, { 'period.end': 1e308 })],
  'INVALID_PLAN',
  'period end 1e308, not a loop to it',
);

fn('buildReport');
c('lang', [K, 2023, { lang: 'EN' }], 'INVALID_OPTION', 'language codes are lower case');
c('plan-null', [null, 2023], 'INVALID_ARGUMENT', 'null plan');
c('options-null', [K, 2023, null], 'INVALID_ARGUMENT', 'options null');
c('fy-nan', [K, N('NaN')], 'INVALID_FISCAL_YEAR', 'NaN year');
c('fy-text', [K, '2023'], 'INVALID_FISCAL_YEAR', 'year as text');
c('fy-1e308', [K, 1e308], 'INVALID_FISCAL_YEAR', 'fiscal 1e308');

fn('formatYen');
c('nan', [N('NaN')], 'INVALID_NUMBER', 'NaN');
c('infinity', [N('Infinity'), { units: true }], 'INVALID_NUMBER', 'Infinity');
c('text', ['六億円'], 'INVALID_NUMBER', 'kanji amount');
c('object', [{}], 'INVALID_NUMBER', 'an object');
c('null', [null], 'INVALID_NUMBER', 'null');
c('options-null', [5, null], 'INVALID_ARGUMENT', 'options null');
c('1e400', ['1e400'], 'INVALID_NUMBER', '1e400 is refused');

fn('formatPercent');
c('nan', [N('NaN')], 'INVALID_NUMBER', 'NaN');
c('text', ['41.88%'], 'INVALID_NUMBER', 'a percent sign in the value');
c('places-negative', [5, { places: -1 }], 'INVALID_OPTION', 'negative places');
c('places-huge', [5, { places: 1e308 }], 'INVALID_OPTION', '1e308 places');
c('rounding', [5, { rounding: 'x' }], 'INVALID_OPTION', 'unknown rounding');
c('options-null', [5, null], 'INVALID_ARGUMENT', 'options null');
c('fixed-text', [5, { fixed: 'no' }], 'INVALID_OPTION', 'fixed must be boolean');

fn('displayWidth');
c('null', [null], 'INVALID_ARGUMENT', 'null');
c('number', [5], 'INVALID_ARGUMENT', 'a number');
c('array', [['電子決裁率']], 'INVALID_ARGUMENT', 'an array');
c('bytes', [{ $utf8: '電子決裁率' }], 'INVALID_ARGUMENT', 'bytes');

fn('csvCell');
c('null', [null], 'INVALID_ARGUMENT', 'null');
c('number', [5], 'INVALID_ARGUMENT', 'a number');

fn('toCsv');
c('null', [null], 'INVALID_ARGUMENT', 'null');
c('row-null', [[null]], 'INVALID_ARGUMENT', 'a null row');
c('cell-number', [[[5]]], 'INVALID_ARGUMENT', 'a number cell');

fn('unitKindOf');
c('null', [null], 'INVALID_ARGUMENT', 'null');
c('number', [5], 'INVALID_ARGUMENT', 'a number');

fn('renderHtmlReport');
c('fy-nan', [K, N('NaN')], 'INVALID_FISCAL_YEAR', 'NaN year');
c('fy-1800', [K, 1800], 'INVALID_FISCAL_YEAR', 'fiscal 1800');
c('lang', [K, 2023, { lang: 'fr' }], 'INVALID_OPTION', 'unknown language');
c('title-number', [K, 2023, { title: 5 }], 'INVALID_OPTION', 'title must be text');
c('plan-null', [null, 2023], 'INVALID_ARGUMENT', 'null plan');
c('plan-empty', [{}, 2023], 'INVALID_PLAN', 'an empty object');
c('options-null', [K, 2023, null], 'INVALID_ARGUMENT', 'options null');
c('evaluate-places', [K, 2023, { evaluate: { places: 99 } }], 'INVALID_OPTION', 'a bad KPI option');

fn('renderKpiChart');
c('lang', [ref(lvl), { lang: 'xx' }], 'INVALID_OPTION', 'unknown language');
c('id-prefix', [ref(lvl), { idPrefix: '1<script>' }], 'INVALID_OPTION', 'markup in an id');
c('kpi-null', [null], 'INVALID_KPI', 'null KPI');
c('kpi-empty', [{}], 'INVALID_KPI', 'an empty object');

fn('renderRatingChart');
c(
  'lang',
  [{ $call: ['aggregateRatings', [ref(plan), 2023]] }, { lang: 'x' }],
  'INVALID_OPTION',
  'unknown language',
);
c('null', [null], 'INVALID_ARGUMENT', 'null');
c('empty', [{}], 'INVALID_ARGUMENT', 'not an aggregate');

fn('renderTransitionChart');
c(
  'title-array',
  [{ $call: ['ratingTransitions', [ref(plan), 2022, 2023]] }, { title: [] }],
  'INVALID_OPTION',
  'title must be text',
);
c('empty', [{}], 'INVALID_ARGUMENT', 'not transitions (no years, no codes)');
c('null', [null], 'INVALID_ARGUMENT', 'null');

// ============================== schema ==============================
const miniJson = json(ref(plan));
fn('readJson');
c('empty', [''], 'INVALID_JSON', 'empty');
c('whitespace', ['   \n'], 'INVALID_JSON', 'blank');
c('bom', ['\ufeff{}'], 'INVALID_JSON', 'a BOM is not JSON (decode bytes first)');
c('nan-literal', ['NaN'], 'INVALID_JSON', 'NaN is not JSON');
c('trailing', ['{} x'], 'INVALID_JSON', 'text after the value');
c('unterminated', ['{"a'], 'INVALID_JSON', 'unterminated string');
c('backslash-at-end', ['{"a\\'], 'INVALID_JSON', 'a backslash at the end');
c('nul-in-string', ['{"a":"\u0000"}'], 'INVALID_JSON', 'a raw NUL in a string');
c('single-quotes', ["{'a':1}"], 'INVALID_JSON', 'single quotes');
c('comment', ['{"a":1 /* c */}'], 'INVALID_JSON', 'a comment');
c('duplicate-key', ['{"a":1,"a":2}'], 'INVALID_JSON', 'a key twice');
c('duplicate-escaped-key', ['{"a":1,"\\u0061":2}'], 'INVALID_JSON', 'the same key spelt with an escape');
c('duplicate-nested', ['{"a":{"b":1,"b":1}}'], 'INVALID_JSON', 'a key twice in a nested object');
c('many-duplicates', [C('{', R('"a":1,', 50000), '"a":1}')], 'INVALID_JSON', '50,000 duplicates');
c('proto', ['{"__proto__":{"polluted":1}}'], 'FORBIDDEN_KEY', 'prototype pollution');
c('proto-escaped', ['{"__proto\\u005f_":{"polluted":1}}'], 'FORBIDDEN_KEY', '__proto__ spelt with an escape');
c(
  'constructor-prototype',
  ['{"constructor":{"prototype":{"polluted":1}}}'],
  'FORBIDDEN_KEY',
  'constructor.prototype',
);
c('proto-nested', ['{"a":[{"b":{"__proto__":{"polluted":1}}}]}'], 'FORBIDDEN_KEY', 'deep inside');
c(
  'proto-and-duplicate',
  ['{"a":1,"a":2,"__proto__":{"polluted":1}}'],
  'FORBIDDEN_KEY',
  'both problems: the forbidden key wins',
);
c('nested-100k-arrays', [C(R('[', 100000), R(']', 100000))], 'NESTING_TOO_DEEP', '100,000 nested arrays', {
  isolate: true,
});
c(
  'nested-100k-objects',
  [C(R('{"a":', 100000), '1', R('}', 100000))],
  'NESTING_TOO_DEEP',
  '100,000 nested objects',
  { isolate: true },
);
c('nested-unclosed', [R('[', 100000)], 'NESTING_TOO_DEEP', '100,000 opening brackets', { isolate: true });
c('nested-65', [C(R('[', 65), R(']', 65))], 'NESTING_TOO_DEEP', 'one over the default 64');
c(
  'too-large',
  [C('"', R('a', 32000001), '"')],
  'DOCUMENT_TOO_LARGE',
  'over 32,000,000 bytes (MAX_PLAN_BYTES)',
);
c(
  'too-large-utf8',
  [C('"', R('あ', 10700000), '"')],
  'DOCUMENT_TOO_LARGE',
  '10.7 M characters, 32.1 MB as UTF-8',
);
c('max-bytes', [miniJson, { maxBytes: 10 }], 'DOCUMENT_TOO_LARGE', 'over a small limit');
c('max-depth', ['[[[]]]', { maxDepth: 2 }], 'NESTING_TOO_DEEP', 'over a small depth');
c('number', [5], 'INVALID_ARGUMENT', 'a number');
c('null', [null], 'INVALID_ARGUMENT', 'null');
c('bytes', [{ $utf8: '{}' }], 'INVALID_ARGUMENT', 'bytes (decode first)');
c('object', [{}], 'INVALID_ARGUMENT', 'an object');
c('1e400', ['{"a":1e400}'], 'INVALID_NUMBER', 'JSON.parse turns 1e400 into Infinity');
c('minus-1e400', ['-1e400'], 'INVALID_NUMBER', 'JSON.parse turns -1e400 into -Infinity');
c('options-null', ['{}', null], 'INVALID_ARGUMENT', 'options null');
c('max-bytes-nan', ['{}', { maxBytes: N('NaN') }], 'INVALID_OPTION', 'NaN turns the size limit off');
c('max-bytes-text', ['{}', { maxBytes: 'x' }], 'INVALID_OPTION', 'text turns the size limit off');
c('max-bytes-negative', ['{}', { maxBytes: -1 }], 'INVALID_OPTION', 'a negative limit');
c('max-depth-nan', ['[[[]]]', { maxDepth: N('NaN') }], 'INVALID_OPTION', 'NaN turns the depth limit off');
c('max-depth-negative', ['{}', { maxDepth: -1 }], 'INVALID_OPTION', 'a negative depth');
c(
  'max-depth-nan-100k',
  [C(R('[', 100000), R(']', 100000)), { maxDepth: N('NaN') }],
  'INVALID_OPTION',
  'no depth limit and 100,000 levels',
  { isolate: true },
);
c(
  'max-depth-infinity-100k',
  [C(R('[', 100000), R(']', 100000)), { maxDepth: N('Infinity') }],
  'INVALID_OPTION',
  'an infinite depth limit and 100,000 levels',
  { isolate: true },
);

fn('parsePlan');
c('null', [null], 'INVALID_PLAN', 'null');
c('undefined', [U], 'INVALID_PLAN', 'undefined');
c('number', [5], 'INVALID_PLAN', 'a number');
c('array', [[]], 'INVALID_PLAN', 'an array');
c('function', [fnTag], 'INVALID_PLAN', 'a function');
c('invalid-date', [D('invalid')], 'INVALID_PLAN', 'an Invalid Date');
c('empty-object-text', ['{}'], 'INVALID_PLAN', 'no fields');
c('empty-text', [''], 'INVALID_JSON', 'empty text');
c('proto-text', ['{"__proto__":{"polluted":1}}'], 'FORBIDDEN_KEY', 'prototype pollution');
c(
  'proto-in-program',
  [json(patch(plan, { 'programs.0.__proto__': { polluted: 1 } }))],
  'FORBIDDEN_KEY',
  'pollution inside a program',
);
c(
  'constructor-prototype',
  [json(patch(plan, { constructor: { prototype: { polluted: 1 } } }))],
  'FORBIDDEN_KEY',
  'constructor.prototype',
);
c(
  'proto-value',
  [{ ['__proto__']: { polluted: 1 } }],
  'FORBIDDEN_KEY',
  'an own __proto__ key in a parsed value',
);
c(
  'proto-value-nested',
  [patch(plan, { 'programs.0.reports.2023.__proto__': { polluted: 1 } })],
  'FORBIDDEN_KEY',
  'an own __proto__ key deep in a value',
);
c('duplicate-key', [C('{"id":"a","id":"b",', '"x":1}')], 'INVALID_JSON', 'a key twice');
c('nested-100k-text', [C(R('[', 100000), R(']', 100000))], 'NESTING_TOO_DEEP', '100,000 nested arrays', {
  isolate: true,
});
c(
  'nested-100k-value',
  [patch(plan, { notes: nest(100000, 'a', 'x') })],
  'NESTING_TOO_DEEP',
  '100,000 nested objects in a value',
  { isolate: true },
);
c(
  'nested-65-text',
  [json(patch(plan, { notes: nest(64, null, 'x') }))],
  'NESTING_TOO_DEEP',
  'just over the default depth',
);
c(
  'too-large',
  [C('{"title":"', R('x', 32000001), '"}')],
  'DOCUMENT_TOO_LARGE',
  'over 32 MB (MAX_PLAN_BYTES)',
);
c('title-100kB', [patch(plan, { title: R('題', 100001) })], 'INVALID_PLAN', 'a 100 kB title');
c(
  'period-reversed',
  [patch(plan, { period: { start: 2024, end: 2021 } })],
  'INVALID_PLAN',
  'period ends before it starts',
);
c(
  'period-1e400',
  [C('{"period":{"start":1e400,"end":2024}}')],
  'INVALID_NUMBER',
  '1e400 parses to Infinity: refused while reading',
);
c('period-fraction', [patch(plan, { 'period.start': 2021.5 })], 'INVALID_PLAN', 'fractional year');
c(
  'unknown-direction',
  [patch(plan, { 'programs.0.direction': 'd9' })],
  'INVALID_PLAN',
  'a program under no direction',
);
c(
  'rating-off-scale',
  [patch(plan, { 'programs.0.reports.2023.rating': 'C' })],
  'INVALID_PLAN',
  'C is not on S/A/B',
);
c(
  'report-key-era',
  [patch(plan, { 'programs.0.reports.R5': { rating: 'A' } })],
  'INVALID_PLAN',
  'report keyed R5',
);
c(
  'duplicate-program-id',
  [patch(plan, { 'programs.1': ref('program'), 'programs.1.id': 'p1' })],
  'INVALID_PLAN',
  'two programs p1',
);
c(
  'kpi-nan-text',
  [patch(plan, { 'programs.0.kpis': [patch(lvl, { 'target.value': 'NaN' })] })],
  'INVALID_PLAN',
  'a NaN target',
);
c(
  'kpi-due-feb-30',
  [patch(plan, { 'programs.0.kpis': [patch('milestoneKpi', { 'target.due': '2023-02-30' })] })],
  'INVALID_PLAN',
  'an impossible due day',
);
c(
  'kpi-target-equals-baseline',
  [
    patch(plan, {
      'programs.0.kpis': [
        patch(lvl, {
          target: { kind: 'rate', percent: 10, by: 2024 },
          'baseline.value': 0,
          yearTargets: del,
        }),
      ],
    }),
  ],
  'INVALID_PLAN',
  'a rate of a zero baseline: target equals baseline',
);
c(
  'summary-count-fraction',
  [patch(plan, { summaries: [{ fiscalYear: 2023, rows: [{ direction: 'd1', counts: { A: 1.5 } }] }] })],
  'INVALID_PLAN',
  'half a program',
);
c('scale-unknown-id', [patch(plan, { scale: 'nope' })], 'INVALID_PLAN', 'unknown scale id');
c(
  'sjis-decoded',
  [{ $call: ['decodeText', [{ $sjis: '{"id":"評価"}' }]] }],
  'INVALID_PLAN',
  'Shift_JIS bytes, detected and decoded: not a plan',
);
c(
  'mojibake',
  ['{"id":"\ufffd\ufffd","municipality":"\ufffd"}'],
  'INVALID_PLAN',
  'U+FFFD from Shift_JIS read as UTF-8',
);
c('options-null', [miniJson, null], 'INVALID_ARGUMENT', 'options null');
c(
  'nested-100k-value-max-depth',
  [patch(plan, { notes: nest(100000, 'a', 'x') }), { maxDepth: 1000000000 }],
  'NESTING_TOO_DEEP',
  'a huge maxDepth and 100,000 levels',
  { isolate: true },
);
c(
  'scale-duplicate-codes',
  [ref('dupScalePlan')],
  'INVALID_PLAN',
  'an inline scale with a code twice (defineRatingScale refuses it)',
);
c(
  'scale-not-applicable-overlap',
  [
    patch(plan, {
      scale: patch('scale', { notApplicable: ['◎'] }),
      'programs.0.reports.2023.rating': '◎',
      'programs.0.reports.2022.rating': '◎',
    }),
  ],
  'INVALID_PLAN',
  'a code both a level and not applicable',
);
c(
  'scale-proto-code',
  [
    patch(plan, {
      scale: ref('protoScale'),
      'programs.0.reports.2023.rating': '__proto__',
      'programs.0.reports.2022.rating': '__proto__',
    }),
  ],
  'INVALID_PLAN',
  'a rating code __proto__ (it becomes an object key downstream)',
);

fn('planIssues');
c('options-null', [ref('miniPlan'), null], 'INVALID_ARGUMENT', 'options null');
c('options-array', [ref('miniPlan'), []], 'INVALID_ARGUMENT', 'options a list');

fn('validatePlan');
c(
  'proto',
  ['{"__proto__":{"polluted":1}}'],
  'FORBIDDEN_KEY',
  'prototype pollution cannot be validated safely',
);
c('duplicate', ['{"a":1,"a":2}'], 'INVALID_JSON', 'a key twice');
c('syntax', ['{'], 'INVALID_JSON', 'broken JSON');
c('nested', [C(R('[', 100000), R(']', 100000))], 'NESTING_TOO_DEEP', '100,000 levels', { isolate: true });
c('max-bytes', [miniJson, { maxBytes: 1 }], 'DOCUMENT_TOO_LARGE', 'over a 1-byte limit');
c('max-depth', [miniJson, { maxDepth: 1 }], 'NESTING_TOO_DEEP', 'over a depth of 1');
c(
  'constructor-value',
  [patch(plan, { constructor: { prototype: { polluted: 1 } } })],
  'FORBIDDEN_KEY',
  'constructor.prototype in a value',
);
c('options-null', [miniJson, null], 'INVALID_ARGUMENT', 'options null');

const kpiText = (v) => json(v);
fn('parseKpi');
c('null', [null], 'INVALID_KPI', 'null');
c('empty-object', ['{}'], 'INVALID_KPI', 'no fields');
c('empty-text', [''], 'INVALID_JSON', 'empty');
c('proto', ['{"__proto__":1}'], 'FORBIDDEN_KEY', 'prototype pollution');
c(
  'year-targets-proto',
  [kpiText(patch(lvl, { yearTargets: { ['__proto__']: 1 } }))],
  'FORBIDDEN_KEY',
  '__proto__ as a year',
);
c(
  'year-targets-proto-value',
  [patch(lvl, { yearTargets: { ['__proto__']: 1 } })],
  'FORBIDDEN_KEY',
  '__proto__ as a year in a value',
);
c(
  'value-1e400-number',
  [C('{"id":"k","name":"n","unit":"%","target":{"kind":"level","value":1e400,"by":2024}}')],
  'INVALID_NUMBER',
  '1e400 parses to Infinity: refused while reading',
);
c('no-deadline', [kpiText(patch(lvl, { 'target.by': del }))], 'INVALID_KPI', 'no deadline');
c(
  'target-equals-baseline',
  [
    kpiText(
      patch(lvl, { target: { kind: 'rate', percent: 10, by: 2024 }, 'baseline.value': 0, yearTargets: del }),
    ),
  ],
  'TARGET_EQUALS_BASELINE',
  'a rate of a zero baseline: progress would divide by zero',
);
c('extra-key', [kpiText(patch(lvl, { extra: 1 }))], 'INVALID_KPI', 'unknown key');
c('options-null', ['{}', null], 'INVALID_ARGUMENT', 'options null');
c(
  'value-1e400-text',
  [kpiText(patch(lvl, { 'target.value': '1e400', yearTargets: del }))],
  'INVALID_NUMBER',
  '"1e400" is refused (ERROR_CODES.INVALID_NUMBER)',
);

// ============================== io ==============================
const HEAD = '方向性,No.,実施プログラム,区分,評価,取組実績\r\n';
const ROW = '1 地域資源,1,市民意見,実施,A,実施した\r\n';
values.importPlanFields = {
  id: 'x',
  municipality: '小平市',
  title: '進捗',
  period: 'R3～R6',
  fiscalYear: 'R5',
};
const pf = ref('importPlanFields');
const csvBytes = (text) => ({ $utf8: text });
fn('decodeText');
c('null', [null], 'INVALID_ARGUMENT', 'null');
c('text', ['評価'], 'INVALID_ARGUMENT', 'text is already decoded');
c('array', [[0x95, 0x5d]], 'INVALID_ARGUMENT', 'an array of numbers');
c('object', [{ 0: 0x95, 1: 0x5d, length: 2 }], 'INVALID_ARGUMENT', 'an array-like object');
c(
  'sjis-as-utf8',
  [{ $sjis: '評価' }, { encoding: 'utf-8' }],
  'INVALID_ENCODING',
  'Shift_JIS bytes read as UTF-8',
);
c('neither', [{ $hex: 'ff fe 00 00 81' }], 'INVALID_ENCODING', 'valid in neither encoding');
c('utf16-bom', [{ $hex: 'ff fe 7b 00 7d 00' }], 'INVALID_ENCODING', 'UTF-16 (Excel "Unicode text")');
c(
  'utf16-be-bom',
  [{ $hex: 'fe ff 00 7b 00 7d' }, { encoding: 'utf-8' }],
  'INVALID_ENCODING',
  'UTF-16 big-endian read as UTF-8',
);
c(
  'bad-sjis',
  [{ $hex: '80 a0 fd' }, { encoding: 'shift_jis' }],
  'INVALID_ENCODING',
  'bytes that are not CP932',
);
c(
  'sjis-lead-at-end',
  [{ $hex: '41 95' }, { encoding: 'shift_jis' }],
  'INVALID_ENCODING',
  'a lead byte with no trail byte',
);
c(
  'truncated-utf8',
  [{ $hex: 'e8 a9' }, { encoding: 'utf-8' }],
  'INVALID_ENCODING',
  'a cut multi-byte sequence',
);
c(
  'overlong-utf8',
  [{ $hex: 'c0 af' }, { encoding: 'utf-8' }],
  'INVALID_ENCODING',
  'an overlong encoding of /',
);
c(
  'surrogate-utf8',
  [{ $hex: 'ed a0 80' }, { encoding: 'utf-8' }],
  'INVALID_ENCODING',
  'an encoded surrogate',
);
c('beyond-unicode', [{ $hex: 'f4 90 80 80' }, { encoding: 'utf-8' }], 'INVALID_ENCODING', 'above U+10FFFF');
c('1MB-of-ff', [{ $hex: { $repeat: ['ff', 1000000] } }], 'INVALID_ENCODING', '1 MB of 0xFF');
c('encoding', [{ $utf8: 'a' }, { encoding: 'latin1' }], 'INVALID_OPTION', 'unknown encoding');
c(
  'encoding-case',
  [{ $utf8: 'a' }, { encoding: 'UTF-8' }],
  'INVALID_OPTION',
  'encoding names are lower case',
);
c('options-null', [{ $utf8: 'a' }, null], 'INVALID_ARGUMENT', 'options null');

fn('encodeText');
c('null', [null], 'INVALID_ARGUMENT', 'null');
c('number', [5], 'INVALID_ARGUMENT', 'a number');
c('bytes', [{ $utf8: 'a' }], 'INVALID_ARGUMENT', 'bytes are already encoded');
c('lone-high', ['a\ud800b'], 'INVALID_ENCODING', 'a lone high surrogate');
c('lone-low', ['\udc00'], 'INVALID_ENCODING', 'a lone low surrogate');
c('lone-sjis', ['\ud800', { encoding: 'shift_jis' }], 'INVALID_ENCODING', 'a lone surrogate for Shift_JIS');
c('wave-dash-sjis', ['R3〜R6', { encoding: 'shift_jis' }], 'INVALID_ENCODING', 'U+301C has no CP932 code');
c('emoji-sjis', ['😀', { encoding: 'shift_jis' }], 'INVALID_ENCODING', 'emoji');
c('yoshi-sjis', ['𠮷野家', { encoding: 'shift_jis' }], 'INVALID_ENCODING', 'a character outside JIS X 0208');
c(
  '100k-emoji-sjis',
  [R('😀', 50000), { encoding: 'shift_jis' }],
  'INVALID_ENCODING',
  '100 k code units of emoji',
);
c('bom-sjis', ['a', { encoding: 'shift_jis', bom: true }], 'INVALID_OPTION', 'Shift_JIS has no BOM');
c('encoding', ['a', { encoding: 'utf-16' }], 'INVALID_OPTION', 'unknown encoding');
c('options-null', ['a', null], 'INVALID_ARGUMENT', 'options null');
c('bom-text', ['a', { bom: 'no' }], 'INVALID_OPTION', "bom must be boolean: 'no' writes a BOM");

fn('readCsv');
c('null', [null], 'INVALID_ARGUMENT', 'null');
c('bytes', [csvBytes('a,b')], 'INVALID_ARGUMENT', 'bytes (decode first)');
c('number', [5], 'INVALID_ARGUMENT', 'a number');
c('unclosed-quote', ['a,b\nc,"d\n'], 'INVALID_CSV', 'a quote never closed');
c('text-after-quote', ['"a"b,c'], 'INVALID_CSV', 'text after a closing quote');
c('quote-in-field', ['a"b,c'], 'INVALID_CSV', 'a bare quote in a field');
c('formula-unescaped', ['=HYPERLINK("http://example.com"),1'], 'INVALID_CSV', 'a formula with bare quotes');
c('dde-payload', ["=cmd|' /C calc'!A0,\"x"], 'INVALID_CSV', 'a DDE payload then an unclosed quote');
c('100k-quotes', [R('"', 100001)], 'INVALID_CSV', 'an odd run of 100,001 quotes');
c('5MB-unclosed', [C('"', R('a', 5000000))], 'INVALID_CSV', 'a 5 MB field never closed');
c(
  'lone-surrogate',
  ['\ud800,b'],
  'INVALID_ENCODING',
  'a lone surrogate is not text (nothing may become U+FFFD silently)',
);

fn('parseNumberCell');
c('null', [null], 'INVALID_ARGUMENT', 'null');
c('number', [5], 'INVALID_ARGUMENT', 'a number');
c('approx', ['約5'], 'INVALID_NUMBER', 'about 5');
c('bad-grouping', ['1,00'], 'INVALID_NUMBER', 'grouped by two');
c('oku', ['5億'], 'INVALID_NUMBER', 'a kanji unit');
c('kanji', ['五'], 'INVALID_NUMBER', 'a kanji numeral');
c('nan', ['NaN'], 'INVALID_NUMBER', 'the text NaN');
c('infinity', ['Infinity'], 'INVALID_NUMBER', 'the text Infinity');
c('exponent', ['1e400'], 'INVALID_NUMBER', 'an exponent');
c('hex', ['０x１０'], 'INVALID_NUMBER', 'full-width hex');
c('double-triangle', ['▲▲5'], 'INVALID_NUMBER', 'two negative marks');
c('double-percent', ['5%%'], 'INVALID_NUMBER', 'two percent signs');
c('yen-only', ['¥'], 'INVALID_NUMBER', 'a yen sign alone');
c('percent-only', ['%'], 'INVALID_NUMBER', 'a percent sign alone');
c('point', ['.'], 'INVALID_NUMBER', 'a lone point');
c('two-points', ['1.2.3'], 'INVALID_NUMBER', 'two points');
c('sign-sign', ['+-5'], 'INVALID_NUMBER', 'two signs');
c('trailing-point', ['1,000,000.'], 'INVALID_NUMBER', 'a point with no digits');
c('leading-comma', [',000'], 'INVALID_NUMBER', 'a leading comma');
c('formula', ['=SUM(A1:A3)'], 'INVALID_NUMBER', 'a formula');
c('nul', ['\u0000'], 'INVALID_NUMBER', 'NUL');
c('lone-surrogate', ['\ud800'], 'INVALID_NUMBER', 'a lone surrogate');
c('other-unit', ['48施設', { unit: '件' }], 'INVALID_NUMBER', "a unit that is not the KPI's");
c('unit-null', ['5', { unit: null }], 'INVALID_OPTION', 'unit null');
c('unit-number', ['5', { unit: 5 }], 'INVALID_OPTION', 'unit a number');
c('options-null', ['5', null], 'INVALID_ARGUMENT', 'options null');

fn('parseMapping');
c('null', [null], 'INVALID_OPTION', 'null');
c('number', [5], 'INVALID_OPTION', 'a number');
c('unknown-column', ['{"columns": {"grade": "評価"}}'], 'INVALID_OPTION', 'no field named grade');
c('syntax', ['{'], 'INVALID_JSON', 'broken JSON');
c('duplicate', ['{"columns": {"rating": "a", "rating": "b"}}'], 'INVALID_JSON', 'a key twice');
c('proto-text', ['{"columns": {"__proto__": "評価"}}'], 'FORBIDDEN_KEY', 'a __proto__ column');
c('nested-text', [R('[', 100000)], 'NESTING_TOO_DEEP', '100,000 brackets', { isolate: true });
c(
  'proto-value',
  [{ columns: { ['__proto__']: '評価' } }],
  'FORBIDDEN_KEY',
  'an own __proto__ key in a parsed value (parsePlan refuses these)',
);

fn('importPlan');
c('null', [null], 'INVALID_ARGUMENT', 'null');
c('text', [C(HEAD, ROW)], 'INVALID_ARGUMENT', 'text (encode or pass bytes)');
c('array', [[0x61]], 'INVALID_ARGUMENT', 'an array of numbers');
c('format', [csvBytes(HEAD), { format: 'ods' }], 'INVALID_OPTION', 'unknown format');
c('encoding', [csvBytes(HEAD), { encoding: 'latin1' }], 'INVALID_OPTION', 'unknown encoding');
c(
  'mapping-unknown-column',
  [csvBytes(HEAD), { mapping: '{"columns":{"grade":"x"}}' }],
  'INVALID_OPTION',
  'a mapping naming no field',
);
c('mapping-number', [csvBytes(HEAD), { mapping: 5 }], 'INVALID_OPTION', 'a mapping that is a number');
c(
  'mapping-proto',
  [csvBytes(HEAD), { mapping: '{"__proto__":{"polluted":1}}' }],
  'FORBIDDEN_KEY',
  'pollution in the mapping',
);
c(
  'mapping-constructor',
  [csvBytes(HEAD), { mapping: '{"constructor":{"prototype":{"polluted":1}}}' }],
  'FORBIDDEN_KEY',
  'constructor.prototype in the mapping',
);
c('unclosed-quote', [csvBytes('a,"b\n'), { plan: pf }], 'INVALID_CSV', 'broken quoting');
c(
  'bare-quote-formula',
  [csvBytes(C(HEAD, '=HYPERLINK("http://x"),1,x,実施,A,y\r\n')), { plan: pf }],
  'INVALID_CSV',
  'a formula with bare quotes',
);
c(
  'sjis-as-utf8',
  [{ $sjis: C(HEAD, ROW) }, { encoding: 'utf-8', plan: pf }],
  'INVALID_ENCODING',
  'Shift_JIS bytes read as UTF-8',
);
c('utf16', [{ $hex: 'ff fe 61 00 2c 00 62 00' }], 'INVALID_ENCODING', 'UTF-16 text');
c('neither-encoding', [{ $hex: '81 ff 80 ff' }], 'INVALID_ENCODING', 'neither UTF-8 nor Shift_JIS');
c('empty', [{ $hex: '' }], 'IMPORT_FAILED', 'an empty file');
c('header-only-no-fields', [csvBytes(HEAD)], 'IMPORT_FAILED', 'no id, municipality, title or period');
c(
  'formula-rating',
  [csvBytes(C(HEAD, '1 地域資源,1,市民意見,実施,=1+1,実施した\r\n')), { plan: pf }],
  'IMPORT_FAILED',
  'a formula in the rating column',
);
c(
  'formula-rating-quoted',
  [
    csvBytes(C(HEAD, '1 地域資源,1,市民意見,実施,"=HYPERLINK(""http://x"",""A"")",実施した\r\n')),
    { plan: pf },
  ],
  'IMPORT_FAILED',
  'a HYPERLINK formula as a rating',
);
c(
  'formula-number',
  [csvBytes(C(HEAD, '1 地域資源,=1+1,市民意見,実施,A,実施した\r\n')), { plan: pf }],
  'IMPORT_FAILED',
  'a formula as the program number',
);
c(
  'rating-off-scale',
  [csvBytes(C(HEAD, '1 地域資源,1,市民意見,実施,Z,実施した\r\n')), { plan: pf }],
  'IMPORT_FAILED',
  'Z is not on S/A/B',
);
c(
  'duplicate-column',
  [csvBytes(C('方向性,No.,実施プログラム,区分,評価,評価\r\n', '1 地域資源,1,x,実施,A,A\r\n')), { plan: pf }],
  'IMPORT_FAILED',
  'two rating columns',
);
c(
  'period-reversed',
  [csvBytes(C(HEAD, ROW)), { plan: patch('importPlanFields', { period: 'R6～R3' }) }],
  'IMPORT_FAILED',
  'period ends before it starts',
);
c(
  'period-overflow',
  [csvBytes(C(HEAD, ROW)), { plan: patch('importPlanFields', { period: '平成32年度～令和6年度' }) }],
  'IMPORT_FAILED',
  'overflow is opt-in',
);
c(
  'fiscal-year-1872',
  [csvBytes(C(HEAD, ROW)), { plan: patch('importPlanFields', { fiscalYear: 'FY1872' }) }],
  'IMPORT_FAILED',
  'report year 1872',
);
c(
  'plan-id-number',
  [csvBytes(C(HEAD, ROW)), { plan: patch('importPlanFields', { id: 5 }) }],
  'IMPORT_FAILED',
  'id a number',
);
c(
  'duplicate-programs',
  [csvBytes(C(HEAD, R(ROW, 3))), { plan: pf }],
  'IMPORT_FAILED',
  'program 1 three times',
);
c('xls', [{ $hex: 'd0 cf 11 e0 a1 b1 1a e1 00 00' }], 'IMPORT_FAILED', 'the old .xls format');
c('corrupt-zip', [{ $hex: '50 4b 03 04 01 02 03' }], 'IMPORT_FAILED', 'a zip that is not a workbook');
c('text-as-xlsx', [csvBytes('abc'), { format: 'xlsx' }], 'IMPORT_FAILED', 'text forced to .xlsx');
c('options-null', [csvBytes(HEAD), null], 'INVALID_ARGUMENT', 'options null');
c('file-name-number', [csvBytes(HEAD), { fileName: 5 }], 'INVALID_OPTION', 'fileName must be text');
c(
  '30MB',
  [{ $utf8: R('a', 30000000) }],
  'INPUT_TOO_LARGE',
  '30 MB of CSV: over limits.textBytes (3 MB), named before limits.bytes (20 MB)',
  { isolate: true },
);

fn('exportTidyWorkbook');
c('tables-null', [null], 'INVALID_ARGUMENT', 'null');
c('tables-empty', [{}], 'INVALID_ARGUMENT', 'an object with no tables');
c('tables-plan', [K], 'INVALID_ARGUMENT', 'a plan, not its tidy tables');
const T = { $call: ['tidyTables', [K, { fiscalYear: 2023 }]] };
fn('exportTidyTables');
c('tables-null', [null], 'INVALID_ARGUMENT', 'null');
c('tables-empty', [{}], 'INVALID_ARGUMENT', 'an object with no tables');
c('tables-plan', [K], 'INVALID_ARGUMENT', 'a plan, not its tidy tables');
c('options-null', [T, null], 'INVALID_ARGUMENT', 'options null');
c('format', [T, { format: 'xlsx' }], 'INVALID_OPTION', 'unknown format');
c('encoding', [T, { encoding: 'utf-16' }], 'INVALID_OPTION', 'unknown encoding');
c('jsonl-sjis', [T, { format: 'jsonl', encoding: 'shift_jis' }], 'INVALID_OPTION', 'JSON Lines are UTF-8');
c('bom-sjis', [T, { encoding: 'shift_jis', bom: true }], 'INVALID_OPTION', 'Shift_JIS has no BOM');
c('bom-text', [T, { bom: 'no' }], 'INVALID_OPTION', 'bom must be boolean');
c(
  'wave-dash-sjis',
  [{ $call: ['tidyTables', [patch(plan, { 'programs.0.name': 'R3〜R6' })]] }, { encoding: 'shift_jis' }],
  'INVALID_ENCODING',
  'U+301C in a program name has no CP932 code',
);
const tidyWith = (table, type, cell) =>
  patch('tidyEmpty', { [`${table}.columns`]: [{ name: 'x', type }], [`${table}.rows`]: [{ x: cell }] });
c(
  'figure-with-unit',
  [tidyWith('kpis', 'decimal', '73.9%')],
  'INVALID_ARGUMENT',
  'a decimal cell holding a unit',
);
c(
  'figure-exponent',
  [tidyWith('kpis', 'decimal', '1e400')],
  'INVALID_ARGUMENT',
  'a decimal cell with an exponent',
);
c('figure-number', [tidyWith('kpis', 'decimal', 73.9)], 'INVALID_ARGUMENT', 'a decimal cell holding a float');
c(
  'integer-fraction',
  [tidyWith('programs', 'integer', 1.5)],
  'INVALID_ARGUMENT',
  'an integer cell holding 1.5',
);
c('circled-number', [tidyWith('programs', 'integer', '①')], 'INVALID_ARGUMENT', 'a program number as ①');
c('text-object', [tidyWith('plans', 'text', {})], 'INVALID_ARGUMENT', 'a text cell holding an object');
c('rows-missing', [patch('tidyEmpty', { 'kpis.rows': del })], 'INVALID_ARGUMENT', 'a table without rows');

fn('planTemplate');
c('format', ['pdf'], 'INVALID_OPTION', 'unknown format');
c('format-null', [null], 'INVALID_OPTION', 'no format');
c('format-upper', ['CSV'], 'INVALID_OPTION', 'format names are lower case');
c('period-reversed', ['csv', { period: 'R6～R3' }], 'INVALID_OPTION', 'period ends before it starts');
c('period-text', ['csv', { period: 'abc' }], 'INVALID_OPTION', 'not a period');
c(
  'period-huge',
  ['csv', { period: { start: 2021, end: 1000000000 } }],
  'DATE_OUT_OF_RANGE',
  'a period to the year 1e9',
);
c('scale', ['csv', { scale: 'nope' }], 'INVALID_OPTION', 'unknown scale');
c('fiscal-year-zero', ['csv', { fiscalYear: '令和0年度' }], 'ERA_YEAR_OUT_OF_RANGE', 'no year 0');
c('fiscal-year-nan', ['csv', { fiscalYear: N('NaN') }], 'INVALID_FISCAL_YEAR', 'NaN year');
c('options-null', ['csv', null], 'INVALID_ARGUMENT', 'options null');
c('csv-encoding', ['csv', { encoding: 'latin1' }], 'INVALID_OPTION', 'unknown CSV encoding');
c('directions-negative', ['xlsx', { directions: -1 }], 'INVALID_OPTION', 'minus one direction');
c('directions-nan', ['xlsx', { directions: N('NaN') }], 'INVALID_OPTION', 'NaN directions');
c('directions-text', ['xlsx', { directions: '3' }], 'INVALID_OPTION', 'directions as text');
c(
  'directions-infinity',
  ['xlsx', { directions: N('Infinity') }],
  'INVALID_OPTION',
  'endless direction rows',
  { isolate: true },
);

// ============================== cli ==============================
fn('cli');
const okPlan = { 'plan.json': miniJson };
const cli = (slug, argv, code, why, extra = {}) => c(slug, argv, code, why, extra);
const F = (name) => ({ $file: name });
cli('unknown-command', ['bogus'], 'USAGE', 'no such command');
cli('empty-command', [''], 'USAGE', 'an empty command');
cli('nul-command', ['\u0000'], 'USAGE', 'NUL as a command');
cli('report-missing-file', ['report', { $path: 'nope.json' }], 'FILE_NOT_FOUND', 'no such file');
cli('report-directory', ['report', { $dir: true }], 'FILE_NOT_FOUND', 'a directory');
cli('report-proto', ['report', F('p.json')], 'FORBIDDEN_KEY', 'prototype pollution in a plan file', {
  files: { 'p.json': '{"__proto__":{"polluted":1}}' },
});
cli('report-constructor', ['report', F('p.json')], 'FORBIDDEN_KEY', 'constructor.prototype in a plan file', {
  files: { 'p.json': json(patch(plan, { constructor: { prototype: { polluted: 1 } } })) },
});
cli('report-syntax', ['report', F('p.json')], 'INVALID_JSON', 'broken JSON', { files: { 'p.json': '{' } });
cli('report-empty-file', ['report', F('p.json')], 'INVALID_JSON', 'an empty file', {
  files: { 'p.json': '' },
});
cli('report-duplicate-key', ['report', F('p.json')], 'INVALID_JSON', 'a key twice', {
  files: { 'p.json': '{"id":"a","id":"b"}' },
});
cli('report-nested', ['report', F('p.json')], 'NESTING_TOO_DEEP', '100,000 nested arrays', {
  files: { 'p.json': C(R('[', 100000), R(']', 100000)) },
  isolate: true,
});
cli('report-invalid-plan', ['report', F('p.json')], 'INVALID_PLAN', 'not a plan', {
  files: { 'p.json': '{}' },
});
cli(
  'report-sjis-plan-garbage',
  ['report', F('p.json')],
  'INVALID_PLAN',
  'Shift_JIS bytes: detected, decoded, not a plan',
  { files: { 'p.json': { $sjis: '{"評価":1}' } } },
);
cli(
  'report-sjis-as-utf8',
  ['report', '--encoding', 'utf-8', F('p.json')],
  'INVALID_ENCODING',
  'Shift_JIS bytes read as UTF-8',
  { files: { 'p.json': { $sjis: '{"評価":1}' } } },
);
cli('report-binary', ['report', F('p.json')], 'INVALID_ENCODING', 'bytes valid in neither encoding', {
  files: { 'p.json': { $hex: 'ff fe 00 00 81' } },
});
cli('report-utf16', ['report', F('p.json')], 'INVALID_ENCODING', 'UTF-16 with a BOM', {
  files: { 'p.json': { $hex: 'ff fe 7b 00 7d 00' } },
});
cli(
  'report-encoding-latin1',
  ['report', '--encoding', 'latin1', F('plan.json')],
  'USAGE',
  'unsupported encoding',
  { files: okPlan },
);
cli(
  'report-fy-calendar-year',
  ['report', '--fy', '令和5年', F('plan.json')],
  'INVALID_FISCAL_YEAR',
  'a calendar year',
  { files: okPlan },
);
cli('report-fy-empty', ['report', '--fy', '', F('plan.json')], 'INVALID_FISCAL_YEAR', 'empty fiscal year', {
  files: okPlan,
});
cli('report-fy-1800', ['report', '--fy', 'FY1800', F('plan.json')], 'BEFORE_GREGORIAN', 'fiscal 1800', {
  files: okPlan,
});
cli(
  'report-fy-r7981',
  ['report', '--fy', '令和7981年度', F('plan.json')],
  'DATE_OUT_OF_RANGE',
  'fiscal 9999',
  { files: okPlan },
);
cli('report-fy-nan', ['report', '--fy', 'NaN'], 'INVALID_FISCAL_YEAR', 'the text NaN');
cli('report-fy-lone-surrogate', ['report', '--fy', '\ud800'], 'INVALID_FISCAL_YEAR', 'a lone surrogate');
cli('report-fy-nul', ['report', '--fy', '\u0000'], 'INVALID_FISCAL_YEAR', 'NUL');
cli('report-fy-100kB', ['report', '--fy', R('令和', 50000)], 'INPUT_TOO_LONG', '100 kB fiscal year');
cli('report-fy-missing-value', ['report', '--fy'], 'USAGE', 'option without value');
cli('report-format', ['report', '--format', 'pdf'], 'USAGE', 'unknown format');
cli('report-lang', ['report', '--lang', 'fr'], 'USAGE', 'unknown language');
cli('report-places-text', ['report', '--places', 'x'], 'USAGE', 'places not a number');
cli('report-sections', ['report', '--sections', 'charts'], 'INVALID_OPTION', 'unknown section');
cli('report-out-encoding', ['report', '--out-encoding', 'latin1'], 'USAGE', 'unknown output encoding');
cli('report-unknown-option', ['report', '--unknown'], 'USAGE', 'unknown option');
cli('report-unknown-short', ['report', '-x'], 'USAGE', 'unknown short option');
cli('report-two-files', ['report', 'a.json', 'b.json'], 'USAGE', 'two files');
cli('report-stdin-missing', ['report', '-'], 'USAGE', 'no standard input');
cli('report-stdin-proto', ['report', '-'], 'FORBIDDEN_KEY', 'pollution on stdin', {
  stdin: '{"__proto__":{"polluted":1}}',
});
cli('report-stdin-too-large', ['report', '-'], 'DOCUMENT_TOO_LARGE', '32,000,001 bytes on stdin', {
  stdin: { $utf8: R(' ', 32000001) },
});
cli(
  'report-output-missing-dir',
  ['report', '-o', { $path: 'no/such/dir/out.txt' }],
  'FILE_NOT_FOUND',
  'output into a missing directory',
);
cli('report-places-99', ['report', '--places', '99'], 'INVALID_OPTION', '99 places');
cli('report-scale-duplicate', ['report', F('p.json')], 'INVALID_PLAN', 'an inline scale with a code twice', {
  files: { 'p.json': json(ref('dupScalePlan')) },
});
cli('validate-no-file', ['validate'], 'USAGE', 'no file');
cli('validate-missing-file', ['validate', { $path: 'nope.json' }], 'FILE_NOT_FOUND', 'no such file');
cli('validate-proto', ['validate', F('p.json')], 'FORBIDDEN_KEY', 'pollution', {
  files: { 'p.json': '{"__proto__":{"polluted":1}}' },
});
cli('validate-nested', ['validate', F('p.json')], 'NESTING_TOO_DEEP', '100,000 levels', {
  files: { 'p.json': C(R('{"a":', 100000), '1', R('}', 100000)) },
  isolate: true,
});
cli(
  'validate-invalid-plan',
  ['validate', '-'],
  'INVALID_PLAN',
  'not a plan (issues on stdout, one line on stderr)',
  { stdin: '{}' },
);
cli('validate-duplicate-key', ['validate', '-'], 'INVALID_JSON', 'a key twice', { stdin: '{"a":1,"a":2}' });
cli('validate-constructor', ['validate', '-'], 'FORBIDDEN_KEY', 'constructor.prototype', {
  stdin: '{"constructor":{"prototype":{"polluted":1}}}',
});
cli('validate-bom-only', ['validate', '-'], 'INVALID_JSON', 'only a BOM', { stdin: { $hex: 'ef bb bf' } });
cli(
  'validate-invalid-utf8',
  ['validate', '-', '--encoding', 'utf-8'],
  'INVALID_ENCODING',
  'a stray continuation byte',
  { stdin: { $hex: '7b 80 7d' } },
);
cli(
  'validate-invalid-sjis',
  ['validate', '-', '--encoding', 'shift_jis'],
  'INVALID_ENCODING',
  'bytes that are not Shift_JIS',
  { stdin: { $hex: '80 a0 fd' } },
);
cli(
  'validate-scale-duplicate',
  ['validate', F('p.json')],
  'INVALID_PLAN',
  'an inline scale with a code twice',
  { files: { 'p.json': json(ref('dupScalePlan')) } },
);
cli('audit-proto', ['audit', F('p.json')], 'FORBIDDEN_KEY', 'pollution', {
  files: { 'p.json': '{"__proto__":{"polluted":1}}' },
});
cli('audit-fy', ['audit', '--fy', 'abc'], 'INVALID_FISCAL_YEAR', 'not a fiscal year');
cli('audit-format', ['audit', '--format', 'html'], 'USAGE', 'audit has no HTML');
cli('audit-invalid-plan', ['audit', F('p.json')], 'INVALID_PLAN', 'not a plan', {
  files: { 'p.json': '[]' },
});
cli('wareki-no-argument', ['wareki'], 'USAGE', 'no argument');
cli('wareki-two-arguments', ['wareki', 'a', 'b'], 'USAGE', 'two arguments');
cli('wareki-feb-29', ['wareki', '令和5年2月29日'], 'INVALID_DATE', '2023 is not a leap year');
cli('wareki-iso-feb-30', ['wareki', '2023-02-30'], 'INVALID_DATE', 'impossible day');
cli('wareki-1872', ['wareki', '1872-12-31'], 'BEFORE_GREGORIAN', 'before 1873');
cli('wareki-0000', ['wareki', '0000-00-00'], 'BEFORE_GREGORIAN', 'year 0');
cli('wareki-100kB', ['wareki', R('令和', 50000)], 'INPUT_TOO_LONG', '100 kB');
cli('wareki-lone-surrogate', ['wareki', '\ud800'], 'INVALID_WAREKI', 'a lone surrogate');
cli('wareki-keio', ['wareki', '慶応4年'], 'UNKNOWN_ERA', 'an era before 1873');
cli('wareki-era-option', ['wareki', '2023-04-01', '--era', 'x'], 'USAGE', 'unknown era form');
cli('wareki-format', ['wareki', '--format', 'xml', 'R5'], 'USAGE', 'unknown format');
cli('fy-feb-30', ['fy', '令和5年2月30日'], 'INVALID_DATE', 'impossible day');
cli('fy-month-13', ['fy', '2023-13-01'], 'INVALID_DATE', 'month 13');
cli('fy-calendar-year', ['fy', '令和5年'], 'USAGE', 'a year is not a whole date');
cli('fy-9999-12-31', ['fy', '9999-12-31'], 'DATE_OUT_OF_RANGE', 'fiscal 9999 ends in 10000');
cli('fy-r7981', ['fy', 'R7981'], 'DATE_OUT_OF_RANGE', 'fiscal 9999');
cli('fy-empty', ['fy', ''], 'INVALID_FISCAL_YEAR', 'empty');
cli('fy-unknown', ['fy', 'x年度'], 'INVALID_FISCAL_YEAR', 'not a fiscal year');
cli('evaluate-no-fy', ['evaluate'], 'USAGE', 'needs --fy');
cli('evaluate-no-target', ['evaluate', '--fy', 'R5'], 'USAGE', 'needs --target');
cli('evaluate-positional', ['evaluate', '--fy', 'R5', 'extra'], 'USAGE', 'flags only');
cli(
  'evaluate-target-text',
  ['evaluate', '--fy', 'R5', '--target', 'abc', '--by', 'R6'],
  'INVALID_NUMBER',
  'target not a number',
);
cli('evaluate-no-deadline', ['evaluate', '--fy', 'R5', '--target', '90'], 'INVALID_KPI', 'no deadline');
cli(
  'evaluate-actual-nan',
  ['evaluate', '--fy', 'R5', '--target', '90', '--by', 'R6', '--actual', 'NaN'],
  'INVALID_NUMBER',
  'NaN',
);
cli(
  'evaluate-actual-infinity',
  ['evaluate', '--fy', 'R5', '--target', '90', '--by', 'R6', '--actual', 'Infinity'],
  'INVALID_NUMBER',
  'Infinity',
);
cli(
  'evaluate-actual-full-width',
  ['evaluate', '--fy', 'R5', '--target', '90', '--by', 'R6', '--actual', '７３．９'],
  'INVALID_NUMBER',
  'full-width digits',
);
cli(
  'evaluate-places',
  ['evaluate', '--fy', 'R5', '--target', '90', '--by', 'R6', '--places', '50'],
  'INVALID_OPTION',
  '50 places',
);
cli(
  'evaluate-equal',
  [
    'evaluate',
    '--fy',
    'R5',
    '--kind',
    'rate',
    '--target',
    '10',
    '--by',
    'R6',
    '--baseline',
    '0',
    '--baseline-date',
    '2021-04-01',
  ],
  'TARGET_EQUALS_BASELINE',
  'a rate of a zero baseline: target equals baseline',
);
cli(
  'evaluate-baseline-date',
  [
    'evaluate',
    '--fy',
    'R5',
    '--target',
    '90',
    '--by',
    'R6',
    '--baseline',
    '50',
    '--baseline-date',
    '2021-02-30',
  ],
  'INVALID_DATE',
  'impossible baseline day',
);
cli(
  'evaluate-baseline-month',
  [
    'evaluate',
    '--fy',
    'R5',
    '--target',
    '90',
    '--by',
    'R6',
    '--baseline',
    '50',
    '--baseline-date',
    '令和3年4月',
  ],
  'USAGE',
  'a month is not a whole date',
);
cli(
  'evaluate-due-month-13',
  ['evaluate', '--fy', 'R5', '--kind', 'milestone', '--target', '2024-13'],
  'INVALID_DATE',
  'month 13',
);
cli(
  'evaluate-done-yes',
  ['evaluate', '--fy', 'R5', '--kind', 'milestone', '--target', '2024-03', '--done', 'yes'],
  'INVALID_DATE',
  '--done takes a date or no',
);
cli(
  'evaluate-count-fraction',
  ['evaluate', '--fy', 'R5', '--kind', 'count', '--target', '1.5', '--unit', '件'],
  'NOT_AN_INTEGER',
  'half an event',
);
cli(
  'evaluate-negative-money',
  ['evaluate', '--fy', 'R5', '--kind', 'annual', '--target=-1', '--unit', '円'],
  'NEGATIVE_VALUE',
  'negative yen',
);
cli('evaluate-kind', ['evaluate', '--fy', 'R5', '--kind', 'wow', '--target', '1'], 'USAGE', 'unknown kind');
cli(
  'evaluate-direction',
  ['evaluate', '--fy', 'R5', '--direction', 'up', '--target', '1'],
  'USAGE',
  'unknown direction',
);
cli(
  'evaluate-previous',
  ['evaluate', '--fy', 'R5', '--kind', 'no-worse', '--actual', '1', '--previous', 'x'],
  'INVALID_NUMBER',
  'previous not a number',
);
cli(
  'evaluate-year-target',
  ['evaluate', '--fy', 'R5', '--year-target', 'x', '--target', '90', '--by', 'R6'],
  'INVALID_NUMBER',
  'year target not a number',
);
cli(
  'evaluate-kpi-proto',
  ['evaluate', '--fy', 'R5', '--kpi', F('k.json')],
  'FORBIDDEN_KEY',
  'pollution in a KPI file',
  { files: { 'k.json': '{"__proto__":{"polluted":1}}' } },
);
cli(
  'evaluate-kpi-missing',
  ['evaluate', '--fy', 'R5', '--kpi', { $path: 'k.json' }],
  'FILE_NOT_FOUND',
  'no such KPI file',
);
cli(
  'evaluate-kpi-actual',
  ['evaluate', '--fy', 'R5', '--kpi', F('k.json'), '--actual', 'abc'],
  'INVALID_NUMBER',
  'actual not a number',
  { files: { 'k.json': json(ref(lvl)) } },
);
cli(
  'evaluate-actual-1e400',
  ['evaluate', '--fy', 'R5', '--target', '90', '--by', 'R6', '--actual', '1e400'],
  'INVALID_NUMBER',
  '1e400 is refused (ERROR_CODES.INVALID_NUMBER)',
);
cli('today-argument', ['today', 'x'], 'USAGE', 'today takes no argument');
cli('today-option', ['today', '--bogus'], 'USAGE', 'unknown option');

const out = {
  about: [
    'Hostile inputs for every public function of munikpi and for its CLI. Each case names the function',
    '(or "cli", whose args are the argv), the arguments, the MunikpiError code the call must end in, and why.',
    'Values JSON cannot hold are written as tags ({"$number":"NaN"}, {"$undefined":true}, {"$date":"invalid"},',
    '{"$repeat":["令和",50000]}, {"$bytes":"<base64>"}, …), documented in test/gauntlet/tags.ts.',
    '"values" holds named inputs used by {"$ref":"name"}. "knownFailures" lists the cases the library gets',
    'wrong today, with what it does instead; they run as expected failures until src is fixed.',
    '"isolate": true runs a case in a worker thread with a memory and time limit.',
  ].join(' '),
  values,
  knownFailures: known,
  cases,
};
const lines = [];
lines.push('{');
lines.push(`  "about": ${JSON.stringify(out.about)},`);
lines.push(`  "values": ${JSON.stringify(values, null, 2).replace(/\n/g, '\n  ')},`);
lines.push('  "knownFailures": [');
lines.push(known.map((k) => `    ${JSON.stringify(k)}`).join(',\n'));
lines.push('  ],');
lines.push('  "cases": [');
lines.push(cases.map((k) => `    ${JSON.stringify(k)}`).join(',\n'));
lines.push('  ]');
lines.push('}');
const text = `${lines.join('\n')}\n`;
JSON.parse(text);
writeFileSync(new URL('../test/fixtures/bad-inputs.json', import.meta.url), text);
const by = {};
for (const k of cases) by[k.fn] = (by[k.fn] ?? 0) + 1;
console.log(cases.length, 'cases;', known.length, 'known');
console.log(JSON.stringify(by));
