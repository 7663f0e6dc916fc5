/** The deductions tab (Trừ điểm): one row per flag, the list each unit must explain and fix. */
import type { Cell, LeafResult, UnitResult, WorkbookResult } from '../types';
import { DEDUCTION_HEADERS, FLAG_LABELS } from './labels';
import type { Tab, TabColumn } from './tab';

export interface DeductionsTab extends Tab {
  /** The unit and leaf of each data row, for marking rows in unit sheets. */
  sources: { unit: UnitResult; leaf: LeafResult }[];
}

export function buildDeductionsTab(result: WorkbookResult): DeductionsTab {
  const language = result.language;
  const h = (key: keyof typeof DEDUCTION_HEADERS): string => DEDUCTION_HEADERS[key][language];
  const columns: TabColumn[] = [
    { header: h('unit'), format: 'text' },
    { header: h('code'), format: 'text' },
    { header: h('criterion'), format: 'text' },
    { header: h('kind'), format: 'text' },
    { header: h('max'), format: 'points' },
    { header: h('self'), format: 'points' },
    { header: h('appraised'), format: 'points' },
    { header: h('final'), format: 'points' },
    { header: h('amount'), format: 'points' },
    { header: h('note'), format: 'text' },
  ];
  const rows: Cell[][] = [];
  const sources: DeductionsTab['sources'] = [];
  for (const unit of result.units) {
    for (const leaf of unit.leaves) {
      for (const flag of leaf.flags) {
        rows.push([
          unit.unit,
          leaf.code,
          leaf.name,
          FLAG_LABELS[flag.kind][language],
          leaf.max,
          leaf.self,
          leaf.appraised,
          leaf.applicable ? leaf.final : null,
          flag.amount,
          leaf.note,
        ]);
        sources.push({ unit, leaf });
      }
    }
  }
  return { name: result.deductionsSheet, columns, rows, sources };
}
