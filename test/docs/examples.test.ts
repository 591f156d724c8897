import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import * as core from '../../src/index.js';
import * as report from '../../src/report/index.js';
import * as schema from '../../src/schema/index.js';
import { allExamples, type Example, expectedValue } from './extract.js';

// Every @example in the JSDoc and every code block in README.md and docs/*.md runs here, so no
// example can drift from the API. A `// value` comment after an expression is an assertion.

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const generated = join(root, '.tmp', 'examples');
mkdirSync(generated, { recursive: true });

const ENTRIES: Record<string, string> = {
  munikpi: 'src/index.ts',
  'munikpi/report': 'src/report/index.ts',
  'munikpi/schema': 'src/schema/index.ts',
  'munikpi/data/kodaira-fy2023': 'src/data/kodaira-fy2023.ts',
  'munikpi/io': 'src/io/index.ts',
};

const DECLARATION = /^(const|let|var|import|export|if|for|while|return|throw|try|}|\/\/)/;

/** Turns an example into a module whose default export runs it with assertions. */
function toModule(example: Example): string {
  const imports: string[] = [];
  const body: string[] = [];
  const lines = example.code.split('\n');
  const assertion = (expression: string, value: string, line: number) =>
    `__expect(${expression}, ${value}, ${JSON.stringify(`${example.where} (example line ${line + 1})`)});`;
  lines.forEach((raw, i) => {
    const line = raw.trimEnd();
    const imported = /^import (.+) from '([^']+)';$/.exec(line);
    if (imported !== null) {
      const target = ENTRIES[imported[2] as string];
      const from = target === undefined ? imported[2] : pathToFileURL(join(root, target)).href;
      imports.push(`import ${imported[1]} from ${JSON.stringify(from)};`);
      return;
    }
    const inline = /^(\s*)([^/].*?);\s*\/\/ (.*)$/.exec(line);
    if (inline !== null && !DECLARATION.test((inline[2] as string).trim())) {
      const value = expectedValue(inline[3] as string);
      body.push(value === null ? line : `${inline[1]}${assertion(inline[2] as string, value, i)}`);
      return;
    }
    const standalone = /^\s*\/\/ (.*)$/.exec(line);
    const previous = body[body.length - 1];
    if (standalone !== null && previous !== undefined && /;$/.test(previous) && i > 0) {
      const statement = previous.trim().slice(0, -1);
      const prior = (lines[i - 1] as string).trim();
      if (!DECLARATION.test(statement) && prior === previous.trim() && !prior.includes('//')) {
        const value = expectedValue(standalone[1] as string);
        if (value !== null)
          body[body.length - 1] = previous.replace(/\S.*;$/, assertion(statement, value, i - 1));
        return;
      }
    }
    body.push(line);
  });
  return `${imports.join('\n')}\nexport default async function run(__expect: (a: unknown, b: unknown, where: string) => void) {\n${body.join('\n')}\n}\n`;
}

let counter = 0;

async function runModule(example: Example): Promise<number> {
  const file = join(generated, `example-${process.pid}-${counter++}.ts`);
  writeFileSync(file, `// ${example.where}\n${toModule(example)}`);
  const module = (await import(pathToFileURL(file).href)) as { default: (check: unknown) => Promise<void> };
  let checks = 0;
  await module.default((actual: unknown, expected: unknown, where: string) => {
    checks++;
    expect(actual, where).toEqual(expected);
  });
  return checks;
}

/** Runs a Node REPL session (`> input` lines, output below) against the built package. */
function runRepl(example: Example): number {
  const require = createRequire(join(root, 'package.json'));
  const context = vm.createContext({ require, console });
  let checks = 0;
  const lines = example.code.split('\n').filter((line) => !line.startsWith('$ '));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!line.startsWith('> ')) continue;
    let input = line.slice(2);
    while ((lines[i + 1] ?? '').startsWith('... ')) input += `\n${(lines[++i] as string).slice(4)}`;
    const output: string[] = [];
    while (i + 1 < lines.length && !(lines[i + 1] as string).startsWith('> '))
      output.push(lines[++i] as string);
    const result: unknown = vm.runInContext(input, context);
    const shown = output.join('\n').trim();
    if (shown !== '') {
      checks++;
      expect(inspect(result, { colors: false }), `${example.where}: ${input}`).toBe(shown);
    }
  }
  return checks;
}

/** Splits a command line like a shell, honouring single and double quotes. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  const re = /'([^']*)'|"([^"]*)"|(\S+)/g;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) words.push(m[1] ?? m[2] ?? m[3] ?? '');
  return words;
}

/** Runs `$ munikpi …` lines in-process and compares what they print with the lines below. */
async function runShell(example: Example): Promise<number> {
  const lines = example.code.split('\n');
  let checks = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!line.startsWith('$ munikpi ')) continue;
    const [command, exitNote] = line.slice(2).split(/\s+#\s+exit\s+/);
    const expected: string[] = [];
    while (i + 1 < lines.length && !(lines[i + 1] as string).startsWith('$ '))
      expected.push(lines[++i] as string);
    let out = '';
    const code = await runCli(shellWords(command as string).slice(1), {
      stdout: (data) => {
        out += typeof data === 'string' ? data : new TextDecoder().decode(data);
      },
      stderr: (text) => {
        out += text;
      },
    });
    expect(code, `${example.where}: ${command}`).toBe(exitNote === undefined ? 0 : Number(exitNote));
    const shown = expected.join('\n').trim();
    if (shown !== '') expect(out.trim(), `${example.where}: ${command}`).toBe(shown);
    checks++;
  }
  return checks;
}

/**
 * Runs a whole program with node against the built package, as a reader who saved it at the
 * root of the repository would (`./` imports are from the root), in an empty working folder,
 * and compares what it prints with the output the guide shows.
 */
async function runScript(example: Example): Promise<void> {
  const file = join(generated, `script-${process.pid}-${counter++}.mjs`);
  const rootUrl = pathToFileURL(`${root}/`).href;
  writeFileSync(
    file,
    example.code.replace(/(from\s+)'\.\/([^']*)'/g, (_, from, path) => `${from}'${rootUrl}${path}'`),
  );
  const cwd = mkdtempSync(join(tmpdir(), 'munikpi-script-'));
  try {
    const stdout = await new Promise<string>((done, failed) => {
      execFile(process.execPath, [file], { cwd, timeout: 170_000 }, (error, out, err) =>
        error === null ? done(out) : failed(new Error(`${example.where}: ${error.message}\n${err}`)),
      );
    });
    expect(stdout.trim(), example.where).toBe((example.output ?? '').trim());
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

const examples = allExamples(root);
const built = existsSync(join(root, 'dist', 'index.cjs'));

describe('documentation examples', () => {
  it('finds examples in the JSDoc, the README and the guides', () => {
    const where = (prefix: string) => examples.filter((e) => e.where.startsWith(prefix)).length;
    expect(where('src/')).toBeGreaterThan(60);
    expect(where('README.md')).toBeGreaterThan(0);
    expect(where('docs/guide.md')).toBeGreaterThan(3);
  });

  it('shows every exported function and constant of the core, report and schema entries in an example', () => {
    const code = examples.map((e) => e.code).join('\n');
    const missing = [...Object.keys(core), ...Object.keys(report), ...Object.keys(schema)].filter(
      (name) => !new RegExp(`\\b${name}\\b`).test(code),
    );
    expect(missing).toEqual([]);
  });

  for (const example of examples) {
    // A script starts node and may load a native module: give it time on a busy machine.
    const options = example.kind === 'script' ? { timeout: 180_000 } : {};
    it(`runs ${example.where} (${example.kind})`, options, async () => {
      if (example.kind === 'module') await runModule(example);
      else if (example.kind === 'shell') await runShell(example);
      else {
        if (!built)
          throw new Error(`${example.kind} examples load the built package: run \`npm run build\` first`);
        if (example.kind === 'script') await runScript(example);
        else runRepl(example);
      }
    });
  }

  it('keeps its generated files out of the repository', () => {
    expect(relative(root, generated).startsWith('.tmp')).toBe(true);
  });
});
