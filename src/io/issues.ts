/*
 * Where a problem is in a spreadsheet, and the collector that gathers every problem of an
 * import before anything is returned.
 */
import { errorOf, MunikpiError, type MunikpiIssue } from '../core/errors.js';
import type { ImportWarningWords, Language } from '../core/messages/catalogue.js';
import { cliWordsFor } from '../core/messages/cli.js';
import { importProblems } from '../core/messages/errors-en.js';
import { CellProblem } from './cells.js';

/** Where a cell, a row or a sheet is: the sheet (or CSV file) name, a 1-based row and column. */
export interface CellRef {
  /** The sheet name, or the CSV file's name. */
  readonly sheet: string;
  /** The row as a spreadsheet numbers it (1 = the first row); null for the whole sheet. */
  readonly row: number | null;
  /** The column as a spreadsheet numbers it (1 = A); null for the whole row. */
  readonly column: number | null;
  /** The column's header text, when the column has one. */
  readonly header?: string;
}

/**
 * One rejected cell (or row, or sheet) of an import: a {@link MunikpiIssue} whose `path` names
 * the place the way Excel does (`プログラム!E12`, `プログラム!12:12`, `プログラム`), with the
 * sheet, row, column and header also given apart. The `issues` of an `IMPORT_FAILED` error are
 * ImportIssues: `(error.issues as readonly ImportIssue[])[0]?.row`.
 */
export interface ImportIssue extends MunikpiIssue {
  /** The sheet name, or the CSV file's name. */
  readonly sheet: string;
  /** The row (1-based), or null when the issue concerns the whole sheet. */
  readonly row: number | null;
  /** The column (1-based, 1 = A), or null when the issue concerns a whole row or sheet. */
  readonly column: number | null;
  /** The column letters (`E`), or null. */
  readonly columnLetter: string | null;
  /** The header of the column, when it has one. */
  readonly header: string | null;
  /**
   * What a reader's words need beyond the code, when the import knows it: for a plan field it
   * lacks, `field` (`id`, `period` …) and where it may be given; for a problem the plan checker
   * found, the checker's data (see PLAN_ISSUE_CODES). The CLI words a problem from its code and
   * this, in the reader's language; `message` stays the English words.
   */
  readonly data?: Readonly<Record<string, unknown>>;
}

/**
 * Column letters as Excel writes them: 1 → `A`, 27 → `AA`.
 * @internal
 */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * The path of a place in a workbook, in Excel's own reference syntax: `Sheet!E12` for a
 * cell, `Sheet!12:12` for a row, `Sheet` for a sheet.
 * @internal
 */
export function refPath(ref: CellRef): string {
  if (ref.row === null) return ref.sheet;
  if (ref.column === null) return `${ref.sheet}!${ref.row}:${ref.row}`;
  return `${ref.sheet}!${columnLetter(ref.column)}${ref.row}`;
}

/**
 * Gathers the problems and warnings of one import.
 * @internal
 */
export class IssueLog {
  readonly issues: ImportIssue[] = [];
  /** Each warning's place, and its words in any language. */
  readonly warnings: { readonly ref: CellRef | null; readonly say: (words: ImportWarningWords) => string }[] =
    [];
  /** The cell being read, for warnings raised deep inside a read. */
  cursor: CellRef | null = null;

  /** Rejects a cell, row or sheet; `data` is what the words of the code read (see ImportIssue). */
  reject(ref: CellRef, code: string, message: string, data?: Readonly<Record<string, unknown>>): void {
    const header = ref.header ?? null;
    const where = header === null ? '' : `${header}: `;
    this.issues.push({
      ...(data === undefined ? {} : { data }),
      path: refPath(ref),
      code,
      message: `${where}${message}`,
      sheet: ref.sheet,
      row: ref.row,
      column: ref.column,
      columnLetter: ref.column === null ? null : columnLetter(ref.column),
      header,
    });
  }

  /** Notes something the import did that the user should know of. */
  warn(ref: CellRef | null, say: (words: ImportWarningWords) => string): void {
    this.warnings.push({ ref, say });
  }

  /** The warnings, `place: words`, in a language. */
  warningsIn(lang: Language): string[] {
    const words = cliWordsFor(lang).importWarning;
    return this.warnings.map(({ ref, say }) =>
      ref === null ? say(words) : `${refPath(ref)}: ${say(words)}`,
    );
  }

  /**
   * Throws IMPORT_FAILED with every issue, in sheet, row and column order, when there is any:
   * "the import failed" when cells were rejected, else "the imported plan is not valid".
   */
  throwIfAny(failed: boolean): void {
    if (this.issues.length === 0) return;
    const sheets = new Map<string, number>();
    for (const issue of this.issues) if (!sheets.has(issue.sheet)) sheets.set(issue.sheet, sheets.size);
    const issues = [...this.issues].sort(
      (a, b) =>
        (sheets.get(a.sheet) ?? 0) - (sheets.get(b.sheet) ?? 0) ||
        (a.row ?? 0) - (b.row ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0),
    );
    const problems = issues.slice(0, 5).map(({ path, message }) => ({ path, message }));
    throw errorOf(
      'IMPORT_FAILED',
      { importProblems },
      { failed, count: issues.length, problems },
      { issues },
    );
  }
}

/**
 * The code and message of an error met while reading a cell; other errors (bugs) are rethrown.
 * @internal
 */
export function readError(error: unknown): { code: string; message: string } {
  if (error instanceof MunikpiError || error instanceof CellProblem)
    return { code: error.code, message: error.message };
  throw error;
}
