/** Which units a report is asked for: a unit by name, matched as unit names are (case, accents and spaces aside). */
import { nearNames } from '../sheets/near-names';
import { foldKey } from '../basics/text';
import type { UnitResult, WorkbookResult } from '../types';

type UnitChoice = { ok: true; unit: UnitResult } | { ok: false; near: string[] };

/** The unit named `name`, or the names that look like it (nearNames). */
export function findUnit(result: WorkbookResult, name: string): UnitChoice {
  const key = foldKey(name);
  const unit = result.units.find((candidate) => foldKey(candidate.unit) === key);
  if (unit) return { ok: true, unit };
  return {
    ok: false,
    near: nearNames(
      name,
      result.units.map((candidate) => candidate.unit),
    ),
  };
}
