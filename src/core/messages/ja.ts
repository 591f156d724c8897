import { quote } from '../errors.js';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from '../limits.js';
import type { Catalogue, WordData } from './catalogue.js';

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

/** Every word munikpi writes in Japanese. @internal */
export const ja: Catalogue = {
  status: {
    behind: '遅れ',
    'on-track': '順調',
    ahead: '前倒し',
    achieved: '達成',
    'no-data': 'データなし',
    untargeted: '目標なし',
  },
  severity: { error: 'エラー', warning: '警告', info: '情報' },
  issue: {
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
    UNKNOWN_DIRECTION: (d) => `方向性${quote(d.direction)}が計画にありません（${list(d.known)}）`,
    DUPLICATE_ID: (d) =>
      `${ID_KINDS[String(d.kind)] ?? ''}ID${quote(d.id)}が重複しています（最初は ${d.first}）`,
    DUPLICATE_PROGRAM_NUMBER: (d) => `プログラム番号${d.number}が${quote(d.first)}と重複しています`,
    UNKNOWN_RATING: (d) => `評価${quote(d.rating)}は評価区分（${list(d.allowed)}）にありません`,
    FISCAL_YEAR_OUTSIDE_PERIOD: (d) => `${d.fiscalYear}年度は計画期間（${d.start}～${d.end}年度）の外です`,
    KPI: (d) => `KPIが矛盾しています: ${d.detail}`,
    MORE: (d) => `ほか同種の問題が${Number(d.count).toLocaleString('ja')}件あります（${d.code}）`,
  },
  finding: {
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
  },
};
