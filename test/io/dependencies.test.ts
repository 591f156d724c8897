import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  dependencies: Record<string, string>;
};

test('spreadsheets are read and written without exceljs: it is no dependency of the package', () => {
  expect(Object.keys(pkg.dependencies)).not.toContain('exceljs');
  const dir = new URL('../../src/', import.meta.url);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  for (const file of files) {
    expect(readFileSync(new URL(file, dir), 'utf8'), file).not.toMatch(/from 'exceljs'|import\('exceljs'\)/);
  }
});

test('every package src/ imports is a runtime dependency', () => {
  const dir = new URL('../../src/', import.meta.url);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  for (const file of files) {
    const source = readFileSync(new URL(file, dir), 'utf8');
    for (const [, spec] of source.matchAll(/^(?:import|export)[^;]*?from '([^'.][^']*)'/gm)) {
      if (spec === undefined || spec.startsWith('node:')) continue;
      const name = spec.startsWith('@')
        ? spec.split('/').slice(0, 2).join('/')
        : (spec.split('/')[0] as string);
      expect(Object.keys(pkg.dependencies), `${file} imports ${spec}`).toContain(name);
    }
  }
});

test('the core never imports munikpi/io (the CLI may)', () => {
  const root = new URL('../../src/', import.meta.url);
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.ts') && !/^(io|cli)[\\/]/.test(f),
  );
  for (const file of files) {
    expect(readFileSync(new URL(file, root), 'utf8'), file).not.toMatch(/from '(\.\.?\/)+io\//);
  }
});
