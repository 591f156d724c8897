/*
 * The hostile files of issue 17 (items 1, 2, 3, 7, 15 and 16) through the built bin, as a user
 * meets them: `munikpi import` and `munikpi validate` in a child process held to 4 CPU seconds
 * (`ulimit -t`) and a 300 MB heap. test/io/hostile.test.ts runs the same files through importPlan.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8 } from 'fflate';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { kodairaFy2023 } from '../../src/data/kodaira-fy2023.js';
import { programRows, rawXlsx, text, worksheet } from './raw-xlsx.js';

const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'munikpi-hostile-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PLAN_FLAGS = [
  '--id',
  'p',
  '--municipality',
  '小平市',
  '--title',
  't',
  '--period',
  'R3-R6',
  '--fy',
  'R5',
];

interface Run {
  readonly code: number | null;
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the bin with these arguments, limited to 4 CPU seconds and a 300 MB heap. */
function munikpi(args: readonly string[]): Run {
  const run = spawnSync(
    'sh',
    ['-c', 'ulimit -t 4 && exec node --max-old-space-size=300 "$@"', 'sh', bin, ...args],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  return { code: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

/** Writes the bytes to a file and imports it with the bin; the plan goes to out.json. */
function importFile(name: string, bytes: Uint8Array): Run & { readonly out: string } {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const out = join(dir, `${name}.json`);
  return { ...munikpi(['import', file, ...PLAN_FLAGS, '-o', out]), out };
}

/** One typed error line on stderr, with this code; nothing on stdout, nothing written. */
function expectRefused(run: Run & { readonly out: string }, code: string): void {
  expect(run.signal, run.stderr).toBeNull();
  expect(run.code, run.stderr).toBe(2);
  expect(run.stderr).toMatch(new RegExp(`^munikpi: ${code}: `));
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(existsSync(run.out)).toBe(false);
}

describe.runIf(existsSync(bin))('munikpi import of hostile files (4 CPU s, 300 MB heap)', () => {
  const program = programRows([['1', '窓口改革', 'A']]);

  it('item 1: refuses a value at XFD1048576 from the declared range', () => {
    const sheet = worksheet(
      `<dimension ref="A1:XFD1048576"/><sheetData>${program}<row r="1048576">${text('XFD1048576', 'x')}</row></sheetData>`,
    );
    const run = importFile('corner.xlsx', rawXlsx({ sheet }));
    expectRefused(run, 'INPUT_TOO_LARGE');
  });

  it('item 2: refuses a zip bomb from its declared size', () => {
    const rows = '<row r="9"/>'.repeat(8_000_000);
    const run = importFile('bomb.xlsx', rawXlsx({ sheet: worksheet(`<sheetData>${rows}</sheetData>`) }));
    expectRefused(run, 'INPUT_TOO_LARGE');
    expect(run.stderr).toContain('limits.inflatedBytes');
  });

  it('item 3: refuses a CSV of 1,000,000 rows at the row limit', () => {
    const run = importFile(
      'rows.csv',
      strToU8(`No.,実施プログラム,評価\r\n${'1,x,A\r\n'.repeat(1_000_000)}`),
    );
    expectRefused(run, 'INPUT_TOO_LARGE');
    expect(run.stderr).toContain('limits.rows');
  });

  it('item 6: imports a table at the row limit into a plan that validate reads back; a row more is refused', () => {
    const header =
      '方向性,No.,実施プログラム,評価,指標名,単位,方向,基準値,基準日,目標種別,目標値,目標年度,実績\r\n';
    const row = (i: number): string =>
      `1 地域資源によるサービスの実現,${i},窓口のオンライン化と事務の見直し${i},A,電子申請の利用率,%,高い方が良い,10,2021-03-31,水準,90,2024,50\r\n`;
    const rows = (n: number): string => Array.from({ length: n }, (_, i) => row(i + 1)).join('');
    const largest = importFile('largest.csv', strToU8(header + rows(9_999)));
    expect([largest.code, largest.signal, largest.stderr]).toEqual([0, null, '']);
    const back = munikpi(['validate', '--lang', 'en', largest.out]);
    expect([back.code, back.signal, back.stdout.trim()]).toEqual([0, null, 'ok: p (9999 programs)']);
    const over = importFile('over.csv', strToU8(header + rows(10_000)));
    expectRefused(over, 'INPUT_TOO_LARGE');
    expect(over.stderr).toContain('limits.rows');
  });

  it('item 7: reports #DIV/0! in the name column at its cell, as an import issue', () => {
    const sheet = worksheet(
      `<sheetData>${programRows([])}<row r="4">${text('A4', '1')}<c r="B4" t="e"><f>1/0</f><v>#DIV/0!</v></c>${text('C4', 'A')}</row></sheetData>`,
    );
    const run = importFile('errors.xlsx', rawXlsx({ sheet }));
    expectRefused(run, 'IMPORT_FAILED');
    expect(run.stderr).toContain('B4');
  });

  it('item 16: refuses a Shift_JIS CSV holding a UTF-8 name, and reads the clean one', () => {
    const head = iconv.encode('No.,実施プログラム,評価\r\n方向性1 窓口,,\r\n1,', 'cp932');
    const tail = iconv.encode(',Ａ\r\n', 'cp932');
    const mixed = importFile('mixed.csv', Uint8Array.from([...head, ...strToU8('窓口改革'), ...tail]));
    expectRefused(mixed, 'INVALID_ENCODING');
    const clean = importFile(
      'clean.csv',
      Uint8Array.from([...head, ...iconv.encode('窓口改革', 'cp932'), ...tail]),
    );
    expect([clean.code, clean.stderr]).toEqual([0, '']);
  });
});

describe.runIf(existsSync(bin))('munikpi validate of numbers a double cannot hold (item 15)', () => {
  it('refuses 12345678901234567890 and 1e-400 as JSON numbers, naming the path', () => {
    const plan = JSON.stringify(kodairaFy2023);
    const file = join(dir, 'numbers.json');
    writeFileSync(file, plan.replace('"number":1,', '"number":12345678901234567890,'));
    const run = munikpi(['validate', file]);
    expect([run.code, run.signal]).toEqual([2, null]);
    expect(run.stderr).toMatch(/^munikpi: INVALID_NUMBER: directions\[0\]\.number: .*write it as a string/);
    writeFileSync(file, plan.replace('"number":1,', '"number":1e-400,'));
    expect(munikpi(['validate', file]).stderr).toMatch(/^munikpi: INVALID_NUMBER: .*too small/);
  });
});
