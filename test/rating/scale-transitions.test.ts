import { describe, expect, it } from 'vitest';
import { defineRatingScale, RATING_SCALES, ratingTransitions, SAB_SCALE } from '../../src/index.js';
import { program, smallPlan } from '../fixtures/plans.js';
import { errorCode } from '../helpers.js';

describe('rating scales', () => {
  it('carries the Kodaira S/A/B labels in Japanese and English', () => {
    expect(SAB_SCALE.levels.map((l) => [l.code, l.label.ja, l.label.en, l.progress])).toEqual([
      ['S', '予定以上に進捗', 'Ahead of plan', 'ahead'],
      ['A', '予定どおりに進捗', 'On plan', 'on-track'],
      ['B', '予定よりも遅れている', 'Behind plan', 'behind'],
    ]);
  });

  it('ships the scales of other bodies, frozen', () => {
    expect(RATING_SCALES.shimotsuke.levels.map((l) => l.code)).toEqual(['S', 'A', 'B', 'C']);
    expect(RATING_SCALES.ino.levels.map((l) => l.code)).toEqual(['◎', '○', '△', '×']);
    expect(RATING_SCALES.aioi.levels.map((l) => l.score)).toEqual([5, 2, 0, -1]);
    expect(Object.isFrozen(RATING_SCALES.kizugawa.levels[0])).toBe(true);
  });

  it('checks a custom scale', () => {
    const five = defineRatingScale({
      id: 'five',
      name: { ja: '5段階', en: 'Five levels' },
      levels: ['5', '4', '3', '2', '1'].map((code, i) => ({
        code,
        label: { ja: code, en: code },
        progress: i === 0 ? 'ahead' : i < 3 ? 'on-track' : 'behind',
      })),
    });
    expect(five.levels).toHaveLength(5);
    const bad = [
      { id: '', name: { ja: '', en: '' }, levels: [] },
      { id: 'x', name: { ja: '', en: '' }, levels: [] },
      {
        id: 'x',
        name: { ja: '', en: '' },
        levels: [
          { code: 'A', label: { ja: '', en: '' }, progress: 'on-track' },
          { code: 'A', label: { ja: '', en: '' }, progress: 'on-track' },
        ],
      },
      {
        id: 'x',
        name: { ja: '', en: '' },
        levels: [{ code: ' ', label: { ja: '', en: '' }, progress: 'on-track' }],
      },
      {
        id: 'x',
        name: { ja: '', en: '' },
        levels: [{ code: 'A', label: { ja: '', en: '' }, progress: 'fast' }],
      },
      { id: 'x', name: { ja: '', en: '' }, levels: [{ code: 'A', label: { ja: '' }, progress: 'ahead' }] },
      {
        id: 'x',
        name: { ja: '', en: '' },
        levels: [{ code: 'A', label: { ja: '', en: '' }, progress: 'ahead', score: Number.NaN }],
      },
      {
        id: 'x',
        name: { ja: '', en: '' },
        levels: [{ code: 'A', label: { ja: '', en: '' }, progress: 'ahead', color: 'red' }],
      },
      {
        id: 'x',
        name: { ja: '', en: '' },
        levels: [{ code: 'A', label: { ja: '', en: '' }, progress: 'ahead' }],
        notApplicable: ['A'],
      },
      null,
    ];
    for (const scale of bad) expect(errorCode(() => defineRatingScale(scale as never))).toBe('INVALID_SCALE');
  });
});

describe('ratingTransitions', () => {
  it('builds the matrix and lists who improved, fell back or stayed', () => {
    const t = ratingTransitions(smallPlan(), 2022, 2023);
    expect(t.matrix.A).toEqual({ S: 1, A: 0, B: 1 });
    expect(t.matrix.B).toEqual({ S: 0, A: 1, B: 0 });
    expect(t.improved.map((p) => p.programId)).toEqual(['p1', 'p3']);
    expect(t.declined.map((p) => [p.programId, p.from, p.to])).toEqual([['p2', 'A', 'B']]);
    expect(t.unchanged).toEqual([]);
  });

  it('sets aside programs without a rating in either year', () => {
    const plan = smallPlan({
      programs: [program('p1', 1, 'd1', { 2023: 'A' }), program('p2', 2, 'd1', { 2022: 'A', 2023: 'A' })],
    });
    const t = ratingTransitions(plan, 2022, 2023);
    expect(t.incomplete.map((p) => [p.programId, p.from, p.to])).toEqual([['p1', null, 'A']]);
    expect(t.unchanged.map((p) => p.programId)).toEqual(['p2']);
  });
});
