/**
 * Every leaf's outcome for one unit, kept as numbers in a large array of doubles rather than an object per leaf:
 * a province of 10,000 units × 100 criteria would otherwise keep a million objects (and their boxed numbers)
 * alive, and the garbage collector would copy them over and over. LeafResult and Flag objects are made only
 * when someone reads them (the tabs, the JSON, the marks).
 *
 * The arrays are plain JS arrays (V8 keeps their doubles unboxed on its own heap), not Float64Arrays: a typed
 * array's memory is external to the heap, and 48 MB of it per run at 1 M rows made V8 start a full collection of
 * the whole heap, input workbook included, on every run ("external memory pressure").
 */
import type { Criterion } from './criteria';
import type { CapResult, Flag, FlagKind, LeafResult } from '../types';

/** Each flag kind's code in the flag stores: a kind left out of this table does not compile. */
const KIND_CODES: Record<FlagKind, number> = {
  missing: 0,
  'survey-missing': 1,
  'not-scored': 2,
  lost: 3,
  penalty: 4,
  'appraisal-cut': 5,
  overclaim: 6,
  'no-evidence': 7,
  cap: 8,
};
const FLAG_KINDS = (Object.keys(KIND_CODES) as FlagKind[]).sort((a, b) => KIND_CODES[a] - KIND_CODES[b]);
const CAP = KIND_CODES.cap;

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
/** Doubles per leaf buffer at most, 64 MB: 10,000 units × 100 leaves fit in one. */
const CHUNK = 1 << 23;
/** Doubles per flag store: 65,536 flags (a leaf has at most one flag of each kind). */
const FLAG_CHUNK = 3 * (1 << 16);

/**
 * `length` copies of `value` in an array V8 keeps as unboxed doubles. Made from an array of one double and then
 * lengthened, as `new Array(length).fill(value)` would first make an array of holes and then a second, double one.
 */
function doubles(length: number, value: number): number[] {
  const array = [0.5];
  array.length = length;
  return array.fill(value);
}

/**
 * Hands out slices of large arrays of doubles, so scoring many units allocates a few buffers, not one per unit.
 * Flags go to flag stores as triples (leaf, kind code, amount); units are scored one after another, so each
 * unit's flags are one run of the store that was current when its table was made. A table starts a new store
 * when the current one could not hold every flag it might get, so no store is ever copied to grow.
 */
export class LeafArena {
  private buffer: number[] = [];
  private used = 0;
  flagStore: number[] = [];
  flagLength = 0;
  /** Tables still expected: a new buffer is sized for all of them (up to a chunk), so one unit alone gets a small one. */
  private tablesLeft: number;

  constructor(tables = 1) {
    this.tablesLeft = tables;
  }

  pushFlag(leaf: number, kind: number, amount: number): void {
    const store = this.flagStore;
    store[this.flagLength++] = leaf;
    store[this.flagLength++] = kind;
    store[this.flagLength++] = amount;
  }

  /** A slice of the leaf buffer for a table of `leaves` leaves, and room in the flag store for its flags and `caps` caps'. */
  take(leaves: number, caps = 0): { buffer: number[]; offset: number } {
    const tables = Math.max(1, this.tablesLeft--);
    const room = 3 * (FLAG_KINDS.length * leaves + caps);
    if (this.flagLength + room > this.flagStore.length) {
      this.flagStore = doubles(Math.max(room, Math.min(FLAG_CHUNK, room * tables)), 0);
      this.flagLength = 0;
    }
    const size = leaves * SLOTS;
    if (this.used + size > this.buffer.length) {
      // Filled with NaN ("none") once per buffer, so a new table needs no filling of its own.
      this.buffer = doubles(Math.max(size, Math.min(CHUNK, size * tables)), Number.NaN);
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
  private readonly buffer: number[];
  private readonly offset: number;
  private notes: Map<number, string> | undefined;
  private explanations: Map<number, string> | undefined;
  private readonly arena: LeafArena;
  /** The arena's flag store this table's flags are in, from flagStart to flagEnd. */
  private readonly flagStore: number[];
  private readonly flagStart: number;
  private flagEnd: number;
  private flagObjects: Flag[] | undefined;

  constructor(
    readonly criteria: readonly Criterion[],
    arena: LeafArena = new LeafArena(),
    /** The capped parents whose `cap` flags the table may hold (caps.ts). */
    readonly caps: readonly { parent: Criterion }[] = [],
  ) {
    const slice = arena.take(criteria.length, caps.length);
    this.buffer = slice.buffer;
    this.offset = slice.offset;
    this.arena = arena;
    this.flagStore = arena.flagStore;
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

  explanation(leaf: number, text: string): void {
    (this.explanations ??= new Map()).set(leaf, text);
  }

  /** Adds a flag to the leaf; only the table made last may add (its flags are the arena's newest). */
  flag(leaf: number, kind: FlagKind, amount: number): void {
    this.arena.pushFlag(leaf, KIND_CODES[kind], amount);
    this.flagEnd = this.arena.flagLength;
  }

  /** A `cap` flag on cap `cap` of the table's caps; stored after the leaves' flags, as if on leaf count + cap. */
  capFlag(cap: number, amount: number): void {
    this.arena.pushFlag(this.criteria.length + cap, CAP, amount);
    this.flagEnd = this.arena.flagLength;
  }

  /** Calls `each` with the position in the table's caps and the amount of every `cap` flag. */
  forEachCap(each: (cap: number, amount: number) => void): void {
    const data = this.flagStore;
    for (let i = this.flagStart; i < this.flagEnd; i += 3)
      if (data[i + 1] === CAP) each((data[i] as number) - this.criteria.length, data[i + 2] as number);
  }

  /** The criterion a stored flag is on: a leaf, or a capped parent after the leaves. */
  private flagged(at: number): Criterion {
    const leaves = this.criteria.length;
    return at < leaves
      ? (this.criteria[at] as Criterion)
      : (this.caps[at - leaves] as { parent: Criterion }).parent;
  }

  /**
   * The unit's flags: the leaves' in criteria order, in the order of the contract's table within a leaf, then
   * the caps', inner caps first.
   */
  flags(): Flag[] {
    if (!this.flagObjects) {
      const flags: Flag[] = [];
      // Triples (leaf, kind code, amount) in the arena's store.
      const data = this.flagStore;
      for (let i = this.flagStart; i < this.flagEnd; i += 3) {
        flags.push({
          code: this.flagged(data[i] as number).code,
          kind: FLAG_KINDS[data[i + 1] as number] as FlagKind,
          amount: data[i + 2] as number,
        });
      }
      this.flagObjects = flags;
    }
    return this.flagObjects;
  }

  /** The caps that changed a sum, inner caps first; each flag is the same object as in flags(). */
  capResults(): CapResult[] {
    const data = this.flagStore;
    const caps: CapResult[] = [];
    this.flags().forEach((flag, i) => {
      const at = data[this.flagStart + 3 * i] as number;
      if (at < this.criteria.length) return;
      const { code, name, type, max } = this.flagged(at);
      caps.push({ code, name, type: type as CapResult['type'], max, flag });
    });
    return caps;
  }

  /** One LeafResult per leaf; each leaf's flags are the same objects as in flags(). */
  results(): LeafResult[] {
    const flags = this.flags();
    const byLeaf: Flag[][] = this.criteria.map(() => []);
    const data = this.flagStore;
    flags.forEach((flag, i) => byLeaf[data[this.flagStart + 3 * i] as number]?.push(flag));
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
        explanation: this.explanations?.get(i) ?? '',
        row: Number.isNaN(row) ? null : row,
        flags: byLeaf[i] as Flag[],
      };
    });
  }
}
