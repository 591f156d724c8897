// The consumer test: pack munikpi (prepack builds it), install the tarball into a fresh project,
// check what the install costs, and use it from CommonJS, ESM, strict TypeScript (node16 and
// bundler resolution, no `types: []`, no `skipLibCheck`: whatever the install puts in
// node_modules/@types is checked too) and the munikpi bin.
import { execFileSync } from 'node:child_process';
import { cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  ];
  for (const [name, cmd, args] of steps) {
    const out = run(cmd, args).trim();
    console.log(`ok  ${name}${out ? `\n    ${out.split('\n').join('\n    ')}` : ''}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
