// The consumer test: pack munikpi, install the tarball into a fresh project, and use it from
// CommonJS, ESM, TypeScript (node16 and bundler resolution) and the munikpi bin.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = join(root, 'test/consumer/fixtures');
const work = mkdtempSync(join(tmpdir(), 'munikpi-consumer-'));
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

  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const steps = [
    ['CommonJS require', 'node', ['cjs.cjs']],
    ['ESM import', 'node', ['esm.mjs']],
    ['TypeScript, moduleResolution node16', 'node', [tsc, '-p', 'tsconfig.node16.json']],
    ['TypeScript, moduleResolution bundler', 'node', [tsc, '-p', 'tsconfig.bundler.json']],
    ['the munikpi bin', join(work, 'node_modules/.bin/munikpi'), ['fy', '2024-03-31']],
  ];
  for (const [name, cmd, args] of steps) {
    const out = run(cmd, args).trim();
    console.log(`ok  ${name}${out ? `\n    ${out.split('\n').join('\n    ')}` : ''}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
