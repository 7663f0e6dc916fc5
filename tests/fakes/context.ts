// Shared state of one fake Apps Script environment: the call log, the clock,
// the realm that values are created in, and the counting proxies.

import { authRefusal } from './auth';

export type FakeCell = string | number | boolean | Date;

/** Constructors of the realm (a `vm` context, or this one) that fakes create values in. */
export interface FakeRealm {
  Array: ArrayConstructor;
  Date: DateConstructor;
  Error: ErrorConstructor;
  Object: ObjectConstructor;
}

export interface FakeCallLog {
  total: number;
  byMethod: Record<string, number>;
}

export interface FakeMenuRecord {
  title: string;
  items: { caption: string; functionName: string }[];
}

export interface FakeUiRecord {
  menus: FakeMenuRecord[];
  /** HtmlService ignores <title> and <meta> in the file: only setTitle and addMetaTag count. */
  sidebars: { title: string; html: string; metaTags: { name: string; content: string }[] }[];
  dialogs: { title: string; html: string; modal: boolean }[];
  alerts: string[];
  prompts: string[];
  toasts: { message: string; title: string }[];
}

export interface FakeLogEntry {
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  message: string;
}

export type FailOn = (method: string, callIndex: number) => boolean;

/** Classes whose mutating methods consult `failOn`. */
const WRITE_CLASSES = new Set(['Spreadsheet', 'Sheet', 'Range', 'Protection', 'Properties', 'Cache']);
const WRITE_METHOD =
  /^(set|insert|delete|clear|remove|append|put|protect|merge|breakApart|hide|show|autoResize|move|update|rename|copyTo|check|uncheck)/;

function isWrite(className: string, method: string): boolean {
  return WRITE_CLASSES.has(className) && WRITE_METHOD.test(method);
}

/** Method names never counted (they exist on every object or are JS plumbing). */
const UNCOUNTED = new Set(['constructor', 'toString', 'valueOf', 'toJSON']);

function apiMethods(target: object): Set<string> {
  const names = new Set<string>();
  let proto: object | null = Object.getPrototypeOf(target) as object | null;
  while (proto && proto !== Object.prototype) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (!UNCOUNTED.has(name) && !name.startsWith('_')) names.add(name);
    }
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  for (const name of Object.keys(target)) {
    const value: unknown = Reflect.get(target, name);
    if (typeof value === 'function' && !name.startsWith('_')) names.add(name);
  }
  return names;
}

export class FakeContext {
  readonly calls: FakeCallLog = { total: 0, byMethod: {} };
  readonly ui: FakeUiRecord = { menus: [], sidebars: [], dialogs: [], alerts: [], prompts: [], toasts: [] };
  readonly logs: FakeLogEntry[] = [];
  /** Writes (the mutating calls failOn sees), SpreadsheetApp.flush and Lock.releaseLock, in the order made. */
  readonly timeline: string[] = [];
  realm: FakeRealm = { Array, Date, Error, Object };
  counting = true;
  failOn: FailOn | undefined;
  /** Consulted before every counted write (the methods failOn sees): throws where the current user may not write. */
  writeGuard: ((className: string, method: string, target: object, args: unknown[]) => void) | undefined;
  /** Value of every formula cell; formulas are never evaluated. */
  formulaValue: (formula: string) => FakeCell = () => '#NAME?';
  /** Milliseconds each counted call takes on the fake clock ('Class.method'); none by default. */
  callCost: ((method: string) => number) | undefined;
  uiAvailable = true;
  /** The execution's ScriptApp.AuthMode: 'FULL', or 'NONE' for an add-on's onOpen before authorisation. */
  authMode = 'FULL';
  /** Scopes of the manifest the person did not tick (granular consent). */
  missingScopes: string[] = [];
  alertReply: ((message: string, buttonSet: string) => string) | undefined;
  promptReply: ((message: string, buttonSet: string) => { button: string; text: string }) | undefined;
  htmlFiles: Record<string, string> = {};
  private offsetMs = 0;
  private readonly targets = new WeakMap<object, object>();
  private readonly methodCache = new WeakMap<object, Set<string>>();

  constructor(
    private readonly clock: () => number,
    public locale: string,
    public timeZone: string,
    public readonly addonName: string,
  ) {}

  now(): number {
    return this.clock() + this.offsetMs;
  }

  advance(ms: number): void {
    if (ms > 0) this.offsetMs += ms;
  }

  /** An error as Apps Script throws it: an Error of the script's realm named 'Exception'. */
  error(message: string): Error {
    const e = new this.realm.Error(message);
    e.name = 'Exception';
    return e;
  }

  /** "The parameters (...) don't match the method signature for X." */
  badArgs(method: string, args: readonly unknown[]): Error {
    return this.error(
      `The parameters (${args.map(describeArg).join(',')}) don't match the method signature for ${method}.`,
    );
  }

  array<T>(items: readonly T[]): T[] {
    return this.realm.Array.from(items);
  }

  grid<T>(rows: readonly (readonly T[])[]): T[][] {
    return this.realm.Array.from(rows, (row) => this.realm.Array.from(row));
  }

  date(ms: number): Date {
    return new this.realm.Date(ms);
  }

  object<T>(entries: Record<string, T>): Record<string, T> {
    return this.realm.Object.assign(new this.realm.Object(), entries) as Record<string, T>;
  }

  /** Runs fn without counting calls or consulting failOn. */
  uncounted<T>(fn: () => T): T {
    const before = this.counting;
    this.counting = false;
    try {
      return fn();
    } finally {
      this.counting = before;
    }
  }

  /**
   * A fresh counting proxy for impl, as a real service hands out a fresh
   * wrapper object on every call. Members whose name starts with '_' are hidden.
   */
  wrap<T extends object>(impl: T, className: string): T {
    let methods = this.methodCache.get(impl);
    if (!methods) {
      methods = apiMethods(impl);
      this.methodCache.set(impl, methods);
    }
    const known = methods;
    const proxy: T = new Proxy(impl, {
      get: (target, prop) => {
        if (typeof prop === 'string' && prop.startsWith('_')) return undefined;
        const value: unknown = Reflect.get(target, prop, target);
        if (typeof prop !== 'string' || typeof value !== 'function' || !known.has(prop)) {
          return typeof value === 'function' ? value.bind(target) : value;
        }
        const fn = value as (...args: unknown[]) => unknown;
        return (...args: unknown[]): unknown => {
          this.count(className, prop);
          if (isDetached(target))
            throw this.error(`The sheet this ${className} belongs to has been deleted.`);
          const refusal = authRefusal(this, className, prop) ?? refusalOf(target, prop);
          if (refusal) throw this.error(refusal);
          if (this.counting && this.writeGuard && isWrite(className, prop))
            this.writeGuard(className, prop, target, args);
          const result = fn.apply(target, args);
          return result === target ? proxy : result;
        };
      },
      has: (target, prop) => !(typeof prop === 'string' && prop.startsWith('_')) && Reflect.has(target, prop),
      ownKeys: (target) =>
        Reflect.ownKeys(target).filter((k) => !(typeof k === 'string' && k.startsWith('_'))),
    });
    this.targets.set(proxy, impl);
    return proxy;
  }

  /** The implementation behind a proxy handed out by wrap (or the value itself). */
  unwrap(value: unknown): unknown {
    if (typeof value === 'object' && value !== null) return this.targets.get(value) ?? value;
    return value;
  }

  private count(className: string, method: string): void {
    if (!this.counting) return;
    const name = `${className}.${method}`;
    const index = this.calls.byMethod[name] ?? 0;
    this.calls.byMethod[name] = index + 1;
    this.calls.total += 1;
    if (this.callCost) this.advance(this.callCost(name));
    const write = isWrite(className, method);
    if (write || name === 'SpreadsheetApp.flush' || name === 'Lock.releaseLock') this.timeline.push(name);
    if (this.failOn && write && this.failOn(name, index)) {
      throw this.error('Service error: injected failure');
    }
  }

  resetCalls(): void {
    this.calls.total = 0;
    this.timeline.length = 0;
    for (const key of Object.keys(this.calls.byMethod)) delete this.calls.byMethod[key];
  }
}

function describeArg(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    const first: unknown = value[0];
    return `${first === undefined ? 'Object' : describeArg(first)}[]`;
  }
  if (isDate(value)) return 'Date';
  if (typeof value === 'object') return 'Object';
  return typeof value;
}

/** Impl objects may define _detached(): true once their sheet is deleted. */
function isDetached(target: object): boolean {
  const fn: unknown = Reflect.get(target, '_detached');
  return typeof fn === 'function' && (fn as () => unknown).call(target) === true;
}

/** Impl objects may define _refuses(method): the error Apps Script gives for that call on them, or null. */
function refusalOf(target: object, method: string): string | null {
  const fn: unknown = Reflect.get(target, '_refuses');
  return typeof fn === 'function'
    ? ((fn as (name: string) => string | null).call(target, method) ?? null)
    : null;
}

/** True for a Date of any realm. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
