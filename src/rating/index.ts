export {
  type AggregateOptions,
  aggregateRatings,
  type RatingAggregate,
  type RatingRow,
  type RatingScore,
  type RatingTally,
} from './aggregate.js';
export {
  defineRatingScale,
  type Labels,
  RATING_SCALES,
  type RatingLevel,
  type RatingProgress,
  type RatingScale,
  type RatingScales,
  SAB_SCALE,
} from './scale.js';
export { type RatingChange, type RatingTransitions, ratingTransitions } from './transitions.js';
