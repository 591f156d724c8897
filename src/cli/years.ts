import {
  type FiscalYear,
  fiscalYearOf,
  formatFiscalYear,
  type Plan,
  parseFiscalYear,
  today,
} from '../index.js';

/** A fiscal year from a flag: 2023, R5, 令和5年度, FY2023 (an era year past its end is read as meant). @internal */
export function fiscalYearArg(value: string): FiscalYear {
  return parseFiscalYear(value, { allowOverflow: true });
}

/** The year a report is about when --fy is not given: the plan's latest reported year. @internal */
export function defaultFiscalYear(plan: Plan): FiscalYear {
  const years = new Set<number>();
  for (const summary of plan.summaries ?? []) years.add(summary.fiscalYear);
  for (const program of plan.programs)
    for (const year of Object.keys(program.reports ?? {})) years.add(Number(year));
  const inPlan = [...years].filter((y) => y >= plan.period.start && y <= plan.period.end);
  if (inPlan.length > 0) return Math.max(...inPlan);
  return Math.min(Math.max(fiscalYearOf(today()), plan.period.start), plan.period.end);
}

/**
 * The words of the warning for a year outside the plan's period, or null when it lies inside.
 * @internal
 */
export function outsidePeriod(
  plan: Plan,
  fiscalYear: FiscalYear,
  warning: (year: string, start: string, end: string) => string,
): string | null {
  if (fiscalYear >= plan.period.start && fiscalYear <= plan.period.end) return null;
  const label = (year: FiscalYear) => `${formatFiscalYear(year)} (${year})`;
  return warning(label(fiscalYear), label(plan.period.start), label(plan.period.end));
}
