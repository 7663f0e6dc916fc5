/** SIPAS ranks and field ranks, among the units that have a rank, with the index's tie rule. */
import { assignRanks } from './ranking';
import type { UnitResult } from '../types';

/** Units of one group share a key; a unit without a group is in the one group without a name. */
function groupKey(unit: UnitResult): string {
  return unit.group === null ? '' : `=${unit.group}`;
}

function byKey(units: readonly UnitResult[], key: (unit: UnitResult) => string): Map<string, UnitResult[]> {
  const groups = new Map<string, UnitResult[]>();
  for (const unit of units) {
    if (unit.rank === null) continue;
    const k = key(unit);
    const list = groups.get(k) ?? [];
    list.push(unit);
    groups.set(k, list);
  }
  return groups;
}

/** Within each group: the units with a rank and a SIPAS value, highest SIPAS first. */
export function rankSipas(units: readonly UnitResult[]): void {
  for (const list of byKey(units, groupKey).values()) {
    const withSipas = list.filter((unit) => unit.sipas !== null);
    assignRanks(
      withSipas.map((unit) => ({ name: unit.unit, index: unit.sipas as number, unit })),
      (item, rank) => (item.unit.sipasRank = rank),
    );
  }
}

/** Within each group and criteria set: each field's index ranks the units with a rank whose field max is above 0. */
export function rankFields(units: readonly UnitResult[]): void {
  const groups = byKey(units, (unit) => `${groupKey(unit)}\u0000${unit.criteriaSheet}`);
  for (const list of groups.values()) {
    // One pass over the units: each field's entries in unit order, as ranking them one code at a time would list them.
    const byCode = new Map<string, { name: string; index: number; field: UnitResult['fields'][number] }[]>();
    for (const unit of list) {
      for (const field of unit.fields) {
        if (!(field.max > 0) || field.index === null) continue;
        let entries = byCode.get(field.code);
        if (!entries) byCode.set(field.code, (entries = []));
        entries.push({ name: unit.unit, index: field.index, field });
      }
    }
    for (const entries of byCode.values()) assignRanks(entries, (item, rank) => (item.field.rank = rank));
  }
}
