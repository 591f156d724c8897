// Mutation testing of the calculation core (`npm run mutate`; on demand, not in CI).
// Stryker changes one thing at a time in src/era, src/fiscal, src/kpi and src/rating and runs
// the tests that cover it; a mutant that no test notices "survives". The score is recorded in
// docs/benchmarks.md by scripts/mutation-score.mjs.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: { configFile: 'test/mutation/vitest.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src/era/**/*.ts',
    'src/fiscal/**/*.ts',
    'src/kpi/**/*.ts',
    'src/core/exact.ts',
    'src/core/decimal.ts',
    'src/rating/**/*.ts',
    'src/plan/aggregate.ts',
    'src/plan/transitions.ts',
    '!src/**/index.ts',
  ],
  coverageAnalysis: 'perTest',
  // Mutants in module-level code (tables, constants) would need every test re-run for each; they
  // are left out of the run and counted apart in the report.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  // Later runs re-test only the mutants whose code or covering tests changed.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 85, break: null },
};
