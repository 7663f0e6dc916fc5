import { cellText } from './cells';
import type { Cell } from '../types';

const CODE = /^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/;

/** A code, null for a blank cell, or the text of a cell that is not a code. */
type CodeRead = string | null | { bad: string };

/** True for "1", "1.2.3": digits and single inner dots, the form nearly every code has. */
function isDigitCode(text: string): boolean {
  let previousDot = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (previousDot) return false;
      previousDot = true;
    } else if (c >= 48 && c <= 57) previousDot = false;
    else return false;
  }
  return !previousDot;
}

/**
 * A hierarchical code: "1", "1.1", "1.1.2" (a trailing dot, as in "1.", is dropped). A number cell is read
 * as JavaScript writes it, so a code such as 1.10 must be typed as text.
 */
export function readCode(cell: Cell | undefined): CodeRead {
  if (cell === null || cell === undefined || cell === '') return null;
  if (typeof cell === 'string' && isDigitCode(cell)) return cell;
  if (typeof cell === 'string' && CODE.test(cell)) return cell.toUpperCase();
  const text = cellText(cell).replace(/\.$/, '');
  if (text === '') return null;
  return CODE.test(text) ? text.toUpperCase() : { bad: text.length > 40 ? text.slice(0, 40) + '…' : text };
}

export function parentCode(code: string): string | null {
  const at = code.lastIndexOf('.');
  return at < 0 ? null : code.slice(0, at);
}

export function fieldCode(code: string): string {
  const at = code.indexOf('.');
  return at < 0 ? code : code.slice(0, at);
}
