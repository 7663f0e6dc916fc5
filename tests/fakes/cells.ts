// The stored state of a cell and a sheet's sparse grid of cells.

import type { FakeCell } from './context';
import type { DataValidationImpl } from './data-validation';
import type { TextStyleImpl } from './formats';
import type { RichTextLink } from './rich-text';

export interface BorderSide {
  on: boolean;
  color: string;
  style: string;
}

export interface CellBorders {
  top: BorderSide | null;
  left: BorderSide | null;
  bottom: BorderSide | null;
  right: BorderSide | null;
}

export const DEFAULTS = {
  background: '#ffffff',
  fontWeight: 'normal',
  fontColor: '#000000',
  fontSize: 10,
  fontStyle: 'normal',
  fontFamily: 'Arial',
  fontLine: 'none',
  numberFormat: '0.###############',
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  wrap: true,
  wrapStrategy: 'OVERFLOW',
} as const;

export class CellState {
  value: FakeCell = '';
  formula = '';
  note = '';
  /** Links set through setRichTextValue; dropped when the value changes otherwise. */
  links: RichTextLink[] = [];
  validation: DataValidationImpl | null = null;
  background: string | null = null;
  fontWeight: string | null = null;
  fontColor: string | null = null;
  fontSize: number | null = null;
  fontStyle: string | null = null;
  fontFamily: string | null = null;
  fontLine: string | null = null;
  numberFormat: string | null = null;
  horizontalAlignment: string | null = null;
  verticalAlignment: string | null = null;
  wrap: boolean | null = null;
  wrapStrategy: string | null = null;
  textStyle: TextStyleImpl | null = null;
  borders: CellBorders = { top: null, left: null, bottom: null, right: null };

  hasContent(): boolean {
    return this.value !== '' || this.formula !== '';
  }

  clearContent(): void {
    this.value = '';
    this.formula = '';
    this.links = [];
  }

  clearFormat(): void {
    this.background = null;
    this.fontWeight = null;
    this.fontColor = null;
    this.fontSize = null;
    this.fontStyle = null;
    this.fontFamily = null;
    this.fontLine = null;
    this.numberFormat = null;
    this.horizontalAlignment = null;
    this.verticalAlignment = null;
    this.wrap = null;
    this.wrapStrategy = null;
    this.textStyle = null;
    this.borders = { top: null, left: null, bottom: null, right: null };
  }

  copyFrom(other: CellState, what: { contents: boolean; formats: boolean }): void {
    if (what.contents) {
      this.value = other.value instanceof Date ? new Date(other.value.getTime()) : other.value;
      this.formula = other.formula;
      this.links = other.links.map((l) => ({ ...l }));
      this.note = other.note;
      this.validation = other.validation;
    }
    if (what.formats) {
      this.background = other.background;
      this.fontWeight = other.fontWeight;
      this.fontColor = other.fontColor;
      this.fontSize = other.fontSize;
      this.fontStyle = other.fontStyle;
      this.fontFamily = other.fontFamily;
      this.fontLine = other.fontLine;
      this.numberFormat = other.numberFormat;
      this.horizontalAlignment = other.horizontalAlignment;
      this.verticalAlignment = other.verticalAlignment;
      this.wrap = other.wrap;
      this.wrapStrategy = other.wrapStrategy;
      this.textStyle = other.textStyle;
      this.borders = { ...other.borders };
    }
  }
}

/** A sparse grid addressed by 1-based row and column. */
export class Grid {
  private rows: (CellState | undefined)[][] = [];

  get(row: number, col: number): CellState | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  ensure(row: number, col: number): CellState {
    let r = this.rows[row - 1];
    if (!r) {
      r = [];
      this.rows[row - 1] = r;
    }
    let cell = r[col - 1];
    if (!cell) {
      cell = new CellState();
      r[col - 1] = cell;
    }
    return cell;
  }

  /** Last row with a value or formula (0 when none). */
  lastRow(): number {
    for (let r = this.rows.length - 1; r >= 0; r -= 1) {
      if (this.rows[r]?.some((c) => c?.hasContent())) return r + 1;
    }
    return 0;
  }

  /** Last column with a value or formula (0 when none). */
  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length - 1; c >= last; c -= 1) {
        if (row[c]?.hasContent()) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }

  /** Every stored cell with its 1-based position. */
  *entries(): Generator<[number, number, CellState]> {
    for (let r = 0; r < this.rows.length; r += 1) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c += 1) {
        const cell = row[c];
        if (cell) yield [r + 1, c + 1, cell];
      }
    }
  }

  clearAll(what: { contents: boolean; formats: boolean; notes: boolean; validations: boolean }): void {
    for (const [, , cell] of this.entries()) {
      if (what.contents) cell.clearContent();
      if (what.formats) cell.clearFormat();
      if (what.notes) cell.note = '';
      if (what.validations) cell.validation = null;
    }
  }

  /** Inserts count empty rows so that the first new row is `at`. */
  insertRows(at: number, count: number): void {
    if (at - 1 > this.rows.length) return;
    this.rows.splice(at - 1, 0, ...Array.from({ length: count }, (): (CellState | undefined)[] => []));
  }

  deleteRows(at: number, count: number): void {
    this.rows.splice(at - 1, count);
  }

  insertColumns(at: number, count: number): void {
    for (const row of this.rows) {
      if (row && row.length >= at - 1) row.splice(at - 1, 0, ...new Array<CellState | undefined>(count));
    }
  }

  deleteColumns(at: number, count: number): void {
    for (const row of this.rows) row?.splice(at - 1, count);
  }
}
