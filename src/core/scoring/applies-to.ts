/**
 * The criteria column Applies to (Áp dụng cho): the groups of units a criterion is for. A leaf that does not apply
 * to a unit's group is not applicable for that unit; a unit without a group gets only the leaves for every unit.
 */
import { cellText, isBlank } from '../basics/cells';
import type { AppliesTo, CodedRow, CriteriaSet } from './criteria';
import { inheritDown } from '../sheets/criteria-inherit';
import { foldKey } from '../basics/text';

/** The group names of an Applies to cell, separated by `;` or `,` and matched as headers are; null when none. */
function readGroupNames(text: string): AppliesTo {
  const names = text
    .split(/[;,]/)
    .map((name) => foldKey(name))
    .filter((name) => name !== '');
  return names.length === 0 ? null : names;
}

/** Each code's groups: its own Applies to cell, else its nearest ancestor's, else every unit. */
export function readAppliesTo(rows: readonly CodedRow[], column: number | undefined): Map<string, AppliesTo> {
  const cells = new Map(
    rows.map((raw) => [raw.code, column === undefined ? null : (raw.cells[column] ?? null)]),
  );
  return inheritDown<AppliesTo>(
    rows.map((raw) => raw.code),
    (code) => {
      const cell = cells.get(code) ?? null;
      return isBlank(cell) ? undefined : (readGroupNames(cellText(cell)) ?? undefined);
    },
    null,
  );
}

/** The key of a unit's group for matching Applies to; '' for a unit without a group. */
function groupKey(group: string | null): string {
  return group === null ? '' : foldKey(group);
}

/**
 * Which of the set's leaves apply to units of `group`: 1 where the leaf applies, 0 where it does not; null when
 * every leaf applies (a set without Applies to). Worked out once per criteria set and group.
 */
export function applicableLeaves(set: CriteriaSet, group: string | null | undefined): Uint8Array | null {
  if (!set.hasAppliesTo) return null;
  const key = groupKey(group ?? null);
  let mask = set.masks.get(key);
  if (mask === undefined) {
    mask = new Uint8Array(set.leaves.length);
    set.leaves.forEach((leaf, i) => {
      (mask as Uint8Array)[i] = leaf.appliesTo === null || leaf.appliesTo.includes(key) ? 1 : 0;
    });
    set.masks.set(key, mask);
  }
  return mask;
}
