// The consumer test: pack munikpi (prepack builds it), install the tarball into a fresh project,
// check what the install costs, and use it from CommonJS, ESM, strict TypeScript (node16 and
// bundler resolution, no `types: []`, no `skipLibCheck`: whatever the install puts in
// node_modules/@types is checked too) and the munikpi bin: `npx munikpi import town.xlsx`,
// `report town.xlsx` and `validate town.csv` (with the plan flags, as the CSV has no 計画 sheet)
// work in that project with nothing else installed. The two tables hold two programs of
// Kodaira's report (令和5年度末) as its text gives them.
import { execFileSync } from 'node:child_process';
import { cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = join(root, 'test/consumer/fixtures');
const work = mkdtempSync(join(tmpdir(), 'munikpi-consumer-'));
/** At most this many packages (munikpi included) and bytes in node_modules after the install. */
const MAX_PACKAGES = 20;
const MAX_BYTES = 25_000_000;

/** The bytes of every file under a directory (symbolic links not followed). */
function bytesUnder(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? bytesUnder(path) : lstatSync(path).size;
  }
  return total;
}

const run = (cmd, args, opts = {}) =>
  execFileSync(cmd, args, { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...opts });

try {
  run('npm', ['pack', root, '--pack-destination', work, '--silent']);
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack wrote no tarball');
  cpSync(fixtures, work, { recursive: true });
  writeFileSync(
    join(work, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }),
  );
  run('npm', ['install', `./${tarball}`, '--no-audit', '--no-fund', '--prefer-offline', '--silent']);
  const files = run('tar', ['tzf', tarball]).split('\n');
  if (!files.includes('package/dist/esm/index.js'))
    throw new Error(`the tarball has no dist: ${files.join(', ')}`);
  if (files.some((f) => f.endsWith('.map'))) throw new Error('the tarball carries source maps');
  const lock = JSON.parse(readFileSync(join(work, 'node_modules/.package-lock.json'), 'utf8'));
  const packages = Object.keys(lock.packages).filter((key) => key.startsWith('node_modules/'));
  const bytes = bytesUnder(join(work, 'node_modules'));
  console.log(`ok  install: ${packages.length} packages, ${(bytes / 1e6).toFixed(1)} MB in node_modules`);
  if (packages.length > MAX_PACKAGES || bytes > MAX_BYTES) {
    throw new Error(
      `the install is over budget (${MAX_PACKAGES} packages, ${MAX_BYTES / 1e6} MB): ${packages.map((p) => p.slice(13)).join(', ')}`,
    );
  }

  await writeTownTables();
  const npx = (args) => ['npx', ['--no-install', 'munikpi', ...args, '--lang', 'en']];
  const PLAN_FLAGS = ['--id', 'kodaira', '--municipality', '小平市', '--title', '経営方針推進プログラム'];
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const steps = [
    ['CommonJS require', 'node', ['cjs.cjs']],
    ['ESM import', 'node', ['esm.mjs']],
    [
      'TypeScript --strict, moduleResolution node16, lib check on',
      'node',
      [tsc, '-p', 'tsconfig.node16.json'],
    ],
    [
      'TypeScript --strict, moduleResolution bundler, lib check on',
      'node',
      [tsc, '-p', 'tsconfig.bundler.json'],
    ],
    ['the munikpi bin', join(work, 'node_modules/.bin/munikpi'), ['fy', '2024-03-31']],
    ['npx munikpi import town.xlsx', ...npx(['import', 'town.xlsx', '-o', 'town.json'])],
    ['npx munikpi validate town.json', ...npx(['validate', 'town.json'])],
    ['npx munikpi report town.xlsx', ...npx(['report', 'town.xlsx', '--sections', 'summary'])],
    [
      'npx munikpi validate town.csv',
      ...npx(['validate', 'town.csv', ...PLAN_FLAGS, '--period', 'R3-R6', '--fy', 'R5']),
    ],
  ];
  for (const [name, cmd, args] of steps) {
    const out = run(cmd, args).trim();
    console.log(`ok  ${name}${out ? `\n    ${out.split('\n').join('\n    ')}` : ''}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** town.xlsx (with a 計画 sheet) and town.csv (without): two programs of Kodaira's report. */
async function writeTownTables() {
  const header = ['方向性', 'No.', '実施プログラム', '評価'];
  const rows = [
    ['1 地域資源によるサービスの実現', 1, '幅広い市民意見の収集', 'A'],
    [
      '1 地域資源によるサービスの実現',
      2,
      '公文書管理の適正化の推進及び歴史公文書の保存と利用環境の整備',
      'B',
    ],
  ];
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('計画').addRows([
    ['項目', '値'],
    ['計画ID', 'kodaira-management-policy-1'],
    ['自治体', '小平市'],
    ['計画名', '小平市第1期経営方針推進プログラム'],
    ['計画期間', '令和3年度～令和6年度'],
    ['報告年度', '令和5年度'],
  ]);
  workbook.addWorksheet('プログラム').addRows([header, ...rows]);
  writeFileSync(join(work, 'town.xlsx'), new Uint8Array(await workbook.xlsx.writeBuffer()));
  writeFileSync(
    join(work, 'town.csv'),
    `\ufeff${[header, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`,
  );
}
