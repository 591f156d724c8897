/*
 * The traps an analyst met in the REPL (issue 19): figures that concatenate instead of adding,
 * an evaluation that prints as [object Object], and YYYY/MM/DD dates the importer reads but the
 * date functions refused.
 */
import { inspect } from 'node:util';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { kodairaFy2023 } from '../../src/data/kodaira-fy2023.js';
import {
  calendarDate,
  evaluateKpi,
  fiscalYearOf,
  formatWareki,
  isoDate,
  type KpiEvaluation,
  toDecimal,
} from '../../src/index.js';
import { arbDate, thrown } from '../helpers.js';

function evaluation(programIndex: number, fiscalYear: number): KpiEvaluation {
  const kpi = kodairaFy2023.programs[programIndex]?.kpis?.[0];
  if (kpi === undefined) throw new Error(`program ${programIndex + 1} has a KPI`);
  return evaluateKpi(kpi, { fiscalYear });
}

/** What the REPL does with `a + b`, `a > b` and `${a}`: JavaScript's own coercions, untyped. */
const add = (a: unknown, b: unknown): unknown => (a as number) + (b as number);
const greater = (a: unknown, b: unknown): boolean => (a as number) > (b as number);

describe('figures an analyst adds and compares', () => {
  const r = evaluation(11, 2023); // 電子決裁率 FY2023: 進捗率 41.88 %, 達成率 82.11 %

  test('add as numbers: r.progress + 1 is 42.88, never the string 41.881', () => {
    expect(add(r.progress, 1)).toBe(42.88);
    expect(add(r.actual, r.baseline)).toBe(73.9 + 62.3);
    expect(Math.max(r.progress as never, 50)).toBe(50);
  });

  test('compare as numbers: 3023.51 % is more than 82.11 %, though "3023.51" < "82.11" as text', () => {
    const sales = evaluation(8, 2023); // 公有財産の売り払い FY2023
    expect(sales.achievement?.toString()).toBe('3023.51');
    expect(greater(sales.achievement, r.achievement)).toBe(true);
  });

  test('stay figures through decimal.js arithmetic, and exact where it is asked for', () => {
    const next = r.progress?.plus(1);
    expect(add(next, 1)).toBe(43.88);
    expect(add(toDecimal(0.1).plus(0.2), 1)).toBe(1.3);
    expect(toDecimal(0.1).plus(0.2).toString()).toBe('0.3');
    expect(r.progress).toBeInstanceOf(Decimal);
  });

  test('read as their exact text where text is asked for: templates, String(), JSON, inspect', () => {
    expect(`${r.progress}%`).toBe('41.88%');
    expect(String(r.expected)).toBe('83.075');
    expect(JSON.stringify({ progress: r.progress })).toBe('{"progress":"41.88"}');
    expect(inspect(r.progress)).toBe('41.88');
  });
});

describe('an evaluation in a string', () => {
  const r = evaluation(11, 2023);
  const line = '電子決裁対象文書の電子決裁率 FY2023 73.9% → 目標85% (遅れ, 進捗率 41.88%)';

  test('reads as the line the REPL shows, in a template literal and through String()', () => {
    expect(inspect(r)).toBe(line);
    expect(`${r}`).toBe(line);
    expect(String(r)).toBe(line);
    expect(r.toString()).toBe(line);
  });

  test('is refused as a number, with a message naming the KPI and what to use', () => {
    for (const use of [() => add(r, 1), () => +(r as never), () => greater(r, 1)]) {
      const error = thrown(use);
      expect(error).toMatchObject({ code: 'INVALID_NUMBER' });
      expect(error.message).toContain('"p12-e-approval" FY2023 is not a number');
      expect(error.message).toContain('evaluation.progress');
    }
  });

  test('keeps its JSON and its keys as they were', () => {
    expect(JSON.parse(JSON.stringify(r))).toMatchObject({ kpiId: 'p12-e-approval', progress: '41.88' });
    expect(Object.keys(r)).not.toContain('toString');
  });
});

describe('YYYY/MM/DD dates, as the importer reads them', () => {
  test('fiscalYearOf reads 2024/03/31 and 2024/3/31 as the last day of 令和5年度', () => {
    expect(fiscalYearOf('2024/03/31')).toBe(2023);
    expect(fiscalYearOf('2024/3/31')).toBe(2023);
    expect(fiscalYearOf('2024/4/1')).toBe(2024);
    expect(calendarDate('2021/4/1')).toEqual({ year: 2021, month: 4, day: 1 });
    expect(formatWareki('2019/5/1')).toBe('令和元年5月1日');
  });

  test('every day reads the same written with slashes as in ISO form', () => {
    fc.assert(
      fc.property(arbDate, fc.boolean(), (d, padded) => {
        const two = (n: number) => (padded ? String(n).padStart(2, '0') : String(n));
        const slashed = `${String(d.year).padStart(4, '0')}/${two(d.month)}/${two(d.day)}`;
        expect(calendarDate(slashed)).toEqual(calendarDate(isoDate(d)));
        expect(fiscalYearOf(slashed)).toBe(fiscalYearOf(isoDate(d)));
      }),
    );
  });

  test('leave plan data in YYYY-MM-DD, the one form its schema and its JSON keep', () => {
    const kpi = { id: 'm', name: 'm', unit: '', target: { kind: 'milestone', due: '2024/3/31' } } as const;
    const error = thrown(() => evaluateKpi(kpi, { fiscalYear: 2023 }));
    expect(error).toMatchObject({ code: 'INVALID_DATE' });
    expect(error.message).toBe('KPI "m": due: "2024/3/31" is not a date YYYY-MM-DD');
  });

  test('still refuses a day that does not exist, and a mixed or malformed form', () => {
    expect(thrown(() => fiscalYearOf('2023/2/29'))).toMatchObject({ code: 'INVALID_DATE' });
    for (const text of ['2024/03-31', '2024-3-31', '2024/003/31', '2024/3/31/', '24/3/31', '2024/3']) {
      const error = thrown(() => fiscalYearOf(text));
      expect(error, text).toMatchObject({ code: 'INVALID_DATE' });
      expect(error.message, text).toContain('YYYY/MM/DD');
    }
  });
});
