/*
 * Output that says only what the data says (issue 17, items 11–13 and the schema points of its
 * "Also" line): plans whose every name is hostile, generated here, run through the text,
 * Markdown and CSV reports, `munikpi validate` and the schema.

 */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/index.js';
import { renderReport } from '../../src/report/index.js';
import { validatePlan } from '../../src/schema/index.js';
import { cliWithStdin } from '../cli/helpers.js';
import { smallPlan } from '../fixtures/plans.js';
import { hasActiveCharacter } from '../hostile.js';

/** Text an attacker or a careless paste puts into a name. */
const HOSTILE_TEXT = [
  '\u001b[2J\u001b[H偽の画面',
  '\u001b]8;;https://evil.example/\u0007公式サイト\u001b]8;;\u0007',
  '\u009b31m赤字',
  '本物のタイトル\r偽のタイトル',
  'abc\u202edcba\u2066x\u2069',
  'x\n\n<img src=x onerror=alert(1)>\n# 二つ目の見出し',
  'a\r\nb\rc|d',
  '=HYPERLINK("http://evil.example","x")',
  '\u00a0=1+1',
  '\ufeff@SUM(A1)',
  '\u200b-2+3',
  '＝1+1',
];

const arbHostile = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE_TEXT), fc.string({ minLength: 1, maxLength: 8 })), {
    minLength: 1,
    maxLength: 3,
  })
  .map((parts) => parts.join(''));

/** The small plan with hostile text in every name the report prints. */
function hostilePlan(names: readonly string[]): Plan {
  const pick = (i: number) => names[i % names.length] as string;
  const base = smallPlan();
  return {
    ...base,
    municipality: pick(0),
    title: pick(1),
    directions: base.directions.map((d, i) => ({ ...d, name: pick(2 + i) })),
    programs: base.programs.map((p, i) => ({ ...p, name: pick(4 + i) })),
  };
}

/** Plans that put each hostile text in each place: the texts rotated through the names. */
const EXAMPLES = HOSTILE_TEXT.map((_, k) =>
  hostilePlan([...HOSTILE_TEXT.slice(k), ...HOSTILE_TEXT.slice(0, k)]),
);

describe('the text report of a hostile plan', () => {
  it('lets no control, bidi override or bare CR through in its tables', () => {
    for (const plan of EXAMPLES) {
      const text = renderReport(plan, 2023, { format: 'text' });
      const tables = text.slice(text.indexOf('\n■ '));
      expect(hasActiveCharacter(tables, { lines: true })).toBe(false);
    }
  });

  it('lets none through in its heading either (report.ts: terminalText)', () => {
    for (const plan of EXAMPLES) {
      const text = renderReport(plan, 2023, { format: 'text' });
      expect(hasActiveCharacter(text, { lines: true })).toBe(false);
    }
  });
});

describe('the Markdown report of a hostile plan', () => {
  /** The lines from the first table's title on. */
  const tablesOf = (md: string) => {
    const lines = md.split('\n');
    return lines.slice(lines.findIndex((l) => l.startsWith('### ')));
  };

  it('has no raw HTML but <br>, no heading but the table titles, one line per row', () => {
    fc.assert(
      fc.property(fc.array(arbHostile, { minLength: 6, maxLength: 6 }), (names) => {
        const md = renderReport(hostilePlan(names), 2023, { format: 'md' });
        const lines = tablesOf(md);
        expect(lines.join('\n')).not.toMatch(/<(?!br>)/);
        for (const line of lines.filter((l) => l.startsWith('#'))) expect(line).toMatch(/^### /);
        for (const row of lines.filter((l) => l.startsWith('|'))) expect(row).toMatch(/\|$/);
        expect(hasActiveCharacter(lines.join('\n'), { lines: true })).toBe(false);
      }),
      { numRuns: 50 },
    );
  });

  it('has one top heading with no HTML (report.ts: markdownHeading)', () => {
    for (const plan of EXAMPLES) {
      const md = renderReport(plan, 2023, { format: 'md' });
      expect(md).not.toMatch(/<(?!br>)/);
      expect(md.split('\n').filter((l) => /^# /.test(l))).toHaveLength(1);
    }
  });
});

describe('the CSV report of a hostile plan', () => {
  it('starts no cell with a formula, whatever comes before it', () => {
    fc.assert(
      fc.property(fc.array(arbHostile, { minLength: 6, maxLength: 6 }), (names) => {
        const csv = renderReport(hostilePlan(names), 2023, { format: 'csv' });
        const cells = (parse(csv, { relax_column_count: true }) as string[][]).flat();
        for (const cell of cells) {
          const visible = cell.replace(/^[\s\u200b-\u200f\u2060\ufeff]+/, '');
          if (/^[=+\-@＝＋－＠]/.test(visible) && !/^-?[\d,]+(\.\d+)?%?$/.test(cell)) {
            expect(cell.startsWith("'"), JSON.stringify(cell)).toBe(true);
          }
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('munikpi validate on a hostile document', () => {
  it('prints its messages inert (cli/run.ts: terminalText)', async () => {
    const doc = JSON.stringify({
      ...smallPlan(),
      programs: [
        {
          id: 'p1',
          number: 1,
          name: 'x',
          kind: 'implementation',
          direction: 'd1',
          reports: {
            '\u001b[2J\u001b]8;;https://evil.example/\u0007': { rating: 'S' },
            '2023\r\u202e': { rating: 'S' },
          },
        },
      ],
    });
    const { stdout, stderr } = await cliWithStdin(doc, 'validate', '-');
    expect(stdout).not.toBe('');
    expect(hasActiveCharacter(stdout, { lines: true })).toBe(false);
    expect(hasActiveCharacter(stderr, { lines: true })).toBe(false);
  });
});

describe('the schema', () => {
  it('refuses a lone surrogate in a name (schemas.ts: isWellFormedText)', () => {
    for (const name of ['窓口\ud800改革', '\udc00', 'ok\ud83d']) {
      const plan = { ...smallPlan(), title: name };
      const result = validatePlan(plan);
      expect(result.ok, JSON.stringify(name)).toBe(false);
      expect(result.issues.map((i) => i.path)).toContain('title');
    }
  });

  it('refuses reports keyed by fiscal years out of range (schemas.ts: isFiscalYearKey)', () => {
    for (const key of ['0999', '9999', '1872']) {
      const base = smallPlan();
      const program = {
        ...(base.programs[0] as Plan['programs'][number]),
        reports: { [key]: { rating: 'S' } },
      };
      const result = validatePlan({ ...base, programs: [program, ...base.programs.slice(1)] });
      expect(result.ok, key).toBe(false);
      expect(
        result.issues.some((i) => i.path.endsWith(`reports.${key}`)),
        key,
      ).toBe(true);
    }
  });

  it('reads the fiscal years at the edges as years (judged against the period) and pairs of surrogates as text', () => {
    const base = smallPlan();
    const program = {
      ...(base.programs[0] as Plan['programs'][number]),
      name: '𠮷野家の改革',
      reports: { 1873: { rating: 'S' }, 9998: { rating: 'A' }, 2023: { rating: 'S' } },
    };
    const result = validatePlan({ ...base, programs: [program, ...base.programs.slice(1)] });
    // 1873 and 9998 are fiscal years, outside this plan's period: that, and nothing else, is said.
    expect(result.issues.map((i) => [i.path, i.code])).toEqual([
      ['programs[0].reports.1873', 'FISCAL_YEAR_OUTSIDE_PERIOD'],
      ['programs[0].reports.9998', 'FISCAL_YEAR_OUTSIDE_PERIOD'],
    ]);
  });
});
