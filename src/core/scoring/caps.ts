/**
 * Capped bonus and penalty (WORKBOOK.md, "Caps"): a bonus or penalty parent whose Max is below Σ Max of its leaves
 * of its type counts their Σ final at most Max (bonus) or at least −Max (penalty). The points cut are one `cap`
 * flag on the parent; inner caps are applied first, and an outer cap sums its leaves after them.
 */
import type { Cap, Criterion } from './criteria';
import { FINAL, type LeafTable } from './leaf-table';
import { TOLERANCE } from '../basics/numbers';

function depth(code: string): number {
  let dots = 0;
  for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) === 46) dots++;
  return dots;
}

const isBelow = (code: string, parent: string): boolean => code.startsWith(parent + '.');

/** The set's capped parents, deepest first (so inner caps come before the caps around them). */
export function findCaps(
  criteria: readonly Criterion[],
  leaves: readonly Criterion[],
  fieldOf: (code: string) => number,
): Cap[] {
  const caps: Cap[] = [];
  for (const parent of criteria) {
    const type = parent.type;
    if (parent.isLeaf || type === 'score') continue;
    const below: number[] = [];
    let sum = 0;
    leaves.forEach((leaf, i) => {
      if (leaf.type !== type || !isBelow(leaf.code, parent.code)) return;
      below.push(i);
      sum += leaf.max;
    });
    if (parent.max < sum - TOLERANCE)
      caps.push({ parent, type, leaves: below, inner: [], field: fieldOf(parent.field) });
  }
  caps.sort((a, b) => depth(b.parent.code) - depth(a.parent.code) || a.parent.position - b.parent.position);
  caps.forEach((cap, c) => {
    caps.forEach((other, k) => {
      if (k !== c && other.type === cap.type && isBelow(other.parent.code, cap.parent.code))
        cap.inner.push(k);
    });
  });
  return caps;
}

/** Each cap's cut for the unit being capped, reused from unit to unit. */
let cuts = new Float64Array(16);

/**
 * Applies the set's caps to a unit's finals, inner caps first, flagging each cap that changed a sum on the table;
 * gives the total of the cuts (negative under bonus caps, positive under penalty caps).
 */
export function applyCaps(caps: readonly Cap[], table: LeafTable): number {
  if (caps.length === 0) return 0;
  if (cuts.length < caps.length) cuts = new Float64Array(caps.length);
  let total = 0;
  for (let c = 0; c < caps.length; c++) {
    const cap = caps[c] as Cap;
    let sum = 0;
    for (const i of cap.leaves) if (table.applies(i)) sum += table.get(i, FINAL) || 0;
    for (const k of cap.inner) sum += cuts[k] as number;
    const max = cap.parent.max;
    const limited = cap.type === 'bonus' ? Math.min(sum, max) : Math.max(sum, -max);
    const cut = Math.abs(limited - sum) > TOLERANCE ? limited - sum : 0;
    cuts[c] = cut;
    if (cut === 0) continue;
    table.capFlag(c, cut);
    total += cut;
  }
  return total;
}
