/*
 * What defineRatingScale refuses, one fault at a time in an otherwise good scale (as a scale
 * read from a spreadsheet or JSON may have it), and the chart colours of levels without one.
 */
import { describe, expect, it } from 'vitest';
import {
  aggregateRatings,
  defineRatingScale,
  RATING_SCALES,
  type RatingScale,
  ratingTransitions,
  SAB_SCALE,
} from '../../src/index.js';
import { levelColor, levelOf } from '../../src/rating/scale.js';
import { program, smallPlan } from '../fixtures/plans.js';
import { errorCode, thrown } from '../helpers.js';

const level = (code: string) => ({ code, label: { ja: code, en: code }, progress: 'on-track' as const });
const good = () => ({ id: 'marks', name: { ja: '記号', en: 'Marks' }, levels: [level('◎'), level('○')] });

describe('defineRatingScale refuses one fault in a good scale', () => {
  it('accepts the good scale', () => {
    expect(defineRatingScale(good()).levels.map((l) => l.code)).toEqual(['◎', '○']);
  });

  const faults: [string, (s: Record<string, unknown>) => void][] = [
    ['an empty id', (s) => Object.assign(s, { id: '' })],
    ['no id', (s) => Object.assign(s, { id: undefined })],
    ['no name', (s) => Object.assign(s, { name: undefined })],
    ['a null name', (s) => Object.assign(s, { name: null })],
    ['a name in text', (s) => Object.assign(s, { name: '記号' })],
    ['a name without ja', (s) => Object.assign(s, { name: { en: 'Marks' } })],
    ['a name without en', (s) => Object.assign(s, { name: { ja: '記号' } })],
    ['a null level', (s) => Object.assign(s, { levels: [level('◎'), null] })],
    ['a numeric code', (s) => Object.assign(s, { levels: [level('◎'), { ...level('○'), code: 5 }] })],
    ['a blank code', (s) => Object.assign(s, { levels: [level('◎'), level('　')] })],
    ['a label without ja', (s) => Object.assign(s, { levels: [{ ...level('◎'), label: { en: 'x' } }] })],
    ['a null label', (s) => Object.assign(s, { levels: [{ ...level('◎'), label: null }] })],
    ['a score in text', (s) => Object.assign(s, { levels: [{ ...level('◎'), score: '5' }] })],
    ['a fractional score', (s) => Object.assign(s, { levels: [{ ...level('◎'), score: 0.5 }] })],
    ['a colour by name', (s) => Object.assign(s, { levels: [{ ...level('◎'), color: 'blue' }] })],
    ['a short colour', (s) => Object.assign(s, { levels: [{ ...level('◎'), color: '#00f' }] })],
    ['notApplicable not a list', (s) => Object.assign(s, { notApplicable: '－' })],
    ['a numeric notApplicable code', (s) => Object.assign(s, { notApplicable: [0] })],
    ['a blank notApplicable code', (s) => Object.assign(s, { notApplicable: [' '] })],
    ['a notApplicable code that is a level', (s) => Object.assign(s, { notApplicable: ['◎'] })],
    ['a notApplicable code __proto__', (s) => Object.assign(s, { notApplicable: ['__proto__'] })],
  ];

  it.each(faults)('refuses %s', (_, spoil) => {
    const scale = good() as Record<string, unknown>;
    spoil(scale);
    const error = thrown(() => defineRatingScale(scale as never));
    expect(error.code).toBe('INVALID_SCALE');
    expect(error.input).toBe(scale);
  });

  it('says which part of the scale is wrong', () => {
    const message = (spoil: (s: Record<string, unknown>) => void) => {
      const scale = good() as Record<string, unknown>;
      spoil(scale);
      return thrown(() => defineRatingScale(scale as never)).message;
    };
    expect(message((s) => Object.assign(s, { levels: ['◎'] }))).toContain('every level must be an object');
    expect(message((s) => Object.assign(s, { levels: [level(' ')] }))).toContain('every level needs a code');
    expect(message((s) => Object.assign(s, { id: '' }))).toContain('id must be non-empty text');
    expect(message((s) => Object.assign(s, { name: { ja: '記号' } }))).toContain('name needs ja and en');
  });

  it('refuses a code that would reach an object prototype, naming the scale', () => {
    const scale = { ...good(), levels: [level('◎'), level('constructor')] };
    const error = thrown(() => defineRatingScale(scale));
    expect(error.code).toBe('FORBIDDEN_KEY');
    expect(error.input).toBe(scale);
    expect(error.message).toContain('"marks"');
  });

  it('refuses what is not a scale object', () => {
    for (const scale of [null, undefined, 'S/A/B', 5, [good()]]) {
      const error = thrown(() => defineRatingScale(scale as never));
      expect(error.code).toBe('INVALID_SCALE');
      expect(error.input).toBe(scale);
    }
  });

  it('checks a plan’s unfrozen scale again after it was changed', () => {
    const scale = {
      id: 'live',
      name: { ja: '編集中', en: 'Being edited' },
      levels: [{ code: 'S', label: { ja: 'S', en: 'S' }, progress: 'ahead' }],
    } as { id: string; name: { ja: string; en: string }; levels: RatingScale['levels'][number][] };
    const plan = smallPlan({ scale, programs: [] });
    expect(aggregateRatings(plan, 2023).codes).toEqual(['S']);
    scale.levels.push(scale.levels[0] as RatingScale['levels'][number]);
    expect(errorCode(() => aggregateRatings(plan, 2023))).toBe('INVALID_SCALE');
  });
});

describe('level colours for charts', () => {
  it('uses a level’s own colour', () => {
    expect(SAB_SCALE.levels.map((_, i) => levelColor(SAB_SCALE, i))).toEqual([
      '#0072B2',
      '#009E73',
      '#D55E00',
    ]);
    expect(levelColor(RATING_SCALES.shimotsuke, 2)).toBe('#E69F00');
  });

  it('gives a level without one the Okabe–Ito colour of its place, round again after seven', () => {
    const plain = defineRatingScale({
      id: 'ten',
      name: { ja: '10段階', en: 'Ten levels' },
      levels: Array.from({ length: 10 }, (_, i) => level(String(10 - i))),
    });
    expect(plain.levels.map((_, i) => levelColor(plain, i))).toEqual([
      '#0072B2',
      '#009E73',
      '#E69F00',
      '#D55E00',
      '#CC79A7',
      '#56B4E9',
      '#F0E442',
      '#0072B2',
      '#009E73',
      '#E69F00',
    ]);
  });
});

describe('an unfrozen scale edited between calls', () => {
  it('is read afresh for its levels', () => {
    const scale = {
      id: 'live',
      name: { ja: '編集中', en: 'Being edited' },
      levels: [{ code: 'S', label: { ja: 'S', en: 'S' }, progress: 'ahead' as const }],
    };
    expect(levelOf(scale, 'A')).toBeUndefined();
    scale.levels.push({ code: 'A', label: { ja: 'A', en: 'A' }, progress: 'ahead' });
    expect(levelOf(scale, 'A')?.code).toBe('A');
  });
});

describe('ratingTransitions on programs without reports', () => {
  it('sets a program with no reports at all aside as incomplete', () => {
    const bare = { ...program('p9', 9, 'd1', {}) };
    delete (bare as { reports?: unknown }).reports;
    const plan = smallPlan({ programs: [program('p1', 1, 'd1', { 2022: 'A', 2023: 'S' }), bare] });
    const t = ratingTransitions(plan, 2022, 2023);
    expect(t.improved.map((p) => p.programId)).toEqual(['p1']);
    expect(t.incomplete.map((p) => [p.programId, p.from, p.to])).toEqual([['p9', null, null]]);
  });
});
