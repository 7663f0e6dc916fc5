// Sheet: a grid with a fixed size (1000 x 26 when new), its ranges, and its
// sheet-level settings (frozen rows, widths, charts, conditional formats).

import { parseA1, type ParsedA1 } from './a1';
import { Grid } from './cells';
import type { FakeCell, FakeContext } from './context';
import { EmbeddedChartBuilderImpl, EmbeddedChartImpl, type ProtectionImpl } from './protection-chart';
import { RangeImpl } from './range';
import type { SpreadsheetImpl } from './spreadsheet';
import { ConditionalFormatRuleImpl } from './formats';
import { normalizeCellArg, storeInput } from './values';

export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;
const DEFAULT_COLUMN_WIDTH = 100;
const DEFAULT_ROW_HEIGHT = 21;

interface Merge {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** What an OBJECT sheet (a chart moved to its own sheet) still answers; every other call is refused. */
const OBJECT_SHEET_METHODS = new Set([
  'getName',
  'getSheetName',
  'setName',
  'getSheetId',
  'getIndex',
  'getParent',
  'getType',
  'activate',
  'getCharts',
  'hideSheet',
  'showSheet',
  'isSheetHidden',
  'getTabColor',
  'setTabColor',
  'toString',
]);

const overlaps = (m: Merge, row: number, col: number, numRows: number, numCols: number): boolean =>
  m.row < row + numRows && row < m.row + m.numRows && m.col < col + numCols && col < m.col + m.numCols;

export class SheetImpl {
  readonly _grid = new Grid();
  _frozenRows = 0;
  _frozenCols = 0;
  _hidden = false;
  _tabColor: string | null = null;
  _gridlinesHidden = false;
  readonly _colWidths = new Map<number, number>();
  readonly _rowHeights = new Map<number, number>();
  readonly _autoResized = new Set<number>();
  readonly _hiddenCols = new Set<number>();
  readonly _hiddenRows = new Set<number>();
  _charts: EmbeddedChartImpl[] = [];
  _cfRules: ConditionalFormatRuleImpl[] = [];
  _merges: Merge[] = [];
  _deleted = false;
  /** 'OBJECT' for a sheet that holds only a chart ("Move to own sheet"): it has no cells. */
  _type: 'GRID' | 'OBJECT' = 'GRID';

  constructor(
    readonly _ctx: FakeContext,
    readonly _ss: SpreadsheetImpl,
    readonly _id: number,
    public _name: string,
    public _maxRows = NEW_SHEET_ROWS,
    public _maxCols = NEW_SHEET_COLUMNS,
  ) {}

  // ---- internals -------------------------------------------------------

  _detached(): boolean {
    return this._deleted;
  }

  /** Sheets' error for a call an OBJECT sheet does not support, or null. */
  _refuses(method: string): string | null {
    return this._type === 'OBJECT' && !OBJECT_SHEET_METHODS.has(method)
      ? 'The action is not supported for OBJECT sheet.'
      : null;
  }

  private _checkGrid(): void {
    const refusal = this._refuses('getRange');
    if (refusal) throw this._ctx.error(refusal);
  }

  /** A range after the checks Sheet.getRange makes, with the same messages. */
  _rangeAt(row: unknown, col: unknown, numRows: unknown, numCols: unknown, method: string): RangeImpl {
    this._checkGrid();
    const args = [row, col, numRows, numCols];
    for (const a of args) {
      if (typeof a !== 'number' || Number.isNaN(a)) throw this._ctx.badArgs(`SpreadsheetApp.${method}`, args);
      if (!Number.isInteger(a)) throw this._ctx.error(`Cannot convert '${a}' to int.`);
    }
    const [r, c, nr, nc] = args as number[];
    if ((r ?? 0) < 1) throw this._ctx.error('The starting row of the range is too small.');
    if ((c ?? 0) < 1) throw this._ctx.error('The starting column of the range is too small.');
    if ((nr ?? 0) < 1) throw this._ctx.error('The number of rows in the range must be at least 1.');
    if ((nc ?? 0) < 1) throw this._ctx.error('The number of columns in the range must be at least 1.');
    if ((r ?? 0) + (nr ?? 0) - 1 > this._maxRows || (c ?? 0) + (nc ?? 0) - 1 > this._maxCols) {
      throw this._ctx.error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new RangeImpl(this._ctx, this, r ?? 1, c ?? 1, nr ?? 1, nc ?? 1);
  }

  /** Resolves A1 notation on this sheet; a sheet prefix must name this sheet. */
  _rangeA1(a1: string, method: string): RangeImpl {
    const p = parseA1(a1);
    if (!p || (p.sheetName !== null && p.sheetName !== this._name)) throw this._ctx.error('Range not found');
    return this._rangeParsed(p, method);
  }

  _rangeParsed(p: ParsedA1, method: string): RangeImpl {
    const endRow = p.endRow ?? this._maxRows;
    const endCol = p.endCol ?? this._maxCols;
    const r = this._rangeAt(p.startRow, p.startCol, endRow - p.startRow + 1, endCol - p.startCol + 1, method);
    return new RangeImpl(this._ctx, this, r._row, r._col, r._numRows, r._numCols, p.kind);
  }

  _fullRange(): RangeImpl {
    return new RangeImpl(this._ctx, this, 1, 1, this._maxRows, this._maxCols);
  }

  _addMerge(row: number, col: number, numRows: number, numCols: number): void {
    if (numRows === 1 && numCols === 1) return;
    this._checkWholeMerges(row, col, numRows, numCols);
    this._breakMerges(row, col, numRows, numCols);
    this._merges.push({ row, col, numRows, numCols });
  }

  /** Every merge the range touches must lie inside it. */
  _checkWholeMerges(row: number, col: number, numRows: number, numCols: number): void {
    const partial = this._mergesIn(row, col, numRows, numCols).some(
      (m) =>
        m.row < row || m.col < col || m.row + m.numRows > row + numRows || m.col + m.numCols > col + numCols,
    );
    if (partial)
      throw this._ctx.error('You must select all cells in a merged range to merge or unmerge them.');
  }

  _breakMerges(row: number, col: number, numRows: number, numCols: number): void {
    this._merges = this._merges.filter((m) => !overlaps(m, row, col, numRows, numCols));
  }

  _mergesIn(row: number, col: number, numRows: number, numCols: number): Merge[] {
    return this._merges.filter((m) => overlaps(m, row, col, numRows, numCols));
  }

  private _wrapRange(r: RangeImpl): RangeImpl {
    return this._ctx.wrap(r, 'Range');
  }

  private _checkSpan(
    start: unknown,
    count: unknown,
    max: number,
    what: 'rows' | 'columns',
    method: string,
  ): [number, number] {
    if (typeof start !== 'number' || typeof count !== 'number')
      throw this._ctx.badArgs(`SpreadsheetApp.Sheet.${method}`, [start, count]);
    if (!Number.isInteger(start) || !Number.isInteger(count) || start < 1 || count < 1 || start > max) {
      throw this._ctx.error(`Those ${what} are out of bounds.`);
    }
    return [start, count];
  }

  // ---- identity ----------------------------------------------------------

  getName(): string {
    return this._name;
  }
  getSheetName(): string {
    return this._name;
  }
  /** A taken name (compared ignoring case) throws, as in Sheets. */
  setName(name: unknown): this {
    const n = String(name);
    this._ss._checkNameFree(n, this);
    this._name = n;
    return this;
  }
  getSheetId(): number {
    return this._id;
  }
  getIndex(): number {
    return this._ss._sheets.indexOf(this) + 1;
  }
  getParent(): SpreadsheetImpl {
    return this._ctx.wrap(this._ss, 'Spreadsheet');
  }
  getType(): string {
    return this._type;
  }
  activate(): this {
    this._ss._active = this;
    return this;
  }

  // ---- ranges ------------------------------------------------------------

  /** Overloads: getRange(a1Notation), getRange(row, column[, numRows[, numColumns]]). */
  getRange(a: unknown, b?: unknown, c?: unknown, d?: unknown): RangeImpl {
    if (typeof a === 'string' && b === undefined) return this._wrapRange(this._rangeA1(a, 'Sheet.getRange'));
    return this._wrapRange(this._rangeAt(a, b, c ?? 1, d ?? 1, 'Sheet.getRange'));
  }
  getDataRange(): RangeImpl {
    this._checkGrid();
    const rows = Math.max(1, this._grid.lastRow());
    const cols = Math.max(1, this._grid.lastColumn());
    return this._wrapRange(new RangeImpl(this._ctx, this, 1, 1, rows, cols));
  }
  getLastRow(): number {
    this._checkGrid();
    return this._grid.lastRow();
  }
  getLastColumn(): number {
    this._checkGrid();
    return this._grid.lastColumn();
  }
  getMaxRows(): number {
    return this._maxRows;
  }
  getMaxColumns(): number {
    return this._maxCols;
  }
  /** getSheetValues(startRow, startColumn, numRows, numColumns); -1 reads to the last row/column with content. */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): FakeCell[][] {
    const nr = numRows === -1 ? this._grid.lastRow() - startRow + 1 : numRows;
    const nc = numColumns === -1 ? this._grid.lastColumn() - startColumn + 1 : numColumns;
    return this._rangeAt(startRow, startColumn, nr, nc, 'Sheet.getSheetValues').getValues();
  }
  getActiveRange(): RangeImpl | null {
    const sel = this._ss._selection;
    return sel && sel._sheet === this
      ? this._wrapRange(sel)
      : this._wrapRange(this._rangeAt(1, 1, 1, 1, 'Sheet.getActiveRange'));
  }
  setActiveRange(range: unknown): RangeImpl {
    const r = this._ss._asRange(range, 'SpreadsheetApp.Sheet.setActiveRange');
    if (r._sheet !== this) throw this._ctx.error('The range must be on the sheet it is activated on.');
    this._ss._select(r);
    return this._wrapRange(r);
  }
  /** Overloads: setActiveSelection(range), setActiveSelection(a1Notation). */
  setActiveSelection(range: unknown): RangeImpl {
    return this.setActiveRange(
      typeof range === 'string' ? this._rangeA1(range, 'Sheet.setActiveSelection') : range,
    );
  }

  // ---- rows and columns ----------------------------------------------------

  /** Adds a row after the last row with content, growing the sheet when it is full. */
  appendRow(rowContents: unknown): this {
    if (!Array.isArray(rowContents)) throw this._ctx.badArgs('SpreadsheetApp.Sheet.appendRow', [rowContents]);
    const values = rowContents.map((v: unknown) => {
      const n = normalizeCellArg(v);
      if (n === null) throw this._ctx.badArgs('SpreadsheetApp.Sheet.appendRow', [rowContents]);
      return n;
    });
    const row = this._grid.lastRow() + 1;
    const rows = Math.max(row, this._maxRows);
    const cols = Math.max(values.length, this._maxCols);
    this._ss._checkCells(rows * cols - this._maxRows * this._maxCols);
    this._maxRows = rows;
    this._maxCols = cols;
    values.forEach((v, j) => {
      if (v === '') return;
      const cell = this._grid.ensure(row, j + 1);
      const stored = storeInput(v, cell.numberFormat, this._ctx);
      cell.value = stored.value;
      cell.formula = stored.formula;
      cell.links = [];
    });
    return this;
  }
  insertRowsAfter(afterPosition: unknown, howMany: unknown): this {
    const [at, n] = this._checkSpan(afterPosition, howMany, this._maxRows, 'rows', 'insertRowsAfter');
    this._ss._checkCells(n * this._maxCols);
    this._grid.insertRows(at + 1, n);
    this._maxRows += n;
    return this;
  }
  insertRowsBefore(beforePosition: unknown, howMany: unknown): this {
    const [at, n] = this._checkSpan(beforePosition, howMany, this._maxRows, 'rows', 'insertRowsBefore');
    this._ss._checkCells(n * this._maxCols);
    this._grid.insertRows(at, n);
    this._maxRows += n;
    return this;
  }
  insertRowAfter(afterPosition: unknown): this {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowBefore(beforePosition: unknown): this {
    return this.insertRowsBefore(beforePosition, 1);
  }
  /** insertRows(rowIndex[, numRows]): blank rows before rowIndex. */
  insertRows(rowIndex: unknown, numRows?: unknown): void {
    this.insertRowsBefore(rowIndex, numRows ?? 1);
  }
  insertColumnsAfter(afterPosition: unknown, howMany: unknown): this {
    const [at, n] = this._checkSpan(afterPosition, howMany, this._maxCols, 'columns', 'insertColumnsAfter');
    this._ss._checkCells(n * this._maxRows);
    this._grid.insertColumns(at + 1, n);
    this._maxCols += n;
    return this;
  }
  insertColumnsBefore(beforePosition: unknown, howMany: unknown): this {
    const [at, n] = this._checkSpan(beforePosition, howMany, this._maxCols, 'columns', 'insertColumnsBefore');
    this._ss._checkCells(n * this._maxRows);
    this._grid.insertColumns(at, n);
    this._maxCols += n;
    return this;
  }
  insertColumnAfter(afterPosition: unknown): this {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnBefore(beforePosition: unknown): this {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumns(columnIndex: unknown, numColumns?: unknown): void {
    this.insertColumnsBefore(columnIndex, numColumns ?? 1);
  }
  deleteRows(rowPosition: unknown, howMany: unknown): void {
    const [at, n] = this._checkSpan(rowPosition, howMany, this._maxRows, 'rows', 'deleteRows');
    if (at + n - 1 > this._maxRows) throw this._ctx.error('Those rows are out of bounds.');
    if (n >= this._maxRows) throw this._ctx.error("You can't delete all the rows on the sheet.");
    if (this._maxRows - n <= this._frozenRows)
      throw this._ctx.error('Sorry, it is not possible to delete all non-frozen rows.');
    this._grid.deleteRows(at, n);
    this._maxRows -= n;
  }
  deleteRow(rowPosition: unknown): this {
    this.deleteRows(rowPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: unknown, howMany: unknown): void {
    const [at, n] = this._checkSpan(columnPosition, howMany, this._maxCols, 'columns', 'deleteColumns');
    if (at + n - 1 > this._maxCols) throw this._ctx.error('Those columns are out of bounds.');
    if (n >= this._maxCols) throw this._ctx.error("You can't delete all the columns on the sheet.");
    this._grid.deleteColumns(at, n);
    this._maxCols -= n;
  }
  deleteColumn(columnPosition: unknown): this {
    this.deleteColumns(columnPosition, 1);
    return this;
  }

  // ---- clearing ------------------------------------------------------------

  /** clear() clears contents and formats; clear({contentsOnly, formatOnly}) one of them. */
  clear(options?: unknown): this {
    const o = (typeof options === 'object' && options !== null ? options : {}) as Record<string, unknown>;
    const any = Boolean(o.contentsOnly || o.formatOnly);
    this._grid.clearAll({
      contents: !any || Boolean(o.contentsOnly),
      formats: !any || Boolean(o.formatOnly),
      notes: false,
      validations: false,
    });
    return this;
  }
  clearContents(): this {
    this._grid.clearAll({ contents: true, formats: false, notes: false, validations: false });
    return this;
  }
  clearFormats(): this {
    this._grid.clearAll({ contents: false, formats: true, notes: false, validations: false });
    return this;
  }
  clearNotes(): this {
    this._grid.clearAll({ contents: false, formats: false, notes: true, validations: false });
    return this;
  }

  // ---- view settings -------------------------------------------------------

  setFrozenRows(rows: number): void {
    this._frozenRows = rows;
  }
  getFrozenRows(): number {
    return this._frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this._frozenCols = columns;
  }
  getFrozenColumns(): number {
    return this._frozenCols;
  }
  setTabColor(color: string | null): this {
    this._tabColor = color === null ? null : String(color).toLowerCase();
    return this;
  }
  getTabColor(): string | null {
    return this._tabColor;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    this._colWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c += 1) this._colWidths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this._colWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  setRowHeight(rowPosition: number, height: number): this {
    this._rowHeights.set(rowPosition, height);
    return this;
  }
  setRowHeights(startRow: number, numRows: number, height: number): this {
    for (let r = startRow; r < startRow + numRows; r += 1) this._rowHeights.set(r, height);
    return this;
  }
  setRowHeightsForced(startRow: number, numRows: number, height: number): this {
    return this.setRowHeights(startRow, numRows, height);
  }
  getRowHeight(rowPosition: number): number {
    return this._rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }
  /** Recorded only (widths are not computed from content). */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c += 1) this._autoResized.add(c);
    return this;
  }
  autoResizeColumn(columnPosition: number): this {
    return this.autoResizeColumns(columnPosition, 1);
  }
  autoResizeRows(_startRow: number, _numRows: number): this {
    return this;
  }
  hideSheet(): this {
    if (this._ss._sheets.filter((s) => !s._hidden && s !== this).length === 0) {
      throw this._ctx.error("You can't hide all the sheets in a document.");
    }
    this._hidden = true;
    return this;
  }
  showSheet(): this {
    this._hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this._hidden;
  }
  /** Overloads: hideColumns(columnIndex[, numColumns]). */
  hideColumns(columnIndex: number, numColumns?: number): void {
    for (let c = columnIndex; c < columnIndex + (numColumns ?? 1); c += 1) this._hiddenCols.add(c);
  }
  showColumns(columnIndex: number, numColumns?: number): void {
    for (let c = columnIndex; c < columnIndex + (numColumns ?? 1); c += 1) this._hiddenCols.delete(c);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this._hiddenCols.has(columnPosition);
  }
  hideRows(rowIndex: number, numRows?: number): void {
    for (let r = rowIndex; r < rowIndex + (numRows ?? 1); r += 1) this._hiddenRows.add(r);
  }
  showRows(rowIndex: number, numRows?: number): void {
    for (let r = rowIndex; r < rowIndex + (numRows ?? 1); r += 1) this._hiddenRows.delete(r);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    return this._hiddenRows.has(rowPosition);
  }
  setHiddenGridlines(hide: boolean): this {
    this._gridlinesHidden = Boolean(hide);
    return this;
  }
  hasHiddenGridlines(): boolean {
    return this._gridlinesHidden;
  }

  // ---- protection, charts, conditional formats -------------------------------

  /** Returns the sheet's existing protection when there is one, as in Sheets. */
  protect(): ProtectionImpl {
    return this._ctx.wrap(this._ss._protect('SHEET', this, null), 'Protection');
  }
  getProtections(type: unknown): ProtectionImpl[] {
    const list = this._ss._protections.filter((p) => p._sheet === this && p._type === String(type));
    return this._ctx.array(list.map((p) => this._ctx.wrap(p, 'Protection')));
  }
  newChart(): EmbeddedChartBuilderImpl {
    return new EmbeddedChartBuilderImpl(this._ctx);
  }
  insertChart(chart: unknown): void {
    const c = this._ctx.unwrap(chart);
    if (!(c instanceof EmbeddedChartImpl))
      throw this._ctx.badArgs('SpreadsheetApp.Sheet.insertChart', [chart]);
    const { anchorRow, anchorColumn } = c._position;
    if (anchorRow < 1 || anchorColumn < 1 || anchorRow > this._maxRows || anchorColumn > this._maxCols) {
      throw this._ctx.error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    if (c._id === null || this._charts.some((x) => x._id === c._id)) c._id = this._ss._newChartId();
    this._charts.push(c);
  }
  getCharts(): EmbeddedChartImpl[] {
    return this._ctx.array(this._charts.map((c) => this._ctx.wrap(c, 'EmbeddedChart')));
  }
  removeChart(chart: unknown): void {
    const c = this._ctx.unwrap(chart);
    if (!(c instanceof EmbeddedChartImpl))
      throw this._ctx.badArgs('SpreadsheetApp.Sheet.removeChart', [chart]);
    this._charts = this._charts.filter((x) => x._id !== c._id);
  }
  updateChart(chart: unknown): void {
    const c = this._ctx.unwrap(chart);
    if (!(c instanceof EmbeddedChartImpl))
      throw this._ctx.badArgs('SpreadsheetApp.Sheet.updateChart', [chart]);
    const i = this._charts.findIndex((x) => x._id === c._id);
    if (i < 0) throw this._ctx.error('The chart does not exist on this sheet.');
    this._charts[i] = c;
  }
  setConditionalFormatRules(rules: unknown): void {
    if (!Array.isArray(rules) || !rules.every((r: unknown) => r instanceof ConditionalFormatRuleImpl)) {
      throw this._ctx.badArgs('SpreadsheetApp.Sheet.setConditionalFormatRules', [rules]);
    }
    this._cfRules = [...(rules as ConditionalFormatRuleImpl[])];
  }
  getConditionalFormatRules(): ConditionalFormatRuleImpl[] {
    return this._ctx.array(this._cfRules);
  }
  clearConditionalFormatRules(): void {
    this._cfRules = [];
  }
  toString(): string {
    return 'Sheet';
  }
}
