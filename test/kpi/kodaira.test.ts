import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { defineKpi, evaluateKpi } from '../../src/index.js';
import { errorCode } from '../helpers.js';

// Every KPI the Kodaira R5 progress report states, with the report's own figures.

describe('電子決裁率 (program 12): ≥ 90 % by the end of R6, from 62.3 % on 2021-04-01', () => {
  const eApproval = defineKpi({
    id: 'p12-e-approval',
    name: '電子決裁率',
    unit: '%',
    baseline: { value: '62.3', asOf: '2021-04-01' },
    target: { kind: 'level', value: 90, by: 2024 },
    yearTargets: { 2023: 85 },
  });
  const r5 = evaluateKpi(eApproval, { fiscalYear: 2023, actual: '73.9' });

  it('reproduces the FY2023 figures: progress 41.88, achievement 82.11, expected 83.075', () => {
    expect(r5.progress?.toString()).toBe('41.88');
    expect(r5.achievement?.toString()).toBe('82.11');
    expect(r5.expected?.toString()).toBe('83.075');
    expect(r5.expectedProgress?.toString()).toBe('75');
  });

  it('misses the year target of 85 % and is behind, as the report rates it (B)', () => {
    expect(r5.yearTarget?.toString()).toBe('85');
    expect(r5.yearTargetMet).toBe(false);
    expect(r5.met).toBe(false);
    expect(r5.status).toBe('behind');
    expect(r5.reference).toBe('year-target');
  });

  it('is 16.1 points short of the final target, which R6 alone must make up', () => {
    expect(r5.gap?.toString()).toBe('-16.1');
    expect(r5.change?.toString()).toBe('11.6');
    expect(r5.requiredPace?.toString()).toBe('16.1');
  });

  it('prints one readable line in the REPL', () => {
    expect(inspect(r5)).toBe('電子決裁率 FY2023 73.9% → 目標85% (遅れ, 進捗率 41.88%)');
  });

  it('serialises figures as decimal strings', () => {
    const json = JSON.parse(JSON.stringify(r5));
    expect(json).toMatchObject({ actual: '73.9', progress: '41.88', achievement: '82.11', status: 'behind' });
  });

  it('gives other rounding on request, decided on the exact figures', () => {
    const down = evaluateKpi(
      eApproval,
      { fiscalYear: 2023, actual: '73.9' },
      { places: 4, rounding: 'down' },
    );
    expect(down.progress?.toString()).toBe('41.8772');
    expect(
      evaluateKpi(eApproval, { fiscalYear: 2023, actual: 73.9 }, { places: 0 }).progress?.toString(),
    ).toBe('42');
  });
});

describe('公有財産の売払い (program 9): ≥ ¥20,000,000 every fiscal year', () => {
  const sales = defineKpi({
    id: 'p9-sales',
    name: '公有財産の売払い',
    unit: '円',
    target: { kind: 'annual', value: 20_000_000 },
  });
  const r5 = evaluateKpi(sales, { fiscalYear: 2023, actual: 604_701_094 });

  it('meets the year with ¥604,701,094: achievement 3023.51, surplus ¥584,701,094', () => {
    expect(r5.met).toBe(true);
    expect(r5.status).toBe('achieved');
    expect(r5.achievement?.toString()).toBe('3023.51');
    expect(r5.gap?.toString()).toBe('584701094');
    expect(r5.actual?.toString()).toBe('604701094');
  });

  it('prints money grouped by thousands', () => {
    expect(inspect(r5)).toBe('公有財産の売払い FY2023 604,701,094円 → 目標20,000,000円 (達成)');
  });

  it('falls behind in a year under the minimum', () => {
    const thin = evaluateKpi(sales, { fiscalYear: 2024, actual: 5_763_812 });
    expect(thin.status).toBe('behind');
    expect(thin.gap?.toString()).toBe('-14236188');
  });

  it('refuses negative money', () => {
    expect(errorCode(() => evaluateKpi(sales, { fiscalYear: 2023, actual: -1 }))).toBe('NEGATIVE_VALUE');
  });
});

describe('歴史公文書移管率 (program 2): ≥ 50 % within the plan, from 0 %', () => {
  const transfer = defineKpi({
    id: 'p2-transfer',
    name: '歴史公文書の図書館への移管率',
    unit: '%',
    baseline: { value: 0, asOf: '2021-04-01' },
    target: { kind: 'level', value: 50, by: 2024 },
  });

  it('has no actual in the report: no data, but the expected line is known', () => {
    const r5 = evaluateKpi(transfer, { fiscalYear: 2023 });
    expect(r5.status).toBe('no-data');
    expect(r5.expected?.toString()).toBe('37.5');
    expect(r5.notes).toContain('no actual for fiscal year 2023');
  });

  it('handles a zero baseline: progress equals achievement', () => {
    const e = evaluateKpi(transfer, { fiscalYear: 2023, actual: 20 });
    expect(e.progress?.toString()).toBe('40');
    expect(e.achievement?.toString()).toBe('40');
    expect(e.status).toBe('behind');
  });
});

describe('協働団体数 (program 3): ≥ 4 groups within the plan, from 1', () => {
  const groups = defineKpi({
    id: 'p3-groups',
    name: '協働で地域課題の解決に継続的に取り組む団体数',
    unit: '団体',
    baseline: { value: 1, asOf: '2021-04-01' },
    target: { kind: 'level', value: 4, by: 2024 },
  });

  it('expects 3.25 groups by the end of FY2023 on a straight line', () => {
    expect(evaluateKpi(groups, { fiscalYear: 2023 }).expected?.toString()).toBe('3.25');
  });

  it('is ahead at a year’s pace beyond the line, achieved once 4 is reached', () => {
    // FY2021: expected 1.75, one year's pace 0.75, so 2.5 or more is ahead.
    expect(evaluateKpi(groups, { fiscalYear: 2021, actual: 3 }).status).toBe('ahead');
    expect(evaluateKpi(groups, { fiscalYear: 2022, actual: 3 }).status).toBe('on-track');
    expect(evaluateKpi(groups, { fiscalYear: 2022, actual: 2 }).status).toBe('behind');
    expect(evaluateKpi(groups, { fiscalYear: 2022, actual: 4 }).status).toBe('achieved');
  });

  it('counts groups in whole numbers', () => {
    expect(errorCode(() => evaluateKpi(groups, { fiscalYear: 2023, actual: 2.5 }))).toBe('NOT_AN_INTEGER');
  });
});

describe('program 3 year targets for FY2023 (設定目標 and 実績)', () => {
  const yearOnly = (id: string, name: string, unit: string, value: number) =>
    defineKpi({ id, name, unit, target: { kind: 'annual', value }, period: { start: 2023, end: 2023 } });

  it('応募団体 ≥ 8: 10 applied, achieved', () => {
    const e = evaluateKpi(yearOnly('p3-applicants', '応募団体数', '団体', 8), {
      fiscalYear: 2023,
      actual: 10,
    });
    expect([e.status, e.achievement?.toString()]).toEqual(['achieved', '125']);
  });

  it('人財の森周知イベント 2回: 1 held, behind', () => {
    const e = evaluateKpi(yearOnly('p3-events', '人財の森周知イベント', '回', 2), {
      fiscalYear: 2023,
      actual: 1,
    });
    expect([e.status, e.achievement?.toString()]).toEqual(['behind', '50']);
  });

  it('大学生と地域の連携事業 2回: 2 held, achieved', () => {
    const e = evaluateKpi(yearOnly('p3-university', '大学生と地域の連携事業', '回', 2), {
      fiscalYear: 2023,
      actual: 2,
    });
    expect(e.status).toBe('achieved');
  });

  it('is not assessed outside its year', () => {
    const k = yearOnly('p3-x', 'x', '回', 2);
    expect(errorCode(() => evaluateKpi(k, { fiscalYear: 2024, actual: 2 }))).toBe(
      'FISCAL_YEAR_OUTSIDE_PERIOD',
    );
  });
});

describe('指定管理者制度 (program 6): ≥ 1 facility more than the 48 of 2021-04-01', () => {
  const facilities = defineKpi({
    id: 'p6-designated',
    name: '指定管理者制度導入施設数',
    unit: '施設',
    baseline: { value: 48, asOf: '2021-04-01' },
    target: { kind: 'change', amount: 1, by: 2024 },
  });

  it('derives the target 49 from the baseline', () => {
    const e = evaluateKpi(facilities, { fiscalYear: 2023 });
    expect(e.target?.toString()).toBe('49');
    expect(e.status).toBe('no-data');
  });

  it('is achieved at 49 and 100 % of the way', () => {
    const e = evaluateKpi(facilities, { fiscalYear: 2023, actual: 49 });
    expect([e.status, e.progress?.toString(), e.gap?.toString()]).toEqual(['achieved', '100', '0']);
  });
});

describe('経常経費の削減率 (program 13): reduced by ≥ 20 % by R6', () => {
  const costs = defineKpi({
    id: 'p13-costs',
    name: '住民情報システムの経常経費',
    unit: '円',
    direction: 'lower',
    target: { kind: 'rate', percent: 20, by: 2024 },
  });

  it('has no baseline value in the report: no data, and says so', () => {
    const e = evaluateKpi(costs, { fiscalYear: 2023 });
    expect(e.status).toBe('no-data');
    expect(e.target).toBeNull();
    expect(e.notes).toContain('the baseline value is not given, so the target level is unknown');
  });

  it('cannot judge an actual without the baseline', () => {
    expect(errorCode(() => evaluateKpi(costs, { fiscalYear: 2023, actual: 800 }))).toBe('MISSING_BASELINE');
  });

  it('with a baseline, a 20 % cut is the target and lower is better', () => {
    const known = defineKpi({
      ...costs,
      id: 'p13-known',
      baseline: { value: 1_000_000, asOf: '2021-04-01' },
    });
    const e = evaluateKpi(known, { fiscalYear: 2023, actual: 850_000 });
    expect(e.target?.toString()).toBe('800000');
    expect(e.progress?.toString()).toBe('75');
    expect(e.achievement?.toString()).toBe('94.12');
    expect(e.status).toBe('on-track');
    expect(evaluateKpi(known, { fiscalYear: 2024, actual: 790_000 }).status).toBe('achieved');
  });
});

describe('オンライン申請 (program 14): no fewer procedures than the year before (R2: 18)', () => {
  const online = defineKpi({
    id: 'p14-online',
    name: '電子申請サービス手続数',
    unit: '手続',
    baseline: { value: 18, fiscalYear: 2020 },
    target: { kind: 'no-worse' },
    observations: [{ fiscalYear: 2021, value: 20 }],
  });

  it('compares FY2021 with the R2 baseline', () => {
    const e = evaluateKpi(online, { fiscalYear: 2021 });
    expect([e.status, e.previous?.toString(), e.gap?.toString()]).toEqual(['achieved', '18', '2']);
  });

  it('compares later years with the previous observation', () => {
    expect(evaluateKpi(online, { fiscalYear: 2022, actual: 19 }).status).toBe('behind');
    expect(evaluateKpi(online, { fiscalYear: 2022, actual: 20 }).status).toBe('achieved');
  });

  it('says when there is nothing to compare with', () => {
    const e = evaluateKpi(online, { fiscalYear: 2023, actual: 30 });
    expect(e.status).toBe('not-judgeable');
    expect(e.notes).toContain('no actual for fiscal year 2022 to compare with');
  });
});

describe('ICTを活用した業務 (program 15): at least one each fiscal year', () => {
  const ict = defineKpi({
    id: 'p15-ict',
    name: 'ICTを活用した業務の拡大',
    unit: '業務',
    target: { kind: 'count', value: 1 },
  });

  it('is achieved with one, behind with none', () => {
    expect(evaluateKpi(ict, { fiscalYear: 2023, actual: 1 }).status).toBe('achieved');
    expect(evaluateKpi(ict, { fiscalYear: 2023, actual: 0 }).status).toBe('behind');
  });

  it('counts whole, non-negative numbers only', () => {
    expect(errorCode(() => evaluateKpi(ict, { fiscalYear: 2023, actual: 0.5 }))).toBe('NOT_AN_INTEGER');
    expect(errorCode(() => evaluateKpi(ict, { fiscalYear: 2023, actual: -1 }))).toBe('NEGATIVE_VALUE');
  });
});

describe('給食調理業務委託 (program 5): started at 小川西保育園 by 2024-01', () => {
  const catering = defineKpi({
    id: 'p5-catering',
    name: '公立保育園給食調理業務委託',
    unit: '園',
    baseline: { value: 0, asOf: '2021-04-01' },
    target: { kind: 'milestone', due: '2024-01', description: '小川西保育園で給食調理業務委託を実施' },
  });

  it('is achieved: started in January 2024, as due', () => {
    const e = evaluateKpi(catering, { fiscalYear: 2023, actual: { done: true, on: '2024-01' } });
    expect([e.status, e.met, e.completedOn]).toEqual(['achieved', true, '2024-01']);
    expect(inspect(e)).toBe('公立保育園給食調理業務委託 FY2023 完了 2024-01 (達成)');
  });

  it('was on track before it fell due, and behind once due but not done', () => {
    expect(evaluateKpi(catering, { fiscalYear: 2022, actual: { done: false } }).status).toBe('on-track');
    expect(evaluateKpi(catering, { fiscalYear: 2023, actual: { done: false } }).status).toBe('behind');
  });

  it('marks a late completion as done but not met', () => {
    const e = evaluateKpi(catering, { fiscalYear: 2024, actual: { done: true, on: '2024-06-01' } });
    expect([e.status, e.met]).toEqual(['achieved', false]);
    expect(e.notes[0]).toContain('after it was due');
  });
});

describe('職員定数 (program 16): monitored without a target', () => {
  const staff = defineKpi({
    id: 'p16-staff',
    name: '職員定数',
    unit: '人',
    target: { kind: 'monitor' },
    observations: [{ fiscalYear: 2024, value: 961, source: '令和6年度職員定数を961人とした' }],
  });

  it('keeps the figure 961 and judges nothing', () => {
    const e = evaluateKpi(staff, { fiscalYear: 2024 });
    expect([e.status, e.actual?.toString(), e.achievement]).toEqual(['untargeted', '961', null]);
  });
});
