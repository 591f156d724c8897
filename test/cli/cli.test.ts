import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { kodairaFy2023 } from '../../src/data/kodaira-fy2023.js';
import { VERSION } from '../../src/index.js';
import { cli, cliWithStdin } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'munikpi-cli-'));
const planFile = join(dir, 'plan.json');
writeFileSync(planFile, JSON.stringify(kodairaFy2023));

describe('munikpi (in-process)', () => {
  it('prints its version and help', async () => {
    expect(await cli('--version')).toMatchObject({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    expect(await cli('-V')).toMatchObject({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    expect((await cli('help')).stdout).toContain('コマンド:');
    expect((await cli('help', '--lang', 'en')).stdout).toContain('Commands:');
    for (const command of [
      'report',
      'audit',
      'validate',
      'wareki',
      'fy',
      'evaluate',
      'import',
      'template',
      'today',
    ]) {
      const result = await cli(command, '--help');
      expect([command, result.code, result.stdout.startsWith('使い方: munikpi')]).toEqual([command, 0, true]);
      const english = await cli(command, '--help', '--lang', 'en');
      expect([command, english.stdout.startsWith('Usage: munikpi')]).toEqual([command, true]);
    }
    expect((await cli('help', 'fy')).stdout).toContain('munikpi fy 2024-03-31');
  });

  it('reports on the bundled Kodaira data by default: 1/21/3, program 12 B, progress 41.88', async () => {
    const { code, stdout } = await cli('report');
    expect(code).toBe(0);
    expect(stdout).toMatch(/計\s+1 \(4%\)\s+21 \(84%\)\s+3 \(12%\)\s+25/);
    expect(stdout).toMatch(
      /12 {2}文書の電子化・ペーパーレス化\s+3 運営・業務執行体制の効率化\s+B 予定よりも遅れている/,
    );
    expect(stdout).toMatch(/電子決裁対象文書の電子決裁率\s+73\.9%\s+90%\s+85%\s+41\.88%\s+82\.11%\s+遅れ/);
  });

  it('reports a plan file in every format and language', async () => {
    const json = JSON.parse((await cli('report', planFile, '--format', 'json', '--fy', 'R5')).stdout);
    expect(json.declared.total.counts).toEqual({ S: 1, A: 21, B: 3 });
    const md = await cli('report', planFile, '-f', 'md', '--lang', 'en', '--sections', 'summary');
    expect(md.stdout).toContain('| Total | 1 (4%) | 21 (84%) | 3 (12%) | 25 |');
    const units = await cli('report', '--sections', 'kpis', '--yen-units', '--places', '1');
    expect(units.stdout).toContain('6億470万1,094円');
    expect(units.stdout).toContain('41.9%');
  });

  it('writes CSV with a BOM by default, without on request, and in Shift_JIS', async () => {
    const utf8 = await cli('report', '--format', 'csv');
    expect([...utf8.stdoutBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(utf8.stdout, { bom: true, relax_column_count: true }) as string[][];
    expect(rows.find((r) => r[0] === '計')).toEqual(['計', '1 (4%)', '21 (84%)', '3 (12%)', '25']);
    const plain = await cli('report', '--format', 'csv', '--no-bom');
    expect(plain.stdoutBytes[0]).not.toBe(0xef);
    const sjis = await cli(
      'report',
      '--format',
      'csv',
      '--out-encoding',
      'shift_jis',
      '--sections',
      'programs',
    );
    const decoded = iconv.decode(Buffer.from(sjis.stdoutBytes), 'cp932');
    const sjisRows = parse(decoded, { relax_column_count: true }) as string[][];
    expect(sjisRows.find((r) => r[0] === '12')?.[3]).toBe('B 予定よりも遅れている');
  });

  it('writes to a file with -o', async () => {
    const out = join(dir, 'report.md');
    expect((await cli('report', '-f', 'md', '-o', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('# 小平市');
  });

  it('reads a plan from standard input with -', async () => {
    const result = await cliWithStdin(JSON.stringify(kodairaFy2023), 'report', '-', '--sections', 'summary');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('25');
  });

  it('reads Shift_JIS plan files, detected or chosen', async () => {
    const file = join(dir, 'plan-sjis.json');
    writeFileSync(file, iconv.encode(JSON.stringify(kodairaFy2023), 'cp932'));
    expect((await cli('validate', file, '--lang', 'en')).stdout).toBe(
      'ok: kodaira-management-policy-1 (16 programs)\n',
    );
    expect((await cli('validate', file)).stdout).toBe(
      '問題なし: kodaira-management-policy-1（16プログラム）\n',
    );
    expect((await cli('validate', file, '--encoding', 'shift_jis')).code).toBe(0);
    const wrong = await cli('validate', file, '--encoding', 'utf-8');
    expect([wrong.code, wrong.stderr]).toEqual([2, expect.stringMatching(/^munikpi: INVALID_ENCODING: /)]);
  });

  it('writes the HTML report as one page, and refuses options that shape only tables', async () => {
    const html = await cli('report', planFile, '--format', 'html', '--lang', 'en');
    expect(html.code).toBe(0);
    expect(html.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.stdout).toContain('</html>');
    const sections = await cli('report', '--format', 'html', '--sections', 'summary', '--lang', 'en');
    expect([sections.code, sections.stdout]).toEqual([2, '']);
    expect(sections.stderr).toBe(
      'munikpi: USAGE: --sections does not apply to --format html (a whole page)\n',
    );
    const bom = await cli('report', '--format', 'md', '--no-bom', '--lang', 'en');
    expect([bom.code, bom.stderr]).toEqual([2, 'munikpi: USAGE: --no-bom applies to --format csv only\n']);
    const ja = await cli('report', '--format', 'md', '--no-bom');
    expect(ja.stderr).toBe('munikpi: USAGE: --no-bom は --format csv のときだけ使えます\n');
  });

  it('refuses a shared option on a command that does not use it', async () => {
    for (const args of [
      ['fy', '2024-03-31', '--fy', 'R1'],
      ['wareki', '2023-04-01', '--places', '2'],
      ['validate', planFile, '--format', 'json'],
      ['today', '--encoding', 'utf-8'],
      ['evaluate', '--fy', 'R5', '--output', 'x.txt'],
    ]) {
      const result = await cli(...args, '--lang', 'en');
      expect([args.join(' '), result.code, result.stdout]).toEqual([args.join(' '), 2, '']);
      expect(result.stderr).toMatch(
        /^munikpi: USAGE: unknown option --(fy|places|format|encoding|output) for munikpi [a-z]+; /,
      );
    }
  });

  it('audits with exit 0 for the Kodaira data and 1 for errors', async () => {
    const ok = await cli('audit');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('詳細のない9プログラムはA×9でなければ集計表に合いません');
    const broken = structuredClone(kodairaFy2023) as unknown as {
      programs: { reports: Record<string, { rating: string }> }[];
    };
    (broken.programs[0] as { reports: Record<string, { rating: string }> }).reports['2023'] = { rating: 'S' };
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    const bad = await cli('audit', file, '--lang', 'en');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('SUMMARY_EXCEEDED');
    const json = JSON.parse((await cli('audit', file, '-f', 'json')).stdout);
    expect(json.ok).toBe(false);
  });

  it('validates with every problem and its path', async () => {
    const doc = structuredClone(kodairaFy2023) as unknown as {
      programs: { reports: Record<string, { rating: string }> }[];
    };
    (doc.programs[3] as { reports: Record<string, { rating: string }> }).reports['2023'] = { rating: 'C' };
    const file = join(dir, 'invalid.json');
    writeFileSync(file, JSON.stringify(doc));
    const result = await cli('validate', file, '--lang', 'en');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe(
      'programs[3].reports.2023.rating: "C": expected one of S, A, B [UNKNOWN_RATING]\n',
    );
    expect(result.stderr).toMatch(/^munikpi: INVALID_PLAN: .* has 1 problem\(s\), listed on stdout\n$/);
    const ja = await cli('validate', file);
    expect(ja.stdout).toBe(
      'programs[3].reports.2023.rating: 評価"C"は評価区分（S、A、B）にありません [UNKNOWN_RATING]\n',
    );
    expect(ja.stderr).toMatch(/^munikpi: INVALID_PLAN: .* に1件の問題があります/);
  });

  it('converts era dates in both directions', async () => {
    expect((await cli('wareki', '2023-04-01')).stdout).toBe('令和5年4月1日\n');
    expect((await cli('wareki', '2023-04-01', '--era', 'initial')).stdout).toBe('R5.4.1\n');
    expect((await cli('wareki', '2023-04-01', '--kanji')).stdout).toBe('令和五年四月一日\n');
    expect((await cli('wareki', '令和 5 年 4 月 1 日')).stdout).toBe('2023-04-01\n');
    expect((await cli('wareki', 'R5.3')).stdout).toBe('2023-03\n');
    expect((await cli('wareki', '令和元年')).stdout).toBe('2019\n');
    expect((await cli('wareki', '平成32年4月1日', '--lang', 'en')).stdout).toBe(
      '2020-04-01 (overflow: 平成 had ended)\n',
    );
    expect((await cli('wareki', '平成32年4月1日')).stdout).toBe('2020-04-01 (平成は終わった後の年です)\n');
    expect(JSON.parse((await cli('wareki', 'H31.4.30', '-f', 'json')).stdout)).toMatchObject({
      date: '2019-04-30',
      era: '平成',
    });
  });

  it('names the fiscal year of a date or label', async () => {
    const line = '2023 令和5年度 FY2023 2023-04-01..2024-03-31\n';
    expect((await cli('fy', '2024-03-31')).stdout).toBe(line);
    expect((await cli('fy', 'R5')).stdout).toBe(line);
    expect((await cli('fy', '令和6年3月31日')).stdout).toBe(line);
    expect(JSON.parse((await cli('fy', '2019-05-01', '-f', 'json')).stdout)).toMatchObject({
      label: '令和元年度',
    });
  });

  it('evaluates a KPI from flags: 電子決裁率 FY2023', async () => {
    const { code, stdout } = await cli(
      'evaluate',
      '--fy',
      'R5',
      '--name',
      '電子決裁率',
      '--unit',
      '%',
      '--baseline',
      '62.3',
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
      '--lang',
      'en',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('電子決裁率 令和5年度: behind');
    expect(stdout).toContain('progress %: 41.88');
    expect(stdout).toContain('expected: 83.075');
  });

  it('evaluates the other kinds from flags and a KPI file', async () => {
    const sales = JSON.parse(
      (
        await cli(
          'evaluate',
          '--fy',
          '2023',
          '--kind',
          'annual',
          '--unit',
          '円',
          '--target',
          '20000000',
          '--actual',
          '604701094',
          '-f',
          'json',
        )
      ).stdout,
    );
    expect([sales.achievement, sales.gap, sales.status]).toEqual(['3023.51', '584701094', 'achieved']);
    const milestone = await cli(
      'evaluate',
      '--fy',
      '2023',
      '--kind',
      'milestone',
      '--target',
      '2024-01',
      '--done',
      '2024-01',
      '--lang',
      'en',
    );
    expect(milestone.stdout).toContain('achieved');
    const notDone = await cli(
      'evaluate',
      '--fy',
      '2023',
      '--kind',
      'milestone',
      '--target',
      '2024-01',
      '--done',
      'no',
      '--lang',
      'en',
    );
    expect(notDone.stdout).toContain('behind');
    const file = join(dir, 'kpi.json');
    writeFileSync(file, JSON.stringify(kodairaFy2023.programs[11]?.kpis?.[0]));
    expect(
      (await cli('evaluate', '--fy', 'R5', '--kpi', file, '--places', '3', '--lang', 'en')).stdout,
    ).toContain('progress %: 41.877');
    const worse = await cli(
      'evaluate',
      '--fy',
      '2023',
      '--kind',
      'no-worse',
      '--actual',
      '17',
      '--previous',
      '18',
      '--lang',
      'en',
    );
    expect(worse.stdout).toContain('behind');
  });

  it("prints today's facts in Japan time", async () => {
    expect((await cli('today')).stdout).toMatch(/年度: 令和\d+年度/);
  });

  it('exits 2 with one line naming the code for bad input', async () => {
    for (const args of [
      ['wareki', '平成31年5月1日x'],
      ['fy', '令和0年度'],
      ['report', join(dir, 'missing.json')],
      ['report', dir],
      [
        'evaluate',
        '--fy',
        'R5',
        '--kind',
        'rate',
        '--target',
        '10',
        '--baseline',
        '0',
        '--baseline-date',
        '2021-04-01',
        '--by',
        'R6',
        '--actual',
        '5',
      ],
    ]) {
      const result = await cli(...args);
      expect([args, result.code]).toEqual([args, 2]);
      expect(result.stderr).toMatch(/^munikpi: [A-Z_]+: [^\n]+\n$/);
    }
  });

  it('exits 2 for usage errors, with the stack only under --debug', async () => {
    for (const args of [
      ['frobnicate'],
      ['wareki'],
      ['report', '--nope'],
      ['report', '-f', 'pdf'],
      ['report', '--lang', 'fr'],
      ['report', '--places', 'x'],
      ['report', 'a.json', 'b.json'],
      ['audit', 'a', 'b'],
      ['validate'],
      ['evaluate'],
      ['evaluate', 'x', '--fy', 'R5'],
      ['evaluate', '--fy', 'R5', '--kind', 'level'],
      ['evaluate', '--fy', 'R5', '--kind', 'odd', '--target', '1'],
      ['evaluate', '--fy', 'R5', '--target', '1', '--places', '1.5'],
      ['fy', '令和5年4月'],
      ['report', '-', '--sections', 'summary'],
    ]) {
      const result = await cli(...args);
      expect([args, result.code]).toEqual([args, 2]);
      expect(result.stderr).toMatch(/^munikpi: (USAGE|[A-Z_]+): /);
    }
    const debug = await cli('frobnicate', '--debug');
    expect(debug.stderr).toContain('at ');
  });
});

describe('munikpi import and template (in-process)', () => {
  it('round-trips: template → fill → import → report', async () => {
    const templateFile = join(dir, 'template.csv');
    expect(
      (await cli('template', '--format', 'csv', '--period', 'R3-R6', '--fy', 'R5', '-o', templateFile)).code,
    ).toBe(0);
    const header = readFileSync(templateFile, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0] as string;
    const columns = header.split(',');
    const row = (cells: Record<string, string>) => columns.map((c) => cells[c] ?? '').join(',');
    const filled = join(dir, 'filled.csv');
    writeFileSync(
      filled,
      [
        header,
        row({
          方向性: '3 運営・業務執行体制の効率化',
          'No.': '12',
          実施プログラム: '文書の電子化・ペーパーレス化',
          評価: 'B',
          取組実績: '令和5年度末での電子決裁率73.9%',
        }),
        row({
          方向性: '3 運営・業務執行体制の効率化',
          'No.': '11',
          実施プログラム: '庁内会議の合理化',
          評価: 'A',
          取組実績: '本格運用を開始した。',
        }),
      ].join('\r\n'),
    );
    const planFileOut = join(dir, 'imported.json');
    const imported = await cli(
      'import',
      filled,
      '--id',
      'demo',
      '--municipality',
      '小平市',
      '--title',
      'デモ',
      '--period',
      'R3-R6',
      '--fy',
      'R5',
      '-o',
      planFileOut,
    );
    expect([imported.code, imported.stderr]).toEqual([0, '']);
    const report = JSON.parse((await cli('report', planFileOut, '-f', 'json', '--fy', 'R5')).stdout);
    expect(report.detailed.total.counts).toEqual({ S: 0, A: 1, B: 1 });
  });

  it('writes an .xlsx template only to a file', async () => {
    const file = join(dir, 'template.xlsx');
    expect((await cli('template', '-o', file, '--period', 'R3-R6')).code).toBe(0);
    expect([...readFileSync(file).subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect((await cli('template')).code).toBe(2);
  });

  it('reports every rejected cell and writes nothing when the import fails', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'No.,実施プログラム,評価\r\nx,名前,Z\r\n2,,A\r\n');
    const out = join(dir, 'never.json');
    const result = await cli(
      'import',
      bad,
      '--id',
      'x',
      '--municipality',
      'm',
      '--title',
      't',
      '--period',
      'R3-R6',
      '--fy',
      'R5',
      '-o',
      out,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^munikpi: IMPORT_FAILED: /);
    expect(existsSync(out)).toBe(false);
  });
});
