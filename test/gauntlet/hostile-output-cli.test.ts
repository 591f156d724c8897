/*
 * Issue 17, items 11–14, through the built bin: `munikpi report` of plans whose names are
 * hostile (text, Markdown, CSV) and of a KPI beyond the range of a double (HTML), each run a
 * child process under `timeout` and a 300 MB heap. hostile-output.test.ts and
 * test/report/chart-range.test.ts hold the same cases through renderReport and renderHtmlReport.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/index.js';
import { sh } from '../cli/spawn.js';
import { smallPlan } from '../fixtures/plans.js';
import { hasActiveCharacter } from '../hostile.js';

const dir = mkdtempSync(join(tmpdir(), 'munikpi-hostile-output-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One name of each kind of attack: escapes, OSC 8, C1, bare CR, bidi, HTML, formulas. */
const HOSTILE_TEXT = [
  '\u001b[2J\u001b[H偽の画面',
  '\u001b]8;;https://evil.example/\u0007公式サイト\u001b]8;;\u0007',
  '\u009b31m赤字',
  '本物のタイトル\r偽のタイトル',
  'abc\u202edcba\u2066x\u2069',
  'x\n\n<img src=x onerror=alert(1)>\n# 二つ目の見出し',
  '=HYPERLINK("http://evil.example","x")',
  '\u00a0=1+1',
  '\ufeff@SUM(A1)',
  '\u200b-2+3',
  '＝1+1',
];

/** The small plan with hostile text in every name, rotated so each text lands in each place. */
function hostilePlanFile(k: number): string {
  const names = [...HOSTILE_TEXT.slice(k), ...HOSTILE_TEXT.slice(0, k)];
  const pick = (i: number) => names[i % names.length] as string;
  const base = smallPlan();
  const plan: Plan = {
    ...base,
    municipality: pick(0),
    title: pick(1),
    directions: base.directions.map((d, i) => ({ ...d, name: pick(2 + i) })),
    programs: base.programs.map((p, i) => ({ ...p, name: pick(4 + i) })),
  };
  const file = join(dir, `hostile-${k}.json`);
  writeFileSync(file, JSON.stringify(plan));
  return file;
}

/** Three rotations (each bin run costs a process start): hostile-output.test.ts runs them all. */
const FILES = [0, 4, 8].map(hostilePlanFile);
const report = (file: string, format: string) =>
  sh(`munikpi report ${JSON.stringify(file)} --fy 2023 -f ${format}`);

describe('munikpi report of a hostile plan', () => {
  it('item 11: prints a text report with no control, bidi override or bare CR', () => {
    for (const file of FILES) {
      const run = report(file, 'text');
      expect(run.code, run.stderr).toBe(0);
      expect(hasActiveCharacter(run.stdout, { lines: true })).toBe(false);
    }
  });

  it('item 12: prints Markdown with one top heading, no raw HTML but <br>, one line per row', () => {
    for (const file of FILES) {
      const run = report(file, 'md');
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).not.toMatch(/<(?!br>)/);
      expect(run.stdout.split('\n').filter((l) => /^# /.test(l))).toHaveLength(1);
      for (const row of run.stdout.split('\n').filter((l) => l.startsWith('|'))) expect(row).toMatch(/\|$/);
    }
  });

  it('item 13: prints CSV in which no cell starts a formula, whatever comes before it', () => {
    for (const file of FILES) {
      const run = report(file, 'csv');
      expect(run.code, run.stderr).toBe(0);
      const cells = (parse(run.stdout, { relax_column_count: true, bom: true }) as string[][]).flat();
      for (const cell of cells) {
        const visible = cell.replace(/^[\s\u200b-\u200f\u2060\ufeff]+/, '');
        if (/^[=+\-@＝＋－＠]/.test(visible) && !/^-?[\d,]+(\.\d+)?%?$/.test(cell)) {
          expect(cell.startsWith("'"), JSON.stringify(cell)).toBe(true);
        }
      }
    }
  });
});

describe('munikpi report of figures beyond a double (item 14)', () => {
  it('draws the HTML charts with finite coordinates and keeps them on the page', () => {
    const kpi = (id: string, target: string, actual: string) => ({
      id,
      name: '巨大な値',
      unit: '%',
      baseline: { value: '1', fiscalYear: 2020 },
      target: { kind: 'level', value: target, by: 2024 },
      period: { start: 2021, end: 2024 },
      observations: [{ fiscalYear: 2023, value: actual }],
    });
    const file = join(dir, 'huge-figures.json');
    writeFileSync(
      file,
      JSON.stringify({
        id: 'huge',
        municipality: '架空市',
        title: '巨大値の計画',
        period: { start: 2021, end: 2024 },
        directions: [{ id: 'd1', number: 1, name: '方向性' }],
        programs: [
          {
            id: 'p1',
            number: 1,
            name: 'プログラム',
            kind: 'implementation',
            direction: 'd1',
            reports: { 2023: { rating: 'A' } },
            kpis: [kpi('k1', '1e309', '5'), kpi('k2', '2e308', '3')],
          },
        ],
      }),
    );
    const run = report(file, 'html');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toMatch(/NaN|Infinity/);
    expect(run.stdout.match(/<figure class="chart kpi( bullet)?">/g)).toHaveLength(2);
  });
});
