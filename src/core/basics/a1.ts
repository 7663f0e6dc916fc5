/** Column letters for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A1 notation for 0-based row and column indexes. */
export function a1(row: number, column: number): string {
  return columnLetters(column) + String(row + 1);
}

/** 0-based row and column of an A1 reference such as "E12", or null when it is not one. */
export function parseA1(ref: string): { row: number; column: number } | null {
  const match = /^([A-Z]+)([1-9][0-9]*)$/.exec(ref.trim().toUpperCase());
  if (!match) return null;
  let column = 0;
  for (const ch of match[1] as string) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}
