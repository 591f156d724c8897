import { describe, expect, it } from 'vitest';
import { defineJudgementRule, JUDGEMENT_RULES, type KpiStatus } from '../../src/index.js';
import { judgementRuleSchema, parsePlan, planJsonSchema } from '../../src/schema/index.js';

// A judgement rule is data in the plan file: the schema checks it and the JSON Schema shows it.

const plan = {
  id: 'tama',
  municipality: '多摩市',
  title: 'まち・ひと・しごと創生総合戦略',
  period: { start: 2020, end: 2024 },
  scale: 'tama-3',
  rule: JUDGEMENT_RULES.tama,
  directions: [{ id: 'd1', number: 1, name: '基本目標1' }],
  programs: [{ id: 'p1', number: 1, name: '施策1', kind: 'implementation', direction: 'd1' }],
};

describe('judgementRuleSchema', () => {
  it('accepts, as defineJudgementRule does, a case on every status an evaluation can have', () => {
    const statuses: KpiStatus[] = [
      'behind',
      'on-track',
      'ahead',
      'achieved',
      'no-data',
      'untargeted',
      'unchanged',
      'worse',
      'not-judgeable',
    ];
    const rule = {
      id: 'all',
      name: { ja: '全状態', en: 'every status' },
      cases: [{ code: 'A', status: statuses }],
    };
    expect(judgementRuleSchema.safeParse(rule).success).toBe(true);
    expect(defineJudgementRule(rule).cases[0]?.status).toEqual(statuses);
  });

  it('accepts every preset as it is shipped', () => {
    for (const rule of Object.values(JUDGEMENT_RULES)) {
      expect(judgementRuleSchema.safeParse(JSON.parse(JSON.stringify(rule))).success, rule.id).toBe(true);
    }
  });

  it('refuses a band end that does not say whether it is inclusive, and an unknown status', () => {
    const noInclusive = {
      ...JUDGEMENT_RULES.agency,
      cases: [{ code: 'A', figure: 'achievement', min: { value: 120 } }],
    };
    expect(judgementRuleSchema.safeParse(noInclusive).success).toBe(false);
    const unknown = { ...JUDGEMENT_RULES.kodaira, cases: [{ code: 'B', status: ['late'] }] };
    expect(judgementRuleSchema.safeParse(unknown).success).toBe(false);
  });

  it('lets a plan file carry its rule, read back as written', () => {
    expect(parsePlan(JSON.stringify(plan)).rule).toEqual(JUDGEMENT_RULES.tama);
    expect(() => parsePlan(JSON.stringify({ ...plan, rule: { id: 'x' } }))).toThrow(
      expect.objectContaining({ code: 'INVALID_PLAN' }),
    );
  });

  it('shows the rule in the plan’s JSON Schema', () => {
    const properties = planJsonSchema().properties as Record<
      string,
      { properties?: Record<string, unknown> }
    >;
    expect(Object.keys(properties.rule?.properties ?? {})).toEqual(
      expect.arrayContaining(['id', 'name', 'change', 'cases']),
    );
  });
});
