import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFileFormat } from '../../src/cli/plan-input.js';
import { kodairaFy2023 } from '../../src/data/kodaira-fy2023.js';
import { cli, cliWithStdin } from './helpers.js';
import { xlsx } from './xlsx.js';

// Issue 18: validate, report and audit read a plan JSON, an .xlsx or a CSV alike, the format
// from the content, with the plan flags import takes where a table has no 計画 sheet.

const dir = mkdtempSync(join(tmpdir(), 'munikpi-formats-'));
const HEADER = ['方向性', 'No.', '実施プログラム', '評価'];
const ROWS = [
  ['3 運営・業務執行体制の効率化', '12', '文書の電子化・ペーパーレス化', 'B'],
  ['3 運営・業務執行体制の効率化', '11', '庁内会議の合理化', 'A'],
];
const PLAN_SHEET = [
  ['ID', 'town'],
  ['自治体', '小平市'],
  ['計画名', 'デモ'],
  ['計画期間', '令和3年度～令和6年度'],
  ['報告年度', '令和5年度'],
];
const csv = [HEADER, ...ROWS].map((row) => row.join(',')).join('\r\n');
const FLAGS = [
  '--id',
  'town',
  '--municipality',
  '小平市',
  '--title',
  'デモ',
  '--period',
  'R3-R6',
  '--fy',
  'R5',
];

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const workbook = file('town.xlsx', xlsx({ 計画: PLAN_SHEET, プログラム: [HEADER, ...ROWS] }));
const bareWorkbook = file('bare.xlsx', xlsx({ プログラム: [HEADER, ...ROWS] }));
const table = file('town.csv', csv);

describe('every command reads every format', () => {
  it('decides the format from the content, not the name', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(planFileFormat(bytes('PK\u0003\u0004rest'), 'plan.json')).toBe('spreadsheet');
    expect(planFileFormat(bytes('\uFEFF \r\n{"id":1}'), 'plan.csv')).toBe('json');
    expect(planFileFormat(bytes('No.,実施プログラム'), 'plan.txt')).toBe('spreadsheet');
    expect(planFileFormat(bytes('null'), 'plan.json')).toBe('json');
    expect(planFileFormat(bytes(''), '-')).toBe('json');
  });

  it('validates an .xlsx with a 計画 sheet, and a CSV with the plan flags', async () => {
    expect(await cli('validate', '--lang', 'en', workbook)).toMatchObject({
      code: 0,
      stdout: 'ok: town (2 programs)\n',
    });
    expect(await cli('validate', '--lang', 'en', table, ...FLAGS)).toMatchObject({
      code: 0,
      stdout: 'ok: town (2 programs)\n',
    });
    expect(await cli('validate', '--lang', 'en', bareWorkbook, ...FLAGS)).toMatchObject({
      code: 0,
      stdout: 'ok: town (2 programs)\n',
    });
    const piped = await cliWithStdin(csv, 'validate', '--lang', 'en', '-', ...FLAGS);
    expect(piped).toMatchObject({ code: 0, stdout: 'ok: town (2 programs)\n' });
  });

  it('lists every problem of a spreadsheet on its own line, with its cell', async () => {
    const bad = file('bad.csv', 'No.,実施プログラム,評価\r\nx,名前,Z\r\n2,,A\r\n');
    const result = await cli('validate', '--lang', 'en', bad, ...FLAGS);
    expect(result.code).toBe(2);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line).toMatch(/^bad\.csv!\w+\d+: .+ \[[A-Z_]+\]$/);
    expect(result.stderr).toMatch(/^munikpi: INVALID_PLAN: .* has \d+ problem\(s\), listed on stdout\n$/);
  });

  it('reports and audits an .xlsx and a CSV: program 12 is B', async () => {
    for (const args of [[workbook], [table, ...FLAGS]]) {
      const report = await cli('report', ...args, '--sections', 'programs');
      expect([args[0], report.code, report.stderr]).toEqual([args[0], 0, '']);
      expect(report.stdout).toMatch(/12 {2}文書の電子化・ペーパーレス化.*B 予定よりも遅れている/);
      const json = JSON.parse((await cli('report', ...args, '-f', 'json')).stdout);
      expect(json.detailed.total.counts).toEqual({ S: 0, A: 1, B: 1 });
      expect((await cli('audit', ...args, '-f', 'json')).code).toBe(0);
    }
  });

  it('refuses the spreadsheet flags for a plan JSON, which holds its own fields', async () => {
    const plan = file('plan.csv', JSON.stringify(kodairaFy2023));
    expect((await cli('validate', '--lang', 'en', plan)).stdout).toBe(
      'ok: kodaira-management-policy-1 (16 programs)\n',
    );
    const refused = await cli('report', plan, '--id', 'x', '--lang', 'en');
    expect([refused.code, refused.stdout]).toEqual([2, '']);
    expect(refused.stderr).toMatch(/^munikpi: USAGE: --id applies to a spreadsheet \(\.xlsx or \.csv\); /);
  });

  it('says what a CSV lacks when the plan flags are missing', async () => {
    const result = await cli('report', table, '--lang', 'en');
    expect(result.code).toBe(2);
    // The first line counts the problems; each follows on its own line, naming the flag that gives it.
    const [first, ...lines] = result.stderr.trimEnd().split('\n');
    expect(first).toMatch(/^munikpi: IMPORT_FAILED: the import failed: \d+ problems$/);
    expect(lines.join('\n')).toContain('--municipality');
    expect(lines.every((line) => /^ {2}\S.* \[[A-Z_]+\]$/.test(line))).toBe(true);
  });
});
