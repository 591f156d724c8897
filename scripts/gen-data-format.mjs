// Rewrites the generated regions of docs/data-format.md (`<!-- generated:start name -->` …
// `<!-- generated:end name -->`): the plan layout's fields, the target kinds and the scale ids
// from the JSON Schema of the zod schemas, and the spreadsheet columns and words from the
// importer's tables. It bundles scripts/docgen.ts and src/schema with esbuild on the fly, so it
// needs no build and always reads the same sources as test/io/data-format.test.ts.
//
//   node scripts/gen-data-format.mjs           rewrite the guide
//   node scripts/gen-data-format.mjs --check   exit 1 if the guide is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url);
const target = new URL('docs/data-format.md', root);

const bundle = await build({
  stdin: {
    contents: [
      "export { renderDataFormat, updateRegions } from './scripts/docgen.ts';",
      "export { planJsonSchema } from './src/schema/index.ts';",
    ].join('\n'),
    resolveDir: root.pathname,
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'error',
});
const code = bundle.outputFiles[0].text;
const { planJsonSchema, renderDataFormat, updateRegions } = await import(
  `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
);

const before = readFileSync(target, 'utf8');
const after = updateRegions(before, renderDataFormat(planJsonSchema()));
if (process.argv.includes('--check')) {
  if (after !== before) {
    console.error('docs/data-format.md is out of date: run node scripts/gen-data-format.mjs');
    process.exit(1);
  }
  console.log('docs/data-format.md is up to date');
} else if (after !== before) {
  writeFileSync(target, after);
  console.log(`rewrote ${target.pathname}`);
} else {
  console.log('docs/data-format.md is already up to date');
}
