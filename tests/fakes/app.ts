// SpreadsheetApp, Session, Utilities, Logger and console.

import { randomUUID } from 'node:crypto';
import { format } from 'node:util';
import { isDate, type FakeContext, type FakeLogEntry } from './context';
import {
  BooleanCriteria,
  BorderStyle,
  DataValidationCriteria,
  Dimension,
  ProtectionType,
  SheetType,
  WrapStrategy,
} from './enums';
import { formatJavaDate } from './locale';
import type { People } from './permissions';
import type { RangeImpl } from './range';
import type { SheetImpl } from './sheet';
import type { SpreadsheetImpl } from './spreadsheet';
import { UiImpl } from './ui';
import { DataValidationBuilderImpl } from './data-validation';
import { ConditionalFormatRuleBuilderImpl, TextStyleBuilderImpl } from './formats';
import { RichTextValueBuilderImpl } from './rich-text';

export class SpreadsheetAppImpl {
  readonly ProtectionType = ProtectionType;
  readonly BorderStyle = BorderStyle;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly WrapStrategy = WrapStrategy;
  readonly Dimension = Dimension;
  readonly SheetType = SheetType;

  constructor(
    private readonly _ctx: FakeContext,
    private readonly _ss: SpreadsheetImpl,
  ) {}

  getActive(): SpreadsheetImpl {
    return this._ctx.wrap(this._ss, 'Spreadsheet');
  }
  getActiveSpreadsheet(): SpreadsheetImpl {
    return this._ctx.wrap(this._ss, 'Spreadsheet');
  }
  getActiveSheet(): SheetImpl {
    return this._ss.getActiveSheet();
  }
  getActiveRange(): RangeImpl {
    return this._ss.getActiveRange();
  }
  setActiveSheet(sheet: unknown): SheetImpl {
    return this._ss.setActiveSheet(sheet);
  }
  setActiveRange(range: unknown): RangeImpl {
    return this._ss.setActiveRange(range);
  }
  /** Only the active spreadsheet can be opened. */
  openById(id: unknown): SpreadsheetImpl {
    if (id !== this._ss._id) {
      throw this._ctx.error(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    }
    return this._ctx.wrap(this._ss, 'Spreadsheet');
  }
  /** Throws as in a trigger or custom function when env.uiAvailable is false. */
  getUi(): UiImpl {
    if (!this._ctx.uiAvailable)
      throw this._ctx.error('Cannot call SpreadsheetApp.getUi() from this context.');
    return this._ctx.wrap(new UiImpl(this._ctx), 'Ui');
  }
  flush(): void {}
  newRichTextValue(): RichTextValueBuilderImpl {
    return new RichTextValueBuilderImpl(this._ctx);
  }
  newDataValidation(): DataValidationBuilderImpl {
    return new DataValidationBuilderImpl(this._ctx);
  }
  newTextStyle(): TextStyleBuilderImpl {
    return new TextStyleBuilderImpl();
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilderImpl {
    return new ConditionalFormatRuleBuilderImpl(this._ctx);
  }
  toString(): string {
    return 'SpreadsheetApp';
  }
}

export interface FakeUser {
  getEmail(): string;
}

export class SessionImpl {
  constructor(
    private readonly _ctx: FakeContext,
    private readonly _people: People,
  ) {}
  /** The language part of the spreadsheet locale ('vi' for vi_VN). */
  getActiveUserLocale(): string {
    return this._ctx.locale.split(/[_-]/)[0] ?? this._ctx.locale;
  }
  getScriptTimeZone(): string {
    return this._ctx.timeZone;
  }
  /** The person running the script (the fake reveals the address, as Google does within one domain). */
  getActiveUser(): FakeUser {
    const email = this._people.user;
    return { getEmail: () => email };
  }
  /** Under whose authority the script runs: for an add-on run from the menu or the sidebar, the same person. */
  getEffectiveUser(): FakeUser {
    return this.getActiveUser();
  }
  getTemporaryActiveUserKey(): string {
    return 'fake-temporary-user-key';
  }
}

export class UtilitiesImpl {
  constructor(private readonly _ctx: FakeContext) {}

  /** SimpleDateFormat letters y M d E H h m s S a Z X and quoted literals. */
  formatDate(date: unknown, timeZone: unknown, pattern: unknown): string {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof pattern !== 'string') {
      throw this._ctx.badArgs('Utilities.formatDate', [date, timeZone, pattern]);
    }
    return formatJavaDate(date.getTime(), timeZone, pattern);
  }
  /** Advances the fake clock; never blocks. */
  sleep(milliseconds: unknown): void {
    if (typeof milliseconds !== 'number') throw this._ctx.badArgs('Utilities.sleep', [milliseconds]);
    this._ctx.advance(milliseconds);
  }
  getUuid(): string {
    return randomUUID();
  }
  /** printf-style %s, %d, %f (via Node's util.format). */
  formatString(template: string, ...args: unknown[]): string {
    return format(template, ...args);
  }
}

function logMessage(args: readonly unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first === 'string') return format(first, ...rest);
  return args.map((a) => (typeof a === 'string' ? a : format('%o', a))).join(' ');
}

export class LoggerImpl {
  constructor(private readonly _ctx: FakeContext) {}
  /** Overloads: log(data), log(format, ...values). */
  log(...args: unknown[]): this {
    this._ctx.logs.push({ level: 'log', message: logMessage(args) });
    return this;
  }
  getLog(): string {
    return this._ctx.logs.map((l) => l.message).join('\n');
  }
  clear(): void {
    this._ctx.logs.length = 0;
  }
}

/** console for the script: every level goes to env.logs (not counted). */
export function makeConsole(ctx: FakeContext): Record<string, (...args: unknown[]) => void> {
  const at =
    (level: FakeLogEntry['level']) =>
    (...args: unknown[]): void => {
      ctx.logs.push({ level, message: logMessage(args) });
    };
  return {
    log: at('log'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    debug: at('debug'),
    time: () => undefined,
    timeEnd: () => undefined,
  };
}
