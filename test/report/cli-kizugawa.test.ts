/*
 * `munikpi report` of a plan on 木津川市's scale, run through the built bin (npm run build
 * first): the plan's headings, shares to one decimal as published, 対象外 counted apart.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sh } from '../cli/spawn.js';

const fixture = fileURLToPath(new URL('../fixtures/kizugawa-sample-plan.json', import.meta.url));

describe('munikpi report of the 木津川市-style sample plan', () => {
  const { code, stdout, stderr } = sh(`munikpi report ${JSON.stringify(fixture)} --sections summary`);

  it('prints 重点改革項目 / 取組項目 headings, 40.0 % shares and 対象外 apart', () => {
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('■ 詳細取組項目の集計');
    const lines = stdout.split('\n').map((line) => line.trim().split(/\s{2,}/));
    expect(lines.find((cells) => cells[0] === '重点改革項目')?.slice(-3)).toEqual(['計', '対象外', '未評価']);
    expect(lines.find((cells) => cells[0] === '1 持続可能な財政運営')).toEqual([
      '1 持続可能な財政運営',
      '1 (20.0%)',
      '2 (40.0%)',
      '1 (20.0%)',
      '1 (20.0%)',
      '5',
      '1',
      '0',
    ]);
  });
});
