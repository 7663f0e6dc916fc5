/**
 * Every leaf's outcome for one unit, kept as numbers in a Float64Array rather than an object per leaf: a
 * province of 10,000 units × 100 criteria would otherwise keep a million objects (and their boxed numbers)
 * alive, and the garbage collector would copy them over and over. LeafResult and Flag objects are made only
 * when someone reads them (the tabs, the JSON, the marks).
 */
import type { Criterion } from './criteria-sheet';
import type { Flag, FlagKind, LeafResult } from './types';

const FLAG_KINDS: readonly FlagKind[] = [
  'missing',
  'survey-missing',
  'not-scored',
  'lost',
  'penalty',
  'appraisal-cut',
  'overclaim',
  'no-evidence',
];
const KIND_CODES = new Map(FLAG_KINDS.map((kind, i) => [kind, i]));

/** The numbers kept per leaf (NaN stands for "none"): computed, self as typed, appraised and final points, */
export const COMPUTED = 0;
export const SELF = 1;
export const APPRAISED = 2;
export const FINAL = 3;
/** the 0-based row in the unit sheet (NaN where the sheet has none), */
export const ROW = 4;
/** and 0 where the leaf is not applicable to the unit (NaN where it applies). */
export const APPLICABLE = 5;
type Slot = typeof COMPUTED | typeof SELF | typeof APPRAISED | typeof FINAL | typeof ROW | typeof APPLICABLE;
const SLOTS = 6;
const CHUNK = 1 << 20;

/**
 * Hands out slices of large Float64Arrays, so scoring many units allocates a few buffers, not one per unit.
 * Flags go to one growing store as triples (leaf, kind code, amount); units are scored one after another, so
 * each unit's flags are one run of it.
 */
export class LeafArena {
  private buffer = new Float64Array(0);
  private used = 0;
  flagStore = new Float64Array(3 * 1024);
  flagLength = 0;

  pushFlag(leaf: number, kind: number, amount: number): void {
    if (this.flagLength + 3 > this.flagStore.length) {
      const grown = new Float64Array(this.flagStore.length * 2);
      grown.set(this.flagStore);
      this.flagStore = grown;
    }
    this.flagStore[this.flagLength++] = leaf;
    this.flagStore[this.flagLength++] = kind;
    this.flagStore[this.flagLength++] = amount;
  }

  take(leaves: number): { buffer: Float64Array; offset: number } {
    const size = leaves * SLOTS;
    if (this.used + size > this.buffer.length) {
      // Filled with NaN ("none") once per chunk, so a new table needs no filling of its own.
      this.buffer = new Float64Array(Math.max(CHUNK, size)).fill(Number.NaN);
      this.used = 0;
    }
    const offset = this.used;
    this.used += size;
    return { buffer: this.buffer, offset };
  }
}

function orNull(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}

export class LeafTable {
  private readonly buffer: Float64Array;
  private readonly offset: number;
  private notes: Map<number, string> | undefined;
  private readonly arena: LeafArena;
  private readonly flagStart: number;
  private flagEnd: number;
  private flagObjects: Flag[] | undefined;

  constructor(
    readonly criteria: readonly Criterion[],
    arena: LeafArena = new LeafArena(),
  ) {
    const slice = arena.take(criteria.length);
    this.buffer = slice.buffer;
    this.offset = slice.offset;
    this.arena = arena;
    this.flagStart = arena.flagLength;
    this.flagEnd = arena.flagLength;
  }

  get(leaf: number, slot: Slot): number {
    return this.buffer[this.offset + leaf * SLOTS + slot] as number;
  }

  set(leaf: number, slot: Slot, value: number): void {
    this.buffer[this.offset + leaf * SLOTS + slot] = value;
  }

  applies(leaf: number): boolean {
    return this.get(leaf, APPLICABLE) !== 0;
  }

  note(leaf: number, text: string): void {
    (this.notes ??= new Map()).set(leaf, text);
  }

  /** Adds a flag to the leaf; only the table being scored last may add (its flags are the arena's newest). */
  flag(leaf: number, kind: FlagKind, amount: number): void {
    this.arena.pushFlag(leaf, KIND_CODES.get(kind) as number, amount);
    this.flagEnd = this.arena.flagLength;
  }

  /** The flags as triples (leaf, kind code, amount), read from the arena's current store. */
  private flagData(): Float64Array {
    return this.arena.flagStore.subarray(this.flagStart, this.flagEnd);
  }

  /** The unit's flags in criteria order, then in the order of the contract's table within a leaf. */
  flags(): Flag[] {
    if (!this.flagObjects) {
      const flags: Flag[] = [];
      const data = this.flagData();
      for (let i = 0; i < data.length; i += 3) {
        flags.push({
          code: (this.criteria[data[i] as number] as Criterion).code,
          kind: FLAG_KINDS[data[i + 1] as number] as FlagKind,
          amount: data[i + 2] as number,
        });
      }
      this.flagObjects = flags;
    }
    return this.flagObjects;
  }

  /** One LeafResult per leaf; each leaf's flags are the same objects as in flags(). */
  results(): LeafResult[] {
    const flags = this.flags();
    const byLeaf: Flag[][] = this.criteria.map(() => []);
    const data = this.flagData();
    flags.forEach((flag, i) => (byLeaf[data[3 * i] as number] as Flag[]).push(flag));
    return this.criteria.map((criterion, i) => {
      const row = this.get(i, ROW);
      const computed = orNull(this.get(i, COMPUTED));
      const selfTyped = orNull(this.get(i, SELF));
      return {
        code: criterion.code,
        name: criterion.name,
        type: criterion.type,
        max: criterion.max,
        applicable: this.applies(i),
        computed,
        self: selfTyped ?? computed,
        selfTyped,
        appraised: orNull(this.get(i, APPRAISED)),
        final: orNull(this.get(i, FINAL)),
        note: this.notes?.get(i) ?? '',
        row: Number.isNaN(row) ? null : row,
        flags: byLeaf[i] as Flag[],
      };
    });
  }
}
