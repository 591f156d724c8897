/*
 * The check of a judgement rule, apart from the rules themselves and their judging: the plan
 * checker reads it without the KPI engine (and without decimal.js).
 */
import { fail } from '../core/errors.js';
import { ratioOf } from '../core/exact.js';
import { notAJudgementRule, type RuleProblem, ruleProblem } from '../core/messages/errors-en.js';
import { changeBandOf } from '../kpi/change-band.js';
import { ALL_KPI_STATUSES } from '../kpi/status-list.js';
import { badPlacesOrRounding, unknownKey } from './fields.js';
import { isLabels } from './labels.js';
import type { JudgementRule, RuleCase } from './rule-types.js';

const RULE_KEYS = new Set(['id', 'name', 'scale', 'change', 'places', 'rounding', 'combine', 'cases']);
const CASE_KEYS = new Set(['code', 'label', 'status', 'deadline', 'change', 'figure', 'min', 'max']);
const STATUSES = new Set<string>(ALL_KPI_STATUSES);
const FIGURES = new Set<string>(['achievement', 'progress', 'paceRatio']);
const CHANGES = new Set<string>(['improved', 'unchanged', 'worse']);
/** Rules checked and deeply frozen by defineJudgementRule. */
const sealedRules = new WeakSet<object>();

/** Marks a rule checked and deeply frozen, so that checkRule passes it at once. @internal */
export function sealRule(rule: object): void {
  sealedRules.add(rule);
}

/**
 * Checks a judgement rule and throws `INVALID_ARGUMENT` naming what is wrong.
 * @internal
 */
export function checkRule(rule: unknown): asserts rule is JudgementRule {
  if (typeof rule === 'object' && rule !== null && sealedRules.has(rule)) return;
  const r = rule as Partial<JudgementRule> | null;
  if (typeof r !== 'object' || r === null || Array.isArray(r))
    fail('INVALID_ARGUMENT', { notAJudgementRule }, { input: rule });
  const bad: RuleFail = (problem, field, at, code = 'INVALID_ARGUMENT') =>
    fail(code, { ruleProblem }, { rule: r.id, ...at, problem, field }, { input: rule });
  const extra = unknownKey(r, RULE_KEYS);
  if (extra !== undefined) bad('unknown-field', extra);
  if (typeof r.id !== 'string' || r.id === '') bad('id');
  if (!isLabels(r.name)) bad('name');
  if (r.scale !== undefined && typeof r.scale !== 'string') bad('scale');
  if (r.combine !== undefined && r.combine !== 'worst' && r.combine !== 'behind-first') bad('combine');
  const placesOrRounding = badPlacesOrRounding(r);
  if (placesOrRounding !== undefined) bad(placesOrRounding, r[placesOrRounding]);
  if (r.change !== undefined) {
    try {
      changeBandOf(r.change);
    } catch {
      bad('change');
    }
  }
  if (!Array.isArray(r.cases) || r.cases.length === 0 || r.cases.length > 50) bad('cases');
  for (const c of r.cases as readonly RuleCase[]) checkCase(c, r.change !== undefined, bad);
}

/** Throws INVALID_ARGUMENT worded by ruleProblem. */
type RuleFail = (
  problem: RuleProblem,
  field?: unknown,
  at?: { case: unknown },
  code?: 'INVALID_ARGUMENT' | 'INVALID_NUMBER',
) => never;

function checkCase(c: RuleCase, hasChange: boolean, bad: RuleFail): void {
  if (typeof c !== 'object' || c === null || Array.isArray(c)) bad('case-object');
  const extra = unknownKey(c, CASE_KEYS);
  if (extra !== undefined) bad('case-unknown-field', extra);
  if (typeof c.code !== 'string' || c.code.trim() === '') bad('case-code');
  const at = { case: c.code };
  if (c.label !== undefined && !isLabels(c.label)) bad('label', undefined, at);
  if (c.status !== undefined && (!Array.isArray(c.status) || !c.status.every((s) => STATUSES.has(s))))
    bad('status', undefined, at);
  if (c.deadline !== undefined && c.deadline !== 'before' && c.deadline !== 'reached')
    bad('deadline', undefined, at);
  if (c.change !== undefined) {
    if (!Array.isArray(c.change) || !c.change.every((s) => CHANGES.has(s))) bad('case-change', undefined, at);
    if (!hasChange) bad('no-tolerance', undefined, at);
  }
  if (c.figure !== undefined && !FIGURES.has(c.figure)) bad('figure', undefined, at);
  if ((c.min !== undefined || c.max !== undefined) && c.figure === undefined)
    bad('range-without-figure', undefined, at);
  for (const end of [c.min, c.max]) {
    if (end === undefined) continue;
    if (typeof end !== 'object' || end === null || typeof end.inclusive !== 'boolean')
      bad('end', undefined, at);
    if (typeof end.value !== 'number' && typeof end.value !== 'string') bad('end-value', end.value, at);
    try {
      ratioOf(end.value, 'value');
    } catch {
      // Text or a number that is not a finite decimal: the number's own code, the rule's words.
      bad('end-value', end.value, at, 'INVALID_NUMBER');
    }
  }
}
