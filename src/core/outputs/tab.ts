import type { Cell } from '../types';

/** How a column's numbers are shown; the values stay unrounded. */
export type ColumnFormat = 'text' | 'integer' | 'points' | 'percent-index' | 'ratio-percent' | 'change';

/** The number format of each kind of column, in the syntax Sheets and Excel share; null leaves the cell as it is. */
export const NUMBER_FORMATS: Record<ColumnFormat, string | null> = {
  text: null,
  integer: '0',
  points: '0.00',
  'percent-index': '0.00',
  'ratio-percent': '0.00%',
  change: '"▲"0;"▼"0;"–"',
};

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
