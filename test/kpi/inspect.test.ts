/*
 * What an analyst sees when a KPI is printed in the Node REPL: one line naming its target of
 * every kind, its baseline and how many years are observed.
 */
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { defineKpi } from '../../src/index.js';

describe('a KPI in the REPL', () => {
  it.each([
    [
      { kind: 'level', value: 90, by: 2024 },
      { value: 62.3, asOf: '2021-04-01' },
      'KPI 電子決裁率 (%): level 90 by FY2024, from 62.3 on 2021-04-01',
    ],
    [
      { kind: 'level', value: 50 },
      { value: 0, fiscalYear: 2020 },
      'KPI 電子決裁率 (%): level 50, from 0 in FY2020',
    ],
    [
      { kind: 'change', amount: 1, by: 2024 },
      { value: 48 },
      'KPI 電子決裁率 (%): change by 1 by FY2024, from 48',
    ],
    [{ kind: 'change', amount: 1 }, { value: 100 }, 'KPI 電子決裁率 (%): change by 1, from 100'],
    [{ kind: 'rate', percent: 20, by: 2024 }, undefined, 'KPI 電子決裁率 (%): rate 20% by FY2024'],
    [{ kind: 'rate', percent: 20 }, { value: 100 }, 'KPI 電子決裁率 (%): rate 20%, from 100'],
    [{ kind: 'annual', value: 20_000_000 }, undefined, 'KPI 電子決裁率 (%): annual 20000000 a year'],
    [{ kind: 'count', value: 1 }, undefined, 'KPI 電子決裁率 (%): count 1 a year'],
    [{ kind: 'no-worse' }, undefined, 'KPI 電子決裁率 (%): no-worse'],
    [{ kind: 'milestone', due: '2024-01' }, undefined, 'KPI 電子決裁率 (%): milestone due 2024-01'],
    [{ kind: 'monitor' }, undefined, 'KPI 電子決裁率 (%): monitor'],
  ] as const)('%o', (target, baseline, line) => {
    const kpi = defineKpi({
      id: 'k',
      name: '電子決裁率',
      unit: '%',
      target,
      ...(baseline === undefined ? {} : { baseline, period: { start: 2021, end: 2024 } }),
    });
    expect(inspect(kpi)).toBe(line);
  });

  it('says when lower is better and how many years are observed', () => {
    const kpi = defineKpi({
      id: 'cost',
      name: '経常経費',
      unit: '円',
      direction: 'lower',
      target: { kind: 'annual', value: 100 },
      observations: [
        { fiscalYear: 2022, value: 90 },
        { fiscalYear: 2023, value: 95 },
      ],
    });
    expect(inspect(kpi)).toBe('KPI 経常経費 (円): annual 100 a year, lower is better; 2 observed');
  });
});
