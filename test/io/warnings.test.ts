/*
 * An import's warnings in the reader's language (`importPlan(…, { lang })`, and the CLI's
 * --lang): every warning is worded from the catalogue, so a Japanese office reads Japanese.
 */
import { describe, expect, it } from 'vitest';
import { cliWordsFor } from '../../src/core/messages/cli.js';
import { importPlan } from '../../src/io/index.js';
import { DEFAULT_LIMITS } from '../../src/io/limits.js';
import { cli } from '../cli/helpers.js';

const PLAN = { id: 'p', municipality: '小平市', title: 't', period: 'H30～R6', fiscalYear: 'R5' } as const;

/** A CSV with no No. column, an unknown column and a baseline month. */
const CSV = [
  '方向性,実施プログラム,評価,謎の列,指標名,単位,基準値,基準日,目標値,目標年度',
  '1 窓口,窓口改革,A,x,利用率,%,10,2021-03,90,2024',
].join('\r\n');
const bytes = new TextEncoder().encode(`${CSV}\r\n`);

describe('an import warns in the language asked for', () => {
  it('in English by default', async () => {
    const { warnings } = await importPlan(bytes, { fileName: 'w.csv', plan: PLAN });
    expect(warnings).toEqual([
      'w.csv!D1: the column "謎の列" is not known: ignored',
      'w.csv!1:1: no number column (No.): programs are numbered in order',
      'w.csv!H2: the baseline month 2021-03 is read as its last day, 2021-03-31',
    ]);
  });

  it('in Japanese with lang ja, the same places', async () => {
    const { warnings } = await importPlan(bytes, { fileName: 'w.csv', plan: PLAN, lang: 'ja' });
    expect(warnings).toEqual([
      'w.csv!D1: 見出し「謎の列」の列は読み取れない項目なので、読み飛ばしました',
      'w.csv!1:1: 番号（No.）の列がないため、プログラムに上から順に番号を付けました',
      'w.csv!H2: 基準の月 2021-03 を、その月の末日 2021-03-31 として読みました',
    ]);
  });

  it('refuses a language it does not speak before reading the file', async () => {
    // A file over every size limit: the language is refused first, so nothing was read.
    const huge = new Uint8Array(DEFAULT_LIMITS.bytes + 1);
    await expect(importPlan(huge, { plan: PLAN, lang: 'fr' as 'ja' })).rejects.toMatchObject({
      code: 'INVALID_OPTION',
    });
    await expect(importPlan(huge, { plan: PLAN, lang: 'ja' })).rejects.toMatchObject({
      code: 'INPUT_TOO_LARGE',
    });
  });

  it('has words for every warning in both languages, none of them left blank', () => {
    for (const lang of ['en', 'ja'] as const) {
      const w = cliWordsFor(lang).importWarning;
      const texts = [
        w.unknownColumn({ header: 'x' }),
        w.unknownPlanKey({ key: 'x' }),
        w.noNumberColumn(),
        w.eraOverflow({ text: '平成32年度', read: { fiscalYear: 2020 } }),
        w.eraOverflow({ text: '平成32年4月1日', read: '2020-04-01' }),
        w.baselineMonth({ month: '2021-03', day: '2021-03-31' }),
        w.scheduleWithoutItem(),
        w.scheduleLines({ lines: 3, items: 1 }),
        w.noPrograms(),
      ];
      expect(texts.length).toBe(Object.keys(w).length + 1);
      for (const text of texts) expect(text, lang).toMatch(/^[^\n]*\S[^\n]*$/);
      for (const text of texts) expect(text, lang).not.toMatch(/undefined|\[object/);
    }
    expect(
      cliWordsFor('ja').importWarning.eraOverflow({ text: '平成32年度', read: { fiscalYear: 2020 } }),
    ).toBe('「平成32年度」を、元号が終わった後の年として 2020年度 と読みました');
  });
});

describe('munikpi import warns in the reader language', () => {
  it('in Japanese by default, in English with --lang en', async () => {
    const { writeFileSync, mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'munikpi-warn-'));
    const file = join(dir, 'w.csv');
    writeFileSync(file, bytes);
    const flags = [
      '--id',
      'p',
      '--municipality',
      '小平市',
      '--title',
      't',
      '--period',
      'H30-R6',
      '--fy',
      'R5',
    ];
    const ja = await cli('import', file, ...flags, '-o', join(dir, 'ja.json'));
    expect(ja.code, ja.stderr).toBe(0);
    expect(ja.stderr).toContain(
      'munikpi: 警告: w.csv!D1: 見出し「謎の列」の列は読み取れない項目なので、読み飛ばしました\n',
    );
    const en = await cli('import', file, ...flags, '--lang', 'en', '-o', join(dir, 'en.json'));
    rmSync(dir, { recursive: true, force: true });
    expect(en.code, en.stderr).toBe(0);
    expect(en.stderr).toContain('munikpi: warning: w.csv!D1: the column "謎の列" is not known: ignored\n');
  });
});
