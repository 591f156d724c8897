export {
  addDays,
  type CalendarDate,
  calendarDate,
  compareDates,
  type DateInput,
  daysBetween,
  isoDate,
  today,
} from './calendar-date.js';
export { ERAS, type Era, type EraName } from './eras.js';
export {
  type FindWarekiOptions,
  findWarekiDates,
  MAX_FIND_LENGTH,
  type WarekiMatch,
  type WarekiMatchKind,
} from './find-wareki-dates.js';
export { type FormatWarekiOptions, formatWareki } from './format-wareki.js';
export {
  MAX_WAREKI_LENGTH,
  type ParsedWareki,
  type ParsedWarekiDay,
  type ParsedWarekiMonth,
  type ParsedWarekiYear,
  type ParseWarekiOptions,
  parseWareki,
} from './parse-wareki.js';
export { toWareki, type WarekiDate } from './to-wareki.js';
