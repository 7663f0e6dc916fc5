/**
 * The layout model: everything about how a generated tab looks, decided once here for every writer. The add-in
 * (src/gas/write-tabs.ts, format-tabs.ts), the .xlsx graft (src/cli/tab-parts.ts) and exceljs
 * (src/cli/write-tabs.ts) only paint it. Rows and columns are 1-based where they name a place in the sheet.
 */
import type { Cell } from '../types';
import { COLUMN_PADDING, HEADER_LINES, WIDTH_STEP } from './style';

/** How one cell looks. Looks are shared objects (see `look`): equal looks are the same object. */
export interface Look {
  readonly bold: boolean;
  /** Font size in points; null keeps the sheet's default. */
  readonly size: number | null;
  /** Background colour (#rrggbb); null for none. */
  readonly fill: string | null;
  /** Wraps long text (top-aligned in .xlsx). */
  readonly wrap: boolean;
  /** Number format in the syntax Sheets and Excel share; null keeps the sheet's default. */
  readonly format: string | null;
  /** A medium line above the cell, in SECTION_LINE's colour. */
  readonly line: boolean;
}

const LOOKS = new Map<string, Look>();

/** The look with these properties (the others as a plain cell has them), the same object each time. */
export function look(parts: Partial<Look> = {}): Look {
  const full: Look = {
    bold: false,
    size: null,
    fill: null,
    wrap: false,
    format: null,
    line: false,
    ...parts,
  };
  const key = `${full.bold}|${full.size}|${full.fill}|${full.wrap}|${full.format}|${full.line}`;
  let shared = LOOKS.get(key);
  if (!shared) {
    shared = Object.freeze(full);
    LOOKS.set(key, shared);
  }
  return shared;
}

/** A plain cell: nothing set. */
export const PLAIN = look();

/** A block of cells. */
export interface Span {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** A chart of a label column against a value column, anchored at a cell. */
export interface ChartLayout {
  /** As Sheets names chart types. */
  type: 'BAR';
  title: string;
  legend: 'none' | 'right';
  labels: Span;
  values: Span;
  anchor: { row: number; column: number };
}

export interface SheetLayout {
  name: string;
  /** The cells from A1, every row `width` long. */
  values: Cell[][];
  width: number;
  /** Each row's looks, one per column; rows that look alike share one array. */
  looks: (readonly Look[])[];
  /** Each column's width in characters. */
  widths: number[];
  /** Rows whose height is set (in pixels); the others keep the default. */
  heights: { row: number; pixels: number }[];
  merges: Span[];
  frozenRows: number;
  /** Rows printed at the top of every page (0 for none). Every tab prints one page wide, as tall as it takes. */
  printTitleRows: number;
  orientation: 'landscape' | 'portrait';
  gridlines: boolean;
  /** Cells of one column from `row` down, each linking to the sheet of that name. */
  links: { row: number; column: number; sheets: string[] } | null;
  charts: ChartLayout[];
  /** The sheet's size: its values and the room its charts take, and no more. */
  rows: number;
  columns: number;
}

/**
 * The narrowest width in characters at which `text` wraps into at most `lines` lines, breaking at spaces, and no
 * narrower than its longest word.
 */
export function wrappedWidth(text: string, lines: number = HEADER_LINES): number {
  const words = text.split(/\s+/).filter((word) => word !== '');
  let width = Math.max(0, ...words.map((word) => word.length));
  for (;;) {
    let count = 1;
    let line = -1;
    for (const word of words) {
      if (line >= 0 && line + 1 + word.length > width) {
        count++;
        line = word.length;
      } else line = line < 0 ? word.length : line + 1 + word.length;
    }
    if (count <= lines) return width;
    width++;
  }
}

/**
 * A column's width from its content's width in characters: the content and a little room, rounded up to a step so
 * that neighbouring columns of nearly the same content share a width (Sheets sets a run of equal widths in one call).
 */
export function paddedWidth(content: number): number {
  return Math.ceil((content + COLUMN_PADDING) / WIDTH_STEP) * WIDTH_STEP;
}
