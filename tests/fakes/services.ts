// LockService, CacheService and PropertiesService.

import type { FakeContext } from './context';

// ---- locks ------------------------------------------------------------------

export type LockKind = 'document' | 'script' | 'user';

/** One lock resource. 'other' models another execution holding it. */
export class LockResource {
  owner: 'self' | 'other' | null = null;
  /** When the other execution lets go (fake clock, ms); null: it holds on. */
  otherReleasesAt: number | null = null;
  readonly holders = new Set<LockImpl>();

  releaseAll(): void {
    for (const lock of this.holders) lock._held = false;
    this.holders.clear();
    if (this.owner === 'self') this.owner = null;
  }
}

export class LockImpl {
  _held = false;

  constructor(
    private readonly _ctx: FakeContext,
    private readonly _resource: LockResource,
  ) {}

  /** Waits (advancing the fake clock by the timeout) and returns false while another execution holds the lock. */
  tryLock(timeoutInMillis: unknown): boolean {
    if (typeof timeoutInMillis !== 'number')
      throw this._ctx.badArgs('LockService.Lock.tryLock', [timeoutInMillis]);
    if (this._held) return true;
    if (this._resource.owner === 'other') {
      const releasesAt = this._resource.otherReleasesAt;
      const wait = releasesAt === null ? Infinity : releasesAt - this._ctx.now();
      if (wait > timeoutInMillis) {
        this._ctx.advance(Math.max(0, timeoutInMillis));
        return false;
      }
      this._ctx.advance(wait);
      this._resource.otherReleasesAt = null;
    }
    this._resource.owner = 'self';
    this._resource.holders.add(this);
    this._held = true;
    return true;
  }
  waitLock(timeoutInMillis: unknown): void {
    if (!this.tryLock(timeoutInMillis)) {
      throw this._ctx.error('Lock timeout: another process was holding the lock for too long.');
    }
  }
  releaseLock(): void {
    if (!this._held) return;
    this._held = false;
    this._resource.holders.delete(this);
    if (this._resource.holders.size === 0 && this._resource.owner === 'self') this._resource.owner = null;
  }
  hasLock(): boolean {
    return this._held;
  }
  toString(): string {
    return 'Lock';
  }
}

export class LockServiceImpl {
  constructor(
    private readonly _ctx: FakeContext,
    private readonly _resources: Record<LockKind, LockResource>,
  ) {}

  getDocumentLock(): LockImpl {
    return this._ctx.wrap(new LockImpl(this._ctx, this._resources.document), 'Lock');
  }
  getScriptLock(): LockImpl {
    return this._ctx.wrap(new LockImpl(this._ctx, this._resources.script), 'Lock');
  }
  getUserLock(): LockImpl {
    return this._ctx.wrap(new LockImpl(this._ctx, this._resources.user), 'Lock');
  }
}

// ---- cache ------------------------------------------------------------------

const MAX_KEY_LENGTH = 250;
const MAX_VALUE_BYTES = 100 * 1024;
const MAX_ITEMS = 1000;
const DEFAULT_TTL_SECONDS = 600;
const MAX_TTL_SECONDS = 21600;

export class CacheStore {
  readonly entries = new Map<string, { value: string; expiresAt: number }>();
}

/**
 * Cache: keys up to 250 characters, values up to 100 KB (UTF-8), expiry
 * 10 minutes by default and at most 6 hours; past 1000 items the oldest go.
 */
export class CacheImpl {
  constructor(
    private readonly _ctx: FakeContext,
    private readonly _store: CacheStore,
  ) {}

  private _key(key: unknown): string {
    if (key === null || key === undefined) throw this._ctx.badArgs('CacheService.Cache', [key]);
    const k = String(key);
    if (k.length > MAX_KEY_LENGTH) throw this._ctx.error('Argument too large: key');
    return k;
  }

  private _value(value: unknown): string {
    if (value === null || value === undefined) throw this._ctx.badArgs('CacheService.Cache.put', [value]);
    const v = String(value);
    if (Buffer.byteLength(v, 'utf8') > MAX_VALUE_BYTES) throw this._ctx.error('Argument too large: value');
    return v;
  }

  private _ttl(seconds: unknown): number {
    if (seconds === undefined) return DEFAULT_TTL_SECONDS;
    if (typeof seconds !== 'number') throw this._ctx.badArgs('CacheService.Cache.put', [seconds]);
    return Math.min(Math.max(seconds, 1), MAX_TTL_SECONDS);
  }

  private _live(key: string): string | null {
    const e = this._store.entries.get(key);
    if (!e) return null;
    if (this._ctx.now() >= e.expiresAt) {
      this._store.entries.delete(key);
      return null;
    }
    return e.value;
  }

  private _put(key: string, value: string, ttl: number): void {
    this._store.entries.delete(key);
    this._store.entries.set(key, { value, expiresAt: this._ctx.now() + ttl * 1000 });
    while (this._store.entries.size > MAX_ITEMS) {
      const oldest = this._store.entries.keys().next().value;
      if (oldest === undefined) break;
      this._store.entries.delete(oldest);
    }
  }

  get(key: unknown): string | null {
    return this._live(this._key(key));
  }
  getAll(keys: unknown): Record<string, string> {
    if (!Array.isArray(keys)) throw this._ctx.badArgs('CacheService.Cache.getAll', [keys]);
    const out: Record<string, string> = {};
    for (const k of keys) {
      const key = this._key(k);
      const v = this._live(key);
      if (v !== null) out[key] = v;
    }
    return this._ctx.object(out);
  }
  /** Overloads: put(key, value), put(key, value, expirationInSeconds). */
  put(key: unknown, value: unknown, expirationInSeconds?: unknown): void {
    this._put(this._key(key), this._value(value), this._ttl(expirationInSeconds));
  }
  /** Overloads: putAll(values), putAll(values, expirationInSeconds). Checks every entry before storing any. */
  putAll(values: unknown, expirationInSeconds?: unknown): void {
    if (typeof values !== 'object' || values === null)
      throw this._ctx.badArgs('CacheService.Cache.putAll', [values]);
    const ttl = this._ttl(expirationInSeconds);
    const checked = Object.entries(values).map(([k, v]): [string, string] => [this._key(k), this._value(v)]);
    for (const [k, v] of checked) this._put(k, v, ttl);
  }
  remove(key: unknown): void {
    this._store.entries.delete(this._key(key));
  }
  removeAll(keys: unknown): void {
    if (!Array.isArray(keys)) throw this._ctx.badArgs('CacheService.Cache.removeAll', [keys]);
    for (const k of keys) this._store.entries.delete(this._key(k));
  }
  toString(): string {
    return 'Cache';
  }
}

export class CacheServiceImpl {
  constructor(
    private readonly _ctx: FakeContext,
    private readonly _stores: Record<LockKind, CacheStore>,
  ) {}
  getDocumentCache(): CacheImpl {
    return this._ctx.wrap(new CacheImpl(this._ctx, this._stores.document), 'Cache');
  }
  getScriptCache(): CacheImpl {
    return this._ctx.wrap(new CacheImpl(this._ctx, this._stores.script), 'Cache');
  }
  getUserCache(): CacheImpl {
    return this._ctx.wrap(new CacheImpl(this._ctx, this._stores.user), 'Cache');
  }
}

// ---- properties -------------------------------------------------------------

const MAX_PROPERTY_VALUE_BYTES = 9 * 1024;
const MAX_PROPERTY_STORE_BYTES = 500 * 1024;

/** Properties: string values, at most 9 KB a value and 500 KB a store. */
export class PropertiesImpl {
  constructor(
    private readonly _ctx: FakeContext,
    private readonly _store: Map<string, string>,
  ) {}

  private _checkQuota(changes: Map<string, string>, replaceAll: boolean): void {
    let total = 0;
    const merged = new Map(replaceAll ? [] : this._store);
    for (const [k, v] of changes) merged.set(k, v);
    for (const [k, v] of merged) total += Buffer.byteLength(k + v, 'utf8');
    if (total > MAX_PROPERTY_STORE_BYTES) {
      throw this._ctx.error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
  }

  private _entry(key: unknown, value: unknown, method: string): [string, string] {
    if (key === null || key === undefined || value === null || value === undefined) {
      throw this._ctx.badArgs(`PropertiesService.Properties.${method}`, [key, value]);
    }
    const v = String(value);
    if (Buffer.byteLength(v, 'utf8') > MAX_PROPERTY_VALUE_BYTES)
      throw this._ctx.error('Argument too large: value');
    return [String(key), v];
  }

  getProperty(key: unknown): string | null {
    return this._store.get(String(key)) ?? null;
  }
  getProperties(): Record<string, string> {
    return this._ctx.object(Object.fromEntries(this._store));
  }
  getKeys(): string[] {
    return this._ctx.array([...this._store.keys()]);
  }
  setProperty(key: unknown, value: unknown): this {
    const [k, v] = this._entry(key, value, 'setProperty');
    this._checkQuota(new Map([[k, v]]), false);
    this._store.set(k, v);
    return this;
  }
  /** Overloads: setProperties(properties), setProperties(properties, deleteAllOthers). */
  setProperties(properties: unknown, deleteAllOthers?: boolean): this {
    if (typeof properties !== 'object' || properties === null) {
      throw this._ctx.badArgs('PropertiesService.Properties.setProperties', [properties]);
    }
    const changes = new Map(Object.entries(properties).map(([k, v]) => this._entry(k, v, 'setProperties')));
    this._checkQuota(changes, Boolean(deleteAllOthers));
    if (deleteAllOthers) this._store.clear();
    for (const [k, v] of changes) this._store.set(k, v);
    return this;
  }
  deleteProperty(key: unknown): this {
    this._store.delete(String(key));
    return this;
  }
  deleteAllProperties(): this {
    this._store.clear();
    return this;
  }
  toString(): string {
    return 'Properties';
  }
}

export class PropertiesServiceImpl {
  constructor(
    private readonly _ctx: FakeContext,
    private readonly _stores: Record<LockKind, Map<string, string>>,
  ) {}
  getDocumentProperties(): PropertiesImpl {
    return this._ctx.wrap(new PropertiesImpl(this._ctx, this._stores.document), 'Properties');
  }
  getScriptProperties(): PropertiesImpl {
    return this._ctx.wrap(new PropertiesImpl(this._ctx, this._stores.script), 'Properties');
  }
  getUserProperties(): PropertiesImpl {
    return this._ctx.wrap(new PropertiesImpl(this._ctx, this._stores.user), 'Properties');
  }
}
