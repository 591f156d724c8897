import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, MunikpiError, VERSION } from '../src/index.js';

describe('MunikpiError', () => {
  it('carries a stable code, the input and the issues', () => {
    const error = new MunikpiError('INVALID_DATE', '"2023-02-30" is not a date', {
      input: '2023-02-30',
      issues: [{ path: 'a', code: 'x', message: 'y' }],
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('MunikpiError');
    expect(error.code).toBe('INVALID_DATE');
    expect(error.input).toBe('2023-02-30');
    expect(error.issues).toHaveLength(1);
    expect(Object.isFrozen(error.issues)).toBe(true);
  });

  it('keeps the cause', () => {
    const cause = new Error('inner');
    expect(new MunikpiError('INVALID_JSON', 'outer', { cause }).cause).toBe(cause);
  });

  it('is recognised across copies of the class, but not for other errors', () => {
    const foreign = new Error('x');
    Object.defineProperty(foreign, Symbol.for('munikpi.MunikpiError'), { value: true });
    expect(foreign instanceof MunikpiError).toBe(true);
    expect((5 as unknown) instanceof MunikpiError).toBe(false);
    expect((undefined as unknown) instanceof MunikpiError).toBe(false);
    expect(new Error('x') instanceof MunikpiError).toBe(false);
    expect((null as unknown) instanceof MunikpiError).toBe(false);
  });

  it('documents every code', () => {
    for (const [code, meaning] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^[A-Z_]+$/);
      expect(meaning.length).toBeGreaterThan(10);
    }
  });
});

describe('VERSION', () => {
  it('is the version in package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(VERSION).toBe(pkg.version);
  });
});
