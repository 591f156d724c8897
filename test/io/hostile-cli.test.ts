/*
 * The hostile files of issue 17 (items 1, 2, 3, 6, 7, 15 and 16) through the built bin, as a user
 * meets them: `munikpi import` and `munikpi validate` in a child process held to 2 CPU seconds
 * (`ulimit -t`) and a 300 MB heap, its peak resident memory under 300 MB (test/limited.ts).
 * test/io/hostile.test.ts runs the same files through importPlan.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8 } from 'fflate';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { kodairaFy2023 } from '../../src/data/kodaira-fy2023.js';
import { DEFAULT_LIMITS } from '../../src/io/limits.js';
import { BUDGET, type Limited, limited } from '../limited.js';
import { csvOfRows, largestCsv, largestXlsx, MOST_PROGRAMS, mostCellsCsv } from './largest.js';
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

type Run = Limited;

/** Runs the bin with these arguments, within the budget (test/limited.ts). */
function munikpi(args: readonly string[]): Run {
  return limited([bin, ...args]);
}

/** The child ended by itself (not killed for its CPU time) with its peak memory under the budget. */
function expectWithinBudget(run: Run): void {
  expect(run.signal, run.stderr).toBeNull();
  expect(run.rssMB).toBeLessThan(BUDGET.heapMB);
}

/** Reads a plan file with parsePlan from the built package, within the budget: its program count. */
function parsePlanLimited(file: string): Run {
  const schema = fileURLToPath(new URL('../../dist/esm/schema/index.js', import.meta.url));
  const script = `import { readFileSync } from 'node:fs';
    import { parsePlan } from ${JSON.stringify(schema)};
    console.log(parsePlan(readFileSync(process.argv[1], 'utf8')).programs.length);`;
  return limited(['--input-type=module', '-e', script, file]);
}

/** Writes the bytes to a file and imports it with the bin; the plan goes to out.json. */
function importFile(
  name: string,
  bytes: Uint8Array,
  flags: readonly string[] = PLAN_FLAGS,
): Run & { readonly out: string } {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const out = join(dir, `${name}.json`);
  return { ...munikpi(['import', file, ...flags, '-o', out]), out };
}

/**
 * Imports the file within the budget, then reads its plan back with `munikpi validate` and with
 * parsePlan, each within the budget too: every program there.
 */
function expectImportedAndReadBack(
  name: string,
  bytes: Uint8Array,
  flags: readonly string[] = PLAN_FLAGS,
): void {
  const imported = importFile(name, bytes, flags);
  expectWithinBudget(imported);
  expect([imported.code, imported.stderr]).toEqual([0, '']);
  const back = munikpi(['validate', '--lang', 'en', imported.out]);
  expectWithinBudget(back);
  expect([back.code, back.stdout.trim()]).toEqual([0, `ok: p (${MOST_PROGRAMS} programs)`]);
  const parsed = parsePlanLimited(imported.out);
  expectWithinBudget(parsed);
  expect([parsed.code, parsed.stdout.trim()]).toEqual([0, String(MOST_PROGRAMS)]);
}

/** One typed error line on stderr, with this code; nothing on stdout, nothing written. */
function expectRefused(run: Run & { readonly out: string }, code: string): void {
  expectWithinBudget(run);
  expect(run.code, run.stderr).toBe(2);
  expect(run.stderr).toMatch(new RegExp(`^munikpi: ${code}: `));
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(existsSync(run.out)).toBe(false);
}

describe.runIf(existsSync(bin))('munikpi import of hostile files (2 CPU s, 300 MB)', () => {
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
    expect(run.stderr).toContain('limits.textBytes');
  });

  it('item 3: refuses a CSV of 1,000,000 rows by its bytes, and one of as many program rows as the row limit at it', () => {
    const run = importFile(
      'rows.csv',
      strToU8(`No.,実施プログラム,評価\r\n${'1,x,A\r\n'.repeat(1_000_000)}`),
    );
    expectRefused(run, 'INPUT_TOO_LARGE');
    expect(run.stderr).toContain('limits.textBytes');
    const over = importFile('over.csv', csvOfRows(DEFAULT_LIMITS.rows));
    expectRefused(over, 'INPUT_TOO_LARGE');
    expect(over.stderr).toContain('--limits rows=N');
  });

  it('item 6: the largest CSV the limits let in imports, and validate and parsePlan read its plan back', () => {
    const csv = largestCsv();
    expect(csv.length).toBeLessThanOrEqual(DEFAULT_LIMITS.textBytes);
    expect(csv.length).toBeGreaterThan(DEFAULT_LIMITS.textBytes - 13_000);
    expectImportedAndReadBack('largest.csv', csv);
    // A byte more than the text budget is refused before it is parsed, naming the flag that raises it.
    const over = importFile('bytes.csv', new Uint8Array(DEFAULT_LIMITS.textBytes + 1).fill(0x2c));
    expectRefused(over, 'INPUT_TOO_LARGE');
    expect(over.stderr).toContain('--limits textBytes=N');
  });

  it('item 6: the largest workbook the limits let in imports, and validate and parsePlan read its plan back', () => {
    const { bytes, xmlBytes } = largestXlsx();
    expect(xmlBytes).toBeGreaterThan(DEFAULT_LIMITS.textBytes - 17_000);
    expectImportedAndReadBack('largest.xlsx', bytes);
  });

  it('item 6: a CSV of the most cells, every one read (a KPI with 15 years of actuals on each row), imports and reads back; a cell more is refused; --limits raises the limit', () => {
    const { bytes, period } = mostCellsCsv();
    const flags = [...PLAN_FLAGS.slice(0, -4), '--period', period, '--fy', 'R5'];
    expectImportedAndReadBack('cells.csv', bytes, flags);
    const over = importFile('cells-over.csv', mostCellsCsv(1).bytes, flags);
    expectRefused(over, 'INPUT_TOO_LARGE');
    expect(over.stderr).toContain('--limits cells=N');
    const raised = munikpi([
      'import',
      join(dir, 'cells-over.csv'),
      ...flags,
      '--limits',
      `cells=${DEFAULT_LIMITS.cells + 1},rows=${DEFAULT_LIMITS.rows}`,
      '-o',
      join(dir, 'raised.json'),
    ]);
    expect(raised.code, raised.stderr).toBe(0);
    // A plan JSON has its own limits: --limits is for a spreadsheet.
    const json = munikpi(['validate', '--lang', 'en', join(dir, 'raised.json'), '--limits', 'rows=5']);
    expect([json.code, json.stderr]).toEqual([
      2,
      `munikpi: USAGE: --limits applies to a spreadsheet (.xlsx or .csv); ${join(dir, 'raised.json')} is a plan JSON, which holds its own fields\n`,
    ]);
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
