import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built bin: these tests run what users run. */
export const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/**
 * Each run is bounded by the process, not by a timer in the test: 2 CPU seconds (`ulimit -t`, in
 * a subshell so that only the run is held to it), a 300 MB heap, and coreutils timeout for a run
 * that waits rather than works (a FIFO nobody writes).
 */
export const LIMITS = 'ulimit -t 2; exec timeout 20 node --max-old-space-size=300';

/** What a run of the bin printed and returned (124: killed by timeout). */
export interface BinResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a shell line in which `munikpi` is the built bin under the limits. */
export function sh(line: string, options: { uid?: number; gid?: number } = {}): BinResult {
  if (!existsSync(bin)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  const script = `set -o pipefail; munikpi() { ( ${LIMITS} ${JSON.stringify(bin)} "$@" ); }; ${line}`;
  // No start-up file: BASH_ENV may name one that another user cannot read.
  const { BASH_ENV: _bashEnv, ENV: _env, ...env } = process.env;
  const result = spawnSync('bash', ['--noprofile', '--norc', '-c', script], {
    encoding: 'utf8',
    env: { ...env, TZ: 'UTC' },
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** One typed error line, and nothing like a stack trace. */
export const TYPED_ERROR = /^munikpi: [A-Z_]+: [^\n]+\n$/;
