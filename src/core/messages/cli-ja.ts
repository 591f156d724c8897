import type { CliCatalogue, ImportIssueData, WordData } from './catalogue.js';
import { issue } from './ja.js';

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
export const cliHelp: CliCatalogue['cliHelp'] = {
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
    limits:
      '表計算ファイルを取り込むときの上限を「名前=数」で変えます:\ntextBytes、rows、columns、cells、sharedStrings（既定値は docs/data-format.md）',
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
  shape: {
    bytes: 'バイト数（整数）',
    wholeNumber: '整数',
    limits: '「名前=数」をコンマでつないだもの（名前はそれぞれ一度だけ。例: rows=10000,textBytes=8000000）',
  },
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

/** Kodaira's four directions, the template's example in both languages. @internal */
export const KODAIRA_DIRECTIONS = [
  '地域資源によるサービスの実現',
  '将来に向けた財政運営・財産活用',
  '運営・業務執行体制の効率化',
  '職員と職場の活性化',
];

/** The `template` section in Japanese. @internal */
export const template: CliCatalogue['template'] = {
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

/** The command line's and the template's words in Japanese. @internal */
/** The importer's warnings in Japanese. @internal */
export const importWarning: CliCatalogue['importWarning'] = {
  unknownColumn: (p) => `見出し「${p.header}」の列は読み取れない項目なので、読み飛ばしました`,
  unknownPlanKey: (p) => `計画シートの項目「${p.key}」は読み取れない項目なので、読み飛ばしました`,
  noNumberColumn: () => '番号（No.）の列がないため、プログラムに上から順に番号を付けました',
  eraOverflow: (p) =>
    `「${p.text}」を、元号が終わった後の年として ${typeof p.read === 'string' ? p.read : `${p.read.fiscalYear}年度`} と読みました`,
  baselineMonth: (p) => `基準の月 ${p.month} を、その月の末日 ${p.day} として読みました`,
  scheduleWithoutItem: () =>
    'この行には取組項目がないため、スケジュールは文章（scheduleText）として残しました',
  scheduleLines: (p) =>
    `スケジュールが ${p.lines} 行、取組項目が ${p.items} 件で対応しないため、文章（scheduleText）として残しました`,
  noPrograms: () => '見出し行はありますが、プログラムの行がありません',
};

export const ja: CliCatalogue = { cliHelp, template, importWarning };
