/**
 * Seeded random plans the shape of a municipal reform plan: 4 directions (方向性), 50 programs,
 * each with one KPI of a random kind and an observation per year, a report with a rating for
 * each of the 4 fiscal years, and a declared summary table (進捗状況の概要) per year.
 */
import { FISCAL_YEARS, makeKpi, randomRating } from './kpis.mjs';
import { int, mulberry32 } from './prng.mjs';

/** 1,741: the municipalities of Japan (市町村 and 特別区). */
export const MUNICIPALITIES = 1741;
export const PROGRAMS_PER_PLAN = 50;
export const DIRECTIONS_PER_PLAN = 4;

const DIRECTION_NAMES = [
  '地域資源によるサービスの実現',
  '行政サービスのデジタル化',
  '公共施設の最適化',
  '持続可能な財政運営',
];

/**
 * One plan, as a plain object ready for `definePlan`. About 3 % of the declared summaries carry
 * a miscount, and a few reports lack a rating or results text, so the audit has findings to make.
 *
 * @param {() => number} rand - the seeded PRNG
 * @param {number} index - the plan's number, for its ids
 */
export function makePlan(rand, index) {
  const directions = DIRECTION_NAMES.map((name, i) => ({ id: `d${i + 1}`, number: i + 1, name }));
  const programs = [];
  for (let n = 1; n <= PROGRAMS_PER_PLAN; n++) {
    const kind = rand() < 0.9 ? 'implementation' : 'study';
    const reports = {};
    if (kind === 'implementation') {
      for (const fy of FISCAL_YEARS) {
        const r = rand();
        reports[fy] =
          r < 0.01
            ? { planned: [`${fy}年度 取組${n}の実施`] }
            : r < 0.02
              ? { rating: randomRating(rand) }
              : {
                  planned: [`${fy}年度 取組${n}の実施`],
                  results: [`取組${n}を${int(rand, 1, 12)}件実施した`],
                  rating: randomRating(rand),
                };
      }
    }
    programs.push({
      id: `p${n}`,
      number: n,
      name: `プログラム${n}`,
      kind,
      direction: `d${int(rand, 1, DIRECTIONS_PER_PLAN)}`,
      kpis: [makeKpi(rand, `m${index}-p${n}-kpi`)],
      reports,
    });
  }
  const summaries = FISCAL_YEARS.map((fy) => {
    const rows = directions.map((d) => {
      const counts = { S: 0, A: 0, B: 0 };
      let programCount = 0;
      for (const p of programs) {
        if (p.direction !== d.id || p.kind !== 'implementation') continue;
        programCount++;
        const code = p.reports[fy]?.rating;
        if (code !== undefined) counts[code]++;
      }
      if (rand() < 0.03) counts.A++; // a miscount in the printed table
      return { direction: d.id, programCount, counts };
    });
    const total = { S: 0, A: 0, B: 0 };
    for (const row of rows) for (const code of Object.keys(total)) total[code] += row.counts[code];
    const programCount = rows.reduce((sum, row) => sum + row.programCount, 0);
    return { fiscalYear: fy, asOf: `令和${fy - 2018}年度末`, rows, total: { programCount, counts: total } };
  });
  return {
    id: `plan-${index}`,
    municipality: `自治体${index}`,
    title: '行財政改革推進プラン',
    period: { start: FISCAL_YEARS[0], end: FISCAL_YEARS[FISCAL_YEARS.length - 1] },
    directions,
    programs,
    summaries,
  };
}

/** `count` plans from a seed. */
export function makePlans(seed, count) {
  const rand = mulberry32(seed);
  return Array.from({ length: count }, (_, i) => makePlan(rand, i));
}
