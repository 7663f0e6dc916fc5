/** The ranking as a plain-text table per group, for a terminal. */
import { displayNumber, type Language, type ParError, rankingOrder, type WorkbookResult } from '../core';

const vi = {
  group: 'Nhóm',
  all: 'Tất cả đơn vị',
  rank: 'Hạng',
  unit: 'Đơn vị',
  index: 'Chỉ số',
  change: 'Thay đổi',
  class: 'Loại',
  flags: 'Số mục',
  error: 'lỗi',
  unranked: 'không xếp hạng',
  oneError: 'lỗi',
  errors: 'lỗi',
  none: 'Không có lỗi.',
  warnings: 'Cảnh báo',
};

const en: typeof vi = {
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
  oneError: 'error',
  errors: 'errors',
  none: 'No errors.',
  warnings: 'Warnings',
};

/** The words of the table, one table per language. */
const WORDS: Record<Language, typeof vi> = { vi, en };

/** Characters a terminal shows: combining marks (a name typed decomposed) take no column of their own. */
function shownLength(text: string): number {
  return [...text.normalize('NFC')].filter((char) => !/\p{M}/u.test(char)).length;
}

function pad(text: string, width: number, right = false): string {
  const length = shownLength(text);
  const fill = ' '.repeat(Math.max(0, width - length));
  return right ? fill + text : text + fill;
}

function changeText(change: number | null): string {
  if (change === null) return '';
  // The ranking tab's number format shows no change as "–"; the terminal says it the same way.
  return change > 0 ? `▲${change}` : change < 0 ? `▼${-change}` : '–';
}

/** One table per group, each followed by a blank line; the errors are printed after (print-problems.ts). */
export function formatTable(result: WorkbookResult): string {
  const w = WORDS[result.language];
  const decimal = (value: number): string => displayNumber(value, result.language);
  const lines: string[] = [];
  for (const section of rankingOrder(result)) {
    const count = section.units.filter((unit) => unit.rank !== null).length;
    lines.push(`${w.group}: ${section.group ?? w.all}`);
    const nameWidth = Math.max(w.unit.length, ...section.units.map((unit) => shownLength(unit.unit)));
    const rankText = (unit: (typeof section.units)[number]): string =>
      unit.rank === null ? (unit.status === 'error' ? w.error : w.unranked) : `${unit.rank}/${count}`;
    const rankWidth = Math.max(w.rank.length, ...section.units.map((unit) => shownLength(rankText(unit))));
    lines.push(
      `${pad(w.rank, rankWidth)}  ${pad(w.unit, nameWidth)}  ${pad(w.index, 7, true)}  ${pad(w.change, 8)}  ${pad(w.class, 4)}  ${w.flags}`.trimEnd(),
    );
    for (const unit of section.units) {
      const index = unit.index === null ? '' : decimal(unit.index);
      const flags = unit.status === 'error' ? '' : String(unit.flags.length);
      lines.push(
        `${pad(rankText(unit), rankWidth)}  ${pad(unit.unit, nameWidth)}  ${pad(index, 7, true)}  ${pad(changeText(unit.change), 8)}  ${pad(unit.class ?? '', 4)}  ${flags}`.trimEnd(),
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Every error of the workbook under a count, or "no errors". */
export function formatErrors(result: WorkbookResult): string {
  const w = WORDS[result.language];
  if (result.errors.length === 0) return w.none;
  return [
    `${result.errors.length} ${result.errors.length === 1 ? w.oneError : w.errors}:`,
    ...result.errors.map((error) => `  ${where(error)}${error.message}`),
  ].join('\n');
}

function where(problem: ParError): string {
  const place = `${problem.sheet ?? ''}${problem.cell ? '!' + problem.cell : ''}`;
  return place === '' ? '' : `${place}: `;
}

/** The warnings, under a heading of their own: nothing is wrong enough to stop a unit, but a person should look. */
export function formatWarnings(result: WorkbookResult): string {
  const w = WORDS[result.language];
  return [
    `${w.warnings} (${result.warnings.length}):`,
    ...result.warnings.map((warning) => `  ${where(warning)}${warning.message}`),
  ].join('\n');
}
