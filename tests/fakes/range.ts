// Range: reads and writes of a rectangle of cells.

import { formatA1, type A1Kind } from './a1';
import { CellState, DEFAULTS } from './cells';
import type { FakeCell, FakeContext } from './context';
import { displayValue } from './display';
import type { ProtectionImpl } from './protection-chart';
import type { SheetImpl } from './sheet';
import { DataValidationImpl } from './data-validation';
import { TextStyleImpl } from './formats';
import { RichTextValueImpl } from './rich-text';
import { normalizeCellArg, storeInput } from './values';
import { parsesInLocale } from './locale';
import { canEditCells } from './permissions';

const NAMED_COLORS: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
};

/** Colors come back as Sheets gives them: '#rrggbb' in lower case. */
function normColor(color: unknown): string | null {
  if (color === null || color === undefined || color === '') return null;
  const s = String(color).trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return NAMED_COLORS[s] ?? s;
}

const MAX_LIST_ITEMS = 500;

type Side = 'top' | 'left' | 'bottom' | 'right';

export class RangeImpl {
  constructor(
    readonly _ctx: FakeContext,
    readonly _sheet: SheetImpl,
    readonly _row: number,
    readonly _col: number,
    readonly _numRows: number,
    readonly _numCols: number,
    readonly _kind: A1Kind = 'cells',
  ) {}

  // ---- internals -------------------------------------------------------

  _detached(): boolean {
    return this._sheet._deleted;
  }

  private _get(i: number, j: number): CellState | undefined {
    return this._sheet._grid.get(this._row + i, this._col + j);
  }

  private _read<T>(fn: (cell: CellState | undefined) => T): T[][] {
    const rows: T[][] = [];
    for (let i = 0; i < this._numRows; i += 1) {
      const row: T[] = [];
      for (let j = 0; j < this._numCols; j += 1) row.push(fn(this._get(i, j)));
      rows.push(row);
    }
    return this._ctx.grid(rows);
  }

  private _top<T>(fn: (cell: CellState | undefined) => T): T {
    return fn(this._get(0, 0));
  }

  /** Applies fn to every cell, creating cells; `skipMissing` leaves absent cells absent. */
  private _each(fn: (cell: CellState, i: number, j: number) => void, skipMissing = false): void {
    for (let i = 0; i < this._numRows; i += 1) {
      for (let j = 0; j < this._numCols; j += 1) {
        const existing = this._get(i, j);
        if (!existing && skipMissing) continue;
        fn(existing ?? this._sheet._grid.ensure(this._row + i, this._col + j), i, j);
      }
    }
  }

  /** Validates a 2-D argument against the range's size, as setValues does. */
  private _shape(data: unknown, method: string): unknown[][] {
    if (!Array.isArray(data) || !data.every((row: unknown) => Array.isArray(row))) {
      throw this._ctx.badArgs(`SpreadsheetApp.Range.${method}`, [data]);
    }
    const rows = data as unknown[][];
    if (rows.length !== this._numRows) {
      throw this._ctx.error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${this._numRows}.`,
      );
    }
    for (const row of rows) {
      if (row.length !== this._numCols) {
        throw this._ctx.error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this._numCols}.`,
        );
      }
    }
    return rows;
  }

  /** Converts every element of a checked 2-D argument first, so a bad element changes nothing. */
  private _convert<T>(data: unknown, method: string, convert: (v: unknown) => T | undefined): T[][] {
    const rows = this._shape(data, method);
    return rows.map((row) =>
      row.map((v) => {
        const out = convert(v);
        if (out === undefined) throw this._ctx.badArgs(`SpreadsheetApp.Range.${method}`, [data]);
        return out;
      }),
    );
  }

  private _cellArg(value: unknown, method: string): FakeCell {
    const v = normalizeCellArg(value);
    if (v === null) throw this._ctx.badArgs(`SpreadsheetApp.Range.${method}`, [value]);
    return v;
  }

  private _store(cell: CellState, value: FakeCell): void {
    const stored = storeInput(value, cell.numberFormat, this._ctx);
    cell.value = stored.value;
    cell.formula = stored.formula;
    cell.links = [];
  }

  private _storeFormula(cell: CellState, formula: string): void {
    if (formula === '') {
      cell.clearContent();
    } else if (formula.startsWith('=')) {
      cell.formula = formula;
      cell.value = parsesInLocale(formula, this._ctx.locale) ? this._ctx.formulaValue(formula) : '#ERROR!';
      cell.links = [];
    } else {
      this._store(cell, formula);
    }
  }

  private _outValue(cell: CellState | undefined): FakeCell {
    const v = cell?.value ?? '';
    return v instanceof Date ? this._ctx.date(v.getTime()) : v;
  }

  private _richText(cell: CellState | undefined): RichTextValueImpl | null {
    const v = cell?.value ?? '';
    if (typeof v !== 'string') return null;
    return new RichTextValueImpl(this._ctx, v, cell?.links.map((l) => ({ ...l })) ?? []);
  }

  private _validation(rule: unknown, method: string): DataValidationImpl | null {
    if (rule === null) return null;
    if (!(rule instanceof DataValidationImpl))
      throw this._ctx.badArgs(`SpreadsheetApp.Range.${method}`, [rule]);
    const list = rule._type === 'VALUE_IN_LIST' ? rule._values[0] : undefined;
    if (Array.isArray(list) && list.length > MAX_LIST_ITEMS) {
      throw this._ctx.error(
        `The data validation rule has more items than the limit of ${MAX_LIST_ITEMS}. Use the ‘List from a range’ criteria instead.`,
      );
    }
    return rule;
  }

  private _setFormat<T>(value: T, apply: (cell: CellState, v: T) => void): this {
    this._each((cell) => apply(cell, value));
    return this;
  }

  private _setFormats<T>(
    data: unknown,
    method: string,
    convert: (v: unknown) => T | undefined,
    apply: (cell: CellState, v: T) => void,
  ): this {
    const values = this._convert(data, method, convert);
    this._each((cell, i, j) => apply(cell, values[i]?.[j] as T));
    return this;
  }

  // ---- geometry ----------------------------------------------------------

  getRow(): number {
    return this._row;
  }
  getRowIndex(): number {
    return this._row;
  }
  getColumn(): number {
    return this._col;
  }
  getNumRows(): number {
    return this._numRows;
  }
  getNumColumns(): number {
    return this._numCols;
  }
  getHeight(): number {
    return this._numRows;
  }
  getWidth(): number {
    return this._numCols;
  }
  getLastRow(): number {
    return this._row + this._numRows - 1;
  }
  getLastColumn(): number {
    return this._col + this._numCols - 1;
  }
  getA1Notation(): string {
    return formatA1(this._row, this._col, this._numRows, this._numCols, this._kind);
  }
  getSheet(): SheetImpl {
    return this._ctx.wrap(this._sheet, 'Sheet');
  }
  getGridId(): number {
    return this._sheet._id;
  }
  /** A cell of this range, 1-based relative to its top-left corner. */
  getCell(row: number, column: number): RangeImpl {
    if (row < 1 || column < 1 || row > this._numRows || column > this._numCols) {
      throw this._ctx.error('Cell reference out of range');
    }
    return this._ctx.wrap(
      this._sheet._rangeAt(this._row + row - 1, this._col + column - 1, 1, 1, 'Range.getCell'),
      'Range',
    );
  }
  /** Overloads: offset(rowOffset, columnOffset[, numRows[, numColumns]]). */
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): RangeImpl {
    const r = this._sheet._rangeAt(
      this._row + rowOffset,
      this._col + columnOffset,
      numRows ?? this._numRows,
      numColumns ?? this._numCols,
      'Range.offset',
    );
    return this._ctx.wrap(r, 'Range');
  }

  // ---- values ------------------------------------------------------------

  getValues(): FakeCell[][] {
    return this._read((c) => this._outValue(c));
  }
  getValue(): FakeCell {
    return this._top((c) => this._outValue(c));
  }
  getDisplayValues(): string[][] {
    return this._read((c) => displayValue(c, this._ctx.locale, this._ctx.timeZone));
  }
  getDisplayValue(): string {
    return this._top((c) => displayValue(c, this._ctx.locale, this._ctx.timeZone));
  }
  /** Sets every cell of the range; a string is parsed as typed input (see values.ts). */
  setValue(value: unknown): this {
    const v = this._cellArg(value, 'setValue');
    this._each((cell) => this._store(cell, v), v === '');
    return this;
  }
  setValues(values: unknown): this {
    const data = this._convert(values, 'setValues', (v) => normalizeCellArg(v) ?? undefined);
    this._each((cell, i, j) => this._store(cell, data[i]?.[j] ?? ''));
    return this;
  }
  isBlank(): boolean {
    for (let i = 0; i < this._numRows; i += 1) {
      for (let j = 0; j < this._numCols; j += 1) if (this._get(i, j)?.hasContent()) return false;
    }
    return true;
  }

  // ---- formulas ----------------------------------------------------------

  getFormulas(): string[][] {
    return this._read((c) => c?.formula ?? '');
  }
  getFormula(): string {
    return this._top((c) => c?.formula ?? '');
  }
  /** Sets the same formula in every cell; references are not shifted per cell. */
  setFormula(formula: unknown): this {
    if (typeof formula !== 'string') throw this._ctx.badArgs('SpreadsheetApp.Range.setFormula', [formula]);
    this._each((cell) => this._storeFormula(cell, formula));
    return this;
  }
  setFormulas(formulas: unknown): this {
    const data = this._convert(formulas, 'setFormulas', (v) => (typeof v === 'string' ? v : undefined));
    this._each((cell, i, j) => this._storeFormula(cell, data[i]?.[j] ?? ''));
    return this;
  }

  // ---- notes -------------------------------------------------------------

  getNotes(): string[][] {
    return this._read((c) => c?.note ?? '');
  }
  getNote(): string {
    return this._top((c) => c?.note ?? '');
  }
  setNote(note: unknown): this {
    return this._setFormat(note === null || note === undefined ? '' : String(note), (c, v) => (c.note = v));
  }
  setNotes(notes: unknown): this {
    return this._setFormats(
      notes,
      'setNotes',
      (v) => (v === null || v === undefined ? '' : String(v)),
      (c, v) => (c.note = v),
    );
  }
  clearNote(): this {
    this._each((c) => (c.note = ''), true);
    return this;
  }

  // ---- formats -----------------------------------------------------------

  getBackgrounds(): string[][] {
    return this._read((c) => c?.background ?? DEFAULTS.background);
  }
  getBackground(): string {
    return this._top((c) => c?.background ?? DEFAULTS.background);
  }
  setBackground(color: unknown): this {
    return this._setFormat(normColor(color), (c, v) => (c.background = v));
  }
  setBackgrounds(colors: unknown): this {
    return this._setFormats(colors, 'setBackgrounds', normColor, (c, v) => (c.background = v));
  }
  setBackgroundRGB(red: number, green: number, blue: number): this {
    const hex = [red, green, blue]
      .map((n) => Math.max(0, Math.min(255, n)).toString(16).padStart(2, '0'))
      .join('');
    return this.setBackground(`#${hex}`);
  }
  getFontWeights(): string[][] {
    return this._read((c) => c?.fontWeight ?? DEFAULTS.fontWeight);
  }
  getFontWeight(): string {
    return this._top((c) => c?.fontWeight ?? DEFAULTS.fontWeight);
  }
  setFontWeight(weight: unknown): this {
    return this._setFormat(weight === null ? null : String(weight), (c, v) => (c.fontWeight = v));
  }
  setFontWeights(weights: unknown): this {
    return this._setFormats(
      weights,
      'setFontWeights',
      (v) => (v === null ? null : String(v)),
      (c, v) => (c.fontWeight = v),
    );
  }
  getFontColors(): string[][] {
    return this._read((c) => c?.fontColor ?? DEFAULTS.fontColor);
  }
  getFontColor(): string {
    return this._top((c) => c?.fontColor ?? DEFAULTS.fontColor);
  }
  setFontColor(color: unknown): this {
    return this._setFormat(normColor(color), (c, v) => (c.fontColor = v));
  }
  setFontColors(colors: unknown): this {
    return this._setFormats(colors, 'setFontColors', normColor, (c, v) => (c.fontColor = v));
  }
  getFontSizes(): number[][] {
    return this._read((c) => c?.fontSize ?? DEFAULTS.fontSize);
  }
  getFontSize(): number {
    return this._top((c) => c?.fontSize ?? DEFAULTS.fontSize);
  }
  setFontSize(size: unknown): this {
    return this._setFormat(typeof size === 'number' ? size : null, (c, v) => (c.fontSize = v));
  }
  setFontSizes(sizes: unknown): this {
    return this._setFormats(
      sizes,
      'setFontSizes',
      (v) => (typeof v === 'number' ? v : undefined),
      (c, v) => (c.fontSize = v),
    );
  }
  getFontStyle(): string {
    return this._top((c) => c?.fontStyle ?? DEFAULTS.fontStyle);
  }
  setFontStyle(style: unknown): this {
    return this._setFormat(style === null ? null : String(style), (c, v) => (c.fontStyle = v));
  }
  getFontFamily(): string {
    return this._top((c) => c?.fontFamily ?? DEFAULTS.fontFamily);
  }
  setFontFamily(family: unknown): this {
    return this._setFormat(family === null ? null : String(family), (c, v) => (c.fontFamily = v));
  }
  getFontLine(): string {
    return this._top((c) => c?.fontLine ?? DEFAULTS.fontLine);
  }
  setFontLine(line: unknown): this {
    return this._setFormat(line === null ? null : String(line), (c, v) => (c.fontLine = v));
  }
  getNumberFormats(): string[][] {
    return this._read((c) => c?.numberFormat ?? DEFAULTS.numberFormat);
  }
  getNumberFormat(): string {
    return this._top((c) => c?.numberFormat ?? DEFAULTS.numberFormat);
  }
  setNumberFormat(format: unknown): this {
    if (typeof format !== 'string') throw this._ctx.badArgs('SpreadsheetApp.Range.setNumberFormat', [format]);
    return this._setFormat(format, (c, v) => (c.numberFormat = v));
  }
  setNumberFormats(formats: unknown): this {
    return this._setFormats(
      formats,
      'setNumberFormats',
      (v) => (typeof v === 'string' ? v : undefined),
      (c, v) => (c.numberFormat = v),
    );
  }
  getWraps(): boolean[][] {
    return this._read((c) => c?.wrap ?? DEFAULTS.wrap);
  }
  getWrap(): boolean {
    return this._top((c) => c?.wrap ?? DEFAULTS.wrap);
  }
  setWrap(wrap: unknown): this {
    return this._setFormat(Boolean(wrap), (c, v) => (c.wrap = v));
  }
  setWraps(wraps: unknown): this {
    return this._setFormats(
      wraps,
      'setWraps',
      (v) => Boolean(v),
      (c, v) => (c.wrap = v),
    );
  }
  getWrapStrategy(): string {
    return this._top((c) => c?.wrapStrategy ?? DEFAULTS.wrapStrategy);
  }
  setWrapStrategy(strategy: unknown): this {
    return this._setFormat(String(strategy), (c, v) => (c.wrapStrategy = v));
  }
  getHorizontalAlignments(): string[][] {
    return this._read((c) => c?.horizontalAlignment ?? DEFAULTS.horizontalAlignment);
  }
  getHorizontalAlignment(): string {
    return this._top((c) => c?.horizontalAlignment ?? DEFAULTS.horizontalAlignment);
  }
  setHorizontalAlignment(alignment: unknown): this {
    return this._setFormat(
      alignment === null ? null : String(alignment),
      (c, v) => (c.horizontalAlignment = v),
    );
  }
  setHorizontalAlignments(alignments: unknown): this {
    return this._setFormats(
      alignments,
      'setHorizontalAlignments',
      (v) => (v === null ? null : String(v)),
      (c, v) => (c.horizontalAlignment = v),
    );
  }
  getVerticalAlignments(): string[][] {
    return this._read((c) => c?.verticalAlignment ?? DEFAULTS.verticalAlignment);
  }
  getVerticalAlignment(): string {
    return this._top((c) => c?.verticalAlignment ?? DEFAULTS.verticalAlignment);
  }
  setVerticalAlignment(alignment: unknown): this {
    return this._setFormat(
      alignment === null ? null : String(alignment),
      (c, v) => (c.verticalAlignment = v),
    );
  }
  setVerticalAlignments(alignments: unknown): this {
    return this._setFormats(
      alignments,
      'setVerticalAlignments',
      (v) => (v === null ? null : String(v)),
      (c, v) => (c.verticalAlignment = v),
    );
  }
  setTextStyle(style: unknown): this {
    if (style !== null && !(style instanceof TextStyleImpl)) {
      throw this._ctx.badArgs('SpreadsheetApp.Range.setTextStyle', [style]);
    }
    return this._setFormat(style, (c, v) => (c.textStyle = v));
  }

  /**
   * setBorder(top, left, bottom, right, vertical, horizontal[, color, style]):
   * true draws, false removes, null leaves a side unchanged; vertical and
   * horizontal are the inner lines of the range.
   */
  setBorder(...args: unknown[]): this {
    const flags = args.slice(0, 6);
    if (flags.length < 6 || !flags.every((f) => f === null || typeof f === 'boolean')) {
      throw this._ctx.badArgs('SpreadsheetApp.Range.setBorder', args);
    }
    const [top, left, bottom, right, vertical, horizontal] = flags as (boolean | null)[];
    const color = normColor(args[6]) ?? '#000000';
    const style = args[7] === undefined || args[7] === null ? 'SOLID' : String(args[7]);
    const apply = (cell: CellState, side: Side, flag: boolean | null | undefined): void => {
      if (flag === null || flag === undefined) return;
      cell.borders[side] = flag ? { on: true, color, style } : null;
    };
    this._each((cell, i, j) => {
      apply(cell, 'top', i === 0 ? top : horizontal);
      apply(cell, 'bottom', i === this._numRows - 1 ? bottom : horizontal);
      apply(cell, 'left', j === 0 ? left : vertical);
      apply(cell, 'right', j === this._numCols - 1 ? right : vertical);
    });
    return this;
  }

  // ---- rich text ---------------------------------------------------------

  /** null when the top-left value is not text (numbers, booleans, dates), as in Sheets. */
  getRichTextValue(): RichTextValueImpl | null {
    return this._top((c) => this._richText(c));
  }
  getRichTextValues(): (RichTextValueImpl | null)[][] {
    return this._read((c) => this._richText(c));
  }
  setRichTextValue(value: unknown): this {
    if (!(value instanceof RichTextValueImpl))
      throw this._ctx.badArgs('SpreadsheetApp.Range.setRichTextValue', [value]);
    this._each((cell) => {
      cell.value = value._text;
      cell.formula = '';
      cell.links = value._links.map((l) => ({ ...l }));
    });
    return this;
  }
  setRichTextValues(values: unknown): this {
    const data = this._convert(values, 'setRichTextValues', (v) =>
      v instanceof RichTextValueImpl ? v : undefined,
    );
    this._each((cell, i, j) => {
      const v = data[i]?.[j];
      if (!v) return;
      cell.value = v._text;
      cell.formula = '';
      cell.links = v._links.map((l) => ({ ...l }));
    });
    return this;
  }

  // ---- data validation -----------------------------------------------------

  getDataValidation(): DataValidationImpl | null {
    return this._top((c) => c?.validation ?? null);
  }
  getDataValidations(): (DataValidationImpl | null)[][] {
    return this._read((c) => c?.validation ?? null);
  }
  /** The list limit (500 items) is checked here, when the rule reaches the sheet. */
  setDataValidation(rule: unknown): this {
    const v = this._validation(rule, 'setDataValidation');
    this._each((c) => (c.validation = v), v === null);
    return this;
  }
  setDataValidations(rules: unknown): this {
    const data = this._convert(rules, 'setDataValidations', (v) =>
      v === null || v instanceof DataValidationImpl ? v : undefined,
    );
    for (const row of data) for (const v of row) this._validation(v, 'setDataValidations');
    this._each((c, i, j) => (c.validation = data[i]?.[j] ?? null));
    return this;
  }
  clearDataValidations(): this {
    this._each((c) => (c.validation = null), true);
    return this;
  }
  /** Overloads: (), (checkedValue), (checkedValue, uncheckedValue); sets every cell to the unchecked value. */
  insertCheckboxes(checked?: unknown, unchecked?: unknown): this {
    const values = checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked];
    const rule = new DataValidationImpl(this._ctx, 'CHECKBOX', values, false, '');
    const off: FakeCell =
      values.length === 2 ? this._cellArg(unchecked, 'insertCheckboxes') : values.length === 1 ? '' : false;
    this._each((c) => {
      c.validation = rule;
      c.value = off;
      c.formula = '';
    });
    return this;
  }
  removeCheckboxes(): this {
    this._each((c) => {
      if (c.validation?._type !== 'CHECKBOX') return;
      const checked = c.validation._values[0] ?? true;
      const unchecked = c.validation._values[1] ?? false;
      if (c.value === checked || c.value === unchecked) c.clearContent();
      c.validation = null;
    }, true);
    return this;
  }

  // ---- clearing ------------------------------------------------------------

  /**
   * clear() clears contents and formats (notes and data validation stay);
   * clear(options) honours contentsOnly, formatOnly, commentsOnly (notes) and validationsOnly.
   */
  clear(options?: unknown): this {
    const o = (typeof options === 'object' && options !== null ? options : {}) as Record<string, unknown>;
    const any = Boolean(o.contentsOnly || o.formatOnly || o.commentsOnly || o.validationsOnly);
    this._each((c) => {
      if (!any || o.contentsOnly) c.clearContent();
      if (!any || o.formatOnly) c.clearFormat();
      if (o.commentsOnly) c.note = '';
      if (o.validationsOnly) c.validation = null;
    }, true);
    return this;
  }
  clearContent(): this {
    this._each((c) => c.clearContent(), true);
    return this;
  }
  clearFormat(): this {
    this._each((c) => c.clearFormat(), true);
    return this;
  }

  /** copyTo(destination[, {contentsOnly, formatOnly}]); a one-cell destination grows to this range's size. */
  copyTo(destination: unknown, options?: unknown): void {
    const dest = this._sheet._ss._asRange(destination, 'SpreadsheetApp.Range.copyTo');
    const o = (typeof options === 'object' && options !== null ? options : {}) as Record<string, unknown>;
    const what = { contents: !o.formatOnly, formats: !o.contentsOnly };
    dest._sheet._rangeAt(dest._row, dest._col, this._numRows, this._numCols, 'Range.copyTo');
    const source = this._read((c) => {
      const copy = new CellState();
      if (c) copy.copyFrom(c, { contents: true, formats: true });
      return copy;
    });
    for (let i = 0; i < this._numRows; i += 1) {
      for (let j = 0; j < this._numCols; j += 1) {
        const from = source[i]?.[j];
        if (from) dest._sheet._grid.ensure(dest._row + i, dest._col + j).copyFrom(from, what);
      }
    }
  }

  // ---- selection, merges, protection -----------------------------------------

  activate(): this {
    this._sheet._ss._select(this);
    return this;
  }
  activateAsCurrentCell(): this {
    return this.activate();
  }
  /**
   * Merges are recorded only; values of the other cells are kept. A merge that partly overlaps one already there
   * throws, as in Sheets; one wholly inside the new range is replaced by it.
   */
  merge(): this {
    this._sheet._addMerge(this._row, this._col, this._numRows, this._numCols);
    return this;
  }
  mergeAcross(): this {
    for (let i = 0; i < this._numRows; i += 1)
      this._sheet._addMerge(this._row + i, this._col, 1, this._numCols);
    return this;
  }
  mergeVertically(): this {
    for (let j = 0; j < this._numCols; j += 1)
      this._sheet._addMerge(this._row, this._col + j, this._numRows, 1);
    return this;
  }
  /** Unmerges the merges inside the range; one that lies partly outside it throws, as in Sheets. */
  breakApart(): this {
    this._sheet._checkWholeMerges(this._row, this._col, this._numRows, this._numCols);
    this._sheet._breakMerges(this._row, this._col, this._numRows, this._numCols);
    return this;
  }
  isPartOfMerge(): boolean {
    return this._sheet._mergesIn(this._row, this._col, this._numRows, this._numCols).length > 0;
  }
  getMergedRanges(): RangeImpl[] {
    const merges = this._sheet._mergesIn(this._row, this._col, this._numRows, this._numCols);
    return this._ctx.array(
      merges.map((m) =>
        this._ctx.wrap(
          this._sheet._rangeAt(m.row, m.col, m.numRows, m.numCols, 'Range.getMergedRanges'),
          'Range',
        ),
      ),
    );
  }
  /** Whether the current user may edit every cell of the range (the owner always may). */
  canEdit(): boolean {
    return canEditCells(this._sheet, this);
  }
  protect(): ProtectionImpl {
    return this._ctx.wrap(this._sheet._ss._protect('RANGE', this._sheet, this), 'Protection');
  }
  toString(): string {
    return 'Range';
  }
}
