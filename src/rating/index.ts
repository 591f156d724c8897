export type { BandEnd, BandResult, ScoreBand, ScoreBands } from './bands.js';
export { MARK_LOOK_ALIKES } from './marks.js';
export {
  defineJudgementRule,
  JUDGEMENT_RULES,
  type JudgementRule,
  type JudgementRules,
  judgeWith,
  type RuleCase,
  type RuleChange,
  type RuleCombine,
  type RuleFigure,
  type RuleJudgement,
} from './rules.js';
export {
  defineRatingScale,
  type Labels,
  RATING_SCALES,
  type RatingLevel,
  type RatingProgress,
  type RatingReading,
  type RatingScale,
  type RatingScales,
  readRating,
  SAB_SCALE,
} from './scale.js';
export { scoreBandOf } from './score-band.js';
export { DEFAULT_SHARE_CONVENTION, type ShareConvention, type ShareMethod } from './shares.js';
