import { XMLValidator } from 'fast-xml-parser';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { afterEach, describe, expect, it } from 'vitest';
import { kodairaFy2023 } from '../../src/data/kodaira-fy2023.js';
import type { Plan } from '../../src/index.js';
import { renderHtmlReport } from '../../src/report/html.js';
import { errorCode } from '../helpers.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Parses with parse5 and returns the document and every parse error. */
function parseHtml(html: string) {
  const errors: string[] = [];
  const document = parse(html, {
    onParseError: (e) => errors.push(`${e.code} at ${e.startLine}:${e.startCol}`),
  });
  return { document, errors };
}

function* walk(node: Node): Generator<Node> {
  yield node;
  if ('childNodes' in node) for (const child of node.childNodes) yield* walk(child);
  if ('content' in node && node.content !== undefined) yield* walk(node.content);
}

function elements(html: string): Element[] {
  return [...walk(parseHtml(html).document)].filter((n): n is Element => 'tagName' in n);
}

/** All text of the document, as the browser would show it (script-free, so all of it is text). */
function textOf(html: string): string {
  return [...walk(parseHtml(html).document)]
    .map((n) => (n.nodeName === '#text' && 'value' in n ? n.value : ''))
    .join('');
}

/** What a self-contained, script-free document must never hold. */
function expectInert(html: string): void {
  const { errors } = parseHtml(html);
  expect(errors).toEqual([]);
  expect(html).not.toMatch(/<script/i);
  const all = elements(html);
  for (const el of all) {
    expect([
      'script',
      'img',
      'iframe',
      'object',
      'embed',
      'link',
      'base',
      'image',
      'use',
      'foreignobject',
    ]).not.toContain(el.tagName.toLowerCase());
    for (const a of el.attrs) {
      expect(a.name.toLowerCase().startsWith('on'), `${el.tagName} ${a.name}`).toBe(false);
      expect(['src', 'href', 'xlink:href', 'srcset', 'action', 'formaction']).not.toContain(
        a.name.toLowerCase(),
      );
      if (a.name === 'style') expect(a.value).toMatch(/^background:#[0-9A-F]{6}$/);
    }
  }
  const ids = all.flatMap((el) => el.attrs.filter((a) => a.name === 'id').map((a) => a.value));
  expect(new Set(ids).size).toBe(ids.length);
  expect(html).not.toMatch(/url\(/);
  expect(html).not.toMatch(/@import/);
}

const INJECT_SCRIPT = '<script>alert(1)</script>';
const INJECT_ATTR = '"><img src=x onerror=alert(1)>';

/** A small plan whose every name tries to break out of the markup. */
function hostilePlan(): Plan {
  return {
    id: 'hostile',
    municipality: INJECT_ATTR,
    title: INJECT_SCRIPT,
    period: { start: 2021, end: 2024 },
    source: { title: "</title><script>alert('t')</script>", url: 'javascript:alert(1)' },
    directions: [
      { id: 'd1', number: 1, name: INJECT_SCRIPT },
      { id: 'd2', number: 2, name: INJECT_ATTR },
    ],
    programs: [
      {
        id: 'p1',
        number: 1,
        display: '<b>1</b>',
        name: INJECT_SCRIPT,
        kind: 'implementation',
        direction: 'd1',
        kpis: [
          {
            id: 'k1',
            name: INJECT_ATTR,
            unit: '<i>%</i>',
            unitKind: 'percent',
            baseline: { value: 10, asOf: '2021-04-01' },
            target: { kind: 'level', value: 50, by: 2024 },
            observations: [{ fiscalYear: 2023, value: 12 }],
          },
        ],
        reports: { 2022: { rating: 'A', results: ['x'] }, 2023: { rating: 'S', results: ['x'] } },
      },
      {
        id: 'p2',
        number: 2,
        name: INJECT_ATTR,
        kind: 'implementation',
        direction: 'd2',
        reports: { 2022: { rating: 'A', results: ['x'] }, 2023: { rating: '<B>' } },
      },
      { id: 'p3', number: 3, name: 'ok', kind: 'study', direction: '<d9>' },
    ],
    summaries: [
      {
        fiscalYear: 2023,
        asOf: INJECT_SCRIPT,
        rows: [
          { direction: 'd1', counts: { S: 1, A: 0, B: 0 } },
          { direction: 'd2', counts: { S: 0, A: 0, B: 1 } },
        ],
      },
    ],
  };
}

describe('renderHtmlReport: the Kodaira FY2023 report', () => {
  const html = renderHtmlReport(kodairaFy2023, 2023);

  it('is one HTML5 document that parse5 reads without a single error', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="ja">')).toBe(true);
    expectInert(html);
  });

  it('is self-contained: inline CSS and SVG only, printable on A4', () => {
    expect(html).toContain('<style>');
    expect(html).toContain('@page { size: A4; margin: 15mm 12mm; }');
    expect(html).toContain('break-inside: avoid');
    expect(html).toContain('<meta charset="utf-8">');
    const svgs = html.match(/<svg [^>]*>/g) ?? [];
    expect(svgs.length).toBeGreaterThanOrEqual(2);
  });

  it('gives the title, the year and the plan period', () => {
    const text = textOf(html);
    expect(text).toContain('小平市第1期経営方針推進プログラム');
    expect(text).toContain('令和5年度（2023年度） 進捗状況');
    expect(text).toContain('計画期間: 令和3年度（2021年度） ～ 令和6年度（2024年度）');
    expect(html).toContain('<title>小平市第1期経営方針推進プログラム 令和5年度（2023年度） 進捗状況</title>');
  });

  it('holds the declared summary table with its totals 1/21/3 of 25, and the tally of the detail', () => {
    expect(html).toContain('<h3 id="munikpi-table-1">集計表（公表値）（令和5年度末）</h3>');
    expect(html).toContain('<table class="summary" aria-labelledby="munikpi-table-1">');
    expect(html).not.toContain('<caption>');
    expect(html).toContain(
      '<tr><th scope="row">1 地域資源によるサービスの実現</th><td class="num">1 (12.5%)</td><td class="num">6 (75%)</td><td class="num">1 (12.5%)</td><td class="num">8</td></tr>',
    );
    expect(html).toContain(
      '<tfoot><tr><th scope="row">計</th><td class="num">1 (4%)</td><td class="num">21 (84%)</td><td class="num">3 (12%)</td><td class="num">25</td></tr></tfoot>',
    );
    expect(html).toContain(
      '<p class="note">割合は評価のあるプログラムに占める割合（最大剰余法で合計100%）。</p>',
    );
    expect(html).toContain('<h3 id="munikpi-table-2">詳細プログラムの集計</h3>');
    const detailed = kodairaFy2023.programs.filter((p) => p.reports?.['2023']?.rating !== undefined).length;
    expect(html).toContain(
      `<td class="num">1 (6.2%)</td><td class="num">12 (75%)</td><td class="num">3 (18.8%)</td><td class="num">${detailed}</td></tr></tfoot>`,
    );
  });

  it('embeds the rating chart of the declared summary', () => {
    expect(html).toContain('aria-labelledby="munikpi-report-ratings-title munikpi-report-ratings-desc"');
    expect(html).toContain('計: S 1件、A 21件、B 3件（計25件）');
  });

  it('lists the programs with number, name, direction, rating, suggestion and kind', () => {
    expect(html).toMatch(
      /<tr><td class="num">①<\/td><td>幅広い市民意見の収集<\/td><td>1 地域資源によるサービスの実現<\/td><td class="nowrap">.*<strong>A<\/strong> 予定どおりに進捗<\/td><td>—<\/td><td>実施<\/td><\/tr>/,
    );
    expect(html).toMatch(
      /<td class="num">12<\/td><td>文書の電子化・ペーパーレス化<\/td>.*<strong>B<\/strong> 予定よりも遅れている<\/td>/,
    );
  });

  it('evaluates the KPIs for the year, with a chart each', () => {
    expect(html).toContain(
      '<td>電子決裁対象文書の電子決裁率</td><td class="num">73.9%</td><td class="num">90%</td><td class="num">85%</td><td class="num">41.88%</td><td class="num">82.11%</td><td class="status-behind nowrap">遅れ</td>',
    );
    expect(html).toContain('<td class="num">604,701,094円</td>');
    expect(html).toContain('R5: 実績 73.9%、年度目標 85%、計画線上の値 83.075%、進捗率 41.88%、遅れ');
  });

  it('draws a compact chart for each KPI with a figure, and none for a KPI without', () => {
    // Seven KPIs have one year of figures each: a bullet chart under the KPI's heading.
    const bullets = html.match(/<figure class="chart kpi bullet"><figcaption>[^<]+<\/figcaption>/g) ?? [];
    expect(bullets).toHaveLength(7);
    expect(bullets).toContain(
      '<figure class="chart kpi bullet"><figcaption>12 電子決裁対象文書の電子決裁率</figcaption>',
    );
    expect(html).not.toContain('<figure class="chart kpi">');
    // 移管率 has no figure: its line in the table, and no chart.
    expect(html).toContain('<td>歴史公文書の図書館への移管率</td>');
    expect(html).not.toContain('<figcaption>② 歴史公文書の図書館への移管率</figcaption>');
    // The e-approval bullet marks the actual, the year's target, the final target and the planned line.
    const eApproval = html.slice(
      html.indexOf('<figcaption>12 '),
      html.indexOf('</figure>', html.indexOf('<figcaption>12 ')),
    );
    for (const label of ['実績 73.9%（遅れ）', '年度目標 85%', '目標値 90%', '計画線上の値 83.075%']) {
      expect(eApproval).toContain(label);
    }
  });

  it('lists the audit findings in words, with the code kept as data rather than printed', () => {
    expect(textOf(html)).not.toContain('UNDETAILED_PROGRAMS');
    expect(html).toContain('<tr data-code="UNDETAILED_PROGRAMS"><td class="severity-info nowrap">情報</td>');
    expect(textOf(html)).toContain('詳細のない9プログラムはA×9でなければ集計表に合いません');
  });

  it('every embedded SVG is well-formed XML on its own', () => {
    for (const svg of html.match(/<svg [\s\S]*?<\/svg>/g) ?? [])
      expect(XMLValidator.validate(svg)).toBe(true);
  });
});

describe('renderHtmlReport: escaping', () => {
  const plan = hostilePlan();

  for (const lang of ['ja', 'en'] as const) {
    it(`shows names with markup as text (${lang})`, () => {
      const html = renderHtmlReport(plan, 2023, { lang });
      expectInert(html);
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<b>');
      expect(html).not.toContain('<i>');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
      const text = textOf(html);
      expect(text).toContain(INJECT_SCRIPT);
      expect(text).toContain(INJECT_ATTR);
      expect(text).toContain('javascript:alert(1)');
      expect(text).toContain('<B>');
      expect(text).toContain('<d9>');
    });
  }

  it('escapes the title option and strips characters HTML forbids', () => {
    const html = renderHtmlReport(plan, 2023, { title: `${INJECT_ATTR}\u0000\u0007\uFFFF` });
    expectInert(html);
    expect(textOf(html)).toContain(`${INJECT_ATTR}\uFFFD\uFFFD\uFFFD`);
  });
});

describe('renderHtmlReport: options and other plans', () => {
  it('speaks English on request', () => {
    const html = renderHtmlReport(kodairaFy2023, 2023, { lang: 'en' });
    expectInert(html);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    const text = textOf(html);
    expect(text).toContain('FY2023 (R5) Progress report');
    expect(text).toContain('Plan period: FY2021 (R3) – FY2024 (R6)');
    expect(text).toContain('Summary table as published (令和5年度末)');
    expect(text).toContain('Total: S 1, A 21, B 3 of 25');
    expect(html).toContain('<td class="status-behind nowrap">behind</td>');
    expect(html).toContain('<td class="num">73.9%</td><td class="num">90%</td><td class="num">85%</td>');
    expect(text).toContain('the 9 programs not detailed must be rated A×9 to match the summary');
  });

  it('tallies the programs alone when the plan declares no summary for the year', () => {
    const html = renderHtmlReport(kodairaFy2023, 2022);
    expectInert(html);
    expect(html).not.toContain('集計表（公表値）');
    expect(html).toContain('>詳細プログラムの集計</h3>');
    expect(html).toContain('<tr data-code="MISSING_REPORT">');
    // A KPI assessed for FY2023 only cannot be evaluated for FY2022.
    expect(html).toContain('<td>評価できません（指標の期間外）</td>');
    expect(html).not.toContain('FISCAL_YEAR_OUTSIDE_PERIOD）');
  });

  it('shows rating changes from the previous year when both years are rated', () => {
    const html = renderHtmlReport(hostilePlan(), 2023);
    expect(html).toContain('前年度からの評価の推移');
    expect(html).toContain('class="munikpi-chart munikpi-transition-chart"');
    expect(renderHtmlReport(hostilePlan(), 2021)).not.toContain('munikpi-transition-chart');
  });

  it('leaves out the KPI charts on request, and says when there is nothing to list', () => {
    expect(renderHtmlReport(kodairaFy2023, 2023, { kpiCharts: false })).not.toContain(
      '<figure class="chart kpi',
    );
    const bare: Plan = {
      id: 'b',
      municipality: 'x',
      title: 'x',
      period: { start: 2021, end: 2024 },
      directions: [],
      programs: [],
    };
    const html = renderHtmlReport(bare, 2023);
    expectInert(html);
    expect(html).toContain('KPIはありません。');
    expect(html).toContain('指摘事項はありません。');
    expect(renderHtmlReport(bare, 2023, { lang: 'en' })).toContain('No findings.');
  });

  it('says in words what a target asks for when it has no level', () => {
    const plan: Plan = {
      id: 't',
      municipality: 'x',
      title: 'x',
      period: { start: 2021, end: 2024 },
      directions: [{ id: 'd1', number: 1, name: 'd' }],
      programs: [
        {
          id: 'p1',
          number: 1,
          name: 'p',
          kind: 'implementation',
          direction: 'd1',
          kpis: [
            {
              id: 'a',
              name: 'KA',
              unit: '円',
              direction: 'lower',
              target: { kind: 'rate', percent: 20, by: 2024 },
            },
            { id: 'b', name: 'KB', unit: '施設', target: { kind: 'change', amount: 2, by: 2024 } },
            { id: 'c', name: 'KC', unit: '件', direction: 'lower', target: { kind: 'no-worse' } },
            { id: 'd', name: 'KD', unit: '手続', target: { kind: 'no-worse' } },
            { id: 'e', name: 'KE', unit: '園', target: { kind: 'milestone', due: '2024-01' } },
            { id: 'f', name: 'KF', unit: '人', target: { kind: 'monitor' } },
          ],
          reports: { 2023: { rating: 'A', results: ['x'] } },
        },
      ],
    };
    const ja = renderHtmlReport(plan, 2023);
    expectInert(ja);
    for (const t of ['基準値から20%削減', '基準値から+2施設', '前年度以下', '前年度以上', '期限 2024-01']) {
      expect(ja).toContain(`<td class="num">${t}</td>`);
    }
    const en = renderHtmlReport(plan, 2023, { lang: 'en' });
    for (const t of [
      '−20% from the baseline',
      '+2施設 from the baseline',
      'no worse than the year before',
      'Due 2024-01',
    ]) {
      expect(en).toContain(`<td class="num">${t}</td>`);
    }
  });

  it('passes evaluation and audit options on', () => {
    const lenient = renderHtmlReport(kodairaFy2023, 2023, {
      evaluate: { tolerance: 20 },
      suggestions: false,
    });
    expect(lenient).toContain(
      '<td class="num">73.9%</td><td class="num">90%</td><td class="num">85%</td><td class="num">41.88%</td><td class="num">82.11%</td><td class="status-on-track nowrap">順調</td>',
    );
    expect(lenient).not.toContain('RATING_DIFFERS_FROM_SUGGESTION');
  });

  it('checks its arguments', () => {
    expect(errorCode(() => renderHtmlReport(kodairaFy2023, 2023, { lang: 'fr' as 'en' }))).toBe(
      'INVALID_OPTION',
    );
    expect(errorCode(() => renderHtmlReport(kodairaFy2023, 2023.5))).toBe('INVALID_FISCAL_YEAR');
  });
});

describe('renderHtmlReport in every host time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it('is the same string under UTC, America/Los_Angeles and Pacific/Kiritimati', () => {
    const outputs = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'].map((tz) => {
      process.env.TZ = tz;
      return [renderHtmlReport(kodairaFy2023, 2023), renderHtmlReport(hostilePlan(), 2023, { lang: 'en' })];
    });
    expect(outputs[1]).toEqual(outputs[0]);
    expect(outputs[2]).toEqual(outputs[0]);
  });
});
