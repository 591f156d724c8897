#!/usr/bin/env node
/**
 * Reads Stryker's JSON report (reports/mutation/mutation.json, written by `npm run mutate`) and
 * writes the "Mutation testing" section of docs/benchmarks.md: the score of each folder and of
 * the whole, and the goal (≥ 85 %) marked pass or short. `npm run bench` keeps the section.
 *
 *   node scripts/mutation-score.mjs            print the scores and update docs/benchmarks.md
 *   node scripts/mutation-score.mjs --check    also exit 1 when the score is under the goal
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './size-budget.mjs';

/** The heading of the section this script owns in docs/benchmarks.md. */
export const MUTATION_HEADING = '## Mutation testing';
const GOAL = 85;
const REPORT = join(ROOT, 'reports/mutation/mutation.json');
const DOC = join(ROOT, 'docs/benchmarks.md');

/** Counts the mutants of a report by status, per top folder of src/ and in all. */
export function scoresOf(report) {
  const empty = () => ({ killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0 });
  const folders = new Map();
  const all = empty();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const folder = file.replace(/\\/g, '/').split('/').slice(0, 2).join('/');
    if (!folders.has(folder)) folders.set(folder, empty());
    for (const m of mutants) {
      const key =
        m.status === 'Killed'
          ? 'killed'
          : m.status === 'Timeout'
            ? 'timeout'
            : m.status === 'Survived'
              ? 'survived'
              : m.status === 'NoCoverage'
                ? 'noCoverage'
                : m.status === 'Ignored'
                  ? 'ignored'
                  : 'errors';
      folders.get(folder)[key]++;
      all[key]++;
    }
  }
  return { folders: [...folders].sort(([a], [b]) => a.localeCompare(b)), all };
}

/** Stryker's mutation score: detected ÷ (detected + undetected), ignored and errors left out. */
export function score(c) {
  const detected = c.killed + c.timeout;
  const total = detected + c.survived + c.noCoverage;
  return total === 0 ? 100 : (detected / total) * 100;
}

/** The section, as Markdown. */
export function renderMutationSection({ folders, all }, ranAt) {
  const row = (name, c) =>
    `| ${name} | ${c.killed} | ${c.timeout} | ${c.survived} | ${c.noCoverage} | ${c.ignored} | **${score(c).toFixed(2)} %** |`;
  const pass = score(all) >= GOAL;
  return [
    MUTATION_HEADING,
    '',
    `Written by \`npm run mutate\` (Stryker with the vitest runner, \`test/mutation/stryker.config.mjs\`) on`,
    `${ranAt}. Stryker changes one thing at a time in the code and runs the tests that cover it; a`,
    'mutant no test notices survives. Score = (killed + timed out) ÷ (killed + timed out + survived +',
    'no coverage). Mutants in module-level code (tables and constants) are not run (`ignoreStatic`) and',
    'are counted as ignored. It runs on demand, not in CI.',
    '',
    '| Folder | Killed | Timed out | Survived | No coverage | Ignored | Score |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...folders.map(([name, c]) => row(`\`${name}\``, c)),
    row('all', all),
    '',
    `Goal: ≥ ${GOAL} % over these folders: ${pass ? '✅ pass' : '❌ short'}.`,
    '',
  ].join('\n');
}

/** Replaces (or appends) the section in the text of docs/benchmarks.md. */
export function replaceMutationSection(doc, section) {
  const at = doc.indexOf(MUTATION_HEADING);
  if (at === -1) return `${doc.trimEnd()}\n\n${section}`;
  const next = doc.indexOf('\n## ', at + MUTATION_HEADING.length);
  return `${doc.slice(0, at)}${section}${next === -1 ? '' : doc.slice(next + 1)}`;
}

/** The section as it stands in docs/benchmarks.md, or '' (for `npm run bench` to keep it). */
export function currentMutationSection(doc) {
  const at = doc.indexOf(MUTATION_HEADING);
  if (at === -1) return '';
  const next = doc.indexOf('\n## ', at + MUTATION_HEADING.length);
  return doc.slice(at, next === -1 ? undefined : next + 1);
}

function main(argv) {
  if (!existsSync(REPORT)) {
    console.error(`mutation-score: ${REPORT} is missing: run \`npm run mutate\` first`);
    return 2;
  }
  const counts = scoresOf(JSON.parse(readFileSync(REPORT, 'utf8')));
  for (const [name, c] of counts.folders) console.log(`${name.padEnd(12)} ${score(c).toFixed(2)} %`);
  console.log(`${'all'.padEnd(12)} ${score(counts.all).toFixed(2)} % (goal ≥ ${GOAL} %)`);
  const doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Benchmarks\n';
  writeFileSync(
    DOC,
    replaceMutationSection(doc, renderMutationSection(counts, new Date().toISOString().slice(0, 10))),
  );
  console.log(`updated ${DOC}`);
  return argv.includes('--check') && score(counts.all) < GOAL ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.exitCode = main(process.argv.slice(2));
