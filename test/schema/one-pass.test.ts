/*
 * One validator: a plan with five different problems gets all five from one validatePlan call
 * and from one `munikpi validate` run of the built bin, each with its path and one code.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditPlan, definePlan, type Plan } from '../../src/index.js';
import { parsePlan, planIssues, validatePlan } from '../../src/schema/index.js';

/** A plan with five problems, one of each kind. */
function fiveProblems(): Record<string, unknown> {
  return {
    id: 'five',
    municipality: '小平市',
    title: '第1期経営方針推進プログラム',
    period: { start: 2021, end: 2024 },
    directions: [{ id: 'd1', number: 1, name: '地域資源によるサービスの実現' }],
    programs: [
      // (a) a direction the plan lacks
      { id: 'p1', number: 1, name: '幅広い市民意見の収集', kind: 'implementation', direction: 'd9' },
      { id: 'p2', number: 2, name: '電子決裁', kind: 'implementation', direction: 'd1' },
      // (b) a duplicate program id
      { id: 'p2', number: 3, name: '窓口改革', kind: 'implementation', direction: 'd1' },
      {
        id: 'p4',
        number: 4,
        name: '行政評価',
        kind: 'implementation',
        direction: 'd1',
        // (c) a rating not on the scale; (e) a report for a year outside the period
        reports: { 2023: { rating: 'C', results: ['…'] }, 2030: { rating: 'A', results: ['…'] } },
        kpis: [
          // (d) a level target that moves the wrong way for "higher is better"
          {
            id: 'k1',
            name: '電子決裁率',
            unit: '%',
            direction: 'higher',
            baseline: { value: 50, fiscalYear: 2020 },
            target: { kind: 'level', value: 40, by: 2024 },
          },
        ],
      },
    ],
  };
}

const EXPECTED = [
  'programs[0].direction UNKNOWN_DIRECTION',
  'programs[2].id DUPLICATE_ID',
  'programs[3].reports.2023.rating UNKNOWN_RATING',
  'programs[3].reports.2030 FISCAL_YEAR_OUTSIDE_PERIOD',
  'programs[3].kpis[0] INVALID_KPI',
];

describe('one validator, one pass', () => {
  it('gives all five problems from one validatePlan call, each with its path and one code', () => {
    const result = validatePlan(JSON.stringify(fiveProblems()));
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => `${i.path} ${i.code}`).sort()).toEqual([...EXPECTED].sort());
    for (const issue of result.issues) expect(issue.message).not.toBe('');
  });

  it('still checks references and KPIs where zod finds the layout broken elsewhere', () => {
    const plan = fiveProblems();
    plan.title = '';
    (plan.programs as Record<string, unknown>[])[1] = { id: 'p2', number: 'two', direction: 'd1' };
    const codes = validatePlan(plan).issues.map((i) => `${i.path} ${i.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'title INVALID_VALUE',
        'programs[1].number INVALID_TYPE',
        'programs[1].name MISSING_FIELD',
        ...EXPECTED,
      ]),
    );
    // Each problem once: no path told twice.
    expect(new Set(codes.map((c) => c.split(' ')[0])).size).toBe(codes.length);
  });

  it('gives the same codes from planIssues, parsePlan and auditPlan', () => {
    const plan = fiveProblems();
    expect(
      planIssues(plan)
        .map((i) => `${i.path} ${i.code}`)
        .sort(),
    ).toEqual([...EXPECTED].sort());
    try {
      parsePlan(plan);
      expect.unreachable();
    } catch (error) {
      expect((error as { issues: { code: string }[] }).issues.map((i) => i.code).sort()).toEqual(
        EXPECTED.map((e) => e.split(' ')[1]).sort(),
      );
    }
    // definePlan throws the contradictory KPI with its own code and path ...
    expect(() => definePlan(structuredClone(plan) as unknown as Plan)).toThrow(/wrong way/);
    // ... and auditPlan reports the same problems as findings with the same codes.
    const withoutKpi = structuredClone(plan) as { programs: { kpis?: unknown[] }[] };
    delete withoutKpi.programs[3]?.kpis;
    const codes = auditPlan(withoutKpi as unknown as Plan, 2023).findings.map((f) => `${f.path} ${f.code}`);
    expect(codes).toEqual(expect.arrayContaining(EXPECTED.slice(0, 4)));
  });

  it('words each issue from the catalogue in the language asked for', () => {
    const ja = validatePlan(fiveProblems(), { lang: 'ja' }).issues.find((i) => i.code === 'UNKNOWN_RATING');
    expect(ja?.message).toBe('評価"C"は評価区分（S、A、B）にありません');
    const en = validatePlan(fiveProblems()).issues.find((i) => i.code === 'UNKNOWN_RATING');
    expect(en?.message).toBe('"C": expected one of S, A, B');
  });
});

describe('munikpi validate (the built bin)', () => {
  const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

  it('prints all five problems from one run, each with its path and one code', () => {
    if (!existsSync(bin)) throw new Error('dist/cli.js is missing: run `npm run build` first');
    const file = join(mkdtempSync(join(tmpdir(), 'munikpi-five-')), 'plan.json');
    writeFileSync(file, JSON.stringify(fiveProblems()));
    const run = spawnSync(process.execPath, [bin, 'validate', file], { encoding: 'utf8', timeout: 20_000 });
    expect(run.status).not.toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    const told = lines.map((line) => {
      const m = /^(\S+): .* \[([A-Z_]+)\]$/.exec(line);
      return m === null ? line : `${m[1]} ${m[2]}`;
    });
    expect(told.sort()).toEqual([...EXPECTED].sort());
  });
});

describe('a plan built in code with holes in an array', () => {
  it('reports each hole at its index, as a value of the wrong type, and throws nothing else', () => {
    // biome-ignore lint/suspicious/noSparseArray: the holes are the input under test
    const programs = [1, , 2];
    const result = validatePlan({ programs } as never);
    expect(result.ok).toBe(false);
    expect(result.issues.some((issue) => issue.path === 'programs[1]')).toBe(true);
  });
});
