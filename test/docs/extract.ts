/*
 * Finds the examples that documentation shows, so that a test can run them: the `@example`
 * blocks of the JSDoc in src/, and the code blocks of README.md and docs/*.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One example: where it stands and its text. */
export interface Example {
  /** `src/era/format-wareki.ts:42` or `README.md:30`. */
  readonly where: string;
  /**
   * `module` (JS/TS code with `// value` assertions), `repl` (a Node REPL session), `shell`, or
   * `script` (a whole program, run with node, that prints `output`).
   */
  readonly kind: 'module' | 'repl' | 'shell' | 'script';
  /** The code, without comment markers. */
  readonly code: string;
  /** For a script: what it prints, from the `text` block that follows it. */
  readonly output?: string;
}

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ext))
    .map((name) => join(dir, name));
}

/** The `@example` blocks of the JSDoc comments in the TypeScript files under `srcDir`. */
export function jsdocExamples(root: string, srcDir: string): Example[] {
  const out: Example[] = [];
  for (const file of filesUnder(srcDir, '.ts')) {
    const lines = readFileSync(file, 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!/^\s*\*\s*@example\b/.test(lines[i] as string)) continue;
      const body: string[] = [];
      let j = i + 1;
      for (; j < lines.length; j++) {
        const line = lines[j] as string;
        if (/^\s*\*\//.test(line) || /^\s*\*\s*@\w/.test(line)) break;
        body.push(line.replace(/^\s*\* ?/, ''));
      }
      out.push({ where: `${relative(root, file)}:${i + 1}`, kind: 'module', code: body.join('\n') });
      i = j - 1;
    }
  }
  return out;
}

const MODULE_LANGS = new Set(['js', 'javascript', 'ts', 'typescript', 'mjs']);

/** The body of the fenced block that opens on line `i`, and the line of its closing fence. */
function fencedBody(lines: readonly string[], i: number): { body: string; end: number } {
  const body: string[] = [];
  let j = i + 1;
  for (; j < lines.length && !(lines[j] as string).startsWith('```'); j++) body.push(lines[j] as string);
  return { body: body.join('\n'), end: j };
}

/**
 * The fenced code blocks of a Markdown file that can run. A block opened with ```` ```js script ````
 * is a whole program; the next fenced block, a ```` ```text ```` one, is what it prints.
 */
export function markdownExamples(root: string, file: string): Example[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)(?:[ \t]+(\w+))?/.exec(lines[i] as string);
    if (open === null) continue;
    const lang = open[1] ?? '';
    const { body: code, end: j } = fencedBody(lines, i);
    const where = `${relative(root, file)}:${i + 1}`;
    if (MODULE_LANGS.has(lang) && open[2] === 'script') {
      const next = lines.findIndex((line, k) => k > j && line.startsWith('```'));
      if (next < 0 || lines[next] !== '```text')
        throw new Error(`${where}: a script block is followed by its output in a text block`);
      const output = fencedBody(lines, next);
      out.push({ where, kind: 'script', code, output: output.body });
      i = output.end;
      continue;
    }
    if (MODULE_LANGS.has(lang)) out.push({ where, kind: 'module', code });
    else if (lang === 'console' && /^\s*> /m.test(code)) out.push({ where, kind: 'repl', code });
    else if ((lang === 'console' || lang === 'sh' || lang === 'shell') && /^\$ munikpi /m.test(code)) {
      out.push({ where, kind: 'shell', code });
    }
    i = j;
  }
  return out;
}

/** Every example of the project: JSDoc in src/, README.md and docs/*.md (not the generated API site). */
export function allExamples(root: string): Example[] {
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(root, 'docs', name));
  return [
    ...jsdocExamples(root, join(root, 'src')),
    ...[join(root, 'README.md'), ...docs].flatMap((file) => markdownExamples(root, file)),
  ];
}

/**
 * The value a `// value` comment states, as JavaScript source, or null for prose. A value may
 * be followed by an explanation after `: ` or ` (`, as in `// 2024: already April 1 in Japan`.
 * Comments starting with `e.g.` are prose.
 */
export function expectedValue(comment: string): string | null {
  const text = comment.trim();
  if (text.startsWith('e.g.') || text === '') return null;
  const candidates = [text];
  // Longest first: every place where an explanation could begin.
  const cuts: number[] = [];
  for (const cut of [': ', ' (', ' — ']) {
    for (let at = text.indexOf(cut); at > 0; at = text.indexOf(cut, at + 1)) cuts.push(at);
  }
  for (const at of cuts.sort((a, b) => b - a)) candidates.push(text.slice(0, at));
  for (const candidate of candidates) {
    try {
      new Function(`return (${candidate});`);
      return candidate;
    } catch {
      // Not JavaScript: try a shorter prefix.
    }
  }
  throw new Error(`cannot read the expected value in "// ${comment}"`);
}
