/** `par-index archive WORKBOOK.xlsx --out OUT.xlsx`: a copy of the workbook with this year saved to History. */
import type ExcelJS from 'exceljs';
import {
  type ArchiveOutcome,
  archiveYear,
  type Cell,
  type Sheet,
  SheetIndex,
  type WorkbookResult,
} from '../core';
import type { Io } from './io';
import { writeOutOrTell } from './output-file';
import { addWorksheet, escapeXlsxText, protectTexts, type readXlsx } from './xlsx';

/** Puts `values` into the worksheet, clearing every cell it held outside them. */
function replaceValues(worksheet: ExcelJS.Worksheet, values: readonly (readonly Cell[])[]): void {
  const rows = Math.max(worksheet.rowCount, values.length);
  const columns = Math.max(worksheet.columnCount, ...values.map((row) => row.length));
  for (let r = 1; r <= rows; r++) {
    const row = worksheet.getRow(r);
    for (let c = 1; c <= columns; c++) {
      const value = values[r - 1]?.[c - 1] ?? null;
      row.getCell(c).value =
        value === null || value === '' ? null : typeof value === 'string' ? escapeXlsxText(value) : value;
    }
  }
}

/** Puts the archive's History values into the book's History sheet, creating it under the outcome's name. */
export function writeHistory(
  book: ExcelJS.Workbook,
  history: Sheet | null,
  outcome: Extract<ArchiveOutcome, { ok: true }>,
): void {
  const worksheet = (history && book.getWorksheet(history.name)) || addWorksheet(book, outcome.sheet);
  replaceValues(worksheet, outcome.values);
}

/** Saves this year into the copy's History; the exit status is `rank`'s, or 2 when nothing could be saved. */
export async function runArchive(
  loaded: Awaited<ReturnType<typeof readXlsx>>,
  result: WorkbookResult,
  out: string,
  io: Io,
): Promise<number> {
  const history = new SheetIndex(loaded.workbook.sheets).role('history')?.sheet ?? null;
  const outcome = archiveYear(result, history);
  if (!outcome.ok) {
    io.stderr(`par-index: ${outcome.message}\n`);
    return 2;
  }
  protectTexts(loaded.book);
  writeHistory(loaded.book, history, outcome);
  if (!(await writeOutOrTell(async () => Buffer.from(await loaded.book.xlsx.writeBuffer()), out, io)))
    return 2;
  io.stdout(`${outcome.message}\n→ ${out}\n`);
  const unscored = result.units.length === 0 || result.units.some((unit) => unit.errors.length > 0);
  return unscored ? 1 : 0;
}
