#!/usr/bin/env node
/**
 * Size budgets for munikpi, measured the way a consumer's bundler sees the package.
 *
 * Every case is bundled with esbuild's JS API (minified ESM, platform neutral, tree shaking) from
 * the built `dist/` files, gzipped with node:zlib and compared with its budget. The import
 * specifier `munikpi` (and `munikpi/<subpath>`) is resolved by a small plugin that reads the
 * `exports` map of package.json, so the local build is measured, never node_modules/munikpi.
 *
 * It also bundles every entry that package.json `exports` lists at run time and checks, from
 * esbuild's metafile inputs, that zod is pulled in by `munikpi/schema` only, and that no entry
 * bundles a package missing from `dependencies` (exceljs, once a dependency, is now only a
 * devDependency for test fixtures).
 *
 *   node scripts/size-budget.mjs                 check, print a table, exit 1 when over budget
 *   node scripts/size-budget.mjs --update-docs   also rewrite "Size budgets" in docs/benchmarks.md
 *   node scripts/size-budget.mjs --show <case>   print the minified bundle of one case (to see what is in it)
 *
 * `npm run bench` imports {@link measureSizes} and {@link renderSizeSection} to write the same
 * section into docs/benchmarks.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The repository root (this file lives in scripts/). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The heading of the section this script owns in docs/benchmarks.md. */
export const SIZE_HEADING = '## Size budgets';

/** The package whose presence is checked per entry. */
const GUARDED_PACKAGE = 'zod';
/** The only export subpath allowed to pull it in. */
const GUARDED_ENTRY = './schema';
/**
 * Entries that validate through `munikpi/schema` and so include zod with it, by design:
 * `munikpi/io` checks every imported plan with the same schema as `parsePlan`.
 */
const VALIDATES_THROUGH_SCHEMA = new Set(['./io']);

/**
 * The budgeted cases: what a consumer writes, and the most gzipped bytes it may cost.
 * `external` lists packages left out of the bundle (and so out of the budget).
 */
export const BUDGETS = [
  {
    id: 'fiscalYearOf',
    label: "`import { fiscalYearOf } from 'munikpi'`",
    source: "export { fiscalYearOf } from 'munikpi';",
    // 1,021 B until error messages learned to quote a fake Date or a revoked Proxy without
    // throwing (issue 17, item 10) and the year bounds came from core/limits: 1,097 B. 1,319 B
    // once every error names its catalogue key and parameters (error.detail, so that
    // errorMessage(error, 'ja') can word it again; issue 15) and dates read YYYY/MM/DD (issue 19).
    budget: 1344,
    external: [],
  },
  {
    id: 'formatWareki',
    label: "`import { formatWareki } from 'munikpi'`",
    source: "export { formatWareki } from 'munikpi';",
    // 2,048 B before the same change to quote(): 2,118 B; 2,401 B with error.detail (as above).
    budget: 2432,
    external: [],
  },
  {
    id: 'core',
    label: "`export * from 'munikpi'` (decimal.js external)",
    source: "export * from 'munikpi';",
    // The goal is 12 kB; the core is short of it (see docs/benchmarks.md): era and fiscal years
    // alone are ~8 kB, the exact KPI engine ~8 kB more. Reports and charts left the core for
    // `munikpi/report` (42.7 → 25.5 kB). The one plan checker (plan/check.ts, ~9.5 kB minified),
    // the published scale presets with bands (~9 kB) and the issue and finding words in ja and en
    // (~9 kB) brought it to 33.2 kB. Issues 15, 16 and 19 brought it to 45.4 kB: every error
    // message in Japanese too, for errorMessage(error, 'ja') (6.4 kB gzip alone), the judgement
    // rules of eight public bodies (JUDGEMENT_RULES), the plan's own words for its groupings and
    // evaluations that print as their line; the CLI's help text (8.7 kB) went to a catalogue
    // section of its own (cli-ja.ts, cli-en.ts) that only the CLI and the template read.
    // 48.4 kB once the last io, CLI and report errors, an evaluation's notes and a suggestion's
    // reasons were worded from the catalogue in both languages (2.9 kB more).
    // `budget` is the ceiling enforced meanwhile so that the core does not grow unnoticed.
    goal: 12 * 1024,
    budget: 49 * 1024,
    external: ['decimal.js'],
  },
  {
    id: 'schema',
    label: "`export * from 'munikpi/schema'`",
    source: "export * from 'munikpi/schema';",
    // 117,092 B with zod's classic API (all of it: methods cannot be shaken out, and every zod
    // locale came along); 39,641 B once the schemas were written with zod/mini (issue 18). The
    // margin leaves room for the small schema pieces written in parallel (rules, grouping names).
    // 43.7 kB once the plan checker checks a plan's judgement rule (INVALID_RULE: the rule's check
    // and its words, without the KPI engine or decimal.js) and the errors gained their catalogue keys.
    budget: 44 * 1024,
    external: [],
  },
  {
    id: 'io',
    label: "`import { importPlan, planTemplate } from 'munikpi/io'`",
    source: "export { importPlan, planTemplate } from 'munikpi/io';",
    // 645 kB with exceljs; 356 kB with fflate and the OOXML reader of our own, most of it the
    // Shift_JIS tables of iconv-lite and zod (see "Install size" in docs/benchmarks.md); 274 kB
    // (280,944 B) once the schemas and the mapping were written with zod/mini (issue 18);
    // 295,776 B with the Japanese template and import problems (issue 18) and the error
    // catalogue (issue 15).
    budget: 296 * 1024,
    external: [],
  },
];

const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Reads and parses package.json of the repository. */
function readPackageJson(root) {
  const file = join(root, 'package.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Resolves one target of an `exports` map for an ESM consumer: a string, or a conditions object
 * walked in key order (as Node does) taking the first of `import`, `module`, `default` that
 * resolves. `types` targets are skipped. Returns null when nothing matches.
 */
function resolveTarget(target) {
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) {
    for (const item of target) {
      const found = resolveTarget(item);
      if (found !== null) return found;
    }
    return null;
  }
  if (typeof target === 'object' && target !== null) {
    for (const [condition, value] of Object.entries(target)) {
      if (condition === 'import' || condition === 'module' || condition === 'default') {
        const found = resolveTarget(value);
        if (found !== null) return found;
      }
    }
  }
  return null;
}

/** The `exports` map as `{ subpath: target }`, also for the sugar forms (a string or conditions). */
function exportsMap(pkg) {
  const exp = pkg.exports;
  if (exp === undefined) return { '.': pkg.module ?? pkg.main ?? './index.js' };
  if (typeof exp === 'string' || Array.isArray(exp)) return { '.': exp };
  const keys = Object.keys(exp);
  return keys.length > 0 && keys.every((key) => !key.startsWith('.')) ? { '.': exp } : exp;
}

/**
 * The JavaScript entries of the package: `[{ subpath, file }]` for every `exports` key whose ESM
 * target is a .js/.mjs/.cjs file (package.json and other assets are left out).
 */
export function packageEntries(root = ROOT) {
  const pkg = readPackageJson(root);
  const entries = [];
  for (const [subpath, target] of Object.entries(exportsMap(pkg))) {
    if (subpath.includes('*')) continue; // patterns have no single file to bundle
    const file = resolveTarget(target);
    if (file === null || !/\.[cm]?js$/.test(file)) continue;
    entries.push({ subpath, file: resolve(root, file) });
  }
  return entries;
}

/**
 * An esbuild plugin that resolves `munikpi` and `munikpi/<subpath>` through the `exports` map
 * of the local package.json, to the built files in dist/. It passes on the package's
 * `sideEffects: false`, as a consumer's bundler would see it from node_modules. Node built-ins
 * are left external (platform neutral knows none).
 */
function munikpiPlugin(root) {
  const pkg = readPackageJson(root);
  const map = exportsMap(pkg);
  const name = pkg.name;
  const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return {
    name: 'munikpi-local-exports',
    setup(b) {
      b.onResolve({ filter: new RegExp(`^${escaped}(/.*)?$`) }, (args) => {
        const subpath = args.path === name ? '.' : `.${args.path.slice(name.length)}`;
        const target = Object.hasOwn(map, subpath) ? resolveTarget(map[subpath]) : null;
        if (target === null) {
          return {
            errors: [{ text: `"${args.path}": package.json exports has no ESM target for ${subpath}` }],
          };
        }
        const file = resolve(root, target);
        if (!existsSync(file)) {
          return {
            errors: [
              { text: `"${args.path}" → ${target}, which does not exist: run \`npm run build\` first` },
            ],
          };
        }
        return pkg.sideEffects === false ? { path: file, sideEffects: false } : { path: file };
      });
      b.onResolve({ filter: /^[a-z:_]/ }, (args) =>
        BUILTINS.has(args.path) ? { path: args.path, external: true } : undefined,
      );
    },
  };
}

/** The package an input path of the metafile belongs to, or null for the package's own files. */
function packageOf(inputPath) {
  const at = inputPath.lastIndexOf('node_modules/');
  if (at === -1) return null;
  const parts = inputPath.slice(at + 'node_modules/'.length).split('/');
  return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? null);
}

/**
 * Bundles `source` (an ES module importing munikpi) as a consumer would, minified ESM for a
 * neutral platform with tree shaking, and returns the output with its raw and gzipped sizes, the
 * packages whose code it includes, and the packages it reached but shook out entirely.
 */
export async function bundle(source, { root = ROOT, external = [] } = {}) {
  const result = await build({
    stdin: { contents: source, resolveDir: root, sourcefile: 'consumer.mjs', loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    // Neutral sets no main fields; these are what browser and Node bundlers fall back on.
    mainFields: ['module', 'main'],
    treeShaking: true,
    metafile: true,
    logLevel: 'silent',
    legalComments: 'none',
    external,
    plugins: [munikpiPlugin(root)],
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error('esbuild produced no output');
  const code = output.contents;
  // metafile.inputs lists every file esbuild read; the output's own inputs say how many bytes
  // each contributed. A package read but shaken out entirely is "reached", not "included".
  const reached = new Set();
  for (const input of Object.keys(result.metafile.inputs)) {
    const pkg = packageOf(input);
    if (pkg !== null) reached.add(pkg);
  }
  const included = new Set();
  for (const out of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(out.inputs)) {
      const pkg = packageOf(input);
      if (pkg !== null && bytesInOutput > 0) included.add(pkg);
    }
  }
  // Which of the package's own files import each package directly (to say where it comes from).
  const importers = {};
  for (const [input, { imports }] of Object.entries(result.metafile.inputs)) {
    if (packageOf(input) !== null) continue;
    for (const imp of imports) {
      const pkg = packageOf(imp.path);
      if (pkg === null) continue;
      importers[pkg] ??= new Set();
      importers[pkg].add(input);
    }
  }
  return {
    code: output.text,
    bytes: code.byteLength,
    gzip: gzipSync(code, { level: 9 }).byteLength,
    packages: [...included].sort(),
    reached: [...reached].filter((p) => !included.has(p)).sort(),
    importers: Object.fromEntries(Object.entries(importers).map(([pkg, files]) => [pkg, [...files].sort()])),
  };
}

/** A one-line reason from an esbuild failure (or any error). */
function reasonOf(error) {
  if (error && typeof error === 'object' && Array.isArray(error.errors) && error.errors.length > 0) {
    return error.errors.map((e) => e.text).join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Measures every budgeted case and checks every entry of package.json `exports` for zod.
 *
 * @returns `{ budgets, entries, problems, notes, ok }`: one row per case, one row per entry, every
 *   problem found and every remark, in words
 */
export async function measureSizes(root = ROOT) {
  const problems = [];
  const notes = [];
  const budgets = [];
  for (const c of BUDGETS) {
    try {
      const out = await bundle(c.source, { root, external: c.external });
      const pass = out.gzip <= c.budget;
      if (!pass) {
        problems.push(
          `${c.id}: ${out.gzip.toLocaleString('en-US')} B gzip is over its budget of ${c.budget.toLocaleString('en-US')} B by ${(out.gzip - c.budget).toLocaleString('en-US')} B`,
        );
      }
      budgets.push({
        ...c,
        bytes: out.bytes,
        gzip: out.gzip,
        packages: out.packages,
        reached: out.reached,
        pass,
        error: null,
      });
    } catch (error) {
      problems.push(`${c.id}: could not be bundled: ${reasonOf(error)}`);
      budgets.push({
        ...c,
        bytes: null,
        gzip: null,
        packages: [],
        reached: [],
        pass: false,
        error: reasonOf(error),
      });
    }
  }

  const runtime = new Set(Object.keys(readPackageJson(root).dependencies ?? {}));
  const entries = [];
  for (const { subpath, file } of packageEntries(root)) {
    const specifier = subpath === '.' ? 'munikpi' : `munikpi${subpath.slice(1)}`;
    const relative = file.slice(root.length + 1);
    try {
      const out = await bundle(`export * from '${specifier}';`, { root });
      // The packages munikpi's own files import (their own dependencies come with them).
      const foreign = Object.keys(out.importers).filter((name) => !runtime.has(name));
      if (foreign.length > 0) {
        problems.push(
          `${specifier} bundles ${foreign.join(', ')}, which package.json does not list in dependencies`,
        );
      }
      const hasGuarded = out.packages.includes(GUARDED_PACKAGE);
      const allowed = subpath === GUARDED_ENTRY || VALIDATES_THROUGH_SCHEMA.has(subpath);
      const pass = allowed || !hasGuarded;
      if (!pass) {
        const via = out.importers[GUARDED_PACKAGE] ?? [];
        problems.push(
          `${specifier} pulls in ${GUARDED_PACKAGE}, which only munikpi${GUARDED_ENTRY.slice(1)} may: ${GUARDED_PACKAGE} is imported by ${via.join(', ') || 'a dependency'}`,
        );
      } else if (!allowed && out.reached.includes(GUARDED_PACKAGE)) {
        notes.push(
          `${specifier} imports ${GUARDED_PACKAGE} somewhere, but tree shaking removes all of it: a bundler without tree shaking would include it`,
        );
      }
      entries.push({
        specifier,
        file: relative,
        bytes: out.bytes,
        gzip: out.gzip,
        packages: out.packages,
        reached: out.reached,
        pass,
      });
    } catch (error) {
      problems.push(`${specifier} (${relative}) could not be bundled: ${reasonOf(error)}`);
      entries.push({
        specifier,
        file: relative,
        bytes: null,
        gzip: null,
        packages: [],
        reached: [],
        pass: false,
      });
    }
  }
  return { budgets, entries, problems, notes, ok: problems.length === 0 };
}

/** A list of names, cut after `max` (the guarded package is always named when present). */
function names(list, max = 8) {
  if (list.length <= max) return list.join(', ');
  const shown = list.slice(0, max);
  if (list.includes(GUARDED_PACKAGE) && !shown.includes(GUARDED_PACKAGE)) shown[max - 1] = GUARDED_PACKAGE;
  return `${shown.join(', ')} … (${list.length} packages)`;
}

/** The packages of a bundle: those it includes, then those it only reached (shaken out). */
function packagesCell(row, none) {
  const included = names(row.packages) || none;
  return row.reached.length === 0 ? included : `${included} (shaken out: ${names(row.reached)})`;
}

/** Bytes as `1,234 B (1.21 kB)`. */
function size(bytes) {
  return bytes === null ? '—' : `${bytes.toLocaleString('en-US')} B (${(bytes / 1024).toFixed(2)} kB)`;
}

/** The sizes as a plain-text table for the terminal. */
export function renderSizeTable({ budgets, entries }) {
  const rows = [
    ['case', 'minified', 'gzip', 'budget', 'result', 'packages bundled'],
    ...budgets.map((b) => [
      b.id,
      b.bytes === null ? '—' : `${b.bytes} B`,
      b.gzip === null ? '—' : `${b.gzip} B`,
      `${b.budget} B`,
      b.error
        ? 'ERROR'
        : !b.pass
          ? 'OVER'
          : b.goal !== undefined && b.gzip > b.goal
            ? `ok (goal ${b.goal} B: short)`
            : 'ok',
      packagesCell(b, '(munikpi only)'),
    ]),
    ...entries.map((e) => [
      `entry ${e.specifier}`,
      e.bytes === null ? '—' : `${e.bytes} B`,
      e.gzip === null ? '—' : `${e.gzip} B`,
      '—',
      e.pass ? 'ok' : 'FAIL',
      packagesCell(e, '(munikpi only)'),
    ]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => r.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** The "Size budgets" section of docs/benchmarks.md, as Markdown. */
export function renderSizeSection({ budgets, entries, problems, notes }) {
  const out = [SIZE_HEADING, ''];
  out.push(
    'Each case is bundled with esbuild from the built `dist/` files (minified ESM, platform neutral,',
    'tree shaking; `munikpi` resolved through the `exports` map of package.json) and gzipped',
    '(level 9). `node scripts/size-budget.mjs` fails when a budget is exceeded.',
    '',
    '| Import | Minified | Gzip | Budget | Result | Packages bundled |',
    '| --- | ---: | ---: | ---: | :---: | --- |',
  );
  for (const b of budgets) {
    const result = b.error
      ? `error: ${b.error}`
      : !b.pass
        ? `❌ over by ${(b.gzip - b.budget).toLocaleString('en-US')} B`
        : b.goal !== undefined && b.gzip > b.goal
          ? `⚠️ within the ceiling; **short** of the goal by ${(b.gzip - b.goal).toLocaleString('en-US')} B`
          : '✅ pass';
    const budget = b.goal === undefined ? size(b.budget) : `goal ${size(b.goal)}; ceiling ${size(b.budget)}`;
    out.push(
      `| ${b.label} | ${size(b.bytes)} | **${size(b.gzip)}** | ${budget} | ${result} | ${packagesCell(b, '—')} |`,
    );
  }
  out.push(
    '',
    `Every entry of package.json \`exports\`, bundled whole (\`export * from …\`, nothing external),`,
    `and the packages whose code it includes (from the metafile: a package imported but removed whole`,
    `by tree shaking is listed as shaken out). Only \`munikpi${GUARDED_ENTRY.slice(1)}\` may include ${GUARDED_PACKAGE},`,
    `and the entries that validate through it (${[...VALIDATES_THROUGH_SCHEMA].map((e) => `\`munikpi${e.slice(1)}\``).join(', ')}: an imported`,
    'spreadsheet is checked with the same schema as `parsePlan`). The core never includes it.',
    '',
    '| Entry | File | Minified | Gzip | Packages bundled | zod rule |',
    '| --- | --- | ---: | ---: | --- | :---: |',
  );
  for (const e of entries) {
    out.push(
      `| \`${e.specifier}\` | \`${e.file}\` | ${size(e.bytes)} | ${size(e.gzip)} | ${packagesCell(e, '—')} | ${e.pass ? '✅' : '❌'} |`,
    );
  }
  if (problems.length > 0) out.push('', '**Problems:**', '', ...problems.map((p) => `- ${p}`));
  if (notes.length > 0) out.push('', '**Notes:**', '', ...notes.map((n) => `- ${n}`));
  return `${out.join('\n')}\n`;
}

/**
 * Replaces the "Size budgets" section of a Markdown document (up to the next `## ` heading),
 * or appends it when the document has none.
 */
export function replaceSizeSection(markdown, section) {
  const start = markdown.indexOf(`\n${SIZE_HEADING}\n`);
  if (start === -1) return `${markdown.trimEnd()}\n\n${section}`;
  const next = markdown.indexOf('\n## ', start + SIZE_HEADING.length + 1);
  const tail = next === -1 ? '' : markdown.slice(next);
  return `${markdown.slice(0, start + 1)}${section}${tail}`;
}

async function main(argv) {
  const show = argv.indexOf('--show');
  if (show !== -1) {
    const id = argv[show + 1];
    const c = BUDGETS.find((b) => b.id === id);
    if (c === undefined)
      throw new Error(`--show: no case "${id}" (cases: ${BUDGETS.map((b) => b.id).join(', ')})`);
    process.stdout.write(`${(await bundle(c.source, { external: c.external })).code}\n`);
    return 0;
  }
  const result = await measureSizes();
  console.log(renderSizeTable(result));
  for (const note of result.notes) console.log(`note: ${note}`);
  if (argv.includes('--update-docs')) {
    const doc = join(ROOT, 'docs/benchmarks.md');
    const current = existsSync(doc) ? readFileSync(doc, 'utf8') : '# Benchmarks\n';
    writeFileSync(doc, replaceSizeSection(current, renderSizeSection(result)));
    console.log(`\nupdated ${doc}`);
  }
  if (!result.ok) {
    console.error(`\nsize budget check failed:\n${result.problems.map((p) => `  - ${p}`).join('\n')}`);
    return 1;
  }
  const short = result.budgets.filter((b) => b.goal !== undefined && b.gzip !== null && b.gzip > b.goal);
  console.log('\nall size budgets met');
  for (const b of short) {
    console.log(`${b.id}: within its ceiling, but short of its goal of ${b.goal} B by ${b.gzip - b.goal} B`);
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(`size-budget: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    },
  );
}
