import { runCli } from '../../src/cli/run.js';

/** What a CLI run printed and returned. */
export interface CliResult {
  code: number;
  stdout: string;
  stdoutBytes: Uint8Array;
  stderr: string;
}

/** Runs the CLI in-process and collects its exit code and output. */
export async function cli(...argv: string[]): Promise<CliResult> {
  return cliWithStdin(undefined, ...argv);
}

/** Runs the CLI in-process with bytes on standard input. */
export async function cliWithStdin(
  stdin: Uint8Array | string | undefined,
  ...argv: string[]
): Promise<CliResult> {
  const chunks: Uint8Array[] = [];
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (data) => {
      chunks.push(typeof data === 'string' ? new TextEncoder().encode(data) : data);
    },
    stderr: (text) => {
      stderr += text;
    },
    ...(stdin === undefined
      ? {}
      : { stdin: async () => (typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin) }),
  });
  const stdoutBytes = Buffer.concat(chunks);
  return { code, stdout: new TextDecoder().decode(stdoutBytes), stdoutBytes, stderr };
}
