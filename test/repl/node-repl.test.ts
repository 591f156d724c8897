/*
 * The traps of issue 19 in a real `node` REPL, as an analyst meets them: the built package
 * (dist/, made by `npm run build`) required in `node -i`, each line answered as the REPL prints it.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const run = promisify(execFile);

/** Each line's answer, in order: the REPL echoes nothing when fed by a pipe, so its answers are what it prints. */
async function repl(lines: readonly string[]): Promise<string[]> {
  const child = run(process.execPath, ['--interactive'], {
    env: { ...process.env, NODE_NO_READLINE: '1', NODE_REPL_HISTORY: '' },
    timeout: 60_000,
  });
  child.child.stdin?.end(`${lines.join('\n')}\n.exit\n`);
  const { stdout } = await child;
  return stdout
    .split('\n')
    .map((line) => line.replace(/^(> )+/, '').trim())
    .filter((line) => line !== '' && line !== 'undefined' && !/^(Welcome to Node|Type "\.help")/.test(line));
}

describe('in a real node REPL', () => {
  let answers: string[] = [];

  beforeAll(async () => {
    if (!existsSync(`${dist}index.cjs`)) throw new Error('dist/ is missing: run `npm run build` first');
    answers = await repl([
      `const m = require(${JSON.stringify(`${dist}index.cjs`)})`,
      `const { kodairaFy2023 } = require(${JSON.stringify(`${dist}data/kodaira-fy2023.cjs`)})`,
      'const r = m.evaluateKpi(kodairaFy2023.programs[11].kpis[0], { fiscalYear: 2023 })',
      'r.progress + 1',
      'r',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the line typed is a template literal
      '`${r}`',
      'String(r)',
      "m.fiscalYearOf('2024/03/31')",
      'try { r + 1 } catch (e) { e.code }',
    ]);
  }, 70_000);

  const line = '電子決裁対象文書の電子決裁率 FY2023 73.9% → 目標85% (遅れ, 進捗率 41.88%)';

  test('adds a figure as a number: r.progress + 1 is 42.88', () => {
    expect(answers[0]).toBe('42.88');
  });

  test('prints an evaluation as one line, and the same line in a template literal and String()', () => {
    expect(answers.slice(1, 4)).toEqual([line, `'${line}'`, `'${line}'`]);
  });

  test('reads 2024/03/31 as a day of 令和5年度 (2023), and refuses an evaluation in arithmetic', () => {
    expect(answers.slice(4)).toEqual(['2023', "'INVALID_NUMBER'"]);
  });
});
