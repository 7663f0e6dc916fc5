/**
 * "Save to History" (Lưu vào Lịch sử) as a pure function: from this year's result and the current History sheet,
 * the History sheet's new values. The add-in and the command line only write what it returns.
 */
import { cellText, isBlank, readNumber } from '../basics/cells';
import { readColumns } from '../sheets/headers';
import { historyKey, readHistorySheet } from './history-sheet';
import { message } from '../messages';
import type { Cell, Language, Sheet, UnitResult, WorkbookResult } from '../types';
import { HISTORY_COLUMNS, sheetName, UNIT_HEADERS, type HistoryColumn } from '../sheets/workbook-schema';

export type ArchiveOutcome =
  | {
      ok: true;
      /** The History sheet's name: the existing one's, else the name in the workbook's language. */
      sheet: string;
      /** The whole sheet's new values, every row as wide as the widest. */
      values: Cell[][];
      year: number;
      /** Rows for units that had no row of this year. */
      added: number;
      /** Rows for units that had one, which it replaces. */
      replaced: number;
      /** Rows of this year for units that have no rank now, dropped. */
      removed: number;
      /** The confirmation to show, in the workbook's language. */
      message: string;
    }
  | { ok: false; message: string };

/** A History header in the workbook's language: the contract's first alias in it (SIPAS has one name only). */
function historyHeader(key: HistoryColumn, language: Language): string {
  const headers = HISTORY_COLUMNS.find((spec) => spec.key === key)?.headers ?? [];
  return (language === 'vi' ? headers[1] : undefined) ?? (headers[0] as string);
}

const ORDER = HISTORY_COLUMNS.map((spec) => spec.key);

/** This year's History row of each unit with a rank, in the order of the units. */
function rowsOf(result: WorkbookResult, year: number): Record<HistoryColumn, Cell>[] {
  const ranked = result.units.filter((unit): unit is UnitResult & { rank: number } => unit.rank !== null);
  const outOf = new Map<string | null, number>();
  for (const unit of ranked) outOf.set(unit.group, (outOf.get(unit.group) ?? 0) + 1);
  return ranked.map((unit) => ({
    year,
    unit: unit.unit,
    group: unit.group ?? '',
    index: unit.index,
    rank: unit.rank,
    outOf: outOf.get(unit.group) ?? null,
    sipas: unit.sipas ?? '',
    sipasRank: unit.sipasRank ?? '',
  }));
}

function rectangular(values: Cell[][]): Cell[][] {
  const width = Math.max(0, ...values.map((row) => row.length));
  return values.map((row) => [...row, ...new Array<Cell>(width - row.length).fill('')]);
}

/**
 * Saves this year into History: one row per unit with a rank, replacing the rows of this year (only those).
 * `history` is the current History sheet, or null when there is none. Refused without a Settings year (a year
 * found only from History would move on with every save) and when History has errors.
 */
export function archiveYear(result: WorkbookResult, history: Sheet | null): ArchiveOutcome {
  const { language } = result;
  const year = result.settingsYear;
  if (year === null) return { ok: false, message: message(language, 'archiveNoYear') };
  const existing = history?.values ?? [];
  const name = history?.name ?? sheetName('history', language);

  const read = history ? readHistorySheet(history, language, year) : { rows: [], errors: [] };
  if (read.errors.length > 0) {
    const list = read.errors
      .map((error) => `${error.cell ?? error.sheet ?? ''}: ${error.message}`)
      .join('; ');
    return {
      ok: false,
      message: message(language, 'archiveHistoryErrors', { count: read.errors.length, list }),
    };
  }

  const columns = existing.length > 0 ? readColumns(existing, UNIT_HEADERS, HISTORY_COLUMNS) : null;
  const hasContent = existing.some((row) => row.some((cell) => !isBlank(cell)));
  if (!columns && hasContent)
    return {
      ok: false,
      message: `${name}: ${message(language, 'noHeaderRow', { column: historyHeader('unit', language) })}`,
    };

  let kept: Cell[][];
  let header: Cell[];
  let column: Record<HistoryColumn, number>;
  const before = new Set<string>();
  if (columns) {
    header = [...(existing[columns.headerRow] ?? [])];
    column = {} as Record<HistoryColumn, number>;
    for (const key of ORDER) {
      let at = columns.column[key];
      if (at === undefined) {
        at = header.length;
        header.push(historyHeader(key, language));
      }
      column[key] = at;
    }
    kept = existing.slice(0, columns.headerRow).map((row) => [...row]);
    kept.push(header);
    for (const row of existing.slice(columns.headerRow + 1)) {
      const rowYear = readNumber(row[column.year] ?? null);
      if (rowYear.ok && !rowYear.percent && rowYear.value === year) {
        before.add(historyKey(cellText(row[column.unit] ?? null)));
        continue;
      }
      kept.push([...row]);
    }
  } else {
    header = ORDER.map((key) => historyHeader(key, language));
    column = Object.fromEntries(ORDER.map((key, at) => [key, at])) as Record<HistoryColumn, number>;
    kept = [header];
  }

  const rows = rowsOf(result, year);
  let replaced = 0;
  for (const row of rows) {
    const line = new Array<Cell>(header.length).fill('');
    for (const key of ORDER) line[column[key]] = row[key];
    kept.push(line);
    if (before.delete(historyKey(String(row.unit)))) replaced++;
  }
  const added = rows.length - replaced;
  const removed = before.size;
  let confirmation = message(language, 'archiveDone', { year, added, replaced });
  if (removed > 0) confirmation += ' ' + message(language, 'archiveRemoved', { year, removed });
  return {
    ok: true,
    sheet: name,
    values: rectangular(kept),
    year,
    added,
    replaced,
    removed,
    message: confirmation,
  };
}
