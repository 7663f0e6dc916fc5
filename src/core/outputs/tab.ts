import type { Cell, Language } from '../types';
import { wrappedWidth } from './layout';

/** How a column's numbers are shown; the values stay unrounded. */
type ColumnFormat =
  'text' | 'integer' | 'points' | 'percent-index' | 'ratio-percent' | 'change' | 'index-change';

/** The number format of each kind of column, in the syntax Sheets and Excel share; null leaves the cell as it is. */
export const NUMBER_FORMATS: Record<ColumnFormat, string | null> = {
  text: null,
  integer: '0',
  points: '0.00',
  'percent-index': '0.00',
  'ratio-percent': '0.00%',
  change: '"▲"0;"▼"0;"–"',
  'index-change': '"+"0.00;"−"0.00;0.00',
};

/** What a generated tab's column is, whatever its position: the header in each language and how it is shown. */
export interface ColumnDescriptor {
  header: Record<Language, string>;
  format: ColumnFormat;
  /** Width hint in characters: the widest the column grows to when its content is longer. */
  width: number;
  /** Long text (names, reasons, notes) wraps instead of widening the column. */
  wrap?: boolean;
}

/** A column descriptor, written on one line: header in Vietnamese and English, format, width hint, wrap. */
export function descriptor(
  vi: string,
  en: string,
  format: ColumnFormat,
  width: number,
  wrap = false,
): ColumnDescriptor {
  return { header: { vi, en }, format, width, wrap };
}

/** A column of a built tab: its key, which formatting looks it up by, and its header in the workbook's language. */
export interface TabColumn<K extends string = string> {
  key: K;
  header: string;
  format: ColumnFormat;
  width: number;
  wrap: boolean;
}

/** A generated tab: a title row, a header row and data rows, every value a plain cell. */
export interface Tab<K extends string = string> {
  name: string;
  /** What the tab is and for which year, for print: "Xếp hạng Chỉ số CCHC năm 2025". */
  title: string;
  columns: TabColumn<K>[];
  rows: Cell[][];
}

/** 1-based rows of a written tab: the title, the header (repeated on every printed page with the title), the data. */
export const TITLE_ROW = 1;
export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = 3;

/** A tab's title: its subject, and the year where there is one. */
export function tabTitle(subject: Record<Language, string>, language: Language, year: number | null): string {
  if (year === null) return subject[language];
  return language === 'vi' ? `${subject.vi} năm ${year}` : `${subject.en} ${year}`;
}

export function tabColumn<K extends string>(
  key: K,
  descriptor: ColumnDescriptor,
  language: Language,
  header: string = descriptor.header[language],
): TabColumn<K> {
  return { key, header, format: descriptor.format, width: descriptor.width, wrap: descriptor.wrap ?? false };
}

/** A data row in column order, from values named by column key; a key with no value is an empty cell. */
export function rowOf<K extends string>(
  columns: readonly TabColumn<K>[],
  values: Partial<Record<K, Cell>>,
): Cell[] {
  return columns.map((column) => values[column.key] ?? null);
}

/** 0-based position of the column with this key, or -1 when the tab does not have it. */
export function columnIndex<K extends string>(tab: Tab<K>, key: K): number {
  return tab.columns.findIndex((column) => column.key === key);
}

/** The tab's cells from its first row: the title, the header, the data. */
export function tabValues(tab: Tab): Cell[][] {
  return [[tab.title], tab.columns.map((column) => column.header), ...tab.rows];
}

/** The number format that shows a rank as "r/N" (the value stays the rank): `0"/13"`. */
export function rankOutOfFormat(outOf: number): string {
  return `0"/${outOf}"`;
}

/** Characters a number takes as its column's format shows it. */
function shownLength(value: number, format: ColumnFormat): number {
  const whole = String(Math.trunc(Math.abs(value))).length + (value < 0 ? 1 : 0);
  if (format === 'integer' || format === 'change') return whole + 1;
  return whole + (format === 'ratio-percent' || format === 'index-change' ? 4 : 3);
}

/**
 * A column's width in characters from its content: the longest value, and the header wrapped into at most
 * HEADER_LINES lines; a wrapping column stops at its width hint and wraps what is longer.
 */
export function contentWidth(tab: Tab, c: number): number {
  const column = tab.columns[c] as TabColumn;
  let widest = wrappedWidth(column.header);
  for (const row of tab.rows) {
    const value = row[c];
    const length =
      typeof value === 'number'
        ? shownLength(column.format === 'ratio-percent' ? value * 100 : value, column.format)
        : value === null || value === undefined
          ? 0
          : String(value).length;
    if (length > widest) widest = length;
  }
  return Math.max(4, column.wrap ? Math.min(widest, column.width) : widest);
}
