import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeText, encodeText } from '../../src/io/index.js';
import { thrown } from './helpers.js';

const TEXT = 'No.,実施プログラム,評価\r\n12,文書の電子化・ペーパーレス化,B\r\n⑫,令和3年度～令和6年度,Ａ\r\n';
const utf8 = (s: string) => new TextEncoder().encode(s);
const sjis = (s: string) => new Uint8Array(iconv.encode(s, 'cp932'));

describe('decodeText', () => {
  test('reads UTF-8 with and without a BOM, dropping the BOM', () => {
    expect(decodeText(utf8(TEXT))).toBe(TEXT);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]))).toBe(TEXT);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]), { encoding: 'utf-8' })).toBe(TEXT);
  });

  test('detects Shift_JIS (CP932, with NEC specials such as ⑫ and ～)', () => {
    expect(decodeText(sjis(TEXT))).toBe(TEXT);
    expect(decodeText(sjis(TEXT), { encoding: 'shift_jis' })).toBe(TEXT);
  });

  test('Shift_JIS holding UTF-8 text is refused at each place, never read as mojibake (窓口改革 → 遯灘哨謾ｹ髱ｩ)', () => {
    const mixed = new Uint8Array([
      ...sjis('No.,実施プログラム\r\n1,'),
      ...utf8('窓口改革'),
      ...sjis('\r\n2,'),
      ...utf8('電子化'),
    ]);
    // Each part alone is valid CP932: decoding the whole as Shift_JIS would succeed, wrongly.
    expect(iconv.decode(Buffer.from(mixed), 'cp932')).toContain('遯灘哨謾ｹ髱ｩ');
    const error = thrown(() => decodeText(mixed));
    expect(error.code).toBe('INVALID_ENCODING');
    expect(error.issues.map((i) => i.path)).toEqual(['line 2', 'line 3']);
    expect(error.message).toContain('"窓口改革"');
    // The user who knows better can still ask for Shift_JIS.
    expect(decodeText(mixed, { encoding: 'shift_jis' })).toContain('遯灘哨謾ｹ髱ｩ');
  });

  test('Shift_JIS text of every kanji and kana is never taken for UTF-8', () => {
    const all: string[] = [];
    for (let lead = 0x88; lead <= 0xea; lead++) {
      if (lead >= 0xa0 && lead < 0xe0) continue;
      for (let trail = 0x40; trail <= 0xfc; trail++) {
        const char = iconv.decode(Buffer.from([lead, trail]), 'cp932');
        if (char.length === 1 && char !== '\ufffd') all.push(char);
      }
    }
    const text = `${all.join('')}ｱｲｳｴｵ${all.reverse().join('')}`;
    expect(decodeText(sjis(text))).toBe(text);
  });

  test('Shift_JIS read as UTF-8 is an error naming the byte offset, never U+FFFD text', () => {
    const bytes = sjis(TEXT);
    const error = thrown(() => decodeText(bytes, { encoding: 'utf-8' }));
    expect(error.code).toBe('INVALID_ENCODING');
    // 'No.,' is ASCII; the first byte of 実 (0x8E) is at offset 4.
    expect(error.message).toMatch(/byte 0x8E at offset 4 is not valid UTF-8/);
    expect(error.issues[0]?.path).toBe('offset 4');
  });

  test('UTF-8 read as Shift_JIS is an error too when it is not valid CP932', () => {
    const error = thrown(() => decodeText(utf8('a\u00a0b'), { encoding: 'shift_jis' }));
    expect(error.code).toBe('INVALID_ENCODING');
    expect(error.message).toMatch(/at offset \d+ is not valid Shift_JIS/);
  });

  test('bytes valid in neither encoding are rejected in auto mode, naming both offsets', () => {
    const error = thrown(() => decodeText(new Uint8Array([0x41, 0x42, 0xff, 0xfe, 0xfd])));
    expect(error.code).toBe('INVALID_ENCODING');
    expect(error.message).toMatch(/neither UTF-8 .*offset 2.* nor Shift_JIS .*offset 2/);
  });

  test('a text cut inside a character points at the character', () => {
    const bytes = utf8('評価').subarray(0, 5);
    const error = thrown(() => decodeText(bytes, { encoding: 'utf-8' }));
    expect(error.message).toMatch(/offset 3/);
    const lead = thrown(() => decodeText(new Uint8Array([0x41, 0x95]), { encoding: 'shift_jis' }));
    expect(lead.message).toMatch(/offset 1/);
  });

  test('UTF-16 files get a clear message', () => {
    const error = thrown(() => decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00])));
    expect(error.message).toMatch(/UTF-16/);
  });

  test('empty input is empty text; bad arguments are refused', () => {
    expect(decodeText(new Uint8Array())).toBe('');
    expect(thrown(() => decodeText('abc' as unknown as Uint8Array)).code).toBe('INVALID_ARGUMENT');
    expect(thrown(() => decodeText(new Uint8Array(), { encoding: 'latin1' as 'utf-8' })).code).toBe(
      'INVALID_OPTION',
    );
  });
});

describe('encodeText', () => {
  test('writes UTF-8 with a BOM by default, without on request', () => {
    expect([...encodeText('評')]).toEqual([0xef, 0xbb, 0xbf, 0xe8, 0xa9, 0x95]);
    expect([...encodeText('評', { bom: false })]).toEqual([0xe8, 0xa9, 0x95]);
    expect([...encodeText('\uFEFF評')].slice(0, 4)).toEqual([0xef, 0xbb, 0xbf, 0xe8]);
  });

  test('writes Shift_JIS (CP932) that decodes back to the same text', () => {
    const bytes = encodeText(TEXT, { encoding: 'shift_jis' });
    expect(iconv.decode(Buffer.from(bytes), 'cp932')).toBe(TEXT);
    expect(decodeText(bytes)).toBe(TEXT);
  });

  test('characters CP932 cannot hold are named, all of them, never written as ?', () => {
    const error = thrown(() => encodeText('R3〜R6 𠮷野家 ¥100', { encoding: 'shift_jis' }));
    expect(error.code).toBe('INVALID_ENCODING');
    expect(error.message).toMatch(/"〜" \(U\+301C\) at index 2 .*use ～ \(U\+FF5E\)/);
    expect(error.issues.map((i) => i.path)).toEqual(['index 2', 'index 6', 'index 11']);
    expect(error.issues[1]?.message).toMatch(/U\+20BB7/);
  });

  test('lone surrogates and bad options are refused', () => {
    expect(thrown(() => encodeText('a\uD800b')).code).toBe('INVALID_ENCODING');
    expect(thrown(() => encodeText('a', { encoding: 'shift_jis', bom: true })).code).toBe('INVALID_OPTION');
    expect(thrown(() => encodeText('a', { encoding: 'utf-16' as 'utf-8' })).code).toBe('INVALID_OPTION');
    expect(thrown(() => encodeText(1 as unknown as string)).code).toBe('INVALID_ARGUMENT');
  });
});
