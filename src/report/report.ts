import { roundingOf } from '../core/decimal.js';
import { MunikpiError, optionsOf, quote } from '../core/errors.js';
import { type FiscalYear, formatFiscalYear, planPeriod } from '../fiscal/index.js';
import { compiled } from '../kpi/compile.js';
import {
  type EvaluateOptions,
  evaluateKpi,
  formatKpiValue,
  type Kpi,
  type KpiEvaluation,
  type KpiStatus,
} from '../kpi/index.js';
import { checkPlan, checkYear } from '../plan/check.js';
import {
  type AuditReport,
  aggregateRatings,
  auditPlan,
  type Plan,
  type Program,
  type RatingAggregate,
  type RatingTally,
  suggestRating,
} from '../plan/index.js';
import { SAB_SCALE } from '../rating/index.js';
import { formatPercent, formatYen } from './format.js';
import { type ReportTable, tableToCsvRows, tableToMarkdown, tableToText, toCsv } from './table.js';

/** The language of a report's labels. */
export type ReportLanguage = 'ja' | 'en';

/** The formats {@link renderReport} writes. */
export type ReportFormat = 'text' | 'md' | 'csv' | 'json';

/** The parts of a report. */
export type ReportSection = 'summary' | 'programs' | 'kpis' | 'audit';

/** Options for {@link buildReport} and {@link renderReport}. */
export interface ReportOptions {
  /** Labels in Japanese (default) or English. */
  readonly lang?: ReportLanguage;
  /** Decimal places for percentages; default 2 for KPIs, 1 for shares. */
  readonly places?: number;
  /** Money in 万/億 units (6億470万1,094円). Default false. */
  readonly yenUnits?: boolean;
  /** The sections to include; default all four. */
  readonly sections?: readonly ReportSection[];
  /** Options for the KPI evaluations. */
  readonly evaluate?: EvaluateOptions;
}

/** One program in a report, with its rating and the KPIs' suggestion. */
export interface ReportProgram {
  /** The program's id. */
  readonly id: string;
  /** The number as printed (① or 11). */
  readonly number: string;
  /** The name. */
  readonly name: string;
  /** The direction's number and name. */
  readonly direction: string;
  /** The rating for the year, or null. */
  readonly rating: string | null;
  /** What the rating means. */
  readonly ratingLabel: string | null;
  /** The rating the KPIs suggest, or null. */
  readonly suggested: string | null;
}

/** One KPI evaluation in a report, with its program. */
export interface ReportKpi {
  /** The program's id. */
  readonly programId: string;
  /** The program's number as printed. */
  readonly programNumber: string;
  /** The evaluation. */
  readonly evaluation: KpiEvaluation;
}

/** Everything a report shows, before it is drawn. */
export interface ReportData {
  /** The plan. */
  readonly plan: Plan;
  /** The fiscal year reported. */
  readonly fiscalYear: FiscalYear;
  /** The labels' language. */
  readonly lang: ReportLanguage;
  /** The summary table the document declares for the year, if any. */
  readonly declared: RatingAggregate | null;
  /** The tally of the programs given in detail. */
  readonly detailed: RatingAggregate;
  /** The programs with their ratings. */
  readonly programs: readonly ReportProgram[];
  /** Every KPI evaluated for the year. */
  readonly kpis: readonly ReportKpi[];
  /** The audit of the year. */
  readonly audit: AuditReport;
}

const LABELS = {
  ja: {
    progress: 'の進捗状況',
    declared: '実施プログラムの進捗状況（計画の集計表）',
    detailed: '詳細のあるプログラムの評価の集計',
    direction: '方向性',
    total: '計',
    programs: 'プログラム一覧',
    no: 'No.',
    program: 'プログラム',
    rating: '評価',
    suggested: 'KPIからの示唆',
    kpis: 'KPIの評価',
    kpi: 'KPI',
    actual: '実績',
    target: '目標',
    yearTarget: '年度目標',
    progressRate: '進捗率',
    achievement: '達成率',
    status: '状況',
    audit: '点検結果',
    severity: '重大度',
    code: 'コード',
    subject: '対象',
    message: '内容',
    none: 'なし',
    shareNote: '割合は評価のあるプログラムに占める割合（最大剰余法で合計100%）。',
  },
  en: {
    progress: ' progress',
    declared: 'Implementation programs by rating (declared summary)',
    detailed: 'Ratings of the programs given in detail',
    direction: 'Direction',
    total: 'Total',
    programs: 'Programs',
    no: 'No.',
    program: 'Program',
    rating: 'Rating',
    suggested: 'KPI suggestion',
    kpis: 'KPI evaluations',
    kpi: 'KPI',
    actual: 'Actual',
    target: 'Target',
    yearTarget: 'Year target',
    progressRate: 'Progress',
    achievement: 'Achievement',
    status: 'Status',
    audit: 'Audit findings',
    severity: 'Severity',
    code: 'Code',
    subject: 'Subject',
    message: 'Message',
    none: 'none',
    shareNote: 'Shares of the rated programs (largest remainder: they add up to 100 %).',
  },
} as const;

const STATUS_LABELS: Record<ReportLanguage, Record<KpiStatus, string>> = {
  ja: {
    behind: '遅れ',
    'on-track': '順調',
    ahead: '前倒し',
    achieved: '達成',
    'no-data': 'データなし',
    untargeted: '目標なし',
  },
  en: {
    behind: 'behind',
    'on-track': 'on track',
    ahead: 'ahead',
    achieved: 'achieved',
    'no-data': 'no data',
    untargeted: 'untargeted',
  },
};

const SEVERITY_LABELS = {
  ja: { error: 'エラー', warning: '警告', info: '情報' },
  en: { error: 'error', warning: 'warning', info: 'info' },
} as const;

const ALL_SECTIONS: readonly ReportSection[] = ['summary', 'programs', 'kpis', 'audit'];

function checkLang(lang: unknown): ReportLanguage {
  if (lang === undefined) return 'ja';
  if (lang === 'ja' || lang === 'en') return lang;
  throw new MunikpiError('INVALID_OPTION', `lang: ${quote(lang)} is not ja or en`, { input: lang });
}

function programNumber(program: Program): string {
  return program.display ?? String(program.number);
}

/** The compiled KPI, or null when it contradicts itself (the audit reports those). */
function compiledOrNull(kpi: Kpi): object | null {
  try {
    return compiled(kpi);
  } catch {
    return null;
  }
}

function evaluationsOf(plan: Plan, fiscalYear: FiscalYear, options: ReportOptions): ReportKpi[] {
  const out: ReportKpi[] = [];
  for (const program of plan.programs) {
    for (const kpi of program.kpis ?? []) {
      let evaluation: KpiEvaluation;
      try {
        evaluation = evaluateKpi(kpi, { fiscalYear }, { ...options.evaluate, places: options.places ?? 2 });
      } catch (error) {
        // A year outside the KPI's own period is not reported; a broken KPI is the audit's to
        // report (INVALID_KPI); anything else (a bad option) is the caller's.
        if (error instanceof MunikpiError && error.code === 'FISCAL_YEAR_OUTSIDE_PERIOD') continue;
        if (error instanceof MunikpiError && compiledOrNull(kpi) === null) continue;
        throw error;
      }
      out.push({ programId: program.id, programNumber: programNumber(program), evaluation });
    }
  }
  return out;
}

/**
 * Gathers what a progress report shows for a fiscal year: the declared summary table and the
 * tally of the detailed programs, the programs with their ratings and the KPIs' suggestions,
 * every KPI evaluated, and the audit. Renderers draw it; you can also use it as data.
 *
 * @param plan - the plan
 * @param fiscalYear - the fiscal year
 * @param options - language, places, money units, KPI options
 * @returns the report's data
 * @throws {MunikpiError} `INVALID_OPTION` for a bad option
 *
 * @example
 * import { buildReport } from 'munikpi/report';
 * import { kodairaFy2023 } from 'munikpi/data/kodaira-fy2023';
 * const report = buildReport(kodairaFy2023, 2023);
 * report.declared?.total.counts; // { S: 1, A: 21, B: 3 }
 * report.programs.find((p) => p.id === 'p12')?.rating; // 'B'
 */
export function buildReport(plan: Plan, fiscalYear: FiscalYear, options?: ReportOptions): ReportData {
  checkPlan(plan);
  checkYear(fiscalYear);
  options = optionsOf(options);
  const lang = checkLang(options.lang);
  // Checked now: an evaluation that fails on them must not be mistaken for a KPI outside its years.
  roundingOf({ places: options.places ?? 2 });
  const scale = plan.scale ?? SAB_SCALE;
  const hasDeclared = plan.summaries?.some((s) => s.fiscalYear === fiscalYear) === true;
  const directions = new Map(plan.directions.map((d) => [d.id, `${d.number} ${d.name}`]));
  const key = String(fiscalYear);
  return {
    plan,
    fiscalYear,
    lang,
    declared: hasDeclared ? aggregateRatings(plan, fiscalYear, { source: 'declared' }) : null,
    detailed: aggregateRatings(plan, fiscalYear),
    programs: plan.programs.map((program) => {
      const rating = program.reports?.[key]?.rating ?? null;
      const level = rating === null ? undefined : scale.levels.find((l) => l.code === rating);
      let suggested: string | null = null;
      try {
        suggested = suggestRating(program, fiscalYear, {
          scale,
          ...(options.evaluate === undefined ? {} : { evaluate: options.evaluate }),
        }).suggested;
      } catch (error) {
        if (!(error instanceof MunikpiError)) throw error;
      }
      return {
        id: program.id,
        number: programNumber(program),
        name: program.name,
        direction: directions.get(program.direction) ?? program.direction,
        rating,
        ratingLabel: level === undefined ? null : level.label[lang],
        suggested,
      };
    }),
    kpis: evaluationsOf(plan, fiscalYear, options),
    audit: auditPlan(plan, fiscalYear, options.evaluate === undefined ? {} : { evaluate: options.evaluate }),
  };
}

function summaryTable(data: ReportData, aggregate: RatingAggregate, title: string): ReportTable {
  const l = LABELS[data.lang];
  const scale = aggregate.scale;
  const cell = (tally: RatingTally, code: string) => {
    const n = tally.counts[code] ?? 0;
    const share = tally.balancedShares?.[code];
    return share === undefined ? String(n) : `${n} (${formatPercent(share, { places: 1, fixed: false })})`;
  };
  const row = (label: string, tally: RatingTally) => [
    label,
    ...aggregate.codes.map((code) => cell(tally, code)),
    String(tally.rated),
  ];
  return {
    title,
    columns: [
      { header: l.direction },
      ...scale.levels.map((level) => ({
        header: `${level.code} ${level.label[data.lang]}`,
        align: 'right' as const,
      })),
      { header: l.total, align: 'right' },
    ],
    rows: [
      ...aggregate.rows.map((r) => row(`${r.direction.number} ${r.direction.name}`, r)),
      row(l.total, aggregate.total),
    ],
    note: l.shareNote,
  };
}

function value(
  evaluation: KpiEvaluation,
  which: 'actual' | 'target' | 'yearTarget',
  yenUnits: boolean,
  lang: ReportLanguage,
  missing: string,
): string {
  if (evaluation.kind === 'milestone' && which !== 'yearTarget') {
    const date = which === 'actual' ? evaluation.completedOn : evaluation.due;
    if (date === null) return missing;
    return `${lang === 'ja' ? (which === 'actual' ? '完了' : '期限') : which === 'actual' ? 'done' : 'due'} ${date}`;
  }
  const v = evaluation[which];
  if (v === null) return missing;
  return yenUnits && evaluation.unit === '円'
    ? formatYen(v, { units: true })
    : formatKpiValue(v, evaluation.unit);
}

/** The tables of a report; `missing` stands where a figure does not apply ('' in CSV). */
function tablesOf(data: ReportData, options: ReportOptions, missing: string): ReportTable[] {
  const l = LABELS[data.lang];
  const sections = options.sections ?? ALL_SECTIONS;
  const fy = formatFiscalYear(data.fiscalYear, { style: data.lang === 'ja' ? 'era' : 'fy' });
  const tables: ReportTable[] = [];
  if (sections.includes('summary')) {
    if (data.declared !== null) tables.push(summaryTable(data, data.declared, `${l.declared} ${fy}`));
    tables.push(summaryTable(data, data.detailed, `${l.detailed} ${fy}`));
  }
  if (sections.includes('programs')) {
    tables.push({
      title: `${l.programs} ${fy}`,
      columns: [
        { header: l.no, align: 'right' },
        { header: l.program },
        { header: l.direction },
        { header: l.rating },
        { header: l.suggested },
      ],
      rows: data.programs.map((p) => [
        p.number,
        p.name,
        p.direction,
        p.rating === null ? missing : `${p.rating} ${p.ratingLabel ?? ''}`.trim(),
        p.suggested ?? missing,
      ]),
    });
  }
  if (sections.includes('kpis')) {
    const yen = options.yenUnits === true;
    tables.push({
      title: `${l.kpis} ${fy}`,
      columns: [
        { header: l.no, align: 'right' },
        { header: l.kpi },
        { header: l.actual, align: 'right' },
        { header: l.target, align: 'right' },
        { header: l.yearTarget, align: 'right' },
        { header: l.progressRate, align: 'right' },
        { header: l.achievement, align: 'right' },
        { header: l.status },
      ],
      rows: data.kpis.map(({ programNumber: n, evaluation: e }) => [
        n,
        e.name,
        value(e, 'actual', yen, data.lang, missing),
        value(e, 'target', yen, data.lang, missing),
        value(e, 'yearTarget', yen, data.lang, missing),
        e.progress === null ? missing : `${e.progress.toFixed()}%`,
        e.achievement === null ? missing : `${e.achievement.toFixed()}%`,
        STATUS_LABELS[data.lang][e.status],
      ]),
    });
  }
  if (sections.includes('audit')) {
    tables.push({
      title: `${l.audit} ${fy}`,
      columns: [{ header: l.severity }, { header: l.code }, { header: l.subject }, { header: l.message }],
      rows: data.audit.findings.map((f) => [
        SEVERITY_LABELS[data.lang][f.severity],
        f.code,
        f.programId ?? f.direction ?? '',
        f.message[data.lang],
      ]),
      ...(data.audit.findings.length === 0 ? { note: l.none } : {}),
    });
  }
  return tables;
}

function heading(data: ReportData): string {
  const { plan } = data;
  const period = planPeriod(plan.period.start, plan.period.end);
  const fy = formatFiscalYear(data.fiscalYear, { style: data.lang === 'ja' ? 'era' : 'fy' });
  return data.lang === 'ja'
    ? `${plan.municipality} ${plan.title}（${period.label}） ${fy}${LABELS.ja.progress}`
    : `${plan.municipality} ${plan.title} (FY${plan.period.start}–FY${plan.period.end}): ${fy}${LABELS.en.progress}`;
}

function toJsonValue(data: ReportData): Record<string, unknown> {
  return {
    plan: {
      id: data.plan.id,
      municipality: data.plan.municipality,
      title: data.plan.title,
      period: data.plan.period,
    },
    fiscalYear: data.fiscalYear,
    declared: data.declared,
    detailed: data.detailed,
    programs: data.programs,
    kpis: data.kpis.map((k) => ({ programId: k.programId, ...k.evaluation.toJSON() })),
    audit: data.audit,
  };
}

/**
 * A progress report for a fiscal year as text for a terminal (aligned by display width),
 * Markdown, CSV (RFC 4180, formula injection neutralised; encode it with a BOM or as Shift_JIS
 * for spreadsheets) or JSON (figures as decimal strings): the rating summary (the declared
 * table and the detailed tally), the programs with their ratings, the KPI evaluations and the
 * audit findings. Japanese labels by default, English with `lang: 'en'`.
 *
 * @param plan - the plan
 * @param fiscalYear - the fiscal year
 * @param options - format, language, places, money units, sections
 * @returns the report
 * @throws {MunikpiError} `INVALID_OPTION` for a bad option
 *
 * @example
 * import { renderReport } from 'munikpi/report';
 * import { kodairaFy2023 } from 'munikpi/data/kodaira-fy2023';
 * const text = renderReport(kodairaFy2023, 2023, { sections: ['summary'] });
 * text.includes('1 地域資源によるサービスの実現'); // true
 */
export function renderReport(
  plan: Plan,
  fiscalYear: FiscalYear,
  options?: ReportOptions & { readonly format?: ReportFormat },
): string {
  options = optionsOf(options);
  const format = options.format ?? 'text';
  if (!['text', 'md', 'csv', 'json'].includes(format)) {
    throw new MunikpiError('INVALID_OPTION', `format: ${quote(format)} is not text, md, csv or json`, {
      input: format,
    });
  }
  if (options.sections !== undefined && !Array.isArray(options.sections)) {
    throw new MunikpiError('INVALID_OPTION', `sections: ${quote(options.sections)} is not a list`, {
      input: options.sections,
    });
  }
  for (const section of options.sections ?? []) {
    if (!ALL_SECTIONS.includes(section)) {
      throw new MunikpiError(
        'INVALID_OPTION',
        `sections: ${quote(section)} is not one of ${ALL_SECTIONS.join(', ')}`,
        {
          input: section,
        },
      );
    }
  }
  const data = buildReport(plan, fiscalYear, options);
  if (format === 'json') return `${JSON.stringify(toJsonValue(data), null, 2)}\n`;
  const tables = tablesOf(data, options, format === 'csv' ? '' : '—');
  if (format === 'csv') {
    const rows: string[][] = [[heading(data)]];
    for (const table of tables) rows.push([], ...tableToCsvRows(table));
    return toCsv(rows);
  }
  if (format === 'md') return `# ${heading(data)}\n\n${tables.map(tableToMarkdown).join('\n')}`;
  return `${heading(data)}\n\n${tables.map(tableToText).join('\n')}`;
}
