/*
 * Text from a document, made to say only what it says when it is printed: for a terminal
 * (controls, bidi overrides and lone CRs shown visibly as `\u001b`, never obeyed) and for
 * Markdown (headings, line breaks and HTML escaped). Also the checks on text that the schema
 * applies at the door: well-formed UTF-16, and fiscal-year keys in range.
 */
import { isFiscalYearNumber } from './limits.js';

/**
 * Whether a code point would act on a terminal or reorder what is shown instead of being
 * shown: C0 controls, DEL, C1 controls, bidi marks, embeddings, overrides and isolates, the
 * line and paragraph separators, and invisible format characters (zero-width space, BOM,
 * word joiner, interlinear annotation). ZWNJ and ZWJ (U+200C, U+200D) stay: emoji and
 * scripts need them, and they move nothing.
 */
function inert(cp: number): boolean {
  return !(
    cp < 0x20 ||
    (cp >= 0x7f && cp <= 0x9f) ||
    cp === 0x061c ||
    cp === 0x180e ||
    cp === 0x200b ||
    (cp >= 0x200e && cp <= 0x200f) ||
    (cp >= 0x2028 && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0xfeff ||
    (cp >= 0xfff9 && cp <= 0xfffb) ||
    (cp >= 0xd800 && cp <= 0xdfff)
  );
}

/** A code unit written visibly: `\u001b`. */
function visible(cp: number): string {
  return `\\u${cp.toString(16).padStart(4, '0')}`;
}

/** Options for {@link terminalText}. @internal */
export interface TerminalTextOptions {
  /** Keep line feeds (a CRLF becomes one LF) instead of showing them as `\u000a`. Default false. */
  readonly multiline?: boolean;
}

/**
 * Text as it may go to a terminal: every character that a terminal would obey or that would
 * reorder the line (ESC and every other C0 or C1 control, DEL, a lone CR, bidi overrides and
 * isolates, invisible format characters, lone surrogates) is shown as `\uXXXX`, so that
 * `ESC[2J`, an OSC 8 hyperlink or a CR that rewrites the line before it comes out as text.
 * One line by default; `multiline` keeps LF and CRLF as line breaks.
 *
 * @param text - text from a document
 * @param options - `multiline` to keep line breaks
 * @returns the text, inert
 * @internal
 */
export function terminalText(text: string, options: TerminalTextOptions = {}): string {
  const source = options.multiline === true ? text.replace(/\r\n/g, '\n') : text;
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const unit = source.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < source.length) {
      const next = source.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += source.slice(i, i + 2);
        i++;
        continue;
      }
    }
    const keep = inert(unit) || (unit === 0x0a && options.multiline === true);
    out += keep ? source[i] : visible(unit);
  }
  return out;
}

/** Characters Markdown (CommonMark, GFM) gives a meaning inside a line, and their escapes. */
const MARKDOWN_INLINE: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '`': '\\`',
  '*': '\\*',
  _: '\\_',
  '[': '\\[',
  ']': '\\]',
  '|': '\\|',
  '~': '\\~',
  '#': '\\#',
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
};

/** A block that a line could open at its start: a list item or a setext rule. */
const BLOCK_START = /^[-+=]|^\d+[.)]/;

/** Options for {@link markdownText}. @internal */
export interface MarkdownTextOptions {
  /**
   * Where the text goes: `cell` (a table cell, the default: line breaks become `<br>`),
   * `heading` (after `# `: line breaks become spaces) or `paragraph` (like a cell, and a
   * list marker or rule at the start is escaped).
   */
  readonly as?: 'cell' | 'heading' | 'paragraph';
}

/**
 * Text as it may go into Markdown: it stays one line (CR, LF and CRLF become `<br>` in a cell,
 * a space in a heading), `< > &` become entities so that no HTML passes, the characters that
 * make emphasis, links, code, headings and table columns are escaped with `\`, and controls
 * are shown as in {@link terminalText}.
 *
 * @param text - text from a document
 * @param options - where the text goes
 * @returns the text, inert in Markdown
 * @internal
 */
export function markdownText(text: string, options: MarkdownTextOptions = {}): string {
  const as = options.as ?? 'cell';
  const lines = text.split(/\r\n|\r|\n/);
  const escaped = lines.map((line) => {
    let out = '';
    for (const ch of terminalText(line)) out += MARKDOWN_INLINE[ch] ?? ch;
    return out;
  });
  let joined = escaped.join(as === 'heading' ? ' ' : '<br>');
  if (as === 'paragraph') {
    // Leading spaces would make an indented code block; a marker, a list or a rule.
    const indent = /^[ \t]*/.exec(joined)?.[0] ?? '';
    joined = `${'&#32;'.repeat(indent.length)}${joined.slice(indent.length).replace(BLOCK_START, '\\$&')}`;
  }
  return joined;
}

/**
 * A Markdown ATX heading of one line whatever the text holds: `# ` and the text escaped by
 * {@link markdownText}.
 *
 * @param text - the heading's text
 * @param level - 1 to 6
 * @returns the heading line, without a line end
 * @internal
 */
export function markdownHeading(text: string, level = 1): string {
  const hashes = '#'.repeat(Math.min(6, Math.max(1, Math.trunc(level))));
  return `${hashes} ${markdownText(text, { as: 'heading' }).trim()}`;
}

/**
 * Whether text is well-formed UTF-16: no lone surrogate, so that it can be written as UTF-8
 * or Shift_JIS. (String.prototype.isWellFormed, for hosts that lack it.)
 *
 * @param text - any text
 * @returns false when a surrogate stands alone
 * @internal
 */
export function isWellFormedText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    const next = text.charCodeAt(i + 1);
    if (unit > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return false;
    i++;
  }
  return true;
}

/**
 * Whether an object key names a fiscal year munikpi accepts: four digits whose year is in
 * FISCAL_YEAR_MIN..FISCAL_YEAR_MAX (`"2023"`, not `"0999"` nor `"9999"`).
 *
 * @param key - an object key from a document
 * @returns whether it is a fiscal year in range
 * @internal
 */
export function isFiscalYearKey(key: string): boolean {
  return /^\d{4}$/.test(key) && isFiscalYearNumber(Number(key));
}
