import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

// Issues 18 and 19: evaluate takes the importer's Japanese words for a kind of target, and
// speaks the catalogue's words with --lang, money as yen.

const SALES = ['--fy', 'R5', '--unit', '円', '--target', '20000000', '--actual', '18500000'];

describe('munikpi evaluate', () => {
  it('takes the Japanese words of the importer for --kind, as the English ones', async () => {
    const english = JSON.parse((await cli('evaluate', ...SALES, '--kind', 'annual', '-f', 'json')).stdout);
    for (const word of ['毎年度', '年間', '各年度']) {
      const japanese = JSON.parse((await cli('evaluate', ...SALES, '--kind', word, '-f', 'json')).stdout);
      expect([word, japanese]).toEqual([word, english]);
    }
    expect([english.kind, english.achievement, english.status]).toEqual(['annual', '92.5', 'behind']);
    const level = await cli(
      'evaluate',
      '--fy',
      'R5',
      '--kind',
      '水準',
      '--target',
      '90',
      '--by',
      'R6',
      '-f',
      'json',
    );
    expect(JSON.parse(level.stdout).kind).toBe('level');
    // 累計 (a running total that reaches the target) is a level target too.
    const cumulative = await cli(
      'evaluate',
      '--fy',
      'R5',
      '--kind',
      '累計',
      '--target',
      '90',
      '--by',
      'R6',
      '-f',
      'json',
    );
    expect(JSON.parse(cumulative.stdout).kind).toBe('level');
    const unknown = await cli('evaluate', '--fy', 'R5', '--kind', '総計', '--target', '1', '--lang', 'en');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /^munikpi: USAGE: --kind must be one of level, .* \(or 水準, .*累計.*毎年度.*\), not "総計"\n$/,
    );
    const ja = await cli('evaluate', '--fy', 'R5', '--kind', '総計', '--target', '1');
    expect(ja.stderr).toMatch(
      /^munikpi: USAGE: --kind は level、.*（または 水準、.*毎年度.*）のいずれかです。"総計" は使えません\n$/,
    );
  });

  it('speaks Japanese by default and with --lang ja, money as yen', async () => {
    const expected = '実績: 18,500,000円\n目標: 20,000,000円\n達成率 %: 92.5\n目標との差: -1,500,000円\n';
    for (const lang of [[], ['--lang', 'ja']]) {
      const { code, stdout } = await cli('evaluate', ...SALES, '--kind', '毎年度', ...lang);
      expect(code).toBe(0);
      expect(stdout).toBe(`KPI 令和5年度: 遅れ\n${expected}`);
    }
  });

  it('speaks English with --lang en, money still as yen', async () => {
    const { stdout } = await cli('evaluate', ...SALES, '--kind', 'annual', '--lang', 'en', '--name', '売上');
    expect(stdout).toBe(
      '売上 令和5年度: behind\nactual: 18,500,000円\ntarget: 20,000,000円\nachievement %: 92.5\ngap: -1,500,000円\n',
    );
  });

  it('gives the 電子決裁率 figures with their unit, in Japanese', async () => {
    const { stdout } = await cli(
      'evaluate',
      ...['--fy', 'R5', '--name', '電子決裁率', '--unit', '%', '--baseline', '62.3'],
      ...[
        '--baseline-date',
        '令和3年4月1日',
        '--target',
        '90',
        '--by',
        'R6',
        '--year-target',
        '85',
        '--actual',
        '73.9',
      ],
    );
    expect(stdout).toContain('電子決裁率 令和5年度: 遅れ\n実績: 73.9%\n');
    expect(stdout).toContain('期待値: 83.075%\n進捗率 %: 41.88\n達成率 %: 82.11\n');
  });

  it('refuses KPI flags next to --kpi, which describes the KPI itself', async () => {
    const result = await cli('evaluate', '--fy', 'R5', '--kpi', 'k.json', '--kind', 'annual', '--lang', 'en');
    expect([result.code, result.stderr]).toEqual([
      2,
      'munikpi: USAGE: --kind describes a KPI, which --kpi k.json already does\n',
    ]);
  });

  it('writes its notes in the reader’s language', async () => {
    const ja = await cli('evaluate', '--fy', 'R5', '--kind', '水準', '--target', '90', '--by', 'R6');
    expect(ja.stdout).toContain('2023年度の実績がありません');
    expect(ja.stdout).not.toContain('no actual');
    const en = await cli(
      'evaluate',
      '--fy',
      'R5',
      '--kind',
      'level',
      '--target',
      '90',
      '--by',
      'R6',
      '--lang',
      'en',
    );
    expect(en.stdout).toContain('no actual for fiscal year 2023');
  });
});
