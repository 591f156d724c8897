/*
 * Small helpers shared by the charts and the HTML report: escaping, number formatting for
 * coordinates, a width estimate for text, colours, and the <svg> root with its title and
 * description. Everything here is deterministic: no clock, no locale, no host time zone.
 */

import { errorOf, flagOption, optionsOf } from '../../core/errors.js';
import {
  badIdPrefix,
  chartCoordinate,
  notEitherQuoted,
  notTextNamed,
} from '../../core/messages/errors-en.js';
import type { ReportLanguage } from '../report.js';

/** Options every chart accepts. */
export interface ChartOptions {
  /** The language of the labels: `ja` (default) or `en`. */
  readonly lang?: ReportLanguage;
  /** The chart's title; a default that names what is shown is used when absent. */
  readonly title?: string;
  /** Whether to draw the title inside the picture as well; default true. */
  readonly showTitle?: boolean;
  /**
   * The prefix of the ids of the chart's `<title>` and `<desc>`, which must be unique in a page
   * holding several charts: a letter, then letters, digits, `-` or `_`. Default `munikpi-chart`.
   */
  readonly idPrefix?: string;
}

/** The fonts charts ask for: Japanese-capable first, then the platform's sans-serif. @internal */
export const FONT_FAMILY =
  "'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic Medium', 'Yu Gothic', YuGothic, Meiryo, sans-serif";

/** Colours of text and lines. @internal */
export const INK = '#222222';
/** A lighter ink for axes and notes. @internal */
export const MUTED = '#555555';
/** Gridlines and outlines. @internal */
export const RULE = '#CCCCCC';

/** Whether a code point may not appear in XML 1.0 or HTML text. */
function forbidden(cp: number): boolean {
  return (
    (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) ||
    (cp >= 0x7f && cp <= 0x9f) ||
    (cp >= 0xd800 && cp <= 0xdfff) ||
    (cp >= 0xfdd0 && cp <= 0xfdef) ||
    (cp & 0xfffe) === 0xfffe
  );
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text made safe for XML and HTML, in element content and in quoted attributes alike:
 * `& < > " '` become references, and characters neither XML 1.0 nor HTML allows (C0/C1
 * controls, lone surrogates, noncharacters) become U+FFFD.
 * @internal
 */
export function escapeXml(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    out += ENTITIES[ch] ?? (forbidden(cp) ? '\uFFFD' : ch);
  }
  return out;
}

/** The largest coordinate written: far beyond any drawing, and still free of exponents. */
const MAX_COORDINATE = 1e12;

/**
 * A coordinate as text, rounded to 2 decimals, without locale or exponent: `12.5`, `0`.
 * Refuses NaN, an infinity and anything beyond ±1e12, so that no chart ever says `y="NaN"`.
 * @throws {MunikpiError} `INVALID_NUMBER` for a coordinate that cannot be drawn
 * @internal
 */
export function num(value: number): string {
  if (!(Math.abs(value) <= MAX_COORDINATE)) {
    throw errorOf('INVALID_NUMBER', { chartCoordinate }, { value }, { input: value });
  }
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Whether a code point is drawn full width (CJK, kana, full-width forms, geometric marks). */
function wide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2460 && cp <= 0x27bf) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    cp >= 0x20000
  );
}

/**
 * An estimate of the width of text in a sans-serif font: 1 em for a full-width character,
 * 0.6 em for others. Used for layout only.
 * @internal
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += wide(ch.codePointAt(0) as number) ? 1 : 0.6;
  return em * fontSize;
}

/** Attributes of a text element. @internal */
export interface TextAttrs {
  readonly x: number;
  readonly y: number;
  readonly size?: number;
  readonly anchor?: 'start' | 'middle' | 'end';
  readonly fill?: string;
  readonly weight?: 'bold';
  /** Squeeze the text to this width when the estimate is wider. */
  readonly maxWidth?: number;
  /** Extra attributes, already escaped: ` class="…"`. */
  readonly extra?: string;
}

/**
 * A `<text>` element with escaped content.
 * @internal
 */
export function text(content: string, a: TextAttrs): string {
  const size = a.size ?? 12;
  let squeeze = '';
  if (a.maxWidth !== undefined && textWidth(content, size) > a.maxWidth) {
    squeeze = ` textLength="${num(a.maxWidth)}" lengthAdjust="spacingAndGlyphs"`;
  }
  const anchor = a.anchor === undefined || a.anchor === 'start' ? '' : ` text-anchor="${a.anchor}"`;
  const weight = a.weight === undefined ? '' : ` font-weight="${a.weight}"`;
  return `<text x="${num(a.x)}" y="${num(a.y)}" font-size="${num(size)}" fill="${a.fill ?? INK}"${anchor}${weight}${squeeze}${a.extra ?? ''}>${escapeXml(content)}</text>`;
}

const COLOR = /^#[0-9a-fA-F]{6}$/;

/**
 * A colour checked to be `#rrggbb`, else the fallback: colours from data never reach markup
 * unchecked.
 * @internal
 */
export function safeColor(color: string | undefined, fallback: string): string {
  return color !== undefined && COLOR.test(color) ? color.toUpperCase() : fallback;
}

function channels(color: string): [number, number, number] {
  const n = Number.parseInt(color.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * Black or white, whichever reads better on a background colour (WCAG relative luminance).
 * @internal
 */
export function inkOn(background: string): string {
  const [r, g, b] = channels(background).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with white is (1.05)/(L+0.05); with black (L+0.05)/0.05: equal at L ≈ 0.179.
  return luminance > 0.179 ? '#000000' : '#FFFFFF';
}

/**
 * A colour between white (t = 0) and `color` (t = 1).
 * @internal
 */
export function tint(color: string, t: number): string {
  const mixed = channels(color).map((c) => Math.round(255 + (c - 255) * t));
  return `#${mixed.map((c) => c.toString(16).padStart(2, '0').toUpperCase()).join('')}`;
}

const ID = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** The common options, checked. @internal */
export interface CheckedOptions {
  readonly lang: ReportLanguage;
  readonly idPrefix: string;
  readonly showTitle: boolean;
}

/**
 * Checks the options every chart shares.
 * @internal
 */
export function checkOptions(opts: ChartOptions | undefined, fallbackId: string): CheckedOptions {
  const options = optionsOf(opts);
  const lang = options.lang ?? 'ja';
  if (lang !== 'ja' && lang !== 'en') {
    throw errorOf(
      'INVALID_OPTION',
      { notEitherQuoted },
      { name: 'lang', input: lang, first: 'ja', second: 'en' },
    );
  }
  const idPrefix = options.idPrefix ?? fallbackId;
  if (typeof idPrefix !== 'string' || !ID.test(idPrefix)) {
    throw errorOf('INVALID_OPTION', { badIdPrefix }, { input: idPrefix });
  }
  if (options.title !== undefined && typeof options.title !== 'string') {
    throw errorOf('INVALID_OPTION', { notTextNamed }, { name: 'title', input: options.title });
  }
  return { lang, idPrefix, showTitle: flagOption(options.showTitle, 'showTitle', true) };
}

/** What goes into the <svg> root. @internal */
export interface SvgParts {
  readonly width: number;
  readonly height: number;
  readonly idPrefix: string;
  readonly title: string;
  readonly desc: string;
  readonly body: string;
  /** A class for the root, e.g. `munikpi-rating-chart`. */
  readonly className: string;
}

/**
 * The <svg> root: scales to its container (viewBox, width 100 %), labelled by its title and
 * described by its text alternative, with a white background.
 * @internal
 */
export function svgDocument(p: SvgParts): string {
  const titleId = `${p.idPrefix}-title`;
  const descId = `${p.idPrefix}-desc`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(p.width)} ${num(p.height)}" width="100%"`,
    ` preserveAspectRatio="xMidYMid meet" role="img" aria-labelledby="${titleId} ${descId}"`,
    ` class="${p.className}" font-family="${escapeXml(FONT_FAMILY)}">`,
    `<title id="${titleId}">${escapeXml(p.title)}</title>`,
    `<desc id="${descId}">${escapeXml(p.desc)}</desc>`,
    `<rect x="0" y="0" width="${num(p.width)}" height="${num(p.height)}" fill="#FFFFFF"/>`,
    p.body,
    '</svg>',
  ].join('');
}
