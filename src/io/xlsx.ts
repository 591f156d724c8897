/*
 * Reading .xlsx workbooks (Office Open XML spreadsheets) within a budget: the archive's
 * declared sizes and each sheet's declared range are checked before anything is inflated or
 * walked, and rows, columns, cells and shared strings are counted while reading. Only cells
 * that hold something are kept, so a far corner costs nothing.
 */
import { errorOf, type MunikpiError } from '../core/errors.js';
import { notAWorkbook } from '../core/messages/errors-en.js';
import type { Grid, GridCell } from './cells.js';
import { columnLetter } from './issues.js';
import { type ImportLimits, tooLarge } from './limits.js';
import { stringItem, type XmlEvent, xmlEvents } from './xml.js';
import { inflateText, type ZipEntry, ZipProblem, zipEntries } from './zip.js';

/** Whether the bytes are a zip archive, as an .xlsx file is. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Whether the bytes are an OLE compound file, as the old .xls format is. */
export function isOle(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/** The archive and what has been spent of the budget reading it. */
class Archive {
  readonly entries: Map<string, ZipEntry>;
  #inflated = 0;
  cells = 0;

  constructor(
    readonly bytes: Uint8Array,
    readonly limits: ImportLimits,
  ) {
    this.entries = zipEntries(bytes);
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  /** Refuses the parts at once when what they declare is over the budget. */
  checkDeclared(paths: readonly string[]): void {
    const declared = paths.reduce((sum, path) => sum + (this.entries.get(path)?.size ?? 0), 0);
    if (declared > this.limits.textBytes) {
      throw tooLarge('textBytes', this.limits, { at: 'declaredXml', bytes: declared });
    }
  }

  text(path: string): string {
    const entry = this.entries.get(path);
    if (entry === undefined) throw new ZipProblem(`the part ${path} is missing`);
    const left = this.limits.textBytes - this.#inflated;
    const over = () => tooLarge('textBytes', this.limits, { at: 'part', part: path });
    if (entry.size > left) throw over();
    const { text, bytes } = inflateText(this.bytes, entry, left, over);
    // Counted in bytes, as the limit is: kanji take three each.
    this.#inflated += bytes;
    return text;
  }
}

/** `A1` → [row, column], both 1-based; null for anything else. */
function cellRef(ref: string): [number, number] | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (match === null) return null;
  let column = 0;
  for (const ch of match[1] as string) column = column * 26 + (ch.charCodeAt(0) - 64);
  return [Number(match[2]), column];
}

/** `A1:C5` (or `A1`) → its corners. */
function rangeRef(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const [from, to = from] = ref.split(':');
  const a = cellRef(from ?? '');
  const b = cellRef(to ?? '');
  if (a === null || b === null) return null;
  return {
    top: Math.min(a[0], b[0]),
    left: Math.min(a[1], b[1]),
    bottom: Math.max(a[0], b[0]),
    right: Math.max(a[1], b[1]),
  };
}

function resolvePath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The relationships of a part: id → { type, path }. */
function relationships(archive: Archive, part: string): Map<string, { type: string; path: string }> {
  const rels = new Map<string, { type: string; path: string }>();
  const path = relsPath(part);
  if (!archive.has(path)) return rels;
  for (const event of xmlEvents(archive.text(path))) {
    if (event.kind !== 'open' || event.name !== 'Relationship') continue;
    const { Id: id, Type: type = '', Target: target, TargetMode: mode } = event.attrs;
    if (id === undefined || target === undefined || mode === 'External') continue;
    rels.set(id, { type, path: resolvePath(part, target) });
  }
  return rels;
}

const DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36]);
for (const id of [45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]) DATE_FORMATS.add(id);

interface Style {
  readonly date: boolean;
  readonly percent: boolean;
}

/** A number format's code without its quoted text, escapes and bracketed colours or locales. */
function formatSymbols(code: string): string {
  return code.replace(/"[^"]*"|\\.|_.|\*.|\[(?![hms]+\])[^\]]*\]/gi, '');
}

/** The date and percent flags of each cell style (`s` index). */
function styles(archive: Archive, path: string | undefined): Style[] {
  if (path === undefined || !archive.has(path)) return [];
  const custom = new Map<number, string>();
  const list: Style[] = [];
  let inCellXfs = false;
  for (const event of xmlEvents(archive.text(path))) {
    if (event.kind === 'open' && event.name === 'numFmt') {
      custom.set(Number(event.attrs.numFmtId), event.attrs.formatCode ?? '');
    } else if (event.kind === 'open' && event.name === 'cellXfs') inCellXfs = !event.empty;
    else if (event.kind === 'close' && event.name === 'cellXfs') inCellXfs = false;
    else if (event.kind === 'open' && event.name === 'xf' && inCellXfs) {
      const id = Number(event.attrs.numFmtId ?? 0);
      const code = custom.get(id);
      const symbols = code === undefined ? '' : formatSymbols(code);
      list.push({
        date:
          code === undefined ? DATE_FORMATS.has(id) : !/general/i.test(symbols) && /[ymdhsg]/i.test(symbols),
        percent: code === undefined ? id === 9 || id === 10 : symbols.includes('%'),
      });
    }
  }
  return list;
}

function sharedStrings(archive: Archive, path: string | undefined): string[] {
  if (path === undefined || !archive.has(path)) return [];
  const { limits } = archive;
  const strings: string[] = [];
  const events = xmlEvents(archive.text(path));
  for (let next = events.next(); !next.done; next = events.next()) {
    const event = next.value;
    if (event.kind !== 'open') continue;
    if (event.name === 'sst' && Number(event.attrs.uniqueCount ?? 0) > limits.sharedStrings) {
      throw tooLarge('sharedStrings', limits, {
        at: 'declaredStrings',
        count: String(event.attrs.uniqueCount),
      });
    }
    if (event.name !== 'si') continue;
    if (strings.length >= limits.sharedStrings) {
      throw tooLarge('sharedStrings', limits, { at: 'moreStrings' });
    }
    strings.push(event.empty ? '' : stringItem(events, 'si'));
  }
  return strings;
}

/** The workbook as the importer needs it: sheet names and parts, shared strings, styles, date system. */
interface Book {
  readonly sheets: readonly { readonly name: string; readonly path: string }[];
  readonly strings: readonly string[];
  readonly styles: readonly Style[];
  readonly date1904: boolean;
}

function book(archive: Archive): Book {
  const root = relationships(archive, '');
  const office = [...root.values()].find((r) => r.type.endsWith('/officeDocument'));
  const workbookPath = office?.path ?? 'xl/workbook.xml';
  const rels = relationships(archive, workbookPath);
  const byType = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.path;
  const sheets: { name: string; path: string }[] = [];
  let date1904 = false;
  for (const event of xmlEvents(archive.text(workbookPath))) {
    if (event.kind !== 'open') continue;
    if (event.name === 'workbookPr') date1904 = ['1', 'true'].includes(event.attrs.date1904 ?? '');
    if (event.name !== 'sheet') continue;
    const id = Object.entries(event.attrs).find(([key]) => key === 'id' || key.endsWith(':id'))?.[1];
    const rel = id === undefined ? undefined : rels.get(id);
    if (rel?.type.endsWith('/worksheet')) sheets.push({ name: event.attrs.name ?? '', path: rel.path });
  }
  const parts = [...sheets.map((s) => s.path), byType('/sharedStrings'), byType('/styles')];
  archive.checkDeclared(parts.filter((p): p is string => p !== undefined));
  return {
    sheets,
    strings: sharedStrings(archive, byType('/sharedStrings')),
    styles: styles(archive, byType('/styles')),
    date1904,
  };
}

const MS_PER_DAY = 86_400_000;
/** 1899-12-30 and 1904-01-01 in UTC milliseconds: day 0 of each date system, as Excel counts. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** A date serial as a Date at UTC midnight (plus the time of day), or an error for 1900-02-29. */
function serialDate(serial: number, date1904: boolean): GridCell {
  if (!date1904 && serial >= 60 && serial < 61) {
    return {
      value: null,
      error: { code: 'INVALID_DATE', message: 'the date serial 60 is 1900-02-29, a day that never was' },
    };
  }
  // Excel counts a 1900-02-29 that never was: serials before it are one day off a plain count.
  const days = date1904 ? serial : serial < 60 ? serial + 1 : serial;
  const ms = Math.round(days * MS_PER_DAY) + (date1904 ? EPOCH_1904 : EPOCH_1900);
  return { value: new Date(ms) };
}

interface RawCell {
  readonly type: string;
  readonly style: number;
  formula: string | null;
  hasFormula: boolean;
  value: string | null;
  inline: string | null;
}

function errorCell(raw: RawCell, error: string): GridCell {
  const message = raw.hasFormula
    ? `the formula ${raw.formula === null ? '' : `=${raw.formula} `}gives the error ${error}`
    : `the cell holds the error ${error}`;
  return { value: null, error: { code: 'FORMULA_ERROR', message } };
}

function gridCell(raw: RawCell, workbook: Book): GridCell | undefined {
  const { type, value } = raw;
  if (type === 'inlineStr')
    return raw.inline === null || raw.inline === '' ? undefined : { value: raw.inline };
  if (value === null) {
    if (!raw.hasFormula) return undefined;
    const shown = raw.formula === null ? 'the formula' : `the formula =${raw.formula}`;
    return {
      value: null,
      error: {
        code: 'NO_CACHED_VALUE',
        message: `${shown} has no saved result: open the file in Excel and save it, then import again`,
      },
    };
  }
  switch (type) {
    case 's': {
      const text = workbook.strings[Number(value)];
      if (text === undefined)
        throw new ZipProblem(`a cell refers to shared string ${value}, which does not exist`);
      return text === '' ? undefined : { value: text };
    }
    case 'str':
      return value === '' ? undefined : { value };
    case 'b':
      return { value: value === '1' || value === 'true' };
    case 'e':
      return errorCell(raw, value);
    case 'd': {
      const date = new Date(/[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`);
      return Number.isNaN(date.getTime())
        ? {
            value: null,
            error: {
              code: 'UNREADABLE_CELL',
              message: `the cell holds the date ${value}, which cannot be read`,
            },
          }
        : { value: date };
    }
    default:
      return numberCell(raw, value, workbook);
  }
}

function numberCell(raw: RawCell, value: string, workbook: Book): GridCell {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) {
    return {
      value: null,
      error: { code: 'UNREADABLE_CELL', message: `the cell holds ${value}, which is not a number` },
    };
  }
  const style = workbook.styles[raw.style];
  if (style?.date === true && n >= 0 && n < 2_958_466) return serialDate(n, workbook.date1904);
  return style?.percent === true ? { value: n, percent: true } : { value: n };
}

/** Reads one sheet's cells into a sparse grid, within the budget. */
class SheetReader {
  readonly rows: (GridCell | undefined)[][] = [];
  readonly merges: { top: number; left: number; bottom: number; right: number }[] = [];
  #row = 0;
  #column = 0;

  constructor(
    readonly archive: Archive,
    readonly workbook: Book,
    readonly name: string,
  ) {}

  get limits(): ImportLimits {
    return this.archive.limits;
  }

  dimension(ref: string): void {
    const range = rangeRef(ref);
    if (range === null) return;
    if (range.bottom > this.limits.rows) {
      throw tooLarge('rows', this.limits, { at: 'sheetRow', sheet: this.name, row: range.bottom, ref }, true);
    }
    if (range.right > this.limits.columns) {
      throw tooLarge(
        'columns',
        this.limits,
        { at: 'sheetColumn', sheet: this.name, column: columnLetter(range.right), ref },
        true,
      );
    }
  }

  row(attrs: Readonly<Record<string, string>>): void {
    const r = attrs.r === undefined ? this.#row + 1 : Number(attrs.r);
    if (!Number.isSafeInteger(r) || r < 1) throw new ZipProblem(`a row numbered ${attrs.r}`);
    this.#row = r;
    this.#column = 0;
  }

  place(ref: string | undefined): [number, number] {
    const at: [number, number] | null = ref === undefined ? [this.#row, this.#column + 1] : cellRef(ref);
    if (at === null || at[0] < 1 || at[1] < 1) throw new ZipProblem(`a cell at ${ref}`);
    this.#column = at[1];
    return at;
  }

  store(r: number, c: number, cell: GridCell): void {
    const where = { at: 'value', sheet: this.name, cell: `${columnLetter(c)}${r}` } as const;
    if (r > this.limits.rows) throw tooLarge('rows', this.limits, where);
    if (c > this.limits.columns) throw tooLarge('columns', this.limits, where);
    this.archive.cells++;
    if (this.archive.cells > this.limits.cells) {
      throw tooLarge('cells', this.limits, {
        at: 'moreCells',
        sheet: this.name,
        cell: `${columnLetter(c)}${r}`,
      });
    }
    const row = this.rows[r - 1] ?? [];
    this.rows[r - 1] = row;
    row[c - 1] = cell;
  }

  cell(events: Iterator<XmlEvent>, attrs: Readonly<Record<string, string>>, empty: boolean): void {
    const [r, c] = this.place(attrs.r);
    if (empty) return;
    const raw: RawCell = {
      type: attrs.t ?? 'n',
      style: Number(attrs.s ?? 0),
      formula: null,
      hasFormula: false,
      value: null,
      inline: null,
    };
    let inValue = false;
    let inFormula = false;
    for (let next = events.next(); !next.done; next = events.next()) {
      const event = next.value;
      if (event.kind === 'open') {
        if (event.name === 'v') {
          inValue = !event.empty;
          raw.value = event.empty ? raw.value : '';
        } else if (event.name === 'f') {
          raw.hasFormula = true;
          inFormula = !event.empty;
        } else if (event.name === 'is' && !event.empty) raw.inline = stringItem(events, 'is');
      } else if (event.kind === 'close') {
        if (event.name === 'c') break;
        inValue = inFormula = false;
      } else if (inValue) raw.value = (raw.value ?? '') + event.text;
      else if (inFormula) raw.formula = (raw.formula ?? '') + event.text;
    }
    const cell = gridCell(raw, this.workbook);
    if (cell !== undefined) this.store(r, c, cell);
  }

  read(xml: string): Grid {
    const events = xmlEvents(xml);
    for (let next = events.next(); !next.done; next = events.next()) {
      const event = next.value;
      if (event.kind !== 'open') continue;
      if (event.name === 'dimension' && event.attrs.ref !== undefined) this.dimension(event.attrs.ref);
      else if (event.name === 'row') this.row(event.attrs);
      else if (event.name === 'c') this.cell(events, event.attrs, event.empty);
      else if (event.name === 'mergeCell') {
        const range = rangeRef(event.attrs.ref ?? '');
        if (range !== null) this.merges.push(range);
      }
    }
    this.markMerged();
    for (let i = 0; i < this.rows.length; i++) this.rows[i] ??= [];
    return { name: this.name, rows: this.rows };
  }

  /** Marks the cells a merged range covers (all but its top-left), counting them in the budget. */
  markMerged(): void {
    const lastRow = this.rows.length;
    for (const range of this.merges) {
      const bottom = Math.min(range.bottom, lastRow);
      for (let r = range.top; r <= bottom; r++) {
        const row = this.rows[r - 1];
        if (row === undefined) continue;
        const right = Math.min(range.right, row.length);
        this.archive.cells += Math.max(0, right - range.left + 1);
        if (this.archive.cells > this.limits.cells) {
          throw tooLarge('cells', this.limits, { at: 'merged', sheet: this.name });
        }
        for (let c = range.left; c <= right; c++) {
          if ((r !== range.top || c !== range.left) && row[c - 1] !== undefined)
            row[c - 1] = { value: null, merged: true };
        }
      }
    }
  }
}

function unreadable(name: string, reason: string, cause?: unknown): MunikpiError {
  const params = { name, reason };
  return errorOf('IMPORT_FAILED', { notAWorkbook }, params, {
    issues: [{ path: name || 'the workbook', code: 'INVALID_XLSX', message: notAWorkbook(params) }],
    cause,
  });
}

/**
 * Reads every sheet of a workbook into grids (merged-over cells marked, formulas as their
 * saved results, dates from date-formatted numbers in either date system, percentage formats
 * noted), within the limits.
 * @internal
 */
export function readWorkbook(bytes: Uint8Array, name: string, limits: ImportLimits): Grid[] {
  try {
    const archive = new Archive(bytes, limits);
    const workbook = book(archive);
    return workbook.sheets.map((sheet) =>
      new SheetReader(archive, workbook, sheet.name).read(archive.text(sheet.path)),
    );
  } catch (error) {
    if (error instanceof ZipProblem) throw unreadable(name, error.message, error);
    throw error;
  }
}
