import type { Cell } from '../types';

/** How a column's numbers are shown; the values stay unrounded. */
export type ColumnFormat = 'text' | 'integer' | 'points' | 'percent-index' | 'ratio-percent' | 'change';

export interface TabColumn {
  header: string;
  format: ColumnFormat;
}

/** A generated tab: a header row and data rows, every value a plain cell. */
export interface Tab {
  name: string;
  columns: TabColumn[];
  rows: Cell[][];
}

export function tabValues(tab: Tab): Cell[][] {
  return [tab.columns.map((column) => column.header), ...tab.rows];
}
