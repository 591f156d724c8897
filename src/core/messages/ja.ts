import { quote } from '../errors.js';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from '../limits.js';
import type { Catalogue, WordData } from './catalogue.js';
import { errors } from './errors-ja.js';

const list = (value: unknown): string => (Array.isArray(value) ? value.join('、') : String(value));
const program = (d: WordData): string => `プログラム${d.number}`;
const KINDS: Readonly<Record<string, string>> = {
  text: '文字列',
  number: '数値',
  'whole number': '整数',
  list: '配列',
  object: 'オブジェクト',
  'true or false': '真偽値（true / false）',
};
const ID_KINDS: Readonly<Record<string, string>> = {
  direction: '方向性',
  program: 'プログラム',
  KPI: 'KPI ',
};

/** The `status` section in Japanese. @internal */
export const status: Catalogue['status'] = {
  behind: '遅れ',
  'on-track': '順調',
  ahead: '前倒し',
  achieved: '達成',
  'no-data': 'データなし',
  untargeted: '目標なし',
  unchanged: '横ばい',
  worse: '悪化',
  'not-judgeable': '判定できない',
};

/** The `evaluationLine` section in Japanese. @internal */
export const evaluationLine: Catalogue['evaluationLine'] = {
  target: (value) => `目標${value}`,
  progress: '進捗率',
  done: '完了',
  notDone: '未完了',
};

/** The `severity` section in Japanese. @internal */
export const severity: Catalogue['severity'] = { error: 'エラー', warning: '警告', info: '情報' };

/** The `shares` section in Japanese. @internal */
export const shares: Catalogue['shares'] = {
  mayNotAddUp: '端数処理の関係で合計が100にならない場合があります',
};

/** The `report` section in Japanese. @internal */
export const report: Catalogue['report'] = {
  progressReport: '進捗状況',
  period: '計画期間',
  source: '出典',
  generated: 'munikpi で作成',
  year: (y) => y.eraWithGregorian,
  yearShort: (y) => y.code,
  summary: '評価の集計',
  declared: '集計表（公表値）',
  detailed: '詳細プログラムの集計',
  shareNote: '割合は評価のあるプログラムに占める割合（最大剰余法で合計100%）。',
  direction: '方向性',
  total: '計',
  notApplicable: '対象外',
  unrated: '未評価',
  unknown: '区分外',
  ratingsByDirection: '評価の内訳',
  transitions: '前年度からの評価の推移',
  programs: 'プログラム一覧',
  number: 'No.',
  program: 'プログラム名',
  kind: '区分',
  implementation: '実施',
  study: '検討',
  rating: '評価',
  suggested: 'KPIからの示唆',
  kpis: 'KPIの評価',
  kpi: 'KPI',
  baseline: '基準値',
  actual: '実績',
  target: '目標値',
  yearTarget: '年度目標',
  expected: '計画線上の値',
  progress: '進捗率',
  achievement: '達成率',
  status: '状況',
  done: '完了',
  notDone: '未完了',
  due: '期限',
  noKpis: 'KPIはありません。',
  notEvaluated: '評価できません',
  outsideKpiPeriod: '指標の期間外',
  kpiContradicts: '指標の設定に矛盾があります。点検結果を参照',
  byRate: (percent, lower) => `基準値から${percent}${lower ? '削減' : '増加'}`,
  byChange: (amount, lower) => `基準値から${lower ? '−' : '+'}${amount}`,
  noWorse: (lower) => (lower ? '前年度以下' : '前年度以上'),
  audit: '点検結果',
  severity: '重大度',
  code: 'コード',
  message: '内容',
  subject: '対象',
  noFindings: '指摘事項はありません。',
  paren: (main, inner) => (main === '' ? inner : `${main}（${inner}）`),
  list: (items) => items.join('、'),
  sentences: (items) => `${items.join('。')}。`,
  count: (n) => `${n}件`,
  range: (from, to) => `${from} ～ ${to}`,
  kpiChart: {
    expectedLine: '計画線（基準値→目標）',
    noFigures: '数値データなし',
    baselineResult: (y) => `${y.code}実績`,
    everyYear: (target) => `${target}（毎年度）`,
    byEndOf: (target, y) => `${target}（${y.code}末）`,
  },
  ratingChart: {
    title: (y) => `${y.era} 評価の内訳`,
    rated: (n) => `${n}件`,
    row: (label, parts, rated, more) =>
      `${label}: ${parts.join('、')}（計${rated}件${more.length > 0 ? `、${more.join('、')}` : ''}）`,
  },
  transitionChart: {
    title: (from, to) => `評価の推移（${from.code}→${to.code}）`,
    counts: (improved, declined, unchanged, incomplete) =>
      `改善 ${improved}件・悪化 ${declined}件・維持 ${unchanged}件・比較できない ${incomplete}件`,
    none: '該当なし',
  },
};

/** The `reportTerms` section in Japanese. @internal */
export const reportTerms: Catalogue['reportTerms'] = {
  detailed: (program) => `詳細${program}の集計`,
  programs: (program) => `${program}一覧`,
  programName: (program) => `${program}名`,
  balancedNote: (program) => `割合は評価のある${program}に占める割合（最大剰余法で合計100%）。`,
  eachNote: (program, note) =>
    `割合は評価のある${program}に占める割合（対象外・未評価を除く）。${note === null ? '' : note}`,
  scoreTotal: '合計点',
  scoreMean: '平均点',
  scoreBand: '判定',
};

/** The `cli` section in Japanese. @internal */
export const cli: Catalogue['cli'] = {
  evaluate: {
    actual: '実績',
    target: '目標',
    yearTarget: '年度目標',
    expected: '期待値',
    progress: '進捗率 %',
    achievement: '達成率 %',
    gap: '目標との差',
    requiredPace: '必要な年あたりの伸び',
    note: '注記',
  },
  warning: '警告',
  fiscalYearOutsidePeriod: (year, start, end) =>
    `${year}は計画期間（${start}～${end}）の外です。--fy の年度を確かめてください`,
};

/** The `issue` section in Japanese. @internal */
export const issue: Catalogue['issue'] = {
  MISSING_FIELD: (d) => `「${d.field}」は必須です`,
  INVALID_TYPE: (d) => `${KINDS[String(d.expected)] ?? d.expected}で指定してください`,
  UNKNOWN_FIELD: (d) => `未知の項目 ${quote(d.field)} があります`,
  INVALID_VALUE: (d) =>
    d.allowed !== undefined
      ? `${list(d.allowed)}のいずれかを指定してください`
      : d.empty === true
        ? '空にはできません'
        : d.min !== undefined
          ? `${d.min}以上を指定してください`
          : d.max !== undefined
            ? `${d.max}以下を指定してください`
            : `${d.format}の形式で指定してください`,
  TOO_LONG: (d) => `上限（${d.max}${d.unit === 'items' ? '件' : '文字'}）を超えています`,
  INVALID_FISCAL_YEAR: (d) =>
    d.end !== undefined
      ? `期間の終わり（${d.end}年度）が始まり（${d.start}年度）より前です`
      : `${quote(d.value)}は年度（${FISCAL_YEAR_MIN}～${FISCAL_YEAR_MAX}）ではありません`,
  INVALID_DATE: () => '実在する日付 YYYY-MM-DD（または年月 YYYY-MM）で指定してください',
  INVALID_NUMBER: () => '有限の数値、または "73.9" のような10進数の文字列で指定してください',
  INVALID_SCALE: (d) => `評価区分が正しくありません: ${d.reason}`,
  INVALID_RULE: (d) => `判定ルールが正しくありません: ${d.reason}`,
  UNKNOWN_DIRECTION: (d) => `方向性${quote(d.direction)}が計画にありません（${list(d.known)}）`,
  DUPLICATE_ID: (d) =>
    `${ID_KINDS[String(d.kind)] ?? ''}ID${quote(d.id)}が重複しています（最初は ${d.first}）`,
  DUPLICATE_PROGRAM_NUMBER: (d) => `プログラム番号${d.number}が${quote(d.first)}と重複しています`,
  UNKNOWN_RATING: (d) => `評価${quote(d.rating)}は評価区分（${list(d.allowed)}）にありません`,
  FISCAL_YEAR_OUTSIDE_PERIOD: (d) => `${d.fiscalYear}年度は計画期間（${d.start}～${d.end}年度）の外です`,
  KPI: (d) => `KPIが矛盾しています: ${d.detail}`,
  MORE: (d) => `ほか同種の問題が${Number(d.count).toLocaleString('ja')}件あります（${d.code}）`,
};

/** The `finding` section in Japanese. @internal */
export const finding: Catalogue['finding'] = {
  FISCAL_YEAR_OUTSIDE_PERIOD: (d) => `${d.fiscalYear}年度は計画期間（${d.start}～${d.end}年度）の外です`,
  MISSING_REPORT: (d) => `${program(d)}に${d.fiscalYear}年度の報告がありません`,
  MISSING_RATING: (d) => `${program(d)}の${d.fiscalYear}年度に評価がありません`,
  MISSING_RESULTS: (d) => `${program(d)}は評価「${d.rating}」ですが取組実績がありません`,
  KPI_BEHIND_RATED_AHEAD: (d) =>
    `${program(d)}は「${d.rating}」（予定以上）ですが、${list(d.behind)}が遅れています`,
  RATING_DIFFERS_FROM_SUGGESTION: (d) =>
    `${program(d)}: 評価「${d.official}」、KPIからの示唆「${d.suggested}」（${(d.reason as { ja: string }).ja}）`,
  SUMMARY_ROW_MISMATCH: (d) =>
    `集計表の方向性${d.name}は${d.programCount}プログラムですが、評価の合計は${d.sum}です`,
  SUMMARY_TOTAL_MISMATCH: (d) =>
    `集計表の計「${d.code}」${d.declared}件は各方向性の合計${d.sum}件と異なります`,
  SUMMARY_PROGRAM_TOTAL_MISMATCH: (d) =>
    `集計表の計${d.declared}プログラムは各方向性の合計${d.sum}と異なります`,
  SUMMARY_DIRECTION_COUNT: (d) =>
    `方向性${d.name}は${d.declared}プログラムとされていますが、集計表では${d.count}です`,
  SUMMARY_EXCEEDED: (d) =>
    `方向性${d.name}: 詳細のプログラムで「${d.code}」が${d.detailed}件ありますが、集計表は${d.declared}件です`,
  SUMMARY_MISMATCH: (d) =>
    `方向性${d.name}: 詳細のない${d.missing}プログラムでは集計表（${d.counts}）に合いません`,
  UNDETAILED_PROGRAMS: (d) =>
    `方向性${d.name}: 詳細のない${d.missing}プログラムは${d.mustBe}でなければ集計表に合いません`,
  UNDETAILED_PROGRAMS_TOTAL: (d) =>
    `詳細のない${d.missing}プログラムは${d.mustBe}でなければ集計表に合いません`,
};

/** The `errors` section in Japanese (errors-ja.ts). @internal */
export { errors };

/** The `kpiNotes` section in Japanese. @internal */
export const kpiNotes: Catalogue['kpiNotes'] = {
  noActual: (p) => `${p.fiscalYear}年度の実績がありません`,
  noBaselineValue: () => '基準値が示されていないため、目標の水準がわかりません',
  noPreviousActual: (p) => `比較する${p.fiscalYear}年度の実績がありません`,
  noProgressLine: () => '基準値がないため、進捗の目安となる線を引けません',
  nothingToJudgePace: () => '基準値も年度目標もないため、進み具合を判定できません',
  doneLate: (p) => `${p.on} に達成しましたが、期限（${p.due}）より後でした`,
  doneUndated: () => '達成済みですが、達成日が示されていません',
};

/** The `suggestion` section in Japanese. @internal */
export const suggestion: Catalogue['suggestion'] = {
  noData: 'この年度のデータがあるKPIがない',
  behind: (kpis) => `${kpis.join('、')}が遅れている`,
  ahead: (kpis) => `${kpis.join('、')}が予定以上、遅れはない`,
  onPlan: 'データのあるKPIはすべて予定どおり',
};

/** Every word munikpi writes in Japanese. @internal */
export const ja: Catalogue = {
  status,
  evaluationLine,
  severity,
  shares,
  report,
  reportTerms,
  cli,
  issue,
  finding,
  errors,
  kpiNotes,
  suggestion,
};
