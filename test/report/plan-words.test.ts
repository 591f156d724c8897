/*
 * Reports print a published table as published: the plan's own names for its groupings, the
 * shares by the plan's convention, 対象外 and 未評価 counted apart, score sums and means where
 * the scale has scores, and the plan's own spelling of its period. Kodaira's report is unchanged.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kodairaFy2023 } from '../../src/data/kodaira-fy2023.js';
import { defineRatingScale, type Plan, RATING_SCALES, type RatingScale } from '../../src/index.js';
import { buildReport, renderHtmlReport, renderReport } from '../../src/report/index.js';
import { parsePlan } from '../../src/schema/index.js';
import { program, smallPlan } from '../fixtures/plans.js';
import { errorCode } from '../helpers.js';

/** The sample plan on 木津川市's scale and headings (made-up items and ratings). */
const sample = parsePlan(
  readFileSync(new URL('../fixtures/kizugawa-sample-plan.json', import.meta.url), 'utf8'),
);

/** The cells of the first line of a text report that starts with the cell `cell`, else has it. */
function lineOf(text: string, cell: string): string[] {
  const rows = text.split('\n').map((line) => line.trim().split(/\s{2,}/));
  return rows.find((cells) => cells[0] === cell) ?? rows.find((cells) => cells.includes(cell)) ?? [];
}

/** A one-direction plan on `scale` whose programs are rated `ratings` in 2023. */
function ratedPlan(scale: RatingScale, ratings: readonly string[], extra: Partial<Plan> = {}): Plan {
  const programs = ratings.map((code, i) => program(`p${i + 1}`, i + 1, 'd1', { 2023: code }));
  return smallPlan({ scale, programs, summaries: [], ...extra });
}

describe("a plan in 木津川市's words", () => {
  const text = renderReport(sample, 2023, { sections: ['summary', 'programs'] });

  it('heads its tables 重点改革項目 and 取組項目', () => {
    expect(text).toContain('■ 詳細取組項目の集計');
    expect(text).toContain('■ 取組項目一覧');
    expect(lineOf(text, '重点改革項目')[0]).toBe('重点改革項目');
    expect(lineOf(text, 'No.').slice(0, 3)).toEqual(['No.', '取組項目名', '重点改革項目']);
    expect(text).not.toMatch(/方向性|プログラム/);
  });

  it('prints shares to one fixed decimal, each rounded on its own, with the published note', () => {
    expect(lineOf(text, '1 持続可能な財政運営')).toEqual([
      '1 持続可能な財政運営',
      '1 (20.0%)',
      '2 (40.0%)',
      '1 (20.0%)',
      '1 (20.0%)',
      '5',
      '1',
      '0',
    ]);
    // 1 : 1 : 1 prints 33.3 thrice (99.9 in all), as the body's own table does.
    expect(lineOf(text, '2 市民サービスの向上').slice(1, 5)).toEqual([
      '0 (0.0%)',
      '1 (33.3%)',
      '1 (33.3%)',
      '1 (33.3%)',
    ]);
    expect(text).toContain(
      '割合は評価のある取組項目に占める割合（対象外・未評価を除く）。割合については、小数点以下第2位を四捨五入しているため、合計しても100と一致しません。',
    );
  });

  it('counts 対象外 and 未評価 apart, out of the shares', () => {
    expect(lineOf(text, '重点改革項目').slice(-3)).toEqual(['計', '対象外', '未評価']);
    expect(lineOf(text, '計').slice(-3)).toEqual(['8', '1', '1']);
    expect(lineOf(text, '旧庁舎の売却')).toContain('対象外');
    expect(lineOf(text, '広報の多言語化')).toContain('未評価');
  });

  it('uses the English names in English', () => {
    const en = renderReport(sample, 2023, { sections: ['summary', 'programs'], lang: 'en' });
    expect(lineOf(en, 'Key reform area').slice(-3)).toEqual(['Total', 'not applicable', 'unrated']);
    expect(en).toContain('■ Tally of the detailed items (Initiative)');
    expect(lineOf(en, 'No.').slice(0, 3)).toEqual(['No.', 'Initiative', 'Key reform area']);
  });

  it('names its groupings in the HTML page and carries them in JSON', () => {
    const html = renderHtmlReport(sample, 2023);
    expect(html).toMatch(/<h3 id="[^"]+">詳細取組項目の集計<\/h3>/);
    expect(html).toContain('重点改革項目');
    expect(html).not.toContain('方向性</th>');
    const json = JSON.parse(renderReport(sample, 2023, { format: 'json' }));
    expect(json.plan.terms.program.ja).toBe('取組項目');
    expect(json.detailed.total.shareTexts).toEqual({ S: '12.5', A: '37.5', B: '25.0', C: '25.0' });
  });

  it('is refused by the schema when a name is empty', () => {
    const bad = { ...sample, terms: { direction: { ja: '', en: 'Area' }, program: sample.terms?.program } };
    expect(errorCode(() => parsePlan(JSON.stringify(bad)))).toBe('INVALID_PLAN');
  });
});

describe("Kodaira's report keeps its words and shares", () => {
  const text = renderReport(kodairaFy2023, 2023, { sections: ['summary'] });

  it('prints 方向性, largest-remainder shares without trailing zeros, and no 対象外 column', () => {
    expect(lineOf(text, '方向性')).toEqual([
      '方向性',
      'S 予定以上に進捗',
      'A 予定どおりに進捗',
      'B 予定よりも遅れている',
      '計',
    ]);
    expect(lineOf(text, '1 地域資源によるサービスの実現')).toEqual([
      '1 地域資源によるサービスの実現',
      '1 (12.5%)',
      '6 (75%)',
      '1 (12.5%)',
      '8',
    ]);
    expect(text).toContain('■ 詳細プログラムの集計');
    expect(text).toContain('割合は評価のあるプログラムに占める割合（最大剰余法で合計100%）。');
  });
});

describe('shares by the convention, in the report', () => {
  const each = defineRatingScale({
    ...RATING_SCALES.kizugawa,
    id: 'each-2',
    shares: { method: 'each', places: 2, note: true },
  });

  it('print equal shares for equal counts, by either method', () => {
    const scales = [RATING_SCALES.kizugawa, RATING_SCALES.shimotsuke, each];
    const arb = fc.record({
      scale: fc.constantFrom(...scales),
      counts: fc.array(fc.nat(4), { minLength: 4, maxLength: 4 }),
    });
    fc.assert(
      fc.property(arb, ({ scale, counts }) => {
        const ratings = counts.flatMap((n, level) => Array<string>(n).fill(scale.levels[level]?.code ?? ''));
        fc.pre(ratings.length > 0);
        const md = renderReport(ratedPlan(scale, ratings), 2023, { format: 'md', sections: ['summary'] });
        const total = md.split('\n').find((line) => line.startsWith('| 計 |')) ?? '';
        const cells = total.split(' | ').slice(1, 5);
        expect(cells).toHaveLength(4);
        for (const [i, n] of counts.entries()) {
          for (const [j, m] of counts.entries()) if (n === m) expect(cells[i]).toBe(cells[j]);
        }
      }),
    );
  });

  it("print munikpi's note under shares each rounded on its own", () => {
    const text = renderReport(ratedPlan(each, ['S', 'A', 'B']), 2023, { sections: ['summary'] });
    expect(lineOf(text, '計').slice(1, 4)).toEqual(['1 (33.33%)', '1 (33.33%)', '1 (33.33%)']);
    expect(text).toContain('端数処理の関係で合計が100にならない場合があります');
  });
});

describe('a scored scale in the report', () => {
  // 相生市: ◎5 〇2 △0 ▲−1; a sum ≥ 11 is 継続. ○ (U+25CB) is typed for 〇 (U+3007).
  const plan = ratedPlan(RATING_SCALES.aioi, ['◎', '◎', '○', '△']);
  const text = renderReport(plan, 2023, { sections: ['summary', 'programs'] });

  it('shows the score sum, the mean and the band', () => {
    const header = lineOf(text, '方向性');
    expect(header.slice(-3)).toEqual(['合計点', '平均点', '判定']);
    const total = lineOf(text, '計');
    expect(total.slice(-3)).toEqual(['12', '3', '継続']);
  });

  it('reads a look-alike mark in the programs table as the tally counts it', () => {
    const row = lineOf(text, 'プログラム3');
    expect(row.some((cell) => cell.startsWith('○ '))).toBe(true);
    expect(row).not.toContain('区分外');
  });
});

describe("a plan's own spelling of its period", () => {
  const old = (spelling: { start?: string; end?: string }) =>
    smallPlan({ period: { start: 2016, end: 2020, spelling }, summaries: [] });

  it('heads the report 平成28年度（2016年度） ～ 平成32年度（2020年度）', () => {
    const plan = old({ start: '平成28年度', end: '平成32年度' });
    const text = renderReport(plan, 2020, { sections: ['summary'] });
    expect(text.split('\n')[1]).toBe('計画期間: 平成28年度（2016年度） ～ 平成32年度（2020年度）');
    expect(text.split('\n')[0]).toContain('平成32年度（2020年度） 進捗状況');
    expect(buildReport(plan, 2019).period.label).toBe('平成28年度～平成32年度');
  });

  it('is refused when the spelling names another year', () => {
    const plan = old({ end: '平成33年度' });
    expect(errorCode(() => renderReport(plan, 2020))).toBe('INVALID_FISCAL_YEAR');
  });
});
