/** `par-index verify WORKBOOK.xlsx [--json]`: whether the workbook's ranking tab still says what its data gives. */
import {
  type Cell,
  checkRankingTab,
  displayNumber,
  type Language,
  type ParError,
  plainError,
  type RankingDifference,
  type Workbook,
  type WorkbookResult,
} from '../core';
import type { Io } from './io';
import { printProblems } from './print-problems';

const vi = {
  noTab: (sheet: string | null) =>
    sheet === null
      ? 'Bảng tính không có sheet Xếp hạng để so: chạy "par-index rank --out" hoặc Tính lại trong Google Sheets trước.'
      : `Sheet "${sheet}" không có dòng tiêu đề có cột "Đơn vị" như sheet Xếp hạng mà công cụ ghi.`,
  agree: (sheet: string, units: number) => `Sheet "${sheet}" khớp với kết quả tính lại (${units} đơn vị).`,
  differ: (sheet: string, count: number) =>
    `Sheet "${sheet}" khác kết quả tính lại ở ${count} chỗ (sửa tay, hoặc chưa tính lại sau khi số liệu đổi):`,
  line: (d: { unit: string; column: string; tab: string; computed: string }) =>
    `  ${d.unit} — ${d.column}: trong sheet ${d.tab}, tính lại ${d.computed}`,
  blank: '(trống)',
};

const en: typeof vi = {
  noTab: (sheet) =>
    sheet === null
      ? 'The workbook has no ranking tab to compare: run "par-index rank --out" or Recompute in Google Sheets first.'
      : `The sheet "${sheet}" has no header row with a "Unit" column, as the ranking tab the tool writes has.`,
  agree: (sheet, units) => `The sheet "${sheet}" agrees with the recomputed result (${units} units).`,
  differ: (sheet, count) =>
    `The sheet "${sheet}" differs from the recomputed result in ${count} places (edited by hand, or not recomputed after the data changed):`,
  line: (d) => `  ${d.unit} — ${d.column}: the tab has ${d.tab}, recomputed ${d.computed}`,
  blank: '(blank)',
};

const WORDS: Record<Language, typeof vi> = { vi, en };

export interface VerifyJson {
  agree: boolean;
  differences: RankingDifference[];
  errors: ParError[];
  warnings: ParError[];
}

function shown(cell: Cell, language: Language): string {
  if (cell === null || cell === '') return WORDS[language].blank;
  if (typeof cell === 'number') return displayNumber(cell, language, 4, true);
  return cell instanceof Date ? cell.toISOString() : String(cell);
}

/**
 * Compares and tells, after the workbook's errors and warnings as rank prints them; the exit status is 0 when the tab
 * agrees, 1 when it differs, 2 when there is none (--json then says so with `agree` false and no difference).
 */
export function runVerify(workbook: Workbook, result: WorkbookResult, json: boolean, io: Io): number {
  const w = WORDS[result.language];
  const checked = checkRankingTab(workbook, result);
  const differences = checked.found ? checked.differences : [];
  if (json) {
    const output: VerifyJson = {
      agree: checked.found && differences.length === 0,
      differences,
      errors: result.errors.map(plainError),
      warnings: result.warnings.map(plainError),
    };
    io.stdout(JSON.stringify(output, null, 2) + '\n');
  } else printProblems(result, io);
  if (!checked.found) {
    io.stderr(`par-index: ${w.noTab(checked.sheet)}\n`);
    return 2;
  }
  if (!json) {
    const lines = [''];
    if (differences.length === 0) lines.push(w.agree(checked.sheet, result.units.length));
    else {
      lines.push(w.differ(checked.sheet, differences.length));
      for (const d of differences)
        lines.push(
          w.line({
            unit: d.unit,
            column: d.column,
            tab: shown(d.tab, result.language),
            computed: shown(d.computed, result.language),
          }),
        );
    }
    io.stdout(lines.join('\n') + '\n');
  }
  return differences.length === 0 ? 0 : 1;
}
