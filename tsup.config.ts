import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library entries: ESM + CJS with .d.ts / .d.cts and source maps.
    entry: {
      index: 'src/index.ts',
      schema: 'src/schema/index.ts',
      'data/kodaira-fy2023': 'src/data/kodaira-fy2023.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
    treeshake: true,
    outDir: 'dist',
  },
  {
    // The munikpi command: one ESM file with a shebang.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'es2022',
    platform: 'node',
    outDir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
