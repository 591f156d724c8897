import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { renderDataFormat, updateRegions } from '../../scripts/docgen.js';
import { aggregateRatings, evaluateKpi } from '../../src/index.js';
import { parseMapping } from '../../src/io/index.js';
import { parsePlan, planJsonSchema } from '../../src/schema/index.js';

const GUIDE = readFileSync(new URL('../../docs/data-format.md', import.meta.url), 'utf8');

function jsonBlocks(text: string): string[] {
  return [...text.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => m[1] as string);
}

describe('docs/data-format.md', () => {
  test('the generated regions are up to date (node scripts/gen-data-format.mjs)', () => {
    expect(updateRegions(GUIDE, renderDataFormat(planJsonSchema()))).toBe(GUIDE);
  });

  test('the complete example passes parsePlan and evaluates as the guide says', () => {
    const [example] = jsonBlocks(GUIDE);
    const plan = parsePlan(example);
    const kpi = plan.programs[0]?.kpis?.[0];
    if (kpi === undefined) throw new Error('no KPI in the example');
    expect(evaluateKpi(kpi, { fiscalYear: 2023 }).progress?.toString()).toBe('41.88');
    expect(aggregateRatings(plan, 2023).total.counts).toEqual({ S: 0, A: 0, B: 1 });
  });

  test('the mapping example passes parseMapping', () => {
    const [, mapping] = jsonBlocks(GUIDE);
    expect(parseMapping(mapping).columns?.rating).toBe('R5達成度');
  });

  test('every generated region is marked once, and unknown or missing regions are errors', () => {
    const regions = renderDataFormat(planJsonSchema());
    for (const name of regions.keys()) {
      expect(GUIDE.split(`<!-- generated:start ${name} -->`)).toHaveLength(2);
    }
    expect(() =>
      updateRegions('<!-- generated:start nope -->\n<!-- generated:end nope -->', regions),
    ).toThrow(/no generated region named nope/);
    expect(() => updateRegions('', regions)).toThrow(/has no region plan-fields/);
  });

  test('a field without a meaning fails the generator, so that new fields get documented', () => {
    const schema = planJsonSchema() as { properties: Record<string, unknown> };
    const grown = { ...schema, properties: { ...schema.properties, extra: { type: 'string' } } };
    expect(() => renderDataFormat(grown)).toThrow(/no meaning for plan.extra/);
  });
});
