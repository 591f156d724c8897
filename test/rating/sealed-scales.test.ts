/*
 * What munikpi keeps of a rating scale between calls: the check and the code maps of a scale
 * sealed by defineRatingScale, never those of a scale the caller froze only at the top.
 */
import { describe, expect, it } from 'vitest';
import { aggregateRatings, defineRatingScale, type RatingScale, suggestRating } from '../../src/index.js';
import { issueKpi } from '../fixtures/issue-kpi.js';
import { program, smallPlan } from '../fixtures/plans.js';
import { thrown } from '../helpers.js';

/** A scale the caller can still change below its top. */
function looseScale() {
  return {
    id: 'marks',
    name: { ja: '記号', en: 'Marks' },
    levels: [
      { code: '◎', label: { ja: '順調', en: 'Good' }, progress: 'ahead' },
      { code: '○', label: { ja: '概ね順調', en: 'Fair' }, progress: 'on-track' },
      { code: '△', label: { ja: '遅れ', en: 'Late' }, progress: 'behind' },
    ],
  } satisfies RatingScale;
}

function recode(scale: RatingScale, index: number, code: string): void {
  (scale.levels[index] as { code: string }).code = code;
}

/** A program with one KPI behind plan in FY2023 (10 of a line that expects 75). */
const behindProgram = program('p1', 1, 'd1', { 2023: '×' }, { kpis: [issueKpi()] });

describe('rating scales frozen only at the top', () => {
  it('a code changed below is suggested at once', () => {
    const scale = Object.freeze(looseScale());
    expect(suggestRating(behindProgram, 2023, { scale }).suggested).toBe('△');
    recode(scale, 2, '×');
    const s = suggestRating(behindProgram, 2023, { scale });
    expect([s.suggested, s.agrees]).toEqual(['×', true]);
  });

  it('a code changed below is counted at once by the aggregate', () => {
    const scale = Object.freeze(looseScale());
    const plan = smallPlan({ scale, summaries: [], programs: [behindProgram] });
    expect(aggregateRatings(plan, 2023).total.unknown).toBe(1);
    recode(scale, 2, '×');
    expect(aggregateRatings(plan, 2023).total.counts).toEqual({ '◎': 0, '○': 0, '×': 1 });
  });

  it('a scale broken below after a first check is refused, not trusted', () => {
    const scale = Object.freeze(looseScale());
    expect(suggestRating(behindProgram, 2023, { scale }).suggested).toBe('△');
    recode(scale, 1, '◎');
    expect(thrown(() => suggestRating(behindProgram, 2023, { scale })).code).toBe('INVALID_SCALE');
  });
});

describe('rating scales sealed by defineRatingScale', () => {
  it('are frozen below too, even when the caller froze only the top', () => {
    const scale = defineRatingScale(Object.freeze(looseScale()));
    expect(Object.isFrozen(scale.levels[2])).toBe(true);
    expect(suggestRating(behindProgram, 2023, { scale }).suggested).toBe('△');
  });
});
