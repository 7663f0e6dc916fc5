/** The deductions tab's property: each unit's total line equals Σ (Max − final) over its score leaves plus its penalties. */
import { buildDeductionsTab } from '../../src/core/outputs/deductions-tab';
import { columnIndex } from '../../src/core/outputs/tab';
import type { WorkbookResult } from '../../src/core/types';

export function expectTotalsAddUp(result: WorkbookResult): void {
  const tab = buildDeductionsTab(result);
  const unitColumn = columnIndex(tab, 'unit');
  const lostColumn = columnIndex(tab, 'lost');
  const totals = new Map(
    tab.totals.map((r) => [tab.rows[r]?.[unitColumn], tab.rows[r]?.[lostColumn] as number]),
  );
  for (const unit of result.units) {
    let expected = 0;
    for (const leaf of unit.leaves) {
      if (!leaf.applicable) continue;
      if (leaf.type === 'score') expected += leaf.max - (leaf.final as number);
      if (leaf.type === 'penalty') expected -= leaf.final as number;
    }
    expect(totals.get(unit.unit) ?? 0).toBeCloseTo(expected, 9);
    // and the total is the sum of the unit's rows above it
    const rows = tab.rows.filter((row, r) => row[unitColumn] === unit.unit && !tab.totals.includes(r));
    expect(rows.reduce((sum, row) => sum + (row[lostColumn] as number), 0)).toBeCloseTo(
      totals.get(unit.unit) ?? 0,
      9,
    );
  }
}
