import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateKpi, type Kpi } from '../../src/index.js';

// Targets and baselines as practitioners write them (issue 16): 維持, 年度末 baselines, zero
// targets, the ratio to the pro-rated target, and the unchanged / worse / not-judgeable statuses.

describe('維持 targets: a level equal to its baseline is a level to hold', () => {
  const hold: Kpi = {
    id: 'hold',
    name: '満足度',
    unit: '%',
    baseline: { value: 80, fiscalYear: 2020 },
    target: { kind: 'level', value: 80, by: 2024 },
    observations: [
      { fiscalYear: 2021, value: 78 },
      { fiscalYear: 2022, value: 79 },
      { fiscalYear: 2023, value: 81 },
    ],
  };

  it('「80%を維持」 with 79 is not achieved, though 79 beats last year’s 78', () => {
    const r4 = evaluateKpi(hold, { fiscalYear: 2022 });
    expect([r4.status, r4.met, r4.reference]).toEqual(['behind', false, 'target']);
  });

  it('holding the level in any year is achieved, before the deadline too', () => {
    const r5 = evaluateKpi(hold, { fiscalYear: 2023 });
    expect([r5.status, r5.met, r5.achievement?.toString()]).toEqual(['achieved', true, '101.25']);
    expect(evaluateKpi(hold, { fiscalYear: 2024, actual: 80 }).status).toBe('achieved');
  });

  it('has no progress or pace ratio to divide by zero', () => {
    const r4 = evaluateKpi(hold, { fiscalYear: 2022 });
    expect([r4.progress, r4.paceRatio]).toEqual([null, null]);
    expect(JSON.stringify(r4)).not.toMatch(/NaN|Infinity/);
  });

  it('holds a cap when lower is better: 待機児童 0 stays 0', () => {
    const cap: Kpi = {
      id: 'cap',
      name: '待機児童数',
      unit: '人',
      direction: 'lower',
      baseline: { value: 0, fiscalYear: 2020 },
      target: { kind: 'level', value: 0, by: 2024 },
    };
    expect(evaluateKpi(cap, { fiscalYear: 2022, actual: 0 }).status).toBe('achieved');
    expect(evaluateKpi(cap, { fiscalYear: 2022, actual: 1 }).status).toBe('behind');
  });
});

describe('a baseline as of 年度末 (3月31日)', () => {
  const kpi: Kpi = {
    id: 'eom',
    name: '指標',
    unit: '%',
    baseline: { value: 0, asOf: '2020-03-31' },
    target: { kind: 'level', value: 100, by: 2024 },
  };

  it('sits at the end of its fiscal year: FY2021 expects exactly 40, and 40 is on-track', () => {
    const e = evaluateKpi(kpi, { fiscalYear: 2021, actual: 40 });
    expect([e.expected?.toString(), e.status, e.paceRatio?.toString()]).toEqual(['40', 'on-track', '100']);
  });

  it('is the same point as the next 1 April', () => {
    const april = { ...kpi, baseline: { value: 0, asOf: '2020-04-01' } };
    const a = evaluateKpi(april, { fiscalYear: 2021, actual: 40 });
    const b = evaluateKpi(kpi, { fiscalYear: 2021, actual: 40 });
    expect(a.expected?.toString()).toBe(b.expected?.toString());
  });
});

describe('the ratio to the pro-rated target of the year (多摩市)', () => {
  it('baseline 0, target 100 by year 5, actual 35 in year 2: 87.5 %', () => {
    const tama: Kpi = {
      id: 'tama',
      name: '指標',
      unit: '件',
      baseline: { value: 0, fiscalYear: 2019 },
      target: { kind: 'level', value: 100, by: 2024 },
    };
    const e = evaluateKpi(tama, { fiscalYear: 2021, actual: 35 });
    expect([e.expected?.toString(), e.paceRatio?.toString()]).toEqual(['40', '87.5']);
  });

  it('measures the change made against the change due when the baseline is not 0', () => {
    const kpi: Kpi = {
      id: 'k',
      name: '電子決裁率',
      unit: '%',
      baseline: { value: 60, fiscalYear: 2020 },
      target: { kind: 'level', value: 90, by: 2023 },
    };
    // Due by FY2021: 60 + 10 = 70; 65 made half of it.
    expect(evaluateKpi(kpi, { fiscalYear: 2021, actual: 65 }).paceRatio?.toString()).toBe('50');
  });

  it('turns with the direction: a cost cut faster than the line is over 100 %', () => {
    const cost: Kpi = {
      id: 'cost',
      name: '経常経費',
      unit: '円',
      direction: 'lower',
      baseline: { value: 1000, fiscalYear: 2020 },
      target: { kind: 'level', value: 800, by: 2024 },
    };
    // Due by FY2021: 1000 − 50 = 950; 900 is twice that.
    expect(evaluateKpi(cost, { fiscalYear: 2021, actual: 900 }).paceRatio?.toString()).toBe('200');
  });
});

describe('a lower-is-better target of 0', () => {
  const complaints: Kpi = {
    id: 'complaints',
    name: '苦情件数',
    unit: '件',
    direction: 'lower',
    baseline: { value: 5, fiscalYear: 2020 },
    target: { kind: 'level', value: 0, by: 2024 },
  };

  it('is 100 % achieved at 0', () => {
    expect(evaluateKpi(complaints, { fiscalYear: 2024, actual: 0 }).achievement?.toString()).toBe('100');
  });

  it('is the share of the way from the baseline to 0 otherwise: 5 → 0 with 2 is 60 %', () => {
    expect(evaluateKpi(complaints, { fiscalYear: 2023, actual: 2 }).achievement?.toString()).toBe('60');
  });

  it('is 0 % above 0 when there is no baseline to measure from', () => {
    const accidents: Kpi = {
      id: 'accidents',
      name: '事故件数',
      unit: '件',
      direction: 'lower',
      target: { kind: 'annual', value: 0 },
    };
    expect(evaluateKpi(accidents, { fiscalYear: 2023, actual: 3 }).achievement?.toString()).toBe('0');
    expect(evaluateKpi(accidents, { fiscalYear: 2023, actual: 0 }).achievement?.toString()).toBe('100');
  });
});

describe('unchanged and worse, with a change tolerance', () => {
  const kpi: Kpi = {
    id: 'k',
    name: '健診受診率',
    unit: '%',
    baseline: { value: 50, fiscalYear: 2020 },
    target: { kind: 'level', value: 60, by: 2024 },
  };
  const nagayo = { change: { measure: 'percent', worse: 10, better: 0 } } as const;
  const fukuoka = { change: { measure: 'points', worse: 3 } } as const;

  it('長与町: down to 10 % of the baseline below it is unchanged, further is worse, above it is judged on the line', () => {
    expect(evaluateKpi(kpi, { fiscalYear: 2022, actual: 45 }, nagayo).status).toBe('unchanged');
    expect(evaluateKpi(kpi, { fiscalYear: 2022, actual: 50 }, nagayo).status).toBe('unchanged');
    expect(evaluateKpi(kpi, { fiscalYear: 2022, actual: '44.9' }, nagayo).status).toBe('worse');
    expect(evaluateKpi(kpi, { fiscalYear: 2022, actual: 51 }, nagayo).status).toBe('behind');
  });

  it('福岡市: ±3 points of the baseline is unchanged', () => {
    expect(evaluateKpi(kpi, { fiscalYear: 2022, actual: 53 }, fukuoka).status).toBe('unchanged');
    expect(evaluateKpi(kpi, { fiscalYear: 2022, actual: 47 }, fukuoka).status).toBe('unchanged');
    expect(evaluateKpi(kpi, { fiscalYear: 2022, actual: '46.99' }, fukuoka).status).toBe('worse');
    expect(evaluateKpi(kpi, { fiscalYear: 2022, actual: '53.01' }, fukuoka).status).toBe('behind');
  });

  it('never turns an achieved target into unchanged', () => {
    const near: Kpi = { ...kpi, target: { kind: 'level', value: 52, by: 2024 } };
    expect(evaluateKpi(near, { fiscalYear: 2022, actual: 52 }, fukuoka).status).toBe('achieved');
  });

  it('gives neither status without the option: the default rule is unchanged', () => {
    expect(evaluateKpi(kpi, { fiscalYear: 2022, actual: 40 }).status).toBe('behind');
  });

  it('includes both ends of the band, for any band in points', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 9 }), (worse, better) => {
        const options = { change: { measure: 'points', worse, better } } as const;
        const at = (actual: number) => evaluateKpi(kpi, { fiscalYear: 2021, actual }, options).status;
        return (
          at(50 - worse) === 'unchanged' &&
          at(50 + better) === 'unchanged' &&
          (50 - worse - 0.5 < 0 || at(50 - worse - 0.5) === 'worse') &&
          at(50 + better + 0.5) !== 'unchanged'
        );
      }),
    );
  });

  it('refuses a negative band with INVALID_OPTION', () => {
    expect(() =>
      evaluateKpi(kpi, { fiscalYear: 2022, actual: 50 }, { change: { measure: 'points', worse: -1 } }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
});

describe('not-judgeable: an actual with nothing to judge it against', () => {
  it('a no-worse target in a year with no previous actual', () => {
    const kpi: Kpi = { id: 'n', name: '手続数', unit: '手続', target: { kind: 'no-worse' } };
    expect(evaluateKpi(kpi, { fiscalYear: 2023, actual: 30 }).status).toBe('not-judgeable');
    expect(evaluateKpi(kpi, { fiscalYear: 2023, actual: null }).status).toBe('no-data');
  });
});
