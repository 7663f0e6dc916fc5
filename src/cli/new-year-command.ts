/** `par-index new-year WORKBOOK.xlsx --out OUT.xlsx`: next year's workbook, written as the core's plan says. */
import type ExcelJS from 'exceljs';
import {
  MARK_COLOUR,
  MARK_NOTE_TAG,
  planNewYear,
  SheetIndex,
  withoutMarkLines,
  type WorkbookResult,
} from '../core';
import { writeHistory } from './archive-command';
import type { Io } from './io';
import { writeOutOrTell } from './output-file';
import { escapeXlsxText, protectTexts, type readXlsx } from './xlsx';

/** The mark colour as .xlsx writes a fill's colour (alpha first). */
const MARK_ARGB = 'FF' + MARK_COLOUR.slice(1).toUpperCase();

function noteText(note: ExcelJS.Comment | string): string {
  return typeof note === 'string' ? note : (note.texts ?? []).map((run) => run.text).join('');
}

/** Removes Mark deductions' fills and note lines from every cell that carries them. */
function removeMarks(book: ExcelJS.Workbook): void {
  book.eachSheet((worksheet) =>
    worksheet.eachRow((row) =>
      row.eachCell((cell) => {
        const fill = cell.fill;
        if (fill?.type === 'pattern' && fill.fgColor?.argb?.toUpperCase() === MARK_ARGB)
          cell.fill = { type: 'pattern', pattern: 'none' };
        const note = cell.note;
        if (note === undefined || !noteText(note).includes(MARK_NOTE_TAG)) return;
        const kept = withoutMarkLines(noteText(note));
        if (kept === '') {
          // exceljs has no call that removes a note: it writes the cell's note field, and the note read from the
          // file also stays in the value's model until the value is set again.
          const value = cell.value;
          delete (cell as unknown as { _comment?: unknown })._comment;
          cell.value = value;
        } else cell.note = kept;
      }),
    ),
  );
}

/** Writes next year's workbook; the exit status is `archive`'s. */
export async function runNewYear(
  loaded: Awaited<ReturnType<typeof readXlsx>>,
  result: WorkbookResult,
  out: string,
  io: Io,
): Promise<number> {
  const plan = planNewYear(loaded.workbook, result);
  if (!plan.ok) {
    io.stderr(`par-index: ${plan.message}\n`);
    return 2;
  }
  const { book } = loaded;
  protectTexts(book);
  writeHistory(book, new SheetIndex(loaded.workbook.sheets).role('history')?.sheet ?? null, plan.archive);
  for (const edit of plan.edits) {
    const worksheet = book.getWorksheet(edit.sheet) as ExcelJS.Worksheet;
    for (const block of edit.empty)
      for (let r = block.row; r < block.row + block.rows; r++)
        for (let c = block.column; c < block.column + block.columns; c++) {
          const cell = worksheet.getCell(r + 1, c + 1);
          // A merged range's content is its first cell's: the others (a field name merged across the row) hold none.
          if (!cell.isMerged || cell.master === cell) cell.value = null;
        }
    for (const { row, column, value } of edit.set)
      worksheet.getCell(row + 1, column + 1).value =
        typeof value === 'string' ? escapeXlsxText(value) : value;
  }
  for (const name of plan.remove) book.removeWorksheet((book.getWorksheet(name) as ExcelJS.Worksheet).id);
  removeMarks(book);
  if (!(await writeOutOrTell(async () => Buffer.from(await book.xlsx.writeBuffer()), out, io))) return 2;
  io.stdout(`${plan.message}\n→ ${out}\n`);
  const unscored = result.units.length === 0 || result.units.some((unit) => unit.errors.length > 0);
  return unscored ? 1 : 0;
}
