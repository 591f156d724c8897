/**
 * One full pass of 1,000,000 KPI-years, timed by the wall clock, in a process of its own (run by
 * bench/run.mjs as `node --expose-gc bench/kpi-pass.mjs <variant>`).
 *
 * 250,000 random KPIs (level, change, rate, annual, count, no-worse, milestone) with an
 * observation per fiscal year are made with `defineKpi` (so each is compiled once), then each is
 * evaluated for the fiscal years 2021..2024. Variants:
 *
 *   status          evaluateKpi(kpi, { fiscalYear }).status
 *   figures         … and .progress and .achievement (exact Decimals, materialised on read)
 *   float-status    the same rule in plain doubles (bench/lib/kpis.mjs), status only
 *   float-figures   … with progress and achievement
 *
 * The first pass is the one that counts (every line cache cold, as when a report is made once);
 * two more passes show the warm speed. Prints one JSON line on stdout.
 */
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { compileFloat, evaluateFloat, FISCAL_YEARS, makeKpi } from './lib/kpis.mjs';
import { loadMunikpi } from './lib/munikpi.mjs';
import { mulberry32 } from './lib/prng.mjs';

const { defineKpi, evaluateKpi } = await loadMunikpi();

const KPI_YEARS = 1_000_000;
const KPIS = KPI_YEARS / FISCAL_YEARS.length;
const PASSES = 3;

const variant = process.argv[2];
const VARIANTS = ['status', 'figures', 'float-status', 'float-figures'];
if (!VARIANTS.includes(variant)) {
  console.error(`kpi-pass.mjs: variant must be one of ${VARIANTS.join(', ')}, not ${variant}`);
  process.exit(2);
}
const gc = globalThis.gc;
if (typeof gc !== 'function') {
  console.error('kpi-pass.mjs needs --expose-gc (run it through `npm run bench`)');
  process.exit(2);
}

const rand = mulberry32(0x5eed_0106);
const raw = Array.from({ length: KPIS }, (_, i) => makeKpi(rand, `k${i}`));
gc();
const heap0 = process.memoryUsage().heapUsed;

const float = variant.startsWith('float');
const figures = variant.endsWith('figures');
const t = performance.now();
const kpis = float ? raw.map(compileFloat) : raw.map((k) => defineKpi(k));
const compileMs = performance.now() - t;
gc();
const heapCompiled = process.memoryUsage().heapUsed;

// GC pauses, to tell how much of a pass is garbage collection.
const gcPauses = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcPauses.push([e.startTime, e.duration]);
}).observe({ entryTypes: ['gc'] });

const inputs = FISCAL_YEARS.map((fiscalYear) => ({ fiscalYear }));
const tally = new Map();

/** One pass over every KPI and year; statuses are tallied and figures summed, so all is used. */
function pass() {
  tally.clear();
  let sink = 0;
  const start = performance.now();
  for (let k = 0; k < KPIS; k++) {
    const kpi = kpis[k];
    for (let y = 0; y < 4; y++) {
      let status;
      if (float) {
        const r = evaluateFloat(kpi, FISCAL_YEARS[y], figures);
        status = r.status;
        if (figures) sink += (r.progress ?? 0) + (r.achievement ?? 0);
      } else {
        const e = evaluateKpi(kpi, inputs[y]);
        status = e.status;
        if (figures) {
          const p = e.progress;
          const a = e.achievement;
          sink += (p === null ? 0 : p.e) + (a === null ? 0 : a.e);
        }
      }
      tally.set(status, (tally.get(status) ?? 0) + 1);
    }
  }
  const end = performance.now();
  return { ms: end - start, start, end, sink };
}

const passes = [];
let peakHeap = 0;
let first = null;
for (let i = 0; i < PASSES; i++) {
  const r = pass();
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  passes.push(r.ms);
  first ??= r;
}
// GC entries are delivered once the event loop turns.
await new Promise((resolve) => setTimeout(resolve, 20));
const firstPassGcMs = gcPauses.reduce(
  (sum, [at, ms]) => (at >= first.start && at < first.end ? sum + ms : sum),
  0,
);
gc();
const heapAfter = process.memoryUsage().heapUsed;

process.stdout.write(
  `${JSON.stringify({
    variant,
    kpis: KPIS,
    kpiYears: KPI_YEARS,
    compileMs,
    firstPassMs: passes[0],
    firstPassGcMs,
    warmPassMs: Math.min(...passes.slice(1)),
    passesMs: passes,
    statuses: Object.fromEntries([...tally].sort()),
    compiledHeap: heapCompiled - heap0,
    retainedAfterPasses: heapAfter - heapCompiled,
    peakHeapAbovePass: peakHeap - heapCompiled,
    maxRss: process.resourceUsage().maxRSS * 1024,
  })}\n`,
);
