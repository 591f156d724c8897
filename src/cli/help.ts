import { VERSION } from '../index.js';
import type { Command } from './command.js';
import { ALWAYS, optionLines, optionWidth } from './options.js';

/** The help of one command, from its declaration. @internal */
export function commandHelp(command: Command): string {
  const synopsis = command.synopsis === '' ? '' : ` ${command.synopsis}`;
  const width = optionWidth(command.options, ALWAYS);
  const own = command.options.length === 0 ? '' : `Options:\n${optionLines(command.options, width)}\n\n`;
  return `Usage: munikpi ${command.name}${synopsis}\n\n${command.description}\n\n${own}Common options:\n${optionLines(ALWAYS, width)}\n`;
}

/** The list of commands, from the table. @internal */
export function mainHelp(commands: ReadonlyMap<string, Command>): string {
  const heads = [...commands.values()].map((c) =>
    `  ${c.name} ${/^(<|\[[^-])/.test(c.synopsis) ? c.synopsis.split(' ')[0] : ''}`.trimEnd(),
  );
  const width = Math.max(...heads.map((h) => h.length)) + 2;
  const lines = [...commands.values()].map((c, i) => {
    const [first, ...rest] = c.summary.split('\n');
    return [
      `${(heads[i] as string).padEnd(width)}${first}`,
      ...rest.map((line) => `${' '.repeat(width)}${line}`),
    ].join('\n');
  });
  return `munikpi ${VERSION}: progress management for Japanese municipal plans

Usage: munikpi <command> [options]

Commands:
${lines.join('\n')}

  munikpi <command> --help   help on a command (or munikpi help <command>)
  munikpi --version, -V      the version

A file of - reads standard input. Exit codes: 0 success, 1 error findings (munikpi audit),
2 usage or invalid input, 70 an internal error (please report it).
`;
}
