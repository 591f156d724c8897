import { VERSION } from '../version.js';

/** The options several commands share, one line each. */
const SHARED = {
  lang: '      --lang ja|en     labels in Japanese (default) or English',
  fy: '      --fy <year>      fiscal year: 2023, R5, 令和5年度, FY2023 (default: the latest reported)',
  encoding: '      --encoding <e>   input encoding: auto (default), utf-8, shift_jis',
  output: '  -o, --output <file>  write to a file (whole or not at all) instead of stdout',
} as const;

/** The shared options a command takes (each command refuses the others), with --debug and --help. */
function common(...names: (keyof typeof SHARED)[]): string {
  return `${['Common options:', ...names.map((n) => SHARED[n]), '      --debug          print the stack trace of an error', '  -h, --help           this help'].join('\n')}\n`;
}

/** Help text for each command. @internal */
export const HELP = {
  main: `munikpi ${VERSION}: progress management for Japanese municipal plans

Usage: munikpi <command> [options]

Commands:
  report [file]       the progress report: summary, programs, KPI evaluations, audit
                      (default: the bundled Kodaira FY2023 data)
  audit [file]        the audit findings; exit 1 when any is an error
  validate <file>     check a plan file; every problem with its path
  wareki <text>       2023-04-01 → 令和5年4月1日; 令和5年4月1日 → 2023-04-01
  fy <text>           the fiscal year of a date, or of a label such as R5
  evaluate            evaluate a KPI for a fiscal year, from flags or a JSON file
  import <file>       a progress table (.xlsx, or CSV in UTF-8 or Shift_JIS) → plan JSON
  template            a blank progress table to fill in and import
  today               today's date, era date and fiscal year in Japan

  munikpi <command> --help   help on a command
  munikpi --version          the version

A file of - reads standard input. Exit codes: 0 success, 1 error findings (munikpi audit),
2 usage or invalid input, 70 an internal error (please report it).
`,
  report: `Usage: munikpi report [file] [options]

The progress report for a fiscal year: the rating summary (the declared table and the tally
of the detailed programs), the programs with their ratings, the KPI evaluations and the
audit findings. Without a file, the bundled Kodaira FY2023 data.

Options:
  -f, --format <f>     text (default), md, csv, json, html (one self-contained page)
      --sections <s>   comma list of summary, programs, kpis, audit (default all)
      --places <n>     decimal places for KPI percentages (default 2)
      --yen-units      money in 万/億 units (6億470万1,094円)
      --out-encoding   csv output: utf-8 (default, with BOM) or shift_jis
      --no-bom         csv output in UTF-8 without a BOM
${common('lang', 'fy', 'encoding', 'output')}`,
  audit: `Usage: munikpi audit [file] [options]

The audit findings for a fiscal year. Exit code 1 when any finding is an error.

Options:
  -f, --format <f>     text (default), md, csv, json
${common('lang', 'fy', 'encoding', 'output')}`,
  validate: `Usage: munikpi validate <file> [options]

Checks a plan file (JSON) against the schema and prints every problem with its path.
Exit code 2 when the file is invalid.
${common('encoding')}`,
  wareki: `Usage: munikpi wareki <date-or-text> [options]

  munikpi wareki 2023-04-01        → 令和5年4月1日
  munikpi wareki 令和5年4月1日     → 2023-04-01
  munikpi wareki R5.3              → 2023-03

Options:
      --era name|short|initial   how to write the era (令和, 令, R)
      --kanji                    kanji numerals (令和五年四月一日)
  -f, --format text|json
${common()}`,
  fy: `Usage: munikpi fy <date-or-text> [options]

  munikpi fy 2024-03-31     → 2023 令和5年度 FY2023 2023-04-01..2024-03-31
  munikpi fy 令和5年度       → the same
  munikpi fy 令和6年3月31日  → the same

Options:
  -f, --format text|json
${common()}`,
  evaluate: `Usage: munikpi evaluate --fy <year> (--kpi <file> | KPI flags) [--actual <n>]

Evaluates a KPI in a fiscal year: progress, achievement, expected value, status.

  munikpi evaluate --fy R5 --name 電子決裁率 --unit % --baseline 62.3 \\
    --baseline-date 2021-04-01 --target 90 --by R6 --year-target 85 --actual 73.9

Options:
      --kpi <file>           a KPI as JSON (see docs/data-format.md); - for stdin
      --kind <k>             level (default), change, rate, annual, count, no-worse,
                             milestone, monitor
      --name, --unit         the KPI's name and unit
      --direction higher|lower
      --baseline <n>         baseline value; --baseline-date <date> when it was taken
      --target <n>           the level, change amount, rate %, annual value, count or
                             milestone due date (YYYY-MM)
      --by <year>            the fiscal year the target is due
      --year-target <n>      the target for the evaluated year
      --actual <n>           the actual (else the KPI file's observation)
      --previous <n>         the previous year's actual (no-worse targets)
      --done <YYYY-MM|no>    a milestone's completion
      --places <n>           decimal places for percentages (default 2)
  -f, --format text|json
${common('fy', 'encoding')}`,
  import: `Usage: munikpi import <file.xlsx|file.csv> [options] -o plan.json

Reads a progress table, one row per program, and writes a plan JSON that passes the schema
(docs/data-format.md). Japanese headers as in the Kodaira report are recognised; a mapping
file names other columns. Every rejected cell is reported at once (sheet!cell: reason) and
nothing is written when the import fails.

Options:
      --map <file>         a mapping file (JSON) for other layouts
      --id, --municipality, --title
      --period <R3-R6>     the plan period (or the 計画 sheet gives it)
      --fy <year>          the fiscal year the table reports
      --scale <id>         a rating scale munikpi ships (default kodaira-sab)
      --allow-overflow     read 平成32年度 and the like as old documents meant them
${common('fy', 'encoding', 'output')}`,
  template: `Usage: munikpi template [--format xlsx|csv] -o <file> [options]

A blank progress table with the headers munikpi reads, to fill in and import.

Options:
  -f, --format xlsx|csv    default xlsx (needs -o)
      --period <R3-R6>     add the schedule columns of the plan's years
      --fy <year>          the fiscal year the table will report
      --scale <id>         the rating scale
      --directions <n>     how many direction rows to prepare
      --out-encoding       csv: utf-8 (default, with BOM) or shift_jis
${common('fy', 'output')}`,
  today: `Usage: munikpi today

Today's date, era date and fiscal year, in Japan time.
${common()}`,
} as const;
