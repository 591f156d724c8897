import { defineConfig } from 'vitest/config';

// The tests that judge the calculation core, for mutation testing: the unit tests of era,
// fiscal, kpi and rating, the program tests (which evaluate KPIs and tally ratings), the error
// and message tests, the REPL display, the Kodaira dataset (every figure of the report) and
// the report tables built from it. The gauntlet is left out: it runs each case in a worker of
// its own, which the mutation runner cannot follow. Fiscal years are decided in Japan time
// whatever the host zone.
export default defineConfig({
  test: {
    include: [
      'test/era/**/*.test.ts',
      'test/fiscal/**/*.test.ts',
      'test/kpi/**/*.test.ts',
      'test/rating/**/*.test.ts',
      'test/plan/**/*.test.ts',
      'test/errors.test.ts',
      'test/messages.test.ts',
      'test/repl.test.ts',
      'test/data/**/*.test.ts',
      'test/report/report.test.ts',
    ],
    testTimeout: 60_000,
    env: { TZ: 'Asia/Tokyo' },
  },
});
