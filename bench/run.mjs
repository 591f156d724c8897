#!/usr/bin/env node
/**
 * `npm run bench`: every benchmark of munikpi, then docs/benchmarks.md.
 *
 *   1. side by side with mitata, in this process: formatWareki, parseWareki, fiscalYearOf and
 *      evaluateKpi against their peers (bench/micro.mjs);
 *   2. one full pass of 1,000,000 KPI-years per variant, each in a fresh process
 *      (bench/kpi-pass.mjs);
 *   3. aggregation and audit of every municipality's plan at 1×, 4× and 16×, each size in a
 *      fresh process with --expose-gc (bench/national.mjs);
 *   4. the size budgets (scripts/size-budget.mjs).
 *
 * Options (for working on the benchmarks; a partial run does not rewrite the docs unless told):
 *   --only micro,kpi,national,size   run only these parts
 *   --scales 1,4                     national sizes (default 1,4,16)
 *   --rounds 3                       rounds of the mitata suite (default 3)
 *   --write-docs                     rewrite docs/benchmarks.md even after a partial run
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { currentMutationSection } from '../scripts/mutation-score.mjs';
import { measureSizes, renderSizeSection, renderSizeTable } from '../scripts/size-budget.mjs';
import { mainEntry, missingModules } from './lib/munikpi.mjs';
import { duration, renderReport, times } from './lib/report.mjs';

// Peers that read the host time zone (@smarthr/wareki, wareki, get-fiscal-year) read Japan
// time, as they would on a machine in Japan. Node applies a TZ set at run time.
process.env.TZ = 'Asia/Tokyo';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DOC = join(ROOT, 'docs/benchmarks.md');
const run = promisify(execFile);

const PARTS = ['micro', 'kpi', 'national', 'size'];
/** The section of docs/benchmarks.md that the bench does not measure, kept as it is (the last one). */
const INSTALL_HEADING = '## Install size and spreadsheet import';
const KPI_VARIANTS = ['status', 'figures', 'float-status', 'float-figures'];
/** Heap for the children: 16× holds some 7 GB of plans and caches. The same for every size. */
const CHILD_HEAP_MB = 14_336;
/** Growth counts as linear while the slowest size per program-year is within this of the fastest. */
const LINEAR_SPREAD = 1.5;

function parseArgs(argv) {
  const value = (flag) => {
    const at = argv.indexOf(flag);
    return at === -1 ? null : (argv[at + 1] ?? '');
  };
  const only = value('--only');
  const parts = only === null ? PARTS : only.split(',');
  for (const p of parts)
    if (!PARTS.includes(p)) throw new Error(`--only: unknown part "${p}" (${PARTS.join(', ')})`);
  const scales = (value('--scales') ?? '1,4,16').split(',').map(Number);
  for (const s of scales)
    if (!Number.isInteger(s) || s < 1) throw new Error(`--scales: "${s}" is not a size ≥ 1`);
  const rounds = Number(value('--rounds') ?? '3');
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds: give a whole number ≥ 1');
  const complete = only === null && value('--scales') === null && value('--rounds') === null;
  return { parts, scales, rounds, writeDocs: complete || argv.includes('--write-docs') };
}

/**
 * Waits until dist/ holds a complete build: the package's ESM entry and every module it reaches.
 * Others may be running `npm run build` in the same tree, which empties dist/ for a few seconds.
 */
async function waitForDist(timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const missing = missingModules(mainEntry());
    if (missing.length === 0) return;
    if (Date.now() > deadline) {
      throw new Error(`the build is incomplete (${missing[0]} is missing): run \`npm run build\``);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** The last lines of a child's stderr, for an error message. */
function stderrTail(error) {
  const text = error && typeof error === 'object' && 'stderr' in error ? String(error.stderr) : '';
  return text.trim().split('\n').slice(-6).join('\n    ');
}

/**
 * Runs a benchmark script in a fresh Node process and returns the JSON line it prints. Waits for
 * a complete dist/ first, in case someone is rebuilding it.
 */
async function child(script, args, nodeFlags = []) {
  await waitForDist();
  let stdout;
  try {
    ({ stdout } = await run(
      process.execPath,
      [...nodeFlags, join(ROOT, 'bench', script), ...args.map(String)],
      {
        cwd: ROOT,
        env: process.env,
        maxBuffer: 16 * 1024 * 1024,
      },
    ));
  } catch (error) {
    const how = error?.signal ? `killed by ${error.signal}` : `exit code ${error?.code}`;
    throw new Error(`${script} ${args.join(' ')} failed (${how}): ${stderrTail(error) || 'no output'}`);
  }
  const line = stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(line);
  } catch {
    throw new Error(`${script} ${args.join(' ')} printed no result: ${line.slice(0, 200)}`);
  }
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memory: os.totalmem(),
    node: process.version,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    load: os.loadavg(),
  };
}

async function kpiPasses() {
  const out = {};
  for (const variant of KPI_VARIANTS) {
    console.log(`  kpi-pass ${variant} …`);
    out[variant] = await child('kpi-pass.mjs', [variant], ['--expose-gc']);
    console.log(
      `    first pass ${duration(out[variant].firstPassMs)}, warm ${duration(out[variant].warmPassMs)}`,
    );
  }
  return out;
}

async function nationalRuns(scales) {
  const runs = [];
  for (const scale of scales) {
    console.log(`  national ${scale}× …`);
    try {
      const r = await child(
        'national.mjs',
        [scale],
        ['--expose-gc', `--max-old-space-size=${CHILD_HEAP_MB}`],
      );
      console.log(
        `    ${r.programYears.toLocaleString('en-US')} program-years: aggregate ${duration(r.aggregateMs)}, audit ${duration(r.auditMs)}, total ${duration(r.totalMs)}`,
      );
      runs.push(r);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`    failed: ${reason}`);
      runs.push({ scale, error: reason });
    }
  }
  const ok = runs.filter((r) => r.error === undefined);
  let growth = null;
  if (ok.length >= 2) {
    const perYear = ok.map((r) => r.nsPerProgramYear);
    const perYearExGc = ok.map((r) => ((r.totalMs - r.gcMs) * 1e6) / r.programYears);
    const spreadOf = (list) => Math.max(...list) / Math.min(...list);
    growth = {
      scales: ok.map((r) => r.scale),
      perYear,
      spread: spreadOf(perYear),
      perYearExGc,
      spreadExGc: spreadOf(perYearExGc),
      allowed: LINEAR_SPREAD,
      linear: spreadOf(perYear) <= LINEAR_SPREAD,
    };
  }
  return { runs, growth };
}

async function main() {
  const { parts, scales, rounds, writeDocs } = parseArgs(process.argv.slice(2));
  await waitForDist();
  const results = {
    machine: machine(),
    entry: relative(ROOT, mainEntry()),
    micro: null,
    kpi: null,
    national: null,
    sizes: null,
    sizeSection: '',
  };
  console.log(
    `munikpi benchmarks on ${results.machine.cpu} (${results.machine.cores} cores), Node ${results.machine.node}\n`,
  );

  // Sizes first: they take seconds, and measure the build just made before anyone rebuilds it.
  if (parts.includes('size')) {
    console.log('Size budgets');
    await waitForDist();
    results.sizes = await measureSizes();
    console.log(`${renderSizeTable(results.sizes)}\n`);
    results.sizeSection = renderSizeSection(results.sizes);
  }
  if (parts.includes('micro')) {
    await waitForDist();
    const { runMicro } = await import('./micro.mjs');
    results.micro = await runMicro({ rounds });
  }
  if (parts.includes('kpi')) {
    console.log('\n1,000,000 KPI-years, one process per variant');
    results.kpi = await kpiPasses();
  }
  if (parts.includes('national')) {
    console.log('\nNational scale, one process per size');
    results.national = await nationalRuns(scales);
  }

  console.log('\nSummary');
  for (const c of results.micro ?? []) {
    for (const p of c.peers) console.log(`  ${c.subject.name}: ${times(p.ratio)} ${p.name}`);
    if (c.goal !== null) console.log(`    goal ≥ ${c.goal.want}×: ${c.goal.pass ? 'pass' : 'short'}`);
  }
  if (writeDocs) {
    // The mutation score is written by `npm run mutate`, which takes far longer: it is kept.
    const doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '';
    results.mutationSection = currentMutationSection(doc);
    // So is the install section, measured by hand from `npm pack` into an empty project.
    const install = doc.indexOf(INSTALL_HEADING);
    const installSection = install === -1 ? '' : `\n${doc.slice(install)}`;
    writeFileSync(DOC, `${renderReport(results).replace(/\n+$/, '\n')}${installSection}`);
    console.log(`\nwrote ${DOC}`);
  } else {
    console.log('\npartial run: docs/benchmarks.md left as it was');
  }
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
