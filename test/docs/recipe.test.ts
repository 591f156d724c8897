import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { aggregateRatings, definePlan, type Plan } from '../../src/index.js';

// The DuckDB recipe of docs/guide.md runs in examples.test.ts, which compares what it prints with
// the guide. Here the guide's answer is checked against munikpi's own tally of the same plans, so
// that the SQL (and the export it reads) answers the question it says it answers.

const GUIDE = readFileSync(new URL('../../docs/guide.md', import.meta.url), 'utf8');

function recipe(): { code: string; output: string } {
  const match = /```js script\n([\s\S]*?)\n```[\s\S]*?```text\n([\s\S]*?)\n```/.exec(GUIDE);
  if (match === null) throw new Error('docs/guide.md has no script block followed by its output');
  return { code: match[1] as string, output: match[2] as string };
}

describe("the analyst's recipe in docs/guide.md", () => {
  test('prints for each direction the B count and share that aggregateRatings finds in the same plans', async () => {
    const { code, output } = recipe();
    const seed = /makePlans\((0x[\d_a-f]+), Number\(process\.env\.PLANS \?\? (\d+)\)\)/.exec(code);
    if (seed === null) throw new Error('the recipe no longer calls makePlans(seed, PLANS ?? n)');
    const bench = new URL('../../bench/lib/plans.mjs', import.meta.url).href;
    const { makePlans } = (await import(bench)) as { makePlans: (seed: number, count: number) => Plan[] };
    const plans = makePlans(Number((seed[1] as string).replaceAll('_', '')), Number(seed[2])).map((p) =>
      definePlan(p),
    );
    const lines = plans[0]?.directions.map((direction, i) => {
      let b = 0;
      let rated = 0;
      for (const plan of plans) {
        const row = aggregateRatings(plan, 2023).rows[i];
        b += row?.counts.B ?? 0;
        rated += row?.rated ?? 0;
      }
      // Tenths of a percent, rounded half up, in integers.
      const tenths = Math.floor((2000 * b + rated) / (2 * rated));
      const share = `${Math.floor(tenths / 10)}.${tenths % 10}`;
      return `${direction.number} ${direction.name}: B ${b} of ${rated} (${share} %)`;
    });
    expect(output.split('\n')).toEqual(lines);
  });
});
