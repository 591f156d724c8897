import { MunikpiError, quote } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';

/** Text in Japanese and English. */
export interface Labels {
  /** Japanese. */
  readonly ja: string;
  /** English. */
  readonly en: string;
}

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
}

const COLOR = /^#[0-9a-fA-F]{6}$/;

/**
 * Checks a rating scale and returns it frozen, with its codes kept as literal types.
 *
 * @param scale - the scale: an id, a name and at least one level, best first
 * @returns the same scale, deeply frozen
 * @throws {MunikpiError} `INVALID_SCALE` for no levels, duplicate or empty codes, a bad
 *   progress, score or colour
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

function isLabels(value: unknown): boolean {
  const v = value as Partial<Labels> | null;
  return typeof v === 'object' && v !== null && typeof v.ja === 'string' && typeof v.en === 'string';
}

/**
 * Checks a rating scale (every time, unless defineRatingScale sealed it) and throws
 * INVALID_SCALE, or FORBIDDEN_KEY for a code that would reach an object's prototype when used as a key.
 * @internal
 */
export function checkScale(scale: unknown): asserts scale is RatingScale {
  if (typeof scale === 'object' && scale !== null && sealedScales.has(scale)) return;
  const s = scale as Partial<RatingScale> | null;
  const fail = (message: string): never => {
    throw new MunikpiError('INVALID_SCALE', `rating scale ${quote(s?.id)}: ${message}`, { input: scale });
  };
  if (typeof s !== 'object' || s === null || Array.isArray(s)) {
    throw new MunikpiError('INVALID_SCALE', `${quote(s)} is not a rating scale object`, { input: scale });
  }
  const checked = s as Partial<RatingScale>;
  if (typeof checked.id !== 'string' || checked.id === '') fail('id must be non-empty text');
  if (!isLabels(checked.name)) fail('name needs ja and en');
  if (!Array.isArray(checked.levels) || checked.levels.length === 0) fail('needs at least one level');
  const seen = new Set<string>();
  for (const level of checked.levels as readonly RatingLevel[]) {
    if (typeof level !== 'object' || level === null) fail('every level must be an object');
    if (typeof level.code !== 'string' || level.code.trim() === '') fail('every level needs a code');
    if (FORBIDDEN_CODES.has(level.code)) {
      throw new MunikpiError(
        'FORBIDDEN_KEY',
        `rating scale ${quote(checked.id)}: ${quote(level.code)} cannot be a code`,
        {
          input: scale,
        },
      );
    }
    if (seen.has(level.code)) fail(`the code ${quote(level.code)} appears twice`);
    seen.add(level.code);
    if (!['ahead', 'on-track', 'behind'].includes(level.progress)) {
      fail(`level ${quote(level.code)}: progress must be ahead, on-track or behind`);
    }
    if (!isLabels(level.label)) fail(`level ${quote(level.code)}: label needs ja and en`);
    if (
      level.score !== undefined &&
      (typeof level.score !== 'number' || !Number.isSafeInteger(level.score))
    ) {
      fail(`level ${quote(level.code)}: the score must be a whole number`);
    }
    if (level.color !== undefined && (typeof level.color !== 'string' || !COLOR.test(level.color))) {
      fail(`level ${quote(level.code)}: colour is not #rrggbb`);
    }
  }
  if (checked.notApplicable !== undefined) {
    if (!Array.isArray(checked.notApplicable)) fail('notApplicable must be a list of codes');
    for (const code of checked.notApplicable as readonly unknown[]) {
      if (typeof code !== 'string' || code.trim() === '') fail('notApplicable codes must be non-empty text');
      if (FORBIDDEN_CODES.has(code as string)) fail(`${quote(code)} cannot be a code`);
      if (seen.has(code as string)) fail(`${quote(code)} cannot be both a level and not applicable`);
    }
  }
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
  /** 下野市: S 計画以上 / A 計画どおり / B やや遅れ / C ほとんど進まず. */
  readonly shimotsuke: RatingScale<'S' | 'A' | 'B' | 'C'>;
  /** 木津川市: S 特に良好 / A 良好 / B 概ね / C 課題あり. */
  readonly kizugawa: RatingScale<'S' | 'A' | 'B' | 'C'>;
  /** いの町: ◎ ○ △ ×. */
  readonly ino: RatingScale<'◎' | '○' | '△' | '×'>;
  /** 相生市: ◎ 5, 〇 2, △ 0, ▲ −1 points, summed; － is not applicable. */
  readonly aioi: RatingScale<'◎' | '〇' | '△' | '▲'>;
}

/**
 * Rating scales used by other public bodies, as data: `shimotsuke` S/A/B/C (下野市),
 * `kizugawa` S/A/B/C (木津川市), `ino` ◎○△× (いの町), `aioi` ◎〇△▲ with scores 5/2/0/−1
 * (相生市), and `kodaira` S/A/B. Labels are the bodies' own where known; the `progress` of
 * each level (ahead, on-track, behind) is munikpi's reading, used only for suggestions and
 * audits. Sources are listed in docs/guide.md.
 *
 * @example
 * import { RATING_SCALES } from 'munikpi';
 * RATING_SCALES.aioi.levels.map((l) => l.score); // [5, 2, 0, -1]
 */
export const RATING_SCALES: RatingScales = Object.freeze({
  kodaira: SAB_SCALE,
  shimotsuke: defineRatingScale({
    id: 'shimotsuke-sabc',
    name: { ja: '下野市 (S/A/B/C)', en: 'Shimotsuke (S/A/B/C)' },
    levels: [
      { code: 'S', label: { ja: '計画以上', en: 'Ahead of plan' }, progress: 'ahead', color: BLUE },
      { code: 'A', label: { ja: '計画どおり', en: 'On plan' }, progress: 'on-track', color: GREEN },
      { code: 'B', label: { ja: 'やや遅れ', en: 'Slightly behind' }, progress: 'behind', color: ORANGE },
      {
        code: 'C',
        label: { ja: 'ほとんど進まず', en: 'Hardly moved' },
        progress: 'behind',
        color: VERMILION,
      },
    ],
  }),
  kizugawa: defineRatingScale({
    id: 'kizugawa-sabc',
    name: { ja: '木津川市 (S/A/B/C)', en: 'Kizugawa (S/A/B/C)' },
    levels: [
      { code: 'S', label: { ja: '特に良好', en: 'Especially good' }, progress: 'ahead', color: BLUE },
      { code: 'A', label: { ja: '良好', en: 'Good' }, progress: 'on-track', color: GREEN },
      { code: 'B', label: { ja: '概ね', en: 'Mostly' }, progress: 'on-track', color: ORANGE },
      { code: 'C', label: { ja: '課題あり', en: 'Has issues' }, progress: 'behind', color: VERMILION },
    ],
  }),
  ino: defineRatingScale({
    id: 'ino-marks',
    name: { ja: 'いの町 (◎○△×)', en: 'Ino (◎○△×)' },
    levels: [
      { code: '◎', label: { ja: '◎', en: 'Double circle' }, progress: 'ahead', color: BLUE },
      { code: '○', label: { ja: '○', en: 'Circle' }, progress: 'on-track', color: GREEN },
      { code: '△', label: { ja: '△', en: 'Triangle' }, progress: 'behind', color: ORANGE },
      { code: '×', label: { ja: '×', en: 'Cross' }, progress: 'behind', color: VERMILION },
    ],
  }),
  aioi: defineRatingScale({
    id: 'aioi-scored',
    name: { ja: '相生市 (◎〇△▲, 点数)', en: 'Aioi (◎〇△▲, scored)' },
    levels: [
      { code: '◎', label: { ja: '◎', en: 'Double circle' }, progress: 'ahead', score: 5, color: BLUE },
      { code: '〇', label: { ja: '〇', en: 'Circle' }, progress: 'on-track', score: 2, color: GREEN },
      { code: '△', label: { ja: '△', en: 'Triangle' }, progress: 'behind', score: 0, color: ORANGE },
      {
        code: '▲',
        label: { ja: '▲', en: 'Filled triangle' },
        progress: 'behind',
        score: -1,
        color: VERMILION,
      },
    ],
    notApplicable: ['－'],
  }),
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
