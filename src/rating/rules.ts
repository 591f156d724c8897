/*
 * Judgement rules as data: how a KPI-year's evaluation becomes a level of a scale. A rule is a
 * list of cases tried in order; the first whose conditions all hold gives its code. Conditions
 * read the evaluation's status, whether its deadline has come, where its actual stands against
 * the baseline within a change tolerance, and a figure (achievement, progress, the ratio to the
 * pro-rated target) between two ends that say whether they are inclusive.
 */
import type { Decimal } from 'decimal.js';
import { decimalOf } from '../core/decimal.js';
import { fail } from '../core/errors.js';
import { cmp, type Ratio, ratioOf } from '../core/exact.js';
import { deepFreeze } from '../core/freeze.js';
import { notAKpiEvaluation } from '../core/messages/errors-en.js';
import { changeBandOf, changeOfEvaluation, exactFigureOf } from '../kpi/evaluate.js';
import { checkRule, sealRule } from './check-rule.js';

export { checkRule };

import type { KpiEvaluation, KpiStatus } from '../kpi/index.js';
import type { BandEnd } from './bands.js';
import type { Labels } from './labels.js';
import type { JudgementRule, RuleChange } from './rule-types.js';

export type { JudgementRule, RuleCase, RuleChange, RuleCombine, RuleFigure } from './rule-types.js';

/** What a rule made of one evaluation. */
export interface RuleJudgement {
  /** The code of the case that held. */
  readonly code: string;
  /** The case's wording, or null (the scale's level says it). */
  readonly label: Labels | null;
  /** The evaluation's status. */
  readonly status: KpiStatus;
  /** Where the actual stands against the baseline, with a `change` tolerance; else null. */
  readonly change: RuleChange | null;
  /** The figure the case banded, rounded as the rule says; null when the case bands none. */
  readonly figure: Decimal | null;
}

/**
 * Checks a judgement rule and returns it deeply frozen, so that it is checked once.
 *
 * @param rule - the rule: an id, a name and its cases
 * @returns the same rule, frozen
 * @throws {MunikpiError} `INVALID_ARGUMENT` for a field munikpi does not know, a case without a
 *   code, an end that does not say whether it is inclusive, or a case reading `change` in a rule
 *   without a change tolerance; `INVALID_NUMBER` for an end that is not a finite figure
 *
 * @example
 * import { defineJudgementRule, evaluateKpi, judgeWith } from 'munikpi';
 * const rule = defineJudgementRule({
 *   id: 'halfway',
 *   name: { ja: '半分以上', en: 'Halfway' },
 *   cases: [
 *     { code: '○', label: { ja: '半分以上', en: 'Halfway' }, figure: 'progress', min: { value: 50, inclusive: true } },
 *     { code: '×', label: { ja: '半分未満', en: 'Short of halfway' }, figure: 'progress' },
 *   ],
 * });
 * const kpi = { id: 'k', name: '指標', unit: '件', baseline: { value: 0, fiscalYear: 2020 }, target: { kind: 'level', value: 10, by: 2024 } } as const;
 * judgeWith(rule, evaluateKpi(kpi, { fiscalYear: 2022, actual: 5 }))?.code; // '○'
 */
export function defineJudgementRule<const R extends JudgementRule>(rule: R): R {
  checkRule(rule);
  deepFreeze(rule);
  sealRule(rule);
  return rule;
}

/** Whether x lies between the ends (each inclusive or not as it says). */
function within(x: Ratio, min: BandEnd | undefined, max: BandEnd | undefined): boolean {
  if (min !== undefined) {
    const c = cmp(x, ratioOf(min.value, 'min'));
    if (c < 0 || (c === 0 && !min.inclusive)) return false;
  }
  if (max !== undefined) {
    const c = cmp(x, ratioOf(max.value, 'max'));
    if (c > 0 || (c === 0 && !max.inclusive)) return false;
  }
  return true;
}

/**
 * The level a judgement rule gives a KPI-year's evaluation: the first case whose conditions all
 * hold. A figure is banded exactly, or rounded first to the rule's `places` by its `rounding`.
 *
 * @param rule - the rule (a preset of {@link JUDGEMENT_RULES} or your own)
 * @param evaluation - the evaluation, from evaluateKpi
 * @returns the case's code, its wording, the status, the change against the baseline and the
 *   figure banded; null when no case holds
 * @throws {MunikpiError} `INVALID_ARGUMENT` for a rule that is not well formed
 *
 * @example
 * import { evaluateKpi, JUDGEMENT_RULES, judgeWith } from 'munikpi';
 * const kpi = { id: 'k', name: '指標', unit: '件', baseline: { value: 0, fiscalYear: 2019 }, target: { kind: 'level', value: 100, by: 2024 } } as const;
 * const year2 = judgeWith(JUDGEMENT_RULES.tama, evaluateKpi(kpi, { fiscalYear: 2021, actual: 35 }));
 * year2?.code; // '②'
 * year2?.figure?.toString(); // '87.5'
 */
export function judgeWith(rule: JudgementRule, evaluation: KpiEvaluation): RuleJudgement | null {
  checkRule(rule);
  if (typeof evaluation !== 'object' || evaluation === null || typeof evaluation.status !== 'string') {
    fail('INVALID_ARGUMENT', { notAKpiEvaluation }, { input: evaluation });
  }
  const change = rule.change === undefined ? null : changeOfEvaluation(evaluation, changeBandOf(rule.change));
  const reached = evaluation.deadline === null || evaluation.fiscalYear >= evaluation.deadline;
  for (const c of rule.cases) {
    if (c.status !== undefined && !c.status.includes(evaluation.status)) continue;
    if (c.deadline !== undefined && (c.deadline === 'reached') !== reached) continue;
    if (c.change !== undefined && (change === null || !c.change.includes(change))) continue;
    let figure: Decimal | null = null;
    if (c.figure !== undefined) {
      const exact = exactFigureOf(evaluation, c.figure);
      if (exact === null) continue;
      figure = decimalOf(exact, rule.places ?? null, rule.rounding ?? 'half-up');
      const x = rule.places === undefined ? exact : ratioOf(figure, 'figure');
      if (!within(x, c.min, c.max)) continue;
    }
    return { code: c.code, label: c.label ?? null, status: evaluation.status, change, figure };
  }
  return null;
}

const incl = (value: number): BandEnd => ({ value, inclusive: true });
const excl = (value: number): BandEnd => ({ value, inclusive: false });

/** The judgement rules munikpi ships, by body. */
export interface JudgementRules {
  /** 小平市: the status rule of evaluateKpi on the S/A/B scale; munikpi's default. */
  readonly kodaira: JudgementRule;
  /** 独立行政法人 evaluations: A ≥ 120 %, B 100–120 %, C 80–100 %, D < 80 % of the target. */
  readonly agency: JudgementRule;
  /** 大阪府立図書館: A ≥ 110 %, B 80–110 %, C 50–80 %, D < 50 % of the target. */
  readonly osakaLibrary: JudgementRule;
  /** 多摩市: ① ≥ 100 %, ② 60–100 %, ③ < 60 % of the year's pro-rated target. */
  readonly tama: JudgementRule;
  /** 長与町: S above target, A above the baseline, B within 10 % below it, C below that, − not judged. */
  readonly nagayo: JudgementRule;
  /** 福岡市: improved / unchanged / worse, ±3 points of the baseline. */
  readonly fukuoka: JudgementRule;
  /** 健康日本21: A / B / B* / C / D / E from the target, the line and the change. */
  readonly kenkoNippon21: JudgementRule;
  /** いの町: ◎ / ○ / △ / × from attainment and progress. */
  readonly ino: JudgementRule;
}

/**
 * 小平市's own rule, the one suggestRating follows by default (its results on Kodaira's data are
 * the same): behind → B; ahead, or a path target met before its deadline year → S; on track, or
 * met in or after it → A; a program is B when any KPI is, else S when any is, else A.
 */
const KODAIRA = defineJudgementRule({
  id: 'kodaira',
  name: { ja: '小平市 (KPIの状況から S/A/B)', en: 'Kodaira (S/A/B from KPI statuses)' },
  scale: 'kodaira-sab',
  combine: 'behind-first',
  cases: [
    { code: 'B', status: ['behind', 'unchanged', 'worse'] },
    { code: 'S', status: ['ahead'] },
    { code: 'S', status: ['achieved'], deadline: 'before' },
    { code: 'A', status: ['on-track', 'achieved'] },
  ],
});

/**
 * 独立行政法人 evaluations (総務省's 独立行政法人の評価に関する指針 as business-evaluation guides
 * summarise it, expydoc.com/doc/10748588): the 達成率 (実績 ÷ 目標) banded A at 120 % or more,
 * B from 100 % to below 120 %, C from 80 % to below 100 %, D below 80 %. The S of the guideline
 * also needs a qualitative judgement (質的に顕著な成果), which no figure gives: the rule stops at A.
 */
const AGENCY = defineJudgementRule({
  id: 'agency-attainment',
  name: { ja: '独立行政法人 (達成率)', en: 'Incorporated administrative agencies (attainment)' },
  cases: [
    { code: 'A', label: { ja: '120%以上', en: '120 % or more' }, figure: 'achievement', min: incl(120) },
    {
      code: 'B',
      label: { ja: '100%以上120%未満', en: '100 % to below 120 %' },
      figure: 'achievement',
      min: incl(100),
      max: excl(120),
    },
    {
      code: 'C',
      label: { ja: '80%以上100%未満', en: '80 % to below 100 %' },
      figure: 'achievement',
      min: incl(80),
      max: excl(100),
    },
    { code: 'D', label: { ja: '80%未満', en: 'below 80 %' }, figure: 'achievement', max: excl(80) },
  ],
});

/**
 * 大阪府立図書館's bands of the 達成率 (expydoc.com/doc/10748588): A 110 % or more, B from 80 % to
 * below 110 %, C from 50 % to below 80 %, D below 50 %.
 */
const OSAKA_LIBRARY = defineJudgementRule({
  id: 'osaka-library-attainment',
  name: { ja: '大阪府立図書館 (達成率)', en: 'Osaka Prefectural Library (attainment)' },
  cases: [
    { code: 'A', label: { ja: '110%以上', en: '110 % or more' }, figure: 'achievement', min: incl(110) },
    {
      code: 'B',
      label: { ja: '80%以上110%未満', en: '80 % to below 110 %' },
      figure: 'achievement',
      min: incl(80),
      max: excl(110),
    },
    {
      code: 'C',
      label: { ja: '50%以上80%未満', en: '50 % to below 80 %' },
      figure: 'achievement',
      min: incl(50),
      max: excl(80),
    },
    { code: 'D', label: { ja: '50%未満', en: 'below 50 %' }, figure: 'achievement', max: excl(50) },
  ],
});

/**
 * 多摩市's rule for the 数値目標 of its まち・ひと・しごと創生総合戦略 (資料6 評価方法(案),
 * expydoc.com/doc/10040981): year n of a five-year target is judged against n × 20 % of it, the
 * ratio banded ① 100 % or more, ② 60 % to below 100 %, ③ below 60 % (the `paceRatio` figure;
 * a target already met is ①).
 */
const TAMA = defineJudgementRule({
  id: 'tama-pace',
  name: { ja: '多摩市 (年度按分目標に対する割合)', en: 'Tama (ratio to the pro-rated target)' },
  scale: 'tama-3',
  cases: [
    { code: '①', status: ['achieved'] },
    { code: '①', figure: 'paceRatio', min: incl(100) },
    { code: '②', figure: 'paceRatio', min: incl(60), max: excl(100) },
    { code: '③', figure: 'paceRatio', max: excl(60) },
  ],
});

/**
 * 長与町's rule for the 数値目標 of its 第9次総合計画 (webtown.nagayo.jp/kiji0032107/): S the
 * current value is above the target, A above the baseline, B 基準値と同水準（△10%以内）: down to
 * 10 % of the baseline below it, C below that, − cannot be judged. munikpi reads 「超えている」 of
 * the target as met (at or above it).
 */
const NAGAYO = defineJudgementRule({
  id: 'nagayo-change',
  name: { ja: '長与町 (基準値との比較)', en: 'Nagayo (against the baseline)' },
  scale: 'nagayo-sabc',
  change: { measure: 'percent', worse: 10, better: 0 },
  cases: [
    { code: 'S', status: ['achieved'] },
    { code: 'A', change: ['improved'] },
    { code: 'B', change: ['unchanged'] },
    { code: 'C', change: ['worse'] },
    { code: '−', status: ['no-data', 'not-judgeable', 'untargeted'] },
  ],
});

/**
 * 福岡市's reading of its survey indicators (../shared/DOMAIN.md): a change of 3 points or less
 * either way from the baseline is unchanged. The words 改善 / 横ばい / 悪化 are munikpi's: the
 * source gives the tolerance, not the table's wording.
 */
const FUKUOKA = defineJudgementRule({
  id: 'fukuoka-points',
  name: { ja: '福岡市 (基準値から±3ポイント)', en: 'Fukuoka (±3 points of the baseline)' },
  change: { measure: 'points', worse: 3 },
  cases: [
    { code: '改善', label: { ja: '改善', en: 'Improved' }, change: ['improved'] },
    { code: '横ばい', label: { ja: '横ばい', en: 'Unchanged' }, change: ['unchanged'] },
    { code: '悪化', label: { ja: '悪化', en: 'Worse' }, change: ['worse'] },
  ],
});

/**
 * 健康日本21 (第二次)'s evaluation of its targets (最終評価報告書, 厚生労働省 2022,
 * mhlw.go.jp/stf/newpage_28410.html; wic-net.com/material/document/5430/6): A the target is
 * reached; C unchanged; D worse; B improving and at or above the straight line to the target
 * year; B* improving but below it (the target year is at risk); E cannot be judged. The report
 * decided "unchanged" by statistical tests: the preset's tolerance is 0 (only an equal value is
 * unchanged); give your own with `{ ...JUDGEMENT_RULES.kenkoNippon21, change: … }`.
 */
const KENKO_NIPPON_21 = defineJudgementRule({
  id: 'kenko-nippon-21',
  name: { ja: '健康日本21 (A–E)', en: 'Health Japan 21 (A–E)' },
  scale: 'kenko-nippon-21',
  change: { measure: 'points', worse: 0 },
  cases: [
    { code: 'A', status: ['achieved'] },
    { code: 'E', status: ['no-data', 'not-judgeable', 'untargeted'] },
    { code: 'C', change: ['unchanged'] },
    { code: 'D', change: ['worse'] },
    { code: 'B', status: ['ahead', 'on-track'] },
    { code: 'B*', status: ['behind', 'unchanged', 'worse'] },
  ],
});

/**
 * いの町's marks (効果検証, いの町まち・ひと・しごと創生総合戦略, town.ino.kochi.jp): ◎ 目標値以上
 * (the target met), ○ 目標値と同等, △ 目標値未満, × 進捗なし; 評価なし for a KPI without a target.
 * The town gives no figure for 同等: munikpi reads it as at the year's pace (on track or ahead of
 * the line), △ as behind it, and × as no progress from the baseline (progress 0 % or less).
 */
const INO = defineJudgementRule({
  id: 'ino-marks',
  name: { ja: 'いの町 (◎○△×)', en: 'Ino (◎○△×)' },
  scale: 'ino-marks',
  cases: [
    { code: '◎', status: ['achieved'] },
    { code: '評価なし', status: ['untargeted'] },
    { code: '×', figure: 'progress', max: incl(0) },
    { code: '○', status: ['ahead', 'on-track'] },
    { code: '△', status: ['behind', 'unchanged', 'worse'] },
  ],
});

/**
 * The judgement rules munikpi ships, each citing its source in its comment and in
 * docs/guide.md: `kodaira` (the default), `agency` (独立行政法人), `osakaLibrary`
 * (大阪府立図書館), `tama` (多摩市), `nagayo` (長与町), `fukuoka` (福岡市), `kenkoNippon21`
 * (健康日本21) and `ino` (いの町). Each is plain data: copy one and change it for your own.
 *
 * @example
 * import { JUDGEMENT_RULES } from 'munikpi';
 * JUDGEMENT_RULES.tama.scale; // 'tama-3'
 * JUDGEMENT_RULES.agency.cases.map((c) => c.code); // ['A', 'B', 'C', 'D']
 */
export const JUDGEMENT_RULES: JudgementRules = Object.freeze({
  kodaira: KODAIRA,
  agency: AGENCY,
  osakaLibrary: OSAKA_LIBRARY,
  tama: TAMA,
  nagayo: NAGAYO,
  fukuoka: FUKUOKA,
  kenkoNippon21: KENKO_NIPPON_21,
  ino: INO,
});
