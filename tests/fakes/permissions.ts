// Who may edit what, as Google documents it for protections: the spreadsheet's owner edits everything; a protected
// sheet (less its unprotected ranges) or range is edited only by its editors, unless it is warning-only; a cell
// covered by several protections needs every one of them. A write by someone not allowed throws Sheets' message.

import type { FakeContext } from './context';
import type { ProtectionImpl } from './protection-chart';
import { RangeImpl } from './range';
import { SheetImpl } from './sheet';

export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** A rectangle of cells, 1-based, named as RangeImpl names its own. */
export interface Rect {
  _row: number;
  _col: number;
  _numRows: number;
  _numCols: number;
}

/** The people of one fake spreadsheet: its owner, its other editors, and who is running the script now. */
export class People {
  editors: string[] = [];
  constructor(
    public owner: string,
    public user: string,
  ) {}
}

const inside = (r: Rect, row: number, col: number): boolean =>
  row >= r._row && row < r._row + r._numRows && col >= r._col && col < r._col + r._numCols;

const intersects = (a: Rect, b: Rect): boolean =>
  a._row < b._row + b._numRows &&
  b._row < a._row + a._numRows &&
  a._col < b._col + b._numCols &&
  b._col < a._col + a._numCols;

export function allows(p: ProtectionImpl, people: People): boolean {
  return people.user === people.owner || p._warningOnly || p._editors.includes(people.user);
}

/** Whether the protection covers a cell of the rectangle: a range protection its range, a sheet one all but its unprotected ranges. */
function covers(p: ProtectionImpl, sheet: SheetImpl, rect: Rect): boolean {
  if (p._sheet !== sheet) return false;
  if (p._range) return intersects(p._range, rect);
  const open = p._unprotected.filter((u) => u._sheet === sheet && intersects(u, rect));
  if (open.length === 0) return true;
  for (let row = rect._row; row < rect._row + rect._numRows; row++)
    for (let col = rect._col; col < rect._col + rect._numCols; col++)
      if (!open.some((u) => inside(u, row, col))) return true;
  return false;
}

/** Range.canEdit: the current user may edit every cell of the rectangle. */
export function canEditCells(sheet: SheetImpl, rect: Rect): boolean {
  const people = sheet._ss._people;
  if (people.user === people.owner) return true;
  return sheet._ss._protections.every((p) => allows(p, people) || !covers(p, sheet, rect));
}

export function wholeSheet(sheet: SheetImpl): Rect {
  return { _row: 1, _col: 1, _numRows: sheet._maxRows, _numCols: sheet._maxCols };
}

/** Methods that change nothing another person sees, or that any editor may call on protected cells. */
const FREE = /^(protect|setActive|activate)/;

/** Consulted before every counted write: throws where the current user may not make it. */
export function guardWrite(
  ctx: FakeContext,
  className: string,
  method: string,
  target: object,
  args: unknown[],
): void {
  if (FREE.test(method)) return;
  let sheet: SheetImpl | null = null;
  let rect: Rect | null = null;
  if (target instanceof RangeImpl) {
    sheet = target._sheet;
    rect = target;
  } else if (target instanceof SheetImpl) {
    sheet = target;
  } else if (className === 'Spreadsheet' && method === 'deleteSheet') {
    const s = ctx.unwrap(args[0]);
    if (s instanceof SheetImpl) sheet = s;
  }
  if (sheet && !canEditCells(sheet, rect ?? wholeSheet(sheet))) throw ctx.error(PROTECTED_MESSAGE);
}
