/*
 * The generated parts of docs/data-format.md: the plan layout's fields, the target kinds and
 * the rating scale ids from the JSON Schema of the zod schemas, and the spreadsheet columns
 * and words from the importer's own tables. scripts/gen-data-format.mjs writes them into the
 * guide; test/io/data-format.test.ts checks they are up to date. Not part of the public API.
 */

import { DIRECTION_WORDS, FIELDS, KIND_WORDS, MILESTONE_WORDS, TARGET_KIND_WORDS } from '../src/io/fields.js';
import { PLAN_KEYS } from '../src/io/plan-fields.js';
import { RATING_SCALES, type RatingScale } from '../src/rating/index.js';

/** The part of a JSON Schema node the guide reads. */
export interface SchemaNode {
  readonly type?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly items?: SchemaNode;
  readonly additionalProperties?: SchemaNode | boolean;
  readonly propertyNames?: SchemaNode;
  readonly anyOf?: readonly SchemaNode[];
  readonly oneOf?: readonly SchemaNode[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
}

/** What each field of the plan layout means, by table and field. Every field must have one. */
const MEANINGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  plan: {
    $schema: 'The JSON Schema the file follows (ignored when read).',
    id: 'An id for the plan, e.g. `kodaira-management-policy-1`.',
    municipality: 'The municipality, e.g. `小平市`.',
    title: "The plan's title.",
    period: 'The fiscal years the plan covers: `{ "start": 2021, "end": 2024 }`.',
    terms:
      'What the plan calls its directions and programs in reports (重点改革項目 / 取組項目); default 方向性 / プログラム.',
    scale: 'The rating scale: a scale id (list below) or a scale of your own; default `kodaira-sab`.',
    rule: 'The judgement rule that turns KPI evaluations into levels (see the guide); default Kodaira’s.',
    directions: 'The directions (方向性).',
    programs: 'The programs (プログラム).',
    summaries: 'Rating summary tables the document declares (進捗状況の概要).',
    source: 'Where the data comes from.',
    notes: 'Remarks about the data: gaps, uncertainties.',
  },
  scale: {
    id: 'An id, e.g. `my-city-sabc`.',
    name: 'The name in Japanese and English.',
    levels: 'The levels, best first.',
    notApplicable: 'Codes that mean 対象外 (not applicable): counted apart.',
    unrated: 'Codes that mean 未評価 (not rated yet): counted with the unrated.',
    bands: 'Bands from the score sum or mean back to a level or a verdict (相生市, 健康日本21).',
    shares: 'How the body publishes shares: each rounded on its own or largest-remainder, places, note.',
  },
  rule: {
    id: 'An id, e.g. `tama-pace`.',
    name: 'The name in Japanese and English.',
    scale: 'The id of the scale whose codes the rule gives.',
    change: 'The band around the baseline that is unchanged; beyond it towards worse is worse.',
    places: 'Places a figure is rounded to before it is banded; absent: the exact figure.',
    rounding: 'How a figure is rounded; default `half-up`.',
    combine: '`worst` (default) or `behind-first` (小平市): how KPI levels make a program’s.',
    cases: 'The cases, tried in order: the first whose conditions all hold gives its code.',
  },
  'rule.change': {
    measure: '`percent` of the baseline (長与町 10) or `points` in the KPI’s unit (福岡市 3).',
    worse: 'How far worse than the baseline is still unchanged (inclusive).',
    better: 'How far better than the baseline is still unchanged (inclusive); default `worse`.',
  },
  'rule.cases[]': {
    code: 'The code given: a level of the scale, or a verdict with a label.',
    label: 'The wording, for a code that is not a level of a scale.',
    status: 'The KPI statuses the case applies to.',
    deadline: '`before` the target’s deadline year, or `reached`.',
    change: '`improved`, `unchanged`, `worse` against the baseline (needs `change` on the rule).',
    figure: '`achievement`, `progress` or `paceRatio` (the ratio to the pro-rated target), in %.',
    min: 'The figure’s lower end `{ value, inclusive }`; absent for none.',
    max: 'The figure’s upper end `{ value, inclusive }`; absent for none.',
  },
  'rule.cases[].min': {
    value: 'The figure.',
    inclusive: 'Whether the case includes it (以上) or not (超).',
  },
  'rule.cases[].max': {
    value: 'The figure.',
    inclusive: 'Whether the case includes it (以下) or not (未満).',
  },
  'scale.bands': {
    of: '`sum` or `mean`: the figure that is banded.',
    places: 'Places the figure is rounded to before banding (健康日本21: 1).',
    rounding: 'How it is rounded (`five-down-six-up` is 五捨六入); default `half-up`.',
    bands: 'The bands; they must not overlap.',
  },
  'scale.bands.bands[]': {
    code: 'A level code, or a verdict such as `継続`.',
    label: 'The wording; needed when the code is not a level.',
    min: 'The lower end `{ value, inclusive }`; absent for none.',
    max: 'The upper end `{ value, inclusive }`; absent for none.',
  },
  'scale.bands.bands[].min': {
    value: 'The figure.',
    inclusive: 'Whether the band includes it (以上) or not (超).',
  },
  'scale.bands.bands[].max': {
    value: 'The figure.',
    inclusive: 'Whether the band includes it (以下) or not (未満).',
  },
  'scale.shares': {
    method: '`each` (rounded on its own) or `largest-remainder`.',
    places: 'Decimal places; default 1.',
    rounding: 'How `each` rounds; default `half-up`.',
    fixed: 'Keep trailing zeros (40.0); default true.',
    note: "`true` for munikpi's note that shares may not add up to 100, the body's own `{ ja, en }`, or `false`.",
  },
  'scale.levels[]': {
    code: 'The code written in the 評価 column: `S`, `◎` …',
    label: 'What the level means, in Japanese and English.',
    progress: 'How it stands against the plan, for suggestions and audits.',
    score: 'A score, for scales that sum them.',
    color: 'A colour for charts, `#rrggbb`.',
  },
  period: {
    start: 'The first fiscal year, e.g. `2021`.',
    end: 'The last fiscal year, e.g. `2024`.',
    spelling: 'The years as the plan writes them, for reports to keep (`{ "end": "平成32年度" }`).',
  },
  'period.spelling': {
    start: 'The first year as written: `平成28年度`.',
    end: 'The last year as written: `平成32年度` (2020, an era that had ended).',
  },
  terms: {
    direction: 'The word for a direction, `{ ja, en }`: `{ "ja": "重点改革項目", "en": "Key reform area" }`.',
    program: 'The word for a program, `{ ja, en }`: `{ "ja": "取組項目", "en": "Initiative" }`.',
  },
  'directions[]': {
    id: 'An id unique in the plan, e.g. `d1`.',
    number: 'The number the plan gives it.',
    name: 'The name as the plan writes it.',
    programCount: 'How many programs the plan says it has (8プログラム).',
  },
  'programs[]': {
    id: 'An id unique in the plan, e.g. `p12`.',
    number: "The program's number.",
    display: 'The number as printed, when it differs: `⑫`.',
    name: 'The name as the plan writes it.',
    kind: '`implementation` (実施) or `study` (検討).',
    direction: 'The id of its direction.',
    approaches: '主な取組の方向性, one entry per bullet.',
    actionItems: '取組項目 and their schedules.',
    scheduleText: 'The schedule as the source gives it, when it cannot be split by item and year.',
    kpis: 'The KPIs of the program.',
    reports: 'Reports by fiscal year: `{ "2023": { "rating": "A", … } }`.',
    notes: "Remarks about the program's data.",
  },
  'programs[].actionItems[]': {
    name: 'The item as the plan writes it.',
    schedule: 'What is planned per fiscal year: `{ "2021": "準備" }`.',
    scheduleText: 'The schedule as the source gives it, when it cannot be placed in year columns.',
  },
  'programs[].reports.<FY>': {
    planned: '当初予定: what was planned at the start of the year.',
    targets: '設定目標: targets set for the year, as text.',
    results: '取組実績: what was done.',
    issues: '課題・改善点: issues and improvements ahead.',
    rating: "評価: a code on the plan's scale.",
    reasons: '取組内容・要因: why the program is ahead or behind.',
    nextSteps: '今後の対応: what will be done about it.',
    notes: 'Remarks about this report.',
  },
  'programs[].kpis[]': {
    id: 'An id unique in the plan, e.g. `p12-e-approval`.',
    name: 'The name as the plan writes it, e.g. `電子決裁率`.',
    unit: 'The unit as written: `%`, `円`, `件`, `施設` …',
    unitKind: 'What the unit measures; inferred from the unit when absent.',
    direction: 'Which way is better; default `higher`.',
    baseline: 'The baseline (基準値).',
    target: 'The target: one of the target kinds below.',
    yearTargets: 'Per-year targets (年度設定目標): `{ "2023": 85 }`.',
    period: 'The fiscal years in which the KPI is assessed.',
    observations: 'Measured values (実績), one per fiscal year.',
    notes: 'Anything the document says about the KPI that has no field of its own.',
  },
  'programs[].kpis[].baseline': {
    value: 'The value.',
    asOf: 'The day it was taken (令和3年4月1日現在 → `2021-04-01`).',
    fiscalYear: 'Or the fiscal year whose result it is (令和2年度実績 → 2020).',
    note: 'How the document states it.',
  },
  'programs[].kpis[].observations[]': {
    fiscalYear: 'The fiscal year the value belongs to.',
    value: 'The value, for numeric kinds.',
    milestone: 'The state, for milestones.',
    asOf: 'When it was measured (令和5年度末 → `2024-03-31`).',
    source: "Where the figure comes from, e.g. the report's wording.",
  },
  'programs[].kpis[].observations[].milestone': {
    done: 'Whether it is done.',
    on: 'When it was done.',
  },
  'summaries[]': {
    fiscalYear: 'The fiscal year it summarises.',
    asOf: 'The point in the year, as the document says: `令和5年度末`.',
    rows: 'One row per direction.',
    total: 'The 計 row, when the document prints one.',
    notes: 'Remarks about the table.',
  },
  'summaries[].rows[]': {
    direction: "The direction's id.",
    programCount: 'How many programs the row says the direction has.',
    counts: 'Programs per rating code: `{ "S": 1, "A": 6, "B": 1 }`.',
  },
  'summaries[].total': {
    programCount: 'How many programs the 計 row says.',
    counts: 'Programs per rating code.',
  },
  source: {
    title: "The document's title.",
    publisher: 'Who published it.',
    asOf: 'Its date or the point in time it reports, as the document says.',
    url: 'Where to find it.',
  },
};

/** What each kind of target means. */
const TARGET_MEANINGS: Readonly<Record<string, string>> = {
  level:
    'Reach a level by the end of a fiscal year (電子決裁率 ≥ 90 % by R6); the straight line from the baseline sets each year’s expected value.',
  change: 'Change the baseline by an amount (指定管理 1 facility more than the 48 of R3).',
  rate: 'Change the baseline by a percentage (経常経費 reduced by ≥ 20 %).',
  annual: 'A minimum (a maximum when lower is better) every fiscal year (売払い ≥ ¥20,000,000 a year).',
  count: 'A whole number of events every fiscal year (≥ 1 ICT improvement a year).',
  'no-worse': 'No worse than the previous fiscal year.',
  milestone: 'Something done by a date (`YYYY-MM` or `YYYY-MM-DD`).',
  monitor: 'Tracked without a target: values and trends only.',
};

const DECIMAL = 'decimal: `73.9` or `"73.9"`';
const INLINE_OBJECTS = [['end', 'start'].join(), ['en', 'ja'].join()];

function keysOf(node: SchemaNode): string {
  return Object.keys(node.properties ?? {})
    .sort()
    .join();
}

function isFiscalYear(node: SchemaNode): boolean {
  return node.type === 'integer' && node.minimum === 1873 && node.maximum === 9998;
}

function isDecimal(node: SchemaNode): boolean {
  const [a, b] = node.anyOf ?? [];
  return node.anyOf?.length === 2 && a?.type === 'number' && b?.type === 'string' && b.pattern !== undefined;
}

function fiscalKeyed(node: SchemaNode): boolean {
  return node.type === 'object' && node.propertyNames?.pattern === '^\\d{4}$';
}

function stringType(node: SchemaNode): string {
  if (node.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return 'date `YYYY-MM-DD`';
  if (node.pattern === '^\\d{4}-\\d{2}(-\\d{2})?$') return '`YYYY-MM` or `YYYY-MM-DD`';
  if (node.pattern?.startsWith('^#')) return 'colour `#rrggbb`';
  return (node.minLength ?? 0) > 0 ? 'text' : 'text (may be empty)';
}

/** A short name for the type of a schema node. */
function typeOf(node: SchemaNode, path: string): string {
  if (node.oneOf !== undefined) return 'target (see [Target kinds](#target-kinds))';
  if (isDecimal(node)) return DECIMAL;
  if (node.anyOf !== undefined) return node.anyOf.map((n) => typeOf(n, path)).join(', or ');
  if (node.enum !== undefined) return node.enum.map((v) => `\`${String(v)}\``).join(' / ');
  if (node.const !== undefined) return `\`"${String(node.const)}"\``;
  if (isFiscalYear(node)) return 'fiscal year (2023 = 令和5年度)';
  switch (node.type) {
    case 'string':
      return stringType(node);
    case 'integer':
      return 'whole number';
    case 'number':
      return 'number';
    case 'boolean':
      return '`true` / `false`';
    case 'array':
      if (node.items?.type === 'object') return `list of objects (\`${path}[]\`)`;
      return node.items?.type === 'string' && node.items.pattern === undefined
        ? 'list of text'
        : `list of ${typeOf(node.items ?? {}, path)}`;
    default:
      break;
  }
  if (fiscalKeyed(node)) {
    const value = typeof node.additionalProperties === 'object' ? node.additionalProperties : {};
    const inner = value.type === 'object' ? `object (\`${path}.<FY>\`)` : typeOf(value, path);
    return `by fiscal year (\`"2023"\`): ${inner}`;
  }
  if (typeof node.additionalProperties === 'object' && node.properties === undefined) {
    return `by key: ${typeOf(node.additionalProperties, path)}`;
  }
  const keys = keysOf(node);
  if (keys === 'end,start') return '`{ start, end }`: fiscal years';
  if (keys === 'en,ja') return '`{ ja, en }`: text';
  return `object (\`${path}\`)`;
}

interface Table {
  readonly path: string;
  readonly node: SchemaNode;
}

/** Every object of the layout that gets a table of its own, depth first. */
function tablesOf(node: SchemaNode, path: string, out: Table[]): Table[] {
  if (node.oneOf !== undefined) return out;
  if (node.anyOf !== undefined) {
    for (const branch of node.anyOf) tablesOf(branch, path, out);
    return out;
  }
  if (node.type === 'array' && node.items !== undefined) return tablesOf(node.items, `${path}[]`, out);
  if (fiscalKeyed(node) && typeof node.additionalProperties === 'object') {
    return tablesOf(node.additionalProperties, `${path}.<FY>`, out);
  }
  if (node.properties === undefined || INLINE_OBJECTS.includes(keysOf(node))) return out;
  out.push({ path, node });
  for (const [key, child] of Object.entries(node.properties)) {
    tablesOf(child, path === 'plan' ? key : `${path}.${key}`, out);
  }
  return out;
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|');
}

function renderTable({ path, node }: Table): string {
  const meanings = MEANINGS[path];
  if (meanings === undefined) throw new Error(`docgen: no meanings for the table ${path}`);
  const required = new Set(node.required ?? []);
  const rows = Object.entries(node.properties ?? {}).map(([key, child]) => {
    const meaning = meanings[key];
    if (meaning === undefined) throw new Error(`docgen: no meaning for ${path}.${key}`);
    const at = path === 'plan' ? key : `${path}.${key}`;
    return `| \`${key}\` | ${cell(typeOf(child, at))} | ${required.has(key) ? 'yes' : ''} | ${cell(meaning)} |`;
  });
  const title = path === 'plan' ? 'The plan (top level)' : `\`${path}\``;
  return [
    `#### ${title}`,
    '',
    '| Field | Type | Required | Meaning |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function targetKinds(schema: SchemaNode): string {
  const target = schema.properties?.programs?.items?.properties?.kpis?.items?.properties?.target;
  const rows = (target?.oneOf ?? []).map((variant) => {
    const kind = String(variant.properties?.kind?.const);
    const required = new Set(variant.required ?? []);
    const fields = Object.entries(variant.properties ?? {})
      .filter(([key]) => key !== 'kind')
      .map(([key, child]) => `\`${key}\`${required.has(key) ? '' : '?'}: ${typeOf(child, key)}`)
      .join('; ');
    const meaning = TARGET_MEANINGS[kind];
    if (meaning === undefined) throw new Error(`docgen: no meaning for the target kind ${kind}`);
    return `| \`${kind}\` | ${cell(fields === '' ? '—' : fields)} | ${cell(meaning)} |`;
  });
  return ['| Kind | Fields (`?`: optional) | Meaning |', '| --- | --- | --- |', ...rows].join('\n');
}

function scaleIds(schema: SchemaNode): string {
  const ids = schema.properties?.scale?.anyOf?.find((n) => n.enum !== undefined)?.enum ?? [];
  const scales = Object.entries(RATING_SCALES as unknown as Record<string, RatingScale>);
  const rows = ids.map((id) => {
    const found = scales.find(([, scale]) => scale.id === id);
    if (found === undefined) throw new Error(`docgen: no scale ${String(id)}`);
    const [key, scale] = found;
    const levels = scale.levels
      .map((l) => (l.label.ja === l.code ? l.code : `${l.code} ${l.label.ja}`))
      .join(', ');
    const na =
      (scale.notApplicable === undefined ? '' : `; 対象外: ${scale.notApplicable.join(', ')}`) +
      (scale.unrated === undefined ? '' : `; 未評価: ${scale.unrated.join(', ')}`);
    return `| \`${String(id)}\` | \`${key}\` | ${cell(scale.name.ja)} | ${cell(levels + na)} |`;
  });
  return ['| Scale id | Key | Name | Codes, best first |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function columns(): string {
  const rows = FIELDS.map((field) => {
    const year =
      field.year === 'required' ? ' (+ year)' : field.year === 'optional' ? ' (year optional)' : '';
    const aliases = field.aliases.filter((a) => a !== field.header);
    const recognised =
      field.id === 'schedule'
        ? '`R3`, `令和3年度`, `2021年度`, `FY2021`'
        : aliases.map((a) => `\`${a}\``).join(', ');
    return `| \`${field.id}\`${year} | \`${field.header}\` | ${cell(recognised || '—')} | ${cell(field.description)} | \`${cell(field.target)}\` |`;
  });
  return [
    '| Mapping key | Template header | Also recognised | What the cell holds | Plan JSON |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function planSheet(): string {
  const rows = PLAN_KEYS.map(
    (entry) =>
      `| ${entry.aliases.map((a) => `\`${a}\``).join(', ')} | \`${entry.key}\` | ${cell(entry.description)} |`,
  );
  return [
    '| Key (column A) | Option / mapping `plan` field | Value (column B) |',
    '| --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function words(): string {
  const list = (record: Readonly<Record<string, readonly string[]>>) =>
    Object.entries(record).map(([key, ws]) => `\`${key}\`: ${ws.map((w) => `\`${w}\``).join(', ')}`);
  return [
    '- **区分** (program kind):',
    ...list(KIND_WORDS).map((l) => `  - ${l}`),
    '- **目標種別** (target kind):',
    ...list(TARGET_KIND_WORDS).map((l) => `  - ${l}`),
    '- **方向** (KPI direction):',
    ...list(DIRECTION_WORDS).map((l) => `  - ${l}`),
    '- **実績** of a milestone:',
    ...list(MILESTONE_WORDS).map((l) => `  - ${l}`),
  ].join('\n');
}

/**
 * The generated regions of docs/data-format.md, by name, from the plan's JSON Schema.
 * @internal
 */
export function renderDataFormat(schema: SchemaNode): ReadonlyMap<string, string> {
  return new Map([
    ['plan-fields', tablesOf(schema, 'plan', []).map(renderTable).join('\n\n')],
    ['target-kinds', targetKinds(schema)],
    ['scale-ids', scaleIds(schema)],
    ['columns', columns()],
    ['plan-sheet', planSheet()],
    ['words', words()],
  ]);
}

const REGION = /<!-- generated:start ([a-z-]+) -->\n[\s\S]*?<!-- generated:end \1 -->/g;

/**
 * Rewrites every region `<!-- generated:start name -->` … `<!-- generated:end name -->` of a
 * document with the generated text of that name.
 * @internal
 */
export function updateRegions(document: string, regions: ReadonlyMap<string, string>): string {
  const seen = new Set<string>();
  const out = document.replace(REGION, (_, name: string) => {
    const text = regions.get(name);
    if (text === undefined) throw new Error(`docgen: no generated region named ${name}`);
    seen.add(name);
    return `<!-- generated:start ${name} -->\n${text}\n<!-- generated:end ${name} -->`;
  });
  const missing = [...regions.keys()].filter((name) => !seen.has(name));
  if (missing.length > 0) throw new Error(`docgen: the document has no region ${missing.join(', ')}`);
  return out;
}
