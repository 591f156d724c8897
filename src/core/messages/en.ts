import { quote } from '../errors.js';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from '../limits.js';
import type { Catalogue, WordData } from './catalogue.js';

const list = (value: unknown): string => (Array.isArray(value) ? value.join(', ') : String(value));
const program = (d: WordData): string => `program ${d.number}`;

/** Every word munikpi writes in English. @internal */
export const en: Catalogue = {
  status: {
    behind: 'behind',
    'on-track': 'on track',
    ahead: 'ahead',
    achieved: 'achieved',
    'no-data': 'no data',
    untargeted: 'untargeted',
  },
  severity: { error: 'error', warning: 'warning', info: 'info' },
  issue: {
    MISSING_FIELD: (d) => `"${d.field}" is required`,
    INVALID_TYPE: (d) => `expected ${d.expected}`,
    UNKNOWN_FIELD: (d) => `unknown field ${quote(d.field)}`,
    INVALID_VALUE: (d) =>
      d.allowed !== undefined
        ? `expected one of ${list(d.allowed)}`
        : d.empty === true
          ? 'must not be empty'
          : d.min !== undefined
            ? `expected at least ${d.min}`
            : d.max !== undefined
              ? `expected at most ${d.max}`
              : `expected ${d.format}`,
    TOO_LONG: (d) => `longer than the limit of ${d.max}${d.unit === 'items' ? ' items' : ' characters'}`,
    INVALID_FISCAL_YEAR: (d) =>
      d.end !== undefined
        ? `the period ends (${d.end}) before it starts (${d.start})`
        : `${quote(d.value)} is not a fiscal year ${FISCAL_YEAR_MIN}..${FISCAL_YEAR_MAX}`,
    INVALID_DATE: () => 'expected a date YYYY-MM-DD (or a month YYYY-MM) that exists',
    INVALID_NUMBER: () => 'expected a finite number or a decimal string such as "73.9"',
    INVALID_SCALE: (d) => `the rating scale is not valid: ${d.reason}`,
    UNKNOWN_DIRECTION: (d) => `${quote(d.direction)} is not a direction of the plan (${list(d.known)})`,
    DUPLICATE_ID: (d) => `the ${d.kind} id ${quote(d.id)} appears twice`,
    DUPLICATE_PROGRAM_NUMBER: (d) => `program number ${d.number} is also used by ${quote(d.first)}`,
    UNKNOWN_RATING: (d) => `${quote(d.rating)}: expected one of ${list(d.allowed)}`,
    FISCAL_YEAR_OUTSIDE_PERIOD: (d) =>
      `fiscal year ${d.fiscalYear} is outside the plan period ${d.start}..${d.end}`,
    KPI: (d) => `${d.detail}`,
    MORE: (d) => `and ${Number(d.count).toLocaleString('en')} more of the same kind (${d.code})`,
  },
  finding: {
    FISCAL_YEAR_OUTSIDE_PERIOD: (d) =>
      `fiscal year ${d.fiscalYear} is outside the plan period ${d.start}..${d.end}`,
    MISSING_REPORT: (d) => `${program(d)} has no report for ${d.fiscalYear}`,
    MISSING_RATING: (d) => `${program(d)} has no rating for ${d.fiscalYear}`,
    MISSING_RESULTS: (d) => `${program(d)} is rated ${d.rating} but has no results text`,
    KPI_BEHIND_RATED_AHEAD: (d) =>
      `${program(d)} is rated ${d.rating} (ahead) while ${list(d.behind)} is behind`,
    RATING_DIFFERS_FROM_SUGGESTION: (d) =>
      `${program(d)}: rated ${d.official}, KPIs suggest ${d.suggested} (${(d.reason as { en: string }).en})`,
    SUMMARY_ROW_MISMATCH: (d) =>
      `summary row ${d.name} declares ${d.programCount} programs but its ratings add up to ${d.sum}`,
    SUMMARY_TOTAL_MISMATCH: (d) =>
      `the summary total for ${d.code} (${d.declared}) is not the sum of its rows (${d.sum})`,
    SUMMARY_PROGRAM_TOTAL_MISMATCH: (d) =>
      `the summary declares ${d.declared} programs in all, its rows ${d.sum}`,
    SUMMARY_DIRECTION_COUNT: (d) =>
      `direction ${d.name} is declared with ${d.declared} programs, the summary row with ${d.count}`,
    SUMMARY_EXCEEDED: (d) =>
      `direction ${d.name}: the detailed programs hold ${d.detailed}×${d.code}, the summary only ${d.declared}`,
    SUMMARY_MISMATCH: (d) =>
      `direction ${d.name}: ${d.missing} undetailed programs cannot make up the summary (${d.counts})`,
    UNDETAILED_PROGRAMS: (d) =>
      `direction ${d.name}: the ${d.missing} programs not detailed must be rated ${d.mustBe} to match the summary`,
    UNDETAILED_PROGRAMS_TOTAL: (d) =>
      `the ${d.missing} programs not detailed must be rated ${d.mustBe} to match the summary`,
  },
};
