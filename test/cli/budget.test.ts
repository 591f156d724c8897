/*
 * Issue 17, item 4, held to its budget: a 4.1 MB plan of 99,999 programs with ten empty KPIs
 * each (4.5 million problems) is validated within 2 CPU seconds and a 300 MB heap, through the
 * built bin and through validatePlan. The limits are the child process's own (`ulimit -t 2`:
 * killed by the kernel past two seconds of CPU; `--max-old-space-size=300`), not a timer here;
 * the child reports its peak resident memory, which must stay under 300 MB too.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ISSUE_LIMITS } from '../../src/schema/index.js';
import { BUDGET, limited } from '../limited.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'dist', 'cli.js');
const schemaEntry = join(root, 'dist', 'esm', 'schema', 'index.js');
const dir = mkdtempSync(join(tmpdir(), 'munikpi-budget-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CPU_SECONDS = BUDGET.cpuSeconds;
const HEAP_MB = BUDGET.heapMB;

/** 99,999 programs, each `{"kpis":[{},…]}` with ten empty KPIs: about 4.1 MB. */
function hugePlan(): string {
  const program = `{"kpis":[${Array.from({ length: 10 }, () => '{}').join(',')}]}`;
  return (
    '{"id":"huge","municipality":"m","title":"t","period":{"start":2021,"end":2024},' +
    `"directions":[{"id":"d1","number":1,"name":"d"}],"programs":[${Array(99_999).fill(program).join(',')}]}`
  );
}

describe.runIf(existsSync(bin))(
  `a plan with 4.5 million problems, in ${CPU_SECONDS} CPU seconds and ${HEAP_MB} MB`,
  () => {
    let file = '';
    beforeAll(() => {
      file = join(dir, 'huge.json');
      writeFileSync(file, hugePlan());
    });

    it('munikpi validate lists the first of each kind, counts the rest and exits 2', () => {
      const run = limited([bin, 'validate', '--lang', 'en', file]);
      expect(run.signal, run.stderr).toBeNull();
      expect(run.code, run.stderr).toBe(2);
      const lines = run.stdout.trim().split('\n');
      expect(lines.length).toBeLessThanOrEqual(ISSUE_LIMITS.total + 20);
      expect(lines[0]).toBe('programs[0].id: "id" is required [MISSING_FIELD]');
      expect(lines.at(-1)).toBe(
        '(document): and 4,499,855 more of the same kind (MISSING_FIELD) [MISSING_FIELD]',
      );
      expect(run.rssMB).toBeLessThan(HEAP_MB);
    });

    it('validatePlan counts every problem and lists a capped few', () => {
      const script = `
      import { readFileSync } from 'node:fs';
      import { validatePlan } from ${JSON.stringify(schemaEntry)};
      const result = validatePlan(readFileSync(process.argv[1], 'utf8'));
      const more = result.issues.filter((i) => i.data.more === true);
      const counted = result.issues.length - more.length + more.reduce((n, i) => n + i.data.count, 0);
      console.log(JSON.stringify({ ok: result.ok, listed: result.issues.length, counted }));`;
      const run = limited(['--input-type=module', '-e', script, file]);
      expect(run.signal, run.stderr).toBeNull();
      expect(run.code, run.stderr).toBe(0);
      const { ok, listed, counted } = JSON.parse(run.stdout) as Record<string, unknown>;
      expect(ok).toBe(false);
      expect(listed).toBeLessThanOrEqual(ISSUE_LIMITS.total + 20);
      // 99,999 programs × (5 missing fields + 10 KPIs × 4 missing fields).
      expect(counted).toBe(99_999 * 45);
      expect(run.rssMB).toBeLessThan(HEAP_MB);
    });
  },
);
