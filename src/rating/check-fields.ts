/*
 * The checks of a rating scale beyond its levels: no field munikpi does not know, 未評価 codes,
 * codes that are one mark in two spellings, bands and the share convention.
 */

import {
  cannotBeCode,
  codesNotList,
  codesNotText,
  sameCode,
  unknownLevelField,
  unknownScaleField,
} from '../core/messages/errors-en.js';
import { checkBands } from './bands.js';
import { scaleFail, unknownKey } from './fields.js';
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
  const fail = scaleFail(scale.id, undefined, scale);
  const extra = unknownKey(scale, SCALE_KEYS);
  if (extra !== undefined)
    fail({ unknownScaleField }, { field: extra, of: 'scale', expected: [...SCALE_KEYS] });
  for (const level of scale.levels) {
    const key = unknownKey(level, LEVEL_KEYS);
    if (key !== undefined) {
      fail({ unknownLevelField }, { code: level.code, field: key, expected: [...LEVEL_KEYS] });
    }
  }
  if (scale.unrated !== undefined) {
    if (!Array.isArray(scale.unrated)) fail({ codesNotList }, { field: 'unrated' });
    for (const code of scale.unrated as readonly unknown[]) {
      if (typeof code !== 'string' || code.trim() === '') fail({ codesNotText }, { field: 'unrated' });
      if (FORBIDDEN_CODES.has(code as string)) fail({ cannotBeCode }, { code });
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
    if (other !== undefined) fail({ sameCode }, { code, other });
    keys.set(key, code);
  }
  if (scale.bands !== undefined) checkBands(scale.bands, new Set(scale.levels.map((l) => l.code)), scale.id);
  if (scale.shares !== undefined) checkShareConvention(scale.shares, scale.id);
}
