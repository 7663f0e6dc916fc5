/** Which units a report is asked for: a unit by name, matched as unit names are (case, accents and spaces aside). */
import { resemblance } from '../headers';
import { foldKey } from '../text';
import type { UnitResult, WorkbookResult } from '../types';

/** How many near names a message lists. */
const NEAR_NAMES = 5;

export type UnitChoice = { ok: true; unit: UnitResult } | { ok: false; near: string[] };

/**
 * The unit named `name`, or the names that look like it: those that contain it or that it contains, and those
 * within a small edit distance or with the same words in another order, closest first.
 */
export function findUnit(result: WorkbookResult, name: string): UnitChoice {
  const key = foldKey(name);
  const unit = result.units.find((candidate) => foldKey(candidate.unit) === key);
  if (unit) return { ok: true, unit };
  const near = result.units
    .map((candidate) => {
      const other = foldKey(candidate.unit);
      const closeness = other.includes(key) || key.includes(other) ? 0 : resemblance(key, other);
      return { name: candidate.unit, closeness };
    })
    .filter((candidate) => candidate.closeness !== null && key.length > 0)
    .sort((a, b) => (a.closeness as number) - (b.closeness as number))
    .slice(0, NEAR_NAMES)
    .map((candidate) => candidate.name);
  return { ok: false, near };
}
