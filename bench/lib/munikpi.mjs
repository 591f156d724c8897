/**
 * Loads the built munikpi as an ESM consumer would: the `import` target of `exports['.']` in
 * package.json (dist/esm/index.js today), so the benchmarks follow the build layout.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageEntries, ROOT } from '../../scripts/size-budget.mjs';

/** The file of the package's main ESM entry. */
export function mainEntry() {
  const entry = packageEntries(ROOT).find((e) => e.subpath === '.');
  if (entry === undefined) throw new Error('package.json exports has no ESM target for "."');
  return entry.file;
}

/**
 * The relative module files of the build reachable from a file that are missing, following
 * `import … from './x.js'` and `export … from './x.js'` (empty when the build is complete).
 */
export function missingModules(file = mainEntry()) {
  const seen = new Set();
  const missing = [];
  const queue = [file];
  while (queue.length > 0) {
    const f = queue.pop();
    if (seen.has(f)) continue;
    seen.add(f);
    if (!existsSync(f)) {
      missing.push(f);
      continue;
    }
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      queue.push(resolve(dirname(f), m[1]));
    }
  }
  return missing;
}

/** Imports the built package. */
export async function loadMunikpi() {
  const file = mainEntry();
  const missing = missingModules(file);
  if (missing.length > 0) {
    throw new Error(`the build is incomplete (${missing[0]} is missing): run \`npm run build\``);
  }
  return import(pathToFileURL(file).href);
}
