// Spreadsheet: its sheets in tab order, the active sheet and selection,
// protections, and A1 look-ups across sheets.

import { parseA1 } from './a1';
import type { FakeContext } from './context';
import { People } from './permissions';
import { emailOf, ProtectionImpl } from './protection-chart';
import { RangeImpl } from './range';
import { NEW_SHEET_COLUMNS, NEW_SHEET_ROWS, SheetImpl } from './sheet';

/** The most cells a spreadsheet holds (Google's limit). */
export const CELL_LIMIT = 10_000_000;

export class SpreadsheetImpl {
  readonly _sheets: SheetImpl[] = [];
  _active: SheetImpl | null = null;
  _selection: RangeImpl | null = null;
  _protections: ProtectionImpl[] = [];
  readonly _people = new People('owner@example.com', 'owner@example.com');
  private _nextSheetId = 0;
  private _nextChartId = 1;

  constructor(
    readonly _ctx: FakeContext,
    readonly _id: string,
    public _name: string,
  ) {}

  // ---- internals -------------------------------------------------------

  _addSheet(name: string, index: number, maxRows?: number, maxCols?: number): SheetImpl {
    this._checkNameFree(name, null);
    const id = this._nextSheetId === 0 ? 0 : 100000000 + this._nextSheetId * 7919;
    this._nextSheetId += 1;
    const sheet = new SheetImpl(this._ctx, this, id, name, maxRows, maxCols);
    this._sheets.splice(index, 0, sheet);
    return sheet;
  }

  /** A spreadsheet holds at most 10 million cells, empty or not, over all its sheets. */
  _checkCells(extra: number): void {
    const cells = this._sheets.reduce((sum, sheet) => sum + sheet._maxRows * sheet._maxCols, 0);
    if (cells + extra > CELL_LIMIT) {
      throw this._ctx.error(
        `This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`,
      );
    }
  }

  /** Sheet names are unique ignoring case, as in Sheets. */
  _checkNameFree(name: string, except: SheetImpl | null): void {
    const lower = name.toLowerCase();
    if (this._sheets.some((s) => s !== except && s._name.toLowerCase() === lower)) {
      throw this._ctx.error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  _activeSheet(): SheetImpl {
    const active = this._active ?? this._sheets[0];
    if (!active) throw this._ctx.error('The spreadsheet has no sheets.');
    return active;
  }

  _asSheet(value: unknown, method: string): SheetImpl {
    const impl = this._ctx.unwrap(value);
    if (!(impl instanceof SheetImpl) || impl._deleted) throw this._ctx.badArgs(method, [value]);
    return impl;
  }

  _asRange(value: unknown, method: string): RangeImpl {
    const impl = this._ctx.unwrap(value);
    if (!(impl instanceof RangeImpl)) throw this._ctx.badArgs(method, [value]);
    return impl;
  }

  _select(range: RangeImpl): void {
    this._active = range._sheet;
    this._selection = range;
  }

  _protect(type: 'RANGE' | 'SHEET', sheet: SheetImpl, range: RangeImpl | null): ProtectionImpl {
    if (type === 'SHEET') {
      const existing = this._protections.find((p) => p._type === 'SHEET' && p._sheet === sheet);
      if (existing) return existing;
    }
    const p = new ProtectionImpl(this._ctx, type, sheet, range);
    this._protections.push(p);
    return p;
  }

  _removeProtection(p: ProtectionImpl): void {
    this._protections = this._protections.filter((x) => x !== p);
  }

  _newChartId(): number {
    const id = this._nextChartId;
    this._nextChartId += 1;
    return id;
  }

  _sheetByName(name: string): SheetImpl | undefined {
    return this._sheets.find((s) => s._name === name);
  }

  // ---- identity ----------------------------------------------------------

  getId(): string {
    return this._id;
  }
  getName(): string {
    return this._name;
  }
  rename(newName: string): void {
    this._name = String(newName);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._id}/edit`;
  }
  getSpreadsheetLocale(): string {
    return this._ctx.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this._ctx.locale = String(locale);
  }
  getSpreadsheetTimeZone(): string {
    return this._ctx.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this._ctx.timeZone = String(timezone);
  }

  // ---- sheets --------------------------------------------------------------

  getSheets(): SheetImpl[] {
    return this._ctx.array(this._sheets.map((s) => this._ctx.wrap(s, 'Sheet')));
  }
  getNumSheets(): number {
    return this._sheets.length;
  }
  /** Exact name; null when there is no such sheet. */
  getSheetByName(name: string): SheetImpl | null {
    const s = this._sheetByName(String(name));
    return s ? this._ctx.wrap(s, 'Sheet') : null;
  }
  getSheetById(id: number): SheetImpl | null {
    const s = this._sheets.find((x) => x._id === id);
    return s ? this._ctx.wrap(s, 'Sheet') : null;
  }
  /**
   * Overloads implemented: insertSheet(), insertSheet(sheetIndex), insertSheet(sheetName),
   * insertSheet(sheetName, sheetIndex). sheetIndex is 0-based; options arguments are ignored.
   * The new sheet becomes the active sheet.
   */
  insertSheet(a?: unknown, b?: unknown): SheetImpl {
    let name: string;
    let index = this._sheets.length;
    if (typeof a === 'string') {
      name = a;
      if (typeof b === 'number') index = b;
    } else {
      if (typeof a === 'number') index = a;
      let n = this._sheets.length + 1;
      while (this._sheets.some((s) => s._name.toLowerCase() === `sheet${n}`)) n += 1;
      name = `Sheet${n}`;
    }
    if (!Number.isInteger(index) || index < 0 || index > this._sheets.length) {
      throw this._ctx.error(`Index ${index} is out of range.`);
    }
    this._checkCells(NEW_SHEET_ROWS * NEW_SHEET_COLUMNS);
    const sheet = this._addSheet(name, index);
    this._active = sheet;
    return this._ctx.wrap(sheet, 'Sheet');
  }
  deleteSheet(sheet: unknown): void {
    const s = this._asSheet(sheet, 'SpreadsheetApp.Spreadsheet.deleteSheet');
    if (this._sheets.length === 1) throw this._ctx.error("You can't remove all the sheets in a document.");
    const i = this._sheets.indexOf(s);
    this._sheets.splice(i, 1);
    s._deleted = true;
    this._protections = this._protections.filter((p) => p._sheet !== s);
    if (this._selection?._sheet === s) this._selection = null;
    if (this._active === s) this._active = this._sheets[Math.max(0, i - 1)] ?? null;
  }
  deleteActiveSheet(): SheetImpl {
    const active = this._activeSheet();
    this.deleteSheet(active);
    return this._ctx.wrap(this._activeSheet(), 'Sheet');
  }
  getActiveSheet(): SheetImpl {
    return this._ctx.wrap(this._activeSheet(), 'Sheet');
  }
  /** Overloads: setActiveSheet(sheet[, restoreSelection]). */
  setActiveSheet(sheet: unknown, _restoreSelection?: boolean): SheetImpl {
    const s = this._asSheet(sheet, 'SpreadsheetApp.Spreadsheet.setActiveSheet');
    this._active = s;
    return this._ctx.wrap(s, 'Sheet');
  }
  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(pos: number): void {
    const s = this._activeSheet();
    if (!Number.isInteger(pos) || pos < 1 || pos > this._sheets.length)
      throw this._ctx.error(`Index ${pos} is out of range.`);
    this._sheets.splice(this._sheets.indexOf(s), 1);
    this._sheets.splice(pos - 1, 0, s);
  }

  // ---- ranges and selection --------------------------------------------------

  /** A1 notation with an optional sheet name ("'Huyện A'!B3"); without one, the active sheet. */
  getRange(a1Notation: string): RangeImpl {
    const p = parseA1(String(a1Notation));
    if (!p) throw this._ctx.error('Range not found');
    const sheet = p.sheetName === null ? this._activeSheet() : this._sheetByName(p.sheetName);
    if (!sheet) throw this._ctx.error('Range not found');
    return this._ctx.wrap(sheet._rangeParsed(p, 'Spreadsheet.getRange'), 'Range');
  }
  getRangeByName(_name: string): null {
    return null;
  }
  private _activeRange(): RangeImpl {
    const active = this._activeSheet();
    const sel = this._selection;
    return sel && sel._sheet === active ? sel : active._rangeAt(1, 1, 1, 1, 'Spreadsheet.getActiveRange');
  }
  getActiveRange(): RangeImpl {
    return this._ctx.wrap(this._activeRange(), 'Range');
  }
  getActiveCell(): RangeImpl {
    const r = this._activeRange();
    return this._ctx.wrap(r._sheet._rangeAt(r._row, r._col, 1, 1, 'Spreadsheet.getActiveCell'), 'Range');
  }
  setActiveRange(range: unknown): RangeImpl {
    const r = this._asRange(range, 'SpreadsheetApp.Spreadsheet.setActiveRange');
    this._select(r);
    return this._ctx.wrap(r, 'Range');
  }
  /** Overloads: setActiveSelection(range), setActiveSelection(a1Notation). */
  setActiveSelection(range: unknown): RangeImpl {
    if (typeof range === 'string') return this.setActiveRange(this.getRange(range));
    return this.setActiveRange(range);
  }
  getDataRange(): RangeImpl {
    return this._activeSheet().getDataRange();
  }
  getLastRow(): number {
    return this._activeSheet().getLastRow();
  }
  getLastColumn(): number {
    return this._activeSheet().getLastColumn();
  }

  // ---- people ------------------------------------------------------------------

  getOwner(): { getEmail(): string } {
    const owner = this._people.owner;
    return { getEmail: () => owner };
  }
  /** The owner and every other editor. */
  getEditors(): { getEmail(): string }[] {
    const all = [this._people.owner, ...this._people.editors];
    return this._ctx.array(all.map((email) => ({ getEmail: (): string => email })));
  }
  addEditor(user: unknown): this {
    const email = emailOf(user);
    if (email !== this._people.owner && !this._people.editors.includes(email))
      this._people.editors.push(email);
    return this;
  }
  addEditors(emails: unknown): this {
    if (!Array.isArray(emails)) throw this._ctx.badArgs('SpreadsheetApp.Spreadsheet.addEditors', [emails]);
    for (const email of emails) this.addEditor(email);
    return this;
  }
  removeEditor(user: unknown): this {
    const email = emailOf(user);
    this._people.editors = this._people.editors.filter((e) => e !== email);
    return this;
  }

  // ---- protections, toasts -------------------------------------------------

  getProtections(type: unknown): ProtectionImpl[] {
    const list = this._protections.filter((p) => p._type === String(type));
    return this._ctx.array(list.map((p) => this._ctx.wrap(p, 'Protection')));
  }
  /** Overloads: toast(msg), toast(msg, title), toast(msg, title, timeoutSeconds). */
  toast(msg: unknown, title?: unknown, _timeoutSeconds?: number): void {
    this._ctx.ui.toasts.push({
      message: String(msg),
      title: title === undefined || title === null ? '' : String(title),
    });
  }
  toString(): string {
    return 'Spreadsheet';
  }
}
