/**
 * The analysis (Phân tích): per group and criteria set, each leaf's losses over the units without errors, most
 * points lost first — the criteria "nhiều đơn vị bị mất điểm" of the province's annual report.
 */
import { TOLERANCE } from '../basics/numbers';
import type { AnalysisRow, UnitResult } from '../types';

/** A row being summed, with Σ final and Σ Max for the attainment and its place in criteria order. */
type Tally = AnalysisRow & { order: number; finals: number; maxima: number };

function byLossThenOrder(a: Tally, b: Tally): number {
  const amount = b.amount - a.amount;
  return Math.abs(amount) > TOLERANCE ? amount : b.lost - a.lost || a.order - b.order;
}

/** The analysis rows of the contract, in its order: groups and criteria sets by their first unit without errors. */
export function analyse(units: readonly UnitResult[]): AnalysisRow[] {
  const groups = new Map<string | null, Map<string, Tally[]>>();
  for (const unit of units) {
    if (unit.status === 'error') continue;
    let sets = groups.get(unit.group);
    if (!sets) groups.set(unit.group, (sets = new Map()));
    const leaves = unit.leaves;
    let tallies = sets.get(unit.criteriaSheet);
    if (!tallies) {
      tallies = leaves.map(({ code, name, type, max }, order) => ({
        ...{ group: unit.group, criteria: unit.criteriaSheet, code, name, type, max },
        ...{ units: 0, lost: 0, penalised: 0, amount: 0, attainment: null, order, finals: 0, maxima: 0 },
      }));
      sets.set(unit.criteriaSheet, tallies);
    }
    leaves.forEach((leaf, i) => {
      if (!leaf.applicable) return;
      const tally = tallies[i] as Tally;
      tally.units++;
      tally.finals += leaf.final ?? 0;
      tally.maxima += leaf.max;
      for (const flag of leaf.flags) {
        if (flag.kind === 'lost') tally.lost++;
        else if (flag.kind === 'penalty') tally.penalised++;
        else continue;
        tally.amount += flag.amount;
      }
    });
  }
  return [...groups.values()].flatMap((sets) =>
    [...sets.values()].flatMap((tallies) =>
      tallies
        .filter((tally) => tally.units > 0)
        .sort(byLossThenOrder)
        .map((t): AnalysisRow => {
          const attainment = t.type === 'score' && t.maxima > 0 ? t.finals / t.maxima : null;
          const { group, criteria, code, name, type, max, units, lost, penalised, amount } = t;
          return { group, criteria, code, name, type, max, units, lost, penalised, amount, attainment };
        }),
    ),
  );
}
