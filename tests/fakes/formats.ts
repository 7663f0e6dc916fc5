// TextStyle and ConditionalFormatRule with their builders. Value objects: calls are not counted.

import type { FakeContext } from './context';
import type { RangeImpl } from './range';

/** A Range implementation (checked by shape, to keep this module free of a runtime import of range.ts). */
function isRangeImpl(value: unknown): value is RangeImpl {
  return (
    typeof value === 'object' &&
    value !== null &&
    '_sheet' in value &&
    '_numRows' in value &&
    'getA1Notation' in value
  );
}

export interface TextStyleSpec {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  fontSize?: number;
  fontFamily?: string;
  foregroundColor?: string;
}

export class TextStyleImpl {
  constructor(readonly _spec: TextStyleSpec) {}
  isBold(): boolean {
    return this._spec.bold ?? false;
  }
  isItalic(): boolean {
    return this._spec.italic ?? false;
  }
  isUnderline(): boolean {
    return this._spec.underline ?? false;
  }
  isStrikethrough(): boolean {
    return this._spec.strikethrough ?? false;
  }
  getFontSize(): number | null {
    return this._spec.fontSize ?? null;
  }
  getFontFamily(): string | null {
    return this._spec.fontFamily ?? null;
  }
  getForegroundColor(): string | null {
    return this._spec.foregroundColor ?? null;
  }
  copy(): TextStyleBuilderImpl {
    return new TextStyleBuilderImpl({ ...this._spec });
  }
}

export class TextStyleBuilderImpl {
  constructor(private readonly spec: TextStyleSpec = {}) {}
  setBold(v: boolean): this {
    this.spec.bold = v;
    return this;
  }
  setItalic(v: boolean): this {
    this.spec.italic = v;
    return this;
  }
  setUnderline(v: boolean): this {
    this.spec.underline = v;
    return this;
  }
  setStrikethrough(v: boolean): this {
    this.spec.strikethrough = v;
    return this;
  }
  setFontSize(v: number): this {
    this.spec.fontSize = v;
    return this;
  }
  setFontFamily(v: string): this {
    this.spec.fontFamily = v;
    return this;
  }
  setForegroundColor(v: string): this {
    this.spec.foregroundColor = v;
    return this;
  }
  build(): TextStyleImpl {
    return new TextStyleImpl({ ...this.spec });
  }
}

export interface ConditionSpec {
  type: string;
  values: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  underline: boolean | null;
  strikethrough: boolean | null;
}

export class BooleanConditionImpl {
  constructor(
    private readonly _ctx: FakeContext,
    readonly _spec: ConditionSpec,
  ) {}
  getCriteriaType(): string {
    return this._spec.type;
  }
  getCriteriaValues(): unknown[] {
    return this._ctx.array(this._spec.values);
  }
  getBackground(): string | null {
    return this._spec.background;
  }
  getFontColor(): string | null {
    return this._spec.fontColor;
  }
  getBold(): boolean | null {
    return this._spec.bold;
  }
  getItalic(): boolean | null {
    return this._spec.italic;
  }
  getUnderline(): boolean | null {
    return this._spec.underline;
  }
  getStrikethrough(): boolean | null {
    return this._spec.strikethrough;
  }
}

export class ConditionalFormatRuleImpl {
  constructor(
    private readonly _ctx: FakeContext,
    readonly _spec: ConditionSpec,
    readonly _ranges: readonly RangeImpl[],
  ) {}
  getRanges(): RangeImpl[] {
    return this._ctx.array(this._ranges.map((r) => this._ctx.wrap(r, 'Range')));
  }
  getBooleanCondition(): BooleanConditionImpl {
    return new BooleanConditionImpl(this._ctx, this._spec);
  }
  getGradientCondition(): null {
    return null;
  }
  copy(): ConditionalFormatRuleBuilderImpl {
    const b = new ConditionalFormatRuleBuilderImpl(this._ctx);
    b._load({ ...this._spec, values: [...this._spec.values] }, [...this._ranges]);
    return b;
  }
}

/** Subset of ConditionalFormatRuleBuilder: boolean conditions and the basic formats. */
export class ConditionalFormatRuleBuilderImpl {
  private spec: ConditionSpec = {
    type: '',
    values: [],
    background: null,
    fontColor: null,
    bold: null,
    italic: null,
    underline: null,
    strikethrough: null,
  };
  private ranges: RangeImpl[] = [];

  constructor(private readonly _ctx: FakeContext) {}

  _load(spec: ConditionSpec, ranges: RangeImpl[]): void {
    this.spec = spec;
    this.ranges = ranges;
  }

  private when(type: string, ...values: unknown[]): this {
    this.spec.type = type;
    this.spec.values = values;
    return this;
  }

  whenFormulaSatisfied(formula: string): this {
    return this.when('CUSTOM_FORMULA', formula);
  }
  whenCellEmpty(): this {
    return this.when('CELL_EMPTY');
  }
  whenCellNotEmpty(): this {
    return this.when('CELL_NOT_EMPTY');
  }
  whenTextEqualTo(text: string): this {
    return this.when('TEXT_EQUAL_TO', text);
  }
  whenTextContains(text: string): this {
    return this.when('TEXT_CONTAINS', text);
  }
  whenTextDoesNotContain(text: string): this {
    return this.when('TEXT_DOES_NOT_CONTAIN', text);
  }
  whenTextStartsWith(text: string): this {
    return this.when('TEXT_STARTS_WITH', text);
  }
  whenTextEndsWith(text: string): this {
    return this.when('TEXT_ENDS_WITH', text);
  }
  whenNumberEqualTo(n: number): this {
    return this.when('NUMBER_EQUAL_TO', n);
  }
  whenNumberNotEqualTo(n: number): this {
    return this.when('NUMBER_NOT_EQUAL_TO', n);
  }
  whenNumberGreaterThan(n: number): this {
    return this.when('NUMBER_GREATER_THAN', n);
  }
  whenNumberGreaterThanOrEqualTo(n: number): this {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', n);
  }
  whenNumberLessThan(n: number): this {
    return this.when('NUMBER_LESS_THAN', n);
  }
  whenNumberLessThanOrEqualTo(n: number): this {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', n);
  }
  whenNumberBetween(a: number, b: number): this {
    return this.when('NUMBER_BETWEEN', a, b);
  }
  whenNumberNotBetween(a: number, b: number): this {
    return this.when('NUMBER_NOT_BETWEEN', a, b);
  }
  setBackground(color: string | null): this {
    this.spec.background = color;
    return this;
  }
  setFontColor(color: string | null): this {
    this.spec.fontColor = color;
    return this;
  }
  setBold(v: boolean | null): this {
    this.spec.bold = v;
    return this;
  }
  setItalic(v: boolean | null): this {
    this.spec.italic = v;
    return this;
  }
  setUnderline(v: boolean | null): this {
    this.spec.underline = v;
    return this;
  }
  setStrikethrough(v: boolean | null): this {
    this.spec.strikethrough = v;
    return this;
  }
  setRanges(ranges: unknown): this {
    if (!Array.isArray(ranges))
      throw this._ctx.badArgs('SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges', [ranges]);
    this.ranges = ranges.map((r: unknown) => {
      const impl = this._ctx.unwrap(r);
      if (!isRangeImpl(impl))
        throw this._ctx.badArgs('SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges', [ranges]);
      return impl;
    });
    return this;
  }
  getRanges(): RangeImpl[] {
    return this._ctx.array(this.ranges.map((r) => this._ctx.wrap(r, 'Range')));
  }
  build(): ConditionalFormatRuleImpl {
    if (this.spec.type === '') throw this._ctx.error('You must specify a condition for the rule.');
    return new ConditionalFormatRuleImpl(this._ctx, { ...this.spec, values: [...this.spec.values] }, [
      ...this.ranges,
    ]);
  }
}
