import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { commandHelp } from '../../src/cli/help.js';
import { ALWAYS, closest, parseOptions } from '../../src/cli/options.js';
import { cliWordsFor } from '../../src/core/messages/cli.js';
import { cli } from './helpers.js';

// Issue 15/18: the CLI is a table of commands, each declaring its options once; the help and
// the parser read the same declaration, so they cannot disagree.

/** A value the declaration accepts. */
function sample(spec: { values?: readonly string[]; shape?: { what: string } }): string {
  return spec.values?.[0] ?? (spec.shape === undefined ? 'x' : spec.shape.what === 'limits' ? 'rows=1' : '1');
}

describe('a table of commands', () => {
  it('lists every declared option exactly once in the help, and parses each of them', () => {
    const words = cliWordsFor('en').cliHelp;
    for (const command of COMMANDS.values()) {
      const help = commandHelp(command, words);
      const options = help.slice(help.search(/^(Common o|O)ptions:/m));
      for (const spec of [...command.options, ...ALWAYS]) {
        const mentions = options
          .split('\n')
          .filter((line) => new RegExp(`^\\s+(-\\w, )?--${spec.name}( |$)`).test(line));
        expect([command.name, spec.name, mentions.length]).toEqual([command.name, spec.name, 1]);
        const args = spec.type === 'boolean' ? [`--${spec.name}`] : [`--${spec.name}`, sample(spec)];
        const parsed = parseOptions(command.name, [...args, '--help'], command.options, words);
        expect(parsed.args.has(spec.name)).toBe(true);
        if (spec.short !== undefined) {
          const short = spec.type === 'boolean' ? [`-${spec.short}`] : [`-${spec.short}`, sample(spec)];
          expect(
            parseOptions(command.name, [...short, '--help'], command.options, words).args.has(spec.name),
          ).toBe(true);
        }
      }
    }
  });

  it('shows --fy once for import and template, and marks it required for evaluate', async () => {
    for (const name of ['import', 'template', 'report', 'evaluate']) {
      const { stdout } = await cli(name, '--help');
      expect([name, stdout.match(/^ +--fy <year>/gm)?.length]).toEqual([name, 1]);
    }
    expect((await cli('evaluate', '--help', '--lang', 'en')).stdout).toMatch(
      /--fy <year> +the fiscal year evaluated[^\n]*\(no default\)\n\s+\(required\)/,
    );
    expect((await cli('evaluate', '--help')).stdout).toMatch(
      /--fy <year> +評価する年度[^\n]*（既定なし）\n\s+\(必須\)/,
    );
    const missing = await cli('evaluate', '--kind', 'level', '--target', '1', '--lang', 'en');
    expect([missing.code, missing.stderr]).toEqual([
      2,
      'munikpi: USAGE: evaluate needs --fy; see munikpi evaluate --help\n',
    ]);
  });

  it("words an unknown option itself, with the closest option, never Node's wording", async () => {
    const typo = await cli('report', '--formt', 'md', '--lang', 'en');
    expect([typo.code, typo.stderr]).toEqual([
      2,
      'munikpi: USAGE: unknown option --formt for munikpi report; did you mean --format?\n',
    ]);
    const far = await cli('wareki', '2023-04-01', '--zzz', '--lang', 'en');
    expect(far.stderr).toBe(
      'munikpi: USAGE: unknown option --zzz for munikpi wareki; see munikpi wareki --help\n',
    );
    const short = await cli('report', '-x', '--lang', 'en');
    expect(short.stderr).toBe(
      'munikpi: USAGE: unknown option -x for munikpi report; see munikpi report --help\n',
    );
    for (const result of [typo, far, short])
      expect(result.stderr).not.toMatch(/Unknown option '|ERR_PARSE_ARGS/);
    expect((await cli('reprot', '--lang', 'en')).stderr).toBe(
      'munikpi: USAGE: unknown command "reprot"; did you mean report?\n',
    );
    expect((await cli('report', '--formt', 'md')).stderr).toBe(
      'munikpi: USAGE: munikpi report に --formt というオプションはありません。--format のことですか？\n',
    );
    expect((await cli('reprot')).stderr).toBe(
      'munikpi: USAGE: "reprot" というコマンドはありません。report のことですか？\n',
    );
    expect(closest('lang', ['format', 'fy'])).toBeUndefined();
  });

  it('checks values against the declaration: closed lists, shapes, switches with no value', async () => {
    expect((await cli('report', '--lang', 'fr')).stderr).toBe(
      'munikpi: USAGE: --lang は ja、enのいずれかです。"fr" は使えません\n',
    );
    expect((await cli('report', '--places', '1.5', '--lang', 'en')).stderr).toBe(
      'munikpi: USAGE: --places must be a whole number, not "1.5"\n',
    );
    expect((await cli('report', '--yen-units=yes', '--lang', 'en')).stderr).toBe(
      'munikpi: USAGE: --yen-units takes no value\n',
    );
    expect((await cli('report', '--lang=en', '--fy')).stderr).toBe(
      'munikpi: USAGE: --fy needs a value <year>\n',
    );
  });

  it('looks commands and help topics up in a Map: no prototype names', async () => {
    for (const args of [['constructor'], ['toString'], ['__proto__'], ['help', 'constructor'], ['valueOf']]) {
      const result = await cli(...args, '--lang', 'en');
      expect([args, result.code, result.stdout]).toEqual([args, 2, '']);
      expect(result.stderr).toMatch(/^munikpi: USAGE: unknown command "\w+"; see munikpi --help\n$/);
    }
    expect(COMMANDS).toBeInstanceOf(Map);
  });

  it('prints usage on stderr with exit 2 without a command, and on stdout for help', async () => {
    const bare = await cli();
    expect([bare.code, bare.stdout]).toEqual([2, '']);
    expect(bare.stderr).toContain('使い方: munikpi <command> [options]');
    const english = await cli('--lang', 'en');
    expect([english.code, english.stdout]).toEqual([2, '']);
    expect(english.stderr).toContain('Usage: munikpi <command> [options]');
    for (const args of [['help'], ['--help'], ['-h']]) {
      const result = await cli(...args, '--lang', 'en');
      expect([args, result.code, result.stderr]).toEqual([args, 0, '']);
      expect(result.stdout).toContain('Commands:');
    }
    expect((await cli('help', 'fy')).stdout).toContain('munikpi fy 2024-03-31');
  });
});
