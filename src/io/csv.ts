/*
 * CSV as RFC 4180 says and Excel writes it, read with csv-parse.
 */

import { CsvError, type InfoRecord, parse } from 'csv-parse/sync';
import { errorOf, MunikpiError } from '../core/errors.js';
import { csvUnreadable, loneSurrogateIn, notTextFor } from '../core/messages/errors-en.js';
import { type ImportLimits, tooLarge } from './limits.js';

function csvError(error: unknown, lastGoodLine: number): MunikpiError {
  if (!(error instanceof CsvError)) throw error;
  const reported = (error as CsvError & { lines?: number }).lines;
  // An unclosed quote is found only at the end of the text: point at the record it opens.
  const line = error.code === 'CSV_QUOTE_NOT_CLOSED' ? lastGoodLine + 1 : reported;
  const params = {
    line: typeof line === 'number' ? line : null,
    // csv-parse's own words, kept as they are; an unclosed quote has words of munikpi's.
    message: error.code === 'CSV_QUOTE_NOT_CLOSED' ? null : error.message.replace(/^[A-Za-z ]+: /, ''),
  };
  const where = params.line === null ? '(document)' : `line ${params.line}`;
  const text = csvUnreadable(params);
  return errorOf('INVALID_CSV', { csvUnreadable }, params, {
    issues: [{ path: where, code: error.code, message: text.slice(where.length + 2) }],
    cause: error,
  });
}

/**
 * Reads CSV text as RFC 4180 defines it (quoted fields with commas, doubled quotes and line
 * breaks; CRLF, LF or both), with csv-parse. A leading byte order mark is dropped; rows may
 * have different lengths, as Excel writes them; an empty line is a row with one empty field.
 *
 * @param text - the CSV text (decode bytes first with {@link decodeText})
 * @returns the rows, each a list of fields
 * @throws {MunikpiError} `INVALID_CSV` naming the line for broken quoting (a quote never
 *   closed, text after a closing quote); `INVALID_ARGUMENT` for non-text
 *
 * @example
 * import { readCsv } from 'munikpi/io';
 * readCsv('No.,評価\r\n12,B\r\n"13","A, ""注"""\r\n');
 * // [['No.', '評価'], ['12', 'B'], ['13', 'A, "注"']]
 * // readCsv('a,b\nc,"d\n') throws INVALID_CSV: line 2: a quoted field in the record that starts on line 2 is never closed
 */
export function readCsv(text: string): string[][] {
  return parseCsv(text, () => {});
}

/**
 * Reads CSV text as {@link readCsv} does, stopping at the first row past the row, column or
 * cell limit (the parser never reads the rest).
 * @internal
 */
export function readCsvWithin(text: string, name: string, limits: ImportLimits): string[][] {
  let cells = 0;
  return parseCsv(text, (record, index) => {
    if (index > limits.rows) throw tooLarge('rows', limits, { at: 'csvRows', file: name });
    if (record.length > limits.columns) {
      throw tooLarge('columns', limits, { at: 'csvFields', file: name, fields: record.length, line: index });
    }
    cells += record.length;
    if (cells > limits.cells) throw tooLarge('cells', limits, { at: 'csvCells', file: name, row: index });
  });
}

function parseCsv(text: string, check: (record: string[], index: number) => void): string[][] {
  if (typeof text !== 'string') {
    throw errorOf('INVALID_ARGUMENT', { notTextFor }, { what: 'readCsv', input: text });
  }
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)) {
    throw errorOf(
      'INVALID_ENCODING',
      { loneSurrogateIn },
      { what: 'readCsv' },
      { input: text.length > 60 ? `${text.slice(0, 57)}...` : text },
    );
  }
  const records: string[][] = [];
  let line = 1;
  try {
    parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: false,
      record_delimiter: ['\r\n', '\n', '\r'],
      on_record: (record: string[], context: InfoRecord) => {
        records.push(record);
        check(record, records.length);
        line = context.lines + 1;
        return record;
      },
    });
  } catch (error) {
    if (error instanceof MunikpiError) throw error;
    throw csvError(error, line - 1);
  }
  return records;
}

function field(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Writes rows as RFC 4180 CSV with CRLF line ends, quoting where needed.
 * @internal
 */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');
}
