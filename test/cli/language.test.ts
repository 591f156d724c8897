import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadXlsx } from '../io/helpers.js';
import { cli } from './helpers.js';
import { xlsx } from './xlsx.js';

// Issue 18: the CLI speaks the office's language. Every problem of a spreadsheet on its own
// line, at the cell that holds the bad value, in Japanese with --lang ja, all in one pass.

const dir = mkdtempSync(join(tmpdir(), 'munikpi-lang-'));

const HEADER = ['No.', '実施プログラム', '区分', '評価', '指標名', '単位', '方向', '基準値', '目標種別'];
const PLAN_SHEET = [
  ['項目', '値'],
  ['ID', 'town'],
  ['自治体', '小平市'],
  ['計画名', '経営方針推進プログラム'],
  ['計画期間', 'R3～R6'],
  ['報告年度', 'R5'],
];

/** A town's table with five different problems, one in each of five cells. */
function fiveProblems(): string {
  const path = join(dir, 'town.xlsx');
  const book = xlsx({
    プログラム: [
      [...HEADER, '目標値', '目標年度', '実績'],
      ['方向性1 地域資源によるサービスの実現'],
      // D3: a rating not on the scale. J3: the target moves the wrong way (higher is better).
      ['1', '文書の電子化', '実施', 'C', '電子決裁率', '%', '高い方が良い', '80', '水準', '60', 'R6', '70'],
      // C4: a kind that is neither 実施 nor 検討. L4: an actual that is not a figure.
      ['2', '窓口のDX', 'その他', 'A', '待ち時間', '分', '低い方が良い', '30', '水準', '20', 'R6', '約20'],
      // L5: a milestone's 実績 that is neither 達成 / 未達成 nor a day.
      ['3', '公共施設の再編', '実施', 'B', 'システム稼働', '', '', '', '期限', '', 'R6', '済み'],
    ],
    計画: PLAN_SHEET,
  });
  writeFileSync(path, book);
  return path;
}

/** The cell and code of each line of `validate`. */
function cellsAndCodes(stdout: string): string[] {
  return stdout
    .trimEnd()
    .split('\n')
    .map((line) => `${line.split(': ')[0]} ${line.match(/\[([A-Z_]+)\]$/)?.[1]}`);
}

describe('munikpi validate --lang ja on a spreadsheet', () => {
  it('lists all five problems of a town.xlsx in one run, each at its cell, in Japanese', async () => {
    const result = await cli('validate', fiveProblems(), '--lang', 'ja');
    expect(result.code).toBe(2);
    expect(cellsAndCodes(result.stdout)).toEqual([
      'プログラム!D3 UNKNOWN_RATING',
      'プログラム!J3 INVALID_KPI',
      'プログラム!C4 INVALID_ARGUMENT',
      'プログラム!L4 INVALID_NUMBER',
      'プログラム!L5 INVALID_KPI',
    ]);
    const lines = result.stdout.trimEnd().split('\n');
    for (const line of lines) {
      const message = line.slice(line.indexOf(': ') + 2, line.lastIndexOf(' ['));
      expect(message).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      expect(message).not.toMatch(/\b(is not|expected|needs|the target)\b/);
    }
    expect(lines[1]).toContain('目標値が基準値から逆の向きに動いています');
    expect(lines[2]).toContain('「実施」または「検討」');
    expect(lines[4]).toContain('「達成」「未達成」');
    expect(result.stderr).toMatch(/^munikpi: INVALID_PLAN: .*town\.xlsx に5件の問題があります/);
  });

  it('points a wrong-way target at the 目標値 cell, not the 指標名 cell, in English too', async () => {
    const result = await cli('validate', fiveProblems(), '--lang', 'en');
    const line = result.stdout.split('\n').find((l) => l.includes('wrong way'));
    expect(line).toMatch(/^プログラム!J3: 目標値: KPI "p1-k1": the target moves the wrong way/);
  });
});

describe('munikpi validate town.csv with the plan flags import takes', () => {
  const csv = join(dir, 'town.csv');
  writeFileSync(
    csv,
    'No.,実施プログラム,評価\r\n方向性1 地域資源によるサービスの実現,,\r\n12,文書の電子化・ペーパーレス化,B\r\n',
  );
  const flags = ['--id', 'town', '--municipality', '小平市', '--title', 'プログラム', '--period', 'R3～R6'];

  it('passes with the flags, and says so in Japanese', async () => {
    const result = await cli('validate', csv, ...flags, '--fy', 'R5');
    expect(result).toMatchObject({ code: 0, stdout: '問題なし: town（1プログラム）\n' });
  });

  it('names the CLI flag for each plan field the file lacks, not the API option', async () => {
    const ja = await cli('validate', csv, '--fy', 'R5');
    expect(ja.code).toBe(2);
    const lines = ja.stdout.trimEnd().split('\n');
    for (const flag of ['--id', '--municipality', '--title', '--period'])
      expect(lines.filter((line) => line.includes(`${flag} で指定してください`))).toHaveLength(1);
    expect(ja.stdout).not.toContain('plan.');
    const en = await cli('validate', csv, '--fy', 'R5', '--lang', 'en');
    expect(en.stdout).toContain('the plan needs its id: pass --id [MISSING_VALUE]');
    expect(en.stdout).not.toContain('plan.id');
  });

  it('names the flag in import too, one problem a line on stderr', async () => {
    const result = await cli('import', csv, '--fy', 'R5', '--id', 'town');
    expect(result.code).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^munikpi: IMPORT_FAILED: /);
    expect(lines.slice(1)).toEqual([
      '  (options): 計画の自治体がありません。--municipality で指定してください [MISSING_VALUE]',
      '  (options): 計画の計画名がありません。--title で指定してください [MISSING_VALUE]',
      '  (options): 計画の計画期間がありません。--period で指定してください [MISSING_VALUE]',
    ]);
  });

  it('lists them whether --lang comes before the command or after it', async () => {
    const before = await cli('--lang', 'en', 'import', csv, '--fy', 'R5', '--id', 'town');
    const after = await cli('import', csv, '--fy', 'R5', '--id', 'town', '--lang', 'en');
    expect(before.stderr.trimEnd().split('\n')).toHaveLength(4);
    expect(before.stderr).toBe(after.stderr);
  });
});

describe('munikpi template: a Japanese template', () => {
  const file = join(dir, 'template.xlsx');

  async function template() {
    const result = await cli('template', '-o', file, '--period', 'R3～R6', '--fy', 'R5');
    expect(result.code).toBe(0);
    return loadXlsx(readFileSync(file));
  }

  it('writes its notes in Japanese, without Markdown or "the list above"', async () => {
    const workbook = await template();
    for (const name of ['計画', '説明']) {
      const notes = (workbook.getWorksheet(name)?.getSheetValues() ?? [])
        .slice(2)
        .map((row) => String((row as unknown[])[name === '計画' ? 3 : 2] ?? ''))
        .filter((note) => note !== '');
      expect(notes.length).toBeGreaterThan(10);
      for (const note of notes) {
        expect(note).toMatch(/[ぁ-んァ-ヶ一-龠]/);
        expect(note).not.toMatch(/`|list above|\bThe\b/);
      }
    }
  });

  it('gives each 方向性 row its own example', async () => {
    const rows = (await template()).getWorksheet('計画')?.getSheetValues() ?? [];
    const notes = rows
      .filter((row) => /^方向性\d$/.test(String((row as unknown[])[1])))
      .map((row) => String((row as unknown[])[3]));
    expect(notes).toHaveLength(4);
    expect(new Set(notes).size).toBe(4);
  });

  it('offers the Japanese words the importer accepts in its drop-downs, and names 達成 / 未達成', async () => {
    const workbook = await template();
    const sheet = workbook.getWorksheet('プログラム');
    if (sheet === undefined) throw new Error('no プログラム sheet');
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const listOf = (name: string) => {
      const cell = sheet.getRow(2).getCell(header.indexOf(name) + 1);
      return String(cell.dataValidation?.formulae?.[0] ?? '');
    };
    expect(listOf('目標種別')).toBe('"水準,増減,率,毎年度,件数,前年度以上,期限,モニタリング,累計,維持"');
    expect(listOf('方向')).toBe('"高い方が良い,低い方が良い"');
    expect(listOf('区分')).toBe('"実施,検討"');
    const guide = workbook.getWorksheet('説明')?.getSheetValues() ?? [];
    const actual = guide.find((row) => (row as unknown[] | undefined)?.[1] === '実績') as unknown[];
    expect(String(actual?.[2])).toContain('「達成」か「未達成」');
  });
});

describe('munikpi evaluate --kind takes the words of the template', () => {
  it('evaluates 毎年度 as annual, with yen figures in Japanese', async () => {
    const result = await cli(
      'evaluate',
      ...['--fy', 'R5', '--kind', '毎年度', '--unit', '円', '--target', '20000000', '--actual', '18500000'],
    );
    expect(result.stdout).toContain('KPI 令和5年度: 遅れ\n実績: 18,500,000円\n');
  });

  it("takes the importer's 達成 / 未達成 for a milestone's --done, as the month or no", async () => {
    const milestone = ['evaluate', '--fy', 'R5', '--kind', '期限', '--name', '窓口DX', '--target', '2024-03'];
    for (const [done, status] of [
      ['達成', '達成'],
      ['2024-01', '達成'],
      ['未達成', '遅れ'],
      ['no', '遅れ'],
    ]) {
      const result = await cli(...milestone, '--done', done as string);
      expect([done, result.code, result.stdout.split('\n')[0]]).toEqual([
        done,
        0,
        `窓口DX 令和5年度: ${status}`,
      ]);
    }
  });
});

describe("munikpi import: an error of the io layer in the reader's language", () => {
  // limits.rows is 2,000 by default: a header and 10,000 rows are far too many.
  const big = join(dir, 'big.csv');
  writeFileSync(big, `${['No.', '実施プログラム', '評価'].join(',')}\n${'1,窓口,A\n'.repeat(10_000)}`);

  it('words INPUT_TOO_LARGE in Japanese by default', async () => {
    const result = await cli('import', big);
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toBe(
      'munikpi: INPUT_TOO_LARGE: big.csv の行数が上限を超えています: 上限は 2,000 行です' +
        '（オプション limits.rows、または munikpi の --limits rows=N で引き上げられます）\n',
    );
  });

  it('words a file that is no table at all (an old .xls) in Japanese on its first line', async () => {
    const xls = join(dir, 'old.xls');
    writeFileSync(xls, Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const result = await cli(
      'report',
      xls,
      '--id',
      'p',
      '--municipality',
      'm',
      '--title',
      't',
      '--period',
      'R3-R6',
    );
    expect([result.code, result.stderr]).toEqual([
      2,
      'munikpi: IMPORT_FAILED: 古い .xls 形式は読み込めません。ブックを .xlsx（または CSV）で保存し直してください\n',
    ]);
  });

  it('and in English with --lang en', async () => {
    const result = await cli('import', big, '--lang', 'en');
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toBe(
      'munikpi: INPUT_TOO_LARGE: big.csv has more rows: the limit is 2,000 rows ' +
        '(raise it with the option limits.rows, or munikpi --limits rows=N)\n',
    );
  });
});
