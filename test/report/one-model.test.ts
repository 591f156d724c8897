/*
 * Every format of the report is drawn from the same ReportData: the Kodaira FY2023 report in
 * text, Markdown, CSV, JSON and HTML, in Japanese and English, shows the same rating shares in
 * its summary rows and the same status word for each KPI.
 */
import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { type DefaultTreeAdapterMap, parse as parseHtml } from 'parse5';
import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../src/core/messages/index.js';
import { kodairaFy2023 } from '../../src/data/kodaira-fy2023.js';
import { RATING_SCALES } from '../../src/index.js';
import type { Plan, RatingAggregate } from '../../src/plan/index.js';
import { buildReport, type ReportData, renderHtmlReport, renderReport } from '../../src/report/index.js';
import { parsePlan } from '../../src/schema/index.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** A table as a format shows it: its title and the text of each body cell. */
interface Table {
  readonly title: string;
  readonly rows: readonly (readonly string[])[];
}

/** The tables of a document whose tables start with a marker and their title on one line. */
function blocksOf(doc: string, marker: string, rowsOf: (lines: string[]) => string[][]): Table[] {
  return doc
    .split(marker)
    .slice(1)
    .map((block) => {
      const lines = block.split('\n');
      return { title: lines[0] ?? '', rows: rowsOf(lines.slice(1)) };
    });
}

function fromText(text: string): Table[] {
  return blocksOf(text, '\n■ ', (lines) =>
    lines
      .slice(lines.findIndex((line) => line.startsWith('─')) + 1)
      .filter((line) => /\s{2,}/.test(line.trim()))
      .map((line) => line.trim().split(/\s{2,}/)),
  );
}

function fromMarkdown(md: string): Table[] {
  return blocksOf(md, '\n### ', (lines) =>
    lines
      .filter((line) => line.startsWith('| '))
      .slice(2)
      .map((row) => row.slice(2, -2).split(' | ')),
  );
}

function fromCsv(csv: string): Table[] {
  const rows = parseCsv(csv, { relax_column_count: true }) as string[][];
  const tables: Table[] = [];
  // A table: an empty row, its title row, its header row, then its rows until the next empty row.
  rows.forEach((row, i) => {
    if (row.join('') !== '' || i + 2 >= rows.length) return;
    const end = rows.findIndex((r, j) => j > i && r.join('') === '');
    tables.push({ title: rows[i + 1]?.[0] ?? '', rows: rows.slice(i + 3, end === -1 ? undefined : end) });
  });
  return tables;
}

function* walk(node: Node): Generator<Node> {
  yield node;
  if ('childNodes' in node) for (const child of node.childNodes) yield* walk(child);
}

function textOf(node: Node): string {
  return [...walk(node)].map((n) => (n.nodeName === '#text' && 'value' in n ? n.value : '')).join('');
}

function fromHtml(html: string): Table[] {
  const elements = [...walk(parseHtml(html))].filter((n): n is Element => 'tagName' in n);
  const byId = (id: string | undefined) =>
    elements.find((el) => el.attrs.some((a) => a.name === 'id' && a.value === id));
  return elements
    .filter((el) => el.tagName === 'table')
    .map((table) => {
      const inside = [...walk(table)].filter((n): n is Element => 'tagName' in n);
      // A table is named by the heading it points to (aria-labelledby), not by a caption.
      const caption = byId(table.attrs.find((a) => a.name === 'aria-labelledby')?.value);
      const rows = inside
        .filter(
          (el) => el.tagName === 'tr' && !el.childNodes.some((c) => c.nodeName === 'th' && isColumnHead(c)),
        )
        .map((tr) => tr.childNodes.filter((c) => c.nodeName === 'td' || c.nodeName === 'th').map(textOf));
      return { title: caption === undefined ? '' : textOf(caption), rows };
    });
}

function isColumnHead(node: Node): boolean {
  return 'attrs' in node && node.attrs.some((a) => a.name === 'scope' && a.value === 'col');
}

/** The shares of a summary table's rows: `1 (12.5%)` → `12.5`, row by row, label first. */
function sharesOf(table: Table | undefined): string[][] {
  return (table?.rows ?? []).map((row) => [
    row[0] ?? '',
    ...row.slice(1).flatMap((cell) => /\(([\d.]+)%\)$/.exec(cell)?.[1] ?? []),
  ]);
}

/** Each KPI's name and status word, from the KPI table. */
function statusesOf(table: Table | undefined): string[][] {
  return (table?.rows ?? []).map((row) => [row[1] ?? '', row[row.length - 1] ?? '']);
}

/** The same, read from the report's data. */
function expectedShares(aggregate: RatingAggregate, total: string): string[][] {
  const rows = [
    ...aggregate.rows.map((r) => ({ label: `${r.direction.number} ${r.direction.name}`, tally: r })),
    { label: total, tally: aggregate.total },
  ];
  return rows.map(({ label, tally }) => [
    label,
    ...aggregate.codes.flatMap((code) => tally.shareTexts?.[code] ?? []),
  ]);
}

describe('one report model: the Kodaira FY2023 report in every format', () => {
  for (const lang of ['ja', 'en'] as const) {
    const words = wordsFor(lang);
    const data = buildReport(kodairaFy2023, 2023, { lang });
    const declaredTitle = words.report.paren(words.report.declared, '令和5年度末');
    const shares = {
      declared: expectedShares(data.declared as RatingAggregate, words.report.total),
      detailed: expectedShares(data.detailed, words.report.total),
    };
    const statuses = data.kpis.map((k) => [
      k.kpi.name,
      k.evaluation === null ? '' : words.status[k.evaluation.status],
    ]);

    const formats: Record<string, Table[]> = {
      text: fromText(renderReport(kodairaFy2023, 2023, { lang })),
      md: fromMarkdown(renderReport(kodairaFy2023, 2023, { lang, format: 'md' })),
      csv: fromCsv(renderReport(kodairaFy2023, 2023, { lang, format: 'csv' })),
      html: fromHtml(renderHtmlReport(kodairaFy2023, 2023, { lang })),
    };

    it(`reads S 1 / A 21 / B 3 of 25 as 4 / 84 / 12 %, and the 16 detailed as 6.2 / 75 / 18.8 % (${lang})`, () => {
      expect(data.declared?.total.counts).toEqual({ S: 1, A: 21, B: 3 });
      expect(data.declared?.total.rated).toBe(25);
      expect(shares.declared.at(-1)).toEqual([words.report.total, '4', '84', '12']);
      expect(shares.detailed.at(-1)).toEqual([words.report.total, '6.2', '75', '18.8']);
      expect(statuses.find(([name]) => name === '電子決裁対象文書の電子決裁率')?.[1]).toBe(
        words.status.behind,
      );
    });

    for (const [format, tables] of Object.entries(formats)) {
      it(`shows the same shares and status words in ${format} (${lang})`, () => {
        const table = (title: string) => tables.find((t) => t.title === title);
        expect(sharesOf(table(declaredTitle))).toEqual(shares.declared);
        expect(sharesOf(table(words.report.detailed))).toEqual(shares.detailed);
        expect(statusesOf(table(words.report.kpis))).toEqual(statuses);
      });
    }

    it(`carries the same shares and statuses in JSON (${lang})`, () => {
      const json = JSON.parse(renderReport(kodairaFy2023, 2023, { lang, format: 'json' }));
      const fromJson = (a: {
        codes: string[];
        rows: {
          direction: { number: number; name: string };
          shareTexts: Record<string, string> | null;
        }[];
        total: { shareTexts: Record<string, string> | null };
      }) => [
        ...a.rows.map((r) => [
          `${r.direction.number} ${r.direction.name}`,
          ...a.codes.flatMap((c) => r.shareTexts?.[c] ?? []),
        ]),
        [words.report.total, ...a.codes.flatMap((c) => a.total.shareTexts?.[c] ?? [])],
      ];
      expect(fromJson(json.declared)).toEqual(shares.declared);
      expect(fromJson(json.detailed)).toEqual(shares.detailed);
      const jsonStatuses = json.kpis.map((k: { name: string; status: 'behind' }) => [
        k.name,
        words.status[k.status],
      ]);
      expect(jsonStatuses).toEqual(statuses);
    });
  }
});

/** The cells after the level columns of a summary table's rows: 計, 対象外, 未評価, scores. */
function extrasOf(table: Table | undefined, levels: number): string[][] {
  return (table?.rows ?? []).map((row) => row.slice(1 + levels));
}

/** A band as the summary prints it: its code, and its wording when that differs (`継続 Continue`). */
function bandText(
  band: { code: string; label: { ja: string; en: string } | null } | null,
  lang: 'ja' | 'en',
) {
  if (band === null) return '';
  const label = band.label?.[lang];
  return label === undefined || label === band.code ? band.code : `${band.code} ${label}`;
}

/** The same, read from the report's data. */
function expectedExtras(data: ReportData, lang: 'ja' | 'en'): string[][] {
  const a = data.detailed;
  const scale = a.scale;
  return [...a.rows, a.total].map((t) => [
    String(t.rated),
    ...((scale.notApplicable ?? []).length > 0 ? [String(t.notApplicable)] : []),
    ...((scale.unrated ?? []).length > 0 ? [String(t.unrated)] : []),
    ...(t.score === null
      ? []
      : [
          t.score.total.toString(),
          t.score.mean?.toString() ?? '',
          ...(scale.bands === undefined ? [] : [bandText(t.score.band, lang)]),
        ]),
  ]);
}

describe('one report model: 対象外, 未評価 and score columns agree in every format', () => {
  const kizugawa = parsePlan(
    readFileSync(new URL('../fixtures/kizugawa-sample-plan.json', import.meta.url), 'utf8'),
  );
  const aioi: Plan = {
    id: 'aioi-sample',
    municipality: 'サンプル町',
    title: '総合計画（相生市の評価区分を使うサンプル）',
    period: { start: 2021, end: 2024 },
    terms: { direction: { ja: '基本目標', en: 'Goal' }, program: { ja: '施策', en: 'Measure' } },
    scale: RATING_SCALES.aioi,
    directions: [
      { id: 'd1', number: 1, name: '安心して暮らせるまち' },
      { id: 'd2', number: 2, name: '活力あるまち' },
    ],
    programs: ['◎', '◎', '〇', '△', '▲', '〇', '▲'].map((rating, i) => ({
      id: `p${i + 1}`,
      number: i + 1,
      name: `施策${i + 1}`,
      kind: 'implementation' as const,
      direction: i < 4 ? 'd1' : 'd2',
      reports: { 2023: { rating } },
    })),
  };
  for (const [name, plan] of [
    ['the 木津川市-style sample', kizugawa],
    ['the 相生市-style sample', aioi],
  ] as const) {
    for (const lang of ['ja', 'en'] as const) {
      const data = buildReport(plan, 2023, { lang });
      const levels = data.detailed.codes.length;
      const words = wordsFor(lang).reportTerms;
      const detailed = words.detailed(plan.terms?.program[lang] ?? '');
      const expected = {
        shares: expectedShares(data.detailed, wordsFor(lang).report.total),
        extras: expectedExtras(data, lang),
      };
      const formats: Record<string, Table[]> = {
        text: fromText(renderReport(plan, 2023, { lang })),
        md: fromMarkdown(renderReport(plan, 2023, { lang, format: 'md' })),
        csv: fromCsv(renderReport(plan, 2023, { lang, format: 'csv' })),
        html: fromHtml(renderHtmlReport(plan, 2023, { lang })),
      };
      for (const [format, tables] of Object.entries(formats)) {
        it(`${name}: the same shares and extra columns in ${format} (${lang})`, () => {
          const table = tables.find((t) => t.title === detailed);
          expect(sharesOf(table)).toEqual(expected.shares);
          expect(extrasOf(table, levels)).toEqual(expected.extras);
        });
      }
      it(`${name}: the same counts and scores in JSON (${lang})`, () => {
        const json = JSON.parse(renderReport(plan, 2023, { lang, format: 'json' }));
        const t = json.detailed.total;
        const total = data.detailed.total;
        expect([t.rated, t.notApplicable, t.unrated]).toEqual([
          total.rated,
          total.notApplicable,
          total.unrated,
        ]);
        expect(t.shareTexts).toEqual(total.shareTexts);
        expect(t.score === null ? null : [t.score.total, t.score.mean]).toEqual(
          total.score === null ? null : [total.score.total.toString(), total.score.mean?.toString()],
        );
      });
    }
  }

  it('gives the 相生市 sample its sums and bands: 12 継続 for goal 1, 0 再構築 for goal 2', () => {
    const { detailed } = buildReport(aioi, 2023);
    expect(detailed.rows.map((r) => [r.score?.total.toString(), r.score?.band?.code])).toEqual([
      ['12', '継続'],
      ['0', '再構築'],
    ]);
    expect(detailed.total.score?.total.toString()).toBe('12');
  });
});

describe('one vocabulary: an English report writes no Japanese word of its own', () => {
  /** A plan in plain ASCII, so that any Japanese in the output came from munikpi itself. */
  const plan: Plan = {
    id: 'ascii',
    municipality: 'Town',
    title: 'Reform plan',
    period: { start: 2021, end: 2024 },
    directions: [{ id: 'd1', number: 1, name: 'Services' }],
    programs: [
      {
        id: 'p1',
        number: 1,
        name: 'Paperless',
        kind: 'implementation',
        direction: 'd1',
        reports: { 2022: { rating: 'A' }, 2023: { rating: 'B' } },
        kpis: [
          {
            id: 'k1',
            name: 'e-approval',
            unit: '%',
            baseline: { value: 62.3, asOf: '2021-04-01' },
            target: { kind: 'level', value: 90, by: 2024 },
            yearTargets: { 2023: 85 },
            observations: [{ fiscalYear: 2023, value: 73.9 }],
          },
          { id: 'k2', name: 'catering', unit: 'contract', target: { kind: 'milestone', due: '2024-01' } },
          {
            id: 'k3',
            name: 'costs',
            unit: 'USD',
            direction: 'lower',
            target: { kind: 'rate', percent: 20, by: 2024 },
          },
          { id: 'k4', name: 'staff', unit: 'people', target: { kind: 'monitor' } },
          {
            id: 'k5',
            name: 'old',
            unit: 'events',
            period: { start: 2021, end: 2022 },
            target: { kind: 'no-worse' },
          },
        ],
      },
      { id: 'p2', number: 2, name: 'Study', kind: 'study', direction: 'd1' },
    ],
    summaries: [
      { fiscalYear: 2023, asOf: 'March 2024', rows: [{ direction: 'd1', counts: { S: 0, A: 1, B: 1 } }] },
    ],
  };
  const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}（）、。～]/u;

  // JSON is left out: it is data, and carries the scale's and the findings' words in both languages.
  for (const format of ['text', 'md', 'csv'] as const) {
    it(`in ${format}`, () => {
      const out = renderReport(plan, 2023, { lang: 'en', format });
      expect(out.match(JAPANESE)).toBeNull();
    });
  }

  it('in HTML, charts included', () => {
    const html = renderHtmlReport(plan, 2023, { lang: 'en' });
    expect(html).toContain('munikpi-transition-chart');
    expect(html.match(JAPANESE)).toBeNull();
  });
});
