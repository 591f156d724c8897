import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { kodairaFy2023 } from '../../src/data/kodaira-fy2023.js';
import type { Plan } from '../../src/index.js';
import { decodeText, exportTidyTables, readCsv } from '../../src/io/index.js';
import { TIDY_TABLE_NAMES, type TidyTables, tidyTables } from '../../src/report/index.js';
import { program, smallPlan } from '../fixtures/plans.js';
import { thrown } from './helpers.js';

const tables = tidyTables(kodairaFy2023, { fiscalYear: 2023 });
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const fileOf = (files: ReturnType<typeof exportTidyTables>, name: string) => {
  const file = files.find((f) => f.name === name);
  if (file === undefined) throw new Error(`no ${name}`);
  return file;
};

describe('exportTidyTables', () => {
  test('writes one CSV file per table, UTF-8 with a BOM, a header row and CRLF line ends', () => {
    const files = exportTidyTables(tables);
    expect(files.map((f) => [f.table, f.name])).toEqual([
      ['plans', 'plans.csv'],
      ['directions', 'directions.csv'],
      ['programs', 'programs.csv'],
      ['kpis', 'kpis.csv'],
      ['summary', 'summary.csv'],
    ]);
    const programs = fileOf(files, 'programs.csv').bytes;
    expect([...programs.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = text(programs);
    expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(body.split('\r\n')[0]).toBe(tables.programs.columns.map((c) => c.name).join(','));
    expect(body).toContain(
      '\r\nkodaira-management-policy-1,p12,12,文書の電子化・ペーパーレス化,implementation,d3,2023,令和5年度,B,予定よりも遅れている\r\n',
    );
  });

  test('leaves the BOM out on request', () => {
    const files = exportTidyTables(tables, { bom: false });
    expect(text(files[0]?.bytes).startsWith('planId,')).toBe(true);
    expect(files[0]?.bytes[0]).toBe(0x70);
  });

  test('writes Shift_JIS on request, which reads back to the same cells', () => {
    const utf8 = exportTidyTables(tables);
    const sjis = exportTidyTables(tables, { encoding: 'shift_jis' });
    for (const [i, file] of sjis.entries()) {
      expect(readCsv(decodeText(file.bytes, { encoding: 'shift_jis' }))).toEqual(
        readCsv(decodeText(utf8[i]?.bytes as Uint8Array)),
      );
    }
  });

  test('names every character Shift_JIS cannot hold by table, row and column, and returns nothing', () => {
    const plan: Plan = smallPlan({
      programs: [
        program('p1', 1, 'd1', { 2023: 'A' }),
        program('p2', 2, 'd1', { 2023: 'B' }, { name: 'R3〜R6の𠮷野家' }),
      ],
      summaries: [],
    });
    const error = thrown(() =>
      exportTidyTables(tidyTables(plan, { fiscalYear: 2023 }), { encoding: 'shift_jis' }),
    );
    expect(error.code).toBe('INVALID_ENCODING');
    expect(error.issues.map((i) => i.path)).toEqual(['programs[1].programName', 'programs[1].programName']);
    expect(error.issues[0]?.message).toBe(
      'programs line 3, column programName: "〜" (U+301C) at index 2 cannot be written in Shift_JIS (CP932): use ～ (U+FF5E)',
    );
    expect(error.issues[1]?.message).toMatch(/"𠮷" \(U\+20BB7\) at index 6 cannot be written/);
    expect(error.message).toMatch(
      /^programs line 3, column programName: .*; and 1 more; or write UTF-8 instead$/,
    );
  });

  test('writes JSON Lines with figures as JSON numbers spelled digit for digit, and nulls for missing ones', () => {
    const files = exportTidyTables(tables, { format: 'jsonl' });
    expect(files.map((f) => f.name)).toContain('kpis.jsonl');
    const lines = text(fileOf(files, 'kpis.jsonl').bytes).split('\n');
    expect(lines.pop()).toBe('');
    const rows = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows).toHaveLength(tables.kpis.rows.length);
    const p12 = rows.find((r) => r.kpiId === 'p12-e-approval');
    expect(p12).toMatchObject({ fiscalYear: 2023, actual: 73.9, achievementPercent: 82.11, previous: null });
    expect(lines.find((l) => l.includes('"p9-sales"'))).toContain('"actual":604701094,');
  });

  test('keeps every digit of a figure finer than a float in JSON Lines', () => {
    const figure = '0.12345678901234567890123';
    const plan: Plan = smallPlan({
      programs: [
        program(
          'p1',
          1,
          'd1',
          {},
          {
            kpis: [
              {
                id: 'k',
                name: '指標',
                unit: '%',
                target: { kind: 'monitor' },
                observations: [{ fiscalYear: 2023, value: figure }],
              },
            ],
          },
        ),
      ],
      summaries: [],
    });
    const files = exportTidyTables(tidyTables(plan, { fiscalYear: 2023 }), { format: 'jsonl' });
    expect(text(fileOf(files, 'kpis.jsonl').bytes)).toContain(`"actual":${figure},`);
  });

  test('neutralises a text cell that a spreadsheet would run as a formula', () => {
    const plan: Plan = smallPlan({ programs: [program('p1', 1, 'd1', {}, { name: '=HYPERLINK("x")' })] });
    const csv = text(fileOf(exportTidyTables(tidyTables(plan, { fiscalYear: 2023 })), 'programs.csv').bytes);
    expect(csv).toContain(',"\'=HYPERLINK(""x"")",');
  });

  test('refuses a cell that does not hold what its column says, naming it', () => {
    const broken = {
      ...tables,
      kpis: { ...tables.kpis, rows: [{ ...tables.kpis.rows[0], actual: '1,234' }] },
    } as unknown as TidyTables;
    const error = thrown(() => exportTidyTables(broken));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.issues[0]?.path).toBe('kpis[0].actual');
    expect(error.message).toBe('kpis[0].actual: "1,234" is not decimal text or null');
  });

  test('refuses bad options and what is not a set of tidy tables', () => {
    expect(thrown(() => exportTidyTables(tables, { format: 'xlsx' as 'csv' })).code).toBe('INVALID_OPTION');
    expect(thrown(() => exportTidyTables(tables, { format: 'jsonl', encoding: 'shift_jis' })).code).toBe(
      'INVALID_OPTION',
    );
    expect(thrown(() => exportTidyTables(tables, { encoding: 'shift_jis', bom: true })).code).toBe(
      'INVALID_OPTION',
    );
    expect(thrown(() => exportTidyTables({ plans: tables.plans } as unknown as TidyTables)).message).toMatch(
      /has no table directions, programs, kpis, summary/,
    );
  });

  test('docs/data-format.md lists every column of every table, in order, with its type', () => {
    const doc = readFileSync(new URL('../../docs/data-format.md', import.meta.url), 'utf8');
    const section = doc.slice(doc.indexOf('## Tidy exports'));
    for (const name of TIDY_TABLE_NAMES) {
      const start = section.indexOf(`### \`${name}\``);
      expect(start, name).toBeGreaterThan(0);
      const end = section.indexOf('\n### ', start + 1);
      const part = section.slice(start, end < 0 ? undefined : end);
      const listed = [...part.matchAll(/^\| `(\w+)` \| (\w+) \|/gm)].map((m) => `${m[1]}: ${m[2]}`);
      expect(listed, name).toEqual(tables[name].columns.map((c) => `${c.name}: ${c.type}`));
    }
  });
});
