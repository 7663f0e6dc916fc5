import { cellText } from './cells';
import type { Cell } from './types';

const CODE = /^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/;

export type CodeRead = { kind: 'blank' } | { kind: 'code'; code: string } | { kind: 'bad'; text: string };

/**
 * A hierarchical code: "1", "1.1", "1.1.2" (a trailing dot, as in "1.", is dropped). A number cell is read
 * as JavaScript writes it, so a code such as 1.10 must be typed as text.
 */
export function readCode(cell: Cell | undefined): CodeRead {
  if (cell === null || cell === undefined || cell === '') return { kind: 'blank' };
  if (typeof cell === 'string' && CODE.test(cell)) return { kind: 'code', code: cell.toUpperCase() };
  const text = cellText(cell).replace(/\.$/, '');
  if (text === '') return { kind: 'blank' };
  return CODE.test(text)
    ? { kind: 'code', code: text.toUpperCase() }
    : { kind: 'bad', text: text.length > 40 ? text.slice(0, 40) + '…' : text };
}

export function parentCode(code: string): string | null {
  const at = code.lastIndexOf('.');
  return at < 0 ? null : code.slice(0, at);
}

export function fieldCode(code: string): string {
  const at = code.indexOf('.');
  return at < 0 ? code : code.slice(0, at);
}
