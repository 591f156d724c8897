/*
 * The checks of a rating scale beyond its levels: no field munikpi does not know, 未評価 codes,
 * codes that are one mark in two spellings, bands and the share convention.
 */
import { MunikpiError, quote } from '../core/errors.js';
import { checkBands } from './bands.js';
import { unknownKey } from './fields.js';
import { markKey } from './marks.js';
import { checkShareConvention } from './shares.js';

/** The parts of a scale these checks read (scale.ts imports this file, so not its type). */
interface ScaleFields {
  readonly id: string;
  readonly levels: readonly { readonly code: string }[];
  readonly notApplicable?: readonly string[];
  readonly unrated?: readonly string[];
  readonly bands?: unknown;
  readonly shares?: unknown;
}

const SCALE_KEYS = new Set(['id', 'name', 'levels', 'notApplicable', 'unrated', 'bands', 'shares']);
const LEVEL_KEYS = new Set(['code', 'label', 'progress', 'score', 'color']);
const FORBIDDEN_CODES = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Checks the fields of a scale whose id, name and levels have been checked.
 * @internal
 */
export function checkScaleFields(scale: ScaleFields): void {
  const fail = (message: string): never => {
    throw new MunikpiError('INVALID_SCALE', `rating scale ${quote(scale.id)}: ${message}`, { input: scale });
  };
  const extra = unknownKey(scale, SCALE_KEYS);
  if (extra !== undefined)
    fail(`${quote(extra)} is not a field of a scale (expected ${[...SCALE_KEYS].join(', ')})`);
  for (const level of scale.levels) {
    const key = unknownKey(level, LEVEL_KEYS);
    if (key !== undefined) {
      fail(
        `level ${quote(level.code)}: ${quote(key)} is not a field (expected ${[...LEVEL_KEYS].join(', ')})`,
      );
    }
  }
  if (scale.unrated !== undefined) {
    if (!Array.isArray(scale.unrated)) fail('unrated must be a list of codes');
    for (const code of scale.unrated as readonly unknown[]) {
      if (typeof code !== 'string' || code.trim() === '') fail('unrated codes must be non-empty text');
      if (FORBIDDEN_CODES.has(code as string)) fail(`${quote(code)} cannot be a code`);
    }
  }
  const keys = new Map<string, string>();
  for (const code of [
    ...scale.levels.map((level) => level.code),
    ...(scale.notApplicable ?? []),
    ...(scale.unrated ?? []),
  ]) {
    const key = markKey(code);
    const other = keys.get(key);
    if (other !== undefined)
      fail(`${quote(other)} and ${quote(code)} are the same code (or one mark spelt twice)`);
    keys.set(key, code);
  }
  if (scale.bands !== undefined) checkBands(scale.bands, new Set(scale.levels.map((l) => l.code)), scale.id);
  if (scale.shares !== undefined) checkShareConvention(scale.shares, scale.id);
}
