/**
 * Renders the results of `npm run bench` as docs/benchmarks.md.
 */

/** 12345678.9 → '12,345,679'; small numbers keep 3 significant digits. */
export function formatOps(ops) {
  return ops >= 1000 ? Math.round(ops).toLocaleString('en-US') : ops.toPrecision(3);
}

/** A ratio as '23.4×' (3 significant digits). */
export function times(ratio) {
  return `${ratio >= 100 ? Math.round(ratio) : ratio.toPrecision(3)}×`;
}

/** Milliseconds as '812 ms' or '3.80 s'. */
export function duration(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

/** Bytes as '186 MB'. */
export function megabytes(bytes) {
  return `${Math.round(bytes / 1_048_576).toLocaleString('en-US')} MB`;
}

const mark = (pass) => (pass ? '✅ pass' : '❌ short');

/** A sentence comparing munikpi with a peer: "formatWareki is 3.6× the cached Intl formatter". */
function sentence(subject, peer, ratio) {
  const faster = ratio >= 1;
  return faster
    ? `${subject} is **${times(ratio)}** ${peer}`
    : `${subject} is **${times(ratio)}** ${peer} (${peer} is ${times(1 / ratio)} faster)`;
}

/** The short name used in sentences, per case and peer. */
const SHORT = {
  'munikpi formatWareki(date)': 'formatWareki',
  "munikpi formatWareki(date, { fields: 'year' })": "formatWareki(…, { fields: 'year' })",
  'munikpi parseWareki(text)': 'parseWareki',
  'munikpi fiscalYearOf(date)': 'fiscalYearOf',
  'munikpi evaluateKpi(kpi, { fiscalYear }).status': 'evaluateKpi(…).status',
  'munikpi evaluateKpi(…) + .progress + .achievement': 'evaluateKpi with progress and achievement',
  'cached Intl.DateTimeFormat (ja-JP-u-ca-japanese)': 'the cached Intl formatter',
  '@smarthr/wareki dateToWareki(date)': '@smarthr/wareki',
  'wareki(ms, { unit: true })': 'wareki',
  '@smarthr/wareki warekiToDate(text)': '@smarthr/wareki',
  'baseline: hand-written regex (not a package)': 'the hand-written regex baseline',
  'date-fns + @date-fns/tz (new TZDate(date, "Asia/Tokyo"))': 'date-fns + @date-fns/tz',
  'fiscal-year getFiscalYear(date shifted to JST) − 1': 'fiscal-year',
  "get-fiscal-year (currentDate = date; getFiscalYear('JP'))": 'get-fiscal-year',
  'plain float arithmetic (same rule, precompiled)': 'plain float arithmetic',
};
const short = (name) => SHORT[name] ?? name;

function machineSection(m) {
  return [
    '## Machine',
    '',
    '| CPU | Cores | Memory | Node | Run at | Load average at start (1/5/15 min) |',
    '| --- | ---: | ---: | --- | --- | --- |',
    `| ${m.cpu} | ${m.cores} | ${megabytes(m.memory)} | ${m.node} | ${m.date} | ${m.load.map((l) => l.toFixed(2)).join(' / ')} |`,
    '',
    'The machine is shared: other processes may run during the benchmark. Every comparison is',
    'measured side by side in the same run, so the **ratios** hold better than the absolute',
    'figures. Peers that read the host time zone run with `TZ=Asia/Tokyo`, as on a machine in Japan.',
    '',
  ];
}

function goalsSection({ micro, kpi, national, sizes }) {
  const rows = [];
  for (const c of micro) {
    if (c.goal === null) continue;
    rows.push([
      `${short(c.subject.name)} ≥ ${c.goal.want}× ${short(c.goal.peer)}`,
      `${times(c.goal.got)} (${times(c.goal.range[0])}–${times(c.goal.range[1])} over ${c.rounds} rounds)`,
      mark(c.goal.pass),
    ]);
  }
  if (kpi !== null) {
    const s = kpi.status;
    const f = kpi['float-status'];
    rows.push([
      '1,000,000 KPI-years (status) ≤ 1 s, one full pass',
      `${duration(s.firstPassMs)} first pass (warm: ${duration(s.warmPassMs)}); float does it in ${duration(f.firstPassMs)}, ${times(s.firstPassMs / f.firstPassMs)} faster`,
      mark(s.firstPassMs <= 1000),
    ]);
    const g = kpi.figures;
    rows.push([
      '(for reference) 1,000,000 KPI-years with progress and achievement',
      `${duration(g.firstPassMs)} first pass (warm: ${duration(g.warmPassMs)})`,
      mark(g.firstPassMs <= 1000),
    ]);
  }
  if (national !== null) {
    const one = national.runs.find((r) => r.scale === 1 && r.error === undefined);
    if (one !== undefined) {
      rows.push([
        'National scale (1×, 348,200 program-years): aggregate + audit ≤ 1 s',
        duration(one.totalMs),
        mark(one.totalMs <= 1000),
      ]);
    }
    if (national.growth !== null) {
      rows.push([
        'Linear growth: time per program-year roughly constant across 1×/4×/16×',
        `${national.growth.perYear.map((ns) => `${(ns / 1000).toFixed(2)} µs`).join(' / ')} (largest ÷ smallest: ${national.growth.spread.toFixed(2)})`,
        mark(national.growth.linear),
      ]);
    }
  }
  if (sizes !== null) {
    for (const b of sizes.budgets) {
      // A case with a goal beyond reach for now has an enforced ceiling too: the goal is marked.
      const want = b.goal ?? b.budget;
      const within = b.gzip !== null && b.gzip <= want;
      rows.push([
        `${b.label} ≤ ${want.toLocaleString('en-US')} B gzip`,
        b.gzip === null
          ? `error: ${b.error}`
          : `${b.gzip.toLocaleString('en-US')} B${b.goal === undefined ? '' : ` (enforced ceiling meanwhile: ${b.budget.toLocaleString('en-US')} B, ${b.pass ? 'met' : 'exceeded'})`}`,
        mark(within),
      ]);
    }
    const zod = sizes.entries.every((e) => e.pass);
    rows.push([
      'zod is bundled by `munikpi/schema` only (and by `munikpi/io`, which validates through it)',
      sizes.entries.map((e) => `${e.specifier}: ${e.packages.includes('zod') ? 'zod' : 'no zod'}`).join('; '),
      mark(zod),
    ]);
  }
  return [
    '## Goals',
    '',
    '| Goal | Measured | Result |',
    '| --- | --- | :---: |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ];
}

function microSection(micro) {
  const out = [
    '## Side by side (mitata)',
    '',
    'Each benchmark walks a ring of 4,096 seeded, varied inputs, one input per iteration, and',
    `hands every result to mitata's \`do_not_optimize\`. The whole suite runs ${micro[0]?.rounds ?? 1} times;`,
    "ops/s is 10⁹ ÷ the median of mitata's average ns per iteration, and the ratio is the median",
    'of the per-round ratios (its range over the rounds in brackets), so that a burst of load',
    'from other processes moves it less. "Agrees" counts the inputs on which the peer\'s output',
    "is the same as munikpi's (checked before timing).",
    '',
  ];
  for (const c of micro) {
    out.push(`### ${c.title}`, '', `Input: ${c.what}.`, '');
    for (const p of c.peers) out.push(`- ${sentence(short(c.subject.name), short(p.name), p.ratio)}.`);
    out.push(
      '',
      '| Implementation | ops/s | munikpi ÷ this (range) | Agrees with munikpi |',
      '| --- | ---: | ---: | ---: |',
    );
    const correct = c.correct === null ? '' : ` (${c.correct.same}/${c.correct.total} correct)`;
    out.push(`| **${c.subject.name}** | **${formatOps(c.subject.opsPerSec)}** | 1× | —${correct} |`);
    for (const p of c.peers) {
      out.push(
        `| ${p.name} | ${formatOps(p.opsPerSec)} | ${times(p.ratio)} (${times(p.range[0])}–${times(p.range[1])}) | ${p.agree.same.toLocaleString('en-US')}/${p.agree.total.toLocaleString('en-US')} |`,
      );
    }
    out.push('');
    const differences = [];
    if (c.correct !== null) {
      for (const ex of c.correct.examples) {
        differences.push(`munikpi is wrong on ${ex.input}: ${ex.actual}, should be ${ex.expected}`);
      }
    }
    for (const p of c.peers) {
      for (const ex of p.agree.examples) {
        differences.push(`${short(p.name)} on \`${ex.input}\`: ${ex.actual} (munikpi: ${ex.expected})`);
      }
    }
    if (differences.length > 0) {
      out.push(
        'Where the outputs differ (first two per implementation):',
        '',
        ...differences.map((d) => `- ${d}`),
        '',
      );
    }
  }
  return out;
}

function kpiSection(kpi) {
  const v = (name) => kpi[name];
  const row = (name, label) => {
    const r = v(name);
    const f = v(name.startsWith('float') ? name : `float-${name}`);
    const vsFloat = name.startsWith('float') ? '1×' : times(r.firstPassMs / f.firstPassMs);
    return `| ${label} | ${duration(r.compileMs)} | **${duration(r.firstPassMs)}** | ${duration(r.firstPassGcMs)} | ${duration(r.warmPassMs)} | ${formatOps(r.kpiYears / (r.firstPassMs / 1000))} | ${vsFloat} | ${megabytes(r.retainedAfterPasses)} |`;
  };
  const s = v('status').statuses;
  const fs = v('float-status').statuses;
  const statusNames = [...new Set([...Object.keys(s), ...Object.keys(fs)])].sort();
  return [
    '## KPI evaluation: 1,000,000 KPI-years, one full pass',
    '',
    '250,000 random KPIs (level, change, rate, annual, count, no-worse and milestone targets in',
    '%, 円, 件 and other units, 65 % higher-is-better, 30 % of line targets with 年度設定目標) are',
    'made with `defineKpi`, each with an observation for 2021..2024 (5 % missing), then every KPI',
    'is evaluated for each of the 4 years. Each variant runs in a fresh process; the first pass is',
    'the one a report makes, and is the figure that counts. The float twin applies the same status',
    'rule to numbers compiled once (bench/lib/kpis.mjs).',
    '',
    '| Variant | Compile 250,000 KPIs | First pass | of which GC | Warm pass | KPI-years/s (first) | First pass ÷ float | Heap kept after the passes |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    row('status', '`evaluateKpi(kpi, { fiscalYear }).status`'),
    row('figures', '… `+ .progress + .achievement` (Decimals materialised)'),
    row('float-status', 'plain float, status'),
    row('float-figures', 'plain float, status + progress + achievement'),
    '',
    'Statuses over the 1,000,000 KPI-years (exact munikpi vs float):',
    '',
    '| Status | munikpi | float |',
    '| --- | ---: | ---: |',
    ...statusNames.map(
      (n) => `| ${n} | ${(s[n] ?? 0).toLocaleString('en-US')} | ${(fs[n] ?? 0).toLocaleString('en-US')} |`,
    ),
    '',
    'Where the counts differ, float rounding put a KPI-year on the wrong side of a boundary',
    '(e.g. exactly on the line counts as on-track, exactly one year ahead as ahead).',
    '',
  ];
}

function nationalSection(national) {
  const out = [
    '## Aggregation and audit at national scale',
    '',
    'Every municipality of Japan (1,741 plans) × 50 programs × 4 fiscal years, each program with',
    'one KPI of a random kind and an observation per year, 4 directions, a rating per year and a',
    'declared summary per year (3 % of them miscounted, so the audit has findings). Each size runs',
    'in a fresh process with `--expose-gc`; `aggregateRatings(plan, fy)` and `auditPlan(plan, fy)`',
    'run for every plan and year after a JIT warm-up on 32 other plans. `definePlan` (freeze and',
    'check) is timed apart. Memory: the plan set after GC, the most the heap and RSS rose above',
    'that during the passes, what stayed on the heap after them (caches), and the peak RSS.',
    '',
    '| Size | Plans | Program-years | definePlan | aggregateRatings | auditPlan | **Total** | of which GC | Per program-year (without GC) | Plan set (heap) | Pass peak (heap / RSS) | Kept after | Peak RSS |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of national.runs) {
    if (r.error !== undefined) {
      const reason = r.error.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
      out.push(`| ${r.scale}× | — | — | — | — | — | failed: ${reason} | — | — | — | — | — | — |`);
      continue;
    }
    out.push(
      `| ${r.scale}× | ${r.plans.toLocaleString('en-US')} | ${r.programYears.toLocaleString('en-US')} | ${duration(r.defineMs)} | ${duration(r.aggregateMs)} | ${duration(r.auditMs)} | **${duration(r.totalMs)}** | ${duration(r.gcMs)} | ${(r.nsPerProgramYear / 1000).toFixed(2)} µs (${(((r.totalMs - r.gcMs) * 1e6) / r.programYears / 1000).toFixed(2)} µs) | ${megabytes(r.datasetHeap)} | ${megabytes(r.passHeapPeak)} / ${megabytes(r.passRssPeak)} | ${megabytes(r.heapRetainedAfter)} | ${megabytes(r.maxRss)} |`,
    );
  }
  if (national.growth !== null) {
    const g = national.growth;
    out.push(
      '',
      `Time per program-year: ${g.perYear.map((ns) => `${(ns / 1000).toFixed(2)} µs`).join(', ')} at ${g.scales.map((s) => `${s}×`).join(', ')}; the largest is ${g.spread.toFixed(2)}× the smallest, so growth is ${g.linear ? '' : '**not** '}linear within the ${g.allowed}× allowed for noise. Without the GC pauses: ${g.perYearExGc.map((ns) => `${(ns / 1000).toFixed(2)} µs`).join(', ')} (largest ÷ smallest: ${g.spreadExGc.toFixed(2)}); GC grows with the heap the plan set and munikpi's caches hold.`,
    );
  }
  out.push('');
  return out;
}

function methodSection(entry) {
  return [
    '## Method',
    '',
    '- `npm run bench` builds the package and runs `bench/run.mjs`, which imports the built',
    `  package through the \`import\` target of \`exports['.']\` (\`${entry}\`); peers are the`,
    '  devDependencies as installed.',
    '- munikpi reads an instant in Japan time as UTC+9 throughout (documented in `calendarDate`);',
    '  tzdata, and so Intl, applies the summer time of 1948–1951 (UTC+10), so formatters can',
    '  differ on evenings of those summers.',
    '- Inputs come from a seeded PRNG (mulberry32, bench/lib/prng.mjs), so every run sees the same',
    '  varied inputs; every result is consumed (mitata `do_not_optimize`, tallies or checksums).',
    '- `fiscal-year` reads dates in UTC and names a fiscal year by the year it ends in: it is given',
    '  each instant shifted to Japan time (prepared outside the timing) and its answer − 1.',
    '  `get-fiscal-year` answers only for its public `currentDate`, which is set per call.',
    '- `wareki` formats the era year only (令和5年), so it is compared with',
    "  `formatWareki(date, { fields: 'year' })`. Neither `wareki` nor `fiscal-year` parses era dates;",
    '  `@smarthr/wareki` `warekiToDate` is the only npm parser installed, and a hand-written regex',
    '  parser is shown beside it as a baseline (it is not a package).',
    '',
  ];
}

/**
 * The whole of docs/benchmarks.md.
 *
 * @param {object} results - machine, micro, kpi, national, and the size section's Markdown
 */
export function renderReport(results) {
  const lines = [
    '# Benchmarks',
    '',
    '<!-- Written by `npm run bench` (bench/run.mjs); edits are overwritten. -->',
    '',
    ...machineSection(results.machine),
    ...goalsSection(results),
    ...microSection(results.micro),
    ...kpiSection(results.kpi),
    ...nationalSection(results.national),
    ...methodSection(results.entry),
  ];
  return `${lines.join('\n')}\n${results.sizeSection}${results.mutationSection ? `\n${results.mutationSection}` : ''}`;
}
