/*
 * The columns of a progress table: what each one holds, the headers recognised for it by
 * default, and the header the template writes. The data-format guide is generated from here.
 */

/** A column of the progress table, as the mapping file names it. */
export type FieldId =
  | 'id'
  | 'direction'
  | 'number'
  | 'name'
  | 'kind'
  | 'approaches'
  | 'actionItem'
  | 'schedule'
  | 'scheduleText'
  | 'planned'
  | 'targets'
  | 'results'
  | 'issues'
  | 'rating'
  | 'reasons'
  | 'nextSteps'
  | 'notes'
  | 'kpi.id'
  | 'kpi.name'
  | 'kpi.unit'
  | 'kpi.direction'
  | 'kpi.baseline'
  | 'kpi.baselineDate'
  | 'kpi.kind'
  | 'kpi.target'
  | 'kpi.targetYear'
  | 'kpi.due'
  | 'kpi.yearTarget'
  | 'kpi.actual'
  | 'kpi.notes';

/** Whether a column takes a fiscal year (`R5評価`, `実績(R4)`, `schedule:2021`). */
export type FieldYear = 'none' | 'optional' | 'required';

/** What a column holds and how it is recognised. */
export interface FieldSpec {
  /** The field. */
  readonly id: FieldId;
  /** What part of the plan it fills. */
  readonly group: 'program' | 'report' | 'kpi';
  /** Whether a fiscal year goes with it: optional ones default to the report's year. */
  readonly year: FieldYear;
  /** The header the template writes. */
  readonly header: string;
  /** Headers recognised by default (compared after NFKC, without spaces, ignoring case). */
  readonly aliases: readonly string[];
  /** What the cell holds, in English. */
  readonly description: string;
  /** Where it goes in the plan JSON. */
  readonly target: string;
}

/**
 * Every column the importer knows, in template order: its mapping key, the header the template
 * writes, the headers recognised by default, and where it goes in the plan.
 *
 * @example
 * import { IMPORT_COLUMNS } from 'munikpi/io';
 * IMPORT_COLUMNS.find((c) => c.id === 'rating')?.aliases; // ['評価', '進捗評価', '評価結果']
 * IMPORT_COLUMNS.filter((c) => c.group === 'kpi').length; // 13
 */
export const FIELDS: readonly FieldSpec[] = [
  {
    id: 'direction',
    group: 'program',
    year: 'none',
    header: '方向性',
    aliases: ['方向性', '方向性名', '方向性番号'],
    description:
      'The direction: `1`, `方向性1`, `1 地域資源によるサービスの実現` or its name. Section rows `方向性1 …` do the same for the rows below them.',
    target: 'programs[].direction, directions[]',
  },
  {
    id: 'number',
    group: 'program',
    year: 'none',
    header: 'No.',
    aliases: ['No.', 'No', '番号', 'プログラム番号', '項番', '№'],
    description:
      'The program number: `12`, `１２` or `⑫` (a circled number is kept as `display`). A row without number and name continues the program above.',
    target: 'programs[].number, programs[].display',
  },
  {
    id: 'id',
    group: 'program',
    year: 'none',
    header: 'ID',
    aliases: ['ID', 'プログラムID'],
    description: 'The program id; default `p` and the number (`p12`).',
    target: 'programs[].id',
  },
  {
    id: 'name',
    group: 'program',
    year: 'none',
    header: '実施プログラム',
    aliases: ['実施プログラム', '検討プログラム', 'プログラム', 'プログラム名', '名称', '取組名'],
    description: 'The program name (required). Under a `検討プログラム` header the kind defaults to study.',
    target: 'programs[].name',
  },
  {
    id: 'kind',
    group: 'program',
    year: 'none',
    header: '区分',
    aliases: ['区分', '種別', 'プログラム区分'],
    description:
      '`実施` (implementation, the default) or `検討` (study). Section rows `◆◇検討プログラム◇◆` switch the default.',
    target: 'programs[].kind',
  },
  {
    id: 'approaches',
    group: 'program',
    year: 'none',
    header: '主な取組の方向性',
    aliases: ['主な取組の方向性', '取組の方向性', '主な取組'],
    description: 'The main approaches, one entry per bullet or line.',
    target: 'programs[].approaches',
  },
  {
    id: 'actionItem',
    group: 'program',
    year: 'none',
    header: '取組項目',
    aliases: ['取組項目', '主な取組項目'],
    description:
      'Action items, one per bullet or line; or one per row, with the program cells merged or left blank.',
    target: 'programs[].actionItems[].name',
  },
  {
    id: 'schedule',
    group: 'program',
    year: 'required',
    header: 'R3',
    aliases: [],
    description:
      'A header that is a fiscal year (`R3`, `令和3年度`, `2021年度`, `FY2021`): what the action items plan that year, one line per item.',
    target: 'programs[].actionItems[].schedule',
  },
  {
    id: 'scheduleText',
    group: 'program',
    year: 'none',
    header: '年度スケジュール',
    aliases: ['年度スケジュール', 'スケジュール'],
    description:
      'The schedule as one text, when it has no year columns (a `年度スケジュール` header over year columns is a group header).',
    target: 'programs[].scheduleText',
  },
  {
    id: 'planned',
    group: 'report',
    year: 'optional',
    header: '当初予定',
    aliases: ['当初予定', '年度当初予定'],
    description: 'What was planned at the start of the year (当初予定), one entry per bullet.',
    target: 'programs[].reports.<FY>.planned',
  },
  {
    id: 'targets',
    group: 'report',
    year: 'optional',
    header: '設定目標',
    aliases: ['設定目標', '年度設定目標'],
    description: 'The targets set for the year (設定目標), as text.',
    target: 'programs[].reports.<FY>.targets',
  },
  {
    id: 'results',
    group: 'report',
    year: 'optional',
    header: '取組実績',
    aliases: ['取組実績', 'これまでの取組実績', '実施内容'],
    description: 'What was done (取組実績), one entry per bullet.',
    target: 'programs[].reports.<FY>.results',
  },
  {
    id: 'issues',
    group: 'report',
    year: 'optional',
    header: '課題・改善点',
    aliases: ['課題・改善点', '今後に向けた課題・改善点', '課題'],
    description: 'Issues and improvements ahead (課題・改善点).',
    target: 'programs[].reports.<FY>.issues',
  },
  {
    id: 'rating',
    group: 'report',
    year: 'optional',
    header: '評価',
    aliases: ['評価', '進捗評価', '評価結果'],
    description: "The rating: a code on the plan's scale (`S`, `A`, `B`; full-width `Ａ` is read as `A`).",
    target: 'programs[].reports.<FY>.rating',
  },
  {
    id: 'reasons',
    group: 'report',
    year: 'optional',
    header: '取組内容・要因',
    aliases: ['取組内容・要因', '要因'],
    description: 'Why the program is ahead or behind (取組内容・要因).',
    target: 'programs[].reports.<FY>.reasons',
  },
  {
    id: 'nextSteps',
    group: 'report',
    year: 'optional',
    header: '今後の対応',
    aliases: ['今後の対応'],
    description: 'What will be done about it (今後の対応).',
    target: 'programs[].reports.<FY>.nextSteps',
  },
  {
    id: 'notes',
    group: 'program',
    year: 'none',
    header: '備考',
    aliases: ['備考'],
    description: 'Remarks about the program.',
    target: 'programs[].notes',
  },
  {
    id: 'kpi.name',
    group: 'kpi',
    year: 'none',
    header: '指標名',
    aliases: ['指標名', '指標', '成果指標', 'KPI', 'KPI名'],
    description:
      'The KPI name. A row with KPI cells gives one KPI; more KPIs of a program go in the rows below it.',
    target: 'programs[].kpis[].name',
  },
  {
    id: 'kpi.id',
    group: 'kpi',
    year: 'none',
    header: '指標ID',
    aliases: ['指標ID', 'KPI ID'],
    description: 'The KPI id; default the program id, `-k` and its place (`p12-k1`).',
    target: 'programs[].kpis[].id',
  },
  {
    id: 'kpi.unit',
    group: 'kpi',
    year: 'none',
    header: '単位',
    aliases: ['単位'],
    description: 'The unit (`%`, `円`, `件`); when blank, the `%` or `円` written after the figures.',
    target: 'programs[].kpis[].unit',
  },
  {
    id: 'kpi.direction',
    group: 'kpi',
    year: 'none',
    header: '方向',
    aliases: ['方向', '改善の方向', '望ましい方向'],
    description:
      '`高い方が良い` / `増加` / `↑` (higher, the default) or `低い方が良い` / `削減` / `↓` (lower); a level target below the baseline means lower.',
    target: 'programs[].kpis[].direction',
  },
  {
    id: 'kpi.baseline',
    group: 'kpi',
    year: 'none',
    header: '基準値',
    aliases: ['基準値', '現状値'],
    description: 'The baseline figure.',
    target: 'programs[].kpis[].baseline.value',
  },
  {
    id: 'kpi.baselineDate',
    group: 'kpi',
    year: 'none',
    header: '基準日',
    aliases: ['基準日', '基準時点', '基準年度'],
    description:
      'When the baseline was taken: a day (`令和3年4月1日`, a date cell) or a fiscal year whose result it is (`令和2年度`).',
    target: 'programs[].kpis[].baseline.asOf or .fiscalYear',
  },
  {
    id: 'kpi.kind',
    group: 'kpi',
    year: 'none',
    header: '目標種別',
    aliases: ['目標種別', '目標の種類', '目標区分'],
    description:
      'The kind of target (see the list below); default `level` with a 目標値, `milestone` with only a 期限, else `monitor`.',
    target: 'programs[].kpis[].target.kind',
  },
  {
    id: 'kpi.target',
    group: 'kpi',
    year: 'none',
    header: '目標値',
    aliases: ['目標値', '目標', '最終目標', '最終目標値'],
    description: 'The target figure: the level, the change, the percentage or the yearly value, by kind.',
    target: 'programs[].kpis[].target.value / amount / percent',
  },
  {
    id: 'kpi.targetYear',
    group: 'kpi',
    year: 'none',
    header: '目標年度',
    aliases: ['目標年度', '達成年度', '目標達成年度'],
    description: 'The fiscal year by whose end the target is due (`R6`); default the end of the plan.',
    target: 'programs[].kpis[].target.by',
  },
  {
    id: 'kpi.due',
    group: 'kpi',
    year: 'none',
    header: '期限',
    aliases: ['期限', '完了期限', '達成期限'],
    description: 'For a milestone: when it is due (`R6.1`, `2024-01`, a date, or a fiscal year: its March).',
    target: 'programs[].kpis[].target.due',
  },
  {
    id: 'kpi.yearTarget',
    group: 'kpi',
    year: 'optional',
    header: '年度目標',
    aliases: ['年度目標', '年度目標値', '単年度目標'],
    description: 'The target for a fiscal year (`年度目標` for the report year, `R6目標` for another).',
    target: 'programs[].kpis[].yearTargets.<FY>',
  },
  {
    id: 'kpi.actual',
    group: 'kpi',
    year: 'optional',
    header: '実績',
    aliases: ['実績', '実績値'],
    description:
      'The actual for a fiscal year (`実績` for the report year, `R4実績` for another); for a milestone `達成` / `未達成`, or the day it was done.',
    target: 'programs[].kpis[].observations[]',
  },
  {
    id: 'kpi.notes',
    group: 'kpi',
    year: 'none',
    header: '指標備考',
    aliases: ['指標備考'],
    description: 'Remarks about the KPI.',
    target: 'programs[].kpis[].notes',
  },
];

/** Field ids, for the mapping schema. */
export const FIELD_IDS = FIELDS.map((field) => field.id) as readonly FieldId[];

/**
 * The spec of a field.
 * @internal
 */
export function fieldSpec(id: FieldId): FieldSpec {
  return FIELDS.find((field) => field.id === id) as FieldSpec;
}

/**
 * Header words found inside longer headers, in order: `令和5年度当初予定 令和5年度設定目標(前年度末の状況)`
 * holds 当初予定 and is read as planned.
 * @internal
 */
export const CONTAINS: readonly (readonly [string, FieldId])[] = [
  ['当初予定', 'planned'],
  ['設定目標', 'targets'],
  ['取組実績', 'results'],
  ['課題', 'issues'],
  ['取組内容', 'reasons'],
  ['今後の対応', 'nextSteps'],
  ['取組項目', 'actionItem'],
  ['スケジュール', 'scheduleText'],
  ['主な取組', 'approaches'],
  ['取組の方向性', 'approaches'],
  ['プログラム名', 'name'],
];

/** 累計: a running total that reaches the 目標値 by the deadline, so a level (the 実績 are totals). */
export const CUMULATIVE_WORD = '累計';
/** 維持: with a 目標値, a level held every year (annual); without, no worse than the year before. */
export const MAINTAIN_WORD = '維持';

/** The kinds of target, with the words recognised for each in the 目標種別 column. */
export const TARGET_KIND_WORDS: Readonly<Record<string, readonly string[]>> = {
  level: ['水準', '到達', '目標水準', '数値目標', CUMULATIVE_WORD],
  change: ['増減', '増加数', '変化量', '差'],
  rate: ['率', '割合', '増減率', '削減率'],
  annual: ['毎年度', '年間', '各年度'],
  count: ['件数', '回数', '毎年度件数'],
  'no-worse': ['前年度以上', '前年度比', MAINTAIN_WORD],
  milestone: ['期限', '完了', 'マイルストーン'],
  monitor: ['モニタリング', '目標なし', '参考'],
};

/** Words for the KPI direction. */
export const DIRECTION_WORDS: Readonly<Record<'higher' | 'lower', readonly string[]>> = {
  higher: ['高い方が良い', '高いほど良い', '上昇', '増加', '向上', '↑', 'higher'],
  lower: ['低い方が良い', '低いほど良い', '減少', '削減', '低下', '↓', 'lower'],
};

/** Words for a program's kind. */
export const KIND_WORDS: Readonly<Record<'implementation' | 'study', readonly string[]>> = {
  implementation: ['実施', '実施プログラム', 'implementation'],
  study: ['検討', '検討プログラム', 'study'],
};

/** Words for a milestone's state in the 実績 column. */
export const MILESTONE_WORDS: Readonly<Record<'done' | 'open', readonly string[]>> = {
  done: ['達成', '完了', '済', '実施済', 'done'],
  open: ['未達成', '未完了', '未', '未実施', 'open'],
};
