// Protection, EmbeddedChart, and the chart builder.

import type { FakeContext } from './context';
import type { RangeImpl } from './range';
import { allows, PROTECTED_MESSAGE } from './permissions';
import type { SheetImpl } from './sheet';

/**
 * A protected sheet or range. A new one starts with the spreadsheet's editors (its owner, its other editors and the
 * person creating it) until they are removed; the owner and the person running the script are never removed. Only
 * someone the protection allows may change it.
 */
export class ProtectionImpl {
  _description = '';
  _warningOnly = false;
  _editors: string[];
  _domainEdit = true;
  _unprotected: RangeImpl[] = [];

  constructor(
    readonly _ctx: FakeContext,
    readonly _type: 'RANGE' | 'SHEET',
    readonly _sheet: SheetImpl,
    public _range: RangeImpl | null,
  ) {
    const people = _sheet._ss._people;
    this._editors = [...new Set([people.owner, ...people.editors, people.user])];
  }

  private _change(): void {
    if (!allows(this, this._sheet._ss._people)) throw this._ctx.error(PROTECTED_MESSAGE);
  }

  getProtectionType(): string {
    return this._type;
  }
  getDescription(): string {
    return this._description;
  }
  setDescription(description: string): this {
    this._change();
    this._description = String(description);
    return this;
  }
  isWarningOnly(): boolean {
    return this._warningOnly;
  }
  /** Warning-only protection has no editor list, as in Sheets; made a real one again, it has the owner and you. */
  setWarningOnly(warningOnly: boolean): this {
    this._change();
    const people = this._sheet._ss._people;
    if (this._warningOnly && !warningOnly) this._editors = [...new Set([people.owner, people.user])];
    this._warningOnly = Boolean(warningOnly);
    if (this._warningOnly) this._editors = [];
    return this;
  }
  getRange(): RangeImpl {
    const range = this._range ?? this._sheet._fullRange();
    return this._ctx.wrap(range, 'Range');
  }
  setRange(range: unknown): this {
    this._change();
    if (this._type === 'RANGE')
      this._range = this._sheet._ss._asRange(range, 'SpreadsheetApp.Protection.setRange');
    return this;
  }
  /** Whether the current user may edit the protected cells (the owner always may). */
  canEdit(): boolean {
    return allows(this, this._sheet._ss._people);
  }
  canDomainEdit(): boolean {
    return this._domainEdit;
  }
  setDomainEdit(editable: boolean): this {
    this._change();
    this._domainEdit = Boolean(editable);
    return this;
  }
  /** Editors are kept as email strings; getEditors returns User objects. */
  getEditors(): { getEmail(): string }[] {
    return this._ctx.array(this._editors.map((email) => ({ getEmail: (): string => email })));
  }
  addEditor(email: unknown): this {
    this._change();
    const e = emailOf(email);
    if (!this._warningOnly && !this._editors.includes(e)) this._editors.push(e);
    return this;
  }
  addEditors(emails: unknown): this {
    if (!Array.isArray(emails)) throw this._ctx.badArgs('SpreadsheetApp.Protection.addEditors', [emails]);
    for (const e of emails) this.addEditor(e);
    return this;
  }
  /** Neither the owner of the spreadsheet nor the current user can be removed (Google's Protection reference). */
  removeEditor(email: unknown): this {
    this._change();
    const e = emailOf(email);
    const people = this._sheet._ss._people;
    if (e !== people.owner && e !== people.user) this._editors = this._editors.filter((x) => x !== e);
    return this;
  }
  removeEditors(emails: unknown): this {
    if (!Array.isArray(emails)) throw this._ctx.badArgs('SpreadsheetApp.Protection.removeEditors', [emails]);
    for (const e of emails) this.removeEditor(e);
    return this;
  }
  getUnprotectedRanges(): RangeImpl[] {
    return this._ctx.array(this._unprotected.map((r) => this._ctx.wrap(r, 'Range')));
  }
  /** Only a sheet protection has unprotected ranges, each on its own sheet. */
  setUnprotectedRanges(ranges: unknown): this {
    if (!Array.isArray(ranges))
      throw this._ctx.badArgs('SpreadsheetApp.Protection.setUnprotectedRanges', [ranges]);
    this._change();
    if (this._type !== 'SHEET') throw this._ctx.error('Only a protected sheet can have unprotected ranges.');
    const list = ranges.map((r: unknown) =>
      this._sheet._ss._asRange(r, 'SpreadsheetApp.Protection.setUnprotectedRanges'),
    );
    if (list.some((r) => r._sheet !== this._sheet))
      throw this._ctx.error('An unprotected range must be on the protected sheet.');
    this._unprotected = list;
    return this;
  }
  remove(): void {
    this._change();
    this._sheet._ss._removeProtection(this);
  }
  toString(): string {
    return 'Protection';
  }
}

/** A user's address, lower case (Google accounts ignore case). */
export function emailOf(value: unknown): string {
  if (
    typeof value === 'object' &&
    value !== null &&
    'getEmail' in value &&
    typeof value.getEmail === 'function'
  ) {
    return String((value.getEmail as () => unknown)()).toLowerCase();
  }
  return String(value).toLowerCase();
}

export interface ChartPosition {
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
}

export class EmbeddedChartImpl {
  constructor(
    readonly _ctx: FakeContext,
    public _id: number | null,
    readonly _type: string,
    readonly _ranges: readonly RangeImpl[],
    readonly _options: ReadonlyMap<string, unknown>,
    readonly _position: ChartPosition,
  ) {}

  getChartId(): number | null {
    return this._id;
  }
  getRanges(): RangeImpl[] {
    return this._ctx.array(this._ranges.map((r) => this._ctx.wrap(r, 'Range')));
  }
  getOptions(): { get(option: string): unknown } {
    const options = this._options;
    return { get: (option: string): unknown => options.get(option) ?? null };
  }
  getContainerInfo(): {
    getAnchorRow(): number;
    getAnchorColumn(): number;
    getOffsetX(): number;
    getOffsetY(): number;
  } {
    const p = this._position;
    return {
      getAnchorRow: () => p.anchorRow,
      getAnchorColumn: () => p.anchorColumn,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    };
  }
  modify(): EmbeddedChartBuilderImpl {
    const b = new EmbeddedChartBuilderImpl(this._ctx);
    b._load(this);
    return b;
  }
  toString(): string {
    return 'EmbeddedChart';
  }
}

/** EmbeddedChartBuilder with the common chart-type builder methods folded in (they set options). */
export class EmbeddedChartBuilderImpl {
  private id: number | null = null;
  private type = 'COLUMN';
  private ranges: RangeImpl[] = [];
  private options = new Map<string, unknown>();
  private position: ChartPosition = { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 };

  constructor(private readonly _ctx: FakeContext) {}

  _load(chart: EmbeddedChartImpl): void {
    this.id = chart._id;
    this.type = chart._type;
    this.ranges = [...chart._ranges];
    this.options = new Map(chart._options);
    this.position = { ...chart._position };
  }

  private asRange(range: unknown, method: string): RangeImpl {
    const impl = this._ctx.unwrap(range);
    if (typeof impl !== 'object' || impl === null || !('_sheet' in impl) || !('_numRows' in impl)) {
      throw this._ctx.badArgs(`SpreadsheetApp.EmbeddedChartBuilder.${method}`, [range]);
    }
    return impl as RangeImpl;
  }

  setChartType(type: unknown): this {
    this.type = String(type);
    return this;
  }
  getChartType(): string {
    return this.type;
  }
  addRange(range: unknown): this {
    this.ranges.push(this.asRange(range, 'addRange'));
    return this;
  }
  removeRange(range: unknown): this {
    const impl = this.asRange(range, 'removeRange');
    this.ranges = this.ranges.filter(
      (r) =>
        !(
          r._sheet === impl._sheet &&
          r._row === impl._row &&
          r._col === impl._col &&
          r._numRows === impl._numRows &&
          r._numCols === impl._numCols
        ),
    );
    return this;
  }
  clearRanges(): this {
    this.ranges = [];
    return this;
  }
  getRanges(): RangeImpl[] {
    return this._ctx.array(this.ranges.map((r) => this._ctx.wrap(r, 'Range')));
  }
  setPosition(anchorRow: number, anchorColumn: number, offsetX: number, offsetY: number): this {
    this.position = { anchorRow, anchorColumn, offsetX, offsetY };
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.options.set(String(option), value);
    return this;
  }
  setNumHeaders(headers: number): this {
    return this.setOption('numHeaders', headers);
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    return this.setOption('transposeRowsAndColumns', transpose);
  }
  setHiddenDimensionStrategy(strategy: unknown): this {
    return this.setOption('hiddenDimensionStrategy', strategy);
  }
  setMergeStrategy(strategy: unknown): this {
    return this.setOption('mergeStrategy', strategy);
  }
  setTitle(title: string): this {
    return this.setOption('title', title);
  }
  setXAxisTitle(title: string): this {
    return this.setOption('hAxis.title', title);
  }
  setYAxisTitle(title: string): this {
    return this.setOption('vAxis.title', title);
  }
  setStacked(): this {
    return this.setOption('isStacked', true);
  }
  setLegendPosition(position: unknown): this {
    return this.setOption('legend.position', position);
  }
  setColors(colors: unknown): this {
    return this.setOption('colors', colors);
  }
  asBarChart(): this {
    return this.setChartType('BAR');
  }
  asColumnChart(): this {
    return this.setChartType('COLUMN');
  }
  asLineChart(): this {
    return this.setChartType('LINE');
  }
  asPieChart(): this {
    return this.setChartType('PIE');
  }
  asTableChart(): this {
    return this.setChartType('TABLE');
  }
  build(): EmbeddedChartImpl {
    const chart = new EmbeddedChartImpl(
      this._ctx,
      this.id,
      this.type,
      [...this.ranges],
      new Map(this.options),
      {
        ...this.position,
      },
    );
    return this._ctx.wrap(chart, 'EmbeddedChart');
  }
}
