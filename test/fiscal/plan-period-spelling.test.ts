import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFiscalYear, planPeriod } from '../../src/index.js';
import { errorCode } from '../helpers.js';

describe('planPeriod keeps the plan’s own era spelling when asked', () => {
  it('labels 平成28年度～平成32年度 as written, with the Gregorian years beside', () => {
    const period = planPeriod('平成28年度', '平成32年度', { allowOverflow: true, keepSpelling: true });
    expect(period.label).toBe('平成28年度～平成32年度');
    expect(period.endLabel).toBe('平成32年度');
    expect(period.labelWithGregorian).toBe('平成28年度（2016年度）～平成32年度（2020年度）');
    expect([period.start, period.end]).toEqual([2016, 2020]);
  });

  it('names the years in the current era by default', () => {
    const period = planPeriod('平成28年度', '平成32年度', { allowOverflow: true });
    expect(period.label).toBe('平成28年度～令和2年度');
    expect(period.labelWithGregorian).toBe('平成28年度（2016年度）～令和2年度（2020年度）');
  });

  it('keeps 平成31年度 and reads short and kanji forms into the same spelling', () => {
    expect(planPeriod('平成30年度', '平成31年度', { keepSpelling: true }).label).toBe(
      '平成30年度～平成31年度',
    );
    expect(planPeriod(' H28 ', '平成三十二年度', { allowOverflow: true, keepSpelling: true }).label).toBe(
      '平成28年度～平成32年度',
    );
    expect(planPeriod(2016, 'FY2020', { keepSpelling: true }).label).toBe('平成28年度～令和2年度');
  });

  it('still refuses an overflowing year without allowOverflow, and a bad flag', () => {
    expect(errorCode(() => planPeriod('平成28年度', '平成32年度', { keepSpelling: true }))).toBe(
      'ERA_YEAR_OUT_OF_RANGE',
    );
    expect(errorCode(() => planPeriod('R3', 'R6', { keepSpelling: 'yes' as never }))).toBe('INVALID_OPTION');
  });

  it('gives a label that reads back to the same year, for any Heisei year written past the era', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), (n) => {
        const written = `平成${n}年度`;
        const period = planPeriod(written, written, { allowOverflow: true, keepSpelling: true });
        expect(period.endLabel).toBe(n === 1 ? '平成元年度' : written);
        expect(parseFiscalYear(period.endLabel, { allowOverflow: true })).toBe(period.end);
      }),
    );
  });
});
