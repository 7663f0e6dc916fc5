/** Reads the optional History sheet (Lịch sử): one row per unit per earlier year. */
import { a1 } from '../basics/a1';
import { cellText, isBlank, readNumber } from '../basics/cells';
import { readColumns } from '../sheets/headers';
import { numberProblemKey, SheetProblems } from '../basics/problems';
import { foldKey } from '../basics/text';
import type { Cell, Language, ParError, Sheet } from '../types';
import { headerName, HISTORY_COLUMNS, UNIT_HEADERS, type HistoryColumn } from '../sheets/workbook-schema';

export interface HistoryRow {
  year: number;
  unit: string;
  group: string | null;
  /** Percent points. */
  index: number | null;
  rank: number | null;
  outOf: number | null;
  /** A ratio, as in the Survey sheet. */
  sipas: number | null;
  sipasRank: number | null;
  /** The row's Group cell (A1), for a warning about a unit that changed group. */
  groupCell: string | null;
}

interface HistorySheet {
  /** False when the sheet has no header row: it counts as absent. */
  found: boolean;
  /** The rows of years before this year, in sheet order; empty when the sheet has errors. */
  rows: HistoryRow[];
  errors: ParError[];
}

/** History's unit names are matched as headers are: ignoring case, spaces and diacritics. */
export function historyKey(name: string): string {
  return foldKey(name);
}

/** A typed ratio in percent points, without float noise: 0.7215 and "72,15 %" are 72.15, not 72.15000000000001. */
function percentPoints(ratio: number): number {
  return Number((ratio * 100).toPrecision(15));
}

/**
 * Reads History, skipping rows of `thisYear` or later before any check (null: no year known yet, every row is
 * read). A sheet without a header row counts as absent; a sheet with any error gives no rows.
 */
export function readHistorySheet(sheet: Sheet, language: Language, thisYear: number | null): HistorySheet {
  const errors: ParError[] = [];
  const columns = readColumns(sheet.values, UNIT_HEADERS, HISTORY_COLUMNS);
  if (!columns) return { found: false, rows: [], errors };
  const problems = new SheetProblems(language, sheet.name, errors);
  const col = columns.column;
  if (col.year === undefined) {
    problems.error(null, 'missingColumn', {
      column: headerName(HISTORY_COLUMNS[0]?.headers ?? [], language),
    });
    return { found: true, rows: [], errors };
  }
  const header = sheet.values[columns.headerRow] ?? [];
  const rows: HistoryRow[] = [];
  const firstRow = new Map<string, number>();

  for (let r = columns.headerRow + 1; r < sheet.values.length; r++) {
    const cells = sheet.values[r] ?? [];
    const at = (key: HistoryColumn): Cell => (col[key] === undefined ? null : (cells[col[key]] ?? null));
    const cellOf = (key: HistoryColumn): string => a1(r, col[key] as number);
    if (Object.values(col).every((c) => isBlank(cells[c as number]))) continue;

    const yearCell = at('year');
    if (isBlank(yearCell)) {
      problems.error(cellOf('year'), 'historyNoYear');
      continue;
    }
    const year = readNumber(yearCell);
    if (!year.ok || year.percent || !Number.isInteger(year.value)) {
      problems.error(cellOf('year'), 'historyBadYear', { text: cellText(yearCell) });
      continue;
    }
    if (thisYear !== null && year.value >= thisYear) continue;

    const unit = cellText(at('unit'));
    if (unit === '') {
      problems.error(cellOf('unit'), 'historyNoUnit');
      continue;
    }

    // A bad cell is an error and its value null: a History with any error gives no rows at all.
    const whole = (key: 'rank' | 'outOf' | 'sipasRank'): number | null => {
      const cell = at(key);
      if (isBlank(cell)) return null;
      const number = readNumber(cell);
      if (number.ok && !number.percent && Number.isInteger(number.value) && number.value >= 1)
        return number.value;
      const column = cellText(header[col[key] as number]);
      problems.error(cellOf(key), 'historyBadWhole', { column, text: cellText(cell) });
      return null;
    };
    const decimal = (key: 'index' | 'sipas'): { value: number; percent: boolean } | null => {
      const cell = at(key);
      if (isBlank(cell)) return null;
      const number = readNumber(cell);
      if (number.ok) return number;
      problems.error(cellOf(key), numberProblemKey(number.problem), { text: number.text });
      return null;
    };
    // Index in percent points: "85,34 %" and 0.8534 are both 85.34. SIPAS a ratio: 86.02 is 0.8602.
    const index = decimal('index');
    const sipas = decimal('sipas');
    const row: HistoryRow = {
      year: year.value,
      unit,
      group: cellText(at('group')).normalize('NFC') || null,
      index: index && (index.percent || index.value <= 1 ? percentPoints(index.value) : index.value),
      rank: whole('rank'),
      outOf: whole('outOf'),
      sipas: sipas && (!sipas.percent && sipas.value > 1 ? sipas.value / 100 : sipas.value),
      sipasRank: whole('sipasRank'),
      groupCell: col.group === undefined ? null : cellOf('group'),
    };
    const key = `${year.value}\u0000${historyKey(unit)}`;
    const seen = firstRow.get(key);
    if (seen !== undefined)
      problems.error(cellOf('unit'), 'historyDuplicateUnit', { name: unit, year: year.value, row: seen + 1 });
    else firstRow.set(key, r);
    rows.push(row);
  }
  return { found: true, rows: errors.length > 0 ? [] : rows, errors };
}
