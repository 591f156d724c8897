import {
  chmodSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kodairaFy2023 } from '../../src/data/kodaira-fy2023.js';
import { sh, TYPED_ERROR } from './spawn.js';

// Issue 17, items 5, 8, 9, 17 and the unreadable file: the built bin in a child process, each
// run under 2 CPU seconds (`ulimit -t`), `timeout` and a 300 MB heap, ends in a typed error or a correct result.

const dir = mkdtempSync(join(tmpdir(), 'munikpi-safety-'));
chmodSync(dir, 0o755);
const plan = join(dir, 'plan.json');
writeFileSync(plan, JSON.stringify(kodairaFy2023));
const q = (path: string) => JSON.stringify(path);

describe('input is read only up to the limit', () => {
  it('refuses /dev/zero without reading it whole, naming the limit and the flag', () => {
    const { code, stdout, stderr } = sh('munikpi validate /dev/zero --lang en');
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(TYPED_ERROR);
    expect(stderr).toMatch(/^munikpi: DOCUMENT_TOO_LARGE: .*32000000 bytes; pass --max-bytes <n>/);
  });

  it('refuses endless standard input (yes | munikpi validate -)', () => {
    const { code, stderr } = sh('yes \'{}\' | munikpi validate - --lang en; echo "exit $?" >&2', {});
    expect(code).not.toBe(124);
    expect(stderr).toMatch(/^munikpi: DOCUMENT_TOO_LARGE: "stdin" is larger than/);
    expect(stderr).toContain('exit 2');
  });

  it('refuses an endless FIFO', () => {
    const fifo = join(dir, 'endless.fifo');
    const { stderr } = sh(
      `mkfifo ${q(fifo)}; (yes '{}' > ${q(fifo)} 2>/dev/null &); munikpi report ${q(fifo)}; echo "exit $?" >&2`,
    );
    expect(stderr).toMatch(/^munikpi: DOCUMENT_TOO_LARGE: .*endless\.fifo/);
    expect(stderr).toContain('exit 2');
  });

  it('reads a plan through a FIFO and stdin when it fits, and --max-bytes lowers or raises the limit', () => {
    const fifo = join(dir, 'plan.fifo');
    expect(
      sh(`mkfifo ${q(fifo)}; (cat ${q(plan)} > ${q(fifo)} &); munikpi validate ${q(fifo)} --lang en`).stdout,
    ).toBe('ok: kodaira-management-policy-1 (16 programs)\n');
    const small = sh(`munikpi validate - --max-bytes 1000 --lang en < ${q(plan)}`);
    expect([small.code, small.stderr]).toEqual([
      2,
      expect.stringMatching(/^munikpi: DOCUMENT_TOO_LARGE: .*1000 bytes/),
    ]);
    const file = sh(`munikpi validate ${q(plan)} --max-bytes 1000`);
    expect(file.stderr).toMatch(/^munikpi: DOCUMENT_TOO_LARGE: /);
    expect(sh(`munikpi validate - --max-bytes 60000000 < ${q(plan)}`).code).toBe(0);
  });

  it('gives an unreadable file its own code, not FILE_NOT_FOUND', () => {
    const secret = join(dir, 'secret.json');
    writeFileSync(secret, '{}');
    chmodSync(secret, 0o000);
    // root reads any file: run as nobody there.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const { code, stderr } = sh(`munikpi validate ${q(secret)} --lang en`, asNobody);
    expect([code, stderr]).toEqual([
      2,
      `munikpi: FILE_UNREADABLE: cannot read ${q(secret)}: permission denied\n`,
    ]);
    expect(sh(`munikpi validate ${q(join(dir, 'missing.json'))}`).stderr).toMatch(
      /^munikpi: FILE_NOT_FOUND: /,
    );
  });
});

describe('-o writes only a regular file or a new path', () => {
  const report = (out: string, extra = '') => sh(`munikpi report -f md -o ${q(out)} ${extra}`);
  const temporaries = (where: string) => readdirSync(where).filter((name) => name.endsWith('.tmp'));

  it('refuses a device, and leaves it a device', () => {
    const { code, stderr } = report('/dev/null', '--lang en');
    expect([code, stderr]).toEqual([
      2,
      expect.stringMatching(/^munikpi: UNSAFE_OUTPUT: .*"\/dev\/null": it is a device; pass --force/),
    ]);
    // The CLI's default language is Japanese.
    expect(report('/dev/null').stderr).toBe(
      'munikpi: UNSAFE_OUTPUT: "/dev/null" はデバイスなので書き込みません。' +
        '書き込むには --force を指定するか、-o - で標準出力に出してください\n',
    );
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(report('/dev/null', '--force').code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('refuses a FIFO, a directory and a symbolic link, leaving each as it was and no temporary file', () => {
    const out = join(dir, 'out');
    mkdirSync(out);
    const fifo = join(out, 'pipe');
    sh(`mkfifo ${q(fifo)}`);
    const target = join(out, 'target.md');
    writeFileSync(target, 'before');
    const link = join(out, 'link.md');
    symlinkSync(target, link);
    for (const [path, what] of [
      [fifo, 'a FIFO'],
      [out, 'a directory'],
      [link, 'a symbolic link'],
    ] as const) {
      const { code, stderr } = report(path, '--lang en');
      expect([path, code]).toEqual([path, 2]);
      expect(stderr).toMatch(TYPED_ERROR);
      expect(stderr).toContain(`UNSAFE_OUTPUT: will not write to ${q(path)}: it is ${what}`);
    }
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('before');
    expect(temporaries(out)).toEqual([]);
    // With --force the link stays a link and its target gets the report.
    expect(report(link, '--force').code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toContain('# 小平市');
  });

  it("keeps an existing file's mode and refuses to split a hard link", () => {
    const file = join(dir, 'private.md');
    writeFileSync(file, 'old');
    chmodSync(file, 0o600);
    expect(report(file).code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toContain('# 小平市');
    const linked = join(dir, 'linked.md');
    linkSync(file, linked);
    const refused = report(file, '--lang en');
    expect([refused.code, refused.stderr]).toEqual([2, expect.stringMatching(/hard links/)]);
    expect(statSync(file).nlink).toBe(2);
  });

  it('cleans up its temporary file when the write fails, and writes stdout for -o -', () => {
    const failed = report(join(dir, 'no-such-dir', 'x.md'));
    expect([failed.code, failed.stderr]).toEqual([2, expect.stringMatching(/^munikpi: FILE_NOT_FOUND: /)]);
    const slash = report(join(dir, 'not-yet/'));
    expect(slash.code).toBe(2);
    expect(slash.stderr).toMatch(TYPED_ERROR);
    expect(temporaries(dir)).toEqual([]);
    const stdout = sh('munikpi report -f md --sections summary -o -');
    expect([stdout.code, stdout.stdout.startsWith('# 小平市')]).toEqual([0, true]);
  });
});

describe('the reader going away, and other ends', () => {
  it('ends quietly with exit 0 when stdout closes early (| head -1, | true)', () => {
    for (const line of [
      'munikpi report --format json | head -1',
      'munikpi report | true',
      'munikpi audit --format json | head -c 10',
    ]) {
      const { code, stderr } = sh(line);
      expect([line, code, stderr]).toEqual([line, 0, '']);
    }
  });

  it('looks commands and help topics up in a map: constructor, toString, __proto__ are unknown', () => {
    for (const args of ['constructor', 'help __proto__', 'toString']) {
      const { code, stdout, stderr } = sh(`munikpi ${args} --lang en`);
      expect([args, code, stdout]).toEqual([args, 2, '']);
      expect(stderr).toMatch(/^munikpi: USAGE: unknown command "[a-zA-Z_]+"; [^\n]+\n$/);
    }
  });

  it('prints usage on stderr and exits 2 without a command', () => {
    const { code, stdout, stderr } = sh('munikpi');
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain('使い方: munikpi <command> [options]');
    expect(sh('munikpi --lang en').stderr).toContain('Usage: munikpi <command> [options]');
  });

  it('warns on stderr about a --fy outside the plan period, and still reports (R99 is FY2117)', () => {
    const { code, stdout, stderr } = sh('munikpi report --fy R99 --sections summary --lang en');
    expect(code).toBe(0);
    expect(stdout).toContain('FY2117');
    expect(stderr).toBe(
      "munikpi: warning: 令和99年度 (2117) is outside the plan's period (令和3年度 (2021) to 令和6年度 (2024)); check --fy\n",
    );
    expect(sh('munikpi audit --fy R99').stderr).toMatch(/^munikpi: 警告: 令和99年度 \(2117\)は計画期間/);
    expect(sh('munikpi report --fy R5 --sections summary').stderr).toBe('');
  });
});
