import { defineConfig } from 'tsup';

/** The package's entries: the core, the reports, the schemas, spreadsheet import, the bundled data. */
const entries = {
  index: 'src/index.ts',
  report: 'src/report/index.ts',
  schema: 'src/schema/index.ts',
  io: 'src/io/index.ts',
  'data/kodaira-fy2023': 'src/data/kodaira-fy2023.ts',
};

// No source maps: the tarball does not ship them (the ESM build is one readable file per module),
// so no file may point at one.
const common = { sourcemap: false, target: 'es2022', clean: false } as const;

export default defineConfig([
  {
    // ESM keeps one file per module, so that a bundler (with "sideEffects": false) drops every
    // module an application does not import: `fiscalYearOf` alone never pulls in decimal.js.
    ...common,
    entry: ['src/**/*.ts', '!src/cli/**'],
    format: ['esm'],
    bundle: false,
    platform: 'neutral',
    outDir: 'dist/esm',
  },
  {
    // CommonJS: one bundle per entry, sharing chunks.
    ...common,
    entry: entries,
    format: ['cjs'],
    splitting: true,
    platform: 'neutral',
    outDir: 'dist',
  },
  {
    // Type declarations for both conditions: .d.ts and .d.cts.
    entry: entries,
    format: ['esm', 'cjs'],
    dts: { only: true },
    outDir: 'dist',
  },
  {
    // The munikpi command: one ESM file with a shebang; dependencies stay external.
    ...common,
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    outDir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
