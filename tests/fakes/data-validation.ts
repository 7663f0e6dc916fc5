// DataValidation and its builder. Value objects: calls are not counted.

import type { FakeContext } from './context';

export class DataValidationImpl {
  constructor(
    private readonly _ctx: FakeContext,
    readonly _type: string,
    readonly _values: readonly unknown[],
    readonly _allowInvalid: boolean,
    readonly _helpText: string,
  ) {}

  getCriteriaType(): string {
    return this._type;
  }

  getCriteriaValues(): unknown[] {
    return this._ctx.array(this._values.map((v) => (Array.isArray(v) ? this._ctx.array(v) : v)));
  }

  getAllowInvalid(): boolean {
    return this._allowInvalid;
  }

  getHelpText(): string {
    return this._helpText;
  }

  copy(): DataValidationBuilderImpl {
    const b = new DataValidationBuilderImpl(this._ctx);
    b._set(this._type, [...this._values]);
    b.setAllowInvalid(this._allowInvalid);
    b.setHelpText(this._helpText);
    return b;
  }

  toString(): string {
    return 'DataValidation';
  }
}

/** Subset of DataValidationBuilder: the list, range, checkbox, number, formula and URL criteria. */
export class DataValidationBuilderImpl {
  private type = '';
  private values: unknown[] = [];
  private allowInvalid = true;
  private helpText = '';

  constructor(private readonly _ctx: FakeContext) {}

  _set(type: string, values: unknown[]): this {
    this.type = type;
    this.values = values;
    return this;
  }

  requireValueInList(values: unknown, showDropdown?: boolean): this {
    if (!Array.isArray(values))
      throw this._ctx.badArgs('SpreadsheetApp.DataValidationBuilder.requireValueInList', [values]);
    return this._set('VALUE_IN_LIST', [values.map((v) => String(v)), showDropdown ?? true]);
  }

  requireValueInRange(range: unknown, showDropdown?: boolean): this {
    return this._set('VALUE_IN_RANGE', [range, showDropdown ?? true]);
  }

  /** Overloads: (), (checkedValue), (checkedValue, uncheckedValue). */
  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    const values = checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked];
    return this._set('CHECKBOX', values);
  }

  requireNumberBetween(start: number, end: number): this {
    return this._set('NUMBER_BETWEEN', [start, end]);
  }

  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }

  requireNumberLessThanOrEqualTo(n: number): this {
    return this._set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }

  requireFormulaSatisfied(formula: string): this {
    return this._set('CUSTOM_FORMULA', [formula]);
  }

  requireTextIsUrl(): this {
    return this._set('TEXT_IS_VALID_URL', []);
  }

  setAllowInvalid(allowInvalid: boolean): this {
    this.allowInvalid = Boolean(allowInvalid);
    return this;
  }

  setHelpText(text: string): this {
    this.helpText = String(text);
    return this;
  }

  getCriteriaType(): string {
    return this.type;
  }

  getCriteriaValues(): unknown[] {
    return this._ctx.array(this.values);
  }

  build(): DataValidationImpl {
    if (this.type === '') throw this._ctx.error('You must specify a validation criteria.');
    return new DataValidationImpl(this._ctx, this.type, this.values, this.allowInvalid, this.helpText);
  }
}
