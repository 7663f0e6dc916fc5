/** Ranking within groups: unrounded index, highest first; equal indexes share a rank and the next skips. */
import { compareVietnamese } from '../basics/collation';
import { TOLERANCE } from '../basics/numbers';
import type { UnitResult, WorkbookResult } from '../types';

interface Rankable {
  name: string;
  index: number;
}

/**
 * Gives each of `items` its competition rank (1, 2, 2, 4), highest index first, in no particular order among
 * equals: for callers that only keep the ranks, without rankGroup's ordering of ties by name.
 */
export function assignRanks<T extends Rankable>(
  items: readonly T[],
  assign: (item: T, rank: number) => void,
): void {
  const sorted = [...items].sort((a, b) => b.index - a.index);
  let leader = Number.NaN;
  let rank = 0;
  for (let position = 0; position < sorted.length; position++) {
    const item = sorted[position] as T;
    if (!(Math.abs(leader - item.index) <= TOLERANCE)) {
      leader = item.index;
      rank = position + 1;
    }
    assign(item, rank);
  }
}

/** Competition ranks (1, 2, 2, 4) of `items`, and the order to list them: by rank, ties by Vietnamese collation. */
export function rankGroup<T extends Rankable>(items: readonly T[]): { item: T; rank: number }[] {
  const ranked: { item: T; rank: number }[] = [];
  assignRanks(items, (item, rank) => ranked.push({ item, rank }));
  return ranked.sort((a, b) => a.rank - b.rank || compareVietnamese(a.item.name, b.item.name));
}

/** Competition ranks of plain indexes, within the group of each (PAR_RANK); null where there is no index. */
export function competitionRanks(
  indexes: readonly (number | null)[],
  groups?: readonly string[],
): (number | null)[] {
  const byGroup = new Map<string, { name: string; index: number; at: number }[]>();
  indexes.forEach((index, at) => {
    if (index === null) return;
    const group = groups?.[at] ?? '';
    const list = byGroup.get(group) ?? [];
    list.push({ name: String(at).padStart(9, '0'), index, at });
    byGroup.set(group, list);
  });
  const ranks: (number | null)[] = indexes.map(() => null);
  for (const list of byGroup.values()) for (const { item, rank } of rankGroup(list)) ranks[item.at] = rank;
  return ranks;
}

/** The ranking's order, as the ranking tab, the table and the sidebar show it: per group (in order of first appearance), ranked by rank, then the rest. */
export function rankingOrder(result: WorkbookResult): { group: string | null; units: UnitResult[] }[] {
  const groups = new Map<string | null, UnitResult[]>();
  for (const unit of result.units) {
    const list = groups.get(unit.group) ?? [];
    list.push(unit);
    groups.set(unit.group, list);
  }
  return [...groups].map(([group, units]) => {
    const ranked = units.filter((unit) => unit.rank !== null);
    const rest = units.filter((unit) => unit.rank === null);
    ranked.sort((a, b) => (a.rank as number) - (b.rank as number) || compareVietnamese(a.unit, b.unit));
    return { group, units: [...ranked, ...rest] };
  });
}
