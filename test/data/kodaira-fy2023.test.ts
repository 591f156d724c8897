import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kodairaFy2023 as plan } from '../../src/data/kodaira-fy2023.js';
import { auditPlan, evaluateKpi, type Kpi, type Program, type ProgramReport } from '../../src/index.js';
import { validatePlan } from '../../src/schema/index.js';

// The bundled dataset against the text it was taken from.
const seed = readFileSync(new URL('../fixtures/kodaira-r5-progress-report.txt', import.meta.url), 'utf8');
const squeeze = (text: string): string => text.replace(/\s+/g, '');
const squeezedSeed = squeeze(seed);

function program(number: number): Program {
  const found = plan.programs.find((p) => p.number === number);
  if (found === undefined) throw new Error(`no program ${number}`);
  return found;
}

function report(number: number): ProgramReport {
  const found = program(number).reports?.['2023'];
  if (found === undefined) throw new Error(`no FY2023 report for program ${number}`);
  return found;
}

function kpi(id: string): Kpi {
  const found = plan.programs.flatMap((p) => p.kpis ?? []).find((k) => k.id === id);
  if (found === undefined) throw new Error(`no KPI ${id}`);
  return found;
}

/** The cells of a seed row: of the list (9 cells or more) or of a 【参考】 table (4 cells). */
function seedRow(first: string, table: 'list' | 'reference'): string[] {
  const rows = seed.split('\n').map((l) => l.split('\t'));
  const row = rows.find((r) => r[0] === first && (table === 'list' ? r.length >= 9 : r.length === 4));
  if (row === undefined) throw new Error(`no ${table} row ${first}`);
  return row;
}

/** Whether a seed cell holds exactly these entries: bulleted (・), or, where the bullets were lost, space-separated. */
function holds(cell: string, entries: readonly string[] | undefined): boolean {
  const body = cell.replace(/<ul[^>]*>/, '').trim();
  const list = entries ?? [];
  return body === `・${list.join(' ・')}` || body === `・${list.join('・')}` || body === list.join(' ');
}

/** Every string in the dataset, with its path, except the keys that are ours rather than the text's. */
const OURS = new Set(['id', 'kind', 'direction', 'asOf', 'due', 'on', 'value', 'notes', 'note']);
function strings(value: unknown, path = 'plan'): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => (OURS.has(k) ? [] : strings(v, `${path}.${k}`)));
  }
  return [];
}

describe('the dataset as a plan file', () => {
  it('passes the schema, as JSON and as the object itself', () => {
    expect(validatePlan(JSON.stringify(plan))).toMatchObject({ ok: true, issues: [] });
    expect(validatePlan(plan).ok).toBe(true);
  });
});

describe('the declared summary (■ 実施プログラムの進捗状況（令和5年度末）)', () => {
  const summary = plan.summaries?.find((s) => s.fiscalYear === 2023);

  it('totals 1 S, 21 A, 3 B over 25 programs, as of 令和5年度末', () => {
    expect(summary?.asOf).toBe('令和5年度末');
    expect(summary?.total).toEqual({ programCount: 25, counts: { S: 1, A: 21, B: 3 } });
  });

  it('has every row as printed', () => {
    expect(summary?.rows).toEqual([
      { direction: 'd1', programCount: 8, counts: { S: 1, A: 6, B: 1 } },
      { direction: 'd2', programCount: 4, counts: { S: 0, A: 3, B: 1 } },
      { direction: 'd3', programCount: 9, counts: { S: 0, A: 8, B: 1 } },
      { direction: 'd4', programCount: 4, counts: { S: 0, A: 4, B: 0 } },
    ]);
  });

  it('has the 4 directions with their names and program counts as printed', () => {
    expect(plan.directions).toEqual([
      { id: 'd1', number: 1, name: '地域資源によるサービスの実現', programCount: 8 },
      { id: 'd2', number: 2, name: '将来に向けた財政運営・財産活用', programCount: 4 },
      { id: 'd3', number: 3, name: '運営・業務執行体制の効率化', programCount: 9 },
      { id: 'd4', number: 4, name: '職員と職場の活性化', programCount: 4 },
    ]);
    for (const d of plan.directions) {
      expect(seed).toContain(`${d.number} ${d.name} (${d.programCount}プログラム)`);
    }
  });

  it('passes the audit: the 16 detailed programs fit the summary, and the 9 others must be A', () => {
    const audit = auditPlan(plan, 2023);
    expect(audit.ok).toBe(true);
    expect(audit.counts.error).toBe(0);
    const undetailed = audit.findings.find(
      (f) => f.code === 'UNDETAILED_PROGRAMS' && f.direction === undefined,
    );
    expect(undetailed?.data).toEqual({ missing: 9, mustBe: { S: 0, A: 9, B: 0 } });
  });
});

describe('the plan and its programs', () => {
  it('identifies the plan and its source', () => {
    expect(plan.id).toBe('kodaira-management-policy-1');
    expect(plan.municipality).toBe('小平市');
    expect(plan.title).toBe('小平市第1期経営方針推進プログラム');
    expect(plan.period).toEqual({ start: 2021, end: 2024 });
    expect(plan.source?.publisher).toBe('小平市');
    expect(plan.source?.asOf).toBe('令和5年度末');
  });

  it('details programs 1..16, all implementation programs, numbered as printed', () => {
    expect(plan.programs).toHaveLength(16);
    expect(plan.programs.map((p) => p.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
    ]);
    expect(plan.programs.map((p) => p.id)).toEqual(plan.programs.map((p) => `p${p.number}`));
    expect(plan.programs.map((p) => p.display)).toEqual(
      ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩'].concat(['11', '12', '13', '14', '15', '16']),
    );
    expect(plan.programs.every((p) => p.kind === 'implementation')).toBe(true);
  });

  it('puts 6, 4, 6 and 0 programs under the directions', () => {
    const per = (d: string) => plan.programs.filter((p) => p.direction === d).map((p) => p.number);
    expect(per('d1')).toEqual([1, 2, 3, 4, 5, 6]);
    expect(per('d2')).toEqual([7, 8, 9, 10]);
    expect(per('d3')).toEqual([11, 12, 13, 14, 15, 16]);
    expect(per('d4')).toEqual([]);
  });

  it('rates every program as printed: 6 S; 2, 7 and 12 B; the rest A', () => {
    const ratings = Object.fromEntries(plan.programs.map((p) => [p.number, p.reports?.['2023']?.rating]));
    expect(ratings).toEqual({
      1: 'A',
      2: 'B',
      3: 'A',
      4: 'A',
      5: 'A',
      6: 'S',
      7: 'B',
      8: 'A',
      9: 'A',
      10: 'A',
      11: 'A',
      12: 'B',
      13: 'A',
      14: 'A',
      15: 'A',
      16: 'A',
    });
  });

  it('reproduces every cell of the list: name, approaches, action items, plan, results, issues, rating', () => {
    for (const p of plan.programs) {
      const [, name, approaches, items, schedule, planned, results, issues, rating] = seedRow(
        p.display ?? '',
        'list',
      );
      const r = report(p.number);
      expect(p.name, p.id).toBe(name);
      expect(holds(approaches ?? '', p.approaches), `${p.id} approaches`).toBe(true);
      expect(
        holds(
          items ?? '',
          p.actionItems?.map((a) => a.name),
        ),
        `${p.id} actionItems`,
      ).toBe(true);
      expect(holds(planned ?? '', r.planned), `${p.id} planned`).toBe(true);
      expect(holds(results ?? '', r.results), `${p.id} results`).toBe(true);
      expect(holds(issues ?? '', r.issues), `${p.id} issues`).toBe(true);
      expect(r.rating, p.id).toBe(rating);
      // No column placement is certain in this extraction: raw text where printed, nothing where lost.
      // One item owns its cell; a cell shared by several items stays whole on the program.
      const actionItems = p.actionItems ?? [];
      for (const item of actionItems) expect(item.schedule, p.id).toBeUndefined();
      const single = actionItems.length === 1;
      const raw = single ? actionItems[0]?.scheduleText : p.scheduleText;
      if (schedule === '') expect(raw, p.id).toBeUndefined();
      else expect(raw, p.id).toBe(schedule);
      if (!single) for (const item of actionItems) expect(item.scheduleText, p.id).toBeUndefined();
    }
  });

  it('says where the schedule was lost (programs 6–10)', () => {
    for (const n of [6, 7, 8, 9, 10]) {
      expect(program(n).notes?.some((note) => note.includes('schedule') && note.includes('lost'))).toBe(true);
    }
  });

  it('keeps the reasons and next steps of the 【参考】 tables for programs 6 (S) and 2, 7, 12 (B)', () => {
    for (const p of plan.programs) {
      const r = report(p.number);
      if ([2, 6, 7, 12].includes(p.number)) {
        const [, name, reasons, nextSteps] = seedRow(String(p.number), 'reference');
        expect(name, p.id).toBe(p.name);
        expect(holds(reasons ?? '', r.reasons), `${p.id} reasons`).toBe(true);
        expect(holds(nextSteps ?? '', r.nextSteps), `${p.id} nextSteps`).toBe(true);
      } else {
        expect([r.reasons, r.nextSteps], p.id).toEqual([undefined, undefined]);
      }
    }
    expect(report(6).reasons).toHaveLength(3);
    expect(report(12).nextSteps).toEqual([
      '電子決裁率が低い課に対し、個別に原因の究明や決裁率向上のための支援を行う。',
    ]);
  });

  it('keeps the FY2023 設定目標 as targets, with the 前年度末の状況', () => {
    expect(report(3).targets).toEqual([
      '応募団体 8 団体以上を目指す。(9 団体)',
      '人財の森周知イベント 2 回を目指す。(1回)',
      '大学生と地域の連携事業 2 回を目指す。(2回)',
    ]);
    expect(report(12).targets).toEqual(['電子決裁率85%を目指す。']);
    // Each target is also part of a planned bullet, which is kept whole.
    for (const p of plan.programs) {
      const r = report(p.number);
      for (const t of r.targets ?? [])
        expect(
          r.planned?.some((b) => b.includes(t)),
          t,
        ).toBe(true);
    }
  });

  it('keeps the PDF spacing and figures as printed', () => {
    expect(report(12).results).toContain(
      'LGWAN 接続系端末について無線化に向けた検討や実証実験を行った。試験的に庁議室の無線化設定を行い、庁議の際のペーパーレス化及び理事者用端末の有効活用を図った。',
    );
    expect(report(1).results?.[2]).toMatch(/^令和 5 年度には/);
    expect(report(9).results?.[0]).toContain('604,701,094円');
    expect(report(12).results).toContain('令和5年度末での電子決裁率73.9%');
  });

  it('documents the gaps: the truncation and the 25 / 20 contradiction', () => {
    const notes = (plan.notes ?? []).join('\n');
    expect(notes).toContain('truncated after program 16');
    expect(notes).toContain('全25');
    expect(notes).toContain('20 項目');
    expect(notes).toContain('R5.3時点想定');
  });
});

describe('nothing invented', () => {
  const found = strings(plan);

  it('walks the whole dataset', () => {
    expect(found.length).toBeGreaterThan(250);
    const kinds = new Set(
      found.map(([path]) =>
        path
          .replace(/\[\d+\]/g, '')
          .split('.')
          .pop(),
      ),
    );
    for (const key of [
      'name',
      'approaches',
      'scheduleText',
      'planned',
      'targets',
      'results',
      'issues',
      'reasons',
      'nextSteps',
      'source',
      'description',
      'unit',
      'rating',
      'display',
    ]) {
      expect(kinds, key).toContain(key);
    }
  });

  it('has every string in the seed text (whitespace removed from both)', () => {
    const missing = found.filter(([, text]) => !squeezedSeed.includes(squeeze(text)));
    expect(missing).toEqual([]);
  });

  it('has no bullet markers, tags or stray whitespace left from the extraction', () => {
    for (const [path, text] of found) {
      expect(text, path).toBe(text.trim());
      expect(text, path).not.toMatch(/^・|<\/?(?:ul|li)\b/);
      expect(text.length, path).toBeGreaterThan(0);
    }
  });

  it('has every KPI figure as printed in the seed', () => {
    const printed: Array<[unknown, string]> = [
      [kpi('p9-sales').observations?.[0]?.value, '604,701,094円'],
      [kpi('p12-e-approval').observations?.[0]?.value, '電子決裁率73.9%'],
      [kpi('p12-e-approval').baseline?.value, '62.3%'],
      [kpi('p12-e-approval').yearTargets?.['2023'], '電子決裁率85%'],
      [kpi('p16-staff').observations?.[0]?.value, '961人'],
      [kpi('p6-designated').baseline?.value, '合計48施設'],
      [kpi('p14-online').baseline?.value, '電子申請サービス18手続'],
      [kpi('p14-myportal').baseline?.value, '(ぴったりサービス)1手続'],
      [kpi('p2-transfer').baseline?.value, '0%)'],
      [kpi('p3-applicants').observations?.[0]?.value, '10 団体'],
    ];
    for (const [value, text] of printed) {
      expect(seed, text).toContain(text);
      expect(text.replace(/,/g, ''), text).toContain(String(value));
    }
    expect(seed.replace(/,/g, '')).toContain('604701094');
    expect(seed).toContain('73.9');
  });
});

describe('the KPIs evaluate to the report’s figures', () => {
  it('has the KPIs of programs 2, 3, 5, 6, 9, 12, 13, 14, 15 and 16 only', () => {
    expect(plan.programs.filter((p) => (p.kpis ?? []).length > 0).map((p) => p.number)).toEqual([
      2, 3, 5, 6, 9, 12, 13, 14, 15, 16,
    ]);
    expect(plan.programs.flatMap((p) => (p.kpis ?? []).map((k) => k.id))).toEqual([
      'p2-transfer',
      'p3-groups',
      'p3-applicants',
      'p3-events',
      'p3-university',
      'p5-catering',
      'p6-designated',
      'p9-sales',
      'p12-e-approval',
      'p13-costs',
      'p14-online',
      'p14-myportal',
      'p15-ict',
      'p16-staff',
    ]);
  });

  it('電子決裁率 (p12): 73.9 % against 85 % for FY2023, behind, as the B rating says', () => {
    const e = evaluateKpi(kpi('p12-e-approval'), { fiscalYear: 2023 });
    expect(e.actual?.toString()).toBe('73.9');
    expect(e.progress?.toString()).toBe('41.88');
    expect(e.achievement?.toString()).toBe('82.11');
    expect(e.expected?.toString()).toBe('83.075');
    expect(e.yearTargetMet).toBe(false);
    expect(e.status).toBe('behind');
  });

  it('公有財産の売り払い (p9): ¥604,701,094 meets the ¥20,000,000 of FY2023', () => {
    const e = evaluateKpi(kpi('p9-sales'), { fiscalYear: 2023 });
    expect(e.met).toBe(true);
    expect(e.status).toBe('achieved');
    expect(e.achievement?.toString()).toBe('3023.51');
    expect(e.gap?.toString()).toBe('584701094');
  });

  it('給食調理業務委託 (p5): started at 小川西保育園 in 2024-01, as due', () => {
    const e = evaluateKpi(kpi('p5-catering'), { fiscalYear: 2023 });
    expect([e.status, e.met, e.completedOn]).toEqual(['achieved', true, '2024-01']);
  });

  it('program 3’s FY2023 targets: 10 of 8 applicants, 1 of 2 events, 2 of 2 university projects', () => {
    const applicants = evaluateKpi(kpi('p3-applicants'), { fiscalYear: 2023 });
    expect([applicants.status, applicants.achievement?.toString()]).toEqual(['achieved', '125']);
    const events = evaluateKpi(kpi('p3-events'), { fiscalYear: 2023 });
    expect([events.status, events.achievement?.toString()]).toEqual(['behind', '50']);
    expect(evaluateKpi(kpi('p3-university'), { fiscalYear: 2023 }).status).toBe('achieved');
  });

  it('職員定数 (p16): 961 for FY2024, monitored without a target', () => {
    const e = evaluateKpi(kpi('p16-staff'), { fiscalYear: 2024 });
    expect([e.status, e.actual?.toString()]).toEqual(['untargeted', '961']);
  });

  it('has no FY2023 data where the text gives no figure, and says so', () => {
    for (const id of ['p2-transfer', 'p3-groups', 'p6-designated', 'p13-costs', 'p14-online', 'p15-ict']) {
      const k = kpi(id);
      expect(k.observations, id).toBeUndefined();
      expect(evaluateKpi(k, { fiscalYear: 2023 }).status, id).toBe('no-data');
      expect((k.notes ?? []).length, id).toBeGreaterThan(0);
    }
    expect(kpi('p13-costs').baseline?.value).toBeUndefined();
    expect(kpi('p13-costs').baseline?.note).toBeDefined();
  });
});

describe('the bundled object', () => {
  it('is deeply frozen', () => {
    const unfrozen: string[] = [];
    const visit = (value: unknown, path: string): void => {
      if (typeof value !== 'object' || value === null) return;
      if (!Object.isFrozen(value)) unfrozen.push(path);
      for (const [k, v] of Object.entries(value)) visit(v, `${path}.${k}`);
    };
    visit(plan, 'plan');
    expect(unfrozen).toEqual([]);
    expect(() => {
      (plan.programs as Program[]).push(program(1));
    }).toThrow(TypeError);
  });

  it('is imported by no library module (only the CLI, which stands above the library, loads it)', () => {
    const dir = new URL('../../src/', import.meta.url);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.startsWith('data') && !f.startsWith('cli'),
    );
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      expect(readFileSync(new URL(f, dir), 'utf8'), f).not.toMatch(/from\s+['"][./]+(?:[\w-]+\/)*data\//);
    }
  });
});
