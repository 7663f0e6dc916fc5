/**
 * The deductions tab (Trừ điểm): one row per unit and leaf that carries a flag, with the points lost counted once
 * and every flag as a reason, a row for each cap that changed a sum (after the last leaf below it), then a line
 * with the unit's total, so the tab adds up: points = max − the total + the bonus points after caps.
 */
import { displayNumber } from '../basics/numbers';
import type { CapResult, Cell, Flag, Language, LeafResult, UnitResult, WorkbookResult } from '../types';
import { FLAG_LABELS } from './labels';
import {
  descriptor,
  rowOf,
  tabColumn,
  tabTitle,
  type ColumnDescriptor,
  type Tab,
  type TabColumn,
} from './tab';

export const DEDUCTION_COLUMNS = {
  unit: descriptor('Đơn vị', 'Unit', 'text', 24, true),
  code: descriptor('Mã', 'Code', 'text', 8),
  criterion: descriptor('Tiêu chí', 'Criterion', 'text', 40, true),
  max: descriptor('Điểm tối đa', 'Max', 'points', 9),
  computed: descriptor('Điểm theo số liệu', 'Score from data', 'points', 9, true),
  self: descriptor('Tự chấm', 'Self score', 'points', 9, true),
  appraised: descriptor('Thẩm định', 'Appraised', 'points', 9, true),
  final: descriptor('Điểm', 'Final', 'points', 9),
  lost: descriptor('Điểm bị mất, bị trừ', 'Points lost', 'points', 10, true),
  reasons: descriptor('Lý do', 'Reasons', 'text', 40, true),
  note: descriptor('Ý kiến thẩm định', 'Appraisal note', 'text', 40, true),
} satisfies Record<string, ColumnDescriptor>;

export type DeductionKey = keyof typeof DEDUCTION_COLUMNS;

const TITLE = { vi: 'Tiêu chí bị trừ điểm, mất điểm', en: 'Criteria where points were lost' };

const TOTAL_LABEL: Record<Language, string> = {
  vi: 'Tổng điểm bị mất, bị trừ',
  en: 'Total points lost',
};

export interface DeductionsTab extends Tab<DeductionKey> {
  /** 0-based data rows that hold a unit's total line, for formatting. */
  totals: number[];
}

/**
 * Every flag by its label, an amount after the label where the flag has one; a Vietnamese label drops its
 * closing "điểm" before the amount ("thẩm định hạ 0,5", as the contract writes it).
 */
export function reasonsText(flags: readonly Flag[], language: Language): string {
  return flags
    .map((flag) => {
      const label = FLAG_LABELS[language][flag.kind];
      return flag.amount !== 0
        ? `${label.replace(/ điểm$/, '')} ${displayNumber(flag.amount, language, 2, true)}`
        : label;
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

/** Points lost on a cap's row: the points a penalty cap gave back, as a negative loss; 0 under a bonus cap. */
export function capPointsLost(cap: CapResult): number {
  return cap.type === 'penalty' ? -cap.flag.amount : 0;
}

/** Whether `code` lies below the parent `parent`. */
function isBelow(code: string, parent: string): boolean {
  return code.startsWith(parent + '.');
}

/**
 * The unit's flagged leaves and caps in the order the tab lists them: leaves in criteria order, each cap after the
 * last leaf below it (inner caps first), a cap whose leaves are not together in the sheet after the last of them.
 */
export function flaggedRows(unit: UnitResult): (LeafResult | CapResult)[] {
  const rows: (LeafResult | CapResult)[] = [];
  const caps = unit.caps;
  const leaves = unit.leaves;
  const last = caps.map((cap) => {
    let at = -1;
    leaves.forEach((leaf, i) => {
      if (isBelow(leaf.code, cap.code)) at = i;
    });
    return at;
  });
  leaves.forEach((leaf, i) => {
    if (leaf.flags.length > 0) rows.push(leaf);
    caps.forEach((cap, c) => {
      if (last[c] === i) rows.push(cap);
    });
  });
  return rows;
}

function isCap(row: LeafResult | CapResult): row is CapResult {
  return 'flag' in row;
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
    for (const leaf of flaggedRows(unit)) {
      const lost = isCap(leaf) ? capPointsLost(leaf) : pointsLost(leaf);
      total += lost;
      count++;
      if (isCap(leaf)) {
        const { code, name, max, flag } = leaf;
        const reasons = reasonsText([flag], language);
        rows.push(rowOf(columns, { unit: unit.unit, code, criterion: name, max, lost, reasons }));
        continue;
      }
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
        } satisfies Record<DeductionKey, Cell>),
      );
    }
    if (count === 0) continue;
    totals.push(rows.length);
    rows.push(rowOf(columns, { unit: unit.unit, criterion: TOTAL_LABEL[language], lost: total }));
  }
  const title = tabTitle(TITLE, language, result.year);
  return { name: result.deductionsSheet, title, columns, rows, totals };
}
