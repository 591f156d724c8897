/*
 * Issue lists are capped: a 4 MB plan of 99,999 programs with ten empty KPIs each (4.5 million
 * problems) validates in bounded time and memory, through the API and the built bin. Each run
 * is a child process with a 300 MB heap and a hard time limit (`timeout`), not a timer here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ISSUE_LIMITS, validatePlan } from '../../src/schema/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'dist', 'cli.js');
const schemaEntry = join(root, 'dist', 'esm', 'schema', 'index.js');
/** The hard limit on each child: killed past it, and the test fails. */
const LIMIT_MS = 60_000;

/** 99,999 programs, each `{"kpis":[{},…]}` with ten empty KPIs: about 4.1 MB. */
function hugePlan(): string {
  const program = `{"kpis":[${Array.from({ length: 10 }, () => '{}').join(',')}]}`;
  const programs = Array.from({ length: 99_999 }, () => program).join(',');
  return (
    '{"id":"huge","municipality":"m","title":"t","period":{"start":2021,"end":2024},' +
    `"directions":[{"id":"d1","number":1,"name":"d"}],"programs":[${programs}]}`
  );
}

function child(args: string[]) {
  return spawnSync(process.execPath, ['--max-old-space-size=300', ...args], {
    encoding: 'utf8',
    timeout: LIMIT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
}

describe('a plan with millions of problems', () => {
  let file = '';
  beforeAll(() => {
    if (!existsSync(bin)) throw new Error('dist/cli.js is missing: run `npm run build` first');
    file = join(mkdtempSync(join(tmpdir(), 'munikpi-huge-')), 'plan.json');
    writeFileSync(file, hugePlan());
  });

  it(
    'munikpi validate lists the first of each kind and counts the rest, in 300 MB',
    () => {
      const run = child([bin, 'validate', file, '--lang', 'en']);
      expect(run.signal, run.stderr).toBeNull();
      expect(run.status).toBe(2);
      const lines = run.stdout.trim().split('\n');
      expect(lines.length).toBeLessThanOrEqual(ISSUE_LIMITS.total + 20);
      expect(lines.at(-1)).toMatch(
        /^\(document\): and 4,\d{3},\d{3} more of the same kind \(MISSING_FIELD\) \[MISSING_FIELD\]$/,
      );
      expect(lines[0]).toBe('programs[0].id: "id" is required [MISSING_FIELD]');
    },
    LIMIT_MS + 5_000,
  );

  it(
    'validatePlan returns a capped list with a count of the rest, in 300 MB',
    () => {
      const script = `
      import { readFileSync } from 'node:fs';
      import { validatePlan } from ${JSON.stringify(schemaEntry)};
      const result = validatePlan(readFileSync(${JSON.stringify(file)}, 'utf8'));
      const more = result.issues.filter((i) => i.data.more === true);
      const counted = result.issues.length - more.length + more.reduce((n, i) => n + i.data.count, 0);
      console.log(JSON.stringify({ listed: result.issues.length, counted }));`;
      const run = child(['--input-type=module', '-e', script]);
      expect(run.signal, run.stderr).toBeNull();
      expect(run.status, run.stderr).toBe(0);
      const { listed, counted } = JSON.parse(run.stdout) as { listed: number; counted: number };
      expect(listed).toBeLessThanOrEqual(ISSUE_LIMITS.total + 20);
      // Every problem is counted: 99,999 programs × (5 missing fields + 10 KPIs × 4 missing fields).
      expect(counted).toBe(99_999 * 45);
    },
    LIMIT_MS + 5_000,
  );
});

describe('issue limits', () => {
  it('lists at most maxIssuesPerCode of a code, then one line counting the rest', () => {
    const programs = Array.from({ length: 30 }, (_, i) => ({
      id: `p${i}`,
      number: i,
      name: 'x',
      kind: 'implementation',
      direction: 'd9',
    }));
    const plan = {
      id: 'p',
      municipality: 'm',
      title: 't',
      period: { start: 2021, end: 2024 },
      directions: [{ id: 'd1', number: 1, name: 'd' }],
      programs,
    };
    const result = validatePlan(plan, { maxIssuesPerCode: 10 });
    expect(result.issues.map((i) => i.code)).toEqual(Array(11).fill('UNKNOWN_DIRECTION'));
    expect(result.issues.at(-1)?.message).toBe('and 20 more of the same kind (UNKNOWN_DIRECTION)');
    expect(validatePlan(plan, { maxIssuesPerCode: 10, lang: 'ja' }).issues.at(-1)?.message).toBe(
      'ほか同種の問題が20件あります（UNKNOWN_DIRECTION）',
    );
  });
});
