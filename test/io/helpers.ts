import ExcelJS from 'exceljs';
import { MunikpiError, type MunikpiIssue } from '../../src/index.js';

/** The Kodaira report's table headers, as two header rows (年度スケジュール over 取組項目, R3, R4, R5), with KPI columns. */
export const KODAIRA_HEADER = [
  'No.',
  '実施プログラム',
  '主な取組の方向性',
  '年度スケジュール(R5.3時点想定)',
  '',
  '',
  '',
  '令和5年度当初予定 令和5年度設定目標(前年度末の状況)',
  'これまでの取組実績',
  '今後に向けた課題・改善点',
  '評価',
  '指標名',
  '単位',
  '基準値',
  '基準日',
  '目標値',
  '目標年度',
  '年度目標',
  '実績',
];
export const KODAIRA_SUBHEADER = [
  '',
  '',
  '',
  '取組項目',
  'R3',
  'R4',
  'R5',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
];

const KODAIRA_HEADER_ROW = [...KODAIRA_HEADER];
const KODAIRA_SUBHEADER_ROW = [...KODAIRA_SUBHEADER];

/** Rows as the Kodaira report prints them (text from test/fixtures/kodaira-r5-progress-report.txt). */
export const KODAIRA_ROWS: string[][] = [
  ['方向性1 地域資源によるサービスの実現'],
  [
    '①',
    '幅広い市民意見の収集',
    '・無作為抽出型や WEB の活用など、施策や検討課題に応じた様々な市民参加の手法を用いて、より広く多様な意見収集に取り組む',
    '・より広く多様な意見の収集\n・WEBを活用した市民参加の実施',
    '実施\n試行的実施',
    '実施\n実施',
    '実施\n実施',
    '・施策や検討課題に応じて、様々な市民参加手法を適切に実施する。',
    '・必要に応じて、動画配信や Web 会議を活用した意見交換などの市民参加手法を実施した。 ・新しい生活様式等を踏まえた Web 機能の活用状況の把握に努めるとともに、取組事例を庁内で共有し、適切な手法の活用を庁内に促した。',
    '・こども基本法で定められた、こども施策に対するこどもの意見の反映に取り組む必要がある。',
    'A',
  ],
  [
    '⑥',
    '指定管理者制度の推進',
    '・これまでの導入事例検証を踏まえ、制度活用の考え方を再度整理したうえ制度の拡大\n・小川駅西口地区再開発に伴う公共施設での制度導入の検討\n・4年間で1施設以上の指定管理者制度導入を目指す(令和3年4月1日現在:合計48施設)',
    '・指定管理者制度活用方針の改定\n・小川駅西口公共施設への指定管理者制度導入検討',
    '',
    '',
    '',
    '・小川駅西口新公共施設への指定管理者制度導入に向けて、令和4年度に示した方向性の内容を踏まえ、令和6年度の規定整備に向けて具体的な検討を進める。',
    '・小川駅西口新公共施設への指定管理者制度導入に向けて、「小川駅西口新公共施設等の管理運営に係る概要事項」を作成・公表した。',
    '・小川駅西口新公共施設では、複数の機能を一体的に委ねる想定である為、共同企業体の可否など公募方法を検討する必要がある。',
    'S',
    '指定管理者制度導入施設数',
    '施設',
    '48',
    '令和3年4月1日',
    '49',
    'R6',
    '',
    '',
  ],
  // The report repeats its header on every page.
  KODAIRA_HEADER_ROW,
  KODAIRA_SUBHEADER_ROW,
  ['方向性3 運営・業務執行体制の効率化'],
  [
    '12',
    '文書の電子化・ペーパーレス化',
    '・内部事務における押印の見直しとともに、文書管理システムによる電子決裁の対象範囲拡大 ・意識啓発を含め、会議でのペーパーレス化及び冊子等の電子化 ・4年間で電子決裁対象文書の電子決裁率90%以上を目指す(令和3年4月1日現在:62.3%)',
    '・電子決裁対象範囲の拡大及び電子決裁率の向上\n・会議のペーパーレス化、印刷物の見直し',
    '実施\n検討',
    '実施\n実施',
    '実施\n実施',
    '・電子決裁の対象拡大を実施し、文書管理システムによる公文書管理を進める。\n・電子決裁率85%を目指す。',
    '・令和5年11月から試行として、電子決裁の対象拡大を実施し、電子決裁の利用推進を図った。\n・令和5年度末での電子決裁率73.9%',
    '・試行により実施した電子決裁の対象拡大の内容について、課題等を整理し、改めて電子決裁の運用ルールを定め、文書管理システムによる公文書管理を進める。',
    'B',
    '電子決裁対象文書の電子決裁率',
    '%',
    '62.3',
    '令和3年4月1日',
    '90',
    'R6',
    '85',
    '７３．９％',
  ],
];

/** The plan-level fields of the Kodaira plan. */
export const KODAIRA_PLAN = {
  id: 'kodaira-management-policy-1',
  municipality: '小平市',
  title: '小平市第1期経営方針推進プログラム',
  period: '令和3年度～令和6年度',
} as const;

/** RFC 4180 CSV with CRLF line ends. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const field = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');
}

/** Writes a workbook to bytes, as a user's file would arrive. */
export async function xlsxBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Reads bytes back into an exceljs workbook. */
export async function loadXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return workbook;
}

/** The MunikpiError a promise rejects with. */
export async function rejection(promise: Promise<unknown>): Promise<MunikpiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof MunikpiError) return error;
    throw error;
  }
  throw new Error('expected the promise to reject');
}

/** The error a function throws (shared with the other tests). */
export { thrown } from '../helpers.js';

/** Issues as `path code` lines, for compact assertions. */
export function paths(issues: readonly MunikpiIssue[]): string[] {
  return issues.map((issue) => `${issue.path} ${issue.code}`);
}
