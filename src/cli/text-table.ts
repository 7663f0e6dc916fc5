/** The ranking as a plain-text table per group, for a terminal. */
import { formatNumber } from '../core/display-number';
import { rankingOrder } from '../core/outputs/ranking-tab';
import type { Language, WorkbookResult } from '../core/types';

const WORDS = {
  vi: {
    group: 'Nhóm',
    all: 'Tất cả đơn vị',
    rank: 'Hạng',
    unit: 'Đơn vị',
    index: 'Chỉ số',
    change: 'Thay đổi',
    class: 'Loại',
    flags: 'Trừ điểm',
    error: 'lỗi',
    unranked: 'không xếp hạng',
    errors: 'lỗi',
    none: 'Không có lỗi.',
  },
  en: {
    group: 'Group',
    all: 'All units',
    rank: 'Rank',
    unit: 'Unit',
    index: 'Index',
    change: 'Change',
    class: 'Class',
    flags: 'Flags',
    error: 'error',
    unranked: 'not ranked',
    errors: 'errors',
    none: 'No errors.',
  },
} satisfies Record<Language, Record<string, string>>;

function pad(text: string, width: number, right = false): string {
  const length = [...text].length;
  const fill = ' '.repeat(Math.max(0, width - length));
  return right ? fill + text : text + fill;
}

function changeText(change: number | null): string {
  if (change === null) return '';
  return change > 0 ? `▲${change}` : change < 0 ? `▼${-change}` : '=';
}

export function formatTable(result: WorkbookResult): string {
  const w = WORDS[result.language];
  const decimal = (value: number): string => formatNumber(value, result.language);
  const lines: string[] = [];
  for (const section of rankingOrder(result)) {
    const count = section.units.filter((unit) => unit.rank !== null).length;
    lines.push(`${w.group}: ${section.group ?? w.all}`);
    const nameWidth = Math.max(w.unit.length, ...section.units.map((unit) => [...unit.unit].length));
    lines.push(
      `${pad(w.rank, 7)}  ${pad(w.unit, nameWidth)}  ${pad(w.index, 7, true)}  ${pad(w.change, 8)}  ${pad(w.class, 4)}  ${w.flags}`,
    );
    for (const unit of section.units) {
      const rank =
        unit.rank === null ? (unit.status === 'error' ? w.error : w.unranked) : `${unit.rank}/${count}`;
      const index = unit.index === null ? '' : decimal(unit.index);
      const flags = unit.status === 'error' ? '' : String(unit.flags.length);
      lines.push(
        `${pad(rank, 7)}  ${pad(unit.unit, nameWidth)}  ${pad(index, 7, true)}  ${pad(changeText(unit.change), 8)}  ${pad(unit.class ?? '', 4)}  ${flags}`,
      );
    }
    lines.push('');
  }
  if (result.errors.length === 0) lines.push(w.none);
  else {
    lines.push(`${result.errors.length} ${w.errors}:`);
    for (const error of result.errors)
      lines.push(`  ${error.sheet ?? ''}${error.cell ? '!' + error.cell : ''}: ${error.message}`);
  }
  return lines.join('\n');
}
