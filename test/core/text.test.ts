import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isFiscalYearKey,
  isWellFormedText,
  markdownHeading,
  markdownText,
  terminalText,
} from '../../src/core/text.js';
import { hasActiveCharacter } from '../hostile.js';

/** Hostile text: ordinary text with escape sequences, controls and bidi overrides mixed in. */
const arbHostile = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.constantFrom(
        '\u001b[2J',
        '\u001b]8;;https://evil.example/\u0007click\u001b]8;;\u0007',
        '\u009b31m',
        '\r',
        '\n',
        '\r\n',
        '\u202e',
        '\u2066',
        '\u2069',
        '\u200f',
        '\ufeff',
        '\u0000',
        '\ud800',
        '電子決裁率',
        '<img src=x onerror=alert(1)>',
        '# ',
        '|',
      ),
      fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

describe('terminalText', () => {
  it('shows an escape sequence, a C1 control and a bidi override as text, never obeys them', () => {
    expect(terminalText('\u001b[2Jtitle')).toBe('\\u001b[2Jtitle');
    expect(terminalText('\u009b31mred')).toBe('\\u009b31mred');
    expect(terminalText('abc\u202edef')).toBe('abc\\u202edef');
    expect(terminalText('\u2066x\u2069')).toBe('\\u2066x\\u2069');
  });

  it('makes an OSC 8 hyperlink inert: the link text and the URL show, nothing is clickable', () => {
    const link = '\u001b]8;;https://evil.example/\u0007公式サイト\u001b]8;;\u0007';
    expect(terminalText(link)).toBe('\\u001b]8;;https://evil.example/\\u0007公式サイト\\u001b]8;;\\u0007');
  });

  it('shows a bare CR, which would overwrite the line before it', () => {
    expect(terminalText('第3次小平市行財政改革推進プログラム\r偽のタイトル')).toBe(
      '第3次小平市行財政改革推進プログラム\\u000d偽のタイトル',
    );
  });

  it('keeps line breaks only when asked, and then still shows a lone CR', () => {
    expect(terminalText('a\nb')).toBe('a\\u000ab');
    expect(terminalText('a\r\nb\rc', { multiline: true })).toBe('a\nb\\u000dc');
  });

  it('leaves Japanese text, emoji with joiners and full-width forms as they are', () => {
    for (const text of ['小平市 令和5年度', '👩‍💻', 'ＡＢＣ①', '電子決裁率 73.9%']) {
      expect(terminalText(text)).toBe(text);
    }
  });

  it('shows a lone surrogate but keeps a pair', () => {
    expect(terminalText('a\ud800b')).toBe('a\\ud800b');
    expect(terminalText('𠮷')).toBe('𠮷');
  });

  it('lets no control, bidi override or lone CR through, whatever the text', () => {
    fc.assert(
      fc.property(arbHostile, (text) => {
        const out = terminalText(text);
        return !hasActiveCharacter(out) && isWellFormedText(out);
      }),
    );
  });
});

describe('markdownText', () => {
  it('keeps a cell on one line: CR, LF and CRLF become <br>', () => {
    expect(markdownText('a\rb\nc\r\nd')).toBe('a<br>b<br>c<br>d');
  });

  it('lets no HTML through', () => {
    expect(markdownText('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(markdownText('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;');
  });

  it('escapes column bars, emphasis, links, code and heading marks', () => {
    expect(markdownText('a|b')).toBe('a\\|b');
    expect(markdownText('*x* _y_ `z` [l](u) # h ~s~ \\')).toBe(
      '\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\# h \\~s\\~ \\\\',
    );
  });

  it('escapes a list marker or a rule that would open a block at the start of a paragraph', () => {
    expect(markdownText('- item', { as: 'paragraph' })).toBe('\\- item');
    expect(markdownText('1. item', { as: 'paragraph' })).toBe('\\1. item');
    expect(markdownText('    code', { as: 'paragraph' })).toBe('&#32;&#32;&#32;&#32;code');
    expect(markdownText('  - item', { as: 'paragraph' })).toBe('&#32;&#32;\\- item');
  });

  it('shows controls as terminalText does', () => {
    expect(markdownText('\u001b[2J')).toBe('\\\\u001b\\[2J');
  });

  it('writes Kodaira figures unchanged', () => {
    for (const text of ['604,701,094円', '73.9%', '-16.1', '① 電子決裁の推進', 'R5']) {
      expect(markdownText(text)).toBe(text);
    }
  });

  it('never opens a line, a tag or a column of its own, whatever the text', () => {
    fc.assert(
      fc.property(arbHostile, (text) => {
        const out = markdownText(text);
        return !/[\r\n<>]/.test(out.replace(/<br>/g, '')) && !/(^|[^\\])(\\\\)*\|/.test(out);
      }),
    );
  });
});

describe('markdownHeading', () => {
  it('keeps a hostile title one heading with no HTML', () => {
    const heading = markdownHeading('小平市 計画\n\n<img src=x onerror=alert(1)>\n# 偽の見出し');
    expect(heading).toBe('# 小平市 計画  &lt;img src=x onerror=alert(1)&gt; \\# 偽の見出し');
    expect(heading.split('\n')).toHaveLength(1);
  });

  it('writes the level asked for', () => {
    expect(markdownHeading('プログラム一覧', 3)).toBe('### プログラム一覧');
  });
});

describe('isWellFormedText', () => {
  it('refuses a lone surrogate, high or low, and accepts pairs', () => {
    expect(isWellFormedText('窓口改革')).toBe(true);
    expect(isWellFormedText('𠮷野家')).toBe(true);
    expect(isWellFormedText('名前\ud800')).toBe(false);
    expect(isWellFormedText('\udc00名前')).toBe(false);
    expect(isWellFormedText('\ud800\ud800\udc00')).toBe(false);
  });

  it('agrees with encoding to UTF-8 and back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const roundTrips = new TextDecoder().decode(new TextEncoder().encode(text)) === text;
        return isWellFormedText(text) === roundTrips;
      }),
    );
  });
});

describe('isFiscalYearKey', () => {
  it('accepts four-digit fiscal years in range and refuses 0999 and 9999', () => {
    expect(isFiscalYearKey('2023')).toBe(true);
    expect(isFiscalYearKey('1873')).toBe(true);
    expect(isFiscalYearKey('9998')).toBe(true);
    expect(isFiscalYearKey('0999')).toBe(false);
    expect(isFiscalYearKey('1872')).toBe(false);
    expect(isFiscalYearKey('9999')).toBe(false);
    expect(isFiscalYearKey('R5')).toBe(false);
    expect(isFiscalYearKey('２０２３')).toBe(false);
  });
});
