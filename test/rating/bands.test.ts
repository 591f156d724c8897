import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateRatings,
  defineRatingScale,
  type Plan,
  RATING_SCALES,
  type RatingScale,
  scoreBandOf,
} from '../../src/index.js';
import { planJsonSchema, validatePlan } from '../../src/schema/index.js';
import { program } from '../fixtures/plans.js';
import { errorCode } from '../helpers.js';

const aioi = RATING_SCALES.aioi;
const kenko = RATING_SCALES.kenkoNippon21;

/** A plan on `scale` for 2023 whose 施策 (directions) hold programs rated `ratings[i]`. */
function planOf(scale: RatingScale, ratings: readonly (readonly string[])[]): Plan {
  return {
    id: scale.id,
    municipality: 'テスト',
    title: '施策評価',
    period: { start: 2023, end: 2023 },
    scale,
    directions: ratings.map((_, n) => ({ id: `s${n + 1}`, number: n + 1, name: `施策${n + 1}` })),
    programs: ratings.flatMap((codes, n) =>
      codes.map((code, i) => program(`p${n}-${i}`, n * 100 + i, `s${n + 1}`, { 2023: code })),
    ),
  };
}

/** 相生市's rule restated: 継続 ≥ 11, 改善 4–10, 再構築 0–3, 見直し・縮減 < 0. */
const aioiVerdict = (sum: number) =>
  sum >= 11 ? '継続' : sum >= 4 ? '改善' : sum >= 0 ? '再構築' : '見直し・縮減';

describe('score bands map a sum or a mean back to a verdict or a level', () => {
  it('maps 相生市 sums to their four verdicts, ends included as published', () => {
    const cases: [number, string][] = [
      [11, '継続'],
      [25, '継続'],
      [10, '改善'],
      [4, '改善'],
      [3, '再構築'],
      [0, '再構築'],
      [-1, '見直し・縮減'],
    ];
    for (const [sum, verdict] of cases) expect(scoreBandOf(aioi, sum)?.code, String(sum)).toBe(verdict);
    expect(scoreBandOf(aioi, 11)?.label).toEqual({ ja: '継続', en: 'Continue' });
  });

  it('puts every whole sum in the band the rule names, on the scale or on its bands alone', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100, max: 200 }), (sum) => {
        expect(scoreBandOf(aioi, sum)?.code).toBe(aioiVerdict(sum));
        expect(scoreBandOf(aioi.bands, sum)?.code).toBe(aioiVerdict(sum));
      }),
    );
  });

  it('refuses a scale without bands', () => {
    expect(errorCode(() => scoreBandOf(RATING_SCALES.kodaira, 3))).toBe('INVALID_SCALE');
  });

  it('rounds a 健康日本21 mean of 3.25 to 3.2 by 五捨六入, and maps it to C', () => {
    const band = scoreBandOf(kenko, '3.25');
    expect([band?.value.toString(), band?.code]).toEqual(['3.2', 'C']);
  });

  it('maps 健康日本21 means to the nearest letter, a mean of x.5 going down', () => {
    const cases: [string, string][] = [
      ['3.5', 'C'],
      ['3.55', 'C'], // 3.5 after 五捨六入
      ['3.56', 'B'], // 3.6
      ['3.6', 'B'],
      ['4.5', 'B'],
      ['4.6', 'A'],
      ['2.5', 'D'],
      ['2.6', 'C'],
    ];
    for (const [mean, letter] of cases) expect(scoreBandOf(kenko, mean)?.code, mean).toBe(letter);
  });

  it('scores the report’s example row (D, B*, D) as (2 + 4 + 2) / 3 = 2.7 → C', () => {
    const plan = planOf(RATING_SCALES.kenkoNippon21, [['D', 'B*', 'D', 'E']]);
    const score = aggregateRatings(plan, 2023).rows[0]?.score;
    // E (評価困難) carries no score and stays out of the mean.
    expect([score?.total.toString(), score?.scored, score?.mean?.toString(), score?.band?.code]).toEqual([
      '8',
      3,
      '2.7',
      'C',
    ]);
  });

  it('sums 相生市 marks per 施策 and bands each row and the total', () => {
    const plan = planOf(RATING_SCALES.aioi, [
      ['◎', '◎', '〇'], // 12
      ['〇', '〇', '△'], // 4
      ['▲', '△'], // −1
    ]);
    const table = aggregateRatings(plan, 2023);
    expect(table.rows.map((r) => [r.score?.total.toString(), r.score?.band?.code])).toEqual([
      ['12', '継続'],
      ['4', '改善'],
      ['-1', '見直し・縮減'],
    ]);
    expect(table.total.score?.band?.code).toBe('継続');
  });

  it('gives no band to a row with nothing scored', () => {
    const plan = planOf(RATING_SCALES.aioi, [['－']]);
    expect(aggregateRatings(plan, 2023).rows[0]?.score?.band).toBeNull();
  });
});

describe('bands are data, checked like the rest of the scale', () => {
  const level = (code: string, score: number) => ({
    code,
    label: { ja: `${code}の意味`, en: code },
    progress: 'on-track' as const,
    score,
  });
  const scale = (extra: Record<string, unknown>) => ({
    id: 'banded',
    name: { ja: '帯', en: 'Banded' },
    levels: [level('A', 2), level('B', 1)],
    ...extra,
  });
  const band = (code: string, min?: number, max?: number) => ({
    code,
    ...(min === undefined ? {} : { min: { value: min, inclusive: true } }),
    ...(max === undefined ? {} : { max: { value: max, inclusive: false } }),
  });

  it('accepts bands that name levels, and bands with their own wording', () => {
    const good = scale({ bands: { of: 'mean', bands: [band('A', 1.5), band('B', undefined, 1.5)] } });
    expect(defineRatingScale(good as never).bands?.bands).toHaveLength(2);
  });

  it.each([
    ['a misspelt bands field', { band: { of: 'sum', bands: [band('A', 0)] } }],
    ['an unknown field in the bands', { bands: { of: 'sum', bands: [band('A', 0)], scale: 1 } }],
    ['bands of a median', { bands: { of: 'median', bands: [band('A', 0)] } }],
    ['overlapping bands', { bands: { of: 'sum', bands: [band('A', 0), band('B', 5)] } }],
    ['a verdict without words', { bands: { of: 'sum', bands: [band('継続', 11)] } }],
    [
      'an end that does not say if it is inclusive',
      { bands: { of: 'sum', bands: [{ code: 'A', min: { value: 1 } }] } },
    ],
    ['an empty band', { bands: { of: 'sum', bands: [band('A', 3, 3)] } }],
    ['an unknown rounding', { bands: { of: 'mean', rounding: 'nearest', bands: [band('A', 0)] } }],
  ])('refuses %s', (_, extra) => {
    expect(errorCode(() => defineRatingScale(scale(extra) as never))).toBe('INVALID_SCALE');
  });

  it('refuses an unknown field of a level', () => {
    const odd = scale({});
    (odd.levels[0] as Record<string, unknown>).points = 5;
    expect(errorCode(() => defineRatingScale(odd as never))).toBe('INVALID_SCALE');
  });

  it('lives in the plan file: validatePlan reads bands, and refuses a misspelt field', () => {
    const doc = (scaleDoc: unknown) => ({
      id: 'x',
      municipality: '相生市',
      title: '施策評価',
      period: { start: 2023, end: 2023 },
      scale: scaleDoc,
      directions: [{ id: 's1', number: 1, name: '施策1' }],
      programs: [],
    });
    const inline = JSON.parse(JSON.stringify(RATING_SCALES.aioi));
    const read = validatePlan(doc(inline));
    expect(read.issues).toEqual([]);
    expect(read.plan?.scale?.bands?.bands.map((b) => b.code)).toEqual([
      '継続',
      '改善',
      '再構築',
      '見直し・縮減',
    ]);
    const { bands, ...rest } = inline;
    expect(validatePlan(doc({ ...rest, bandz: bands })).ok).toBe(false);
    expect(JSON.stringify(planJsonSchema())).toContain('"inclusive"');
  });
});
