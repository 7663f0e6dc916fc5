/**
 * A criteria set as the criteria sheet's reader gives it, and the parts the readers of its columns share: types only,
 * so that each reader (applies-to.ts, none-arose.ts, caps.ts) and the scoring read them without importing the reader
 * of the whole sheet.
 */
import type { ScoredLeaf } from '../rules/apply-rule';
import type { Rule } from '../rules/rule';
import type { Cell, ParError } from '../types';

/** The folded group names a criterion applies to, or null for every unit. */
export type AppliesTo = readonly string[] | null;

/** What a unit gets when nothing arose: full marks, or not applicable. */
export type NoneArosePolicy = 'max' | 'n/a';

export interface Criterion extends ScoredLeaf {
  name: string;
  parent: string | null;
  /** 0-based row in the criteria sheet. */
  row: number;
  isLeaf: boolean;
  rule: Rule;
  evidenceRequired: boolean;
  field: string;
  /** Position in the set's `criteria`, and in its `leaves` (-1 for a parent). */
  position: number;
  leaf: number;
  /** The folded group names it applies to (Applies to, own or inherited); null for every unit. */
  appliesTo: AppliesTo;
  /** What a unit gets when nothing arose (If none arose, own or inherited); null where blank. */
  noneArose: NoneArosePolicy | null;
  /** An Of of 0 means nothing arose: the policy is set and the rule is a ratio, bands or a formula using `of`. */
  zeroOfNoneArose: boolean;
}

export interface CriteriaSet {
  sheet: string;
  /** In sheet order. */
  criteria: Criterion[];
  byCode: Map<string, Criterion>;
  leaves: Criterion[];
  /** Top-level codes, in sheet order. */
  fields: Criterion[];
  /** For each leaf, the position of its field in `fields`. */
  leafField: number[];
  /** Whether any criterion has an Applies to; the leaves applicable to each group, by folded group name. */
  hasAppliesTo: boolean;
  masks: Map<string, Uint8Array | null>;
  /** The capped bonus and penalty parents, inner caps first. */
  caps: Cap[];
  errors: ParError[];
  warnings: ParError[];
}

/** A coded row of the sheet. */
export interface CodedRow {
  code: string;
  /** 0-based row in the sheet. */
  row: number;
  cells: readonly Cell[];
}

export interface Cap {
  parent: Criterion;
  type: 'bonus' | 'penalty';
  /** Positions in the set's leaves of the leaves below the parent of its type. */
  leaves: number[];
  /** Positions in the set's caps of the caps of its type below it, at any depth (they come first). */
  inner: number[];
  /** Position of its field in the set's fields. */
  field: number;
}
