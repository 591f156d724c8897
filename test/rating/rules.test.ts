import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defineJudgementRule,
  evaluateKpi,
  JUDGEMENT_RULES,
  type JudgementRule,
  judgeWith,
  type Kpi,
  RATING_SCALES,
  readRating,
  scoreBandOf,
} from '../../src/index.js';

// Judgement rules as data (issue 16): each preset rebuilds its body's published levels.

/** A level target from a baseline of `base` (end of FY2019) to `target` by FY2024. */
function path(base: number, target: number, direction: 'higher' | 'lower' = 'higher'): Kpi {
  return {
    id: 'k',
    name: '指標',
    unit: '%',
    direction,
    baseline: { value: base, fiscalYear: 2019 },
    target: { kind: 'level', value: target, by: 2024 },
  };
}

const judge = (rule: JudgementRule, kpi: Kpi, fiscalYear: number, actual: number | string) =>
  judgeWith(rule, evaluateKpi(kpi, { fiscalYear, actual }));

describe('多摩市: the ratio to the pro-rated target of the year', () => {
  it('baseline 0, target 100 by year 5, actual 35 in year 2: 87.5 %, 概ね (②)', () => {
    const j = judge(JUDGEMENT_RULES.tama, path(0, 100), 2021, 35);
    expect([j?.code, j?.figure?.toString()]).toEqual(['②', '87.5']);
    expect(readRating(RATING_SCALES.tama, '②')).toMatchObject({ kind: 'level', index: 1 });
    expect(RATING_SCALES.tama.levels[1]?.label.ja).toBe('目標値の達成に向けて、概ね進んでいる');
  });

  it('gives ① at 100 % of the year’s share and ③ below 60 %', () => {
    expect(judge(JUDGEMENT_RULES.tama, path(0, 100), 2021, 40)?.code).toBe('①');
    expect(judge(JUDGEMENT_RULES.tama, path(0, 100), 2021, 24)?.code).toBe('②');
    expect(judge(JUDGEMENT_RULES.tama, path(0, 100), 2021, '23.99')?.code).toBe('③');
  });
});

describe('健康日本21: A / B / B* / C / D / E', () => {
  const kpi = path(50, 60);
  const rule = { ...JUDGEMENT_RULES.kenkoNippon21, change: { measure: 'points', worse: 1 } } as const;

  it('tells B, B*, C and D apart by the line and the change', () => {
    // FY2021 expects 54 on the line from 50 to 60.
    expect(judge(rule, kpi, 2021, 55)?.code).toBe('B');
    expect(judge(rule, kpi, 2021, 52)?.code).toBe('B*');
    expect(judge(rule, kpi, 2021, '50.5')?.code).toBe('C');
    expect(judge(rule, kpi, 2021, 49)?.code).toBe('C');
    expect(judge(rule, kpi, 2021, 48)?.code).toBe('D');
  });

  it('calls a target met in its final year A, and an actual with nothing to judge against E', () => {
    expect(judge(rule, kpi, 2024, 60)?.code).toBe('A');
    const noLine: Kpi = { id: 'n', name: '指標', unit: '件', target: { kind: 'no-worse' } };
    expect(judge(rule, noLine, 2023, 3)?.code).toBe('E');
  });

  it('maps a mean of 3.25 to 3.2 by 五捨六入, and back to C', () => {
    const band = scoreBandOf(RATING_SCALES.kenkoNippon21, '3.25');
    expect([band?.value.toString(), band?.code]).toEqual(['3.2', 'C']);
    expect(scoreBandOf(RATING_SCALES.kenkoNippon21, '3.26')?.value.toString()).toBe('3.3');
  });
});

describe('いの町: ◎ / ○ / △ / ×', () => {
  it('120 of 100 is ◎ (目標値以上)', () => {
    expect(judge(JUDGEMENT_RULES.ino, path(50, 100), 2024, 120)?.code).toBe('◎');
  });

  it('on the line is ○, behind it △, no progress from the baseline ×', () => {
    expect(judge(JUDGEMENT_RULES.ino, path(50, 100), 2021, 70)?.code).toBe('○');
    expect(judge(JUDGEMENT_RULES.ino, path(50, 100), 2021, 60)?.code).toBe('△');
    expect(judge(JUDGEMENT_RULES.ino, path(50, 100), 2021, 50)?.code).toBe('×');
    expect(judge(JUDGEMENT_RULES.ino, path(50, 100), 2024, 40)?.code).toBe('×');
  });
});

describe('相生市: score sums map to their four bands', () => {
  it('継続 ≥ 11, 改善 4–10, 再構築 0–3, 見直し・縮減 < 0', () => {
    const code = (sum: number) => scoreBandOf(RATING_SCALES.aioi, sum)?.code;
    expect([11, 15, 10, 4, 3, 0, -1].map(code)).toEqual([
      '継続',
      '継続',
      '改善',
      '改善',
      '再構築',
      '再構築',
      '見直し・縮減',
    ]);
  });

  it('sums the published scores: ◎ ◎ 〇 is 12, 継続', () => {
    const scores = ['◎', '◎', '○'].map((mark) => {
      const reading = readRating(RATING_SCALES.aioi, mark);
      return reading.kind === 'level' ? (RATING_SCALES.aioi.levels[reading.index]?.score ?? 0) : 0;
    });
    const sum = scores.reduce((a, b) => a + b, 0);
    expect([sum, scoreBandOf(RATING_SCALES.aioi, sum)?.code]).toEqual([12, '継続']);
  });
});

describe('長与町 and 福岡市: against the baseline with a tolerance', () => {
  it('長与町: S met, A above the baseline, B within 10 % below it, C below that', () => {
    const kpi = path(50, 60);
    expect(judge(JUDGEMENT_RULES.nagayo, kpi, 2024, 61)?.code).toBe('S');
    expect(judge(JUDGEMENT_RULES.nagayo, kpi, 2022, 51)?.code).toBe('A');
    expect(judge(JUDGEMENT_RULES.nagayo, kpi, 2022, 45)?.code).toBe('B');
    expect(judge(JUDGEMENT_RULES.nagayo, kpi, 2022, '44.9')?.code).toBe('C');
  });

  it('福岡市: ±3 points, both ends unchanged', () => {
    const kpi = path(40, 60);
    const code = (actual: number | string) => judge(JUDGEMENT_RULES.fukuoka, kpi, 2022, actual)?.code;
    expect([code(43), code('43.1'), code(37), code('36.9')]).toEqual(['横ばい', '改善', '横ばい', '悪化']);
  });

  it('turns with the direction: a cost 10 % up is worse when lower is better', () => {
    expect(judge(JUDGEMENT_RULES.nagayo, path(100, 80, 'lower'), 2022, 111)?.code).toBe('C');
    expect(judge(JUDGEMENT_RULES.nagayo, path(100, 80, 'lower'), 2022, 95)?.code).toBe('A');
  });
});

describe('attainment bands (独立行政法人, 大阪府立図書館)', () => {
  const annual: Kpi = { id: 'a', name: '貸出量', unit: 't', target: { kind: 'annual', value: 1000 } };
  const at = (rule: JudgementRule, actual: number | string) => judge(rule, annual, 2023, actual)?.code;

  it('独立行政法人: A ≥ 120 %, B 100–120 %, C 80–100 %, D < 80 %', () => {
    expect([1200, 1199, 1000, 999, 800, 799].map((a) => at(JUDGEMENT_RULES.agency, a))).toEqual([
      'A',
      'B',
      'B',
      'C',
      'C',
      'D',
    ]);
  });

  it('大阪府立図書館: A ≥ 110 %, B 80–110 %, C 50–80 %, D < 50 %', () => {
    expect([1100, 1099, 800, 799, 500, 499].map((a) => at(JUDGEMENT_RULES.osakaLibrary, a))).toEqual([
      'A',
      'B',
      'B',
      'C',
      'C',
      'D',
    ]);
  });

  it('includes each band’s lower end and excludes its upper end, as declared, for every edge', () => {
    const rules = [JUDGEMENT_RULES.agency, JUDGEMENT_RULES.osakaLibrary];
    const edges = rules.flatMap((rule) =>
      rule.cases.flatMap((c, i) => (c.min === undefined ? [] : [{ rule, i, edge: Number(c.min.value) }])),
    );
    fc.assert(
      fc.property(fc.constantFrom(...edges), fc.integer({ min: 1, max: 10_000 }), ({ rule, i, edge }, n) => {
        // An actual whose attainment is exactly the edge, and one a hair below it.
        const actual = edge * 10;
        const below = `${actual - 1 / n}`;
        return at(rule, actual) === rule.cases[i]?.code && at(rule, below) === rule.cases[i + 1]?.code;
      }),
    );
  });

  it('bands the exact figure unless the rule rounds it first', () => {
    expect(at(JUDGEMENT_RULES.agency, '1199.999')).toBe('B');
    const rounded = { ...JUDGEMENT_RULES.agency, places: 1 };
    expect(at(rounded, '1199.999')).toBe('A');
  });
});

describe('defineJudgementRule and judgeWith refuse bad rules', () => {
  it('names a case end that does not say whether it is inclusive', () => {
    const bad = {
      id: 'bad',
      name: { ja: '悪い', en: 'Bad' },
      cases: [{ code: 'A', figure: 'achievement', min: { value: 100 } }],
    };
    expect(() => defineJudgementRule(bad as unknown as JudgementRule)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('inclusive') }),
    );
  });

  it('refuses a case reading change in a rule without a tolerance, and unknown fields', () => {
    const noTolerance = {
      id: 'x',
      name: { ja: 'x', en: 'x' },
      cases: [{ code: 'C', change: ['unchanged'] }],
    };
    expect(() => defineJudgementRule(noTolerance as unknown as JudgementRule)).toThrow(/change tolerance/);
    const misspelt = { ...noTolerance, cases: [{ code: 'A', figur: 'achievement' }] };
    expect(() => defineJudgementRule(misspelt as unknown as JudgementRule)).toThrow(/figur/);
  });

  it('gives null when no case holds', () => {
    const onlyA = defineJudgementRule({
      id: 'only-a',
      name: { ja: 'A', en: 'A' },
      cases: [{ code: 'A', status: ['achieved'] }],
    });
    expect(judge(onlyA, path(0, 10), 2021, 1)).toBeNull();
  });

  it('keeps every preset frozen and serialisable', () => {
    for (const rule of Object.values(JUDGEMENT_RULES)) {
      expect(Object.isFrozen(rule.cases)).toBe(true);
      expect(JSON.parse(JSON.stringify(rule))).toEqual(rule);
    }
  });
});
