import { runCli } from './run.js';

/** The reader went away (`munikpi report | head -1`): nothing more to say, and no failure. */
function isBrokenPipe(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'EPIPE';
}

function quietOnBrokenPipe(error: unknown): void {
  if (isBrokenPipe(error)) process.exit(0);
  throw error;
}

process.stdout.on('error', quietOnBrokenPipe);
process.stderr.on('error', quietOnBrokenPipe);

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (data) => {
    try {
      process.stdout.write(data);
    } catch (error) {
      quietOnBrokenPipe(error);
    }
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
  // Read as a stream, so that the bounded reader stops at the limit.
  stdin: () => process.stdin,
});
