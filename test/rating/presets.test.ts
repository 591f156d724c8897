/*
 * The shipped scales carry the bodies' published wording, and rebuild the published tables we
 * have the figures of:
 * - 木津川市, 第3次行財政改革行動計画 進捗状況 令和元年度末 and 令和2年度末
 *   (city.kizugawa.lg.jp/index.cfm/10,43021,57,217,html and …/10,48511,57,217,html);
 * - いの町, まち・ひと・しごと創生総合戦略 効果検証 平成29年度分 (counts only);
 * - 健康日本21 (第二次) 最終評価報告書, 図表Ⅰ-1 (厚生労働省, 2022).
 * 下野市, 相生市, 長与町 and 多摩市 publish tables whose counts we do not have: their tests use
 * the scheme's own figures only.
 */
import { describe, expect, it } from 'vitest';
import {
  aggregateRatings,
  defineRatingScale,
  MARK_LOOK_ALIKES,
  type Plan,
  RATING_SCALES,
  type RatingScale,
  readRating,
  roundFigure,
  toDecimal,
} from '../../src/index.js';
import { validatePlan } from '../../src/schema/index.js';
import { program } from '../fixtures/plans.js';
import { errorCode } from '../helpers.js';

/** A plan whose declared summary for 2023 is `rows` (direction name → counts). */
function declaredPlan(scale: RatingScale, rows: readonly [string, Record<string, number>][]): Plan {
  return {
    id: 'published',
    municipality: 'テスト',
    title: '公表された集計表',
    period: { start: 2023, end: 2023 },
    scale,
    directions: rows.map(([name], i) => ({ id: `d${i + 1}`, number: i + 1, name })),
    programs: [],
    summaries: [
      {
        fiscalYear: 2023,
        rows: rows.map(([, counts], i) => ({ direction: `d${i + 1}`, counts })),
      },
    ],
  };
}

describe('the shipped scales carry the published wording', () => {
  it('gives 木津川市 its four labels in full, with 対象外 and 未評価', () => {
    const scale = RATING_SCALES.kizugawa;
    expect(scale.levels.map((l) => `${l.code} ${l.label.ja}`)).toEqual([
      'S 特に良好に進捗',
      'A 良好に進捗',
      'B 概ね進捗',
      'C 進捗に課題あり',
    ]);
    expect([scale.notApplicable, scale.unrated]).toEqual([['対象外'], ['未評価']]);
  });

  it('gives 下野市, いの町, 健康日本21, 長与町 and 多摩市 their published labels', () => {
    const labels = (scale: RatingScale) => scale.levels.map((l) => l.label.ja);
    expect(labels(RATING_SCALES.shimotsuke)).toEqual([
      '計画以上',
      '計画どおり',
      'やや遅れている',
      'ほとんど進んでいない',
    ]);
    expect(labels(RATING_SCALES.ino)).toEqual([
      '目標値以上',
      '目標値と同等',
      '目標値未達成',
      '進捗なしor事業終了',
    ]);
    expect(labels(RATING_SCALES.kenkoNippon21)).toEqual([
      '目標値に達した',
      '現時点で目標値に達していないが、改善傾向にある',
      '改善傾向にあるが、設定した目標年度までに目標到達が危ぶまれる',
      '変わらない',
      '悪化している',
      '評価困難',
    ]);
    expect(labels(RATING_SCALES.nagayo)).toEqual([
      '目標値を超えている',
      '基準値を超えている',
      '基準値と同水準である（△10%以内）',
      '基準値より下落している',
    ]);
    expect(RATING_SCALES.tama.levels.map((l) => l.code)).toEqual(['①', '②', '③']);
  });

  it('never uses a mark as its own label, so no header reads 「◎ ◎」', () => {
    for (const scale of Object.values(RATING_SCALES)) {
      for (const level of scale.levels)
        expect(level.label.ja, `${scale.id} ${level.code}`).not.toBe(level.code);
    }
  });

  it('accepts 対象外 and 未評価 in a plan file that names "kizugawa-sabc"', () => {
    const doc = {
      id: 'k',
      municipality: '木津川市',
      title: '行動計画',
      period: { start: 2019, end: 2019 },
      scale: 'kizugawa-sabc',
      directions: [{ id: 'd1', number: 1, name: '協働の市政の推進' }],
      programs: ['A', '対象外', '未評価'].map((rating, i) => ({
        ...program(`p${i}`, i + 1, 'd1', { 2019: rating }),
      })),
    };
    const result = validatePlan(doc);
    expect(result.issues).toEqual([]);
    const table = aggregateRatings(result.plan as Plan, 2019);
    expect([table.total.rated, table.total.notApplicable, table.total.unrated]).toEqual([1, 1, 1]);
  });
});

describe('marks typed in a look-alike spelling count as the scale’s', () => {
  it('reads ○ and ◯ as 相生市’s 〇, and 〇 and ◯ as いの町’s ○', () => {
    for (const typed of MARK_LOOK_ALIKES.circle) {
      expect(readRating(RATING_SCALES.aioi, typed)).toEqual({ kind: 'level', index: 1, code: '〇' });
      expect(readRating(RATING_SCALES.ino, typed)).toEqual({ kind: 'level', index: 1, code: '○' });
    }
    expect(readRating(RATING_SCALES.ino, '✕')).toMatchObject({ kind: 'level', code: '×' });
    expect(readRating(RATING_SCALES.ino, '⊚')).toMatchObject({ kind: 'level', code: '◎' });
  });

  it('keeps △ and ▲ apart: 相生市 scores them 0 and −1', () => {
    expect(readRating(RATING_SCALES.aioi, '∆')).toMatchObject({ code: '△' });
    expect(readRating(RATING_SCALES.aioi, '▴')).toMatchObject({ code: '▲' });
  });

  it('counts a look-alike in the tally and the score, not as unknown', () => {
    const plan: Plan = {
      ...declaredPlan(RATING_SCALES.aioi, [['施策1', {}]]),
      summaries: [],
      programs: [program('a', 1, 'd1', { 2023: '○' }), program('b', 2, 'd1', { 2023: '◎' })],
    };
    const row = aggregateRatings(plan, 2023).rows[0];
    expect([row?.counts.〇, row?.unknown, row?.score?.total.toString()]).toEqual([1, 0, '7']);
    expect(validatePlan(plan).issues).toEqual([]);
  });

  it('refuses a scale that spells one mark twice', () => {
    const level = (code: string) => ({
      code,
      label: { ja: `${code}の意味`, en: code },
      progress: 'on-track' as const,
    });
    expect(
      errorCode(() =>
        defineRatingScale({ id: 'x', name: { ja: 'x', en: 'x' }, levels: [level('○'), level('〇')] }),
      ),
    ).toBe('INVALID_SCALE');
  });
});

describe('the published tables, rebuilt', () => {
  it('rebuilds 木津川市 令和元年度末: 0 / 46 / 48 / 5 of 99, shares 0.0 / 46.5 / 48.5 / 5.1, 対象外 13', () => {
    const plan = declaredPlan(RATING_SCALES.kizugawa, [
      ['協働の市政の推進', { S: 0, A: 4, B: 2, C: 0, 対象外: 4 }],
      ['行財政運営体制の確立', { S: 0, A: 8, B: 8, C: 0, 対象外: 2 }],
      ['事務事業の見直し', { S: 0, A: 19, B: 21, C: 0, 対象外: 4 }],
      ['公共施設の総合管理', { S: 0, A: 3, B: 3, C: 1, 対象外: 1 }],
      ['行財政システムの確立', { S: 0, A: 12, B: 14, C: 4, 対象外: 2 }],
    ]);
    const table = aggregateRatings(plan, 2023, { source: 'declared' });
    expect(table.total.counts).toEqual({ S: 0, A: 46, B: 48, C: 5 });
    expect([table.total.rated, table.total.notApplicable, table.total.programs]).toEqual([99, 13, 112]);
    expect(table.total.shareTexts).toEqual({ S: '0.0', A: '46.5', B: '48.5', C: '5.1' });
    expect(table.shareNote?.ja).toBe(
      '割合については、小数点以下第2位を四捨五入しているため、合計しても100と一致しません。',
    );
    expect(table.rows.map((r) => [r.rated, r.notApplicable])).toEqual([
      [6, 4],
      [16, 2],
      [40, 4],
      [7, 1],
      [30, 2],
    ]);
  });

  it('rebuilds 木津川市 令和2年度末: 4 / 21 / 51 / 10 of 86, shares 4.7 / 24.4 / 59.3 / 11.6, 対象外 30', () => {
    const plan = declaredPlan(RATING_SCALES.kizugawa, [
      ['協働の市政の推進', { S: 0, A: 3, B: 1, C: 2, 対象外: 4 }],
      ['行財政運営体制の確立', { S: 1, A: 3, B: 10, C: 1, 対象外: 6 }],
      ['事務事業の見直し', { S: 1, A: 7, B: 22, C: 0, 対象外: 14 }],
      ['公共施設の総合管理', { S: 1, A: 1, B: 5, C: 0, 対象外: 1 }],
      ['行財政システムの確立', { S: 1, A: 7, B: 13, C: 7, 対象外: 5 }],
    ]);
    const total = aggregateRatings(plan, 2023, { source: 'declared' }).total;
    expect([total.rated, total.notApplicable, total.programs]).toEqual([86, 30, 116]);
    expect(total.shareTexts).toEqual({ S: '4.7', A: '24.4', B: '59.3', C: '11.6' });
  });

  it('rebuilds いの町 平成29年度: 30 ◎, 13 ○, 32 △ of 75 KPIs, one 評価なし', () => {
    const plan = declaredPlan(RATING_SCALES.ino, [
      ['総合戦略', { '◎': 30, '○': 13, '△': 32, '×': 0, 評価なし: 1 }],
    ]);
    const total = aggregateRatings(plan, 2023, { source: 'declared' }).total;
    expect([total.rated, total.notApplicable, total.programs]).toEqual([75, 1, 76]);
  });

  it('rebuilds 健康日本21 (第二次) 最終評価: A 8 (15.1 %), B 20 (37.7 %) of which B* 12 (22.6 %), C 14, D 4, E 7 of 53', () => {
    const plan = declaredPlan(RATING_SCALES.kenkoNippon21, [
      ['全体', { A: 8, B: 8, 'B*': 12, C: 14, D: 4, E: 7 }],
    ]);
    const table = aggregateRatings(plan, 2023, { source: 'declared' });
    expect(table.total.rated).toBe(53);
    expect(table.total.shareTexts).toEqual({
      A: '15.1',
      B: '15.1',
      'B*': '22.6',
      C: '26.4',
      D: '7.5',
      E: '13.2',
    });
    // The report prints B with B* inside it: 20 of 53.
    expect(roundFigure(toDecimal(2000).div(53), 1).toString()).toBe('37.7');
  });
});
