import { foldKey, isSpaces, tidy } from './text';
import type { Cell } from '../types';

/** What Sheets shows for a formula that failed; never read as a number. */
const ERROR_VALUES = new Set([
  '#REF!',
  '#N/A',
  '#DIV/0!',
  '#VALUE!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
]);

const NOT_APPLICABLE = new Set(['n/a', 'na', 'kad', 'khong ap dung']);
const YES = new Set(['co', 'yes', 'dat', 'x', 'true', '1']);
const NO = new Set(['khong', 'no', 'khong dat', 'false', '0']);

/** A cell longer than this is not data anyone typed on purpose; it is refused rather than parsed. */
export const MAX_CELL_TEXT = 5000;

export function isBlank(cell: Cell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  return typeof cell === 'string' && isSpaces(cell);
}

export function isErrorValue(cell: Cell | undefined): cell is string {
  return (
    typeof cell === 'string' &&
    cell.length < 20 &&
    cell.includes('#') &&
    ERROR_VALUES.has(cell.trim().toUpperCase())
  );
}

export function isNotApplicable(cell: Cell | undefined): boolean {
  if (typeof cell !== 'string' || cell.length < 2 || cell.length > 40) return false;
  // The N/A words are 2–3 letters long or 13 and more ("Không áp dụng"), and start with n or k: most cells
  // are turned away without folding them.
  const text = cell.trim();
  if (text.length > 3 && text.length < 13) return false;
  const first = text.charCodeAt(0) | 32;
  return (first === 110 || first === 107) && NOT_APPLICABLE.has(foldKey(cell));
}

/** A cell as text for people and for matching: numbers as JavaScript writes them, dates as ISO days. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return tidy(String(cell));
}

export type NumberProblem =
  'error-value' | 'thousands' | 'two-marks' | 'not-a-number' | 'date' | 'boolean' | 'too-long';

type NumberRead =
  { ok: true; value: number; percent: boolean } | { ok: false; problem: NumberProblem; text: string };

const PLAIN_NUMBER = /^([+-]?)(\d*)(?:([.,])(\d*))?\s*(%?)$/;
const GROUPED_THOUSANDS = /^[+-]?\d{1,3}([ .,\u00a0\u202f]\d{3})+([.,]\d+)?\s*%?$/;

/** "12", "-3", "8,5", "8.5" without spaces or anything else, read without regular expressions; null otherwise. */
function plainDecimal(text: string): number | null {
  if (text.length === 0 || text.length > 20) return null;
  let mark = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if ((c === 44 || c === 46) && mark < 0 && i > 0 && i < text.length - 1) mark = i;
    else if (!(c === 45 && i === 0 && text.length > 1)) return null;
  }
  if (mark > 0 && text.charCodeAt(mark - 1) === 45) return null;
  return Number(mark < 0 ? text : text.slice(0, mark) + '.' + text.slice(mark + 1));
}

/**
 * Reads a number the way the contract says: numeric cells as they are; text trimmed, with one `,` or `.`
 * as the decimal mark and an optional trailing `%`. Anything else is a problem, never a silent 0.
 */
export function readNumber(cell: Cell): NumberRead {
  if (typeof cell === 'number') {
    return Number.isFinite(cell)
      ? { ok: true, value: cell, percent: false }
      : { ok: false, problem: 'not-a-number', text: String(cell) };
  }
  if (typeof cell === 'boolean') return { ok: false, problem: 'boolean', text: String(cell) };
  if (cell instanceof Date) return { ok: false, problem: 'date', text: cellText(cell) };
  const raw = cell ?? '';
  const plain = plainDecimal(raw);
  if (plain !== null) return { ok: true, value: plain, percent: false };
  if (raw.length > MAX_CELL_TEXT) return { ok: false, problem: 'too-long', text: raw.slice(0, 20) + '…' };
  const text = tidy(raw);
  if (isErrorValue(text)) return { ok: false, problem: 'error-value', text };
  const match = PLAIN_NUMBER.exec(text);
  if (match && (match[2] !== '' || (match[4] ?? '') !== '')) {
    const [, sign, whole, , fraction = '', percent] = match;
    const value = Number(`${sign}${whole || '0'}.${fraction || '0'}`);
    return percent ? { ok: true, value: value / 100, percent: true } : { ok: true, value, percent: false };
  }
  if (/^[+-]?\d+([.,]\d+){2,}\s*%?$/.test(text) || /^[+-]?\d+[.,]\d+[.,]/.test(text)) {
    return { ok: false, problem: GROUPED_THOUSANDS.test(text) ? 'thousands' : 'two-marks', text };
  }
  if (GROUPED_THOUSANDS.test(text)) return { ok: false, problem: 'thousands', text };
  return { ok: false, problem: 'not-a-number', text };
}

/** true for a yes word, false for a no word, null for anything else. */
export function readYesNo(cell: Cell): boolean | null {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : null;
  if (typeof cell !== 'string' || cell.length > 40) return null;
  const key = foldKey(cell);
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return null;
}
