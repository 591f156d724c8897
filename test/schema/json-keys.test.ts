/*
 * readJson finds duplicate and forbidden keys with their paths, whatever the object's size and
 * however the key is written, and never confuses the keys of two sibling objects (the scanner
 * reuses its bookkeeping from one object to the next at the same depth).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MunikpiError } from '../../src/core/errors.js';
import { readJson } from '../../src/schema/index.js';

function failure(text: string): MunikpiError {
  try {
    readJson(text);
  } catch (error) {
    if (error instanceof MunikpiError) return error;
    throw error;
  }
  throw new Error(`readJson accepted ${text}`);
}

describe('readJson and keys', () => {
  it('reads sibling objects with the same keys, at every depth', () => {
    const text = '{"a":[{"x":1,"y":2},{"x":3,"y":4}],"b":{"x":{"x":5}},"c":{"x":6}}';
    expect(readJson(text)).toEqual(JSON.parse(text));
  });

  it('finds a key written twice with its path, in a small object and in one of forty keys', () => {
    expect(failure('{"programs":[{"id":"p1"},{"id":"p2","id":"p3"}]}').issues).toEqual([
      { path: 'programs[1].id', code: 'DUPLICATE_KEY', message: 'the key "id" appears twice' },
    ]);
    const keys = Array.from({ length: 40 }, (_, i) => `"k${i}":${i}`);
    const error = failure(`{"big":{${keys.join(',')},"k3":0}}`);
    expect(error.code).toBe('INVALID_JSON');
    expect(error.issues?.[0]?.path).toBe('big.k3');
  });

  it('sees through escapes: "\\u0061" is the key "a", "__proto\\u005f_" is __proto__', () => {
    expect(failure('{"a":1,"\\u0061":2}').issues?.[0]).toMatchObject({ path: 'a', code: 'DUPLICATE_KEY' });
    expect(failure('{"x":{"__proto\\u005f_":{}}}')).toMatchObject({ code: 'FORBIDDEN_KEY' });
  });

  it('leaves a raw control character in a key to JSON.parse, as INVALID_JSON', () => {
    expect(failure('{"a\u0001b":1}').code).toBe('INVALID_JSON');
  });

  it('reads any JSON object with distinct keys as JSON.parse does, and finds any repeated key', () => {
    const key = fc
      .string({ maxLength: 6 })
      .filter((k) => !['__proto__', 'constructor', 'prototype'].includes(k));
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.integer(),
        fc.string(),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(key, tie('node'), { maxKeys: 24 }),
      ),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 24 }), (object) => {
        const text = JSON.stringify(object);
        expect(readJson(text)).toEqual(JSON.parse(text));
        const first = Object.keys(object)[0] as string;
        const doubled = `${text.slice(0, -1)},${JSON.stringify(first)}:0}`;
        expect(failure(doubled).issues?.[0]).toMatchObject({ code: 'DUPLICATE_KEY' });
      }),
    );
  });
});
