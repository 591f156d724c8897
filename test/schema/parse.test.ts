import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MunikpiError } from '../../src/index.js';
import { parseKpi, parsePlan, planJsonSchema, readJson, validatePlan } from '../../src/schema/index.js';
import { smallPlan } from '../fixtures/plans.js';
import { errorCode } from '../helpers.js';

const good = JSON.stringify(smallPlan());

function issuesOf(fn: () => unknown): { code: string; paths: string[]; codes: string[]; messages: string[] } {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof MunikpiError)) throw error;
    return {
      code: error.code,
      paths: error.issues.map((i) => i.path),
      codes: error.issues.map((i) => i.code),
      messages: error.issues.map((i) => i.message),
    };
  }
  throw new Error('expected a MunikpiError');
}

describe('parsePlan', () => {
  it('reads a plan from JSON text, typed and deeply frozen', () => {
    const plan = parsePlan(good);
    expect(plan.programs).toHaveLength(3);
    expect(plan.scale?.id).toBe('kodaira-sab');
    expect(Object.isFrozen(plan.programs[0]?.reports?.['2023'])).toBe(true);
  });

  it('reads a parsed value too, and resolves a scale given by id', () => {
    const plan = parsePlan({ ...smallPlan(), scale: 'shimotsuke-sabc' });
    expect(plan.scale?.levels.map((l) => l.code)).toEqual(['S', 'A', 'B', 'C']);
  });

  it('lists every problem at once, each with its path', () => {
    const doc = JSON.parse(good);
    doc.programs[1].reports['2023'].rating = 'C';
    doc.programs[2].direction = 'd9';
    doc.programs[0].id = 'p2';
    const { code, paths, messages } = issuesOf(() => parsePlan(doc));
    expect(code).toBe('INVALID_PLAN');
    expect(paths).toEqual(['programs[1].id', 'programs[1].reports.2023.rating', 'programs[2].direction']);
    expect(messages[1]).toBe('"C": expected one of S, A, B');
  });

  it('names the path of type errors, unknown keys and missing fields', () => {
    const doc = JSON.parse(good);
    doc.period.start = '2021';
    doc.programs[0].colour = 'red';
    delete doc.title;
    doc.programs[1].kpis = [{ id: 'k', name: 'k', unit: '%', target: { kind: 'level', value: 'ninety' } }];
    const { paths, codes } = issuesOf(() => parsePlan(doc));
    expect(paths.map((path, i) => `${path} ${codes[i]}`)).toEqual([
      'title MISSING_FIELD',
      'period.start INVALID_FISCAL_YEAR',
      'programs[0].colour UNKNOWN_FIELD',
      'programs[1].kpis[0].target.value INVALID_NUMBER',
    ]);
  });

  it('checks KPI logic and reports it at the KPI', () => {
    const doc = JSON.parse(good);
    doc.programs[0].kpis = [
      {
        id: 'k',
        name: 'k',
        unit: '%',
        baseline: { value: 0, asOf: '2021-04-01' },
        target: { kind: 'rate', percent: 5, by: 2024 },
      },
    ];
    const { paths, messages } = issuesOf(() => parsePlan(doc));
    expect(paths).toEqual(['programs[0].kpis[0]']);
    expect(messages[0]).toContain('the target equals the baseline');
  });

  it('rejects prototype-polluting keys anywhere, and leaves Object.prototype alone', () => {
    const text = good.replace('"reports":{', '"reports":{"__proto__":{"polluted":true},');
    expect(errorCode(() => parsePlan(text))).toBe('FORBIDDEN_KEY');
    expect(errorCode(() => parsePlan(good.replace('"title"', '"constructor":{},"title"')))).toBe(
      'FORBIDDEN_KEY',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const value = JSON.parse(text);
    expect(errorCode(() => parsePlan(value))).toBe('FORBIDDEN_KEY');
  });

  it('rejects duplicate keys, deep nesting, oversized and broken documents', () => {
    expect(errorCode(() => parsePlan(good.replace('"id":"small"', '"id":"small","id":"other"')))).toBe(
      'INVALID_JSON',
    );
    expect(errorCode(() => parsePlan(`{"notes":${'['.repeat(70)}${']'.repeat(70)}}`))).toBe(
      'NESTING_TOO_DEEP',
    );
    expect(errorCode(() => parsePlan(good, { maxBytes: 100 }))).toBe('DOCUMENT_TOO_LARGE');
    expect(errorCode(() => parsePlan(good.slice(0, -10)))).toBe('INVALID_JSON');
    expect(errorCode(() => parsePlan(''))).toBe('INVALID_JSON');
  });

  it('rejects duplicate ids and unknown summary rows and codes', () => {
    const doc = JSON.parse(good);
    doc.directions.push({ id: 'd1', number: 3, name: 'x' });
    doc.summaries[0].rows.push({ direction: 'd8', counts: { Q: 1 } });
    doc.programs[0].kpis = [
      { id: 'k', name: 'k', unit: '%', target: { kind: 'count', value: 1 } },
      { id: 'k', name: 'k', unit: '%', target: { kind: 'count', value: 1 } },
    ];
    const { paths } = issuesOf(() => parsePlan(doc));
    expect(paths).toEqual([
      'directions[2].id',
      'programs[0].kpis[1].id',
      'summaries[0].rows[2].direction',
      'summaries[0].rows[2].counts.Q',
    ]);
  });

  it('names a key that is not a fiscal year once, at the key, wherever a record is keyed by year', () => {
    const doc = JSON.parse(good);
    doc.programs[0].reports = { R5: { rating: 'A', results: ['…'] } };
    doc.programs[1].actionItems = [{ name: '電子決裁の推進', schedule: { R5: '実施', 2023: '実施' } }];
    doc.programs[2].kpis = [
      {
        id: 'k',
        name: '電子決裁率',
        unit: '%',
        target: { kind: 'annual', value: 1 },
        yearTargets: { '2023年度': 3 },
      },
    ];
    doc.summaries[0].rows[0].counts = { ['S'.repeat(21)]: 1 };
    const { paths, codes, messages } = issuesOf(() => parsePlan(doc));
    expect(paths.map((path, i) => `${path} ${codes[i]}`)).toEqual([
      `summaries[0].rows[0].counts.${'S'.repeat(21)} TOO_LONG`,
      'programs[0].reports.R5 INVALID_FISCAL_YEAR',
      'programs[1].actionItems[0].schedule.R5 INVALID_FISCAL_YEAR',
      'programs[2].kpis[0].yearTargets.2023年度 INVALID_FISCAL_YEAR',
    ]);
    expect(messages[1]).toBe('"R5" is not a fiscal year 1873..9998');
  });

  it('validatePlan answers without throwing', () => {
    const result = validatePlan({ id: 'x' });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.path)).toContain('municipality');
    expect(validatePlan(good).ok).toBe(true);
  });
});

describe('parseKpi', () => {
  it('reads a KPI and rejects a bad one with paths', () => {
    expect(parseKpi('{"id":"k","name":"n","unit":"%","target":{"kind":"monitor"}}').name).toBe('n');
    const { code, paths } = issuesOf(() =>
      parseKpi({ id: 'k', name: 'n', unit: '%', target: { kind: 'level' } }),
    );
    expect([code, paths]).toEqual(['INVALID_KPI', ['target.value']]);
  });
});

describe('readJson', () => {
  it('names where the duplicate and forbidden keys are', () => {
    const { paths } = issuesOf(() => readJson('{"a":[{"b":1,"b":2},{"prototype":3}]}'));
    expect(paths).toEqual(['a[0].b', 'a[1].prototype']);
  });

  it('does not mistake escaped quotes and commas in strings for structure', () => {
    expect(readJson('{"a":"x\\",\\"a\\":1","b":[1,"2,3"]}')).toEqual({ a: 'x","a":1', b: [1, '2,3'] });
  });

  it('treats keys that differ only in escapes as duplicates', () => {
    expect(errorCode(() => readJson('{"a":1,"\\u0061":2}'))).toBe('INVALID_JSON');
  });

  it('rejects non-text', () => {
    expect(errorCode(() => readJson(5 as never))).toBe('INVALID_ARGUMENT');
  });
});

describe('planJsonSchema', () => {
  it('is a draft 2020-12 schema of the plan layout', () => {
    const schema = planJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(
      expect.arrayContaining(['id', 'municipality', 'title', 'period', 'directions', 'programs']),
    );
  });

  const shippedFile = new URL('../../schema/plan.schema.json', import.meta.url);
  // The build writes the file; npm test builds before it runs the unit tests.
  it.skipIf(!existsSync(shippedFile))('is what the package ships as schema/plan.schema.json', () => {
    expect(JSON.parse(readFileSync(shippedFile, 'utf8'))).toEqual(planJsonSchema());
  });
});
