/**
 * Aggregation and audit at national scale, one size per process (run by bench/run.mjs as
 * `node --expose-gc bench/national.mjs <scale>`, so sizes do not share a heap or a JIT).
 *
 * Generates 1,741 × scale plans (every municipality of Japan, × scale) of 50 programs over 4
 * fiscal years, freezes them with `definePlan`, then runs `aggregateRatings(plan, fy)` and
 * `auditPlan(plan, fy)` for every plan and year. Prints one JSON line with wall times and
 * memory on stdout.
 */
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { FISCAL_YEARS } from './lib/kpis.mjs';
import { loadMunikpi } from './lib/munikpi.mjs';
import { MUNICIPALITIES, makePlans, PROGRAMS_PER_PLAN } from './lib/plans.mjs';

const { aggregateRatings, auditPlan, definePlan } = await loadMunikpi();

const gc = globalThis.gc;
if (typeof gc !== 'function') {
  console.error('national.mjs needs --expose-gc (run it through `npm run bench`)');
  process.exit(2);
}

const scale = Number(process.argv[2] ?? '1');
if (!Number.isInteger(scale) || scale < 1) {
  console.error(`national.mjs: scale must be a whole number ≥ 1, not ${process.argv[2]}`);
  process.exit(2);
}

// Every GC pause, to tell how much of the time is garbage collection over the retained heap.
const gcPauses = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcPauses.push([e.startTime, e.duration]);
}).observe({ entryTypes: ['gc'] });

/** The GC pause time between two instants (entries arrive after the event loop turns). */
async function gcMsBetween(from, to) {
  await new Promise((resolve) => setTimeout(resolve, 20));
  return gcPauses.reduce((sum, [start, ms]) => (start >= from && start < to ? sum + ms : sum), 0);
}

/** Collects garbage until the heap settles, and returns the heap in use. */
function settledHeap() {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** Runs fn over every plan and fiscal year, sampling memory every 64 plans. */
function pass(plans, fn) {
  let checksum = 0;
  let peakHeap = 0;
  let peakRss = 0;
  const start = performance.now();
  for (let i = 0; i < plans.length; i++) {
    const plan = plans[i];
    for (const fy of FISCAL_YEARS) checksum += fn(plan, fy);
    if ((i & 63) === 0) {
      const m = process.memoryUsage();
      if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
      if (m.rss > peakRss) peakRss = m.rss;
    }
  }
  const end = performance.now();
  return { ms: end - start, start, end, checksum, peakHeap, peakRss };
}

// Results are consumed into a checksum so that nothing is optimised away.
const aggregate = (plan, fy) => {
  const table = aggregateRatings(plan, fy);
  return table.total.rated + table.rows.length;
};
const audit = (plan, fy) => {
  const report = auditPlan(plan, fy);
  return report.findings.length + (report.ok ? 1 : 0);
};

// Warm up the JIT on a few plans of their own, the same for every size.
{
  const warm = makePlans(0x0a11_ce55, 32).map(definePlan);
  for (let round = 0; round < 3; round++) {
    pass(warm, aggregate);
    pass(warm, audit);
  }
}

const heap0 = settledHeap();
const rss0 = process.memoryUsage().rss;

let t = performance.now();
const raw = makePlans(0x5eed_1741 + scale, MUNICIPALITIES * scale);
const generateMs = performance.now() - t;

t = performance.now();
const plans = raw.map((plan) => definePlan(plan));
const defineMs = performance.now() - t;

const heapData = settledHeap();
const rssData = process.memoryUsage().rss;

const agg = pass(plans, aggregate);
const aud = pass(plans, audit);
const gcMs = (await gcMsBetween(agg.start, agg.end)) + (await gcMsBetween(aud.start, aud.end));
const heapAfter = settledHeap();

const programYears = plans.length * PROGRAMS_PER_PLAN * FISCAL_YEARS.length;
const totalMs = agg.ms + aud.ms;
let findings = 0;
let errors = 0;
for (const fy of FISCAL_YEARS) {
  const r = auditPlan(plans[0], fy);
  findings += r.findings.length;
  errors += r.counts.error;
}

process.stdout.write(
  `${JSON.stringify({
    scale,
    plans: plans.length,
    programs: plans.length * PROGRAMS_PER_PLAN,
    programYears,
    generateMs,
    defineMs,
    aggregateMs: agg.ms,
    auditMs: aud.ms,
    totalMs,
    gcMs,
    nsPerProgramYear: (totalMs * 1e6) / programYears,
    // Memory: the frozen plan set (after GC, minus the heap before it was made), the most the
    // heap and RSS grew above that while aggregating and auditing, and the process's peak RSS.
    datasetHeap: heapData - heap0,
    datasetRss: rssData - rss0,
    passHeapPeak: Math.max(agg.peakHeap, aud.peakHeap) - heapData,
    passRssPeak: Math.max(agg.peakRss, aud.peakRss) - rssData,
    heapRetainedAfter: heapAfter - heapData,
    maxRss: process.resourceUsage().maxRSS * 1024,
    checksum: agg.checksum + aud.checksum,
    sampleFindings: { plan: plans[0].id, findings, errors },
  })}\n`,
);
