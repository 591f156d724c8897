import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/index.js';
import { cli } from './helpers.js';

describe('munikpi CLI', () => {
  it('prints its version', async () => {
    expect(await cli('--version')).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('prints help with no command', async () => {
    const { code, stdout } = await cli();
    expect(code).toBe(0);
    expect(stdout).toContain('Usage:');
  });

  it('converts in both directions with wareki', async () => {
    expect((await cli('wareki', '2023-04-01')).stdout).toBe('令和5年4月1日\n');
    expect((await cli('wareki', '令和5年4月1日')).stdout).toBe('2023-04-01\n');
    expect((await cli('wareki', 'R5.3')).stdout).toBe('2023-03\n');
    expect((await cli('wareki', '令和元年')).stdout).toBe('2019\n');
  });

  it('names the fiscal year of a date or a label with fy', async () => {
    expect((await cli('fy', '2024-03-31')).stdout).toBe('2023 令和5年度 FY2023\n');
    expect((await cli('fy', 'R5')).stdout).toBe('2023 令和5年度 FY2023\n');
  });

  it("prints today's facts in Japan time", async () => {
    const { code, stdout } = await cli('today');
    expect(code).toBe(0);
    expect(stdout).toMatch(/年度: 令和\d+年度/);
  });

  it('exits 2 with one line naming the code for bad input', async () => {
    const result = await cli('wareki', '平成31年5月1日');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^munikpi: ERA_YEAR_OUT_OF_RANGE: .*\n$/);
    expect(result.stderr.split('\n')).toHaveLength(2);
  });

  it('exits 2 for usage errors', async () => {
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('wareki')).code).toBe(2);
    expect((await cli('--nope')).stderr).toMatch(/^munikpi: USAGE: /);
  });
});
