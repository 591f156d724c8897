import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { wordsFor } from '../../src/core/messages/index.js';
import { kodairaFy2023 } from '../../src/data/kodaira-fy2023.js';
import { aggregateRatings, evaluateKpi, type Plan, RATING_SCALES } from '../../src/index.js';
import { TIDY_TABLE_NAMES, type TidySummaryRow, tidyTables } from '../../src/report/index.js';
import { program, smallPlan } from '../fixtures/plans.js';
import { thrown } from '../helpers.js';

const fy2023 = tidyTables(kodairaFy2023, { fiscalYear: 2023 });
const allYears = tidyTables(kodairaFy2023);
const DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;

function kpiRow(kpiId: string, fiscalYear = 2023) {
  const row = allYears.kpis.rows.find((r) => r.kpiId === kpiId && r.fiscalYear === fiscalYear);
  if (row === undefined) throw new Error(`no row for ${kpiId} ${fiscalYear}`);
  return row;
}

/** Counts per rating code over the summary rows of a year and source: the 計 row. */
function totals(rows: readonly TidySummaryRow[], source: 'declared' | 'programs') {
  const counts: Record<string, number> = {};
  let rated = 0;
  for (const row of rows.filter((r) => r.source === source && r.fiscalYear === 2023)) {
    counts[row.ratingCode] = (counts[row.ratingCode] ?? 0) + row.count;
    if (row.ratingCode === 'S') rated += row.rated;
  }
  return { counts, rated };
}

describe('tidyTables', () => {
  test('gives each KPI figure of the Kodaira report as exact decimal text in its own column', () => {
    expect(kpiRow('p12-e-approval')).toMatchObject({
      programId: 'p12',
      kpiName: '電子決裁対象文書の電子決裁率',
      fiscalYear: 2023,
      fiscalYearLabel: '令和5年度',
      unit: '%',
      baseline: '62.3',
      target: '90',
      yearTarget: '85',
      actual: '73.9',
      progressPercent: '41.88',
      achievementPercent: '82.11',
      gap: '-16.1',
      statusCode: 'behind',
      statusLabel: '遅れ',
    });
    expect(kpiRow('p9-sales')).toMatchObject({
      unit: '円',
      actual: '604701094',
      target: '20000000',
      achievementPercent: '3023.51',
      statusCode: 'achieved',
    });
  });

  test('numbers programs with plain integers, not the ① the report prints', () => {
    const p1 = fy2023.programs.rows.find((r) => r.programId === 'p1');
    expect(kodairaFy2023.programs[0]?.display).toBe('①');
    expect(p1?.programNumber).toBe(1);
    expect(fy2023.programs.rows.map((r) => r.programNumber)).toEqual(
      Array.from({ length: 16 }, (_, i) => i + 1),
    );
  });

  test('keeps the rating code and its label in separate columns, with the Gregorian year beside the era label', () => {
    expect(fy2023.programs.rows.find((r) => r.programId === 'p12')).toMatchObject({
      directionId: 'd3',
      fiscalYear: 2023,
      fiscalYearLabel: '令和5年度',
      ratingCode: 'B',
      ratingLabel: '予定よりも遅れている',
    });
  });

  test('has one program row per program and fiscal year of the plan, rated or not', () => {
    expect(allYears.programs.rows).toHaveLength(16 * 4);
    const keys = new Set(allYears.programs.rows.map((r) => `${r.programId}/${r.fiscalYear}`));
    expect(keys.size).toBe(16 * 4);
    const p12 = allYears.programs.rows.filter((r) => r.programId === 'p12');
    expect(p12.map((r) => [r.fiscalYear, r.fiscalYearLabel, r.ratingCode])).toEqual([
      [2021, '令和3年度', null],
      [2022, '令和4年度', null],
      [2023, '令和5年度', 'B'],
      [2024, '令和6年度', null],
    ]);
  });

  test("gives a KPI a row only for the years of its own period (p3's KPIs are FY2023's)", () => {
    expect(allYears.kpis.rows.filter((r) => r.kpiId === 'p3-events').map((r) => r.fiscalYear)).toEqual([
      2023,
    ]);
    expect(allYears.kpis.rows.filter((r) => r.kpiId === 'p12-e-approval').map((r) => r.fiscalYear)).toEqual([
      2021, 2022, 2023, 2024,
    ]);
  });

  test('agrees with evaluateKpi on every figure of every KPI row', () => {
    for (const row of allYears.kpis.rows) {
      const kpi = kodairaFy2023.programs.flatMap((p) => p.kpis ?? []).find((k) => k.id === row.kpiId);
      if (kpi === undefined) throw new Error(row.kpiId);
      const e = evaluateKpi(kpi, { fiscalYear: row.fiscalYear });
      const text = (d: { toFixed(): string } | null) => (d === null ? null : d.toFixed());
      expect([row.actual, row.target, row.progressPercent, row.achievementPercent, row.statusCode]).toEqual([
        text(e.actual),
        text(e.target),
        text(e.progress),
        text(e.achievement),
        e.status,
      ]);
    }
  });

  test('sums to the declared Kodaira summary, S 1 / A 21 / B 3 of 25, with no total rows to double count', () => {
    expect(totals(fy2023.summary.rows, 'declared')).toEqual({ counts: { S: 1, A: 21, B: 3 }, rated: 25 });
    const detailed = aggregateRatings(kodairaFy2023, 2023).total;
    expect(totals(fy2023.summary.rows, 'programs')).toEqual({
      counts: detailed.counts,
      rated: detailed.rated,
    });
    const d1b = fy2023.summary.rows.find(
      (r) => r.source === 'declared' && r.directionId === 'd1' && r.ratingCode === 'B',
    );
    expect(d1b).toMatchObject({
      count: 1,
      rated: 8,
      sharePercent: '12.5',
      ratingLabel: '予定よりも遅れている',
    });
  });

  test('gives the declared summary only for years the plan declares one', () => {
    const declaredYears = new Set(
      allYears.summary.rows.filter((r) => r.source === 'declared').map((r) => r.fiscalYear),
    );
    expect([...declaredYears]).toEqual([2023]);
  });

  test('joins: every direction, program and KPI row points at a row of the table above it', () => {
    const directions = new Set(allYears.directions.rows.map((r) => `${r.planId}/${r.directionId}`));
    const programs = new Set(allYears.programs.rows.map((r) => `${r.planId}/${r.programId}`));
    const plans = new Set(allYears.plans.rows.map((r) => r.planId));
    expect(allYears.directions.rows.every((r) => plans.has(r.planId))).toBe(true);
    expect(allYears.programs.rows.every((r) => directions.has(`${r.planId}/${r.directionId}`))).toBe(true);
    expect(allYears.kpis.rows.every((r) => programs.has(`${r.planId}/${r.programId}`))).toBe(true);
    expect(allYears.summary.rows.every((r) => directions.has(`${r.planId}/${r.directionId}`))).toBe(true);
  });

  test('takes status words from the catalogue and rating words from the scale, in either language', () => {
    const en = tidyTables(kodairaFy2023, { fiscalYear: 2023, lang: 'en' });
    for (const [lang, tables] of [
      ['ja', fy2023],
      ['en', en],
    ] as const) {
      for (const row of tables.kpis.rows) expect(row.statusLabel).toBe(wordsFor(lang).status[row.statusCode]);
    }
    expect(en.programs.rows.find((r) => r.programId === 'p12')?.ratingLabel).toBe(
      RATING_SCALES.kodaira.levels[2]?.label.en,
    );
    expect(en.kpis.rows.find((r) => r.kpiId === 'p12-e-approval')?.fiscalYearLabel).toBe('令和5年度');
  });

  test("labels ratings on the plan's own scale, and leaves the label empty for a code not on it", () => {
    const plan: Plan = smallPlan({
      scale: RATING_SCALES.ino,
      programs: [program('p1', 1, 'd1', { 2023: '◎' }), program('p2', 2, 'd1', { 2023: 'Z' })],
      summaries: [],
    });
    const rows = tidyTables(plan, { fiscalYear: 2023 }).programs.rows;
    expect(rows.map((r) => [r.ratingCode, r.ratingLabel])).toEqual([
      ['◎', RATING_SCALES.ino.levels[0]?.label.ja],
      ['Z', null],
    ]);
  });

  test('leaves out the rows of a KPI that contradicts itself (the audit reports it), keeping the others', () => {
    const broken = {
      id: 'broken',
      name: '壊れた指標',
      unit: '%',
      baseline: { value: 90 },
      target: { kind: 'level', value: 90 },
    };
    const good = { id: 'good', name: '指標', unit: '件', target: { kind: 'count', value: 1 } };
    const plan = smallPlan({
      programs: [program('p1', 1, 'd1', { 2023: 'A' }, { kpis: [broken, good] as never })],
      summaries: [],
    });
    const rows = tidyTables(plan, { fiscalYear: 2023 }).kpis.rows;
    expect(rows.map((r) => r.kpiId)).toEqual(['good']);
  });

  test('puts several plans in one set of tables, told apart by planId', () => {
    const tables = tidyTables([kodairaFy2023, smallPlan()], { fiscalYear: 2023 });
    expect(tables.plans.rows.map((r) => r.planId)).toEqual(['kodaira-management-policy-1', 'small']);
    expect(tables.programs.rows).toHaveLength(16 + 3);
  });

  test('refuses two plans with one id, since the ids could not join', () => {
    const error = thrown(() => tidyTables([smallPlan(), smallPlan()]));
    expect(error.code).toBe('DUPLICATE_ID');
    expect(error.message).toMatch(/plans\[1\].*"small"/);
  });

  test('refuses what is not a plan, a year or an option', () => {
    expect(thrown(() => tidyTables(null as unknown as Plan)).code).toBe('INVALID_ARGUMENT');
    expect(thrown(() => tidyTables(kodairaFy2023, { fiscalYear: 2023.5 })).code).toBe('INVALID_FISCAL_YEAR');
    expect(thrown(() => tidyTables(kodairaFy2023, { lang: 'fr' as 'ja' })).code).toBe('INVALID_OPTION');
    expect(thrown(() => tidyTables(kodairaFy2023, { evaluate: { places: -1 } })).code).toBe('INVALID_OPTION');
  });

  test('describes every table with its columns, whose names are the keys of its rows', () => {
    expect(Object.keys(allYears)).toEqual([...TIDY_TABLE_NAMES]);
    for (const name of TIDY_TABLE_NAMES) {
      const table = allYears[name];
      expect(table.name).toBe(name);
      for (const row of table.rows) expect(Object.keys(row)).toEqual(table.columns.map((c) => c.name));
    }
  });

  test('shares no column list a caller could change for the next export', () => {
    const columns = tidyTables(kodairaFy2023).kpis.columns;
    expect(() => {
      (columns as unknown as { name: string }[])[0] = { name: 'x' };
    }).toThrow(TypeError);
    expect(tidyTables(kodairaFy2023).kpis.columns[0]?.name).toBe('planId');
  });

  test('reads in the REPL as a count of rows per table', () => {
    const show = (fy2023 as unknown as Record<symbol, () => string>)[
      Symbol.for('nodejs.util.inspect.custom')
    ];
    expect(show?.()).toBe('Tidy tables: plans 1 · directions 4 · programs 16 · kpis 14 · summary 24 rows');
  });

  test('writes every decimal cell as plain decimal text with at most the places asked for', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 2021, max: 2024 }),
        (places, fiscalYear) => {
          const rows = tidyTables(kodairaFy2023, { fiscalYear, evaluate: { places } }).kpis.rows;
          for (const row of rows) {
            for (const value of [row.progressPercent, row.achievementPercent]) {
              if (value === null) continue;
              expect(value).toMatch(DECIMAL);
              expect((value.split('.')[1] ?? '').length).toBeLessThanOrEqual(places);
            }
            for (const value of [row.baseline, row.target, row.actual, row.expected, row.gap]) {
              if (value !== null) expect(value).toMatch(DECIMAL);
            }
          }
        },
      ),
      { numRuns: 20 },
    );
  });
});
