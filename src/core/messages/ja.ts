import { quote } from '../errors.js';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from '../limits.js';
import type { Catalogue, ImportIssueData, WordData } from './catalogue.js';
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

/* ---- The command line's help and usage (section cliHelp) ---- */

const SPREADSHEET_NOTE =
  'ファイルは plan JSON、.xlsx、CSV の進捗表のいずれかです（形式は中身で判断します。計画シート\nのない表には import と同じく --id、--period … で計画の項目を指定します）。';

/** The words of an import's problem the importer names by code, in Japanese (`header` is the column's). */
const IMPORT_ISSUE: Readonly<Record<string, (d: ImportIssueData) => string>> = {
  INVALID_NUMBER: (d) => `${cellOf(d)}を数値として読めません（例: 604,701,094円、73.9%、▲5、―）`,
  INVALID_DATE: (d) => `${cellOf(d)}を日付として読めません（例: 令和3年4月1日、2021-04-01、R5.3、令和5年度）`,
  INVALID_WAREKI: (d) => `${cellOf(d)}を和暦として読めません（例: 令和5年度、R5、令和3年4月1日）`,
  ERA_YEAR_OUT_OF_RANGE: (d) =>
    `${cellOf(d)}の元号の年がその元号の期間外です（平成は31年まで）。古い資料の「平成32年度」などは --allow-overflow で読めます`,
  INVALID_FISCAL_YEAR: (d) => `${cellOf(d)}を年度として読めません（例: 令和5年度、R5、2023）`,
  INVALID_SCALE: (d) => `${cellOf(d)}を評価尺度として読めません（例: kodaira-sab）`,
  UNKNOWN_RATING: (d) => `${cellOf(d)}は評価尺度にない評価です（S、A、B など尺度の記号で書いてください）`,
  INVALID_ARGUMENT: (d) =>
    String(d.header ?? '').includes('区分')
      ? '区分は「実施」または「検討」で書いてください'
      : `${cellOf(d)}の値が正しくありません`,
  INVALID_KPI: (d) => {
    const header = String(d.header ?? '');
    if (header.includes('実績'))
      return 'マイルストーンの実績は「達成」「未達成」または達成した日で書いてください';
    if (header.includes('方向')) return '方向は「高い方が良い」または「低い方が良い」で書いてください';
    return `この目標種別では${cellOf(d)}は書きません`;
  },
  MISSING_VALUE: (d) => `${cellOf(d)}に必要な値がありません`,
  DUPLICATE_COLUMN: (d) => `${cellOf(d)}と同じ項目の列がもう一つあります。どちらか一つにしてください`,
  MISSING_FISCAL_YEAR: (d) =>
    `${cellOf(d)}の列の年度が分かりません。計画シートの報告年度か --fy で年度を指定するか、見出しに年度を書いてください（R5評価）`,
  NO_NAME_COLUMN: () => '見出し行にプログラム名の列（実施プログラム、プログラム名）がありません',
  NO_HEADER: () =>
    '最初の30行に見出し行がありません。実施プログラム（またはプログラム名）と No.、評価 などの見出しの行を置いてください',
  EMPTY_SHEET: () =>
    'シートが空です。見出し行（No.、実施プログラム、評価 …）とプログラムごとの行を書いてください',
  NO_SHEET: () => 'プログラムのシートがありません。「プログラム」シートを加えてください',
  NO_PROGRAM: () =>
    'この行にはデータがありますが、プログラムの番号も名前もありません（上のプログラムの続きでもありません）',
  CONFLICTING_VALUE: (d) => `${cellOf(d)}が、同じプログラムの上の行の値と食い違っています`,
  MISSING_DIRECTION: () =>
    'プログラムの方向性がありません。方向性の列を加えるか、プログラムの上に「方向性1 …」の行を置いてください',
  DIRECTION_MISMATCH: (d) => `${cellOf(d)}の方向性の名前が、計画シートや見出し行の同じ番号の名前と違います`,
  INVALID_XLSX: () => '.xlsx として読めません。古い .xls は .xlsx か CSV で保存し直してください',
};

/** A cell named by its column: 「実績」, or この欄 when it has no header. */
function cellOf(d: ImportIssueData): string {
  return d.header === null || d.header === undefined ? 'この欄' : `「${d.header}」`;
}

/** A KPI that contradicts itself, from the checker's (English) detail where munikpi knows it. */
function kpiDetail(detail: string): string {
  const wrongWay = /moves the wrong way for (higher|lower)/.exec(detail);
  if (wrongWay !== null) {
    const better = wrongWay[1] === 'higher' ? '高い方が良い' : '低い方が良い';
    return `目標値が基準値から逆の向きに動いています（方向は「${better}」）。目標値か方向を確かめてください`;
  }
  if (/equals the baseline/.test(detail)) return '目標値が基準値と同じです。進捗率を計算できません';
  return `KPIが矛盾しています: ${detail}`;
}

/** The `cliHelp` section in Japanese. @internal */
export const cliHelp: Catalogue['cliHelp'] = {
  tagline: '自治体の計画の進行管理',
  usage: '使い方',
  commands: 'コマンド',
  options: 'オプション',
  commonOptions: '共通オプション',
  mainFooter: (
    program,
  ) => `  ${program} <コマンド> --help   コマンドごとの説明（${program} help <コマンド> でも同じ）
  ${program} --version, -V      バージョン
  --lang ja | en                 説明とメッセージを日本語か英語で（既定 ja）

ファイルに - を指定すると標準入力から読みます。終了コード: 0 成功、1 エラーの指摘あり
（munikpi audit）、2 使い方か入力の誤り、70 内部エラー（お知らせください）。`,
  defaultValue: (value) => `既定 ${value}`,
  required: '必須',
  command: {
    report: {
      summary: '進捗報告: 評価の集計、プログラム、KPIの評価、点検\n（既定: 同梱の小平市 令和5年度のデータ）',
      description: `ある年度の進捗報告: 評価の集計（公表された集計表と詳細プログラムの集計）、プログラムと評価、
KPIの評価、点検の指摘。${SPREADSHEET_NOTE}
- で標準入力。ファイルを省くと同梱の小平市 令和5年度のデータ。`,
    },
    audit: {
      summary: '点検の指摘。エラーがあれば終了コード 1',
      description: `ある年度の点検の指摘。エラーの指摘があれば終了コード 1。
${SPREADSHEET_NOTE}`,
    },
    validate: {
      summary: '計画ファイル（JSON、.xlsx、CSV）を確かめ、問題をすべて場所とともに示す',
      description: `計画ファイルを確かめ、問題を1行に1件ずつ、場所（表ならシートとセル）と直し方とともに
--lang の言語で示します。${SPREADSHEET_NOTE}
ファイルに誤りがあれば終了コード 2。`,
    },
    export: {
      summary: '機械と分析のための整然データ: CSV・JSON Lines のファイル、または .xlsx のブック1冊',
      description: `計画を整然データの表（計画、方向性、プログラム×年度、KPI×年度、評価の集計）にします。
1セル1データ、数値は単位なし、西暦と和暦の列、表をつなぐID（docs/data-format.md の
"Tidy exports"）。csv・jsonl では -o のフォルダ（なければ作ります）に表ごとに1ファイルを、xlsx では
-o のファイルに表ごとに1シートで数値書式付きのブックを書きます。
ファイルは munikpi report と同じく plan JSON、.xlsx、CSV。省くと同梱の小平市のデータ。`,
    },
    wareki: {
      summary: '2023-04-01 → 令和5年4月1日、令和5年4月1日 → 2023-04-01',
      description: `  munikpi wareki 2023-04-01        → 令和5年4月1日
  munikpi wareki 令和5年4月1日     → 2023-04-01
  munikpi wareki R5.3              → 2023-03`,
    },
    fy: {
      summary: '日付や R5 のような表記の年度',
      description: `  munikpi fy 2024-03-31     → 2023 令和5年度 FY2023 2023-04-01..2024-03-31
  munikpi fy 令和5年度       → 同じ
  munikpi fy 令和6年3月31日  → 同じ`,
    },
    evaluate: {
      summary: 'KPIをある年度について評価する（オプションか JSON ファイルから）',
      description: `ある年度のKPIを評価します: 進捗率、達成率、計画線上の値、状況。

  munikpi evaluate --fy R5 --name 電子決裁率 --unit % --baseline 62.3 \\
    --baseline-date 2021-04-01 --target 90 --by R6 --year-target 85 --actual 73.9
  munikpi evaluate --fy R5 --kind 毎年度 --unit 円 --target 20000000 --actual 18500000`,
    },
    import: {
      summary: '進捗表（.xlsx、または UTF-8 か Shift_JIS の CSV）→ plan JSON',
      description: `プログラムごとに1行の進捗表を読み、スキーマに合う plan JSON を書きます（docs/data-format.md）。
小平市の報告書のような日本語の見出しを読みます。ほかの列はマッピングファイルで指定します。
問題はすべて一度に、1件1行でシートとセルとともに標準エラーに示し、取り込めないときは何も
書きません。`,
    },
    template: {
      summary: '記入して取り込むための空の進捗表',
      description:
        'munikpi が読む見出しの空の進捗表。列ごとの説明と、取り込める言葉のドロップダウンリストが付きます。',
    },
    today: {
      summary: '今日の日付、和暦、年度（日本時間）',
      description: '今日の日付、和暦、年度を日本時間で示します。',
    },
  },
  option: {
    debug: 'エラーのスタックトレースを表示',
    help: 'この説明',
    lang: '説明、メッセージ、出力を日本語（ja）か英語（en）で',
    encoding: '入力の文字コード（auto: UTF-8 として正しければ UTF-8、でなければ Shift_JIS）',
    'max-bytes': '読む入力の上限（バイト）。超える入力は全部を読む前に断ります',
    output: '通常のファイルに書く（全部書くか何も書かないか。権限は保ちます）。\n- は標準出力',
    'output.export': '表を書くフォルダ（なければ作ります）。xlsx ではブックのファイル',
    force: '-o でデバイス、FIFO、シンボリックリンク、ハードリンクのあるファイルにも書く',
    'out-encoding': 'CSV 出力の文字コード（UTF-8 は BOM 付き）',
    'out-encoding.template': 'CSV の文字コード（UTF-8 は BOM 付き）',
    places: 'KPIの百分率の小数点以下の桁数',
    map: 'ほかのレイアウトのためのマッピングファイル（JSON）',
    id: '計画のID',
    municipality: '自治体（小平市）',
    title: '計画名',
    period: '計画期間（省くと計画シートの値）',
    'period.template': '計画の各年度のスケジュール列を加える',
    scale: 'munikpi の評価尺度（既定 kodaira-sab）',
    'scale.template': '評価尺度',
    'allow-overflow': '平成32年度のような表記を古い資料の意図どおりに読む',
    format: '出力形式',
    'format.report': '出力形式（html: 1枚で完結するページ）',
    'format.template': '表の形式（xlsx には -o が必要）',
    'format.export':
      'csv（表ごとに1ファイル、見出し行付き）、jsonl（JSON Lines）、xlsx（表ごとに1シートのブック1冊）',
    sections: '部分をカンマで: summary, programs, kpis, audit（既定 すべて）',
    'yen-units': '金額を万・億の単位で（6億470万1,094円）',
    'no-bom': 'CSV を BOM なしの UTF-8 で',
    'fy.report':
      '年度: 2023、R5、令和5年度、FY2023（既定: 計画の最新の報告年度。\n計画期間外の年度は標準エラーに警告を出して報告）',
    'fy.validate': '表が報告する年度: 2023、R5、令和5年度',
    'fy.import': '表が報告する年度: 2023、R5、令和5年度',
    'fy.template': '表で報告する年度',
    'fy.export': 'ある年度だけ: 2023、R5、令和5年度（既定: 計画期間のすべての年度）',
    'fy.evaluate': '評価する年度: 2023、R5、令和5年度、FY2023（既定なし）',
    era: '元号の書き方（令和、令、R）',
    kanji: '漢数字（令和五年四月一日）',
    directions: '用意する方向性の行の数',
    kpi: 'KPI の JSON（docs/data-format.md）。- で標準入力',
    kind: '目標の種別。取り込みと同じ日本語でも（水準、増減、率、毎年度、\n件数、前年度以上、期限、参考 …）',
    name: 'KPIの名前',
    unit: 'KPIの単位（%、円、件 …）',
    direction: 'どちらが良いか（高い方が良い、低い方が良い …）',
    baseline: '基準値',
    'baseline-date': '基準値の時点',
    target: '目標値: 水準、増減量、率（%）、毎年度の値、件数、\nまたはマイルストーンの期限（YYYY-MM）',
    by: '目標年度',
    'year-target': '評価する年度の年度目標',
    actual: '実績（省くと KPI ファイルの実績）',
    previous: '前年度の実績（前年度以上の目標）',
    done: 'マイルストーンの達成: 達成した年月、達成、または 未達成（no）',
  },
  operands: {
    atMostOneFile: 'ファイルを一つまで',
    oneFile: 'ファイルを一つ（- で標準入力）',
    oneArgument: '引数を一つ',
    optionsOnly: 'オプションだけ',
    noArgument: '引数なし',
  },
  shape: { bytes: 'バイト数（整数）', wholeNumber: '整数' },
  unknownCommand: (name, guess) =>
    `${JSON.stringify(name)} というコマンドはありません。${guess === undefined ? 'munikpi --help を見てください' : `${guess} のことですか？`}`,
  unknownOption: (option, command, guess) =>
    `munikpi ${command} に ${option} というオプションはありません。${guess === undefined ? `munikpi ${command} --help を見てください` : `${guess} のことですか？`}`,
  takesNoValue: (option) => `${option} は値をとりません`,
  needsValue: (option, arg) => `${option} には値${arg === '' ? '' : ` ${arg}`}が必要です`,
  notOneOf: (option, values, words, given) =>
    `${option} は ${values.join('、')}${words.length === 0 ? '' : `（または ${words.join('、')}）`}のいずれかです。${JSON.stringify(given)} は使えません`,
  notShape: (option, shape, given) =>
    `${option} は${shape}で指定してください。${JSON.stringify(given)} は使えません`,
  needsOption: (command, option) =>
    `${command} には ${option} が必要です。munikpi ${command} --help を見てください`,
  takesOperands: (command, operands) => `${command} がとるのは${operands}です`,
  misplaced: (option, format) =>
    format === 'html'
      ? `${option} は --format html（1枚のページ）には使えません`
      : `${option} は --format csv のときだけ使えます`,
  forSpreadsheet: (option, file) =>
    `${option} は表（.xlsx、.csv）のためのオプションです。${file} は自分で項目を持つ plan JSON です`,
  xlsxNeedsOutput: '.xlsx のひな形には -o <ファイル.xlsx> が必要です',
  notWholeDate: (given) => `${JSON.stringify(given)} は年月日のそろった日付ではありません`,
  kindNeedsTarget: (kind) => `--kind ${kind} には --target が必要です`,
  describesKpi: (option, file) =>
    `${option} はKPIを表すオプションですが、KPIは --kpi ${file} がすでに表しています`,
  validOk: (id, programs) => `問題なし: ${id}（${programs}プログラム）`,
  invalid: (file, count) => `${file} に${count}件の問題があります（標準出力に一覧）`,
  wrote: (files, folder) => `${folder} に ${files.join('、')} を書きました`,
  wroteWorkbook: (file) => `ブック ${file} を書きました`,
  overflow: (era) => `${era}は終わった後の年です`,
  today: (date, wareki) => `今日（日本時間）: ${date} ${wareki}`,
  fiscalYearToday: (label, fy, start, end) => `年度: ${label}（${fy}）、${start}..${end}`,
  internal: (message) => `${message}（内部エラーです。お知らせください）`,
  importIssue: (code, d) => {
    if (code === 'MISSING_VALUE' && d.flag !== null) {
      const where = d.sheet === null ? '' : `${d.sheet}シートの「${d.label}」に書くか、`;
      return `計画の${d.label}がありません。${where}${d.flag} で指定してください`;
    }
    if (typeof d.detail === 'string') return kpiDetail(d.detail);
    if (d.path !== undefined) {
      const words = (issue as unknown as Record<string, ((data: WordData) => string) | undefined>)[code];
      if (words !== undefined) return words(d);
    }
    return IMPORT_ISSUE[code]?.(d) ?? null;
  },
};

/* ---- The blank template's notes (section template) ---- */

const KODAIRA_DIRECTIONS = [
  '地域資源によるサービスの実現',
  '将来に向けた財政運営・財産活用',
  '運営・業務執行体制の効率化',
  '職員と職場の活性化',
];

/** The `template` section in Japanese. @internal */
export const template: Catalogue['template'] = {
  planHeadings: ['項目', '値', '説明'],
  guideHeadings: ['見出し', '書くこと', 'plan JSON'],
  planField: {
    id: '計画のID。英数字とハイフンで（例: kodaira-management-policy-1）。',
    municipality: '自治体名（例: 小平市）。',
    title: '計画名。',
    period: '計画期間（例: 令和3年度～令和6年度、R3～R6、2021-2024）。',
    fiscalYear: 'この表が報告する年度（例: 令和5年度）。空欄なら見出しの年度。',
    scale: '評価尺度: kodaira-sab（S・A・B、既定）か、munikpi のほかの尺度。',
    'source.title': '出典の資料名。',
    'source.publisher': '資料の発行者。',
    'source.asOf': '資料の時点（例: 令和5年度末）。',
    'source.url': '資料のURL。',
    notes: 'データについての備考。1行に1件。',
  },
  direction: (n) =>
    `方向性${n}の名前${n <= KODAIRA_DIRECTIONS.length ? `（例: ${KODAIRA_DIRECTIONS[n - 1]}）` : ''}。プログラムは番号 ${n} で指します。`,
  column: {
    direction:
      '方向性: 1、方向性1、またはその名前。プログラムの上に「方向性1 …」の行を置くと、その下の行に効きます。',
    number: 'プログラムの番号: 12、１２、⑫。番号も名前もない行は上のプログラムの続きです。',
    name: 'プログラム名（必須）。',
    kind: '実施（既定）か検討。',
    approaches: '主な取組の方向性。1行に1件。',
    actionItem: '取組項目。1行に1件、または1行に1項目（プログラムの欄は空欄で）。',
    planned: '年度当初の予定。1行に1件。',
    targets: 'その年度に設定した目標（文章）。',
    results: '取組の実績。1行に1件。',
    issues: '課題と改善点。',
    rating: '評価: 計画の評価尺度の記号（S、A、B）。',
    reasons: '予定より進んだ・遅れた理由（取組内容・要因）。',
    nextSteps: '今後の対応。',
    notes: 'プログラムについての備考。',
    'kpi.name': 'KPIの名前。1行に1つのKPI。2つ目からは下の行に書きます。',
    'kpi.unit': '単位（%、円、件）。空欄なら数値の後ろの % や 円。',
    'kpi.direction': '高い方が良い（既定）か低い方が良い。',
    'kpi.baseline': '基準値。',
    'kpi.baselineDate': '基準値の時点: 日付（令和3年4月1日）か、その実績の年度（令和2年度）。',
    'kpi.kind':
      '目標の種別: 水準、増減、率、毎年度、件数、前年度以上、期限（マイルストーン）、参考（目標なし）。空欄なら目標値があれば水準、期限だけなら期限。',
    'kpi.target': '目標値: 種別により水準、増減量、率（%）、毎年度の値。',
    'kpi.targetYear': '目標の年度（例: R6）。空欄なら計画の最終年度。',
    'kpi.due': 'マイルストーンの期限（例: R6.1、2024-01、日付、または年度）。',
    'kpi.yearTarget': '報告年度の年度目標。',
    'kpi.actual': '報告年度の実績。マイルストーンは「達成」か「未達成」、または達成した日。',
    'kpi.notes': 'KPIについての備考。',
  },
  scheduleColumn: 'その年度の取組項目の予定。1行に1項目。',
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
  cliHelp,
  template,
};
