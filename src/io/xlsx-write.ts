/*
 * Writing small .xlsx workbooks (Office Open XML): what the templates and the tidy export need,
 * and nothing more: text and number cells with number formats, column widths and wrapping, a
 * bold header row, frozen panes and drop-down lists. Never merged cells.
 */
import { strToU8, zipSync } from 'fflate';
import { columnLetter } from './issues.js';

/** A drop-down list on the cells of one column. */
export interface ListValidation {
  /** The column (1 = A). */
  readonly column: number;
  /** The first and last row it applies to. */
  readonly rows: readonly [number, number];
  /** The words offered. */
  readonly list: readonly string[];
}

/** A number cell: the figure as decimal text (written digit for digit) and its number format. */
export interface NumberCell {
  /** Decimal text: `-?digits(.digits)?`, no exponent. */
  readonly number: string;
  /** An Excel number format code, e.g. `#,##0` or `#,##0"円"`. */
  readonly format: string;
}

/** A cell to write: text, a number, or null for an empty cell (not written). */
export type SheetCell = string | NumberCell | null;

/** One sheet to write. */
export interface SheetSpec {
  readonly name: string;
  /** Rows of cells; the first is the header row. */
  readonly rows: readonly (readonly SheetCell[])[];
  /** Column widths in characters, from column A. */
  readonly widths?: readonly number[];
  /** The header row is shaded and centred (as well as bold); the other cells wrap at the top. */
  readonly table?: boolean;
  /** Columns and rows kept in view while scrolling. */
  readonly freeze?: { readonly columns: number; readonly rows: number };
  readonly validations?: readonly ListValidation[];
}

/** Cell styles (indexes into cellXfs in STYLES; number formats follow them). */
const STYLE = { plain: 0, header: 1, tableHeader: 2, wrap: 3 } as const;
/** The first id Excel leaves to a workbook's own number formats. */
const FIRST_CUSTOM_FORMAT = 164;
/** Number formats in use, in order of first use: format i is style 4 + i and numFmtId 164 + i. */
type Formats = Map<string, number>;

const STYLES_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
`;
const STYLES_BODY = `<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE7E6E6"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
`;
const STYLES_XFS = `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>`;
const STYLES_TAIL = `</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

/** styles.xml: the four fixed styles, then one per number format in use. */
function stylesXml(formats: Formats): string {
  const codes = [...formats.keys()];
  const numFmts =
    codes.length === 0
      ? ''
      : `<numFmts count="${codes.length}">${codes
          .map((code, i) => `<numFmt numFmtId="${FIRST_CUSTOM_FORMAT + i}" formatCode="${attr(code)}"/>`)
          .join('')}</numFmts>\n`;
  const xfs = codes.map(
    (_, i) =>
      `<xf numFmtId="${FIRST_CUSTOM_FORMAT + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
  );
  return `${STYLES_HEAD}${numFmts}${STYLES_BODY}<cellXfs count="${4 + codes.length}">${STYLES_XFS}${xfs.join('')}${STYLES_TAIL}`;
}

/** The style of a number format, added to the list on first use. */
function formatStyle(formats: Formats, code: string): number {
  let i = formats.get(code);
  if (i === undefined) {
    i = formats.size;
    formats.set(code, i);
  }
  return Object.keys(STYLE).length + i;
}

const DECIMAL_TEXT = /^-?(0|[1-9]\d*)(\.\d+)?$/;

function cellXml(cell: SheetCell, ref: string, style: number, strings: SharedStrings, formats: Formats) {
  if (cell === null) return '';
  if (typeof cell === 'string') return `<c r="${ref}" s="${style}" t="s"><v>${strings.of(cell)}</v></c>`;
  // Only decimal text reaches the XML: anything else would make a workbook Excel must repair.
  if (!DECIMAL_TEXT.test(cell.number)) throw new TypeError(`not decimal text: ${cell.number}`);
  return `<c r="${ref}" s="${formatStyle(formats, cell.format)}"><v>${cell.number}</v></c>`;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The C0 controls XML 1.0 cannot carry (all but tab, line feed and carriage return), as `_xHHHH_`. */
function escapeControls(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out +=
      code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d
        ? `_x${code.toString(16).toUpperCase().padStart(4, '0')}_`
        : ch;
  }
  return out;
}

/** Text escaped for XML, with characters XML cannot carry written as OOXML `_xHHHH_`. */
function xmlText(text: string): string {
  const escaped = escapeControls(text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_'));
  return escaped.replace(
    /[&<>"]/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch] as string,
  );
}

class SharedStrings {
  readonly #index = new Map<string, number>();
  readonly list: string[] = [];
  count = 0;

  of(text: string): number {
    this.count++;
    let i = this.#index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.#index.set(text, i);
    }
    return i;
  }

  xml(): string {
    const items = this.list.map((t) => `<si><t xml:space="preserve">${xmlText(t)}</t></si>`).join('');
    return `${HEAD}<sst xmlns="${MAIN}" count="${this.count}" uniqueCount="${this.list.length}">${items}</sst>`;
  }
}

function sheetXml(sheet: SheetSpec, strings: SharedStrings, formats: Formats): string {
  const width = Math.max(1, ...sheet.rows.map((r) => r.length));
  const height = Math.max(1, sheet.rows.length);
  const parts: string[] = [`${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">`];
  parts.push(`<dimension ref="A1:${columnLetter(width)}${height}"/>`);
  const freeze = sheet.freeze;
  if (freeze !== undefined) {
    const topLeft = `${columnLetter(freeze.columns + 1)}${freeze.rows + 1}`;
    parts.push(
      `<sheetViews><sheetView workbookViewId="0"><pane xSplit="${freeze.columns}" ySplit="${freeze.rows}" topLeftCell="${topLeft}" activePane="bottomRight" state="frozen"/></sheetView></sheetViews>`,
    );
  }
  if (sheet.widths !== undefined && sheet.widths.length > 0) {
    const style = sheet.table === true ? ` style="${STYLE.wrap}"` : '';
    const cols = sheet.widths.map(
      (w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"${style}/>`,
    );
    parts.push(`<cols>${cols.join('')}</cols>`);
  }
  parts.push('<sheetData>');
  sheet.rows.forEach((row, i) => {
    const r = i + 1;
    const style =
      i === 0
        ? sheet.table === true
          ? STYLE.tableHeader
          : STYLE.header
        : sheet.table === true
          ? STYLE.wrap
          : STYLE.plain;
    const cells = row.map((cell, c) => cellXml(cell, `${columnLetter(c + 1)}${r}`, style, strings, formats));
    parts.push(`<row r="${r}">${cells.join('')}</row>`);
  });
  parts.push('</sheetData>');
  const validations = sheet.validations ?? [];
  if (validations.length > 0) {
    const items = validations.map((v) => {
      const letter = columnLetter(v.column);
      const formula = xmlText(`"${v.list.join(',')}"`);
      return `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${letter}${v.rows[0]}:${letter}${v.rows[1]}"><formula1>${formula}</formula1></dataValidation>`;
    });
    parts.push(`<dataValidations count="${items.length}">${items.join('')}</dataValidations>`);
  }
  parts.push('</worksheet>');
  return parts.join('');
}

function attr(text: string): string {
  return xmlText(text).replace(/'/g, '&apos;');
}

/**
 * A workbook of the sheets, as .xlsx bytes.
 * @internal
 */
export function writeWorkbook(
  sheets: readonly SheetSpec[],
  options: { readonly creator?: string } = {},
): Uint8Array {
  const strings = new SharedStrings();
  const formats: Formats = new Map();
  // [Content_Types].xml first, as Office writes it (filled in last).
  const files: Record<string, Uint8Array> = { '[Content_Types].xml': new Uint8Array(0) };
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(sheet, strings, formats));
  });
  const sheetList = sheets.map(
    (s, i) => `<sheet name="${attr(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
  );
  files['xl/workbook.xml'] = strToU8(
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr/><bookViews><workbookView/></bookViews><sheets>${sheetList.join('')}</sheets></workbook>`,
  );
  const n = sheets.length;
  const sheetRels = sheets.map(
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `${HEAD}<Relationships xmlns="${PKG_REL}">${sheetRels.join('')}<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  files['xl/styles.xml'] = strToU8(stylesXml(formats));
  files['xl/sharedStrings.xml'] = strToU8(strings.xml());
  const creator = options.creator === undefined ? '' : `<dc:creator>${xmlText(options.creator)}</dc:creator>`;
  files['docProps/core.xml'] = strToU8(
    `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">${creator}</cp:coreProperties>`,
  );
  files['_rels/.rels'] = strToU8(
    `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
  );
  const ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>`,
    ...sheets.map(
      (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${ct}.worksheet+xml"/>`,
    ),
    `<Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/>`,
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.sharedStrings+xml"/>`,
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
  ];
  files['[Content_Types].xml'] = strToU8(
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
  );
  // A fixed time keeps the bytes the same for the same template. Zip stores local time, so the
  // date is made from local fields: every host time zone writes the same bytes.
  return zipSync(files, { level: 6, mtime: new Date(2020, 0, 1) });
}
