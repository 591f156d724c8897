/*
 * What a user reads when a call fails: the code and the whole message, for every kind of bad
 * input to the era, fiscal, KPI and rating functions. Each message must name the input (or the
 * KPI, scale or option it came from) and say what is wrong with it; these tests pin the wording
 * so that a change to it is a decision, not an accident.
 */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  aggregateRatings,
  calendarDate,
  defineRatingScale,
  evaluateKpi,
  evaluateKpiSeries,
  fiscalYearOf,
  fiscalYearRange,
  formatFiscalYear,
  formatKpiValue,
  formatWareki,
  type Kpi,
  kpiTrend,
  MAX_WAREKI_LENGTH,
  MunikpiError,
  parseFiscalYear,
  parseWareki,
  planPeriod,
  type RatingScale,
  requiredPace,
  roundFigure,
  SAB_SCALE,
  toDecimal,
  unitKindOf,
} from '../src/index.js';

/** `CODE: message` of the MunikpiError that `fn` throws (fails the test for anything else). */
function failure(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof MunikpiError) {
      expect(error.input, `${error.code} keeps the input it was given`).not.toBeUndefined();
      return `${error.code}: ${error.message}`;
    }
    throw error;
  }
  throw new Error('expected a MunikpiError, but nothing was thrown');
}

/** Calls a function with an argument its types do not allow, as JavaScript callers can. */
function untyped<A extends unknown[], R>(fn: (...args: A) => R): (...args: unknown[]) => R {
  return fn as unknown as (...args: unknown[]) => R;
}

const eApproval: Kpi = {
  id: 'e-approval',
  name: '電子決裁率',
  unit: '%',
  baseline: { value: 62.3, asOf: '2021-04-01' },
  target: { kind: 'level', value: 90, by: 2024 },
  period: { start: 2021, end: 2024 },
};

describe('era and calendar-date messages', () => {
  it('dates that do not exist or fall outside 1873..9999', () => {
    expect(failure(() => calendarDate('2023-02-30'))).toMatchInlineSnapshot(
      `"INVALID_DATE: "2023-02-30" does not exist"`,
    );
    expect(failure(() => calendarDate('2023-2-3'))).toMatchInlineSnapshot(
      `"INVALID_DATE: "2023-2-3" is not a date YYYY-MM-DD or YYYY/MM/DD"`,
    );
    expect(failure(() => calendarDate('1872-12-31'))).toMatchInlineSnapshot(
      `"BEFORE_GREGORIAN: "1872-12-31" is before 1873 (Gregorian)"`,
    );
    expect(failure(() => calendarDate({ year: 10000, month: 1, day: 1 }))).toMatchInlineSnapshot(
      `"DATE_OUT_OF_RANGE: "10000-1-1" is after 9999-12-31"`,
    );
    expect(failure(() => calendarDate({ year: 2023, month: 13, day: 1 }))).toMatchInlineSnapshot(
      `"INVALID_DATE: "2023-13-1" does not exist"`,
    );
    expect(failure(() => calendarDate({ year: 2023, month: 0, day: 1 }))).toMatchInlineSnapshot(
      `"INVALID_DATE: "2023-0-1" does not exist"`,
    );
    expect(failure(() => calendarDate({ year: 2023, month: 4, day: 0 }))).toMatchInlineSnapshot(
      `"INVALID_DATE: "2023-4-0" does not exist"`,
    );
    expect(failure(() => calendarDate(new Date(Number.NaN)))).toMatchInlineSnapshot(
      `"INVALID_DATE: Invalid Date is not a date"`,
    );
    expect(failure(() => untyped(calendarDate)(null))).toMatchInlineSnapshot(
      `"INVALID_ARGUMENT: null is not a Date, YYYY-MM-DD or {year,month,day}"`,
    );
    expect(failure(() => untyped(calendarDate)(42))).toMatchInlineSnapshot(
      `"INVALID_ARGUMENT: 42 is not a Date, YYYY-MM-DD or {year,month,day}"`,
    );
  });

  it('day arithmetic outside the calendar', () => {
    expect(failure(() => addDays('2023-04-01', 1.5))).toMatchInlineSnapshot(
      `"INVALID_NUMBER: 1.5 is not a whole number of days"`,
    );
    expect(failure(() => addDays('1873-01-01', -1))).toMatchInlineSnapshot(
      `"BEFORE_GREGORIAN: -1 day from 1873-01-01 is outside 1873-01-01..9999-12-31"`,
    );
    expect(failure(() => addDays('9999-12-31', 1))).toMatchInlineSnapshot(
      `"DATE_OUT_OF_RANGE: 1 day from 9999-12-31 is outside 1873-01-01..9999-12-31"`,
    );
    expect(failure(() => addDays({ year: 9999, month: 12, day: 1 }, 100))).toMatchInlineSnapshot(
      `"DATE_OUT_OF_RANGE: 100 days from 9999-12-01 is outside 1873-01-01..9999-12-31"`,
    );
  });

  it('format options', () => {
    expect(failure(() => formatWareki('2023-04-01', { era: 'long' as never }))).toMatchInlineSnapshot(
      `"INVALID_OPTION: "long" is not one of name, short, initial (era)"`,
    );
    expect(
      failure(() => formatWareki('2023-04-01', { numerals: 'kanji', separator: '.' })),
    ).toMatchInlineSnapshot(`"INVALID_OPTION: "." is not 'kanji', as numerals: 'kanji' needs (separator)"`);
  });

  it('era text that is not a date, or a date outside its era', () => {
    expect(failure(() => untyped(parseWareki)(5))).toMatchInlineSnapshot(
      `"INVALID_ARGUMENT: parseWareki: 5 is not text"`,
    );
    expect(failure(() => parseWareki('令和'.repeat(100)))).toMatchInlineSnapshot(
      `"INVALID_WAREKI: "令和令和令和令和令和令和令和令和令和令和令和令和令和令和令和令和令和令和令和令和令和令和令和令和令和令和令和令和令..." is not an era date in any accepted form"`,
    );
    expect(failure(() => parseWareki('天平5年4月1日'))).toMatchInlineSnapshot(
      `"UNKNOWN_ERA: "天平5年4月1日": "天平" is not an era munikpi knows (明治, 大正, 昭和, 平成, 令和 or M, T, S, H, R)"`,
    );
    expect(failure(() => parseWareki('令和0年4月1日'))).toMatchInlineSnapshot(
      `"ERA_YEAR_OUT_OF_RANGE: "令和0年4月1日": 令和 has no year 0 (year 1 is 元年)"`,
    );
    expect(failure(() => parseWareki('令和5年2月30日'))).toMatchInlineSnapshot(
      `"INVALID_DATE: "令和5年2月30日" is not a date: that month or day does not exist"`,
    );
    expect(failure(() => parseWareki('明治5年12月31日'))).toMatchInlineSnapshot(
      `"BEFORE_GREGORIAN: "明治5年12月31日" is before 1873-01-01 (明治6年1月1日), the first Gregorian day in Japan"`,
    );
    expect(failure(() => parseWareki('令和元年4月30日'))).toMatchInlineSnapshot(
      `"ERA_YEAR_OUT_OF_RANGE: "令和元年4月30日" is before 令和 began on 2019-05-01"`,
    );
    expect(failure(() => parseWareki('平成31年5月1日'))).toMatchInlineSnapshot(
      `"ERA_YEAR_OUT_OF_RANGE: "平成31年5月1日" is after 平成 ended on 2019-04-30 (year 31); pass { allowOverflow: true } to read it as old documents meant it"`,
    );
    expect(failure(() => parseWareki('令和8000年1月1日'))).toMatchInlineSnapshot(
      `"DATE_OUT_OF_RANGE: "令和8000年1月1日" is after the year 9999"`,
    );
    expect(failure(() => parseWareki('令和5年4月1日（月）'))).toMatchInlineSnapshot(
      `"INVALID_WAREKI: "令和5年4月1日（月）": the weekday does not match the date"`,
    );
    expect(failure(() => parseWareki('令和5年4月1日ごろ'))).toMatchInlineSnapshot(
      `"INVALID_WAREKI: "令和5年4月1日ごろ" is not an era date in any accepted form"`,
    );
    expect(failure(() => parseWareki('令和5年度'))).toMatchInlineSnapshot(
      `"INVALID_WAREKI: "令和5年度" is a fiscal year (年度): use parseFiscalYear"`,
    );
  });
});

describe('era messages, continued', () => {
  it('era names it does not know, quoted as far as they go', () => {
    expect(failure(() => parseWareki('Q5.4.1'))).toMatchInlineSnapshot(
      `"UNKNOWN_ERA: "Q5.4.1": "Q" is not an era munikpi knows (明治, 大正, 昭和, 平成, 令和 or M, T, S, H, R)"`,
    );
    expect(failure(() => parseWareki('q5.4.1'))).toMatchInlineSnapshot(
      `"UNKNOWN_ERA: "q5.4.1": "q" is not an era munikpi knows (明治, 大正, 昭和, 平成, 令和 or M, T, S, H, R)"`,
    );
    expect(failure(() => parseWareki('ABC5.4.1'))).toMatchInlineSnapshot(
      `"UNKNOWN_ERA: "ABC5.4.1": "ABC" is not an era munikpi knows (明治, 大正, 昭和, 平成, 令和 or M, T, S, H, R)"`,
    );
    expect(failure(() => parseWareki('ABCD5.4.1'))).toMatchInlineSnapshot(
      `"INVALID_WAREKI: "ABCD5.4.1" is not an era date in any accepted form"`,
    );
    expect(failure(() => parseWareki('天平勝宝5年'))).toMatchInlineSnapshot(
      `"INVALID_WAREKI: "天平勝宝5年" is not an era date in any accepted form"`,
    );
    expect(failure(() => parseWareki('天平元年'))).toMatchInlineSnapshot(
      `"UNKNOWN_ERA: "天平元年": "天平" is not an era munikpi knows (明治, 大正, 昭和, 平成, 令和 or M, T, S, H, R)"`,
    );
    expect(failure(() => parseWareki('天平五年'))).toMatchInlineSnapshot(
      `"UNKNOWN_ERA: "天平五年": "天平" is not an era munikpi knows (明治, 大正, 昭和, 平成, 令和 or M, T, S, H, R)"`,
    );
    expect(failure(() => parseWareki('天平'))).toMatchInlineSnapshot(
      `"INVALID_WAREKI: "天平" is not an era date in any accepted form"`,
    );
    expect(failure(() => parseWareki('5年4月1日'))).toMatchInlineSnapshot(
      `"INVALID_WAREKI: "5年4月1日" is not an era date in any accepted form"`,
    );
    expect(failure(() => parseWareki('@5年'))).toMatchInlineSnapshot(
      `"INVALID_WAREKI: "@5年" is not an era date in any accepted form"`,
    );
  });

  it('text around the date: line breaks and spaces are trimmed, up to the length limit', () => {
    expect(parseWareki('\n令和5年4月1日\r\n').precision).toBe('day');
    expect(parseWareki(`${' '.repeat(MAX_WAREKI_LENGTH - 8)}令和5年4月1日`).precision).toBe('day');
    expect(
      failure(() => parseWareki(`${' '.repeat(MAX_WAREKI_LENGTH - 7)}令和5年4月1日`)),
    ).toMatchInlineSnapshot(`"INPUT_TOO_LONG: parseWareki: text of 257 characters is over 256"`);
    expect(failure(() => parseWareki('\n'))).toMatchInlineSnapshot(
      `"INVALID_WAREKI: "\\n" is not an era date in any accepted form"`,
    );
  });
});

describe('fiscal-year messages', () => {
  it('options and fiscal years out of range', () => {
    expect(failure(() => fiscalYearOf('2023-04-01', { startMonth: 13 }))).toMatchInlineSnapshot(
      `"INVALID_OPTION: 13 is not a month 1..12"`,
    );
    expect(failure(() => untyped(fiscalYearOf)('2023-04-01', 'april'))).toMatchInlineSnapshot(
      `"INVALID_ARGUMENT: "april" is not an object"`,
    );
    expect(failure(() => fiscalYearRange(2023.5))).toMatchInlineSnapshot(
      `"INVALID_FISCAL_YEAR: 2023.5 is not a fiscal year (a whole number)"`,
    );
    expect(failure(() => fiscalYearRange(1872))).toMatchInlineSnapshot(
      `"BEFORE_GREGORIAN: fiscal year 1872 starts before 1873-01-01"`,
    );
    expect(failure(() => fiscalYearRange(9999))).toMatchInlineSnapshot(
      `"DATE_OUT_OF_RANGE: fiscal year 9999 ends after 9999-12-31"`,
    );
  });

  it('format options', () => {
    expect(failure(() => formatFiscalYear(2023, { style: 'roman' as never }))).toMatchInlineSnapshot(
      `"INVALID_OPTION: style: "roman" is not one of era, initial, code, gregorian, fy"`,
    );
    expect(failure(() => formatFiscalYear(2019, { eraChange: 'both' as never }))).toMatchInlineSnapshot(
      `"INVALID_OPTION: eraChange: "both" is not 'new' or 'old'"`,
    );
    expect(failure(() => formatFiscalYear(2023, { numerals: 'roman' as never }))).toMatchInlineSnapshot(
      `"INVALID_OPTION: numerals: "roman" is not 'arabic' or 'kanji'"`,
    );
    expect(
      failure(() => formatFiscalYear(2023, { style: 'gregorian', withGregorian: true } as never)),
    ).toMatchInlineSnapshot(
      `"INVALID_OPTION: withGregorian goes with the era and initial styles, not "gregorian""`,
    );
  });

  it('text that names no fiscal year, or two', () => {
    expect(failure(() => parseFiscalYear('令和5～6年度'))).toMatchInlineSnapshot(
      `"INVALID_FISCAL_YEAR: "令和5～6年度" is a range of fiscal years: use planPeriod"`,
    );
    expect(failure(() => parseFiscalYear('令和3～6年度（2021年度）'))).toMatchInlineSnapshot(
      `"INVALID_FISCAL_YEAR: "令和3～6年度（2021年度）" is a range of fiscal years: use planPeriod"`,
    );
    expect(failure(() => parseFiscalYear('来年度'))).toMatchInlineSnapshot(
      `"INVALID_FISCAL_YEAR: "来年度" is not a fiscal year such as 令和5年度, R5, 2023年度 or FY2023"`,
    );
    expect(failure(() => parseFiscalYear('令和5年度（2024年度）'))).toMatchInlineSnapshot(
      `"INVALID_FISCAL_YEAR: "令和5年度（2024年度）": the era year is fiscal 2023, but the brackets say 2024"`,
    );
  });

  it('plan periods', () => {
    expect(failure(() => planPeriod(2024, 2021))).toMatchInlineSnapshot(
      `"INVALID_FISCAL_YEAR: the period 2024～2021 ends before it starts"`,
    );
    expect(failure(() => planPeriod(2021, 2024).ordinal(2025))).toMatchInlineSnapshot(
      `"FISCAL_YEAR_OUTSIDE_PERIOD: fiscal year 2025 is outside the period 2021..2024"`,
    );
  });
});

describe('KPI messages', () => {
  it('KPI definitions', () => {
    expect(failure(() => evaluateKpi(null as never, { fiscalYear: 2023 }))).toMatchInlineSnapshot(
      `"INVALID_KPI: null is not a KPI object"`,
    );
    expect(failure(() => evaluateKpi({ ...eApproval, id: '' }, { fiscalYear: 2023 }))).toMatchInlineSnapshot(
      `"INVALID_KPI: KPI "": id must be non-empty text"`,
    );
    expect(
      failure(() => evaluateKpi({ ...eApproval, name: 1 as never }, { fiscalYear: 2023 })),
    ).toMatchInlineSnapshot(`"INVALID_KPI: KPI "e-approval": name must be text"`);
    expect(
      failure(() => evaluateKpi({ ...eApproval, unit: 1 as never }, { fiscalYear: 2023 })),
    ).toMatchInlineSnapshot(`"INVALID_KPI: KPI "e-approval": unit must be text"`);
    expect(
      failure(() => evaluateKpi({ ...eApproval, direction: 'up' as never }, { fiscalYear: 2023 })),
    ).toMatchInlineSnapshot(`"INVALID_KPI: KPI "e-approval": direction "up" is not higher or lower"`);
    expect(
      failure(() => evaluateKpi({ ...eApproval, unitKind: 'weight' as never }, { fiscalYear: 2023 })),
    ).toMatchInlineSnapshot(
      `"INVALID_KPI: KPI "e-approval": unitKind "weight" is not one of percent, money, count, quantity"`,
    );
    expect(
      failure(() => evaluateKpi({ ...eApproval, period: 2021 as never }, { fiscalYear: 2023 })),
    ).toMatchInlineSnapshot(`"INVALID_KPI: KPI "e-approval": period is not { start, end }"`);
    expect(
      failure(() => evaluateKpi({ ...eApproval, period: { start: 2024, end: 2021 } }, { fiscalYear: 2023 })),
    ).toMatchInlineSnapshot(`"INVALID_KPI: KPI "e-approval": period 2024..2021 ends before it starts"`);
    expect(
      failure(() => evaluateKpi({ ...eApproval, baseline: 62.3 as never }, { fiscalYear: 2023 })),
    ).toMatchInlineSnapshot(`"INVALID_KPI: KPI "e-approval": baseline is not an object"`);
    expect(
      failure(() =>
        evaluateKpi({ ...eApproval, baseline: { value: 62.3, asOf: '2021/04/01' } }, { fiscalYear: 2023 }),
      ),
    ).toMatchInlineSnapshot(
      `"INVALID_DATE: KPI "e-approval": baseline.asOf: "2021/04/01" is not a date YYYY-MM-DD"`,
    );
    expect(
      failure(() =>
        evaluateKpi({ ...eApproval, target: { kind: 'level', value: 90, by: 1800 } }, { fiscalYear: 2023 }),
      ),
    ).toMatchInlineSnapshot(
      `"INVALID_FISCAL_YEAR: KPI "e-approval": target.by: 1800 is not a fiscal year 1873..9998"`,
    );
  });

  it('targets that cannot be judged', () => {
    const { period: _period, ...open } = eApproval;
    expect(
      failure(() => evaluateKpi({ ...open, target: { kind: 'level', value: 90 } }, { fiscalYear: 2023 })),
    ).toMatchInlineSnapshot(
      `"INVALID_KPI: KPI "e-approval": a level, change or rate target needs target.by or a period"`,
    );
    expect(
      failure(() =>
        evaluateKpi({ ...eApproval, target: { kind: 'change', amount: -5, by: 2024 } }, { fiscalYear: 2023 }),
      ),
    ).toMatchInlineSnapshot(
      `"INVALID_KPI: KPI "e-approval": the change -5 must be above 0 (direction says which way)"`,
    );
    expect(
      failure(() =>
        evaluateKpi({ ...eApproval, target: { kind: 'rate', percent: 0, by: 2024 } }, { fiscalYear: 2023 }),
      ),
    ).toMatchInlineSnapshot(
      `"INVALID_KPI: KPI "e-approval": the rate 0 must be above 0 (direction says which way)"`,
    );
    expect(
      failure(() =>
        evaluateKpi({ ...eApproval, target: { kind: 'level', value: 50, by: 2024 } }, { fiscalYear: 2023 }),
      ),
    ).toMatchInlineSnapshot(
      `"INVALID_KPI: KPI "e-approval": the target moves the wrong way for higher is better"`,
    );
    expect(
      failure(() =>
        evaluateKpi(
          {
            ...eApproval,
            baseline: { value: '0.00', asOf: '2021-04-01' },
            target: { kind: 'rate', percent: 10, by: 2024 },
          },
          { fiscalYear: 2023, actual: 70 },
        ),
      ),
    ).toMatchInlineSnapshot(
      `"TARGET_EQUALS_BASELINE: KPI "e-approval": the target equals the baseline, so progress would divide by zero"`,
    );
    expect(
      failure(() => evaluateKpi({ ...eApproval, yearTargets: { 2023: 60 } }, { fiscalYear: 2023 })),
    ).toMatchInlineSnapshot(
      `"YEAR_TARGET_WRONG_DIRECTION: KPI "e-approval": the target for 2023 (60) moves away from the final target"`,
    );
    expect(
      failure(() => evaluateKpi({ ...eApproval, yearTargets: [] as never }, { fiscalYear: 2023 })),
    ).toMatchInlineSnapshot(
      `"INVALID_KPI: KPI "e-approval": yearTargets is not an object keyed by fiscal year"`,
    );
    expect(
      failure(() =>
        evaluateKpi({ ...eApproval, baseline: { value: 62.3, asOf: '2025-04-01' } }, { fiscalYear: 2023 }),
      ),
    ).toMatchInlineSnapshot(`"INVALID_KPI: KPI "e-approval": the deadline 2024 is before the baseline"`);
  });

  it('negative money and counts', () => {
    expect(
      failure(() =>
        evaluateKpi(
          { id: 'revenue', name: '売払収入', unit: '円', target: { kind: 'annual', value: -5 } },
          {
            fiscalYear: 2023,
          },
        ),
      ),
    ).toMatchInlineSnapshot(`"NEGATIVE_VALUE: KPI "revenue": target -5 is negative"`);
    expect(
      failure(() =>
        evaluateKpi(
          { id: 'groups', name: '団体数', unit: '団体', target: { kind: 'annual', value: 2.5 } },
          { fiscalYear: 2023 },
        ),
      ),
    ).toMatchInlineSnapshot(`"NOT_AN_INTEGER: KPI "groups": target 2.5 is not a whole number"`);
  });

  it('observations and actuals', () => {
    expect(failure(() => evaluateKpi(eApproval, { fiscalYear: 2023, actual: 'abc' }))).toMatchInlineSnapshot(
      `"INVALID_NUMBER: KPI "e-approval": actual for 2023: "abc" is not a finite decimal number"`,
    );
    expect(failure(() => evaluateKpi(eApproval, { fiscalYear: 2025, actual: 70 }))).toMatchInlineSnapshot(
      `"FISCAL_YEAR_OUTSIDE_PERIOD: KPI "e-approval": fiscal year 2025 is outside its period 2021..2024"`,
    );
    expect(failure(() => evaluateKpi(eApproval, 2023 as never))).toMatchInlineSnapshot(
      `"INVALID_ARGUMENT: evaluateKpi: 2023 is not { fiscalYear, actual }"`,
    );
    expect(
      failure(() => evaluateKpi(eApproval, { fiscalYear: 2023, actual: 70 }, { tolerance: -1 })),
    ).toMatchInlineSnapshot(`"INVALID_OPTION: tolerance and aheadMargin must not be negative"`);
    expect(
      failure(() => evaluateKpi({ ...eApproval, observations: 'none' as never }, { fiscalYear: 2023 })),
    ).toMatchInlineSnapshot(`"INVALID_KPI: KPI "e-approval": observations is not a list"`);
    expect(
      failure(() => evaluateKpi({ ...eApproval, observations: [1] as never }, { fiscalYear: 2023 })),
    ).toMatchInlineSnapshot(`"INVALID_KPI: KPI "e-approval": an observation is not an object"`);
    expect(
      failure(() =>
        evaluateKpi(
          {
            ...eApproval,
            observations: [
              { fiscalYear: 2022, value: 70 },
              { fiscalYear: 2022, value: 71 },
            ],
          },
          { fiscalYear: 2023 },
        ),
      ),
    ).toMatchInlineSnapshot(`"DUPLICATE_ID: KPI "e-approval": two observations for fiscal year 2022"`);
    expect(
      failure(() =>
        evaluateKpi(
          { ...eApproval, observations: [{ fiscalYear: 'R4', value: 70 }] as never },
          { fiscalYear: 2023 },
        ),
      ),
    ).toMatchInlineSnapshot(
      `"INVALID_FISCAL_YEAR: KPI "e-approval": observation fiscalYear: "R4" is not a fiscal year 1873..9998"`,
    );
  });

  it('series and pace', () => {
    const { period: _period, ...open } = eApproval;
    expect(
      failure(() => evaluateKpiSeries({ ...open, target: { kind: 'annual', value: 5 } })),
    ).toMatchInlineSnapshot(`"INVALID_KPI: KPI "e-approval": give from and to, or a KPI period"`);
    expect(failure(() => evaluateKpiSeries(eApproval, { from: 2024, to: 2022 }))).toMatchInlineSnapshot(
      `"INVALID_FISCAL_YEAR: the years 2024..2022 end before they start"`,
    );
    expect(failure(() => kpiTrend(eApproval, 2021, 2023))).toMatchInlineSnapshot(
      `"MISSING_OBSERVATION: KPI "e-approval": no observed value for fiscal year 2021"`,
    );
    const counted: Kpi = {
      id: 'counted',
      name: '件数',
      unit: '件',
      target: { kind: 'level', value: 5, by: 2024 },
      period: { start: 2021, end: 2024 },
    };
    expect(failure(() => requiredPace(counted, 2023))).toMatchInlineSnapshot(
      `"MISSING_OBSERVATION: KPI "counted": no observed value to start the pace from"`,
    );
  });

  it('figures and rounding', () => {
    expect(failure(() => toDecimal('1,000'))).toMatchInlineSnapshot(
      `"INVALID_NUMBER: toDecimal: "1,000" is not a finite decimal number"`,
    );
    expect(failure(() => roundFigure(1.25, 21))).toMatchInlineSnapshot(
      `"INVALID_OPTION: places: 21 is not a whole number 0..20"`,
    );
    expect(failure(() => roundFigure(1.25, 2, 'bankers' as never))).toMatchInlineSnapshot(
      `"INVALID_OPTION: rounding: "bankers" is not one of half-up, half-down, half-even, five-down-six-up, up, down, ceil, floor"`,
    );
    expect(failure(() => formatKpiValue(5, 'kg', 'weight' as never))).toMatchInlineSnapshot(
      `"INVALID_OPTION: "weight" is not a unit kind (percent, money, count, quantity)"`,
    );
    expect(failure(() => untyped(unitKindOf)(5))).toMatchInlineSnapshot(
      `"INVALID_ARGUMENT: 5 is not a unit (text)"`,
    );
  });
});

describe('rating messages', () => {
  const level = SAB_SCALE.levels[0] as RatingScale['levels'][number];

  it('scales that cannot be used', () => {
    expect(failure(() => untyped(defineRatingScale)('SAB'))).toMatchInlineSnapshot(
      `"INVALID_SCALE: "SAB" is not a rating scale object"`,
    );
    expect(failure(() => defineRatingScale({ ...SAB_SCALE, id: '' }))).toMatchInlineSnapshot(
      `"INVALID_SCALE: rating scale "": id must be non-empty text"`,
    );
    expect(
      failure(() => defineRatingScale({ ...SAB_SCALE, name: { ja: '三段階' } as never })),
    ).toMatchInlineSnapshot(`"INVALID_SCALE: rating scale "kodaira-sab": name needs ja and en"`);
    expect(failure(() => defineRatingScale({ ...SAB_SCALE, levels: [] }))).toMatchInlineSnapshot(
      `"INVALID_SCALE: rating scale "kodaira-sab": needs at least one level"`,
    );
    expect(failure(() => defineRatingScale({ ...SAB_SCALE, levels: [null as never] }))).toMatchInlineSnapshot(
      `"INVALID_SCALE: rating scale "kodaira-sab": every level must be an object"`,
    );
    expect(
      failure(() => defineRatingScale({ ...SAB_SCALE, levels: [{ ...level, code: ' ' }] })),
    ).toMatchInlineSnapshot(`"INVALID_SCALE: rating scale "kodaira-sab": every level needs a code"`);
    expect(
      failure(() => defineRatingScale({ ...SAB_SCALE, levels: [{ ...level, code: '__proto__' }] })),
    ).toMatchInlineSnapshot(`"FORBIDDEN_KEY: rating scale "kodaira-sab": "__proto__" cannot be a code"`);
    expect(failure(() => defineRatingScale({ ...SAB_SCALE, levels: [level, level] }))).toMatchInlineSnapshot(
      `"INVALID_SCALE: rating scale "kodaira-sab": the code "S" appears twice"`,
    );
    expect(
      failure(() => defineRatingScale({ ...SAB_SCALE, levels: [{ ...level, progress: 'fast' as never }] })),
    ).toMatchInlineSnapshot(
      `"INVALID_SCALE: rating scale "kodaira-sab": level "S": progress must be ahead, on-track or behind"`,
    );
    expect(
      failure(() => defineRatingScale({ ...SAB_SCALE, levels: [{ ...level, label: { ja: 'S' } as never }] })),
    ).toMatchInlineSnapshot(`"INVALID_SCALE: rating scale "kodaira-sab": level "S": label needs ja and en"`);
    expect(
      failure(() => defineRatingScale({ ...SAB_SCALE, levels: [{ ...level, score: 1.5 }] })),
    ).toMatchInlineSnapshot(
      `"INVALID_SCALE: rating scale "kodaira-sab": level "S": the score must be a whole number"`,
    );
    expect(
      failure(() => defineRatingScale({ ...SAB_SCALE, levels: [{ ...level, color: 'red' }] })),
    ).toMatchInlineSnapshot(`"INVALID_SCALE: rating scale "kodaira-sab": level "S": colour is not #rrggbb"`);
    expect(
      failure(() => defineRatingScale({ ...SAB_SCALE, notApplicable: '-' as never })),
    ).toMatchInlineSnapshot(
      `"INVALID_SCALE: rating scale "kodaira-sab": notApplicable must be a list of codes"`,
    );
    expect(failure(() => defineRatingScale({ ...SAB_SCALE, notApplicable: [''] }))).toMatchInlineSnapshot(
      `"INVALID_SCALE: rating scale "kodaira-sab": notApplicable codes must be non-empty text"`,
    );
    expect(
      failure(() => defineRatingScale({ ...SAB_SCALE, notApplicable: ['constructor'] })),
    ).toMatchInlineSnapshot(`"INVALID_SCALE: rating scale "kodaira-sab": "constructor" cannot be a code"`);
    expect(failure(() => defineRatingScale({ ...SAB_SCALE, notApplicable: ['S'] }))).toMatchInlineSnapshot(
      `"INVALID_SCALE: rating scale "kodaira-sab": "S" cannot be both a level and not applicable"`,
    );
  });

  it('aggregation options', () => {
    const plan = {
      id: 'demo',
      municipality: '小平市',
      title: 'demo',
      period: { start: 2021, end: 2024 },
      directions: [{ id: 'd1', number: 1, name: 'd' }],
      programs: [],
    };
    expect(
      failure(() => aggregateRatings(plan as never, 2023, { source: 'both' as never })),
    ).toMatchInlineSnapshot(`"INVALID_OPTION: source: "both" is not programs or declared"`);
    expect(
      failure(() => aggregateRatings(plan as never, 2023, { source: 'declared' })),
    ).toMatchInlineSnapshot(`"MISSING_OBSERVATION: plan "demo" declares no summary for 2023"`);
  });
});
