import { errorOf } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import {
  cannotBeCode,
  codesNotList,
  codesNotText,
  codeTwice,
  levelAndNotApplicable,
  levelColour,
  levelLabel,
  levelNoCode,
  levelNotObject,
  levelProgress,
  levelScore,
  notARatingText,
  notAScale,
  scaleIdEmpty,
  scaleNameLabels,
  scaleNoLevels,
} from '../core/messages/errors-en.js';
import type { ScoreBands } from './bands.js';
import { checkScaleFields } from './check-fields.js';
import { scaleFail } from './fields.js';
import { isLabels, type Labels } from './labels.js';
import { markKey } from './marks.js';
import type { ShareConvention } from './shares.js';

export type { Labels } from './labels.js';

/** How a rating level stands against the year's plan: ahead of it, on it, or behind it. */
export type RatingProgress = 'ahead' | 'on-track' | 'behind';

/** One level of a rating scale, such as S 予定以上に進捗. */
export interface RatingLevel<Code extends string = string> {
  /** The code written in the 評価 column: `S`, `A`, `◎`, … */
  readonly code: Code;
  /** What the level means. */
  readonly label: Labels;
  /** How the level stands against the plan, for suggestions and audits. */
  readonly progress: RatingProgress;
  /** A whole-number score, for scales that sum or average them (相生市: ◎5 〇2 △0 ▲−1). */
  readonly score?: number;
  /** A colour for charts, `#rrggbb`. */
  readonly color?: string;
}

/** A rating scale: its levels from best to worst, and codes meaning "not applicable". */
export interface RatingScale<Code extends string = string> {
  /** An id, e.g. `kodaira-sab`. */
  readonly id: string;
  /** The scale's name. */
  readonly name: Labels;
  /** The levels, best first. */
  readonly levels: readonly RatingLevel<Code>[];
  /** Codes that mean 対象外 (not applicable): counted apart, never in a share's denominator. */
  readonly notApplicable?: readonly string[];
  /** Codes that mean 未評価 (not rated yet): counted with the unrated, never in a share's denominator. */
  readonly unrated?: readonly string[];
  /** Bands from the score sum or mean of a tally back to a level or a verdict (相生市, 健康日本21). */
  readonly bands?: ScoreBands;
  /** How the body publishes the shares of its summary table; default {@link DEFAULT_SHARE_CONVENTION}. */
  readonly shares?: ShareConvention;
}

const COLOR = /^#[0-9a-fA-F]{6}$/;

/**
 * Checks a rating scale and returns it frozen, with its codes kept as literal types.
 *
 * @param scale - the scale: an id, a name and at least one level, best first
 * @returns the same scale, deeply frozen
 * @throws {MunikpiError} `INVALID_SCALE` for no levels, duplicate or empty codes (two spellings
 *   of one mark, ○ and 〇, count as duplicates), a bad progress, score or colour, bad bands or
 *   shares, or a field munikpi does not know (a misspelt `bands` is an error, not ignored)
 *
 * @example
 * import { defineRatingScale } from 'munikpi';
 * const marks = defineRatingScale({
 *   id: 'marks',
 *   name: { ja: '記号', en: 'Marks' },
 *   levels: [
 *     { code: '◎', label: { ja: '順調', en: 'Good' }, progress: 'ahead' },
 *     { code: '○', label: { ja: '概ね順調', en: 'Fair' }, progress: 'on-track' },
 *     { code: '△', label: { ja: '遅れ', en: 'Late' }, progress: 'behind' },
 *   ],
 * });
 * marks.levels.map((level) => level.code); // ['◎', '○', '△']
 */
export function defineRatingScale<const Code extends string>(scale: RatingScale<Code>): RatingScale<Code> {
  checkScale(scale);
  deepFreeze(scale);
  sealedScales.add(scale);
  return scale;
}

const FORBIDDEN_CODES = new Set(['__proto__', 'constructor', 'prototype']);
/** Scales checked and deeply frozen by defineRatingScale: the only ones whose checks and maps are kept. */
const sealedScales = new WeakSet<object>();

/**
 * Whether a scale was checked and deeply frozen by defineRatingScale, so that what is derived
 * from it can be kept: a scale frozen only at the top may still change below.
 * @internal
 */
export function isSealedScale(scale: object): boolean {
  return sealedScales.has(scale);
}

/**
 * Checks a rating scale (every time, unless defineRatingScale sealed it) and throws
 * INVALID_SCALE, or FORBIDDEN_KEY for a code that would reach an object's prototype when used as a key.
 * @internal
 */
export function checkScale(scale: unknown): asserts scale is RatingScale {
  if (typeof scale === 'object' && scale !== null && sealedScales.has(scale)) return;
  const s = scale as Partial<RatingScale> | null;
  const fail = scaleFail(s?.id, undefined, scale);
  if (typeof s !== 'object' || s === null || Array.isArray(s)) {
    throw errorOf('INVALID_SCALE', { notAScale }, { input: scale });
  }
  const checked = s as Partial<RatingScale>;
  if (typeof checked.id !== 'string' || checked.id === '') fail({ scaleIdEmpty }, {});
  if (!isLabels(checked.name)) fail({ scaleNameLabels }, {});
  if (!Array.isArray(checked.levels) || checked.levels.length === 0) fail({ scaleNoLevels }, {});
  const seen = new Set<string>();
  for (const level of checked.levels as readonly RatingLevel[]) {
    if (typeof level !== 'object' || level === null) fail({ levelNotObject }, {});
    if (typeof level.code !== 'string' || level.code.trim() === '') fail({ levelNoCode }, {});
    if (FORBIDDEN_CODES.has(level.code)) {
      throw errorOf(
        'FORBIDDEN_KEY',
        { cannotBeCode },
        { scale: checked.id, code: level.code },
        { input: scale },
      );
    }
    if (seen.has(level.code)) fail({ codeTwice }, { code: level.code });
    seen.add(level.code);
    if (!['ahead', 'on-track', 'behind'].includes(level.progress)) {
      fail({ levelProgress }, { code: level.code });
    }
    if (!isLabels(level.label)) fail({ levelLabel }, { code: level.code });
    if (
      level.score !== undefined &&
      (typeof level.score !== 'number' || !Number.isSafeInteger(level.score))
    ) {
      fail({ levelScore }, { code: level.code });
    }
    if (level.color !== undefined && (typeof level.color !== 'string' || !COLOR.test(level.color))) {
      fail({ levelColour }, { code: level.code });
    }
  }
  if (checked.notApplicable !== undefined) {
    if (!Array.isArray(checked.notApplicable)) fail({ codesNotList }, { field: 'notApplicable' });
    for (const code of checked.notApplicable as readonly unknown[]) {
      if (typeof code !== 'string' || code.trim() === '') fail({ codesNotText }, { field: 'notApplicable' });
      if (FORBIDDEN_CODES.has(code as string)) fail({ cannotBeCode }, { code });
      if (seen.has(code as string)) fail({ levelAndNotApplicable }, { code });
    }
  }
  checkScaleFields(checked as RatingScale);
}

// Colours: the Okabe–Ito palette, safe for colour-blind readers.
const BLUE = '#0072B2';
const GREEN = '#009E73';
const ORANGE = '#E69F00';
const VERMILION = '#D55E00';
const GREY = '#999999';

/**
 * Kodaira City's scale: S 予定以上に進捗, A 予定どおりに進捗, B 予定よりも遅れている.
 *
 * @example
 * import { SAB_SCALE } from 'munikpi';
 * SAB_SCALE.levels.map((l) => `${l.code} ${l.label.ja}`);
 * // ['S 予定以上に進捗', 'A 予定どおりに進捗', 'B 予定よりも遅れている']
 */
export const SAB_SCALE = defineRatingScale({
  id: 'kodaira-sab',
  name: { ja: '小平市 進捗評価 (S/A/B)', en: 'Kodaira progress rating (S/A/B)' },
  levels: [
    { code: 'S', label: { ja: '予定以上に進捗', en: 'Ahead of plan' }, progress: 'ahead', color: BLUE },
    { code: 'A', label: { ja: '予定どおりに進捗', en: 'On plan' }, progress: 'on-track', color: GREEN },
    {
      code: 'B',
      label: { ja: '予定よりも遅れている', en: 'Behind plan' },
      progress: 'behind',
      color: VERMILION,
    },
  ],
});

/** The rating scales munikpi ships, by body. */
export interface RatingScales {
  /** 小平市: S 予定以上に進捗 / A 予定どおりに進捗 / B 予定よりも遅れている. */
  readonly kodaira: RatingScale<'S' | 'A' | 'B'>;
  /** 下野市: S 計画以上 / A 計画どおり / B やや遅れている / C ほとんど進んでいない. */
  readonly shimotsuke: RatingScale<'S' | 'A' | 'B' | 'C'>;
  /** 木津川市: S 特に良好に進捗 / A 良好に進捗 / B 概ね進捗 / C 進捗に課題あり; 対象外, 未評価. */
  readonly kizugawa: RatingScale<'S' | 'A' | 'B' | 'C'>;
  /** いの町: ◎ 目標値以上 / ○ 目標値と同等 / △ 目標値未達成 / × 進捗なしor事業終了; 評価なし. */
  readonly ino: RatingScale<'◎' | '○' | '△' | '×'>;
  /** 相生市: ◎ 5, 〇 2, △ 0, ▲ −1 points, summed per 施策 and banded 継続 / 改善 / 再構築 / 見直し・縮減. */
  readonly aioi: RatingScale<'◎' | '〇' | '△' | '▲'> & {
    /** The sum of a 施策's scores mapped to 継続 / 改善 / 再構築 / 見直し・縮減. */
    readonly bands: ScoreBands;
  };
  /** 健康日本21 (第二次): A–E with B*, scored A=5 … D=2, the mean banded back to a letter. */
  readonly kenkoNippon21: RatingScale<'A' | 'B' | 'B*' | 'C' | 'D' | 'E'> & {
    /** The mean of an item's scores mapped back to a letter (五捨六入). */
    readonly bands: ScoreBands;
  };
  /** 長与町: S / A / B / C, − when it cannot be judged. */
  readonly nagayo: RatingScale<'S' | 'A' | 'B' | 'C'>;
  /** 多摩市: ① 着実に進んでいる / ② 概ね進んでいる / ③ 改善や工夫が必要. */
  readonly tama: RatingScale<'①' | '②' | '③'>;
}

/**
 * 下野市's four levels, as 第三次下野市行政改革大綱・実施計画 (平成27年度～令和元年度) words them:
 * 「S:計画以上」「A:計画どおり」「B:やや遅れている」「C:ほとんど進んでいない」
 * (city.shimotsuke.lg.jp/0712/info-0000006600-3.html). The page names no 対象外 or 未評価 code
 * and prints no shares, so the scale declares none.
 */
const SHIMOTSUKE = defineRatingScale({
  id: 'shimotsuke-sabc',
  name: { ja: '下野市 (S/A/B/C)', en: 'Shimotsuke (S/A/B/C)' },
  levels: [
    { code: 'S', label: { ja: '計画以上', en: 'Ahead of plan' }, progress: 'ahead', color: BLUE },
    { code: 'A', label: { ja: '計画どおり', en: 'On plan' }, progress: 'on-track', color: GREEN },
    { code: 'B', label: { ja: 'やや遅れている', en: 'Slightly behind' }, progress: 'behind', color: ORANGE },
    {
      code: 'C',
      label: { ja: 'ほとんど進んでいない', en: 'Hardly moved' },
      progress: 'behind',
      color: VERMILION,
    },
  ],
});

/**
 * 木津川市's four levels and its summary as 第3次木津川市行財政改革行動計画 進捗状況 (令和元年度末,
 * 令和2年度末) prints them: 「S:特に良好に進捗」「A:良好に進捗」「B:概ね進捗」「C:進捗に課題あり」;
 * 対象外 and 未評価 items counted apart from the 評価対象項目; shares to one decimal, each rounded
 * half-up on its own, with the note 「割合については、小数点以下第2位を四捨五入しているため、合計
 * しても100と一致しません。」 (city.kizugawa.lg.jp/index.cfm/10,43021,57,217,html). The codes
 * 対象外 and 未評価 are the words of the summary; the 進行管理表's own cell spelling was not seen.
 */
const KIZUGAWA = defineRatingScale({
  id: 'kizugawa-sabc',
  name: { ja: '木津川市 (S/A/B/C)', en: 'Kizugawa (S/A/B/C)' },
  levels: [
    {
      code: 'S',
      label: { ja: '特に良好に進捗', en: 'Especially good progress' },
      progress: 'ahead',
      color: BLUE,
    },
    { code: 'A', label: { ja: '良好に進捗', en: 'Good progress' }, progress: 'on-track', color: GREEN },
    { code: 'B', label: { ja: '概ね進捗', en: 'Mostly progressing' }, progress: 'on-track', color: ORANGE },
    {
      code: 'C',
      label: { ja: '進捗に課題あり', en: 'Progress has issues' },
      progress: 'behind',
      color: VERMILION,
    },
  ],
  notApplicable: ['対象外'],
  unrated: ['未評価'],
  shares: {
    method: 'each',
    places: 1,
    rounding: 'half-up',
    fixed: true,
    note: {
      ja: '割合については、小数点以下第2位を四捨五入しているため、合計しても100と一致しません。',
      en: 'Shares are rounded half-up to one decimal each, so they may not add up to 100.',
    },
  },
});

/**
 * いの町's four marks, as the 効果検証 of いの町まち・ひと・しごと創生総合戦略 (平成29年度分) words
 * them: 目標値以上を◎、目標値と同等を○、目標値未満を△、進捗なしあるいは事業終了を× (評価区分:
 * 目標値以上 / 目標値と同等 / 目標値未達成 / 進捗なしor事業終了); a KPI without a target is
 * 「評価なし」, kept out of the shares (town.ino.kochi.jp/chosei/choseikeikaku/keikaku_sougousenryaku/1797/).
 * The page prints counts, not shares.
 */
const INO = defineRatingScale({
  id: 'ino-marks',
  name: { ja: 'いの町 (◎○△×)', en: 'Ino (◎○△×)' },
  levels: [
    { code: '◎', label: { ja: '目標値以上', en: 'At or above target' }, progress: 'ahead', color: BLUE },
    { code: '○', label: { ja: '目標値と同等', en: 'At target' }, progress: 'on-track', color: GREEN },
    { code: '△', label: { ja: '目標値未達成', en: 'Below target' }, progress: 'behind', color: ORANGE },
    {
      code: '×',
      label: { ja: '進捗なしor事業終了', en: 'No progress or ended' },
      progress: 'behind',
      color: VERMILION,
    },
  ],
  notApplicable: ['評価なし'],
});

/**
 * 相生市's marks and scores, as ../shared/DOMAIN.md and issue 16 give them (city.aioi.lg.jp):
 * ◎ 5, 〇 2, △ 0, ▲ −1, summed per 施策, the sum mapped to 継続 (11 or more), 改善 (4–10),
 * 再構築 (0–3) and 見直し・縮減 (below 0). The published wording of each mark was not in the
 * texts we had: the labels give the published score, not a meaning munikpi would invent. The
 * 対象外 code － is munikpi's earlier choice, not seen in a source.
 */
const AIOI = defineRatingScale({
  id: 'aioi-scored',
  name: { ja: '相生市 (◎〇△▲, 点数)', en: 'Aioi (◎〇△▲, scored)' },
  levels: [
    { code: '◎', label: { ja: '5点', en: '5 points' }, progress: 'ahead', score: 5, color: BLUE },
    { code: '〇', label: { ja: '2点', en: '2 points' }, progress: 'on-track', score: 2, color: GREEN },
    { code: '△', label: { ja: '0点', en: '0 points' }, progress: 'behind', score: 0, color: ORANGE },
    { code: '▲', label: { ja: '−1点', en: '−1 point' }, progress: 'behind', score: -1, color: VERMILION },
  ],
  notApplicable: ['－'],
  bands: {
    of: 'sum',
    bands: [
      { code: '継続', label: { ja: '継続', en: 'Continue' }, min: { value: 11, inclusive: true } },
      {
        code: '改善',
        label: { ja: '改善', en: 'Improve' },
        min: { value: 4, inclusive: true },
        max: { value: 10, inclusive: true },
      },
      {
        code: '再構築',
        label: { ja: '再構築', en: 'Rebuild' },
        min: { value: 0, inclusive: true },
        max: { value: 3, inclusive: true },
      },
      {
        code: '見直し・縮減',
        label: { ja: '見直し・縮減', en: 'Review and reduce' },
        max: { value: 0, inclusive: false },
      },
    ],
  },
});

/**
 * 健康日本21 (第二次)'s evaluation of its targets, as its 最終評価報告書 (厚生労働省, 2022,
 * mhlw.go.jp/stf/newpage_28410.html) words it: A 目標値に達した, B 現時点で目標値に達していないが、
 * 改善傾向にある, B* (of the B) 設定した目標年度までに目標到達が危ぶまれる, C 変わらない, D 悪化
 * している, E 評価困難; the summary counts E in the whole and prints shares to one decimal, each
 * on its own. An item with several indicators scores them (A=5, B and B* 4, C=3, D=2: the report's
 * example (D+B*+D)/3 = (2+4+2)/3 = 2.7 → C), averages them, rounds the mean to one place by 五捨六入
 * and takes the letter nearest it. The band ends (a mean of x.5 goes down) are munikpi's reading
 * of 五捨六入; E carries no score and stays out of the mean (../shared/DOMAIN.md gives E=1, which
 * the report's text we read does not show). A mean never gives B*: the report tells B* from B by
 * projecting to the target year. E's `progress` is `behind` only because every level needs one.
 */
const KENKO_NIPPON_21 = defineRatingScale({
  id: 'kenko-nippon-21',
  name: { ja: '健康日本21 (A–E)', en: 'Health Japan 21 (A–E)' },
  levels: [
    {
      code: 'A',
      label: { ja: '目標値に達した', en: 'Target reached' },
      progress: 'ahead',
      score: 5,
      color: BLUE,
    },
    {
      code: 'B',
      label: { ja: '現時点で目標値に達していないが、改善傾向にある', en: 'Not yet at target, improving' },
      progress: 'on-track',
      score: 4,
      color: GREEN,
    },
    {
      code: 'B*',
      label: {
        ja: '改善傾向にあるが、設定した目標年度までに目標到達が危ぶまれる',
        en: 'Improving, but the target year is at risk',
      },
      progress: 'behind',
      score: 4,
      color: '#56B4E9',
    },
    { code: 'C', label: { ja: '変わらない', en: 'Unchanged' }, progress: 'behind', score: 3, color: ORANGE },
    { code: 'D', label: { ja: '悪化している', en: 'Worse' }, progress: 'behind', score: 2, color: VERMILION },
    { code: 'E', label: { ja: '評価困難', en: 'Cannot be judged' }, progress: 'behind', color: GREY },
  ],
  bands: {
    of: 'mean',
    places: 1,
    rounding: 'five-down-six-up',
    bands: [
      { code: 'A', min: { value: '4.5', inclusive: false } },
      { code: 'B', min: { value: '3.5', inclusive: false }, max: { value: '4.5', inclusive: true } },
      { code: 'C', min: { value: '2.5', inclusive: false }, max: { value: '3.5', inclusive: true } },
      { code: 'D', max: { value: '2.5', inclusive: true } },
    ],
  },
  shares: { method: 'each', places: 1, rounding: 'half-up', fixed: true },
});

/**
 * 長与町's levels for the 数値目標 of its 第9次総合計画 (令和元年度), as the town words them:
 * S 現在値が目標値を超えている, A 基準値を超えている, B 基準値と同水準である（△10%以内）,
 * C 基準値より下落している, − 把握できない等の理由により評価できない (webtown.nagayo.jp/kiji0032107/).
 * − is kept out of the shares as 対象外; the page prints no table that says whether the town
 * counts it. (The 第10次総合計画 rates A/B/C on a different rule.)
 */
const NAGAYO = defineRatingScale({
  id: 'nagayo-sabc',
  name: { ja: '長与町 (S/A/B/C)', en: 'Nagayo (S/A/B/C)' },
  levels: [
    { code: 'S', label: { ja: '目標値を超えている', en: 'Above target' }, progress: 'ahead', color: BLUE },
    {
      code: 'A',
      label: { ja: '基準値を超えている', en: 'Above baseline' },
      progress: 'on-track',
      color: GREEN,
    },
    {
      code: 'B',
      label: { ja: '基準値と同水準である（△10%以内）', en: 'About the baseline (within −10 %)' },
      progress: 'behind',
      color: ORANGE,
    },
    {
      code: 'C',
      label: { ja: '基準値より下落している', en: 'Below baseline' },
      progress: 'behind',
      color: VERMILION,
    },
  ],
  notApplicable: ['−'],
});

/**
 * 多摩市's three levels for the 数値目標 of its まち・ひと・しごと創生総合戦略, as 資料6 (評価方法
 * (案)) words them: ① 目標値の達成に向けて、着実に進んでいる (100 % or more of the year's share of
 * the target), ② 概ね進んでいる (60–100 %), ③ 改善や工夫が必要と思われる (below 60 %)
 * (expydoc.com/doc/10040981). The codes are the document's ① ② ③; it names no 対象外 or 未評価
 * code and prints no shares.
 */
const TAMA = defineRatingScale({
  id: 'tama-3',
  name: { ja: '多摩市 (①②③)', en: 'Tama (①②③)' },
  levels: [
    {
      code: '①',
      label: { ja: '目標値の達成に向けて、着実に進んでいる', en: 'Steadily on the way to the target' },
      progress: 'on-track',
      color: BLUE,
    },
    {
      code: '②',
      label: { ja: '目標値の達成に向けて、概ね進んでいる', en: 'Mostly on the way to the target' },
      progress: 'behind',
      color: ORANGE,
    },
    {
      code: '③',
      label: {
        ja: '目標値の達成に向けて、改善や工夫が必要と思われる',
        en: 'Needs improvement to reach the target',
      },
      progress: 'behind',
      color: VERMILION,
    },
  ],
});

/**
 * Rating scales used by other public bodies, as data, each with its published wording and
 * source (see each preset's comment and docs/guide.md): `shimotsuke` (下野市), `kizugawa`
 * (木津川市), `ino` (いの町), `aioi` (相生市, scored and banded), `kenkoNippon21` (健康日本21,
 * scored and banded), `nagayo` (長与町), `tama` (多摩市), and `kodaira` S/A/B. The `progress`
 * of each level (ahead, on-track, behind) is munikpi's reading, used only for suggestions and
 * audits.
 *
 * @example
 * import { RATING_SCALES } from 'munikpi';
 * RATING_SCALES.aioi.levels.map((l) => l.score); // [5, 2, 0, -1]
 * RATING_SCALES.kizugawa.levels.map((l) => l.label.ja); // ['特に良好に進捗', '良好に進捗', '概ね進捗', '進捗に課題あり']
 * RATING_SCALES.kizugawa.notApplicable; // ['対象外']
 */
export const RATING_SCALES: RatingScales = Object.freeze({
  kodaira: SAB_SCALE,
  shimotsuke: SHIMOTSUKE,
  kizugawa: KIZUGAWA,
  ino: INO,
  aioi: AIOI as RatingScales['aioi'],
  kenkoNippon21: KENKO_NIPPON_21 as RatingScales['kenkoNippon21'],
  nagayo: NAGAYO,
  tama: TAMA,
});

/** A colour for a level without one: the palette by position. @internal */
export function levelColor(scale: RatingScale, index: number): string {
  const level = scale.levels[index];
  if (level?.color !== undefined) return level.color;
  const palette = [BLUE, GREEN, ORANGE, VERMILION, '#CC79A7', '#56B4E9', '#F0E442'];
  return palette[index % palette.length] ?? GREY;
}

/**
 * The level of a code on a scale, or undefined.
 * @internal
 */
export function levelOf(scale: RatingScale, code: string): RatingLevel | undefined {
  // A scale that may still change is searched as it is now; its few levels need no map.
  if (!sealedScales.has(scale)) return scale.levels.find((level) => level.code === code);
  let levels = levelMaps.get(scale);
  if (levels === undefined) {
    levels = new Map(scale.levels.map((level) => [level.code, level]));
    levelMaps.set(scale, levels);
  }
  return levels.get(code);
}

const levelMaps = new WeakMap<RatingScale, Map<string, RatingLevel>>();

/** What a rating written in a report means on a scale. */
export type RatingReading =
  /** A level: its position on the scale (best first) and the scale's own spelling of its code. */
  | {
      /** What the code is on the scale. */
      readonly kind: 'level';
      /** The level's position, best first. */
      readonly index: number;
      /** The scale's own spelling of the code. */
      readonly code: string;
    }
  /** A 対象外 code of the scale. */
  | {
      /** What the code is on the scale. */
      readonly kind: 'not-applicable';
      /** The scale's own spelling of the code. */
      readonly code: string;
    }
  /** A 未評価 code of the scale. */
  | {
      /** What the code is on the scale. */
      readonly kind: 'unrated';
      /** The scale's own spelling of the code. */
      readonly code: string;
    }
  /** Not a code of the scale. */
  | {
      /** What the code is on the scale. */
      readonly kind: 'unknown';
      /** The code as given. */
      readonly code: string;
    };

/**
 * What a rating means on a scale: a level, 対象外, 未評価 or unknown. A mark typed in another
 * Unicode spelling reads as the scale's own (○ where the scale has 〇; see {@link MARK_LOOK_ALIKES}).
 *
 * @param scale - the scale
 * @param code - the rating as written
 * @returns the reading, with the scale's own spelling of the code
 * @throws {MunikpiError} `INVALID_SCALE` for a scale that is not well formed; `INVALID_ARGUMENT`
 *   for a code that is not text
 *
 * @example
 * import { RATING_SCALES, readRating } from 'munikpi';
 * readRating(RATING_SCALES.aioi, '○'); // { kind: 'level', index: 1, code: '〇' }
 * readRating(RATING_SCALES.kizugawa, '対象外').kind; // 'not-applicable'
 * readRating(RATING_SCALES.kizugawa, 'Z').kind; // 'unknown'
 */
export function readRating(scale: RatingScale, code: string): RatingReading {
  checkScale(scale);
  if (typeof code !== 'string') {
    throw errorOf('INVALID_ARGUMENT', { notARatingText }, { input: code });
  }
  return readingOf(scale, code);
}

/**
 * readRating without the check of the scale.
 * @internal
 */
export function readingOf(scale: RatingScale, code: string): RatingReading {
  const level = levelOf(scale, code);
  if (level !== undefined) return { kind: 'level', index: scale.levels.indexOf(level), code: level.code };
  const key = markKey(code);
  const index = scale.levels.findIndex((l) => markKey(l.code) === key);
  if (index !== -1) return { kind: 'level', index, code: (scale.levels[index] as RatingLevel).code };
  const notApplicable = scale.notApplicable?.find((c) => markKey(c) === key);
  if (notApplicable !== undefined) return { kind: 'not-applicable', code: notApplicable };
  const unrated = scale.unrated?.find((c) => markKey(c) === key);
  if (unrated !== undefined) return { kind: 'unrated', code: unrated };
  return { kind: 'unknown', code };
}
