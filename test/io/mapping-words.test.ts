/*
 * munikpi/io checks a mapping with zod/mini, which loads no locale: the words of a mapping's
 * layout problems are still zod's English ones, not "Invalid input", and zod's global
 * configuration is left to the application. (No file here imports zod's classic API, which
 * would load English for every schema.)
 */
import { describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
import { parseMapping } from '../../src/io/index.js';
import { thrown } from './helpers.js';

describe('parseMapping on zod/mini', () => {
  test("words a mapping's layout problems in English", () => {
    const error = thrown(() => parseMapping({ headerRow: 0, sheet: 7, extra: 1 }));
    expect(error.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'mapping.sheet: Invalid input: expected string, received number',
      'mapping.headerRow: Too small: expected number to be >=1',
      'mapping: Unrecognized key: "extra"',
    ]);
  });

  test('leaves the locale zod has loaded as it was', () => {
    thrown(() => parseMapping({ headerRow: 0 }));
    expect(z.string().safeParse(1).error?.issues[0]?.message).toBe('Invalid input');
  });
});
