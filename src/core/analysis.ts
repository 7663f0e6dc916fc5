/**
 * The analysis (Phân tích): per group and criteria set, each leaf's losses over the units without errors, most
 * points lost first — the criteria "nhiều đơn vị bị mất điểm" of the province's annual report.
 */
import { TOLERANCE } from './rules/rule';
import type { AnalysisRow, LeafResult, UnitResult } from './types';

interface Tally {
  row: AnalysisRow;
  /** Position in criteria order, the last tie-breaker. */
  order: number;
  finals: number;
  maxima: number;
}

function tallyOf(group: string | null, criteria: string, leaf: LeafResult, order: number): Tally {
  const row: AnalysisRow = {
    group,
    criteria,
    code: leaf.code,
    name: leaf.name,
    type: leaf.type,
    max: leaf.max,
    units: 0,
    lost: 0,
    penalised: 0,
    amount: 0,
    attainment: null,
  };
  return { row, order, finals: 0, maxima: 0 };
}

function add(tally: Tally, leaf: LeafResult): void {
  const row = tally.row;
  row.units++;
  tally.finals += leaf.final ?? 0;
  tally.maxima += leaf.max;
  for (const flag of leaf.flags) {
    if (flag.kind === 'lost') row.lost++;
    else if (flag.kind === 'penalty') row.penalised++;
    else continue;
    row.amount += flag.amount;
  }
}

function byLossThenOrder(a: Tally, b: Tally): number {
  const amount = b.row.amount - a.row.amount;
  if (Math.abs(amount) > TOLERANCE) return amount;
  return b.row.lost - a.row.lost || a.order - b.order;
}

/** The analysis rows of the contract, in its order: groups and criteria sets by their first unit without errors. */
export function analyse(units: readonly UnitResult[]): AnalysisRow[] {
  const sets = new Map<string | null, Map<string, Tally[]>>();
  for (const unit of units) {
    if (unit.status === 'error') continue;
    let group = sets.get(unit.group);
    if (!group) sets.set(unit.group, (group = new Map()));
    const leaves = unit.leaves;
    let tallies = group.get(unit.criteriaSheet);
    if (!tallies) {
      const made = leaves.map((leaf, i) => tallyOf(unit.group, unit.criteriaSheet, leaf, i));
      group.set(unit.criteriaSheet, (tallies = made));
    }
    leaves.forEach((leaf, i) => {
      if (leaf.applicable) add(tallies[i] as Tally, leaf);
    });
  }
  const rows: AnalysisRow[] = [];
  for (const group of sets.values()) {
    for (const tallies of group.values()) {
      for (const tally of tallies.filter((candidate) => candidate.row.units > 0).sort(byLossThenOrder)) {
        if (tally.row.type === 'score' && tally.maxima > 0)
          tally.row.attainment = tally.finals / tally.maxima;
        rows.push(tally.row);
      }
    }
  }
  return rows;
}
