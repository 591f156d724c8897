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
