import { fail, MunikpiError, optionsOf } from '../core/errors.js';
import { withInspect } from '../core/inspect.js';
import { ruleNamesNoScale } from '../core/messages/errors-en.js';
import { type Catalogue, suggestionWords } from '../core/messages/index.js';
import type { FiscalYear } from '../fiscal/index.js';
import { timelineOf } from '../kpi/compile.js';
import { evaluateKpi, kpiStatusOf } from '../kpi/evaluate.js';
import type { EvaluateOptions, Kpi, KpiStatus } from '../kpi/index.js';
import { checkRule } from '../rating/check-rule.js';
import { type JudgementRule, judgeWith } from '../rating/rules.js';
import {
  checkScale,
  isSealedScale,
  type Labels,
  RATING_SCALES,
  type RatingLevel,
  type RatingProgress,
  type RatingScale,
  readingOf,
  SAB_SCALE,
} from '../rating/scale.js';
import { checkProgram, checkYear } from './check.js';
import type { Program } from './types.js';

/** How one KPI counted towards a suggestion. */
export interface SuggestionBasis {
  /** The KPI's id. */
  readonly kpiId: string;
  /** The KPI's name. */
  readonly name: string;
  /** Its status in the year, or `not-assessed` when the year is outside its period. */
  readonly status: KpiStatus | 'not-assessed';
  /** How it counted: ahead, on-track, behind, or null when it did not count. */
  readonly counts: RatingProgress | null;
  /** With a judgement rule: the code the rule gave the KPI, or null when none. */
  readonly level?: string | null;
}

/** A rating suggested from a program's KPIs, beside the official one. Never a replacement for it. */
export interface RatingSuggestion {
  /** The program's id. */
  readonly programId: string;
  /** The fiscal year. */
  readonly fiscalYear: FiscalYear;
  /** The suggested code on the scale, or null when no KPI gives data for the year. */
  readonly suggested: string | null;
  /** The rating the program was given, or null. */
  readonly official: string | null;
  /** Whether the two agree; null when either is missing. */
  readonly agrees: boolean | null;
  /** ahead, on-track or behind, as the KPIs say. */
  readonly progress: RatingProgress | null;
  /** Each KPI and how it counted. */
  readonly basis: readonly SuggestionBasis[];
  /** The rule that decided, in words, in Japanese and English. */
  readonly reason: Labels;
}

/** Options for {@link suggestRating}. */
export interface SuggestOptions {
  /** The scale to suggest on; default Kodaira's S/A/B. */
  readonly scale?: RatingScale;
  /** Options for each KPI's evaluation (tolerance, margin). */
  readonly evaluate?: EvaluateOptions;
  /**
   * A judgement rule (see {@link JUDGEMENT_RULES}): each KPI's evaluation becomes a level by it,
   * and the levels make the program's by the rule's `combine`. The scale is then `scale`, else
   * the shipped scale the rule names; a rule that names none (`agency`, `osakaLibrary`,
   * `fukuoka`) needs `scale`, else `INVALID_OPTION`. Default: Kodaira's own rule, as below.
   */
  readonly rule?: JudgementRule;
}

function countOf(status: KpiStatus, pathBeforeDeadline: boolean): RatingProgress | null {
  switch (status) {
    case 'behind':
    case 'unchanged':
    case 'worse':
      // As JUDGEMENT_RULES.kodaira says: not improving (within the tolerance) is behind.
      return 'behind';
    case 'ahead':
      return 'ahead';
    case 'achieved':
      return pathBeforeDeadline ? 'ahead' : 'on-track';
    case 'on-track':
      return 'on-track';
    default:
      return null;
  }
}

/**
 * The code for a progress on a scale: its first (best) level with that progress, falling back
 * to the on-track level when the scale has no level for ahead.
 * @internal
 */
export function codeFor(scale: RatingScale, progress: RatingProgress): string | null {
  let codes = codesByProgress.get(scale);
  if (codes === undefined) {
    const first = (p: RatingProgress) => scale.levels.find((l) => l.progress === p)?.code ?? null;
    codes = {
      ahead: first('ahead') ?? first('on-track'),
      'on-track': first('on-track'),
      behind: first('behind'),
    };
    if (isSealedScale(scale)) codesByProgress.set(scale, codes);
  }
  return codes[progress];
}

const codesByProgress = new WeakMap<RatingScale, Record<RatingProgress, string | null>>();

/**
 * Suggests a rating for a program in a fiscal year from its KPIs' observations, by this rule:
 *
 * 1. Each KPI is evaluated for the year. `behind` counts as behind; `ahead`, and a level,
 *    change or rate target already achieved before its deadline year, count as ahead;
 *    `on-track` and other achievements count as on plan; `no-data`, `untargeted` and years
 *    outside a KPI's period do not count.
 * 2. Any KPI behind → the scale's first `behind` level (B). Otherwise any ahead → its `ahead`
 *    level (S). Otherwise, with at least one KPI counted → its `on-track` level (A).
 * 3. No KPI counted → no suggestion.
 *
 * With a judgement `rule` (another body's: {@link JUDGEMENT_RULES}), each KPI's evaluation gets
 * the level the rule gives it instead, and the program the worst of them (or, for a rule whose
 * `combine` is `behind-first`, Kodaira's rule above); a KPI whose level is not on the scale does
 * not count. Kodaira's own rule, `JUDGEMENT_RULES.kodaira`, gives what the default gives.
 *
 * The suggestion is shown beside the official rating (`official`, `agrees`) and never replaces it.
 *
 * @param program - the program, with KPIs and observations
 * @param fiscalYear - the fiscal year
 * @param options - the scale and KPI evaluation options
 * @returns the suggestion, the official rating and the basis
 * @throws {MunikpiError} the codes of {@link evaluateKpi} for a bad KPI; `INVALID_OPTION` for a
 *   rule that names no shipped scale, without `options.scale`
 *
 * @example
 * import { suggestRating } from 'munikpi';
 * const program = {
 *   id: 'p12', number: 12, name: '文書の電子化・ペーパーレス化', kind: 'implementation', direction: 'd3',
 *   kpis: [{
 *     id: 'e-approval', name: '電子決裁率', unit: '%',
 *     baseline: { value: 62.3, asOf: '2021-04-01' },
 *     target: { kind: 'level', value: 90, by: 2024 }, yearTargets: { 2023: 85 },
 *     observations: [{ fiscalYear: 2023, value: 73.9 }],
 *   }],
 *   reports: { 2023: { rating: 'B' } },
 * } as const;
 * const s = suggestRating(program, 2023);
 * [s.suggested, s.official, s.agrees]; // ['B', 'B', true]
 */
export function suggestRating(
  program: Program,
  fiscalYear: FiscalYear,
  options?: SuggestOptions,
): RatingSuggestion {
  checkProgram(program);
  checkYear(fiscalYear);
  options = optionsOf(options);
  if (options.scale !== undefined) checkScale(options.scale);
  if (options.rule !== undefined) checkRule(options.rule);
  const scale = options.scale ?? (options.rule === undefined ? SAB_SCALE : scaleNamed(options.rule));
  const found = suggestWith(program, fiscalYear, scale, options.rule, options.evaluate);
  let reason: Labels | undefined;
  const suggestion: RatingSuggestion = {
    ...found,
    get reason(): Labels {
      reason ??= reasonOf(found);
      return reason;
    },
  };
  return withInspect(
    suggestion,
    (s) =>
      `Suggestion for ${s.programId} FY${s.fiscalYear}: ${s.suggested ?? 'none'} (official ${s.official ?? 'none'}` +
      `${s.agrees === null ? '' : s.agrees ? ', agrees' : ', differs'}) — ${s.reason.en}`,
  );
}

/**
 * The suggestion by a rule when there is one, else by Kodaira's default: suggestRating and the
 * audit choose here, without the checks at the door.
 * @internal
 */
export function suggestWith(
  program: Program,
  fiscalYear: FiscalYear,
  scale: RatingScale,
  rule: JudgementRule | undefined,
  evaluate: EvaluateOptions | undefined,
): Omit<RatingSuggestion, 'reason'> {
  return rule === undefined
    ? suggestFor(program, fiscalYear, scale, evaluate)
    : suggestByRule(program, fiscalYear, rule, scale, evaluate);
}

/** Kodaira's default suggestion, without the checks at the door (see suggestWith). */
function suggestFor(
  program: Program,
  fiscalYear: FiscalYear,
  scale: RatingScale,
  evaluate: EvaluateOptions | undefined,
): Omit<RatingSuggestion, 'reason'> {
  let counted = false;
  let behind = false;
  let ahead = false;
  const kpis = program.kpis ?? [];
  // Made at its final length: pushing onto [] would reserve room for 17.
  const basis = new Array<SuggestionBasis>(kpis.length);
  // An indexed loop: the KPIs of a defined plan are frozen, and for…of over them allocates.
  for (let k = 0; k < kpis.length; k++) {
    const kpi = kpis[k] as Kpi;
    let status: KpiStatus | 'not-assessed';
    let pathBeforeDeadline = false;
    try {
      status = kpiStatusOf(kpi, fiscalYear, evaluate);
      if (status === 'achieved') {
        // Only an achievement counts differently before a path target's deadline.
        const deadline = timelineOf(kpi).deadline;
        pathBeforeDeadline = deadline !== null && fiscalYear < deadline;
      }
    } catch (error) {
      if (!(error instanceof MunikpiError && error.code === 'FISCAL_YEAR_OUTSIDE_PERIOD')) throw error;
      status = 'not-assessed';
    }
    const counts = status === 'not-assessed' ? null : countOf(status, pathBeforeDeadline);
    if (counts !== null) counted = true;
    if (counts === 'behind') behind = true;
    if (counts === 'ahead') ahead = true;
    basis[k] = { kpiId: kpi.id, name: kpi.name, status, counts };
  }
  // Behind on any KPI is behind; else ahead on any is ahead; else on track.
  const progress: RatingProgress | null = !counted ? null : behind ? 'behind' : ahead ? 'ahead' : 'on-track';
  const suggested = progress === null ? null : codeFor(scale, progress);
  const official = program.reports?.[String(fiscalYear)]?.rating ?? null;
  return {
    programId: program.id,
    fiscalYear,
    suggested,
    official,
    agrees: suggested === null || official === null ? null : suggested === official,
    progress,
    basis,
  };
}

/**
 * Why a suggestion is what it is, in words: put together only when read (an audit reads few).
 * @internal
 */
export function reasonOf(suggestion: Omit<RatingSuggestion, 'reason'>): Labels {
  const { progress, basis } = suggestion;
  const names = (counts: RatingProgress) => basis.filter((b) => b.counts === counts).map((b) => b.name);
  const say = (words: Catalogue['suggestion']): string =>
    progress === null
      ? words.noData
      : progress === 'behind'
        ? words.behind(names('behind'))
        : progress === 'ahead'
          ? words.ahead(names('ahead'))
          : words.onPlan;
  return { ja: say(suggestionWords('ja')), en: say(suggestionWords('en')) };
}

/** The shipped scale a rule names; a rule that names none (or one munikpi lacks) needs options.scale. */
function scaleNamed(rule: JudgementRule): RatingScale {
  const found = Object.values(RATING_SCALES).find((scale: RatingScale) => scale.id === rule.scale);
  if (found === undefined) fail('INVALID_OPTION', { ruleNamesNoScale }, { rule: rule.id }, { input: rule });
  return found;
}

/** The suggestion by a judgement rule: each KPI's level by the rule, a program's by its combine. */
function suggestByRule(
  program: Program,
  fiscalYear: FiscalYear,
  rule: JudgementRule,
  scale: RatingScale,
  evaluate: EvaluateOptions | undefined,
): Omit<RatingSuggestion, 'reason'> {
  const kpis = program.kpis ?? [];
  const basis: SuggestionBasis[] = [];
  const counted: number[] = [];
  for (const kpi of kpis) {
    let status: KpiStatus | 'not-assessed';
    let level: string | null = null;
    try {
      const evaluation = evaluateKpi(kpi, { fiscalYear }, evaluate);
      status = evaluation.status;
      level = judgeWith(rule, evaluation)?.code ?? null;
    } catch (error) {
      if (!(error instanceof MunikpiError && error.code === 'FISCAL_YEAR_OUTSIDE_PERIOD')) throw error;
      status = 'not-assessed';
    }
    const reading = level === null ? null : readingOf(scale, level);
    const index = reading?.kind === 'level' ? reading.index : -1;
    if (index !== -1) counted.push(index);
    const counts = index === -1 ? null : (scale.levels[index] as RatingLevel).progress;
    basis.push({ kpiId: kpi.id, name: kpi.name, status, counts, level });
  }
  const chosen = combined(counted, scale, rule.combine ?? 'worst');
  const chosenLevel = chosen === null ? null : (scale.levels[chosen] as RatingLevel);
  const suggested = chosenLevel?.code ?? null;
  const official = program.reports?.[String(fiscalYear)]?.rating ?? null;
  return {
    programId: program.id,
    fiscalYear,
    suggested,
    official,
    agrees: suggested === null || official === null ? null : readingOf(scale, official).code === suggested,
    progress: chosenLevel?.progress ?? null,
    basis,
  };
}

/** The level index a program takes from its KPIs' (best first): the worst, or Kodaira's behind-first. */
function combined(
  indices: readonly number[],
  scale: RatingScale,
  combine: 'worst' | 'behind-first',
): number | null {
  if (indices.length === 0) return null;
  const worst = Math.max(...indices);
  if (combine === 'worst') return worst;
  const behind = indices.filter((i) => scale.levels[i]?.progress === 'behind');
  return behind.length > 0 ? Math.max(...behind) : Math.min(...indices);
}
