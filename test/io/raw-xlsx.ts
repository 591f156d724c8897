/*
 * Workbooks written XML by hand, for what exceljs cannot make: the 1904 date system, phonetic
 * runs, error cells, archives that lie about their sizes.
 */
import { strToU8, zipSync } from 'fflate';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A cell as written in sheet XML: `<c r=… …>…</c>`. */
export const text = (ref: string, value: string): string =>
  `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;

/** The Kodaira header (No., 実施プログラム, 評価) in row 1, a section row 方向性1 in row 2 and a program row per entry from row 3. */
export function programRows(programs: readonly (readonly [string, string, string])[]): string {
  const header = `<row r="1">${text('A1', 'No.')}${text('B1', '実施プログラム')}${text('C1', '評価')}</row>`;
  const section = `<row r="2">${text('A2', '方向性1 窓口')}</row>`;
  const rows = programs.map(([no, name, rating], i) => {
    const r = i + 3;
    return `<row r="${r}">${text(`A${r}`, no)}${text(`B${r}`, name)}${text(`C${r}`, rating)}</row>`;
  });
  return header + section + rows.join('');
}

/** Plan-level fields for a workbook without a 計画 sheet. */
export const PLAN = {
  id: 'p',
  municipality: '小平市',
  title: 't',
  period: 'R3～R6',
  fiscalYear: 'R5',
} as const;

/** The parts of a one-sheet workbook: sheet XML body (inside `<worksheet>`), optional styles and shared strings. */
export interface RawParts {
  readonly sheet: string | Uint8Array;
  readonly sharedStrings?: string | Uint8Array;
  readonly styles?: string;
  readonly workbookPr?: string;
}

/** The sheet XML around a body of `<sheetData>` and friends. */
export const worksheet = (body: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">${body}</worksheet>`;

/** A one-sheet workbook (sheet プログラム) as .xlsx bytes. */
export function rawXlsx(parts: RawParts): Uint8Array {
  const bytes = (part: string | Uint8Array) => (typeof part === 'string' ? strToU8(part) : part);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${parts.workbookPr ?? ''}<sheets><sheet name="プログラム" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': bytes(parts.sheet),
  };
  if (parts.sharedStrings !== undefined) files['xl/sharedStrings.xml'] = bytes(parts.sharedStrings);
  if (parts.styles !== undefined) files['xl/styles.xml'] = strToU8(parts.styles);
  return zipSync(files, { level: 1 });
}

/** Sets the uncompressed size an archive declares for an entry (central directory and local header), as a lying archive does. */
export function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const target = strToU8(name);
  const matches = (at: number) => target.every((b, i) => out[at + i] === b);
  for (let at = 0; at + 46 < out.length; at++) {
    const sig = view.getUint32(at, true);
    if (sig === 0x02014b50 && view.getUint16(at + 28, true) === target.length && matches(at + 46)) {
      view.setUint32(at + 24, size, true);
    } else if (sig === 0x04034b50 && view.getUint16(at + 26, true) === target.length && matches(at + 30)) {
      view.setUint32(at + 22, size, true);
    }
  }
  return out;
}
