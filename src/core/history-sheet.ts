/** Reads the optional History sheet (Lịch sử): one row per unit per earlier year. */
import { a1 } from './a1';
import { cellText, isBlank, readNumber } from './cells';
import { readColumns } from './headers';
import { numberProblemKey, SheetProblems } from './problems';
import { foldKey } from './text';
import type { Cell, Language, ParError, Sheet } from './types';
import { headerName, HISTORY_COLUMNS, UNIT_HEADERS, type HistoryColumn } from './workbook-schema';

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
}

export interface HistorySheet {
  /** The rows of years before this year, in sheet order; empty when the sheet has errors. */
  rows: HistoryRow[];
  errors: ParError[];
}

/** History's unit names are matched as headers are: ignoring case, spaces and diacritics. */
export function historyKey(name: string): string {
  return foldKey(name);
}

type Read<T> = { ok: true; value: T } | { ok: false };

/**
 * Reads History, skipping rows of `thisYear` or later before any check (null: no year known yet, every row is
 * read). A sheet without a header row counts as absent; a sheet with any error gives no rows.
 */
export function readHistorySheet(sheet: Sheet, language: Language, thisYear: number | null): HistorySheet {
  const errors: ParError[] = [];
  const columns = readColumns(sheet.values, UNIT_HEADERS, HISTORY_COLUMNS);
  if (!columns) return { rows: [], errors };
  const problems = new SheetProblems(language, sheet.name, errors);
  const col = columns.column;
  if (col.year === undefined) {
    problems.error(null, 'missingColumn', {
      column: headerName(HISTORY_COLUMNS[0]?.headers ?? [], language),
    });
    return { rows: [], errors };
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

    const whole = (key: 'rank' | 'outOf' | 'sipasRank'): Read<number | null> => {
      const cell = at(key);
      if (isBlank(cell)) return { ok: true, value: null };
      const number = readNumber(cell);
      if (number.ok && !number.percent && Number.isInteger(number.value) && number.value >= 1)
        return { ok: true, value: number.value };
      problems.error(cellOf(key), 'historyBadWhole', {
        column: cellText(header[col[key] as number]),
        text: cellText(cell),
      });
      return { ok: false };
    };
    const decimal = (key: 'index' | 'sipas', scale: (value: number, percent: boolean) => number) => {
      const cell = at(key);
      if (isBlank(cell)) return { ok: true as const, value: null };
      const number = readNumber(cell);
      if (number.ok) return { ok: true as const, value: scale(number.value, number.percent) };
      problems.error(cellOf(key), numberProblemKey(number.problem), { text: number.text });
      return { ok: false as const };
    };
    // Index in percent points: "85,34 %" and 0.8534 are both 85.34. SIPAS a ratio: 86.02 is 0.8602.
    const index = decimal('index', (value, percent) => (percent || value <= 1 ? value * 100 : value));
    const sipas = decimal('sipas', (value, percent) => (!percent && value > 1 ? value / 100 : value));
    const rank = whole('rank');
    const outOf = whole('outOf');
    const sipasRank = whole('sipasRank');

    const key = `${year.value}\u0000${historyKey(unit)}`;
    const seen = firstRow.get(key);
    if (seen !== undefined) {
      problems.error(cellOf('unit'), 'historyDuplicateUnit', { name: unit, year: year.value, row: seen + 1 });
      continue;
    }
    firstRow.set(key, r);
    if (!index.ok || !sipas.ok || !rank.ok || !outOf.ok || !sipasRank.ok) continue;
    rows.push({
      year: year.value,
      unit,
      group: cellText(at('group')) || null,
      index: index.value,
      rank: rank.value,
      outOf: outOf.value,
      sipas: sipas.value,
      sipasRank: sipasRank.value,
    });
  }
  return { rows: errors.length > 0 ? [] : rows, errors };
}
