// A1 notation: column letters, cell names and range parsing.

/**
 * How a range was named, so getA1Notation can give it back the way Sheets does:
 * 'cells' (A1:B2), 'columns' (A:C), 'rows' (1:3), 'openRows' (A2:C, to the last row).
 */
export type A1Kind = 'cells' | 'columns' | 'rows' | 'openRows';

export interface ParsedA1 {
  sheetName: string | null;
  startRow: number;
  startCol: number;
  /** null: to the sheet's last row. */
  endRow: number | null;
  /** null: to the sheet's last column. */
  endCol: number | null;
  kind: A1Kind;
}

export function columnLetters(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellName(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** A sheet name as it must be written before '!': quoted unless plain letters/digits/underscore. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

interface Ref {
  col: number | null;
  row: number | null;
}

function parseRef(text: string): Ref | null {
  const m = /^\$?([A-Za-z]*)\$?(\d*)$/.exec(text);
  if (!m || (m[1] === '' && m[2] === '')) return null;
  const letters = m[1] ?? '';
  const digits = m[2] ?? '';
  const row = digits === '' ? null : Number(digits);
  if (row === 0) return null;
  return { col: letters === '' ? null : lettersToColumn(letters), row };
}

function splitSheet(text: string): { sheetName: string | null; rest: string } | null {
  if (text.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < text.length) {
      const ch = text[i];
      if (ch === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += ch;
      i += 1;
    }
    if (text[i] !== "'" || text[i + 1] !== '!') return null;
    return { sheetName: name, rest: text.slice(i + 2) };
  }
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, rest: text };
  return { sheetName: text.slice(0, bang), rest: text.slice(bang + 1) };
}

/** Parses "A1", "A1:C3", "A:C", "1:3", "A2:C", each optionally after "Sheet!" or "'Sheet name'!". */
export function parseA1(text: string): ParsedA1 | null {
  const split = splitSheet(text.trim());
  if (!split) return null;
  const parts = split.rest.split(':');
  if (parts.length > 2) return null;
  const a = parseRef(parts[0] ?? '');
  if (!a) return null;
  const sheetName = split.sheetName;
  if (parts.length === 1) {
    if (a.col === null || a.row === null) return null;
    return { sheetName, startRow: a.row, startCol: a.col, endRow: a.row, endCol: a.col, kind: 'cells' };
  }
  const b = parseRef(parts[1] ?? '');
  if (!b) return null;
  const lo = (x: number, y: number): number => Math.min(x, y);
  const hi = (x: number, y: number): number => Math.max(x, y);
  if (a.col !== null && a.row !== null && b.col !== null && b.row !== null) {
    return {
      sheetName,
      startRow: lo(a.row, b.row),
      startCol: lo(a.col, b.col),
      endRow: hi(a.row, b.row),
      endCol: hi(a.col, b.col),
      kind: 'cells',
    };
  }
  if (a.row === null && b.row === null && a.col !== null && b.col !== null) {
    return {
      sheetName,
      startRow: 1,
      startCol: lo(a.col, b.col),
      endRow: null,
      endCol: hi(a.col, b.col),
      kind: 'columns',
    };
  }
  if (a.col === null && b.col === null && a.row !== null && b.row !== null) {
    return {
      sheetName,
      startRow: lo(a.row, b.row),
      startCol: 1,
      endRow: hi(a.row, b.row),
      endCol: null,
      kind: 'rows',
    };
  }
  if (a.col !== null && a.row !== null && b.col !== null && b.row === null) {
    return {
      sheetName,
      startRow: a.row,
      startCol: lo(a.col, b.col),
      endRow: null,
      endCol: hi(a.col, b.col),
      kind: 'openRows',
    };
  }
  return null;
}

export function formatA1(row: number, col: number, numRows: number, numCols: number, kind: A1Kind): string {
  const lastRow = row + numRows - 1;
  const lastCol = col + numCols - 1;
  switch (kind) {
    case 'columns':
      return `${columnLetters(col)}:${columnLetters(lastCol)}`;
    case 'rows':
      return `${row}:${lastRow}`;
    case 'openRows':
      return `${cellName(row, col)}:${columnLetters(lastCol)}`;
    case 'cells':
      return numRows === 1 && numCols === 1
        ? cellName(row, col)
        : `${cellName(row, col)}:${cellName(lastRow, lastCol)}`;
  }
}
