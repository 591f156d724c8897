import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { kodairaFy2023 } from '../../src/data/kodaira-fy2023.js';

// These tests run the built bin as a subprocess; npm test builds before it runs them.
const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'munikpi-bin-'));

function run(args: string[], input?: string | Uint8Array) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    ...(input === undefined ? {} : { input: Buffer.from(input) }),
    encoding: 'buffer',
    timeout: 30_000,
    env: { ...process.env, TZ: 'UTC' },
  });
  return {
    code: result.status,
    stdout: result.stdout.toString('utf8'),
    stderr: result.stderr.toString('utf8'),
  };
}

beforeAll(() => {
  if (!existsSync(bin)) throw new Error('dist/cli.js is missing: run `npm run build` first');
});

describe('the munikpi bin', () => {
  it('prints the Kodaira report: 1/21/3, program 12 B, 電子決裁率 progress 41.88', () => {
    const { code, stdout, stderr } = run(['report']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/計\s+1 \(4%\)\s+21 \(84%\)\s+3 \(12%\)\s+25/);
    expect(stdout).toMatch(/12 {2}文書の電子化・ペーパーレス化.*B 予定よりも遅れている/);
    expect(stdout).toMatch(/電子決裁対象文書の電子決裁率.*41\.88%/);
  });

  it('exits 0 for a clean audit and 2 for usage errors', () => {
    expect(run(['audit']).code).toBe(0);
    const usage = run(['report', '--nope']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^munikpi: USAGE: /);
    expect(usage.stderr).not.toContain('    at ');
  });

  it('exits 1 when the audit finds an error', () => {
    const broken = structuredClone(kodairaFy2023) as unknown as {
      programs: { reports: Record<string, { rating: string }> }[];
    };
    (broken.programs[0] as { reports: Record<string, { rating: string }> }).reports['2023'] = { rating: 'S' };
    const { code, stdout } = run(['audit', '-', '--lang', 'en'], JSON.stringify(broken));
    expect(code).toBe(1);
    expect(stdout).toContain('SUMMARY_EXCEEDED');
  });

  it('reads standard input', () => {
    const { code, stdout } = run(['validate', '-', '--lang', 'en'], JSON.stringify(kodairaFy2023));
    expect([code, stdout]).toEqual([0, 'ok: kodaira-management-policy-1 (16 programs)\n']);
  });

  const corpus: [string, string | Uint8Array][] = [
    ['truncated.json', JSON.stringify(kodairaFy2023).slice(0, 500)],
    ['empty.json', ''],
    ['not-json.json', '令和5年度の進捗状況\n'],
    ['wrong-encoding.json', new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x80, 0x81, 0x22, 0x7d])],
    ['binary.json', new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
    ['huge.json', `{"notes":["${'x'.repeat(10 * 1024 * 1024)}"]}`],
    ['deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['proto.json', '{"__proto__":{"polluted":true}}'],
    ['duplicate.json', '{"id":"a","id":"b"}'],
    ['array.json', '[]'],
    ['null.json', 'null'],
    ['bom-only.json', new Uint8Array([0xef, 0xbb, 0xbf])],
    ['sjis-garbage.json', iconv.encode('{"id":"小平市", "x": }', 'cp932')],
  ];

  it.each(corpus)('ends a malformed file (%s) with exit 2 and one line, never a crash', (name, content) => {
    const file = join(dir, name);
    writeFileSync(file, content);
    for (const command of ['report', 'audit', 'validate']) {
      const { code, stdout, stderr } = run([command, file]);
      expect([command, code]).toEqual([command, 2]);
      if (command !== 'validate') expect(stdout).toBe('');
      expect(stderr).toMatch(/^munikpi: [A-Z_]+: /);
      expect(stderr.split('\n')[0]?.length).toBeLessThan(600);
      expect(stderr).not.toContain('    at ');
    }
  });
});
