import type { CliHelpWords } from '../core/messages/catalogue.js';
import { VERSION } from '../index.js';
import type { Command } from './command.js';
import { ALWAYS, optionLines, optionWidth } from './options.js';

/** The help of one command, from its declaration, in the catalogue's words. @internal */
export function commandHelp(command: Command, words: CliHelpWords): string {
  const synopsis = command.synopsis === '' ? '' : ` ${command.synopsis}`;
  const width = optionWidth(command.options, ALWAYS);
  const own =
    command.options.length === 0
      ? ''
      : `${words.options}:\n${optionLines(command.options, words, width)}\n\n`;
  return `${words.usage}: munikpi ${command.name}${synopsis}\n\n${words.command[command.name].description}\n\n${own}${words.commonOptions}:\n${optionLines(ALWAYS, words, width)}\n`;
}

/** The list of commands, from the table, in the catalogue's words. @internal */
export function mainHelp(commands: ReadonlyMap<string, Command>, words: CliHelpWords): string {
  const heads = [...commands.values()].map((c) =>
    `  ${c.name} ${/^(<|\[[^-])/.test(c.synopsis) ? c.synopsis.split(' ')[0] : ''}`.trimEnd(),
  );
  const width = Math.max(...heads.map((h) => h.length)) + 2;
  const lines = [...commands.values()].map((c, i) => {
    const [first, ...rest] = words.command[c.name].summary.split('\n');
    return [
      `${(heads[i] as string).padEnd(width)}${first}`,
      ...rest.map((line) => `${' '.repeat(width)}${line}`),
    ].join('\n');
  });
  return `munikpi ${VERSION}: ${words.tagline}

${words.usage}: munikpi <command> [options]

${words.commands}:
${lines.join('\n')}

${words.mainFooter('munikpi')}
`;
}
