/**
 * The side-by-side micro-benchmarks, measured with mitata in one run: era formatting, era
 * parsing, the fiscal year of an instant and KPI evaluation, each against its peers.
 *
 * Every benchmark walks a ring of 4,096 seeded, varied inputs (one input per iteration) and
 * hands its result to `do_not_optimize`, so nothing is constant-folded or dropped. Before
 * anything is timed, each peer's output is checked against munikpi's on the same inputs, and
 * the agreement is reported with the speed: a fast wrong answer is not a win.
 */
import { TZDate } from '@date-fns/tz';
import { dateToWareki, warekiToDate } from '@smarthr/wareki';
import { getMonth, getYear } from 'date-fns';
import fiscalYearPackage from 'fiscal-year';
import GetFiscalYear from 'get-fiscal-year';
import { bench, do_not_optimize, group, run, summary } from 'mitata';
import wareki from 'wareki';
import { jstParts, randomInstants, WAREKI_FORMS, warekiTexts } from './lib/inputs.mjs';
import { compileFloat, evaluateFloat, FISCAL_YEARS, makeKpi } from './lib/kpis.mjs';
import { loadMunikpi } from './lib/munikpi.mjs';
import { mulberry32 } from './lib/prng.mjs';

const { defineKpi, evaluateKpi, fiscalYearOf, formatWareki, parseWareki } = await loadMunikpi();

/** Inputs per ring; a power of two so the index wraps with a mask. */
const RING = 4096;
const MASK = RING - 1;
const TZ = 'Asia/Tokyo';
const JST_MS = 9 * 3_600_000;

// `fiscal-year` is CommonJS compiled from TypeScript: its factory is the `default` export.
const FiscalYear = fiscalYearPackage.default ?? fiscalYearPackage;

/** An input as text, for the examples of disagreement. */
const describe = (input) => (input instanceof Date ? input.toISOString() : String(input));

/**
 * Counts how many inputs two functions agree on, with the first two inputs they do not agree
 * on as examples (`label` writes an input as text).
 */
function agreement(inputs, expected, actual, label = describe) {
  let same = 0;
  const examples = [];
  for (const input of inputs) {
    const e = expected(input);
    const a = actual(input);
    if (e === a) same++;
    else if (examples.length < 2)
      examples.push({ input: label(input), expected: String(e), actual: String(a) });
  }
  return { same, total: inputs.length, examples };
}

/** A hand-written era parser, as a developer would write it for this job: a baseline, not a package. */
const BASELINE_ERAS = {
  明治: 1867,
  大正: 1911,
  昭和: 1925,
  平成: 1988,
  令和: 2018,
  M: 1867,
  T: 1911,
  S: 1925,
  H: 1988,
  R: 2018,
};
const BASELINE_RE =
  /^\s*(明治|大正|昭和|平成|令和|[MTSHR])\s*(元|\d{1,2})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?\s*$/;
function regexParse(text) {
  const half = text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const m = BASELINE_RE.exec(half);
  if (m === null) return null;
  const year = BASELINE_ERAS[m[1]] + (m[2] === '元' ? 1 : Number(m[2]));
  return { year, month: Number(m[3]), day: Number(m[4]) };
}

const ymd = (d) => (d === null ? 'null' : `${d.year}-${d.month}-${d.day}`);

/**
 * The cases: each has a subject (munikpi) and peers, all run on the same ring of inputs.
 * `goal` is the least ratio subject ÷ `goalPeer` that meets the goal.
 */
function defineCases() {
  const cases = [];

  // --- era formatting -----------------------------------------------------------------
  {
    const dates = randomInstants(0x5eed_0001, RING, '1927-01-01', '2035-12-31');
    const intl = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
      era: 'long',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: TZ,
    });
    const stamps = dates.map((d) => d.getTime());
    cases.push({
      id: 'format',
      title: 'Era formatting',
      what: 'one `Date` instant (1927–2035, random time of day) formatted as 令和5年4月1日',
      subject: { name: 'munikpi formatWareki(date)', fn: (i) => formatWareki(dates[i]) },
      peers: [
        {
          name: 'cached Intl.DateTimeFormat (ja-JP-u-ca-japanese)',
          fn: (i) => intl.format(dates[i]),
          agree: agreement(
            dates,
            (d) => formatWareki(d),
            (d) => intl.format(d),
          ),
        },
        {
          name: '@smarthr/wareki dateToWareki(date)',
          fn: (i) => dateToWareki(dates[i]).result,
          agree: agreement(
            dates,
            (d) => formatWareki(d),
            (d) => dateToWareki(d).result,
          ),
        },
      ],
      goalPeer: 'cached Intl.DateTimeFormat (ja-JP-u-ca-japanese)',
      goal: 10,
    });
    cases.push({
      id: 'format-year',
      title: 'Era year formatting',
      what: "the era year alone (令和5年), the only thing `wareki` formats; munikpi with `{ fields: 'year' }`",
      subject: {
        name: "munikpi formatWareki(date, { fields: 'year' })",
        fn: (i) => formatWareki(dates[i], YEAR_ONLY),
      },
      peers: [
        {
          name: 'wareki(ms, { unit: true })',
          fn: (i) => wareki(stamps[i], UNIT),
          agree: agreement(
            dates,
            (d) => formatWareki(d, YEAR_ONLY),
            (d) => wareki(d.getTime(), UNIT),
          ),
        },
      ],
    });
  }

  // --- era parsing --------------------------------------------------------------------
  {
    const commonForms = Object.keys(WAREKI_FORMS).filter((f) => WAREKI_FORMS[f].common);
    const common = warekiTexts(0x5eed_0002, RING, commonForms);
    const texts = common.map((t) => t.text);
    const smarthr = (text) => {
      const r = warekiToDate(text);
      return r.isValid
        ? { year: r.result.getFullYear(), month: r.result.getMonth() + 1, day: r.result.getDate() }
        : null;
    };
    const munikpi = (text) => {
      try {
        const p = parseWareki(text);
        return p.precision === 'day' ? p.date : null;
      } catch {
        return null;
      }
    };
    cases.push({
      id: 'parse',
      title: 'Era parsing',
      what: `one era date in a form every parser reads (${commonForms.map((f) => WAREKI_FORMS[f].write({ name: '令和', initial: 'R', eraYear: 5 }, { month: 4, day: 1 })).join(', ')}; 1985–2030, 元年 included)`,
      subject: { name: 'munikpi parseWareki(text)', fn: (i) => parseWareki(texts[i]) },
      peers: [
        {
          name: '@smarthr/wareki warekiToDate(text)',
          fn: (i) => warekiToDate(texts[i]),
          agree: agreement(
            texts,
            (t) => ymd(munikpi(t)),
            (t) => ymd(smarthr(t)),
          ),
        },
        {
          name: 'baseline: hand-written regex (not a package)',
          fn: (i) => regexParse(texts[i]),
          agree: agreement(
            texts,
            (t) => ymd(munikpi(t)),
            (t) => ymd(regexParse(t)),
          ),
          baseline: true,
        },
      ],
      goalPeer: '@smarthr/wareki warekiToDate(text)',
      goal: 3,
      correct: agreement(
        common,
        (t) => ymd(t.date),
        (t) => ymd(munikpi(t.text)),
      ),
    });

    const all = warekiTexts(0x5eed_0003, RING, Object.keys(WAREKI_FORMS));
    const allTexts = all.map((t) => t.text);
    cases.push({
      id: 'parse-all',
      title: 'Era parsing, every form',
      what: 'the same, with 令和 5 年 4 月 1 日 and 令和五年四月一日 mixed in (forms @smarthr/wareki does not read)',
      subject: { name: 'munikpi parseWareki(text)', fn: (i) => parseWareki(allTexts[i]) },
      peers: [
        {
          name: '@smarthr/wareki warekiToDate(text)',
          fn: (i) => warekiToDate(allTexts[i]),
          agree: agreement(
            allTexts,
            (t) => ymd(munikpi(t)),
            (t) => ymd(smarthr(t)),
          ),
        },
        {
          name: 'baseline: hand-written regex (not a package)',
          fn: (i) => regexParse(allTexts[i]),
          agree: agreement(
            allTexts,
            (t) => ymd(munikpi(t)),
            (t) => ymd(regexParse(t)),
          ),
          baseline: true,
        },
      ],
      correct: agreement(
        all,
        (t) => ymd(t.date),
        (t) => ymd(munikpi(t.text)),
      ),
    });
  }

  // --- fiscal year of an instant ------------------------------------------------------
  {
    const dates = randomInstants(0x5eed_0004, RING, '2000-01-01', '2035-12-31');
    // `fiscal-year` reads dates in UTC: it gets each instant shifted to Japan time (computed
    // here, outside the timing), and names a year by the year it ends in, hence the − 1.
    const shifted = dates.map((d) => new Date(d.getTime() + JST_MS));
    const april = FiscalYear({ month: 3, day: 1 });
    const gfy = new GetFiscalYear();
    const viaDateFns = (d) => {
      const t = new TZDate(d, TZ);
      return getMonth(t) >= 3 ? getYear(t) : getYear(t) - 1;
    };
    const viaGetFiscalYear = (d) => {
      // get-fiscal-year only answers for its public `currentDate` (read in the host time zone).
      gfy.currentDate = d;
      return Number(gfy.getFiscalYear('JP').fiscalYearStart.slice(0, 4));
    };
    const truth = (d) => {
      const { year, month } = jstParts(d);
      return month >= 4 ? year : year - 1;
    };
    cases.push({
      id: 'fiscal',
      title: 'Fiscal year of an instant',
      what: 'one `Date` instant (2000–2035, random time of day) → its 年度 in Japan time',
      subject: { name: 'munikpi fiscalYearOf(date)', fn: (i) => fiscalYearOf(dates[i]) },
      peers: [
        {
          name: 'date-fns + @date-fns/tz (new TZDate(date, "Asia/Tokyo"))',
          fn: (i) => viaDateFns(dates[i]),
          agree: agreement(dates, fiscalYearOf, viaDateFns),
        },
        {
          name: 'fiscal-year getFiscalYear(date shifted to JST) − 1',
          fn: (i) => april.getFiscalYear(shifted[i]) - 1,
          agree: agreement(
            dates.map((_, i) => i),
            (i) => fiscalYearOf(dates[i]),
            (i) => april.getFiscalYear(shifted[i]) - 1,
            (i) => dates[i].toISOString(),
          ),
        },
        {
          name: "get-fiscal-year (currentDate = date; getFiscalYear('JP'))",
          fn: (i) => viaGetFiscalYear(dates[i]),
          agree: agreement(dates, fiscalYearOf, viaGetFiscalYear),
        },
      ],
      goalPeer: 'date-fns + @date-fns/tz (new TZDate(date, "Asia/Tokyo"))',
      goal: 10,
      correct: agreement(dates, truth, fiscalYearOf),
    });
  }

  // --- KPI evaluation -----------------------------------------------------------------
  {
    // 1,024 KPIs × 4 fiscal years = one ring of 4,096 KPI-years.
    const rand = mulberry32(0x5eed_0005);
    const kpis = Array.from({ length: RING / 4 }, (_, i) => defineKpi(makeKpi(rand, `k${i}`)));
    const floats = kpis.map(compileFloat);
    const inputs = FISCAL_YEARS.map((fiscalYear) => ({ fiscalYear }));
    const statusAgree = agreement(
      Array.from({ length: RING }, (_, i) => i),
      (i) => evaluateKpi(kpis[i >> 2], inputs[i & 3]).status,
      (i) => evaluateFloat(floats[i >> 2], FISCAL_YEARS[i & 3], false).status,
      (i) => `${kpis[i >> 2].target.kind} KPI ${JSON.stringify(kpis[i >> 2])} in FY${FISCAL_YEARS[i & 3]}`,
    );
    // For the figures variant: status, progress and achievement as text must all agree.
    const figuresAgree = agreement(
      Array.from({ length: RING }, (_, i) => i),
      (i) => {
        const e = evaluateKpi(kpis[i >> 2], inputs[i & 3]);
        return `${e.status} ${e.progress?.toString() ?? '-'} ${e.achievement?.toString() ?? '-'}`;
      },
      (i) => {
        const f = evaluateFloat(floats[i >> 2], FISCAL_YEARS[i & 3], true);
        return `${f.status} ${f.progress ?? '-'} ${f.achievement ?? '-'}`;
      },
      (i) => `${kpis[i >> 2].target.kind} KPI ${JSON.stringify(kpis[i >> 2])} in FY${FISCAL_YEARS[i & 3]}`,
    );
    const readAll = (e) => {
      const p = e.progress;
      const a = e.achievement;
      return e.status.length + (p === null ? 0 : p.e) + (a === null ? 0 : a.e);
    };
    cases.push({
      id: 'kpi-status',
      title: 'KPI evaluation, status only',
      what: 'one KPI-year of a random kind (level, change, rate, annual, count, no-worse, milestone), `.status` read',
      subject: {
        name: 'munikpi evaluateKpi(kpi, { fiscalYear }).status',
        fn: (i) => evaluateKpi(kpis[i >> 2], inputs[i & 3]).status,
      },
      peers: [
        {
          name: 'plain float arithmetic (same rule, precompiled)',
          fn: (i) => evaluateFloat(floats[i >> 2], FISCAL_YEARS[i & 3], false).status,
          agree: statusAgree,
        },
      ],
    });
    cases.push({
      id: 'kpi-figures',
      title: 'KPI evaluation, status + progress + achievement',
      what: 'the same, also reading `progress` and `achievement` (exact Decimals, rounded to 2 places; "agrees" compares all three)',
      subject: {
        name: 'munikpi evaluateKpi(…) + .progress + .achievement',
        fn: (i) => readAll(evaluateKpi(kpis[i >> 2], inputs[i & 3])),
      },
      peers: [
        {
          name: 'plain float arithmetic (same rule, precompiled)',
          fn: (i) => evaluateFloat(floats[i >> 2], FISCAL_YEARS[i & 3], true),
          agree: figuresAgree,
        },
      ],
    });
  }
  return cases;
}

const YEAR_ONLY = Object.freeze({ fields: 'year' });
const UNIT = Object.freeze({ unit: true });

/** Registers one mitata benchmark that walks the ring of inputs. */
function register(name, fn) {
  let i = 0;
  bench(name, () => {
    do_not_optimize(fn(i));
    i = (i + 1) & MASK;
  });
}

/** The median of a list of numbers. */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Registers every case with mitata and runs them once; returns ns per iteration, in order. */
async function round(cases, format) {
  for (const c of cases) {
    group(c.title, () => {
      summary(() => {
        register(c.subject.name, c.subject.fn);
        for (const p of c.peers) register(p.name, p.fn);
      });
    });
  }
  const { benchmarks } = await run({ throw: true, format, colors: process.stdout.isTTY === true });
  // mitata returns the trials in the order they were registered (names repeat across cases,
  // so they are matched by position); avg is nanoseconds per iteration, i.e. per input.
  const expected = cases.reduce((n, c) => n + 1 + c.peers.length, 0);
  if (benchmarks.length !== expected) {
    throw new Error(`mitata ran ${benchmarks.length} benchmarks, expected ${expected}`);
  }
  return benchmarks.map((trial) => {
    const stats = trial.runs[0]?.stats;
    if (stats === undefined) throw new Error(`mitata gave no result for ${trial.alias}`);
    return stats.avg;
  });
}

/**
 * Runs every case with mitata, `rounds` times over (mitata's report of the last round goes to
 * the terminal), and returns the cases with ops/s and ratios. On a shared machine the load can
 * change between one benchmark and the next; a ratio is taken within each round, and the
 * median over the rounds is reported with its range.
 *
 * @returns {Promise<object[]>} per case: title, subject and peers with `opsPerSec` (median),
 *   `ratio` (median of subject ÷ peer per round), `range` and agreement, and the goal verdict
 */
export async function runMicro({ rounds = 3 } = {}) {
  const cases = defineCases();
  const perRound = [];
  for (let r = 1; r <= rounds; r++) {
    console.log(r < rounds ? `mitata round ${r} of ${rounds} …` : `mitata round ${r} of ${rounds}:\n`);
    perRound.push(await round(cases, r < rounds ? 'quiet' : 'mitata'));
  }
  const results = [];
  let at = 0;
  for (const c of cases) {
    const subjectAt = at++;
    const subjectNs = perRound.map((ns) => ns[subjectAt]);
    const subjectOps = 1e9 / median(subjectNs);
    const peers = c.peers.map((p) => {
      const peerAt = at++;
      const ratios = perRound.map((ns) => ns[peerAt] / ns[subjectAt]);
      return {
        name: p.name,
        baseline: p.baseline === true,
        opsPerSec: 1e9 / median(perRound.map((ns) => ns[peerAt])),
        ratio: median(ratios),
        range: [Math.min(...ratios), Math.max(...ratios)],
        agree: p.agree,
      };
    });
    const goalPeer = peers.find((p) => p.name === c.goalPeer);
    results.push({
      id: c.id,
      title: c.title,
      what: c.what,
      subject: { name: c.subject.name, opsPerSec: subjectOps },
      peers,
      rounds,
      correct: c.correct ?? null,
      goal:
        c.goal === undefined
          ? null
          : {
              peer: c.goalPeer,
              want: c.goal,
              got: goalPeer.ratio,
              range: goalPeer.range,
              pass: goalPeer.ratio >= c.goal,
            },
    });
  }
  return results;
}
