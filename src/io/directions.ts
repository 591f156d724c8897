/*
 * The directions (方向性) of an imported plan, gathered from the plan fields, section rows
 * (`方向性1 地域資源によるサービスの実現`) and the 方向性 column, checked for agreement.
 */
import { quote } from '../core/errors.js';
import type { Direction } from '../plan/index.js';
import type { CellRef, IssueLog } from './issues.js';
import { refPath } from './issues.js';
import { type DirectionField, directionOfText } from './plan-fields.js';

interface Entry {
  number: number;
  name: string | null;
  programCount?: number;
  ref: CellRef | null;
}

function same(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
  return norm(a) === norm(b);
}

/**
 * The directions met so far, by number.
 * @internal
 */
export class Directions {
  readonly #entries = new Map<number, Entry>();

  /** Starts from the directions the plan fields give. */
  constructor(given: readonly DirectionField[], refOf: (number: number) => CellRef | null) {
    for (const d of given) {
      this.#entries.set(d.number, {
        number: d.number,
        name: d.name,
        ...(d.programCount === undefined ? {} : { programCount: d.programCount }),
        ref: refOf(d.number),
      });
    }
  }

  /** The id of a direction number. */
  static id(number: number): string {
    return `d${number}`;
  }

  /**
   * Defines (or confirms) a direction and returns its id; a name that contradicts the one met
   * before is rejected (the id is still returned, so that its programs are not rejected too).
   */
  define(
    number: number,
    name: string | null,
    programCount: number | undefined,
    ref: CellRef,
    log: IssueLog,
  ): string {
    const known = this.#entries.get(number);
    if (known === undefined) {
      this.#entries.set(number, {
        number,
        name,
        ...(programCount === undefined ? {} : { programCount }),
        ref,
      });
      return Directions.id(number);
    }
    if (name !== null && known.name !== null && !same(name, known.name)) {
      const where = known.ref === null ? 'in the plan fields' : `at ${refPath(known.ref)}`;
      log.reject(
        ref,
        'DIRECTION_MISMATCH',
        `方向性${number} is ${quote(known.name)} ${where}, not ${quote(name)}`,
      );
      return Directions.id(number);
    }
    if (known.name === null && name !== null) known.name = name;
    if (known.programCount === undefined && programCount !== undefined) known.programCount = programCount;
    known.ref ??= ref;
    return Directions.id(number);
  }

  /** Reads a 方向性 cell: a number, `方向性1`, `1 名前`, or a name already met. */
  resolve(text: string, ref: CellRef, log: IssueLog): string {
    const parsed = directionOfText(text);
    if (parsed.number !== null) return this.define(parsed.number, parsed.name, parsed.programCount, ref, log);
    const name = parsed.name ?? text;
    for (const entry of this.#entries.values()) {
      if (entry.name !== null && same(entry.name, name)) return Directions.id(entry.number);
    }
    const next = Math.max(0, ...this.#entries.keys()) + 1;
    return this.define(next, name, parsed.programCount, ref, log);
  }

  /** The directions, by number; those without a name are rejected. */
  list(log: IssueLog, fallback: CellRef): { directions: Direction[]; refs: Map<number, CellRef> } {
    const directions: Direction[] = [];
    const refs = new Map<number, CellRef>();
    for (const entry of [...this.#entries.values()].sort((a, b) => a.number - b.number)) {
      const ref = entry.ref ?? fallback;
      refs.set(entry.number, ref);
      if (entry.name === null) {
        log.reject(
          ref,
          'MISSING_VALUE',
          `方向性${entry.number} has no name: write 方向性${entry.number} and its name in the 計画 sheet, a section row, or the cell (${entry.number} 名前)`,
        );
        continue;
      }
      directions.push({
        id: Directions.id(entry.number),
        number: entry.number,
        name: entry.name,
        ...(entry.programCount === undefined ? {} : { programCount: entry.programCount }),
      });
    }
    return { directions, refs };
  }
}
