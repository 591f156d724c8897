/*
 * A small XML tokenizer for the parts of an .xlsx workbook: start and end tags with their
 * attributes, and text with the five entities, character references and OOXML's `_xHHHH_`
 * escapes decoded. No DTD is ever read (a workbook has none), so no entity can expand.
 */
import { ZipProblem } from './zip.js';

/** One event of an XML document. */
export type XmlEvent =
  | {
      readonly kind: 'open';
      /** The local name (`c` for `x:c`). */
      readonly name: string;
      readonly attrs: Readonly<Record<string, string>>;
      /** `<c/>`: no end tag follows. */
      readonly empty: boolean;
    }
  | { readonly kind: 'close'; readonly name: string }
  | { readonly kind: 'text'; readonly text: string };

const TAG = /<([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#x([0-9A-Fa-f]{1,6}));/g;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function codePoint(n: number): string {
  if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) throw new ZipProblem(`&#${n}; is not a character`);
  return String.fromCodePoint(n);
}

/**
 * Decodes entities and character references in text or an attribute value.
 * @internal
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    ENTITY,
    (_, named: string | undefined, dec: string | undefined, hex: string | undefined) =>
      named !== undefined
        ? (NAMED[named] as string)
        : codePoint(dec !== undefined ? Number(dec) : Number.parseInt(hex ?? '', 16)),
  );
}

/**
 * Decodes OOXML's escapes for characters XML cannot carry (`_x000D_` for a carriage return,
 * `_x005F_` for an underscore).
 * @internal
 */
export function decodeOoxmlEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => codePoint(Number.parseInt(hex, 16)));
}

function attributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = Object.create(null);
  if (source === '') return attrs;
  // exec over the one global pattern: matchAll would copy the pattern for every tag.
  ATTR.lastIndex = 0;
  for (let match = ATTR.exec(source); match !== null; match = ATTR.exec(source)) {
    attrs[match[1] as string] = decodeEntities(match[2] ?? match[3] ?? '');
  }
  return attrs;
}

function skipTo(xml: string, from: number, marker: string): number {
  const end = xml.indexOf(marker, from);
  if (end < 0) throw new ZipProblem(`the XML ends inside a ${marker === '-->' ? 'comment' : 'declaration'}`);
  return end + marker.length;
}

/**
 * The events of an XML document, in order.
 * @internal
 */
export function* xmlEvents(xml: string): Generator<XmlEvent> {
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > at) yield { kind: 'text', text: decodeEntities(xml.slice(at, textEnd)) };
    if (lt < 0) return;
    if (xml.startsWith('<?', lt)) at = skipTo(xml, lt, '?>');
    else if (xml.startsWith('<!--', lt)) at = skipTo(xml, lt, '-->');
    else if (xml.startsWith('<![CDATA[', lt)) {
      const end = skipTo(xml, lt, ']]>');
      yield { kind: 'text', text: xml.slice(lt + 9, end - 3) };
      at = end;
    } else if (xml.startsWith('<!', lt))
      throw new ZipProblem('the XML declares a DTD, which no workbook part has');
    else if (xml.startsWith('</', lt)) {
      const end = xml.indexOf('>', lt);
      if (end < 0) throw new ZipProblem('the XML ends inside an end tag');
      yield { kind: 'close', name: localName(xml.slice(lt + 2, end).trim()) };
      at = end + 1;
    } else {
      TAG.lastIndex = lt;
      const match = TAG.exec(xml);
      if (match === null) throw new ZipProblem(`malformed XML at character ${lt}`);
      yield {
        kind: 'open',
        name: localName(match[1] as string),
        attrs: attributes(match[2] ?? ''),
        empty: match[3] === '/',
      };
      at = TAG.lastIndex;
    }
  }
}

/**
 * The text of every `<t>` inside an element (a shared string or an inline string), leaving out
 * phonetic runs (`<rPh>`, the furigana Japanese Excel stores beside a name). The iterator is
 * left after the element's end tag.
 * @internal
 */
export function stringItem(events: Iterator<XmlEvent>, element: string): string {
  let text = '';
  let inT = false;
  let phonetic = 0;
  for (let next = events.next(); !next.done; next = events.next()) {
    const event = next.value;
    if (event.kind === 'open') {
      if (event.name === 'rPh' && !event.empty) phonetic++;
      else if (event.name === 't' && !event.empty) inT = true;
    } else if (event.kind === 'close') {
      if (event.name === element) return decodeOoxmlEscapes(text);
      if (event.name === 'rPh') phonetic--;
      else if (event.name === 't') inT = false;
    } else if (inT && phonetic === 0) text += event.text;
  }
  throw new ZipProblem(`the XML ends inside <${element}>`);
}
