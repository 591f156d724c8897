/*
 * munikpi/schema is written with zod/mini, which loads no locale: zod's own words are never
 * what a user reads from validatePlan, and the exported schemas still compose with zod.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z as classic } from 'zod';
import * as z from 'zod/mini';
import type { Kpi, Program } from '../../src/index.js';
import { kpiSchema, programSchema, validatePlan } from '../../src/schema/index.js';
import { smallPlan } from '../fixtures/plans.js';

/** A plan with one problem of every kind zod reports on the layout. */
function badLayout(): Record<string, unknown> {
  const doc = smallPlan() as unknown as Record<string, unknown> & { programs: Record<string, unknown>[] };
  const [first, second, third] = doc.programs;
  return {
    ...doc,
    id: 7, // invalid_type
    title: '', // too_small (empty text)
    period: { start: 1872, end: 2024 }, // too_small on a fiscal year
    municipality: 'x'.repeat(201), // too_big
    scale: 'kodaira-sabcd', // invalid_union on the scale
    extra: true, // unrecognized_keys
    programs: [
      { ...first, kind: 'plan' }, // invalid_value
      { ...second, reports: { 2023: { rating: 'A', results: [1] } } }, // invalid_type in a record
      {
        ...third,
        kpis: [
          { id: 'k', name: '電子決裁率', unit: '%', target: { kind: 'guess' } }, // discriminator
          { id: 'k2', name: '電子決裁率', unit: '%', target: { kind: 'level', value: '9割' } }, // regex
          {
            id: 'k3',
            name: '電子決裁率',
            unit: '%',
            target: { kind: 'milestone', due: '2023-02-30' }, // custom refine
          },
        ],
      },
    ],
  };
}

function issuesIn(lang: 'en' | 'ja'): readonly { path: string; code: string; message: string }[] {
  const result = validatePlan(badLayout(), { lang });
  return result.issues.map(({ path, code, message }) => ({ path, code, message }));
}

describe('munikpi/schema on zod/mini', () => {
  it('words every layout problem itself, in the language asked for, whatever locale zod has loaded', () => {
    const without = { en: issuesIn('en'), ja: issuesIn('ja') };
    expect(without.en.map((i) => `${i.path} ${i.code}`)).toEqual([
      'id INVALID_TYPE',
      'municipality TOO_LONG',
      'title INVALID_VALUE',
      'period.start INVALID_FISCAL_YEAR',
      'scale INVALID_SCALE',
      'extra UNKNOWN_FIELD',
      'programs[0].kind INVALID_VALUE',
      'programs[1].reports.2023.results[0] INVALID_TYPE',
      'programs[2].kpis[0].target.kind INVALID_VALUE',
      'programs[2].kpis[1].target.value INVALID_NUMBER',
      'programs[2].kpis[2].target.due INVALID_DATE',
    ]);
    try {
      for (const locale of [z.locales.de(), z.locales.ja(), z.locales.en()]) {
        z.config(locale);
        expect({ en: issuesIn('en'), ja: issuesIn('ja') }).toEqual(without);
      }
    } finally {
      z.config({ localeError: undefined });
    }
    const messages = [...without.en, ...without.ja].map((i) => i.message);
    expect(messages.filter((m) => /Invalid input|Ungültig|無効/.test(m))).toEqual([]);
  });

  it('exports schemas that read the model types and compose with zod/mini and with zod', () => {
    const kpi = { id: 'k', name: '電子決裁率', unit: '%', target: { kind: 'level', value: 90, by: 2024 } };
    expectTypeOf(kpiSchema.parse(kpi)).toEqualTypeOf<Kpi>();
    expectTypeOf(programSchema.parse(smallPlan().programs[0])).toEqualTypeOf<Program>();
    const list = z.array(kpiSchema).check(z.maxLength(2));
    expect(list.safeParse([kpi, kpi]).success).toBe(true);
    expect(list.safeParse([kpi, kpi, kpi]).success).toBe(false);
    const optional = classic.array(kpiSchema).optional();
    expect(optional.safeParse(undefined).success).toBe(true);
    expect(optional.safeParse([{ ...kpi, unit: 1 }]).error?.issues[0]?.path).toEqual([0, 'unit']);
  });
});
