/**
 * The deductions tab (Trừ điểm): one row per unit and leaf that carries a flag, with the points lost counted once
 * and every flag as a reason, then a line with the unit's total, so the tab adds up: a unit's total is its score
 * leaves' Max minus their points, plus its penalties.
 */
import { formatNumber } from '../display-number';
import type { Cell, Flag, FlagKind, Language, LeafResult, WorkbookResult } from '../types';
import { rowOf, tabColumn, type ColumnDescriptor, type Tab, type TabColumn } from './tab';

export const DEDUCTION_COLUMNS = {
  unit: { header: { vi: 'Đơn vị', en: 'Unit' }, format: 'text', width: 24, wrap: true },
  code: { header: { vi: 'Mã', en: 'Code' }, format: 'text', width: 8 },
  criterion: { header: { vi: 'Tiêu chí', en: 'Criterion' }, format: 'text', width: 40, wrap: true },
  max: { header: { vi: 'Điểm tối đa', en: 'Max' }, format: 'points', width: 9 },
  computed: {
    header: { vi: 'Điểm theo số liệu', en: 'Score from data' },
    format: 'points',
    width: 9,
    wrap: true,
  },
  self: { header: { vi: 'Tự chấm', en: 'Self score' }, format: 'points', width: 9, wrap: true },
  appraised: { header: { vi: 'Thẩm định', en: 'Appraised' }, format: 'points', width: 9, wrap: true },
  final: { header: { vi: 'Điểm', en: 'Final' }, format: 'points', width: 9 },
  lost: { header: { vi: 'Điểm bị mất, bị trừ', en: 'Points lost' }, format: 'points', width: 10, wrap: true },
  reasons: { header: { vi: 'Lý do', en: 'Reasons' }, format: 'text', width: 40, wrap: true },
  note: { header: { vi: 'Ý kiến thẩm định', en: 'Appraisal note' }, format: 'text', width: 40, wrap: true },
} satisfies Record<string, ColumnDescriptor>;

export type DeductionKey = keyof typeof DEDUCTION_COLUMNS;

/** Each flag as a reason; an amount, where the flag has one, follows the label ("thẩm định hạ 0,5"). */
export const REASON_LABELS: Record<FlagKind, Record<Language, string>> = {
  lost: { vi: 'mất', en: 'lost' },
  penalty: { vi: 'bị trừ', en: 'penalty' },
  'appraisal-cut': { vi: 'thẩm định hạ', en: 'appraisal cut' },
  overclaim: { vi: 'tự chấm cao hơn số liệu', en: 'self score above the data by' },
  'no-evidence': { vi: 'thiếu tài liệu kiểm chứng', en: 'no evidence' },
  'not-scored': { vi: 'chưa chấm', en: 'not scored' },
  missing: { vi: 'thiếu dòng tiêu chí', en: 'row missing' },
  'survey-missing': { vi: 'thiếu số liệu điều tra', en: 'no survey data' },
};

const TOTAL_LABEL: Record<Language, string> = {
  vi: 'Tổng điểm bị mất, bị trừ',
  en: 'Total points lost',
};

export interface DeductionsTab extends Tab<DeductionKey> {
  /** 0-based data rows that hold a unit's total line, for formatting. */
  totals: number[];
}

export function reasonsText(flags: readonly Flag[], language: Language): string {
  return flags
    .map((flag) => {
      const label = REASON_LABELS[flag.kind][language];
      return flag.amount > 0 ? `${label} ${formatNumber(flag.amount, language, 2, true)}` : label;
    })
    .join('; ');
}

/** Points lost on a leaf, counted once: Max − final on a score leaf, −final on a penalty leaf, else 0. */
export function pointsLost(leaf: LeafResult): number {
  return leaf.flags.reduce(
    (sum, flag) => (flag.kind === 'lost' || flag.kind === 'penalty' ? sum + flag.amount : sum),
    0,
  );
}

export function buildDeductionsTab(result: WorkbookResult): DeductionsTab {
  const language = result.language;
  const columns: TabColumn<DeductionKey>[] = (Object.keys(DEDUCTION_COLUMNS) as DeductionKey[]).map((key) =>
    tabColumn(key, DEDUCTION_COLUMNS[key], language),
  );
  const rows: Cell[][] = [];
  const totals: number[] = [];
  for (const unit of result.units) {
    let total = 0;
    let count = 0;
    for (const leaf of unit.leaves) {
      if (leaf.flags.length === 0) continue;
      const lost = pointsLost(leaf);
      total += lost;
      count++;
      rows.push(
        rowOf(columns, {
          unit: unit.unit,
          code: leaf.code,
          criterion: leaf.name,
          max: leaf.max,
          computed: leaf.computed,
          self: leaf.selfTyped,
          appraised: leaf.appraised,
          final: leaf.applicable ? leaf.final : null,
          lost,
          reasons: reasonsText(leaf.flags, language),
          note: leaf.note,
        }),
      );
    }
    if (count === 0) continue;
    totals.push(rows.length);
    rows.push(rowOf(columns, { unit: unit.unit, criterion: TOTAL_LABEL[language], lost: total }));
  }
  return { name: result.deductionsSheet, columns, rows, totals };
}
