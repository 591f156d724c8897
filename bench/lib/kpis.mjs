/**
 * Seeded random KPIs of every targeted kind, with a yearly observation, and a plain-float twin of
 * munikpi's evaluation rule to compare against.
 *
 * Every KPI runs over the fiscal years 2021..2024 (令和3..6年度), the period of a typical
 * 行財政改革 plan. The float twin follows munikpi's documented status rule (see KpiStatus in
 * src/kpi/evaluate.ts) with default options (tolerance 0, aheadMargin 1), in doubles.
 */
import { int, pad2, pick, uniform, weighted } from './prng.mjs';

export const FIRST_FY = 2021;
export const LAST_FY = 2024;
export const FISCAL_YEARS = [2021, 2022, 2023, 2024];

/** The kinds measured, equally likely. */
export const KINDS = ['level', 'change', 'rate', 'annual', 'count', 'no-worse', 'milestone'];

/** Units per kind, as municipal plans write them. */
const UNITS = {
  level: ['%', '%', '円', '件', 't-CO2'],
  change: ['施設', '件', '団体', '円'],
  rate: ['円', '円', 'kWh'],
  annual: ['円', '円', '件'],
  count: ['件', '回'],
  'no-worse': ['手続', '%', '件'],
  milestone: [''],
};
const NAMES = [
  '電子決裁率',
  '経常経費',
  '指定管理施設数',
  '公有財産売払額',
  'ICT改善件数',
  'オンライン申請手続数',
  '給食調理委託',
];

/** How a unit is measured: its kind, the values it takes and their precision. */
function scaleOf(unit) {
  switch (unit) {
    case '%':
      return { kind: 'percent', lo: 5, hi: 95, places: 1 };
    case '円':
      return { kind: 'money', lo: 1_000_000, hi: 900_000_000, places: 0 };
    case 't-CO2':
    case 'kWh':
      return { kind: 'quantity', lo: 100, hi: 50_000, places: 2 };
    default:
      return { kind: 'count', lo: 5, hi: 300, places: 0 };
  }
}

function round(x, places) {
  const f = 10 ** places;
  return Math.round(x * f) / f;
}

/** Whether values of a unit kind must stay at or above zero. */
function nonNegative(unitKind) {
  return unitKind === 'money' || unitKind === 'count';
}

/**
 * One random KPI (a plain object, ready for `defineKpi`), with an observation for each fiscal
 * year 2021..2024; about 1 in 20 observations is missing, as in real progress reports.
 *
 * @param {() => number} rand - the seeded PRNG
 * @param {string} id - the KPI id
 * @param {string} [kind] - the target kind, else a random one
 */
export function makeKpi(rand, id, kind = pick(rand, KINDS)) {
  const unit = pick(rand, UNITS[kind]);
  const s = scaleOf(unit);
  const name = pick(rand, NAMES);
  const present = () => rand() > 0.05;
  const period = { start: FIRST_FY, end: LAST_FY };

  if (kind === 'milestone') {
    const dueYear = int(rand, 2021, 2024);
    const due = `${dueYear}-${pad2(int(rand, 1, 12))}`;
    // The fiscal year in which it gets done (2025: not within the plan).
    const doneFy = int(rand, 2021, 2025);
    const doneMonth = int(rand, 1, 12);
    const on = `${doneMonth < 4 ? doneFy + 1 : doneFy}-${pad2(doneMonth)}`;
    const observations = FISCAL_YEARS.filter(present).map((fy) => ({
      fiscalYear: fy,
      milestone: fy >= doneFy ? { done: true, on } : { done: false },
    }));
    return { id, name, unit, period, target: { kind, due, description: '委託開始' }, observations };
  }

  let direction = rand() < 0.65 ? 'higher' : 'lower';
  const base = round(uniform(rand, s.lo, s.hi), s.places);

  if (kind === 'annual' || kind === 'count') {
    const value = kind === 'count' ? int(rand, 1, 12) : round(uniform(rand, s.lo, s.hi), s.places);
    const observations = FISCAL_YEARS.filter(present).map((fy) => ({
      fiscalYear: fy,
      value: kind === 'count' ? int(rand, 0, 16) : round(value * uniform(rand, 0.6, 1.5), s.places),
    }));
    return { id, name, unit, direction, period, target: { kind, value }, observations };
  }

  if (kind === 'no-worse') {
    let previous = base;
    const observations = [];
    for (const fy of FISCAL_YEARS) {
      previous = round(previous * uniform(rand, 0.92, 1.15), s.places);
      if (s.kind === 'percent') previous = Math.min(previous, 100);
      if (present()) observations.push({ fiscalYear: fy, value: previous });
    }
    return {
      id,
      name,
      unit,
      direction,
      period,
      baseline: { value: base, fiscalYear: 2020 },
      target: { kind },
      observations,
    };
  }

  // level, change, rate: a straight line from the baseline to a target due by `by`.
  const by = rand() < 0.8 ? 2024 : 2023;
  let share = uniform(rand, 0.05, 0.4); // how far the target lies from the baseline, as a share of it
  if (s.kind === 'percent') share = Math.min(share, (direction === 'higher' ? 100 - base : base) / base);
  if (direction === 'lower' && nonNegative(s.kind) && base < 10) direction = 'higher';
  let target;
  let spec;
  if (kind === 'level') {
    const delta = Math.max(round(base * share, s.places), 10 ** -s.places);
    target = direction === 'higher' ? base + delta : base - delta;
    target = round(target, s.places);
    spec = { kind, value: target, by };
  } else if (kind === 'change') {
    const amount = Math.max(round(base * share, s.places), 1);
    target = direction === 'higher' ? base + amount : base - amount;
    spec = { kind, amount, by };
  } else {
    const percent = int(rand, 2, 60) / 2; // 1 %, 1.5 % … 30 %
    target = direction === 'higher' ? base * (1 + percent / 100) : base * (1 - percent / 100);
    spec = { kind, percent, by };
  }
  const baseline = rand() < 0.5 ? { value: base, fiscalYear: 2020 } : { value: base, asOf: '2021-04-01' };
  const share3 = (fy) => (fy + 1 - FIRST_FY) / (by + 1 - FIRST_FY);
  const observations = FISCAL_YEARS.filter(present).map((fy) => {
    let v = base + (target - base) * Math.min(share3(fy), 1) * uniform(rand, 0.4, 1.5);
    if (nonNegative(s.kind)) v = Math.max(v, 0);
    return { fiscalYear: fy, value: round(v, s.places) };
  });
  const kpi = { id, name, unit, direction, period, baseline, target: spec, observations };
  if (rand() < 0.3) {
    // 年度設定目標 on the line, rounded as a plan prints them.
    const yearTargets = {};
    for (const fy of [2022, 2023]) {
      if (fy < by) yearTargets[fy] = round(base + (target - base) * share3(fy), s.places);
    }
    kpi.yearTargets = yearTargets;
  }
  return kpi;
}

/** A weighted random rating, S/A/B as Kodaira's reports distribute them. */
export function randomRating(rand) {
  return weighted(rand, { S: 1, A: 7, B: 2 });
}

// --- the float twin ----------------------------------------------------------------------

/** Days since 1970-01-01 of a `YYYY-MM-DD`. */
function epochDay(iso) {
  return (
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000
  );
}

/**
 * Compiles a KPI once into plain numbers, as `defineKpi` compiles it once into exact fractions:
 * the target level, the deadline, the start of the line and the observations by fiscal year.
 */
export function compileFloat(kpi) {
  const t = kpi.target;
  const sign = kpi.direction === 'lower' ? -1 : 1;
  const b = kpi.baseline?.value ?? null;
  let target = null;
  if (t.kind === 'level' || t.kind === 'annual' || t.kind === 'count') target = t.value;
  else if (t.kind === 'change' && b !== null) target = b + sign * t.amount;
  else if (t.kind === 'rate' && b !== null) target = b + sign * b * (t.percent / 100);
  // Where the line starts, in fiscal-year units fy0 + k/n.
  let fy0 = FIRST_FY;
  let k = 0;
  let n = 1;
  if (kpi.baseline?.fiscalYear !== undefined) fy0 = kpi.baseline.fiscalYear + 1;
  else if (kpi.baseline?.asOf !== undefined) {
    const iso = kpi.baseline.asOf;
    const year = Number(iso.slice(0, 4));
    fy0 = Number(iso.slice(5, 7)) >= 4 ? year : year - 1;
    const first = epochDay(`${fy0}-04-01`);
    k = epochDay(iso) - first;
    n = epochDay(`${fy0 + 1}-04-01`) - first;
  }
  const values = new Map();
  const states = new Map();
  for (const o of kpi.observations ?? []) {
    if (o.value !== undefined) values.set(o.fiscalYear, o.value);
    if (o.milestone !== undefined) states.set(o.fiscalYear, o.milestone);
  }
  const yearTargets = new Map();
  for (const [key, v] of Object.entries(kpi.yearTargets ?? {})) yearTargets.set(Number(key), v);
  let dueFirst = 0;
  if (t.kind === 'milestone')
    dueFirst = Number(t.due.slice(0, 4)) * 10_000 + Number(t.due.slice(5, 7)) * 100 + 1;
  return {
    kind: t.kind,
    sign,
    higher: sign === 1,
    b,
    bFy: kpi.baseline?.fiscalYear ?? null,
    target,
    deadline: t.by ?? kpi.period?.end ?? null,
    fy0,
    k,
    n,
    values,
    states,
    yearTargets,
    dueFirst,
  };
}

/**
 * munikpi's status rule in doubles, on a compiled float KPI. With `figures`, also progress
 * ((a − b) ÷ (t − b) × 100) and achievement (a ÷ t × 100, t ÷ a when lower is better), rounded
 * half-up to 2 places as munikpi rounds them.
 *
 * @returns {{ status: string, progress: number | null, achievement: number | null }}
 */
export function evaluateFloat(c, fy, figures) {
  let status;
  let against = null;
  const a = c.kind === 'milestone' ? null : (c.values.get(fy) ?? null);
  switch (c.kind) {
    case 'milestone': {
      const state = c.states.get(fy);
      if (state === undefined) status = 'no-data';
      else if (state.done) status = 'achieved';
      else status = (fy + 1) * 10_000 + 331 < c.dueFirst ? 'on-track' : 'behind';
      break;
    }
    case 'annual':
    case 'count': {
      against = c.yearTargets.get(fy) ?? c.target;
      status = a === null ? 'no-data' : c.sign * a >= c.sign * against ? 'achieved' : 'behind';
      break;
    }
    case 'no-worse': {
      against = c.values.get(fy - 1) ?? (c.bFy === fy - 1 ? c.b : null);
      status =
        a === null || against === null ? 'no-data' : c.sign * a >= c.sign * against ? 'achieved' : 'behind';
      break;
    }
    default: {
      against = c.target;
      if (a === null || c.target === null) {
        status = 'no-data';
        break;
      }
      const oa = c.sign * a;
      const ot = c.sign * c.target;
      if (oa >= ot) status = 'achieved';
      else if (fy >= c.deadline) status = 'behind';
      else {
        const ob = c.sign * c.b;
        const v = (c.deadline + 1 - c.fy0) * c.n - c.k;
        const u = Math.min(Math.max((fy + 1 - c.fy0) * c.n - c.k, 0), v);
        const span = ot - ob;
        const yt = c.yearTargets.get(fy);
        const reference = yt === undefined ? ob + (span * u) / v : c.sign * yt;
        const d = oa - reference;
        status = d >= (span * c.n) / v ? 'ahead' : d >= 0 ? 'on-track' : 'behind';
      }
    }
  }
  if (!figures) return { status, progress: null, achievement: null };
  let progress = null;
  if (
    a !== null &&
    c.target !== null &&
    c.b !== null &&
    (c.kind === 'level' || c.kind === 'change' || c.kind === 'rate')
  ) {
    progress = Math.round(((a - c.b) / (c.target - c.b)) * 100 * 100) / 100;
  }
  let achievement = null;
  if (a !== null && against !== null) {
    const [num, den] = c.higher ? [a, against] : [against, a];
    if (den !== 0) achievement = Math.round((num / den) * 100 * 100) / 100;
  }
  return { status, progress, achievement };
}
