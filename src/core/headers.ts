import { cellText } from './cells';
import type { SheetProblems } from './problems';
import { foldKey } from './text';
import type { Cell } from './types';
import { headerName } from './workbook-schema';

/** The header row is searched for in this many rows from the top; rows above it are titles. */
export const HEADER_SEARCH_ROWS = 10;

/** A meaning and its headers, most preferred first (the English name, then the Vietnamese aliases). */
export interface ColumnSpec<K extends string> {
  key: K;
  headers: readonly string[];
}

export interface Columns<K extends string> {
  headerRow: number;
  column: Partial<Record<K, number>>;
}

const foldedCache = new Map<readonly string[], string[]>();
function folded(headers: readonly string[]): string[] {
  let keys = foldedCache.get(headers);
  if (!keys) {
    keys = headers.map(foldKey);
    foldedCache.set(headers, keys);
  }
  return keys;
}

/** 0-based index of the first row, among the first ten, with a cell matching one of `anchor`; -1 if none. */
export function findHeaderRow(values: readonly (readonly Cell[])[], anchor: readonly string[]): number {
  const keys = folded(anchor);
  const last = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const row = values[r] ?? [];
    for (const cell of row) {
      if (typeof cell === 'string' && cell.length < 100 && keys.includes(foldKey(cell))) return r;
    }
  }
  return -1;
}

/**
 * Maps each meaning to its column in the header row. When two columns match one meaning, the one whose
 * header comes first in the meaning's list wins, then the leftmost.
 */
export function mapColumns<K extends string>(
  headerRow: readonly Cell[],
  specs: readonly ColumnSpec<K>[],
): Partial<Record<K, number>> {
  const headerKeys = headerRow.map((cell) =>
    typeof cell === 'string' && cell.length < 100 ? foldKey(cell) : foldKey(cellText(cell)),
  );
  const column: Partial<Record<K, number>> = {};
  for (const spec of specs) {
    for (const key of folded(spec.headers)) {
      const at = headerKeys.indexOf(key);
      if (at >= 0) {
        column[spec.key] = at;
        break;
      }
    }
  }
  return column;
}

/** The last header row mapped for each list of meanings: unit sheets nearly always share one header row. */
const lastMapped = new Map<
  readonly ColumnSpec<string>[],
  { header: readonly Cell[]; column: Partial<Record<string, number>> }
>();

function sameCells(a: readonly Cell[], b: readonly Cell[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function readColumns<K extends string>(
  values: readonly (readonly Cell[])[],
  anchor: readonly string[],
  specs: readonly ColumnSpec<K>[],
): Columns<K> | null {
  const headerRow = findHeaderRow(values, anchor);
  if (headerRow < 0) return null;
  const header = values[headerRow] ?? [];
  const last = lastMapped.get(specs);
  if (last && sameCells(last.header, header))
    return { headerRow, column: last.column as Partial<Record<K, number>> };
  const column = mapColumns(header, specs);
  lastMapped.set(specs, { header: [...header], column });
  return { headerRow, column };
}

/** 0-based header row, or -1 after reporting that the first rows hold no header with an `anchor` column. */
export function findHeaderRowOrReport(
  values: readonly (readonly Cell[])[],
  anchor: readonly string[],
  problems: SheetProblems,
): number {
  const headerRow = findHeaderRow(values, anchor);
  if (headerRow < 0) problems.error(null, 'noHeaderRow', { column: headerName(anchor, problems.language) });
  return headerRow;
}

/** readColumns, reporting a missing header row as findHeaderRowOrReport does. */
export function readColumnsOrReport<K extends string>(
  values: readonly (readonly Cell[])[],
  anchor: readonly string[],
  specs: readonly ColumnSpec<K>[],
  problems: SheetProblems,
): Columns<K> | null {
  const columns = readColumns(values, anchor, specs);
  if (!columns) problems.error(null, 'noHeaderRow', { column: headerName(anchor, problems.language) });
  return columns;
}
