/*
 * A worker thread that runs one fixture case and posts back its outcome. Bundled by isolate.ts,
 * so that a case that hangs or exhausts memory can be stopped without stopping the test run.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type FixtureCase, runCase } from './outcome.js';
import type { Json } from './tags.js';

interface Job {
  readonly case: FixtureCase;
  readonly values: Readonly<Record<string, Json>>;
}

const job = workerData as Job;
parentPort?.postMessage(await runCase(job.case, job.values));
