/*
 * Runs a fixture case in a worker thread with a memory limit and a hard time limit. A vitest
 * timeout cannot stop synchronous code (the event loop is blocked), so cases that may loop for
 * ever or exhaust memory run here: the worker is terminated, the test run goes on.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build, type Plugin } from 'esbuild';
import type { FixtureCase, Outcome } from './outcome.js';
import type { Json } from './tags.js';

/** The worker's bundle: outcome.ts and the library's sources, built once per test file. */
export interface WorkerBundle {
  readonly file: string;
  dispose(): Promise<void>;
}

/** fflate stays outside the bundle (its Node build declares createRequire, as the banner does). */
const projectFflate: Plugin = {
  name: 'project-fflate',
  setup(build) {
    const path = createRequire(import.meta.url).resolve('fflate');
    build.onResolve({ filter: /^fflate$/ }, () => ({ path, external: true }));
  },
};

/** Bundles isolated-worker.ts (and through it src/) into a temp dir. */
export async function bundleWorker(): Promise<WorkerBundle> {
  const dir = await mkdtemp(join(tmpdir(), 'munikpi-gauntlet-'));
  const file = join(dir, 'worker.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./isolated-worker.ts', import.meta.url))],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [projectFflate],
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'silent',
  });
  return { file, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/** Runs a case in a fresh worker: at most `limitMs`, at most `heapMb` of heap. */
export function runIsolated(
  bundle: WorkerBundle,
  c: FixtureCase,
  values: Readonly<Record<string, Json>>,
  limitMs: number,
  heapMb = 96,
): Promise<Outcome> {
  const start = performance.now();
  return new Promise((resolve) => {
    const worker = new Worker(bundle.file, {
      workerData: { case: c, values },
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const settle = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(() => settle({ kind: 'timeout', ms: performance.now() - start }), limitMs);
    worker.on('message', (outcome: Outcome) => settle(outcome));
    worker.on('error', (error: Error) =>
      settle({ kind: 'crashed', message: `${error.name}: ${error.message}`, ms: performance.now() - start }),
    );
    worker.on('exit', (exitCode) =>
      settle({
        kind: 'crashed',
        message: `the worker exited with ${exitCode}`,
        ms: performance.now() - start,
      }),
    );
  });
}
