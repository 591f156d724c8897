/*
 * The catalogue's `errors` section in English: one function of named parameters per message
 * munikpi throws. Each message is a named export of its own, so that a throw site imports the
 * one it uses and a bundle carries only the messages it can throw; the Japanese ones
 * (errors-ja.ts) are reached only through errorMessage(error, 'ja') and wordsFor('ja').
 * The parameter types declared here are the section's interface (ErrorWords in catalogue.ts).
 * Keep this file free of anything but messages: every export is a key of the section.
 */
import { limitFlag } from '../limits.js';
import { quote } from '../quote.js';

const list = (items: readonly unknown[]): string => items.join(', ');

// core

/** @internal */
export const notAnObject = (p: { input: unknown }): string => `${quote(p.input)} is not an object`;
/** @internal */
export const notABoolean = (p: { input: unknown; name: string }): string =>
  `${quote(p.input)} is not true or false (${p.name})`;
/** @internal */
export const nestedTooDeep = (p: { max: number }): string =>
  `the value is nested deeper than ${p.max} levels`;
/** @internal */
export const notALanguage = (p: { input: unknown }): string =>
  `${quote(p.input)} is not a language (ja or en)`;
/** @internal */
export const notADecimal = (p: { label: string; input: unknown }): string =>
  `${p.label}: ${quote(p.input)} is not a finite decimal number`;
/** @internal */
export const notPlaces = (p: { name: string; input: unknown }): string =>
  `${p.name}: ${quote(p.input)} is not a whole number 0..20`;
/** @internal */
export const notARoundingMode = (p: { input: unknown; modes: readonly string[] }): string =>
  `rounding: ${quote(p.input)} is not one of ${list(p.modes)}`;

// era

/** @internal */
export const beforeGregorianYear = (p: { input: unknown; first: number }): string =>
  `${quote(p.input)} is before ${p.first} (Gregorian)`;
/** @internal */
export const afterLastDay = (p: { input: unknown; last: number }): string =>
  `${quote(p.input)} is after ${p.last}-12-31`;
/** @internal */
export const dateDoesNotExist = (p: { input: unknown }): string => `${quote(p.input)} does not exist`;
/** @internal */
export const notADate = (p: { input: unknown }): string => `${quote(p.input)} is not a date`;
/** @internal */
export const notAnIsoDate = (p: { input: unknown }): string => `${quote(p.input)} is not a date YYYY-MM-DD`;
/** @internal */
export const notADateText = (p: { input: unknown }): string =>
  `${quote(p.input)} is not a date YYYY-MM-DD or YYYY/MM/DD`;
/** @internal */
export const notADateInput = (p: { input: unknown }): string =>
  `${quote(p.input)} is not a Date, YYYY-MM-DD or {year,month,day}`;
/** @internal */
export const notWholeDays = (p: { input: unknown }): string =>
  `${quote(p.input)} is not a whole number of days`;
/** @internal */
export const daysOutOfRange = (p: { days: number; from: string }): string =>
  `${p.days} ${p.days === 1 || p.days === -1 ? 'day' : 'days'} from ${p.from} is outside 1873-01-01..9999-12-31`;
/** @internal */
export const notOneOfNamed = (p: { input: unknown; allowed: readonly string[]; name: string }): string =>
  `${quote(p.input)} is not one of ${list(p.allowed)} (${p.name})`;
/** @internal */
export const separatorForKanji = (p: { input: unknown }): string =>
  `${quote(p.input)} is not 'kanji', as numerals: 'kanji' needs (separator)`;
/** @internal */
export const notTextFor = (p: { what: string; input: unknown }): string =>
  `${p.what}: ${quote(p.input)} is not text`;
/** @internal */
export const textTooLong = (p: { what: string; length: number; max: number }): string =>
  `${p.what}: text of ${p.length} characters is over ${p.max}`;
/** @internal */
export const unknownEra = (p: { input: unknown; prefix: string }): string =>
  `${quote(p.input)}: ${quote(p.prefix)} is not an era munikpi knows (明治, 大正, 昭和, 平成, 令和 or M, T, S, H, R)`;
/** @internal */
export const eraYearZero = (p: { input: unknown; era: string }): string =>
  `${quote(p.input)}: ${p.era} has no year 0 (year 1 is 元年)`;
/** @internal */
export const eraDateDoesNotExist = (p: { input: unknown }): string =>
  `${quote(p.input)} is not a date: that month or day does not exist`;
/** @internal */
export const eraDateBeforeGregorian = (p: { input: unknown }): string =>
  `${quote(p.input)} is before 1873-01-01 (明治6年1月1日), the first Gregorian day in Japan`;
/** @internal */
export const beforeEraBegan = (p: { input: unknown; era: string; began: string }): string =>
  `${quote(p.input)} is before ${p.era} began on ${p.began}`;
/** @internal */
export const afterEraEnded = (p: { input: unknown; era: string; ended: string; lastYear: number }): string =>
  `${quote(p.input)} is after ${p.era} ended on ${p.ended} (year ${p.lastYear}); ` +
  'pass { allowOverflow: true } to read it as old documents meant it';
/** @internal */
export const afterLastYear = (p: { input: unknown; last: number }): string =>
  `${quote(p.input)} is after the year ${p.last}`;
/** @internal */
export const weekdayMismatch = (p: { input: unknown }): string =>
  `${quote(p.input)}: the weekday does not match the date`;
/** @internal */
export const notAnEraDate = (p: { input: unknown }): string => `${quote(p.input)} is not an era date`;
/** @internal */
export const notInAnyForm = (p: { input: unknown; fiscal: boolean }): string =>
  `${quote(p.input)} is not ${p.fiscal ? 'a fiscal year' : 'an era date'} in any accepted form`;
/** @internal */
export const isAFiscalYear = (p: { input: unknown }): string =>
  `${quote(p.input)} is a fiscal year (年度): use parseFiscalYear`;

// fiscal

/** @internal */
export const notAMonth = (p: { input: unknown }): string => `${quote(p.input)} is not a month 1..12`;
/** @internal */
export const notAWholeFiscalYear = (p: { input: unknown }): string =>
  `${quote(p.input)} is not a fiscal year (a whole number)`;
/** @internal */
export const fiscalYearBeforeGregorian = (p: { input: number; first: number }): string =>
  `fiscal year ${p.input} starts before ${p.first}-01-01`;
/** @internal */
export const fiscalYearAfterLast = (p: { input: number; last: number }): string =>
  `fiscal year ${p.input} ends after ${p.last}-12-31`;
/** @internal */
export const notOneOfFor = (p: { name: string; input: unknown; allowed: readonly string[] }): string =>
  `${p.name}: ${quote(p.input)} is not one of ${list(p.allowed)}`;
/** @internal */
export const notEitherOf = (p: { name: string; input: unknown; first: string; second: string }): string =>
  `${p.name}: ${quote(p.input)} is not '${p.first}' or '${p.second}'`;
/** @internal */
export const withGregorianStyle = (p: { style: unknown }): string =>
  `withGregorian goes with the era and initial styles, not ${quote(p.style)}`;
/** @internal */
export const isARange = (p: { input: unknown }): string =>
  `${quote(p.input)} is a range of fiscal years: use planPeriod`;
/** @internal */
export const notAFiscalYearText = (p: { input: unknown }): string =>
  `${quote(p.input)} is not a fiscal year such as 令和5年度, R5, 2023年度 or FY2023`;
/** @internal */
export const bracketYearDiffers = (p: { input: unknown; fiscalYear: number; bracketYear: number }): string =>
  `${quote(p.input)}: the era year is fiscal ${p.fiscalYear}, but the brackets say ${p.bracketYear}`;
/** @internal */
export const periodEndsBeforeStart = (p: { from: unknown; to: unknown }): string =>
  `the period ${quote(p.from)}～${quote(p.to)} ends before it starts`;
/** @internal */
export const outsidePeriod = (p: { input: unknown; start: number; end: number }): string =>
  `fiscal year ${quote(p.input)} is outside the period ${p.start}..${p.end}`;

// kpi

/** @internal */
export const notAUnit = (p: { input: unknown }): string => `${quote(p.input)} is not a unit (text)`;
/** @internal */
export const notAUnitKind = (p: { input: unknown; kinds: readonly string[] }): string =>
  `${quote(p.input)} is not a unit kind (${list(p.kinds)})`;

// report

/** @internal */
export const notACsvCell = (p: { input: unknown }): string => `${quote(p.input)} is not a CSV cell (text)`;
/** @internal */
export const notCsvRows = (p: { input: unknown }): string =>
  `${quote(p.input)} is not a list of rows (lists of text)`;
/** @internal */
export const notAFiscalYearFor = (p: { what: string; input: unknown; min: number; max: number }): string =>
  `${p.what}: ${quote(p.input)} is not a fiscal year ${p.min}..${p.max}`;
/**
 * A message of another error, led by where it happened (`KPI "k": baseline.asOf`).
 * @internal
 */
export const inField = (p: {
  what: string;
  message: string;
  inner: { readonly key: string; readonly params: Readonly<Record<string, unknown>> } | undefined;
}): string => `${p.what}: ${p.message}`;
/** @internal */
export const notLooseDate = (p: { what: string; input: unknown }): string =>
  `${p.what}: ${quote(p.input)} is not YYYY-MM or YYYY-MM-DD`;
/** @internal */
export const yearTargetsNotObject = (p: { id: unknown }): string =>
  `KPI ${quote(p.id)}: yearTargets is not an object keyed by fiscal year`;
/** @internal */
export const yearTargetWrongWay = (p: { id: unknown; year: string; value: unknown }): string =>
  `KPI ${quote(p.id)}: the target for ${p.year} (${quote(p.value)}) moves away from the final target`;
/** @internal */
export const seriesNeedsYears = (p: { id: unknown }): string =>
  `KPI ${quote(p.id)}: give from and to, or a KPI period`;
/** @internal */
export const yearsEndBeforeStart = (p: { from: number; to: number }): string =>
  `the years ${p.from}..${p.to} end before they start`;
/** @internal */
export const noObservedValue = (p: { id: unknown; fiscalYear: number }): string =>
  `KPI ${quote(p.id)}: no observed value for fiscal year ${p.fiscalYear}`;
/** @internal */
export const noValueToPaceFrom = (p: { id: unknown }): string =>
  `KPI ${quote(p.id)}: no observed value to start the pace from`;
/** @internal */
export const outsideKpiPeriod = (p: {
  id: unknown;
  fiscalYear: number;
  start: number | null;
  end: number | null;
}): string =>
  `KPI ${quote(p.id)}: fiscal year ${p.fiscalYear} is outside ${p.start === null ? 'its baseline' : `its period ${p.start}..${p.end}`}`;
/** @internal */
export const notEvaluateInput = (p: { input: unknown }): string =>
  `evaluateKpi: ${quote(p.input)} is not { fiscalYear, actual }`;
/** @internal */
export const negativeThresholds = (_: { input: unknown }): string =>
  'tolerance and aheadMargin must not be negative';
/** @internal */
export const actualNotANumber = (p: { id: unknown; input: unknown }): string =>
  `KPI ${quote(p.id)}: ${quote(p.input)} is not a number`;
/** @internal */
export const needsBaselineValue = (p: { id: unknown; kind: string }): string =>
  `KPI ${quote(p.id)}: a ${p.kind} target needs the baseline value to judge an actual`;
/** @internal */
export const kpiValueNegative = (p: { id: unknown; what: string; input: unknown }): string =>
  `KPI ${quote(p.id)}: ${p.what} ${quote(p.input)} is negative`;
/** @internal */
export const kpiValueNotWhole = (p: { id: unknown; what: string; input: unknown }): string =>
  `KPI ${quote(p.id)}: ${p.what} ${quote(p.input)} is not a whole number`;
/** @internal */
export const twoObservations = (p: { id: unknown; fiscalYear: number }): string =>
  `KPI ${quote(p.id)}: two observations for fiscal year ${p.fiscalYear}`;
/** @internal */
export const notAKpi = (p: { input: unknown }): string => `${quote(p.input)} is not a KPI object`;
/** @internal */
export const targetBelowZero = (p: { id: unknown }): string =>
  `KPI ${quote(p.id)}: the target works out below zero`;
/** @internal */
export const targetEqualsBaseline = (p: { id: unknown }): string =>
  `KPI ${quote(p.id)}: the target equals the baseline, so progress would divide by zero`;
/** @internal */
export const observationsNotList = (p: { id: unknown }): string =>
  `KPI ${quote(p.id)}: observations is not a list`;
/** @internal */
export const observationNotObject = (p: { id: unknown }): string =>
  `KPI ${quote(p.id)}: an observation is not an object`;
/** @internal */
export const notAMilestoneState = (p: { id: unknown; input: unknown }): string =>
  `KPI ${quote(p.id)}: ${quote(p.input)} is not a milestone state { done, on? }`;
/** @internal */
export const kpiIdEmpty = (p: { id: unknown }): string => `KPI ${quote(p.id)}: id must be non-empty text`;
/** @internal */
export const kpiFieldNotText = (p: { id: unknown; field: string }): string =>
  `KPI ${quote(p.id)}: ${p.field} must be text`;
/** @internal */
export const notADirection = (p: { id: unknown; direction: unknown }): string =>
  `KPI ${quote(p.id)}: direction ${quote(p.direction)} is not higher or lower`;
/** @internal */
export const notATargetKind = (p: { id: unknown; kind: unknown; kinds: readonly string[] }): string =>
  `KPI ${quote(p.id)}: target kind ${quote(p.kind)} is not one of ${list(p.kinds)}`;
/** @internal */
export const kpiUnitKind = (p: { id: unknown; unitKind: unknown; kinds: readonly string[] }): string =>
  `KPI ${quote(p.id)}: unitKind ${quote(p.unitKind)} is not one of ${list(p.kinds)}`;
/** @internal */
export const periodNotObject = (p: { id: unknown }): string =>
  `KPI ${quote(p.id)}: period is not { start, end }`;
/** @internal */
export const kpiPeriodBackwards = (p: { id: unknown; start: number; end: number }): string =>
  `KPI ${quote(p.id)}: period ${p.start}..${p.end} ends before it starts`;
/** @internal */
export const baselineNotObject = (p: { id: unknown }): string =>
  `KPI ${quote(p.id)}: baseline is not an object`;
/** @internal */
export const changeNotAboveZero = (p: { id: unknown; amount: unknown }): string =>
  `KPI ${quote(p.id)}: the change ${quote(p.amount)} must be above 0 (direction says which way)`;
/** @internal */
export const rateNotAboveZero = (p: { id: unknown; percent: unknown }): string =>
  `KPI ${quote(p.id)}: the rate ${quote(p.percent)} must be above 0 (direction says which way)`;
/** @internal */
export const targetNeedsDeadline = (p: { id: unknown }): string =>
  `KPI ${quote(p.id)}: a level, change or rate target needs target.by or a period`;
/** @internal */
export const targetWrongWay = (p: { id: unknown; direction: string }): string =>
  `KPI ${quote(p.id)}: the target moves the wrong way for ${p.direction} is better`;
/** @internal */
export const baselineNeedsTime = (p: { id: unknown }): string =>
  `KPI ${quote(p.id)}: the baseline needs asOf, fiscalYear or a KPI period to pace the target`;
/** @internal */
export const deadlineBeforeBaseline = (p: { id: unknown; deadline: unknown }): string =>
  `KPI ${quote(p.id)}: the deadline ${p.deadline} is before the baseline`;

// rating

/** Which rating scale (and which part of it) a message is about. @internal */
export type ScaleAt = { scale: unknown; part?: 'bands' | 'shares' };
const scaleAt = (p: ScaleAt): string =>
  `rating scale ${quote(p.scale)}: ${p.part === undefined ? '' : `${p.part}: `}`;
type Code = ScaleAt & { code: unknown };

/** @internal */
export const notAScale = (p: { input: unknown }): string => `${quote(p.input)} is not a rating scale object`;
/** @internal */
export const notARatingText = (p: { input: unknown }): string => `${quote(p.input)} is not a rating (text)`;
/** @internal */
export const notScaleOrBands = (p: { input: unknown }): string =>
  `${quote(p.input)} is not a rating scale or its bands`;
/** @internal */
export const scaleHasNoBands = (p: { scale: unknown }): string =>
  `rating scale ${quote(p.scale)} declares no bands`;
/** @internal */
export const scaleIdEmpty = (p: ScaleAt): string => `${scaleAt(p)}id must be non-empty text`;
/** @internal */
export const scaleNameLabels = (p: ScaleAt): string => `${scaleAt(p)}name needs ja and en`;
/** @internal */
export const scaleNoLevels = (p: ScaleAt): string => `${scaleAt(p)}needs at least one level`;
/** @internal */
export const levelNotObject = (p: ScaleAt): string => `${scaleAt(p)}every level must be an object`;
/** @internal */
export const levelNoCode = (p: ScaleAt): string => `${scaleAt(p)}every level needs a code`;
/** @internal */
export const codeTwice = (p: Code): string => `${scaleAt(p)}the code ${quote(p.code)} appears twice`;
/** @internal */
export const levelProgress = (p: Code): string =>
  `${scaleAt(p)}level ${quote(p.code)}: progress must be ahead, on-track or behind`;
/** @internal */
export const levelLabel = (p: Code): string => `${scaleAt(p)}level ${quote(p.code)}: label needs ja and en`;
/** @internal */
export const levelScore = (p: Code): string =>
  `${scaleAt(p)}level ${quote(p.code)}: the score must be a whole number`;
/** @internal */
export const levelColour = (p: Code): string => `${scaleAt(p)}level ${quote(p.code)}: colour is not #rrggbb`;
/** @internal */
export const codesNotList = (p: ScaleAt & { field: string }): string =>
  `${scaleAt(p)}${p.field} must be a list of codes`;
/** @internal */
export const codesNotText = (p: ScaleAt & { field: string }): string =>
  `${scaleAt(p)}${p.field} codes must be non-empty text`;
/** @internal */
export const cannotBeCode = (p: Code): string => `${scaleAt(p)}${quote(p.code)} cannot be a code`;
/** @internal */
export const levelAndNotApplicable = (p: Code): string =>
  `${scaleAt(p)}${quote(p.code)} cannot be both a level and not applicable`;
/** @internal */
export const unknownScaleField = (
  p: ScaleAt & { field: unknown; of?: 'scale' | 'band'; expected: readonly string[] },
): string =>
  `${scaleAt(p)}${quote(p.field)} is not a field${p.of === undefined ? '' : ` of a ${p.of}`} (expected ${list(p.expected)})`;
/** @internal */
export const unknownLevelField = (p: Code & { field: unknown; expected: readonly string[] }): string =>
  `${scaleAt(p)}level ${quote(p.code)}: ${quote(p.field)} is not a field (expected ${list(p.expected)})`;
/** @internal */
export const sameCode = (p: Code & { other: unknown }): string =>
  `${scaleAt(p)}${quote(p.other)} and ${quote(p.code)} are the same code (or one mark spelt twice)`;
/** @internal */
export const partNotObject = (p: ScaleAt): string => `${scaleAt(p)}must be an object`;
/** @internal */
export const bandsOf = (p: ScaleAt & { input: unknown }): string =>
  `${scaleAt(p)}of must be sum or mean, not ${quote(p.input)}`;
/** @internal */
export const bandsCount = (p: ScaleAt): string => `${scaleAt(p)}needs 1 to 50 bands`;
/** @internal */
export const bandNotObject = (p: ScaleAt): string => `${scaleAt(p)}every band must be an object`;
/** @internal */
export const bandNoCode = (p: ScaleAt): string => `${scaleAt(p)}every band needs a code`;
/** @internal */
export const bandLabel = (p: Code): string => `${scaleAt(p)}band ${quote(p.code)}: label needs ja and en`;
/** @internal */
export const bandNeedsLabel = (p: Code): string =>
  `${scaleAt(p)}band ${quote(p.code)} is not a level of the scale, so it needs a label`;
/** @internal */
export const bandEnd = (p: Code): string =>
  `${scaleAt(p)}band ${quote(p.code)}: an end is { value, inclusive }`;
/** @internal */
export const bandInclusive = (p: Code): string =>
  `${scaleAt(p)}band ${quote(p.code)}: say whether each end is inclusive`;
/** @internal */
export const bandEndFigure = (p: Code & { value: unknown }): string =>
  `${scaleAt(p)}band ${quote(p.code)}: ${quote(p.value)} is not a figure`;
/** @internal */
export const bandEmpty = (p: Code): string => `${scaleAt(p)}band ${quote(p.code)} holds no figure`;
/** @internal */
export const bandsOverlap = (p: Code & { other: unknown }): string =>
  `${scaleAt(p)}band ${quote(p.code)} overlaps band ${quote(p.other)}`;
/** @internal */
export const sharesMethod = (p: ScaleAt & { input: unknown }): string =>
  `${scaleAt(p)}method must be each or largest-remainder, not ${quote(p.input)}`;
/** @internal */
export const sharesFixed = (p: ScaleAt): string => `${scaleAt(p)}fixed must be true or false`;
/** @internal */
export const sharesNote = (p: ScaleAt): string => `${scaleAt(p)}note must be true, false or { ja, en }`;
/** @internal */
export const scalePlaces = (p: ScaleAt & { input: unknown }): string =>
  `${scaleAt(p)}places: ${quote(p.input)} is not a whole number 0..20`;
/** @internal */
export const scaleRounding = (p: ScaleAt & { input: unknown; modes: readonly string[] }): string =>
  `${scaleAt(p)}rounding: ${quote(p.input)} is not one of ${list(p.modes)}`;

// plan

/** @internal */
export const notEither = (p: { name: string; input: unknown; first: string; second: string }): string =>
  `${p.name}: ${quote(p.input)} is not ${p.first} or ${p.second}`;
/** @internal */
export const notEitherUseWorkbook = (p: {
  name: string;
  input: unknown;
  first: string;
  second: string;
}): string => `${notEither(p)} (for one .xlsx workbook, call exportTidyWorkbook)`;
/** @internal */
export const noDeclaredSummary = (p: { plan: unknown; fiscalYear: number }): string =>
  `plan ${quote(p.plan)} declares no summary for ${p.fiscalYear}`;
/** @internal */
export const notAPlan = (p: { input: unknown }): string => `${quote(p.input)} is not a plan`;
/** @internal */
export const notAProgram = (p: { input: unknown }): string => `${quote(p.input)} is not a program`;
/** @internal */
export const notAFiscalYearIn = (p: { input: unknown; min: number; max: number }): string =>
  `${quote(p.input)} is not a fiscal year ${p.min}..${p.max}`;
/**
 * A plan with problems: the first few issues, already worded in each language (the issue words
 * are their own section of the catalogue).
 * @internal
 */
export const planProblems = (p: {
  count: number;
  lines: { readonly ja: readonly string[]; readonly en: readonly string[] };
  more: number;
}): string =>
  `the plan has ${p.count} problem${p.count === 1 ? '' : 's'}: ${p.lines.en.join('; ')}${p.more > 0 ? `; and ${p.more} more` : ''}`;
/** @internal */
export const notTextNamed = (p: { name: string; input: unknown }): string =>
  `${p.name}: ${quote(p.input)} is not text`;
/** @internal */
export const notAList = (p: { name: string; input: unknown }): string =>
  `${p.name}: ${quote(p.input)} is not a list`;
/** @internal */
export const idUsedTwice = (p: { index: number; id: unknown }): string =>
  `plans[${p.index}]: the id ${quote(p.id)} is already used by an earlier plan; ids must join the tables`;
/** @internal */
export const reportFormat = (p: { input: unknown }): string =>
  `format: ${quote(p.input)} is not text, md, csv or json`;
/** @internal */
export const chartCoordinate = (p: { value: number }): string =>
  `a chart coordinate of ${p.value} cannot be drawn`;
/** @internal */
export const notEitherQuoted = (p: { name: string; input: unknown; first: string; second: string }): string =>
  `${p.name}: ${quote(p.input)} is not '${p.first}' or '${p.second}'`;
/** @internal */
export const badIdPrefix = (p: { input: unknown }): string =>
  `idPrefix: ${quote(p.input)} must be a letter followed by letters, digits, - or _`;
/** @internal */
export const notAResultOf = (p: { input: unknown; fn: string }): string =>
  `${quote(p.input)} is not a result of ${p.fn}`;

// schema

/** One problem of a document, as a message shows it. @internal */
export type Problem = { readonly path: string; readonly message: string };
const problems = (items: readonly Problem[], max: number): string =>
  items
    .slice(0, max)
    .map((item) => `${item.path}: ${item.message}`)
    .join('; ');

/** @internal */
export const notAboveZero = (p: { name: string; input: unknown }): string =>
  `${p.name}: ${quote(p.input)} is not a whole number above 0`;
/** @internal */
export const documentTooLarge = (p: { bytes: number; max: number }): string =>
  `the document has ${p.bytes} bytes, over the limit of ${p.max}`;
/** @internal */
export const problemAt = (p: Problem): string => `${p.path}: ${p.message}`;
/** @internal */
export const notJson = (p: { message: string }): string => `not JSON: ${p.message}`;
/** @internal */
export const documentProblems = (p: { problems: readonly Problem[] }): string =>
  `${p.problems.length} problem${p.problems.length === 1 ? '' : 's'}: ${problems(p.problems, 3)}`;
/**
 * A KPI with problems: the first few issues, already worded in each language.
 * @internal
 */
export const kpiProblems = (p: {
  count: number;
  lines: { readonly ja: readonly string[]; readonly en: readonly string[] };
}): string => `the KPI has ${p.count} problem${p.count === 1 ? '' : 's'}: ${p.lines.en.join('; ')}`;

// io

/** @internal */
export const invalidDateCell = (_: { input: unknown }): string => 'an invalid date';
/** @internal */
export const notFinite = (p: { value: number }): string => `${p.value} is not finite`;
/** @internal */
export const cellHoldsDate = (p: { date: string }): string =>
  `the cell holds a date (${p.date}), not a figure`;
/** @internal */
export const notAFigure = (p: { input: unknown }): string => `${quote(p.input)} is not a figure`;
/** @internal */
export const notAFiscalYearCell = (p: { input: unknown }): string =>
  `${quote(p.input)} is not a fiscal year such as 令和5年度 or R5`;
/** @internal */
export const serial60 = (_: Record<string, never>): string => 'serial 60 is 1900-02-29, a day that never was';
/** @internal */
export const notADateCell = (p: { input: unknown }): string =>
  `${quote(p.input)} is not a date (令和3年4月1日, 2021-04-01), a month (R5.3) or a fiscal year (令和5年度)`;
/** @internal */
export const notASerial = (p: { input: number }): string =>
  `${p.input} is not a date serial or a fiscal year`;
/** @internal */
export const loneSurrogateIn = (p: { what: string }): string =>
  `${p.what}: the text holds a lone surrogate, which is no character`;
/** @internal */
export const notBytes = (p: { what: string; input: unknown }): string =>
  `${p.what}: ${quote(p.input)} is not a Uint8Array`;
/** @internal */
export const shiftJisNoBom = (_: { input: unknown }): string => 'bom: Shift_JIS has no byte order mark';
/** @internal */
export const jsonLinesUtf8 = (_: { input: unknown }): string =>
  'JSON Lines are UTF-8 without a byte order mark';
/** @internal */
export const notAKindOfTarget = (p: { value: unknown; kinds: readonly string[] }): string =>
  `${quote(p.value)} is not a kind of target: expected one of ${list(p.kinds)}`;
/** @internal */
export const notMilestoneCell = (p: { value: unknown }): string =>
  `${quote(p.value)} is not 達成, 未達成 or the day it was done`;
/** @internal */
export const notDirectionCell = (p: { value: unknown }): string =>
  `${quote(p.value)} is not 高い方が良い (higher) or 低い方が良い (lower)`;
/** @internal */
export const unitMismatch = (p: { unit: string; written: unknown }): string =>
  `the figure is in ${p.unit}, but the unit is ${quote(p.written)}`;
/** @internal */
export const notALimit = (p: { key: string; limits: readonly string[] }): string =>
  `limits.${p.key} is not a limit: the limits are ${list(p.limits)}`;
/** @internal */
export const notAPlanPeriodCell = (p: { input: unknown }): string =>
  `${quote(p.input)} is not a plan period such as 令和3年度～令和6年度 or R3～R6`;
/** @internal */
export const cellPeriodBackwards = (p: { input: unknown }): string =>
  `${quote(p.input)} ends before it starts`;
/** @internal */
export const notAScaleName = (p: { input: unknown; known: string }): string =>
  `${quote(p.input)} is not a rating scale: expected one of ${p.known}`;
/** @internal */
export const ruleNamesNoScale = (p: { rule: unknown }): string =>
  `judgement rule ${quote(p.rule)} names no scale munikpi ships: pass options.scale, a scale with the rule's codes`;
/** @internal */
export const notARatingOn = (p: { value: unknown; scale: string; allowed: readonly string[] }): string =>
  `${quote(p.value)} is not a rating on the scale ${p.scale}: expected one of ${list(p.allowed)}`;
/** @internal */
export const notAProgramKind = (p: { value: unknown }): string =>
  `${quote(p.value)} is not 実施 (implementation) or 検討 (study)`;
/** @internal */
export const notAProgramNumber = (p: { value: unknown }): string =>
  `${quote(p.value)} is not a program number such as 12 or ⑫`;
/** @internal */
export const notDirections = (p: { input: unknown }): string =>
  `directions: ${quote(p.input)} is not a whole number 0..100`;
/** @internal */
export const noProgramTable = (_: Record<string, never>): string => 'the import failed: no table of programs';
/** @internal */
export const notTidyTables = (p: { input: unknown; missing: string | null }): string =>
  `exportTidyTables: ${quote(p.input)} ${p.missing === null ? 'is not an object' : `has no table ${p.missing}`} (see tidyTables)`;
/** @internal */
export const reportFormatOf = (p: { input: unknown }): string =>
  `format: ${quote(p.input)} is not auto, xlsx or csv`;
/** @internal */
export const periodBackwards = (p: { start: number; end: number }): string =>
  `the period ${p.start}..${p.end} ends before it starts`;

// judgement rules
/** What is wrong with a judgement rule (a stable word, kept in the error's detail). @internal */
export type RuleProblem =
  | 'unknown-field'
  | 'id'
  | 'name'
  | 'scale'
  | 'combine'
  | 'change'
  | 'places'
  | 'rounding'
  | 'cases'
  | 'case-object'
  | 'case-unknown-field'
  | 'case-code'
  | 'label'
  | 'status'
  | 'deadline'
  | 'case-change'
  | 'no-tolerance'
  | 'figure'
  | 'range-without-figure'
  | 'end'
  | 'end-value';
/** Where in a judgement rule: its id and, for a case, the case's code. @internal */
export type RuleAt = { rule: unknown; case?: unknown; field?: unknown; problem: RuleProblem };
const RULE_PROBLEMS: { readonly [Problem in RuleProblem]: (p: RuleAt) => string } = {
  'unknown-field': (p) => `${quote(p.field)} is not a field`,
  id: () => 'id must be non-empty text',
  name: () => 'name needs ja and en',
  scale: () => 'scale must be the id of a scale',
  combine: () => 'combine must be worst or behind-first',
  change: () => 'change must be { measure: percent | points, worse, better? }, not negative',
  places: (p) => `places: ${quote(p.field)} is not a whole number 0..20`,
  rounding: (p) => `rounding: ${quote(p.field)} is not a rounding mode`,
  cases: () => 'needs 1 to 50 cases',
  'case-object': () => 'every case must be an object',
  'case-unknown-field': (p) => `${quote(p.field)} is not a field of a case`,
  'case-code': () => 'every case needs a code',
  label: () => 'label needs ja and en',
  status: () => 'status must be a list of KPI statuses',
  deadline: () => 'deadline must be before or reached',
  'case-change': () => 'change must be a list of improved, unchanged, worse',
  'no-tolerance': () => 'reads change, but the rule gives no change tolerance',
  figure: () => 'figure must be achievement, progress or paceRatio',
  'range-without-figure': () => 'min and max need a figure',
  end: () => 'an end is { value, inclusive }, saying whether it is inclusive',
  'end-value': (p) => `${quote(p.field)} is not a figure`,
};
/** @internal */
export const ruleProblem = (p: RuleAt): string =>
  `judgement rule ${quote(p.rule)}: ${p.case === undefined ? '' : `case ${quote(p.case)}: `}${RULE_PROBLEMS[p.problem](p)}`;
/** @internal */
export const notAJudgementRule = (p: { input: unknown }): string =>
  `${quote(p.input)} is not a judgement rule`;
/** @internal */
export const notAKpiEvaluation = (p: { input: unknown }): string =>
  `${quote(p.input)} is not a KPI evaluation`;
/** @internal */
export const evaluationNotANumber = (p: { kpi: unknown; fiscalYear: number }): string =>
  `the evaluation of KPI ${quote(p.kpi)} FY${p.fiscalYear} is not a number: use one of its figures (evaluation.progress, evaluation.actual), or \`\${evaluation}\` for its line`;
/** @internal */
export const changeToleranceShape = (p: { input: unknown }): string =>
  `change: ${quote(p.input)} is not { measure: percent | points, worse, better? }`;
/** @internal */
export const changeToleranceNegative = (_p: { input: unknown }): string =>
  'change: worse and better must not be negative';

// import limits, encodings, files

/** An import limit, by its key in `limits`. @internal */
export type LimitKey = 'bytes' | 'textBytes' | 'rows' | 'columns' | 'cells' | 'sharedStrings';
/** What an import found over a limit, as data. @internal */
export type LimitFound =
  | { readonly at: 'file'; readonly bytes: number }
  | { readonly at: 'declaredXml'; readonly bytes: number }
  | { readonly at: 'part'; readonly part: string }
  | { readonly at: 'declaredStrings'; readonly count: string }
  | { readonly at: 'moreStrings' }
  | { readonly at: 'sheetRow'; readonly sheet: string; readonly row: number; readonly ref: string }
  | { readonly at: 'sheetColumn'; readonly sheet: string; readonly column: string; readonly ref: string }
  | { readonly at: 'value'; readonly sheet: string; readonly cell: string }
  | { readonly at: 'moreCells'; readonly sheet: string; readonly cell: string }
  | { readonly at: 'merged'; readonly sheet: string }
  | { readonly at: 'csvText'; readonly file: string; readonly bytes: number }
  | { readonly at: 'csvRows'; readonly file: string }
  | { readonly at: 'csvFields'; readonly file: string; readonly fields: number; readonly line: number }
  | { readonly at: 'csvCells'; readonly file: string; readonly row: number };
const LIMIT_WHAT: { readonly [Key in LimitKey]: string } = {
  bytes: 'bytes in the file',
  textBytes: 'bytes of text, in a CSV file or as XML inside a workbook',
  rows: 'rows',
  columns: 'columns',
  cells: 'cells with a value (or covered by a merged range)',
  sharedStrings: 'shared strings',
};
const csvFile = (file: string): string => (file === '' ? 'the CSV file' : file);
const FOUND: { readonly [At in LimitFound['at']]: (p: Extract<LimitFound, { at: At }>) => string } = {
  file: (p) => `importPlan: the file has ${p.bytes.toLocaleString('en-US')} bytes`,
  declaredXml: (p) => `the workbook declares ${p.bytes.toLocaleString('en-US')} bytes of XML in its sheets`,
  part: (p) => `the part ${p.part} inflates to more than its share of the budget`,
  declaredStrings: (p) => `the workbook declares ${p.count} shared strings`,
  moreStrings: () => 'the workbook holds more shared strings',
  sheetRow: (p) => `the sheet ${p.sheet} reaches row ${p.row} (${p.ref})`,
  sheetColumn: (p) => `the sheet ${p.sheet} reaches column ${p.column} (${p.ref})`,
  value: (p) => `the sheet ${p.sheet} has a value at ${p.cell}`,
  moreCells: (p) => `the workbook has more cells with a value (sheet ${p.sheet}, ${p.cell})`,
  merged: (p) => `the merged ranges of the sheet ${p.sheet} cover more cells`,
  csvText: (p) => `${csvFile(p.file)} has ${p.bytes.toLocaleString('en-US')} bytes`,
  csvRows: (p) => `${csvFile(p.file)} has more rows`,
  csvFields: (p) => `${csvFile(p.file)} has ${p.fields} fields on line ${p.line}`,
  csvCells: (p) => `${csvFile(p.file)} has more cells (by row ${p.row})`,
};
/** @internal */
export const overLimit = (p: { key: LimitKey; max: number; found: LimitFound; trim: boolean }): string =>
  `${(FOUND[p.found.at] as (f: LimitFound) => string)(p.found)}: the limit is ${p.max.toLocaleString('en-US')} ${LIMIT_WHAT[p.key]} ` +
  `(raise it with the option limits.${p.key}, or munikpi ${limitFlag(p.key)}${p.trim ? ', or delete the cells beyond the table (Ctrl+End in Excel shows where the sheet ends) and save' : ''})`;
/** @internal */
export const csvUnreadable = (p: { line: number | null; message: string | null }): string =>
  `${p.line === null ? '(document)' : `line ${p.line}`}: ${p.message ?? `a quoted field in the record that starts on line ${p.line} is never closed`}`;
/** @internal */
export const oldXls = (_: Record<string, never>): string =>
  'the old .xls format cannot be read: save the workbook as .xlsx (or CSV)';
/** @internal */
export const importedPlanInvalid = (_: Record<string, never>): string => 'the imported plan is not valid';
/** @internal */
export const importProblems = (p: { failed: boolean; count: number; problems: readonly Problem[] }): string =>
  `${importProblemCount(p)}: ${problems(p.problems, 5)}${p.count > 5 ? `; and ${p.count - 5} more` : ''}`;
/** @internal */
export const importProblemCount = (p: { failed: boolean; count: number }): string =>
  `${p.failed ? 'the import failed' : 'the imported plan is not valid'}: ${p.count} problem${p.count === 1 ? '' : 's'}`;
/** @internal */
export const mappingForbiddenKeys = (p: { count: number; path: string }): string =>
  `the mapping has ${p.count} forbidden key(s): ${p.path}`;
/** @internal */
export const mappingProblems = (p: { count: number; problems: readonly Problem[] }): string =>
  `the mapping has ${p.count} problem${p.count === 1 ? '' : 's'}: ${problems(p.problems, 5)}`;
/** @internal */
export const invalidUtf8 = (p: { byte: string; offset: number; suggest: boolean }): string =>
  `byte ${p.byte} at offset ${p.offset} is not valid UTF-8${p.suggest ? "; if the file is Shift_JIS, pass { encoding: 'shift_jis' } or 'auto'" : ''}`;
/** @internal */
export const invalidShiftJis = (p: { byte: string; offset: number }): string =>
  `byte ${p.byte} at offset ${p.offset} is not valid Shift_JIS (CP932)`;
/** @internal */
export const utf16Bom = (_: { offset: number }): string =>
  'the bytes start with a UTF-16 byte order mark (Excel "Unicode text"): save as "CSV UTF-8" instead';
/** @internal */
export const neitherEncoding = (p: {
  utf8Byte: string;
  utf8Offset: number;
  sjisByte: string;
  sjisOffset: number;
}): string =>
  `the bytes are neither UTF-8 (byte ${p.utf8Byte} at offset ${p.utf8Offset} is invalid) ` +
  `nor Shift_JIS (byte ${p.sjisByte} at offset ${p.sjisOffset} is invalid)`;
/** A run of UTF-8 text in a Shift_JIS file. @internal */
export type MixedPlace = { readonly line: number; readonly offset: number; readonly text: string };
/** @internal */
export const utf8InShiftJis = (p: MixedPlace): string =>
  `line ${p.line}, offset ${p.offset}: the bytes are UTF-8 for ${JSON.stringify(p.text)} in a file that is otherwise Shift_JIS`;
/** @internal */
export const mixedEncodings = (p: { places: readonly MixedPlace[]; more: number }): string =>
  `the file mixes encodings: ${p.places.map(utf8InShiftJis).join('; ')}${p.more > 0 ? `; and ${p.more} more` : ''}. Save it again in one encoding (CSV UTF-8), or pass encoding shift_jis if it really is Shift_JIS throughout`;
/** A character Shift_JIS cannot hold: the character, its code point, where, and a better one. @internal */
export type Unencodable = {
  readonly char: string;
  readonly label: string;
  readonly index: number;
  readonly better: string | null;
};
/** @internal */
export const notInShiftJis = (p: Unencodable): string =>
  `${JSON.stringify(p.char)} (${p.label}) at index ${p.index} cannot be written in Shift_JIS (CP932)` +
  (p.better === null ? '' : `: use ${p.better}`);
/** @internal */
export const textNotInShiftJis = (p: { bad: Unencodable | null; count: number }): string =>
  `${p.bad === null ? 'the text cannot be written in Shift_JIS (CP932)' : notInShiftJis(p.bad)}${p.count > 1 ? `; and ${p.count - 1} more` : ''}; or write UTF-8 instead`;
/** @internal */
export const loneSurrogateAt = (p: { label: string; index: number }): string =>
  `a lone surrogate ${p.label} at index ${p.index} is not a character`;
/** The type a tidy table's column holds. @internal */
export type ColumnType = 'text' | 'decimal' | 'integer';
const COLUMN_TYPE: { readonly [Type in ColumnType]: string } = {
  decimal: 'decimal text',
  integer: 'a whole number',
  text: 'text',
};
/** @internal */
export const notColumnType = (p: { value: unknown; type: ColumnType }): string =>
  `${quote(p.value)} is not ${COLUMN_TYPE[p.type]} or null`;
/** @internal */
export const tableCellType = (p: { path: string; value: unknown; type: ColumnType; count: number }): string =>
  `${p.path}: ${notColumnType(p)}${p.count > 1 ? `; and ${p.count - 1} more` : ''}`;
/** A cell of a tidy table, by table, line of the file and column, and what is wrong in it. @internal */
export type TableCell = {
  readonly table: string;
  readonly line: number;
  readonly column: string;
  readonly message: string;
};
/** @internal */
export const tableCellAt = (p: TableCell): string =>
  `${p.table} line ${p.line}, column ${p.column}: ${p.message}`;
/** @internal */
export const cellsNotEncodable = (p: { encoding: string; cell: TableCell | null; count: number }): string =>
  `${p.cell === null ? `the text cannot be written in ${p.encoding}` : tableCellAt(p.cell)}${p.count > 1 ? `; and ${p.count - 1} more` : ''}${p.encoding === 'shift_jis' ? '; or write UTF-8 instead' : ''}`;
/** @internal */
export const notAWorkbook = (p: { name: string; reason: string }): string =>
  `${p.name === '' ? 'the workbook' : p.name} is not a readable .xlsx workbook: ${p.reason}`;
/** Why text is not a figure. @internal */
export type NumberProblem = 'grouping' | 'shape';
/** @internal */
export const notANumberCell = (p: { input: unknown; why: NumberProblem }): string =>
  `${quote(p.input)} is not a number: ${p.why === 'grouping' ? 'digits grouped other than by threes' : 'expected a figure such as 604,701,094円, 73.9%, ▲5 or ―'}`;
/** @internal */
export const spellingDiffers = (p: {
  which: 'start' | 'end';
  spelt: unknown;
  fiscalYear: number;
  year: number;
}): string =>
  `period.spelling.${p.which} ${quote(p.spelt)} is fiscal ${p.fiscalYear}, but period.${p.which} is ${p.year}`;

// cli

/** @internal */
export const inputTooLarge = (p: { name: string; max: number; flag: string }): string =>
  `${quote(p.name)} is larger than the input limit of ${p.max} bytes; pass ${p.flag} <n> to raise it`;
const READ_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};
/** @internal */
export const cannotRead = (p: { path: string; errno: string }): string =>
  `cannot read ${quote(p.path)}: ${Object.hasOwn(READ_REASONS, p.errno) ? READ_REASONS[p.errno] : p.errno}`;
/** @internal */
export const noStdin = (_: { input: string }): string => 'no standard input to read';
/** What is at an output path that the CLI will not write over. @internal */
export type OutputTarget = 'directory' | 'symlink' | 'fifo' | 'device' | 'special' | 'hardlinks';
const TARGETS: { readonly [Target in OutputTarget]: (links: number) => string } = {
  directory: () => 'a directory',
  symlink: () => 'a symbolic link',
  fifo: () => 'a FIFO',
  device: () => 'a device',
  special: () => 'not a regular file',
  hardlinks: (links) => `a file with ${links} hard links (replacing it would split them)`,
};
/** @internal */
export const willNotWrite = (p: { path: string; target: OutputTarget; links: number }): string =>
  `will not write to ${quote(p.path)}: it is ${TARGETS[p.target](p.links)}; ${p.target === 'directory' ? 'name a file in it' : 'pass --force to write into it'}, or -o - for stdout`;
/** @internal */
export const cannotWrite = (p: { path: string; errno: string }): string =>
  `cannot write ${quote(p.path)}: ${p.errno === 'ENOENT' ? 'no such directory' : p.errno}`;
