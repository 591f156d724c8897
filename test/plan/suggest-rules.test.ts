import { describe, expect, it } from 'vitest';
import { kodairaFy2023 as kodaira } from '../../src/data/kodaira-fy2023.js';
import {
  auditPlan,
  defineJudgementRule,
  definePlan,
  JUDGEMENT_RULES,
  type Kpi,
  type Program,
  RATING_SCALES,
  suggestRating,
} from '../../src/index.js';
import { renderReport } from '../../src/report/index.js';
import { planIssues, validatePlan } from '../../src/schema/index.js';

// suggestRating by a judgement rule: each KPI's level by the rule, a program's by its combine.

function kpi(id: string, actual: number): Kpi {
  return {
    id,
    name: id,
    unit: '%',
    baseline: { value: 0, fiscalYear: 2019 },
    target: { kind: 'level', value: 100, by: 2024 },
    observations: [{ fiscalYear: 2021, value: actual }],
  };
}

function program(kpis: readonly Kpi[], rating?: string): Program {
  return {
    id: 'p1',
    number: 1,
    name: '施策',
    kind: 'implementation',
    direction: 'd1',
    kpis,
    ...(rating === undefined ? {} : { reports: { 2021: { rating } } }),
  };
}

describe('suggestRating with a judgement rule', () => {
  it('Kodaira’s own rule gives every Kodaira suggestion the default gives', () => {
    for (const p of kodaira.programs) {
      for (const fy of [2022, 2023]) {
        const byDefault = suggestRating(p, fy);
        const byRule = suggestRating(p, fy, { rule: JUDGEMENT_RULES.kodaira });
        expect([byRule.suggested, byRule.progress, byRule.agrees], `${p.id} ${fy}`).toEqual([
          byDefault.suggested,
          byDefault.progress,
          byDefault.agrees,
        ]);
      }
    }
  });

  it('多摩市: a program takes its worst KPI’s level on the rule’s own scale', () => {
    const s = suggestRating(program([kpi('a', 45), kpi('b', 35)], '②'), 2021, { rule: JUDGEMENT_RULES.tama });
    expect([s.suggested, s.agrees]).toEqual(['②', true]);
    expect(s.basis.map((b) => b.level)).toEqual(['①', '②']);
    const worse = suggestRating(program([kpi('a', 45), kpi('c', 20)]), 2021, { rule: JUDGEMENT_RULES.tama });
    expect(worse.suggested).toBe('③');
  });

  it('いの町: 120 of 100 is suggested ◎, and a typed ○ of another spelling agrees with 〇', () => {
    const met = kpi('a', 120);
    const s = suggestRating(program([met]), 2021, { rule: JUDGEMENT_RULES.ino });
    expect(s.suggested).toBe('◎');
    const aioi = suggestRating(program([kpi('a', 40)], '〇'), 2021, {
      rule: { ...JUDGEMENT_RULES.ino, cases: [{ code: '○' }] },
      scale: RATING_SCALES.aioi,
    });
    expect([aioi.suggested, aioi.agrees]).toEqual(['〇', true]);
  });

  it('gives 健康日本21 E for a KPI that cannot be judged', () => {
    const noLine: Kpi = { id: 'n', name: 'n', unit: '件', target: { kind: 'no-worse' } };
    const s = suggestRating(program([noLine]), 2021, { rule: JUDGEMENT_RULES.kenkoNippon21 });
    expect(s.basis[0]?.level).toBe('E');
    expect(s.suggested).toBe('E');
  });

  it('refuses a malformed rule with INVALID_ARGUMENT', () => {
    expect(() => suggestRating(program([]), 2021, { rule: { id: 'x' } as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('a plan that names its judgement rule (plan.rule)', () => {
  const plan = (rule: unknown) =>
    ({
      id: 'tama',
      municipality: '多摩市',
      title: 'まち・ひと・しごと創生総合戦略',
      period: { start: 2020, end: 2024 },
      scale: RATING_SCALES.tama,
      rule,
      directions: [{ id: 'd1', number: 1, name: '基本目標1' }],
      programs: [
        {
          ...program([kpi('a', 45), kpi('c', 20)]),
          reports: { 2021: { rating: '①', results: ['取組を進めた'] } },
        },
      ],
    }) as never;

  it('is the rule the audit suggests by: ③ by 多摩市’s rule where the official rating is ①', () => {
    const findings = auditPlan(definePlan(plan(JUDGEMENT_RULES.tama)), 2021).findings;
    const differs = findings.find((f) => f.code === 'RATING_DIFFERS_FROM_SUGGESTION');
    expect(differs?.message.ja).toContain('③');
  });

  it('is the rule the report’s programs table suggests by, as the audit does', () => {
    const json = JSON.parse(renderReport(definePlan(plan(JUDGEMENT_RULES.tama)), 2021, { format: 'json' }));
    expect(json.programs.map((p: { suggested: string | null }) => p.suggested)).toEqual(['③']);
  });

  it('is checked with the plan, in the same pass: by the schema at its fields, by the checker as a whole', () => {
    const issues = validatePlan(plan({ id: 'x' })).issues;
    expect(issues.map((i) => `${i.path} ${i.code}`)).toContain('rule.name MISSING_FIELD');
    const wellShaped = {
      ...JUDGEMENT_RULES.tama,
      cases: [{ code: '①', figure: 'paceRatio', max: { value: 'x', inclusive: true } }],
    };
    expect(planIssues(plan(wellShaped)).map((i) => `${i.path} ${i.code}`)).toEqual(['rule INVALID_RULE']);
    expect(() => definePlan(plan({ id: 'x' }))).toThrow(expect.objectContaining({ code: 'INVALID_PLAN' }));
  });
});

describe('review fixes', () => {
  it('refuses a rule that names no shipped scale unless the caller gives one', () => {
    const p = program([kpi('a', 110)], 'A');
    expect(() => suggestRating(p, 2021, { rule: JUDGEMENT_RULES.agency })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
  });

  it('counts a KPI that is worse than its baseline as behind by default, as JUDGEMENT_RULES.kodaira does', () => {
    const falling: Kpi = {
      id: 'f',
      name: '満足度',
      unit: '%',
      baseline: { value: 50, fiscalYear: 2019 },
      target: { kind: 'level', value: 80, by: 2024 },
      observations: [{ fiscalYear: 2021, value: 40 }],
    };
    const evaluate = { change: { measure: 'points', worse: 3 } } as const;
    const byDefault = suggestRating(program([falling]), 2021, { evaluate });
    const byRule = suggestRating(program([falling]), 2021, { evaluate, rule: JUDGEMENT_RULES.kodaira });
    expect(byDefault.basis[0]?.status).toBe('worse');
    expect([byDefault.suggested, byRule.suggested]).toEqual(['B', 'B']);
  });

  it('names the rule and the case of a band end that is not a figure, in the catalogue’s words', () => {
    const rule = {
      id: 'r',
      name: { ja: 'r', en: 'r' },
      cases: [{ code: 'x', figure: 'achievement', min: { value: 'abc', inclusive: true } }],
    };
    expect(() => defineJudgementRule(rule as never)).toThrow(
      expect.objectContaining({
        message: 'judgement rule "r": case "x": "abc" is not a figure',
        detail: expect.objectContaining({ key: 'ruleProblem' }),
      }),
    );
  });
});
