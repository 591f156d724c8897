import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineKpi, definePlan, defineRatingScale, type Plan, RATING_SCALES } from '../../src/index.js';

// Type checks run under `tsc` (npm run typecheck); the tests below also run.

const base = {
  id: 'demo',
  municipality: '小平市',
  title: 'デモ',
  period: { start: 2021, end: 2024 },
  directions: [{ id: 'd1', number: 1, name: '方向性' }],
} as const;

describe('typed builders', () => {
  it('take rating codes from the scale, defaulting to S/A/B', () => {
    const plan = definePlan({
      ...base,
      programs: [
        {
          id: 'p1',
          number: 1,
          name: 'p',
          kind: 'implementation',
          direction: 'd1',
          reports: { 2023: { rating: 'A' } },
        },
      ],
    });
    expectTypeOf(plan).toEqualTypeOf<Plan<'S' | 'A' | 'B'>>();
    expect(plan.programs[0]?.reports?.['2023']?.rating).toBe('A');

    const marks = definePlan({
      ...base,
      scale: RATING_SCALES.ino,
      programs: [
        {
          id: 'p1',
          number: 1,
          name: 'p',
          kind: 'implementation',
          direction: 'd1',
          reports: { 2023: { rating: '◎' } },
        },
      ],
    });
    expectTypeOf(marks).toEqualTypeOf<Plan<'◎' | '○' | '△' | '×'>>();
  });

  it('flag a rating that is not on the scale, a wrong kind or target kind', () => {
    const check = () => {
      definePlan({
        ...base,
        programs: [
          {
            id: 'p1',
            number: 1,
            name: 'p',
            kind: 'implementation',
            direction: 'd1',
            // @ts-expect-error: 'C' is not on the default S/A/B scale
            reports: { 2023: { rating: 'C' } },
          },
        ],
      });
      definePlan({
        ...base,
        programs: [
          // @ts-expect-error: a program is 'implementation' or 'study'
          { id: 'p1', number: 1, name: 'p', kind: 'other', direction: 'd1' },
        ],
      });
      // @ts-expect-error: no such target kind
      defineKpi({ id: 'k', name: 'k', unit: '%', target: { kind: 'guess' } });
    };
    expect(typeof check).toBe('function');
  });

  it('keep a scale’s codes as literal types', () => {
    const scale = defineRatingScale({
      id: 'abc',
      name: { ja: 'ABC', en: 'ABC' },
      levels: [
        { code: 'A', label: { ja: 'A', en: 'A' }, progress: 'ahead' },
        { code: 'C', label: { ja: 'C', en: 'C' }, progress: 'behind' },
      ],
    });
    expectTypeOf(scale.levels[0]?.code).toEqualTypeOf<'A' | 'C' | undefined>();
  });

  it('accept any unit text while offering the common ones', () => {
    const kpi = defineKpi({ id: 'k', name: 'CO2', unit: 't-CO2', target: { kind: 'monitor' } });
    expect(kpi.unit).toBe('t-CO2');
  });
});
