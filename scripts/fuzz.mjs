#!/usr/bin/env node
/*
 * A long fuzz run: the properties of test/gauntlet/fuzz.test.ts with many more runs and a
 * random seed, printed first so that a failure can be replayed.
 *
 *   node scripts/fuzz.mjs                  # 20,000 runs per property, a random seed
 *   node scripts/fuzz.mjs --runs 100000    # more runs
 *   node scripts/fuzz.mjs --seed 1234      # replay a seed
 *   FUZZ_RUNS=5000 FUZZ_SEED=1 node scripts/fuzz.mjs
 */
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { runs: { type: 'string' }, seed: { type: 'string' } },
  strict: true,
});

function wholeNumber(text, name) {
  if (text === undefined) return undefined;
  if (!/^-?\d+$/.test(text)) {
    console.error(`fuzz: --${name} must be a whole number, not ${JSON.stringify(text)}`);
    process.exit(2);
  }
  return text;
}

const runs = wholeNumber(values.runs ?? process.env.FUZZ_RUNS, 'runs') ?? '20000';
const seed = wholeNumber(values.seed ?? process.env.FUZZ_SEED, 'seed') ?? String(randomInt(0, 2 ** 31 - 1));

console.log(`fuzz: seed ${seed}, ${runs} runs per property`);
console.log(
  `fuzz: replay with FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npx vitest run test/gauntlet/fuzz.test.ts`,
);

const result = spawnSync('npx', ['vitest', 'run', 'test/gauntlet/fuzz.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed, TZ: process.env.TZ ?? 'Asia/Tokyo' },
});
if (result.status !== 0) console.error(`fuzz: failed with seed ${seed} (${runs} runs)`);
process.exit(result.status ?? 1);
