// Entry point: an in-memory Apps Script environment (SpreadsheetApp and the
// services an add-on uses) whose globals can be put on a `vm` context.
// Every call on a service object is counted in `calls` as 'Class.method'.

import vm from 'node:vm';
import { cellName } from './a1';
import { AuthorizationStatus, authorizationInfo } from './auth';
import { LoggerImpl, SessionImpl, SpreadsheetAppImpl, UtilitiesImpl, makeConsole } from './app';
import type { BorderSide } from './cells';
import {
  FakeContext,
  type FailOn,
  type FakeCallLog,
  type FakeCell,
  type FakeLogEntry,
  type FakeRealm,
  type FakeUiRecord,
} from './context';
import {
  AuthMode,
  ChartHiddenDimensionStrategy,
  ChartMergeStrategy,
  ChartType,
  Position,
  TriggerSource,
} from './enums';
import {
  CacheServiceImpl,
  CacheStore,
  LockResource,
  LockServiceImpl,
  PropertiesServiceImpl,
  type LockKind,
} from './services';
import { guardWrite } from './permissions';
import { NEW_SHEET_COLUMNS, NEW_SHEET_ROWS } from './sheet';
import { SpreadsheetImpl } from './spreadsheet';
import { HtmlServiceImpl } from './ui';
import { normalizeCellArg } from './values';

export { SPREADSHEET_SCOPE, UI_SCOPE } from './auth';
export type { FakeCell, FakeCallLog, FakeLogEntry, FakeRealm, FakeUiRecord, FailOn } from './context';
export type { SpreadsheetImpl as FakeSpreadsheet } from './spreadsheet';
export type { SheetImpl as FakeSheet } from './sheet';
export type { RangeImpl as FakeRange } from './range';

export interface FakeSheetInit {
  name: string;
  /** Stored as given (strings are not parsed); null becomes ''. Rows may differ in length. */
  values: (string | number | boolean | Date | null)[][];
}

export interface FakeEnvironmentInit {
  sheets: FakeSheetInit[];
  /**
   * 'new' (the default): each sheet at least 1000 × 26, as a sheet made in Sheets or by insertSheet is;
   * 'content': each sheet exactly as large as its values, as a workbook whose sheets were trimmed. Either way the
   * spreadsheet must fit in the 10,000,000 cells Sheets allows.
   */
  sheetSize?: 'new' | 'content';
  /** Spreadsheet locale; default 'vi_VN'. Decides how typed strings become numbers and dates. */
  locale?: string;
  /** Milliseconds; default Date.now. Utilities.sleep and lock waits add to it. */
  clock?: () => number;
  /** Spreadsheet and script time zone; default 'Asia/Ho_Chi_Minh'. */
  timeZone?: string;
  spreadsheetName?: string;
  spreadsheetId?: string;
  /** Title recorded for the add-on menu; default 'PAR Index'. */
  addonName?: string;
  /** The spreadsheet's owner (Spreadsheet.getOwner); default 'owner@example.com'. */
  owner?: string;
  /** Its other editors (Spreadsheet.getEditors lists them after the owner). */
  editors?: string[];
  /** Who runs the script (Session.getActiveUser); default the owner. Tests switch person with setUser. */
  userEmail?: string;
  htmlFiles?: Record<string, string>;
}

/** Everything stored in one cell, for assertions. */
export interface FakeCellState {
  value: FakeCell;
  formula: string;
  note: string;
  background: string | null;
  fontWeight: string | null;
  fontColor: string | null;
  numberFormat: string | null;
  horizontalAlignment: string | null;
  links: { start: number; end: number; url: string }[];
  validation: { type: string; values: unknown[]; allowInvalid: boolean; helpText: string } | null;
  borders: {
    top: BorderSide | null;
    left: BorderSide | null;
    bottom: BorderSide | null;
    right: BorderSide | null;
  };
}

export interface FakeServices {
  SpreadsheetApp: SpreadsheetAppImpl;
  LockService: LockServiceImpl;
  CacheService: CacheServiceImpl;
  PropertiesService: PropertiesServiceImpl;
  Session: SessionImpl;
  HtmlService: HtmlServiceImpl;
  Utilities: UtilitiesImpl;
  Logger: LoggerImpl;
}

export interface FakeEnvironment {
  /** SpreadsheetApp, Charts, LockService, CacheService, PropertiesService, Session, HtmlService, ScriptApp, Utilities, Logger, console. */
  globals: Record<string, unknown>;
  /** The same services, typed, for tests (calls on them are counted too). */
  services: FakeServices;
  /** The active spreadsheet (a counting wrapper; use uncounted() or cell()/snapshot() to look without counting). */
  spreadsheet: SpreadsheetImpl;
  calls: FakeCallLog;
  /** Writes (mutating Spreadsheet/Sheet/Range/Protection/Properties/Cache calls), SpreadsheetApp.flush and Lock.releaseLock, in order; resetCalls empties it. */
  readonly timeline: readonly string[];
  resetCalls(): void;
  ui: FakeUiRecord;
  logs: FakeLogEntry[];
  /** The last range activated (Range.activate, Sheet/Spreadsheet.setActiveRange, setActiveSelection). */
  readonly selected: { sheet: string; a1: string } | null;
  /** Consulted before every mutating Spreadsheet/Sheet/Range/Protection/Properties/Cache call; callIndex counts that method's earlier calls since resetCalls (0-based). */
  failOn: FailOn | undefined;
  htmlFiles: Record<string, string>;
  /** Value of every formula cell; default '#NAME?' (formulas are not evaluated); '#ERROR!' where it does not parse in the locale. */
  formulaValue: (formula: string) => FakeCell;
  /** Time each counted service call takes on the fake clock, e.g. () => 1000; none by default. */
  callCost: ((method: string) => number) | undefined;
  /**
   * The execution's ScriptApp.AuthMode, 'FULL' by default. In 'NONE' (an add-on's onOpen before authorisation)
   * every call but building the menu and Session.getActiveUserLocale is refused.
   */
  authMode: 'FULL' | 'NONE';
  /** Scopes the person did not grant (granular consent): each call needing one is refused. */
  missingScopes: string[];
  /** false makes SpreadsheetApp.getUi() throw, as in triggers and custom functions. */
  uiAvailable: boolean;
  alertReply: ((message: string, buttonSet: string) => string) | undefined;
  promptReply: ((message: string, buttonSet: string) => { button: string; text: string }) | undefined;
  /** Every sheet's values in tab order, trimmed to its data range (an empty sheet gives [['']]). */
  snapshot(): Record<string, FakeCell[][]>;
  /** One cell's stored state, e.g. cell('Xếp hạng', 'B3'). */
  cell(sheetName: string, a1: string): FakeCellState;
  /** Formulas of a sheet's data range ('' where none). */
  formulas(sheetName: string): string[][];
  now(): number;
  /** Another execution takes the document lock; with `forMs`, it lets go that long after now (fake clock). */
  holdDocumentLock(forMs?: number): void;
  releaseDocumentLock(): void;
  holdScriptLock(): void;
  releaseScriptLock(): void;
  holdUserLock(): void;
  releaseUserLock(): void;
  /**
   * Sheets' "Move to own sheet" on the first chart of a sheet: the chart leaves it for a new OBJECT sheet, named
   * `name`, right after it and made active. The name is returned.
   */
  moveChartToOwnSheet(sheetName: string, name: string): string;
  /** Ends the current execution: locks it still holds are released. */
  endExecution(): void;
  /** Runs fn as one execution (endExecution afterwards, also on throw). */
  runExecution<T>(fn: () => T): T;
  /** Runs fn without counting calls or consulting failOn. */
  uncounted<T>(fn: () => T): T;
  /** The person running the script from now on (Session.getActiveUser, what protections allow them). */
  setUser(email: string): void;
  readonly user: string;
  /** Makes fakes create arrays, dates, errors and objects of that realm (so instanceof works in a vm context). */
  useRealm(realm: FakeRealm): void;
  /** A vm context holding the globals, with useRealm applied to it; its Date.now reads the fake clock. */
  createVmContext(): vm.Context;
}

class FakeEnvironmentImpl implements FakeEnvironment {
  readonly globals: Record<string, unknown>;
  readonly services: FakeServices;
  readonly spreadsheet: SpreadsheetImpl;
  private readonly locks: Record<LockKind, LockResource> = {
    document: new LockResource(),
    script: new LockResource(),
    user: new LockResource(),
  };

  constructor(
    private readonly ctx: FakeContext,
    private readonly ss: SpreadsheetImpl,
  ) {
    const caches: Record<LockKind, CacheStore> = {
      document: new CacheStore(),
      script: new CacheStore(),
      user: new CacheStore(),
    };
    const props: Record<LockKind, Map<string, string>> = {
      document: new Map(),
      script: new Map(),
      user: new Map(),
    };
    this.services = {
      SpreadsheetApp: ctx.wrap(new SpreadsheetAppImpl(ctx, ss), 'SpreadsheetApp'),
      LockService: ctx.wrap(new LockServiceImpl(ctx, this.locks), 'LockService'),
      CacheService: ctx.wrap(new CacheServiceImpl(ctx, caches), 'CacheService'),
      PropertiesService: ctx.wrap(new PropertiesServiceImpl(ctx, props), 'PropertiesService'),
      Session: ctx.wrap(new SessionImpl(ctx, ss._people), 'Session'),
      HtmlService: ctx.wrap(new HtmlServiceImpl(ctx), 'HtmlService'),
      Utilities: ctx.wrap(new UtilitiesImpl(ctx), 'Utilities'),
      Logger: ctx.wrap(new LoggerImpl(ctx), 'Logger'),
    };
    this.globals = {
      ...this.services,
      Charts: Object.freeze({ ChartType, ChartHiddenDimensionStrategy, ChartMergeStrategy, Position }),
      ScriptApp: Object.freeze({
        AuthMode,
        AuthorizationStatus,
        TriggerSource,
        getAuthorizationInfo: (authMode: unknown) => authorizationInfo(ctx, authMode),
      }),
      console: makeConsole(ctx),
    };
    this.spreadsheet = ctx.wrap(ss, 'Spreadsheet');
  }

  get calls(): FakeCallLog {
    return this.ctx.calls;
  }
  get timeline(): readonly string[] {
    return this.ctx.timeline;
  }
  get ui(): FakeUiRecord {
    return this.ctx.ui;
  }
  get logs(): FakeLogEntry[] {
    return this.ctx.logs;
  }
  get htmlFiles(): Record<string, string> {
    return this.ctx.htmlFiles;
  }
  set htmlFiles(files: Record<string, string>) {
    this.ctx.htmlFiles = files;
  }
  get failOn(): FailOn | undefined {
    return this.ctx.failOn;
  }
  set failOn(fn: FailOn | undefined) {
    this.ctx.failOn = fn;
  }
  get formulaValue(): (formula: string) => FakeCell {
    return this.ctx.formulaValue;
  }
  set formulaValue(fn: (formula: string) => FakeCell) {
    this.ctx.formulaValue = fn;
  }
  get callCost(): FakeEnvironment['callCost'] {
    return this.ctx.callCost;
  }
  set callCost(fn: FakeEnvironment['callCost']) {
    this.ctx.callCost = fn;
  }
  get authMode(): 'FULL' | 'NONE' {
    return this.ctx.authMode === 'NONE' ? 'NONE' : 'FULL';
  }
  set authMode(mode: 'FULL' | 'NONE') {
    this.ctx.authMode = mode;
  }
  get missingScopes(): string[] {
    return this.ctx.missingScopes;
  }
  set missingScopes(scopes: string[]) {
    this.ctx.missingScopes = [...scopes];
  }
  get uiAvailable(): boolean {
    return this.ctx.uiAvailable;
  }
  set uiAvailable(v: boolean) {
    this.ctx.uiAvailable = v;
  }
  get alertReply(): FakeEnvironment['alertReply'] {
    return this.ctx.alertReply;
  }
  set alertReply(fn: FakeEnvironment['alertReply']) {
    this.ctx.alertReply = fn;
  }
  get promptReply(): FakeEnvironment['promptReply'] {
    return this.ctx.promptReply;
  }
  set promptReply(fn: FakeEnvironment['promptReply']) {
    this.ctx.promptReply = fn;
  }
  get selected(): { sheet: string; a1: string } | null {
    const sel = this.ss._selection;
    return sel ? { sheet: sel._sheet._name, a1: sel.getA1Notation() } : null;
  }

  resetCalls(): void {
    this.ctx.resetCalls();
  }
  now(): number {
    return this.ctx.now();
  }

  private sheet(name: string): SpreadsheetImpl['_sheets'][number] {
    const s = this.ss._sheetByName(name);
    if (!s)
      throw new Error(`No sheet named "${name}" (sheets: ${this.ss._sheets.map((x) => x._name).join(', ')})`);
    return s;
  }

  snapshot(): Record<string, FakeCell[][]> {
    const out: Record<string, FakeCell[][]> = {};
    for (const s of this.ss._sheets) {
      const rows = Math.max(1, s._grid.lastRow());
      const cols = Math.max(1, s._grid.lastColumn());
      out[s._name] = Array.from({ length: rows }, (_, i) =>
        Array.from({ length: cols }, (__, j): FakeCell => {
          const v = s._grid.get(i + 1, j + 1)?.value ?? '';
          return v instanceof Date ? new Date(v.getTime()) : v;
        }),
      );
    }
    return out;
  }

  cell(sheetName: string, a1: string): FakeCellState {
    const s = this.sheet(sheetName);
    const r = this.ctx.uncounted(() => s._rangeA1(a1, 'cell'));
    const c = s._grid.get(r._row, r._col);
    const v = c?.validation ?? null;
    return {
      value: c?.value ?? '',
      formula: c?.formula ?? '',
      note: c?.note ?? '',
      background: c?.background ?? null,
      fontWeight: c?.fontWeight ?? null,
      fontColor: c?.fontColor ?? null,
      numberFormat: c?.numberFormat ?? null,
      horizontalAlignment: c?.horizontalAlignment ?? null,
      links: c?.links.map((l) => ({ ...l })) ?? [],
      validation: v
        ? { type: v._type, values: [...v._values], allowInvalid: v._allowInvalid, helpText: v._helpText }
        : null,
      borders: { ...(c?.borders ?? { top: null, left: null, bottom: null, right: null }) },
    };
  }

  formulas(sheetName: string): string[][] {
    const s = this.sheet(sheetName);
    const rows = Math.max(1, s._grid.lastRow());
    const cols = Math.max(1, s._grid.lastColumn());
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (__, j) => s._grid.get(i + 1, j + 1)?.formula ?? ''),
    );
  }

  private hold(kind: LockKind, forMs?: number): void {
    const lock = this.locks[kind];
    if (lock.owner === 'self') throw new Error(`The ${kind} lock is held by the current execution.`);
    lock.owner = 'other';
    lock.otherReleasesAt = forMs === undefined ? null : this.ctx.now() + forMs;
  }
  private release(kind: LockKind): void {
    const lock = this.locks[kind];
    if (lock.owner === 'other') lock.owner = null;
  }
  holdDocumentLock(forMs?: number): void {
    this.hold('document', forMs);
  }
  releaseDocumentLock(): void {
    this.release('document');
  }
  holdScriptLock(): void {
    this.hold('script');
  }
  releaseScriptLock(): void {
    this.release('script');
  }
  holdUserLock(): void {
    this.hold('user');
  }
  releaseUserLock(): void {
    this.release('user');
  }
  moveChartToOwnSheet(sheetName: string, name: string): string {
    const from = this.sheet(sheetName);
    const chart = from._charts[0];
    if (!chart) throw new Error(`No chart on the sheet "${sheetName}"`);
    from._charts = from._charts.slice(1);
    const sheet = this.ss._addSheet(name, this.ss._sheets.indexOf(from) + 1);
    sheet._type = 'OBJECT';
    sheet._charts = [chart];
    this.ss._active = sheet;
    return name;
  }
  endExecution(): void {
    for (const lock of Object.values(this.locks)) lock.releaseAll();
  }
  runExecution<T>(fn: () => T): T {
    try {
      return fn();
    } finally {
      this.endExecution();
    }
  }
  uncounted<T>(fn: () => T): T {
    return this.ctx.uncounted(fn);
  }
  setUser(email: string): void {
    this.ss._people.user = email.toLowerCase();
  }
  get user(): string {
    return this.ss._people.user;
  }
  useRealm(realm: FakeRealm): void {
    this.ctx.realm = realm;
  }
  createVmContext(): vm.Context {
    const context = vm.createContext({ ...this.globals });
    const intrinsics: unknown = vm.runInContext('({ Array, Date, Error, Object })', context);
    if (!isRealm(intrinsics)) throw new Error('Could not read the vm context intrinsics');
    this.useRealm(intrinsics);
    // Time passes in the script as on the fake clock (lock waits, callCost): Date.now reads it.
    intrinsics.Date.now = () => this.ctx.now();
    return context;
  }
}

function isRealm(value: unknown): value is FakeRealm {
  if (typeof value !== 'object' || value === null) return false;
  return ['Array', 'Date', 'Error', 'Object'].every((k) => typeof Reflect.get(value, k) === 'function');
}

export function createFakeEnvironment(init: FakeEnvironmentInit): FakeEnvironment {
  const ctx = new FakeContext(
    init.clock ?? Date.now,
    init.locale ?? 'vi_VN',
    init.timeZone ?? 'Asia/Ho_Chi_Minh',
    init.addonName ?? 'PAR Index',
  );
  ctx.htmlFiles = { ...(init.htmlFiles ?? {}) };
  const ss = new SpreadsheetImpl(
    ctx,
    init.spreadsheetId ?? 'fake-spreadsheet-id',
    init.spreadsheetName ?? 'Fake spreadsheet',
  );
  const sheets = init.sheets.length > 0 ? init.sheets : [{ name: 'Sheet1', values: [] }];
  const fitted = init.sheetSize === 'content';
  for (const def of sheets) {
    const width = Math.max(1, ...def.values.map((r) => r.length));
    const rows = Math.max(1, def.values.length);
    ss._checkCells(
      fitted ? rows * width : Math.max(NEW_SHEET_ROWS, rows) * Math.max(NEW_SHEET_COLUMNS, width),
    );
    const sheet = ss._addSheet(
      def.name,
      ss._sheets.length,
      fitted ? rows : Math.max(NEW_SHEET_ROWS, rows),
      fitted ? width : Math.max(NEW_SHEET_COLUMNS, width),
    );
    def.values.forEach((row, i) =>
      row.forEach((raw, j) => {
        const v = normalizeCellArg(raw);
        if (v === null) throw new Error(`Unsupported initial value in ${def.name}!${cellName(i + 1, j + 1)}`);
        if (v !== '') sheet._grid.ensure(i + 1, j + 1).value = v;
      }),
    );
  }
  ss._active = ss._sheets[0] ?? null;
  const people = ss._people;
  people.owner = (init.owner ?? people.owner).toLowerCase();
  people.user = (init.userEmail ?? people.owner).toLowerCase();
  people.editors = (init.editors ?? []).map((email) => email.toLowerCase());
  ctx.writeGuard = (className, method, target, args) => guardWrite(ctx, className, method, target, args);
  return new FakeEnvironmentImpl(ctx, ss);
}
