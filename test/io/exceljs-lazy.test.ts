import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

test('exceljs is only loaded by a dynamic import, so that munikpi/io for CSV never loads it', () => {
  const dir = new URL('../../src/io/', import.meta.url);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(new URL(file, dir), 'utf8');
    for (const line of source.split('\n').filter((l) => /from 'exceljs'|require\('exceljs'\)/.test(l))) {
      expect(line, file).toMatch(/^import type /);
    }
  }
  const xlsx = readFileSync(new URL('xlsx.ts', dir), 'utf8');
  expect(xlsx).toContain("await import('exceljs')");
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
