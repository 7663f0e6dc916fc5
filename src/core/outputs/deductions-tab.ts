/** The deductions tab (Trừ điểm): one row per flag, the list each unit must explain and fix. */
import type { Cell, LeafResult, UnitResult, WorkbookResult } from '../types';
import { FLAG_LABELS } from './labels';
import { rowOf, tabColumn, type ColumnDescriptor, type Tab, type TabColumn } from './tab';

export const DEDUCTION_COLUMNS = {
  unit: { header: { vi: 'Đơn vị', en: 'Unit' }, format: 'text', width: 24, wrap: true },
  code: { header: { vi: 'Mã', en: 'Code' }, format: 'text', width: 8 },
  criterion: { header: { vi: 'Tiêu chí', en: 'Criterion' }, format: 'text', width: 40, wrap: true },
  kind: { header: { vi: 'Loại', en: 'Kind' }, format: 'text', width: 20, wrap: true },
  max: { header: { vi: 'Điểm tối đa', en: 'Max' }, format: 'points', width: 9 },
  self: { header: { vi: 'Tự chấm', en: 'Self' }, format: 'points', width: 9 },
  appraised: { header: { vi: 'Thẩm định', en: 'Appraised' }, format: 'points', width: 9 },
  final: { header: { vi: 'Điểm', en: 'Final' }, format: 'points', width: 9 },
  amount: { header: { vi: 'Số điểm', en: 'Amount' }, format: 'points', width: 9 },
  note: { header: { vi: 'Ý kiến thẩm định', en: 'Appraisal note' }, format: 'text', width: 40, wrap: true },
} satisfies Record<string, ColumnDescriptor>;

export type DeductionKey = keyof typeof DEDUCTION_COLUMNS;

export interface DeductionsTab extends Tab<DeductionKey> {
  /** The unit and leaf of each data row, for marking rows in unit sheets. */
  sources: { unit: UnitResult; leaf: LeafResult }[];
}

export function buildDeductionsTab(result: WorkbookResult): DeductionsTab {
  const language = result.language;
  const columns: TabColumn<DeductionKey>[] = (Object.keys(DEDUCTION_COLUMNS) as DeductionKey[]).map((key) =>
    tabColumn(key, DEDUCTION_COLUMNS[key], language),
  );
  const rows: Cell[][] = [];
  const sources: DeductionsTab['sources'] = [];
  for (const unit of result.units) {
    for (const leaf of unit.leaves) {
      for (const flag of leaf.flags) {
        rows.push(
          rowOf(columns, {
            unit: unit.unit,
            code: leaf.code,
            criterion: leaf.name,
            kind: FLAG_LABELS[flag.kind][language],
            max: leaf.max,
            self: leaf.self,
            appraised: leaf.appraised,
            final: leaf.applicable ? leaf.final : null,
            amount: flag.amount,
            note: leaf.note,
          }),
        );
        sources.push({ unit, leaf });
      }
    }
  }
  return { name: result.deductionsSheet, columns, rows, sources };
}
