import { cellText } from '../basics/cells';
import type { SheetProblems } from '../basics/problems';
import { foldKey } from '../basics/text';
import type { Cell } from '../types';
import { headerName, type ColumnSpec } from './workbook-schema';

/** The header row is searched for in this many rows from the top; rows above it are titles. */
const HEADER_SEARCH_ROWS = 10;

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
  const initials = initialsOf(keys);
  const last = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const row = values[r] ?? [];
    for (const cell of row) {
      if (
        typeof cell === 'string' &&
        cell.length < 100 &&
        couldMatch(cell, initials) &&
        keys.includes(foldKey(cell))
      )
        return r;
    }
  }
  return -1;
}

const initialsCache = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The first characters of folded keys. */
function initialsOf(keys: readonly string[]): ReadonlySet<string> {
  let initials = initialsCache.get(keys);
  if (!initials) {
    initials = new Set(keys.map((key) => key.charAt(0)));
    initialsCache.set(keys, initials);
  }
  return initials;
}

/**
 * Whether a cell's folded key could begin as one of the keys: its first character folded alone (a title row is
 * a unit's own text on every unit sheet, and folding it whole costs more than everything else the row needs).
 * A first character that folds to nothing (a space, a lone mark) decides nothing.
 */
function couldMatch(cell: string, initials: ReadonlySet<string>): boolean {
  const first = cell.codePointAt(0);
  if (first === undefined) return true;
  const initial = foldKey(String.fromCodePoint(first)).charAt(0);
  return initial === '' || initials.has(initial);
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

/** A header cell that is not known but looks like one of the meanings' headers. */
export interface NearHeader {
  column: number;
  header: string;
  resembles: string;
}

function words(key: string): string[] {
  return key.split(/[^a-z0-9]+/).filter((word) => word !== '');
}

/** Edit distance with adjacent swaps (optimal string alignment), stopping early above `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] as number) + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/** "nhom dv" abbreviates "nhom don vi": each word is the next word, or the initials of the next few. */
function abbreviates(short: readonly string[], long: readonly string[]): boolean {
  const walk = (s: number, l: number, shortened: boolean): boolean => {
    if (s === short.length) return l === long.length && shortened;
    const word = short[s] as string;
    if (word === long[l] && walk(s + 1, l + 1, shortened)) return true;
    for (let n = 2; n <= word.length && l + n <= long.length; n++) {
      const initials = long
        .slice(l, l + n)
        .map((w) => w[0])
        .join('');
      if (initials === word && walk(s + 1, l + n, true)) return true;
    }
    return false;
  };
  return walk(0, 0, false);
}

function contains(outer: readonly string[], inner: readonly string[]): boolean {
  return inner.length >= 2 && inner.every((word) => outer.includes(word));
}

/**
 * How closely an unknown header looks like a known one, or null when it does not: 0 for a small edit
 * distance on the folded text (one letter in up to nine, two beyond; none for very short headers) or the same
 * words in another order, 1 for an abbreviation ("Nhóm đv"), 2 for a header holding all the known one's
 * words, at least two of them ("Điểm tự chấm của đơn vị").
 */
export function resemblance(headerKey: string, knownKey: string): number | null {
  if (headerKey === knownKey) return null;
  const shortest = Math.min(headerKey.length, knownKey.length);
  const limit = shortest <= 3 ? 0 : shortest < 10 ? 1 : 2;
  if (limit > 0 && editDistance(headerKey, knownKey, limit) <= limit) return 0;
  const a = words(headerKey);
  const b = words(knownKey);
  if (a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ')) return 0;
  if (abbreviates(a, b)) return 1;
  if (contains(a, b)) return 2;
  return null;
}

export function resembles(headerKey: string, knownKey: string): boolean {
  return resemblance(headerKey, knownKey) !== null;
}

/**
 * The header cells of `headerRow` that match no header of `specs` but resemble one whose meaning found no
 * column: a misspelt header must never change a result silently.
 */
export function nearHeaders<K extends string>(
  headerRow: readonly Cell[],
  specs: readonly ColumnSpec<K>[],
  column: Partial<Record<K, number>>,
): NearHeader[] {
  const known = new Set(specs.flatMap((spec) => folded(spec.headers)));
  const open = specs.filter((spec) => column[spec.key] === undefined);
  const found: NearHeader[] = [];
  headerRow.forEach((cell, at) => {
    if (typeof cell !== 'string' || cell.length >= 100) return;
    const key = foldKey(cell);
    if (key === '' || known.has(key)) return;
    let best: { rank: number; header: string } | null = null;
    for (const spec of open) {
      const keys = folded(spec.headers);
      for (let i = 0; i < keys.length; i++) {
        const rank = resemblance(key, keys[i] as string);
        if (rank !== null && (best === null || rank < best.rank))
          best = { rank, header: spec.headers[i] as string };
      }
    }
    if (best) found.push({ column: at, header: cell.trim(), resembles: best.header });
  });
  return found;
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
