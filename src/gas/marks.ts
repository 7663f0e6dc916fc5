/**
 * "Mark deductions" colours each flagged row of a unit's sheet and adds a note with the reasons; "Clear marks"
 * removes exactly that. No backup is kept: a mark carries its own sign (the mark colour, the note line tag), so
 * Clear finds every mark in every sheet even after a Mark that stopped half-way, and nothing can outgrow a
 * property. Mark colours only cells without a fill of their own, so clearing resets those cells to no fill.
 */
import {
  exactNumber,
  type Flag,
  FLAG_LABELS,
  type Language,
  MARK_COLOUR,
  MARK_NOTE_TAG as NOTE_TAG,
  scoreWorkbook,
  withoutMarkLines,
} from '../core';
import type { MarkDto } from '../shared/api';
import { requireConsent } from './consent';
import { assertWritable } from './guard';
import { menuLanguage, workbookLanguage } from './language';
import { withDocumentLock } from './lock';
import { UI_TEXT } from './ui-text';
import { gridSheets, readWorkbook } from './workbook-io';

/** What getBackgrounds reports for a cell without a fill (and for a white one: Sheets does not tell them apart). */
const NO_FILL = '#ffffff';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Runs of consecutive row numbers (0-based, ascending), so that each run is written with one call. */
function runs(rows: readonly number[]): { start: number; count: number }[] {
  const out: { start: number; count: number }[] = [];
  for (const row of rows) {
    const last = out[out.length - 1];
    if (last && last.start + last.count === row) last.count++;
    else out.push({ start: row, count: 1 });
  }
  return out;
}

/** Rewrites the given rows of a grid (0-based, full data width), one call per run of rows. */
function writeRows(
  sheet: Sheet,
  rows: readonly number[],
  grid: string[][],
  write: (range: GoogleAppsScript.Spreadsheet.Range, block: (string | null)[][]) => void,
  cell: (value: string) => string | null,
): void {
  const width = grid[0]?.length ?? 0;
  for (const run of runs(rows)) {
    const block = grid.slice(run.start, run.start + run.count).map((line) => line.map(cell));
    write(sheet.getRange(run.start + 1, 1, run.count, width), block);
  }
}

function reasons(flags: readonly Flag[], language: Language): string {
  return flags
    .map(
      (flag) =>
        `${FLAG_LABELS[language][flag.kind]}${flag.amount ? ' ' + exactNumber(flag.amount, language) : ''}`,
    )
    .join('; ');
}

/** The marks of one sheet, read before anything is written. */
function marksOf(sheet: Sheet) {
  const range = sheet.getDataRange();
  const backgrounds = range.getBackgrounds();
  const notes = range.getNotes();
  const coloured = backgrounds.flatMap((line, r) =>
    line.some((colour) => colour.toLowerCase() === MARK_COLOUR) ? [r] : [],
  );
  const noted = notes.flatMap((line, r) => (line.some((note) => note.includes(NOTE_TAG)) ? [r] : []));
  return { sheet, backgrounds, notes, coloured, noted, rows: new Set([...coloured, ...noted]).size };
}

/** Removes the marks of one sheet. */
function clearSheet({ sheet, backgrounds, notes, coloured, noted }: ReturnType<typeof marksOf>): void {
  writeRows(
    sheet,
    coloured,
    backgrounds,
    (target, block) => target.setBackgrounds(block as string[][]),
    (colour) => (colour.toLowerCase() === MARK_COLOUR || colour.toLowerCase() === NO_FILL ? null : colour),
  );
  writeRows(sheet, noted, notes, (target, block) => target.setNotes(block as string[][]), withoutMarkLines);
}

/** Clears every mark, once the person may write every sheet that has one and every sheet in `alsoWritten`. */
export function clearAll(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  language: Language,
  alsoWritten: readonly string[] = [],
): { rows: number; sheets: number } {
  const sheets = gridSheets(spreadsheet);
  const names = sheets.map((sheet) => sheet.getName());
  const marked = sheets.map(marksOf).filter((marks) => marks.rows > 0);
  const targets = marked.map((marks) => names[sheets.indexOf(marks.sheet)] as string);
  assertWritable(spreadsheet, names, [...targets, ...alsoWritten], language);
  marked.forEach(clearSheet);
  return { rows: marked.reduce((sum, marks) => sum + marks.rows, 0), sheets: marked.length };
}

export function clearMarks(): MarkDto {
  requireConsent();
  const spreadsheet = SpreadsheetApp.getActive();
  const language = workbookLanguage(spreadsheet);
  const ui = UI_TEXT[language];
  return withDocumentLock(ui.busy, () => {
    const { rows, sheets } = clearAll(spreadsheet, language);
    spreadsheet.toast(ui.cleared(rows, sheets), ui.sidebarTitle);
    return { rows, sheets, message: ui.cleared(rows, sheets) };
  });
}

export function markDeductions(): MarkDto {
  requireConsent();
  const spreadsheet = SpreadsheetApp.getActive();
  return withDocumentLock(UI_TEXT[menuLanguage(true)].busy, () => {
    const result = scoreWorkbook(readWorkbook(spreadsheet).workbook);
    const ui = UI_TEXT[result.language];
    const flaggedUnits = result.units.flatMap((unit) => {
      const flagged = unit.leaves.filter((leaf) => leaf.row !== null && leaf.flags.length > 0);
      return flagged.length > 0 ? [{ unit, flagged }] : [];
    });
    clearAll(
      spreadsheet,
      result.language,
      flaggedUnits.map(({ unit }) => unit.sheet),
    );
    let marked = 0;
    let rows = 0;
    for (const { unit, flagged } of flaggedUnits) {
      const sheet = spreadsheet.getSheetByName(unit.sheet);
      if (!sheet) continue;
      const range = sheet.getDataRange();
      const backgrounds = range.getBackgrounds();
      const notes = range.getNotes();
      const rowsOf = flagged.map((leaf) => leaf.row as number).filter((r) => r < backgrounds.length);
      for (const leaf of flagged) {
        const line = notes[leaf.row as number];
        if (line)
          line[0] = [line[0], `${NOTE_TAG} ${reasons(leaf.flags, result.language)}`]
            .filter((part) => part)
            .join('\n');
      }
      const sorted = [...new Set(rowsOf)].sort((a, b) => a - b);
      // The note first: a Mark stopped between the two writes still leaves a sign Clear finds.
      writeRows(
        sheet,
        sorted,
        notes,
        (target, block) => target.setNotes(block as string[][]),
        (note) => note,
      );
      writeRows(
        sheet,
        sorted,
        backgrounds,
        (target, block) => target.setBackgrounds(block as string[][]),
        (colour) => (colour.toLowerCase() === NO_FILL ? MARK_COLOUR : colour),
      );
      rows += sorted.length;
      marked++;
    }
    spreadsheet.toast(ui.marked(rows, marked), ui.sidebarTitle);
    return { rows, sheets: marked, message: ui.marked(rows, marked) };
  });
}
