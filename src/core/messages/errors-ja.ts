/*
 * The catalogue's `errors` section in Japanese: the same keys and parameters as errors-en.ts,
 * worded as a 市役所's 手引き would.
 */
import { limitFlag } from '../limits.js';
import { quote } from '../quote.js';
import type { ErrorWords } from './catalogue.js';
import type {
  LimitFound,
  LimitKey,
  MixedPlace,
  OutputTarget,
  RuleAt,
  RuleProblem,
  ScaleAt,
  TableCell,
  Unencodable,
} from './errors-en.js';

const list = (items: readonly unknown[]): string => items.join('、');

const scaleAt = (p: ScaleAt): string =>
  `評価尺度 ${quote(p.scale)}: ${p.part === undefined ? '' : `${p.part === 'bands' ? '区分（bands）' : '割合（shares）'}: `}`;

/** The Japanese words of a key, for a message that wraps another error's. */
const errorWordsOf = (key: string): ((params: Readonly<Record<string, unknown>>) => string) | undefined =>
  Object.hasOwn(errors, key)
    ? (errors[key as keyof ErrorWords] as (params: Readonly<Record<string, unknown>>) => string)
    : undefined;

/** The `errors` section in Japanese. @internal */
const RULE_PROBLEMS: { readonly [Problem in RuleProblem]: (p: RuleAt) => string } = {
  'unknown-field': (p) => `${quote(p.field)} という項目はありません`,
  id: () => 'id は空でない文字列にしてください',
  name: () => 'name には ja と en が必要です',
  scale: () => 'scale は評価尺度の id にしてください',
  combine: () => 'combine は worst か behind-first にしてください',
  change: () => 'change は { measure: percent | points, worse, better? }（負でない値）にしてください',
  places: (p) => `places: ${quote(p.field)} は 0～20 の整数ではありません`,
  rounding: (p) => `rounding: ${quote(p.field)} は丸め方ではありません`,
  cases: () => 'case は 1～50 個必要です',
  'case-object': () => 'case はすべてオブジェクトにしてください',
  'case-unknown-field': (p) => `${quote(p.field)} という case の項目はありません`,
  'case-code': () => 'case にはすべて code が必要です',
  label: () => 'label には ja と en が必要です',
  status: () => 'status は KPI の状態の一覧にしてください',
  deadline: () => 'deadline は before か reached にしてください',
  'case-change': () => 'change は improved、unchanged、worse の一覧にしてください',
  'no-tolerance': () => 'change を読みますが、判定ルールに change の許容幅がありません',
  figure: () => 'figure は achievement、progress、paceRatio のいずれかにしてください',
  'range-without-figure': () => 'min と max には figure が必要です',
  end: () => '範囲の端は { value, inclusive }（端を含むかどうか）にしてください',
  'end-value': (p) => `${quote(p.field)} は数値ではありません`,
};

const LIMIT_WHAT: { readonly [Key in LimitKey]: (max: string) => string } = {
  bytes: (max) => `ファイルの大きさの上限は ${max} バイトです`,
  textBytes: (max) => `テキスト（CSV ファイル、またはブック内の XML）の上限は ${max} バイトです`,
  rows: (max) => `上限は ${max} 行です`,
  columns: (max) => `上限は ${max} 列です`,
  cells: (max) => `値のあるセル（結合で覆われたセルを含む）の上限は ${max} 個です`,
  sharedStrings: (max) => `共有文字列の上限は ${max} 個です`,
};
/** The CSV file's name with its particle: 「town.csv の」, or 「CSV ファイルの」 when it has none. */
const csvFile = (file: string): string => (file === '' ? 'CSV ファイルの' : `${file} の`);
const FOUND: { readonly [At in LimitFound['at']]: (p: Extract<LimitFound, { at: At }>) => string } = {
  file: (p) => `importPlan: ファイルが ${p.bytes.toLocaleString('ja-JP')} バイトあります`,
  declaredXml: (p) => `ブックのシートの XML が ${p.bytes.toLocaleString('ja-JP')} バイトと宣言されています`,
  part: (p) => `ブック内の ${p.part} が、展開すると割り当てを超える大きさになります`,
  declaredStrings: (p) => `ブックの共有文字列が ${p.count} 個と宣言されています`,
  moreStrings: () => 'ブックの共有文字列が上限より多くあります',
  sheetRow: (p) => `シート ${p.sheet} の範囲が ${p.row} 行目まであります（${p.ref}）`,
  sheetColumn: (p) => `シート ${p.sheet} の範囲が ${p.column} 列まであります（${p.ref}）`,
  value: (p) => `シート ${p.sheet} の ${p.cell} に値があります`,
  moreCells: (p) => `ブックの値のあるセルが上限より多くあります（シート ${p.sheet}、${p.cell}）`,
  merged: (p) => `シート ${p.sheet} のセルの結合が覆うセルが上限より多くあります`,
  csvText: (p) => `${csvFile(p.file)}大きさが ${p.bytes.toLocaleString('ja-JP')} バイトあります`,
  csvRows: (p) => `${csvFile(p.file)}行数が上限を超えています`,
  csvFields: (p) => `${csvFile(p.file)}${p.line} 行目に ${p.fields} 個の項目があります`,
  csvCells: (p) => `${csvFile(p.file)}セル数が上限を超えています（${p.row} 行目まで）`,
};
/** How many problems an import found, and whether it failed or its plan is not valid. */
const importProblemCount = (p: { failed: boolean; count: number }): string =>
  `${p.failed ? '取り込めませんでした' : '取り込んだ計画が正しくありません'}: 問題が ${p.count} 件あります`;
const notInShiftJis = (p: Unencodable): string =>
  `${JSON.stringify(p.char)}（${p.label}、位置 ${p.index}）は Shift_JIS（CP932）で書けない文字です` +
  (p.better === null ? '' : `。${p.better} を使ってください`);
const utf8InShiftJis = (p: MixedPlace): string =>
  `${p.line} 行目（オフセット ${p.offset}）: Shift_JIS のファイルの中に、${JSON.stringify(p.text)} が UTF-8 のバイトで入っています`;
const COLUMN_TYPE = { decimal: '10進数の文字列', integer: '整数', text: '文字列' } as const;
const tableCellAt = (p: TableCell): string => `表 ${p.table} の ${p.line} 行目、列 ${p.column}: ${p.message}`;
const READ_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'ファイルがありません',
  EISDIR: 'フォルダーです',
  ENOTDIR: 'パスの途中がフォルダーではありません',
  ELOOP: 'シンボリックリンクが多すぎます',
  ENAMETOOLONG: '名前が長すぎます',
  EACCES: '読み取りの権限がありません',
  EPERM: '読み取りの権限がありません',
};
const TARGETS: { readonly [Target in OutputTarget]: (links: number) => string } = {
  directory: () => 'フォルダー',
  symlink: () => 'シンボリックリンク',
  fifo: () => 'FIFO（名前付きパイプ）',
  device: () => 'デバイス',
  special: () => '通常のファイルではないもの',
  hardlinks: (links) => `ハードリンクが ${links} 個あるファイル（置き換えるとリンクが切れます）`,
};
const more = (count: number, shown: number): string => (count > shown ? `；ほか ${count - shown} 件` : '');

export const errors: ErrorWords = {
  // core
  notAnObject: (p) => `${quote(p.input)} はオブジェクトではありません`,
  notABoolean: (p) => `${quote(p.input)} は true でも false でもありません（${p.name}）`,
  nestedTooDeep: (p) => `値の入れ子が ${p.max} 段を超えています`,
  notALanguage: (p) => `${quote(p.input)} は言語ではありません（ja または en を指定してください）`,
  notADecimal: (p) => `${p.label}: ${quote(p.input)} は有限の10進数ではありません`,
  notPlaces: (p) => `${p.name}: ${quote(p.input)} は 0～20 の整数ではありません`,
  notARoundingMode: (p) => `rounding: ${quote(p.input)} は ${list(p.modes)} のいずれでもありません`,
  // era
  beforeGregorianYear: (p) => `${quote(p.input)} は ${p.first}年（グレゴリオ暦の採用）より前です`,
  afterLastDay: (p) => `${quote(p.input)} は ${p.last}年12月31日より後です`,
  dateDoesNotExist: (p) => `${quote(p.input)} は存在しない日付です`,
  notADate: (p) => `${quote(p.input)} は日付ではありません`,
  notAnIsoDate: (p) => `${quote(p.input)} は YYYY-MM-DD 形式の日付ではありません`,
  notADateText: (p) => `${quote(p.input)} は YYYY-MM-DD・YYYY/MM/DD 形式の日付ではありません`,
  notADateInput: (p) => `${quote(p.input)} は Date、YYYY-MM-DD、{year,month,day} のいずれでもありません`,
  notWholeDays: (p) => `${quote(p.input)} は日数（整数）ではありません`,
  daysOutOfRange: (p) => `${p.from} から ${p.days} 日の日付は 1873-01-01～9999-12-31 の範囲外です`,
  notOneOfNamed: (p) => `${quote(p.input)} は ${list(p.allowed)} のいずれでもありません（${p.name}）`,
  separatorForKanji: (p) =>
    `${quote(p.input)} は 'kanji' ではありません。numerals: 'kanji' には separator: 'kanji' が必要です`,
  notTextFor: (p) => `${p.what}: ${quote(p.input)} は文字列ではありません`,
  textTooLong: (p) => `${p.what}: ${p.length} 文字の文字列は上限の ${p.max} 文字を超えています`,
  unknownEra: (p) =>
    `${quote(p.input)}: ${quote(p.prefix)} は munikpi の扱う元号（明治・大正・昭和・平成・令和、M・T・S・H・R）ではありません`,
  eraYearZero: (p) => `${quote(p.input)}: ${p.era}0年はありません（1年は元年です）`,
  eraDateDoesNotExist: (p) => `${quote(p.input)} は日付ではありません（その月または日は存在しません）`,
  eraDateBeforeGregorian: (p) =>
    `${quote(p.input)} は日本でグレゴリオ暦が始まった 1873-01-01（明治6年1月1日）より前です`,
  beforeEraBegan: (p) => `${quote(p.input)} は${p.era}の始まった ${p.began} より前です`,
  afterEraEnded: (p) =>
    `${quote(p.input)} は${p.era}の終わった ${p.ended}（${p.lastYear}年）より後です。` +
    '古い文書の意図どおりに読むには { allowOverflow: true } を指定してください',
  afterLastYear: (p) => `${quote(p.input)} は ${p.last}年より後です`,
  weekdayMismatch: (p) => `${quote(p.input)}: 曜日が日付と合いません`,
  notAnEraDate: (p) => `${quote(p.input)} は和暦の日付ではありません`,
  notInAnyForm: (p) =>
    `${quote(p.input)} はどの書き方でも${p.fiscal ? '年度' : '和暦の日付'}として読めません`,
  isAFiscalYear: (p) => `${quote(p.input)} は年度です。parseFiscalYear を使ってください`,
  // fiscal
  notAMonth: (p) => `${quote(p.input)} は 1～12 の月ではありません`,
  notAWholeFiscalYear: (p) => `${quote(p.input)} は年度（整数）ではありません`,
  fiscalYearBeforeGregorian: (p) => `${p.input}年度は ${p.first}-01-01 より前に始まります`,
  fiscalYearAfterLast: (p) => `${p.input}年度は ${p.last}-12-31 より後に終わります`,
  notOneOfFor: (p) => `${p.name}: ${quote(p.input)} は ${list(p.allowed)} のいずれでもありません`,
  notEitherOf: (p) => `${p.name}: ${quote(p.input)} は '${p.first}' でも '${p.second}' でもありません`,
  withGregorianStyle: (p) =>
    `withGregorian は era と initial の形式にだけ使えます（${quote(p.style)} には使えません）`,
  isARange: (p) => `${quote(p.input)} は年度の範囲です。planPeriod を使ってください`,
  notAFiscalYearText: (p) => `${quote(p.input)} は年度（令和5年度、R5、2023年度、FY2023 など）ではありません`,
  bracketYearDiffers: (p) =>
    `${quote(p.input)}: 和暦では ${p.fiscalYear}年度ですが、括弧内は ${p.bracketYear}年度となっています`,
  periodEndsBeforeStart: (p) => `期間 ${quote(p.from)}～${quote(p.to)} は終わりが始まりより前です`,
  outsidePeriod: (p) => `${quote(p.input)}年度は期間 ${p.start}～${p.end}年度の外です`,
  // kpi
  notAUnit: (p) => `${quote(p.input)} は単位（文字列）ではありません`,
  notAUnitKind: (p) => `${quote(p.input)} は単位の種類（${list(p.kinds)}）ではありません`,
  // report
  notACsvCell: (p) => `${quote(p.input)} は CSV のセル（文字列）ではありません`,
  notCsvRows: (p) => `${quote(p.input)} は行（文字列のリスト）のリストではありません`,
  notAFiscalYearFor: (p) => `${p.what}: ${quote(p.input)} は ${p.min}～${p.max} の年度ではありません`,
  inField: (p) => {
    const inner = p.inner === undefined ? undefined : errorWordsOf(p.inner.key);
    return `${p.what}: ${inner === undefined || p.inner === undefined ? p.message : inner(p.inner.params)}`;
  },
  notLooseDate: (p) => `${p.what}: ${quote(p.input)} は YYYY-MM または YYYY-MM-DD 形式ではありません`,
  yearTargetsNotObject: (p) => `KPI ${quote(p.id)}: yearTargets が年度をキーとするオブジェクトではありません`,
  yearTargetWrongWay: (p) =>
    `KPI ${quote(p.id)}: ${p.year}年度の目標（${quote(p.value)}）が最終目標から遠ざかる向きになっています`,
  seriesNeedsYears: (p) => `KPI ${quote(p.id)}: from と to、または KPI の期間を指定してください`,
  yearsEndBeforeStart: (p) => `年度 ${p.from}～${p.to} は終わりが始まりより前です`,
  noObservedValue: (p) => `KPI ${quote(p.id)}: ${p.fiscalYear}年度の実績値がありません`,
  noValueToPaceFrom: (p) => `KPI ${quote(p.id)}: ペースの起点となる実績値がありません`,
  outsideKpiPeriod: (p) =>
    `KPI ${quote(p.id)}: ${p.fiscalYear}年度は${p.start === null ? '基準値より前です' : `期間 ${p.start}～${p.end}年度の外です`}`,
  notEvaluateInput: (p) => `evaluateKpi: ${quote(p.input)} は { fiscalYear, actual } ではありません`,
  negativeThresholds: () => 'tolerance と aheadMargin に負の値は指定できません',
  actualNotANumber: (p) => `KPI ${quote(p.id)}: ${quote(p.input)} は数値ではありません`,
  needsBaselineValue: (p) => `KPI ${quote(p.id)}: ${p.kind} 型の目標で実績を判定するには基準値が必要です`,
  kpiValueNegative: (p) => `KPI ${quote(p.id)}: ${p.what} ${quote(p.input)} が負の値です`,
  kpiValueNotWhole: (p) => `KPI ${quote(p.id)}: ${p.what} ${quote(p.input)} が整数ではありません`,
  twoObservations: (p) => `KPI ${quote(p.id)}: ${p.fiscalYear}年度の実績が2件あります`,
  notAKpi: (p) => `${quote(p.input)} は KPI のオブジェクトではありません`,
  targetBelowZero: (p) => `KPI ${quote(p.id)}: 目標値が0を下回ります`,
  targetEqualsBaseline: (p) =>
    `KPI ${quote(p.id)}: 目標値が基準値と等しいため、進捗率を計算できません（0 で割ることになります）`,
  observationsNotList: (p) => `KPI ${quote(p.id)}: observations がリストではありません`,
  observationNotObject: (p) => `KPI ${quote(p.id)}: 実績の1件がオブジェクトではありません`,
  notAMilestoneState: (p) =>
    `KPI ${quote(p.id)}: ${quote(p.input)} はマイルストーンの状態 { done, on? } ではありません`,
  kpiIdEmpty: (p) => `KPI ${quote(p.id)}: id は空でない文字列にしてください`,
  kpiFieldNotText: (p) => `KPI ${quote(p.id)}: ${p.field} は文字列にしてください`,
  notADirection: (p) =>
    `KPI ${quote(p.id)}: direction ${quote(p.direction)} は higher でも lower でもありません`,
  notATargetKind: (p) =>
    `KPI ${quote(p.id)}: 目標の種類 ${quote(p.kind)} は ${list(p.kinds)} のいずれでもありません`,
  kpiUnitKind: (p) =>
    `KPI ${quote(p.id)}: unitKind ${quote(p.unitKind)} は ${list(p.kinds)} のいずれでもありません`,
  periodNotObject: (p) => `KPI ${quote(p.id)}: period が { start, end } ではありません`,
  kpiPeriodBackwards: (p) => `KPI ${quote(p.id)}: 期間 ${p.start}～${p.end}年度は終わりが始まりより前です`,
  baselineNotObject: (p) => `KPI ${quote(p.id)}: baseline がオブジェクトではありません`,
  changeNotAboveZero: (p) =>
    `KPI ${quote(p.id)}: 増減量 ${quote(p.amount)} は0より大きくしてください（向きは direction で指定します）`,
  rateNotAboveZero: (p) =>
    `KPI ${quote(p.id)}: 増減率 ${quote(p.percent)} は0より大きくしてください（向きは direction で指定します）`,
  targetNeedsDeadline: (p) =>
    `KPI ${quote(p.id)}: 水準・増減量・増減率の目標には target.by または期間が必要です`,
  targetWrongWay: (p) =>
    `KPI ${quote(p.id)}: 目標が ${p.direction === 'lower' ? '低いほど良い' : '高いほど良い'} 指標とは逆の向きです`,
  baselineNeedsTime: (p) =>
    `KPI ${quote(p.id)}: 目標までのペースを決めるには、基準値に asOf、fiscalYear または KPI の期間が必要です`,
  deadlineBeforeBaseline: (p) => `KPI ${quote(p.id)}: 期限 ${p.deadline} が基準時点より前です`,
  // rating
  notAScale: (p) => `${quote(p.input)} は評価尺度のオブジェクトではありません`,
  notARatingText: (p) => `${quote(p.input)} は評価（文字列）ではありません`,
  notScaleOrBands: (p) => `${quote(p.input)} は評価尺度でもその区分（bands）でもありません`,
  scaleHasNoBands: (p) => `評価尺度 ${quote(p.scale)} には区分（bands）が定められていません`,
  scaleIdEmpty: (p) => `${scaleAt(p)}id は空でない文字列にしてください`,
  scaleNameLabels: (p) => `${scaleAt(p)}name には ja と en が必要です`,
  scaleNoLevels: (p) => `${scaleAt(p)}評価の段階が1つ以上必要です`,
  levelNotObject: (p) => `${scaleAt(p)}評価の段階はそれぞれオブジェクトにしてください`,
  levelNoCode: (p) => `${scaleAt(p)}評価の段階にはそれぞれ code が必要です`,
  codeTwice: (p) => `${scaleAt(p)}code ${quote(p.code)} が2回現れます`,
  levelProgress: (p) =>
    `${scaleAt(p)}段階 ${quote(p.code)}: progress は ahead、on-track、behind のいずれかにしてください`,
  levelLabel: (p) => `${scaleAt(p)}段階 ${quote(p.code)}: label には ja と en が必要です`,
  levelScore: (p) => `${scaleAt(p)}段階 ${quote(p.code)}: score は整数にしてください`,
  levelColour: (p) => `${scaleAt(p)}段階 ${quote(p.code)}: color が #rrggbb 形式ではありません`,
  codesNotList: (p) => `${scaleAt(p)}${p.field} は code のリストにしてください`,
  codesNotText: (p) => `${scaleAt(p)}${p.field} の code は空でない文字列にしてください`,
  cannotBeCode: (p) => `${scaleAt(p)}${quote(p.code)} は code に使えません`,
  levelAndNotApplicable: (p) => `${scaleAt(p)}${quote(p.code)} を評価の段階と対象外の両方にはできません`,
  unknownScaleField: (p) =>
    `${scaleAt(p)}${quote(p.field)} は${p.of === 'scale' ? '尺度の' : p.of === 'band' ? '区分の' : ''}項目ではありません（使える項目: ${list(p.expected)}）`,
  unknownLevelField: (p) =>
    `${scaleAt(p)}段階 ${quote(p.code)}: ${quote(p.field)} は項目ではありません（使える項目: ${list(p.expected)}）`,
  sameCode: (p) =>
    `${scaleAt(p)}${quote(p.other)} と ${quote(p.code)} は同じ code です（または同じ記号の別の書き方です）`,
  partNotObject: (p) => `${scaleAt(p)}オブジェクトにしてください`,
  bandsOf: (p) => `${scaleAt(p)}of は sum または mean にしてください（${quote(p.input)} は使えません）`,
  bandsCount: (p) => `${scaleAt(p)}区分は1～50個にしてください`,
  bandNotObject: (p) => `${scaleAt(p)}区分はそれぞれオブジェクトにしてください`,
  bandNoCode: (p) => `${scaleAt(p)}区分にはそれぞれ code が必要です`,
  bandLabel: (p) => `${scaleAt(p)}区分 ${quote(p.code)}: label には ja と en が必要です`,
  bandNeedsLabel: (p) => `${scaleAt(p)}区分 ${quote(p.code)} は尺度の段階にないため、label が必要です`,
  bandEnd: (p) => `${scaleAt(p)}区分 ${quote(p.code)}: 端は { value, inclusive } の形にしてください`,
  bandInclusive: (p) =>
    `${scaleAt(p)}区分 ${quote(p.code)}: それぞれの端を含むかどうか（inclusive）を指定してください`,
  bandEndFigure: (p) => `${scaleAt(p)}区分 ${quote(p.code)}: ${quote(p.value)} は数値ではありません`,
  bandEmpty: (p) => `${scaleAt(p)}区分 ${quote(p.code)} に当てはまる数値がありません`,
  bandsOverlap: (p) => `${scaleAt(p)}区分 ${quote(p.code)} が区分 ${quote(p.other)} と重なっています`,
  sharesMethod: (p) =>
    `${scaleAt(p)}method は each または largest-remainder にしてください（${quote(p.input)} は使えません）`,
  sharesFixed: (p) => `${scaleAt(p)}fixed は true または false にしてください`,
  sharesNote: (p) => `${scaleAt(p)}note は true、false または { ja, en } にしてください`,
  scalePlaces: (p) => `${scaleAt(p)}places: ${quote(p.input)} は 0～20 の整数ではありません`,
  scaleRounding: (p) => `${scaleAt(p)}rounding: ${quote(p.input)} は ${list(p.modes)} のいずれでもありません`,
  // plan
  notEither: (p) => `${p.name}: ${quote(p.input)} は ${p.first} でも ${p.second} でもありません`,
  notEitherUseWorkbook: (p) =>
    `${p.name}: ${quote(p.input)} は ${p.first} でも ${p.second} でもありません（.xlsx のブックは exportTidyWorkbook で書き出します）`,
  noDeclaredSummary: (p) => `計画 ${quote(p.plan)} には ${p.fiscalYear}年度の集計表がありません`,
  notAPlan: (p) => `${quote(p.input)} は計画ではありません`,
  notAProgram: (p) => `${quote(p.input)} はプログラム（program）ではありません`,
  notAFiscalYearIn: (p) => `${quote(p.input)} は ${p.min}～${p.max} の年度ではありません`,
  planProblems: (p) =>
    `計画に ${p.count} 件の問題があります: ${p.lines.ja.join('；')}${p.more > 0 ? `；ほか ${p.more} 件` : ''}`,
  notTextNamed: (p) => `${p.name}: ${quote(p.input)} は文字列ではありません`,
  notAList: (p) => `${p.name}: ${quote(p.input)} はリストではありません`,
  idUsedTwice: (p) =>
    `plans[${p.index}]: id ${quote(p.id)} は前の計画で使われています。表を結合するため、id は計画ごとに異なるものにしてください`,
  reportFormat: (p) => `format: ${quote(p.input)} は text、md、csv、json のいずれでもありません`,
  chartCoordinate: (p) => `グラフの座標 ${p.value} は描画できません`,
  notEitherQuoted: (p) => `${p.name}: ${quote(p.input)} は '${p.first}' でも '${p.second}' でもありません`,
  badIdPrefix: (p) => `idPrefix: ${quote(p.input)} は英字で始め、英字・数字・-・_ だけで書いてください`,
  notAResultOf: (p) => `${quote(p.input)} は ${p.fn} の結果ではありません`,
  // schema
  notAboveZero: (p) => `${p.name}: ${quote(p.input)} は0より大きい整数ではありません`,
  documentTooLarge: (p) => `文書が ${p.bytes} バイトあり、上限の ${p.max} バイトを超えています`,
  problemAt: (p) => `${p.path}: ${p.message}`,
  notJson: (p) => `JSON として読めません: ${p.message}`,
  documentProblems: (p) =>
    `問題が ${p.problems.length} 件あります: ${p.problems
      .slice(0, 3)
      .map((item) => `${item.path}: ${item.message}`)
      .join('；')}`,
  kpiProblems: (p) => `KPI に ${p.count} 件の問題があります: ${p.lines.ja.join('；')}`,
  // io
  invalidDateCell: () => '無効な日付です',
  notFinite: (p) => `${p.value} は有限の数ではありません`,
  cellHoldsDate: (p) => `セルの値は日付（${p.date}）で、数値ではありません`,
  notAFigure: (p) => `${quote(p.input)} は数値ではありません`,
  notAFiscalYearCell: (p) => `${quote(p.input)} は年度（令和5年度、R5 など）ではありません`,
  serial60: () => 'シリアル値 60 は存在しない日 1900-02-29 です',
  notADateCell: (p) =>
    `${quote(p.input)} は日付（令和3年4月1日、2021-04-01）、年月（R5.3）、年度（令和5年度）のいずれでもありません`,
  notASerial: (p) => `${p.input} は日付のシリアル値でも年度でもありません`,
  loneSurrogateIn: (p) => `${p.what}: 文字として成り立たない単独のサロゲートが含まれています`,
  notBytes: (p) => `${p.what}: ${quote(p.input)} は Uint8Array ではありません`,
  shiftJisNoBom: () => 'bom: Shift_JIS にはバイト順マーク（BOM）を付けられません',
  jsonLinesUtf8: () => 'JSON Lines はバイト順マーク（BOM）なしの UTF-8 で書きます',
  notAKindOfTarget: (p) =>
    `${quote(p.value)} は目標の種類ではありません（${list(p.kinds)} のいずれかにしてください）`,
  notMilestoneCell: (p) => `${quote(p.value)} は 達成、未達成、達成した日 のいずれでもありません`,
  notDirectionCell: (p) =>
    `${quote(p.value)} は 高い方が良い（higher）でも 低い方が良い（lower）でもありません`,
  unitMismatch: (p) => `数値の単位は ${p.unit} ですが、単位欄は ${quote(p.written)} です`,
  notALimit: (p) => `limits.${p.key} は上限の項目ではありません（項目: ${list(p.limits)}）`,
  notAPlanPeriodCell: (p) =>
    `${quote(p.input)} は計画期間（令和3年度～令和6年度、R3～R6 など）ではありません`,
  cellPeriodBackwards: (p) => `${quote(p.input)} は終わりが始まりより前です`,
  notAScaleName: (p) => `${quote(p.input)} は評価尺度ではありません（${p.known} のいずれかにしてください）`,
  ruleNamesNoScale: (p) =>
    `判定ルール ${quote(p.rule)} は munikpi の評価区分を指定していません。ルールの記号を持つ評価区分を options.scale に渡してください`,
  notARatingOn: (p) =>
    `${quote(p.value)} は評価尺度 ${p.scale} の評価ではありません（${list(p.allowed)} のいずれかにしてください）`,
  notAProgramKind: (p) => `${quote(p.value)} は 実施 でも 検討 でもありません`,
  notAProgramNumber: (p) => `${quote(p.value)} はプログラムの番号（12、⑫ など）ではありません`,
  notDirections: (p) => `directions: ${quote(p.input)} は 0～100 の整数ではありません`,
  noProgramTable: () => '取り込めませんでした: プログラムの表がありません',
  notTidyTables: (p) =>
    `exportTidyTables: ${quote(p.input)} は${p.missing === null ? 'オブジェクトではありません' : `表 ${p.missing} を含んでいません`}（tidyTables を参照）`,
  reportFormatOf: (p) => `format: ${quote(p.input)} は auto、xlsx、csv のいずれでもありません`,
  periodBackwards: (p) => `期間 ${p.start}～${p.end}年度は終わりが始まりより前です`,
  ruleProblem: (p) =>
    `判定ルール ${quote(p.rule)}: ${p.case === undefined ? '' : `case ${quote(p.case)}: `}${RULE_PROBLEMS[p.problem](p)}`,
  notAJudgementRule: (p) => `${quote(p.input)} は判定ルールではありません`,
  notAKpiEvaluation: (p) => `${quote(p.input)} は KPI の評価結果ではありません`,
  evaluationNotANumber: (p) =>
    `KPI ${quote(p.kpi)} の${p.fiscalYear}年度の評価結果は数値ではありません。evaluation.progress や evaluation.actual などの数値を使うか、\`\${evaluation}\` で1行の文にしてください`,
  changeToleranceShape: (p) =>
    `change: ${quote(p.input)} は { measure: percent | points, worse, better? } ではありません`,
  changeToleranceNegative: () => 'change: worse と better は負の値にできません',
  // import limits, encodings, files
  overLimit: (p) =>
    `${(FOUND[p.found.at] as (f: LimitFound) => string)(p.found)}: ${LIMIT_WHAT[p.key](p.max.toLocaleString('ja-JP'))}` +
    `（オプション limits.${p.key}、または munikpi の ${limitFlag(p.key)} で引き上げられます${p.trim ? '。または、表より後ろのセルを削除して保存し直してください（Excel では Ctrl+End でシートの終わりがわかります）' : ''}）`,
  csvUnreadable: (p) =>
    `${p.line === null ? '（文書全体）' : `${p.line} 行目`}: ${p.message ?? `${p.line} 行目から始まる行で、引用符（"）で囲んだ項目が閉じられていません`}`,
  oldXls: () => '古い .xls 形式は読み込めません。ブックを .xlsx（または CSV）で保存し直してください',
  importedPlanInvalid: () => '取り込んだ計画が正しくありません',
  importProblems: (p) =>
    `${importProblemCount(p)}: ${p.problems
      .slice(0, 5)
      .map((item) => `${item.path}: ${item.message}`)
      .join('；')}${more(p.count, 5)}`,
  importProblemCount,
  mappingForbiddenKeys: (p) => `対応表（mapping）に使えないキーが ${p.count} 個あります: ${p.path}`,
  mappingProblems: (p) =>
    `対応表（mapping）に問題が ${p.count} 件あります: ${p.problems
      .slice(0, 5)
      .map((item) => `${item.path}: ${item.message}`)
      .join('；')}`,
  invalidUtf8: (p) =>
    `オフセット ${p.offset} のバイト ${p.byte} は UTF-8 として正しくありません${p.suggest ? "。Shift_JIS のファイルなら { encoding: 'shift_jis' } か 'auto' を指定してください" : ''}`,
  invalidShiftJis: (p) =>
    `オフセット ${p.offset} のバイト ${p.byte} は Shift_JIS（CP932）として正しくありません`,
  utf16Bom: () =>
    'UTF-16 のバイト順マーク（Excel の「Unicode テキスト」）で始まっています。「CSV UTF-8」で保存し直してください',
  neitherEncoding: (p) =>
    `UTF-8 としても（オフセット ${p.utf8Offset} のバイト ${p.utf8Byte} が不正）、` +
    `Shift_JIS としても（オフセット ${p.sjisOffset} のバイト ${p.sjisByte} が不正）読めません`,
  utf8InShiftJis,
  mixedEncodings: (p) =>
    `ファイルの中で文字コードが混ざっています: ${p.places.map(utf8InShiftJis).join('；')}${p.more > 0 ? `；ほか ${p.more} 件` : ''}。` +
    '1つの文字コード（CSV UTF-8）で保存し直すか、すべて Shift_JIS であれば encoding に shift_jis を指定してください',
  notInShiftJis,
  textNotInShiftJis: (p) =>
    `${p.bad === null ? 'この文字列は Shift_JIS（CP932）で書けません' : notInShiftJis(p.bad)}${more(p.count, 1)}。UTF-8 で書き出すこともできます`,
  loneSurrogateAt: (p) => `位置 ${p.index} の単独のサロゲート ${p.label} は文字として成り立ちません`,
  notColumnType: (p) => `${quote(p.value)} は${COLUMN_TYPE[p.type]}でも null でもありません`,
  tableCellType: (p) =>
    `${p.path}: ${quote(p.value)} は${COLUMN_TYPE[p.type]}でも null でもありません${more(p.count, 1)}`,
  tableCellAt,
  cellsNotEncodable: (p) =>
    `${p.cell === null ? `この文字列は ${p.encoding} で書けません` : tableCellAt(p.cell)}${more(p.count, 1)}${p.encoding === 'shift_jis' ? '。UTF-8 で書き出すこともできます' : ''}`,
  notAWorkbook: (p) =>
    `${p.name === '' ? 'ブック' : p.name} は読み込める .xlsx のブックではありません: ${p.reason}`,
  notANumberCell: (p) =>
    `${quote(p.input)} は数値ではありません: ${p.why === 'grouping' ? '桁区切りのカンマが3桁ごとになっていません' : '604,701,094円、73.9%、▲5、― のような数値を書いてください'}`,
  spellingDiffers: (p) =>
    `period.spelling.${p.which} の ${quote(p.spelt)} は ${p.fiscalYear}年度ですが、period.${p.which} は ${p.year}年度です`,
  // cli
  inputTooLarge: (p) =>
    `${quote(p.name)} は入力の上限 ${p.max} バイトを超えています。${p.flag} <n> で上限を引き上げられます`,
  cannotRead: (p) =>
    `${quote(p.path)} を読み込めません: ${Object.hasOwn(READ_REASONS, p.errno) ? READ_REASONS[p.errno] : p.errno}`,
  noStdin: () => '読み込む標準入力がありません',
  willNotWrite: (p) =>
    `${quote(p.path)} は${TARGETS[p.target](p.links)}なので書き込みません。${p.target === 'directory' ? 'その中のファイル名を指定するか' : '書き込むには --force を指定するか'}、-o - で標準出力に出してください`,
  cannotWrite: (p) =>
    `${quote(p.path)} に書き込めません: ${p.errno === 'ENOENT' ? 'フォルダーがありません' : p.errno}`,
};
