/*
 * A child process held to issue 17's budget by its own limits, not by a timer here: `ulimit -t 2`
 * (the kernel kills it past two seconds of CPU: SIGKILL, as the soft and hard limits are one) and `--max-old-space-size=300`. The child reports its peak
 * resident memory at exit, which the tests hold under 300 MB too.
 */
import { spawnSync } from 'node:child_process';

/** The CPU seconds and the megabytes (heap, and peak resident memory) each child may use. */
export const BUDGET = Object.freeze({ cpuSeconds: 2, heapMB: 300 });

/** Loaded before the program: writes the process's peak resident memory on stderr at exit. */
const REPORT_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxRSS '+process.resourceUsage().maxRSS+'\\n'))`;

/** What a limited child did. */
export interface Limited {
  readonly code: number | null;
  /** The signal that ended it: `SIGKILL` (or `SIGXCPU`) when it ran out of CPU time. */
  readonly signal: string | null;
  readonly stdout: string;
  /** Its stderr, without the memory report. */
  readonly stderr: string;
  /** Peak resident memory, in MB (NaN when the child died before reporting it). */
  readonly rssMB: number;
}

/** Runs `node ARGS…` under the budget. */
export function limited(args: readonly string[]): Limited {
  const run = spawnSync(
    'sh',
    [
      '-c',
      `ulimit -t ${BUDGET.cpuSeconds} && exec node --max-old-space-size=${BUDGET.heapMB} --import "$0" "$@"`,
      REPORT_RSS,
      ...args,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const rss = /maxRSS (\d+)\n/.exec(run.stderr);
  return {
    code: run.status,
    signal: run.signal,
    stdout: run.stdout,
    stderr: run.stderr.replace(/maxRSS \d+\n/, ''),
    rssMB: rss === null ? Number.NaN : Number(rss[1]) / 1024,
  };
}
